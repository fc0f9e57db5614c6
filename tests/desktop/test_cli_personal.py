"""Commands that print or write personal data need a login and leave an audit entry."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.models import AuditEntry, Officer, Report
from db.storage.engine import make_engine, make_session_factory
from desktop.cli import main

ADMIN, ADMIN_PASSWORD = "85010123", "admin-demo-123"
OFFICER, OFFICER_PASSWORD = "95060211", "petugas-demo-1"


@pytest.fixture(scope="module")
def station(make_demo_dir):
    return make_demo_dir(10)


@pytest.fixture
def env(station, monkeypatch, capsys):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(station))
    monkeypatch.setenv("SENTRA_PASSWORD", OFFICER_PASSWORD)
    capsys.readouterr()
    return station


def entries(folder, action):
    engine = make_engine(folder / "sentra.sqlite")
    try:
        with make_session_factory(engine)() as s:
            return s.execute(
                select(AuditEntry.officer_id, AuditEntry.entity_id, AuditEntry.after_json, Officer.nrp)
                .join(Officer, Officer.id == AuditEntry.officer_id)
                .where(AuditEntry.action == action)
            ).all()
    finally:
        engine.dispose()


def test_a_receipt_needs_a_login_and_is_audited(env, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    assert main(["receipt", "--last", "--out", str(out)]) == 2
    assert "give --nrp" in capsys.readouterr().err and not out.exists()
    assert main(["receipt", "--last", "--nrp", OFFICER, "--out", str(out)]) == 0
    number = capsys.readouterr().out.split(" -> ")[0]
    [(_, report_id, after, nrp)] = entries(env, "print_receipt")
    assert nrp == OFFICER and number in after
    engine = make_engine(env / "sentra.sqlite")
    with make_session_factory(engine)() as s:
        assert s.scalar(select(Report.number).where(Report.id == report_id)) == number
    engine.dispose()


def test_a_search_needs_the_right_password_and_is_audited(env, capsys, monkeypatch):
    monkeypatch.setenv("SENTRA_PASSWORD", "salah")
    assert main(["search", "--nrp", OFFICER, "a"]) == 2
    assert capsys.readouterr().err == "sentra search: log-in refused: unknown NRP or wrong password\n"
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PASSWORD)
    before = len(entries(env, "search"))
    main(["search", "--nrp", ADMIN, "Nagari"])
    looks = entries(env, "search")
    assert len(looks) == before + 1 and looks[-1].nrp == ADMIN and "Nagari" in looks[-1].after_json


def test_no_personal_data_when_its_audit_entry_cannot_be_written(env, tmp_path, capsys, monkeypatch):
    """The look's entry fails to write (a full or read-only disk): one line, exit 2, nothing shown or written;
    a read that shows no personal data (the monthly report) still works."""
    from sqlalchemy.exc import OperationalError

    import db.services.personal_data as personal

    def refused(*_args, **_kwargs):
        orig = Exception("attempt to write a readonly database")
        raise OperationalError("INSERT INTO audit_entry", {}, orig)

    monkeypatch.setattr(personal, "record_personal_access", refused)
    out = tmp_path / "r.pdf"
    assert main(["receipt", "--last", "--nrp", OFFICER, "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert not out.exists() and not captured.out
    [line] = captured.err.splitlines()
    assert line.startswith("sentra receipt: personal data is not shown: the audit entry could not be written")
    assert "readonly database" in line and "admin" in line
    assert main(["search", "--nrp", OFFICER, "a"]) == 2
    captured = capsys.readouterr()
    assert not captured.out and len(captured.err.splitlines()) == 1 and "audit trail" in captured.err
    monthly = tmp_path / "m.pdf"
    assert main(["report", "monthly", "--month", "2026-11", "--out", str(monthly)]) == 0
    assert monthly.exists()
