"""`sentra export xlsx`: anonymised by default, personal data only for a head/admin with a password,
every export in the audit trail."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db.demo.station import DEMO_ADMIN, DEMO_OFFICERS
from desktop.cli import main

pytestmark = pytest.mark.cli_extension("desktop.cli_export")
PERIOD = ["--from", "2000-01-01", "--to", "2100-01-01"]


@pytest.fixture(scope="module")
def demo_dir(make_demo_dir):
    return make_demo_dir(50)


@pytest.fixture
def cli(demo_dir, monkeypatch):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(demo_dir))
    monkeypatch.delenv("SENTRA_PASSWORD", raising=False)
    return demo_dir


def _audits(folder):
    from db.models import AuditEntry
    from db.storage.engine import make_engine, make_session_factory, read_session

    engine = make_engine(folder / "sentra.sqlite")
    try:
        with read_session(make_session_factory(engine)) as s:
            rows = s.execute(
                select(AuditEntry.officer_id, AuditEntry.after_json).where(AuditEntry.action == "export_xlsx")
            ).all()
    finally:
        engine.dispose()
    return [(officer, json.loads(after)) for officer, after in rows]


def test_anonymised_by_default_and_audited(cli, tmp_path, capsys):
    out = tmp_path / "anon.xlsx"
    before = len(_audits(cli))
    assert main(["export", "xlsx", *PERIOD, "--out", str(out)]) == 0
    assert "anonymised" in capsys.readouterr().out
    wb = load_workbook(out, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Laporan", "Riwayat Status", "Penyuluhan", "Survei IKM"]
    header = [c.value for c in next(wb["Laporan"].iter_rows(max_row=1))]
    assert "Nama Pelapor" not in header and "Kronologi" not in header
    assert sum(1 for _ in wb["Laporan"].iter_rows()) == 51
    audits = _audits(cli)
    assert len(audits) == before + 1
    officer, after = audits[-1]
    assert officer is None and after["personal"] is False and after["rows"]["Laporan"] == 50


def test_personal_for_head_with_password(cli, tmp_path, monkeypatch):
    head = next(o for o in DEMO_OFFICERS if o[3] == "head")
    monkeypatch.setenv("SENTRA_PASSWORD", head[4])
    out = tmp_path / "full.xlsx"
    assert main(["export", "xlsx", *PERIOD, "--out", str(out), "--personal", "--nrp", head[1]]) == 0
    wb = load_workbook(out, read_only=True)
    header = [c.value for c in next(wb["Laporan"].iter_rows(max_row=1))]
    assert "Nama Pelapor" in header and "NIK Pelapor" in header and "Kronologi" in header
    officer, after = _audits(cli)[-1]
    assert officer is not None and after["personal"] is True


def test_personal_refused_for_officer_and_wrong_password(cli, tmp_path, monkeypatch, capsys):
    officer = next(o for o in DEMO_OFFICERS if o[3] == "officer")
    monkeypatch.setenv("SENTRA_PASSWORD", officer[4])
    out = tmp_path / "no.xlsx"
    assert main(["export", "xlsx", *PERIOD, "--out", str(out), "--personal", "--nrp", officer[1]]) == 2
    assert "may not export personal data" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PASSWORD", "wrong")
    assert main(["export", "xlsx", *PERIOD, "--out", str(out), "--personal", "--nrp", DEMO_ADMIN[1]]) == 2
    assert main(["export", "xlsx", *PERIOD, "--out", str(out), "--personal"]) == 2
    assert not out.exists()


def test_bad_period_and_folder(cli, tmp_path):
    assert (
        main(
            [
                "export",
                "xlsx",
                "--from",
                "2026-02-01",
                "--to",
                "2026-01-01",
                "--out",
                str(tmp_path / "x.xlsx"),
            ]
        )
        == 2
    )
    assert main(["export", "xlsx", *PERIOD, "--out", str(tmp_path / "missing" / "x.xlsx")]) == 2
