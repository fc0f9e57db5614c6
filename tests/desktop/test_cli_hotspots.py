"""`sentra hotspots --month YYYY-MM [--xlsx FILE.xlsx]` (desktop/cli_hotspots.py via EXTENSIONS)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook

from db.services.officers import list_officers
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import make_engine, make_session_factory
from desktop.cli import main
from desktop.paths import DataPaths
from exports.hotspots_xlsx import SHEET

KEC, HOT, QUIET = "13.02.08", "13.02.08.2003", "13.02.08.2005"


pytestmark = pytest.mark.cli_extension("desktop.cli_hotspots")


@pytest.fixture(scope="module")
def data_dir(make_demo_dir):
    """A demo station without demo reports, then a year of quiet and four night reports in Bukit Tandang."""
    folder = make_demo_dir(0)
    engine = make_engine(DataPaths(folder).database)
    sf = make_session_factory(engine)
    officer = next(o for o in list_officers(sf) if o.active)

    def make(at: datetime, nagari: str) -> None:
        data = ReportInput(
            kind="LP_B",
            citizen=CitizenInput(name="Siti Rahmah"),
            offense="Curanmor R2",
            chronology="Kronologi",
            incident_kecamatan_code=KEC,
            incident_nagari_code=nagari,
        )
        register_report(sf, data=data, officer_id=officer.id, now=at)

    make(datetime(2025, 10, 31, 17, tzinfo=UTC), QUIET)  # 00:00 WIB on 1 November 2025: the records begin
    for day in (3, 9, 15, 21):  # 21:00 WIB
        make(datetime(2026, 11, day, 14, tzinfo=UTC), HOT)
    engine.dispose()
    return folder


def test_prints_the_ranked_list_and_writes_the_excel(data_dir, tmp_path, capsys):
    out = tmp_path / "rawan.xlsx"
    assert main(["--data-dir", str(data_dir), "hotspots", "--month", "2026-11", "--xlsx", str(out)]) == 0
    stdout = capsys.readouterr().out
    assert "POLRES SOLOK November 2026: 1 hotspot nagari" in stdout
    # 4 reports at a place with none in its baseline: two-rate p = (r / (1 + r))^4, far below 0.001.
    assert "1. Bukit Tandang (Bukit Sundi): 4 reports, expected 0,0, p < 0,001" in stdout
    assert "night 100%, peak 18.00–24.00 WIB; needs: Penerangan jalan, CCTV" in stdout
    target = "Bukit Tandang (Bukit Sundi), 18.00–24.00 WIB: 4 laporan (perkiraan 0,0; p < 0,001)"
    assert f"Patrol targets:\n  {target}" in stdout
    assert f"Excel -> {out}" in stdout
    ws = load_workbook(out)[SHEET]
    rows = [r for r in ws.iter_rows(values_only=True) if r[0] == 1]
    assert rows and rows[0][1:4] == ("Bukit Sundi", "Bukit Tandang", 4)
    assert rows[0][-1] == "Penerangan jalan, CCTV"


def test_quiet_month_and_no_targets(data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "hotspots", "--month", "2026-10"]) == 0
    stdout = capsys.readouterr().out
    assert "Oktober 2026: 0 hotspot nagari" in stdout and "Patrol targets" not in stdout
    assert main(["--data-dir", str(data_dir), "hotspots", "--month", "2026-11", "--targets", "0"]) == 0
    assert "Patrol targets" not in capsys.readouterr().out


@pytest.mark.parametrize("month", ["2026-13", "2026-1", "november"])
def test_bad_month_is_an_argparse_error(data_dir, capsys, month):
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data_dir), "hotspots", "--month", month])
    assert exc.value.code == 2
    assert "YYYY-MM" in capsys.readouterr().err


def test_bad_targets_is_an_argparse_error(data_dir, capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--data-dir", str(data_dir), "hotspots", "--month", "2026-11", "--targets", "-1"])
    assert exc.value.code == 2
    assert "0 to 50" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("name", "message"), [("nowhere/r.xlsx", "does not exist"), ("r.pdf", "must end in .xlsx")]
)
def test_bad_output_exits_2(data_dir, tmp_path, capsys, name, message):
    out = tmp_path / name
    assert main(["--data-dir", str(data_dir), "hotspots", "--month", "2026-11", "--xlsx", str(out)]) == 2
    assert message in capsys.readouterr().err
    assert not out.exists()


def test_unconfigured_folder(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path / "empty"), "hotspots", "--month", "2026-11"]) == 2
    assert "no station" in capsys.readouterr().err
