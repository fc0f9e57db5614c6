"""`sentra infographic --month YYYY-MM --out FILE.png` (desktop/cli_infographic.py via EXTENSIONS)."""

from __future__ import annotations

import pytest
from PIL import Image

from desktop.cli import main

pytestmark = pytest.mark.cli_extension("desktop.cli_infographic")


@pytest.fixture(scope="module")
def demo(make_demo_dir):
    return make_demo_dir(40)


def test_writes_a_1080_square_png(demo, tmp_path, capsys):
    from db.queries.monthly import monthly_report_data
    from desktop.database import open_database
    from desktop.paths import resolve_data_dir
    from exports.infographic_data import infographic_from_report

    out = tmp_path / "november.png"
    assert main(["--data-dir", str(demo), "infographic", "--month", "2026-11", "--out", str(out)]) == 0
    stdout = capsys.readouterr().out
    with Image.open(out) as image:
        assert image.format == "PNG" and image.size == (1080, 1080)
    _, sf = open_database(resolve_data_dir(str(demo)).ensure())
    data = infographic_from_report(monthly_report_data(sf, year=2026, month=11))
    assert f"Polres Solok November 2026: {data.received} reports, CT {data.ct}, CC {data.cc}" in stdout
    assert f"PNG -> {out}" in stdout


def test_a_month_without_reports_still_makes_the_image(demo, tmp_path, capsys):
    out = tmp_path / "empty.png"
    assert main(["--data-dir", str(demo), "infographic", "--month", "1999-01", "--out", str(out)]) == 0
    assert "0 reports, CT 0, CC 0, clearance -" in capsys.readouterr().out
    with Image.open(out) as image:
        assert image.size == (1080, 1080)


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "november", "2026-00", ""])
def test_bad_month_exits_2(demo, tmp_path, capsys, month):
    out = tmp_path / "x.png"
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(demo), "infographic", "--month", month, "--out", str(out)])
    assert exc.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err
    assert not out.exists()


def test_missing_folder_exits_2(demo, tmp_path, capsys):
    out = tmp_path / "nowhere" / "x.png"
    assert main(["--data-dir", str(demo), "infographic", "--month", "2026-11", "--out", str(out)]) == 2
    assert f"folder {out.parent} does not exist" in capsys.readouterr().err
    assert not out.parent.exists()


def test_a_folder_as_out_exits_2(demo, tmp_path, capsys):
    assert main(["--data-dir", str(demo), "infographic", "--month", "2026-11", "--out", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_options_are_required(demo):
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(demo), "infographic", "--month", "2026-11"])
    assert exc.value.code == 2


def test_unconfigured_folder(tmp_path, capsys):
    out = tmp_path / "x.png"
    code = main(
        ["--data-dir", str(tmp_path / "empty"), "infographic", "--month", "2026-11", "--out", str(out)]
    )
    assert code == 2
    assert "no station" in capsys.readouterr().err
    assert not out.exists()
