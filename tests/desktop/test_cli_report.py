"""`sentra report monthly|public --month YYYY-MM --out FILE.pdf` (desktop/cli_reports.py via EXTENSIONS)."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.pdf_text import flat, pdf_text

pytestmark = pytest.mark.cli_extension("desktop.cli_reports")


@pytest.fixture(scope="module")
def demo(make_demo_dir):
    return make_demo_dir(40)


@pytest.mark.parametrize(
    ("which", "title"), [("monthly", "LAPORAN BULANAN SPKT"), ("public", "RILIS DATA BULANAN")]
)
def test_writes_the_pdf(demo, tmp_path, capsys, which, title):
    out = tmp_path / f"{which}.pdf"
    code = main(["--data-dir", str(demo), "report", which, "--month", "2026-11", "--out", str(out)])
    assert code == 0
    stdout = capsys.readouterr().out
    assert "POLRES SOLOK November 2026" in stdout and "CT " in stdout and str(out) in stdout
    assert "hotspots " in stdout
    text = flat(pdf_text(out))
    assert title in text and "Periode November 2026" in text and "Halaman 1 dari" in text
    assert ("NRP" in text) is (which == "monthly")
    # The hotspot section is in both; the patrol targets and follow-up speed only in the internal report.
    assert "Titik rawan (hotspot)" in text and "uji dua-laju binomial bersyarat" in text
    assert ("Waktu sampai tindakan pertama" in text) is (which == "monthly")


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "november", "2026-00", "26-11"])
def test_bad_month_is_an_argparse_error(demo, tmp_path, capsys, month):
    with pytest.raises(SystemExit) as exc:
        main(
            ["--data-dir", str(demo), "report", "monthly", "--month", month, "--out", str(tmp_path / "x.pdf")]
        )
    assert exc.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_missing_folder_exits_2(demo, tmp_path, capsys):
    out = tmp_path / "nowhere" / "m.pdf"
    assert main(["--data-dir", str(demo), "report", "public", "--month", "2026-11", "--out", str(out)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not out.exists()


def test_subcommand_and_options_are_required(demo, capsys):
    with pytest.raises(SystemExit):
        main(["--data-dir", str(demo), "report"])
    with pytest.raises(SystemExit):
        main(["--data-dir", str(demo), "report", "monthly", "--month", "2026-11"])


def test_unconfigured_folder(tmp_path, capsys):
    out = tmp_path / "m.pdf"
    assert main(["--data-dir", str(tmp_path / "empty"), "report", "monthly", "--month", "2026-11",
                 "--out", str(out)]) == 2  # fmt: skip
    assert "no station" in capsys.readouterr().err
