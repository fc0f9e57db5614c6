"""`sentra survey template --out` and `sentra survey import FILE.xlsx`: bad rows reported, none twice."""

from __future__ import annotations

from datetime import timedelta

import pytest
from openpyxl import load_workbook

from db.importing.survey_import import COLUMNS
from desktop.cli import main


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--reports", "0"]) == 0
    monkeypatch.setenv("SENTRA_DATA_DIR", str(folder))
    return folder


def filled(tmp_path, rows):
    from db.rules.timeutil import WIB, now_utc

    path = tmp_path / "isian.xlsx"
    assert main(["survey", "template", "--out", str(path)]) == 0
    wb = load_workbook(path)
    ws = wb["Data"]
    day = now_utc().astimezone(WIB).date() - timedelta(days=2)
    for r, answers in enumerate(rows, start=2):
        ws.cell(row=r, column=COLUMNS.index("tanggal") + 1, value=day)
        for i, a in enumerate(answers, start=1):
            ws.cell(row=r, column=COLUMNS.index(f"u{i}") + 1, value=a)
        ws.cell(row=r, column=COLUMNS.index("jenis_kelamin") + 1, value="P")
    wb.save(path)
    return path


def test_template_is_written(tmp_path, capsys):
    out = tmp_path / "kosong.xlsx"
    assert main(["survey", "template", "--out", str(out)]) == 0
    assert load_workbook(out).sheetnames == ["Data", "Petunjuk"]
    assert main(["survey", "template", "--out", str(tmp_path / "no" / "t.xlsx")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_import_reports_bad_rows_and_adds_nothing_twice(data_dir, tmp_path, capsys):
    path = filled(tmp_path, [(4,) * 9, (3, 3, 5, 3, 3, 3, 3, 3, 3), (3,) * 9, (4, 4, None, 4, 4, 4, 4, 4, 4)])
    capsys.readouterr()
    assert main(["survey", "import", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "isian.xlsx: 2 added, 0 already imported, 2 rejected" in out
    assert "row 3: U3: must be 1, 2, 3 or 4, not 5" in err
    assert "row 5: U3: missing" in err
    assert main(["survey", "import", str(path)]) == 1
    assert "0 added, 2 already imported, 2 rejected" in capsys.readouterr().out


def test_clean_file_exits_zero(data_dir, tmp_path, capsys):
    path = filled(tmp_path, [(4,) * 9])
    assert main(["survey", "import", str(path)]) == 0
    assert "1 added, 0 already imported, 0 rejected" in capsys.readouterr().out


def test_missing_or_unreadable_file(data_dir, tmp_path, capsys):
    assert main(["survey", "import", str(tmp_path / "nope.xlsx")]) == 2
    assert "no file" in capsys.readouterr().err
    bad = tmp_path / "bad.xlsx"
    bad.write_text("hello")
    assert main(["survey", "import", str(bad)]) == 2
    assert "cannot read bad.xlsx" in capsys.readouterr().err


def test_survey_needs_a_subcommand(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["survey"])
    assert exc.value.code == 2
