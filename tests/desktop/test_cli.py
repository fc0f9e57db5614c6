"""The `sentra` command line: demo data and receipts, in the same data folder as the GUI."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.pdf_text import flat, pdf_text

ADMIN, ADMIN_PASSWORD = "85010123", "admin-demo-123"  # the demo station's admin


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("SENTRA_DATA_DIR", str(folder))
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PASSWORD)
    return folder


def test_demo_then_receipt_of_the_last_report(data_dir, tmp_path, capsys):
    assert main(["demo", "--reports", "40"]) == 0
    out = capsys.readouterr().out
    assert "POLRES-SOLOK" in out and "85010123" in out and "admin-demo-123" in out
    pdf = tmp_path / "last.pdf"
    assert main(["receipt", "--nrp", ADMIN, "--last", "--out", str(pdf)]) == 0
    number = capsys.readouterr().out.split(" -> ")[0]
    text = flat(pdf_text(pdf))
    assert number in text or number.split("/")[0] in text
    # And by number, through --data-dir instead of the environment.
    again = tmp_path / "again.pdf"
    assert main(["--data-dir", str(data_dir), "receipt", "--nrp", ADMIN, number, "--out", str(again)]) == 0
    assert again.stat().st_size > 1000


def test_demo_twice_adds_reports_without_duplicate_numbers(data_dir, capsys):
    assert main(["demo", "--reports", "15"]) == 0
    assert main(["demo", "--reports", "15", "--seed", "7"]) == 0
    from sqlalchemy import func, select

    from db.models import Report
    from db.storage.engine import make_engine, make_session_factory

    sf = make_session_factory(make_engine(data_dir / "sentra.sqlite"))
    with sf() as s:
        total = s.scalar(select(func.count()).select_from(Report))
        numbered = s.scalar(select(func.count()).select_from(Report).where(Report.number.is_not(None)))
        distinct = s.scalar(select(func.count(func.distinct(Report.number))))
    assert total == 30 and numbered == distinct


def test_unknown_number_is_a_clear_error(data_dir, tmp_path, capsys):
    main(["demo", "--reports", "3"])
    capsys.readouterr()
    assert main(["receipt", "--nrp", ADMIN, "LP/B/999/I/2020/X", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "no report numbered" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_receipt_before_setup_explains_what_to_do(data_dir, tmp_path, capsys):
    assert main(["receipt", "--nrp", ADMIN, "--last", "--out", str(tmp_path / "x.pdf")]) == 2
    assert "set-up wizard" in capsys.readouterr().err


def test_receipt_into_missing_folder(data_dir, tmp_path, capsys):
    main(["demo", "--reports", "3"])
    capsys.readouterr()
    assert main(["receipt", "--nrp", ADMIN, "--last", "--out", str(tmp_path / "nope" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_bad_report_count(data_dir, capsys):
    assert main(["demo", "--reports", "-5"]) == 2
    assert capsys.readouterr().err == "sentra demo: --reports must be between 0 and 5000000\n"
