"""Register import in batches: the desk keeps saving meanwhile, progress is told, counters never jump."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.importing.register_counters import plan_counter_moves
from db.importing.register_import import import_register
from db.importing.staging import StagingTable
from db.models import AuditEntry, NumberCounter, Report
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import read_session
from tests.builders import fail_on_call
from tests.register_sheet import write_register

ADMIN_NRP = "85010123"


def count(sf, model) -> int:
    with read_session(sf) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def walk_in_during_import(session_factory, officer_id: str, run_import):  # type: ignore[no-untyped-def]
    """Runs `run_import(progress)` in a thread and saves a walk-in report from this one once the import's
    first batch is published; (the import's result, the walk-in's id, every progress told)."""
    publishing = threading.Event()
    seen: list = []
    outcome: dict[str, object] = {}

    def progress(p) -> None:  # type: ignore[no-untyped-def]
        seen.append(p)
        if p.phase == "publishing" and p.done:
            publishing.set()

    def run() -> None:
        try:
            outcome["result"] = run_import(progress)
        except BaseException as exc:  # handed to the test's thread
            outcome["error"] = exc
        finally:
            publishing.set()

    worker = threading.Thread(target=run)
    worker.start()
    assert publishing.wait(timeout=300)
    data = ReportInput(
        kind="LP_B", citizen=CitizenInput(name="Budi"), offense="Pencurian", chronology="Dompet hilang."
    )
    walk_in = register_report(session_factory, data=data, officer_id=officer_id)
    worker.join(timeout=300)
    assert "error" not in outcome, outcome.get("error")
    with read_session(session_factory) as s:
        assert s.get(Report, walk_in.id) is not None
    return outcome["result"], walk_in.id, seen


def test_a_walk_in_saved_during_a_big_import_is_stored(session_factory, station, tmp_path):
    sheet = write_register(tmp_path / "besar.xlsx", 4_000)
    result, _, seen = walk_in_during_import(
        session_factory,
        station[1].id,
        lambda progress: import_register(
            session_factory, path=sheet, officer_nrp=ADMIN_NRP, progress=progress, batch_rows=250
        ),
    )
    assert result.added == 4_000 and result.rejected == ()
    assert count(session_factory, Report) == 4_001
    # Progress was told in both phases, with the rows done and a rate.
    checking = [p for p in seen if p.phase == "checking"]
    published = [p for p in seen if p.phase == "publishing"]
    assert checking[-1].done == 4_000 and checking[-1].rate > 0
    assert published[-1].done == 4_000 and published[-1].total == 4_000
    dones = [p.done for p in published]
    assert len(dones) >= 2 and dones == sorted(dones)  # told batch by batch


def test_a_failure_in_a_later_batch_keeps_the_earlier_ones_and_a_rerun_completes(
    session_factory, station, tmp_path, monkeypatch
):
    import db.importing.register_import as module

    sheet = write_register(tmp_path / "r.xlsx", 30)
    real = module.add_report
    fail_on_call(monkeypatch, module, "add_report", 15)
    with pytest.raises(RuntimeError):
        import_register(session_factory, path=sheet, officer_nrp=ADMIN_NRP, batch_rows=10)
    assert count(session_factory, Report) == 10  # the first batch, whole; the second rolled back
    assert count(session_factory, NumberCounter) > 0  # raised with the first batch
    monkeypatch.setattr(module, "add_report", real)
    again = import_register(session_factory, path=sheet, officer_nrp=ADMIN_NRP, batch_rows=10)
    assert again.added == 20 and len(again.skipped) == 10
    assert count(session_factory, Report) == 30
    # No scratch file is left next to the database.
    folder = Path(session_factory.kw["bind"].url.database).parent
    assert not list(folder.glob(".import-staging-*"))


def test_a_jump_is_refused_and_audited_and_allowed_on_request(session_factory, station, tmp_path):
    from tests.db.test_register_import import good, lp, workbook

    rows = [good(1, lp(1)), good(2, lp(2)), good(3, lp(5_002)), good(4, lp(5_003)), good(5, lp(90_000))]
    path = workbook(tmp_path / "r.xlsx", rows)
    dry = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP, dry_run=True)
    # 5,002 and 5,003 lie 5,000 above the numbers of the file below them: allowed; 90,000 is not.
    assert [r.row for r in dry.rejected] == [7]
    assert "melompat 89996" in dry.rejected[0].reason
    (move,) = dry.counter_moves
    assert (move.before, move.after, move.numbers, move.unused, move.refused) == (0, 5_003, 4, 4_999, 1)
    result = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP)
    assert result.added == 4 and result.counters == (("LP_B", 2025, 5_003),)
    allowed = import_register(session_factory, path=path, officer_nrp=ADMIN_NRP, allow_counter_jump=True)
    assert allowed.added == 1 and allowed.counters == (("LP_B", 2025, 90_000),)
    with read_session(session_factory) as s:
        summaries = [
            json.loads(j)
            for j in s.scalars(
                select(AuditEntry.after_json).where(
                    AuditEntry.entity == "register_import", AuditEntry.action == "import"
                )
            )
        ]
    assert summaries[0]["allow_counter_jump"] is False
    assert summaries[0]["counter_moves"] == [["LP_B", 2025, 0, 5_003, 4_999, 1]]
    assert summaries[1]["allow_counter_jump"] is True
    assert summaries[1]["counter_moves"] == [["LP_B", 2025, 5_003, 90_000, 84_996, 0]]


def test_dense_numbers_far_above_the_stored_ones_are_no_jump(session_factory, station, tmp_path):
    with StagingTable(tmp_path) as staging:
        staging.append((n, "LP_B", 2024, n, {}) for n in range(1, 7_001))
        staging.append([(9_000, "LP_B", 2024, 12_500, {})])
        with read_session(session_factory) as s:
            moves, refusals = plan_counter_moves(s, station[0].code, staging.numbers(), allow_jump=False)
    assert [(m.before, m.after, m.numbers, m.unused) for m in moves] == [(0, 7_000, 7_000, 0)]
    assert [(r.row, r.number, r.jump) for r in refusals] == [(9_000, 12_500, 5_500)]


def test_a_register_import_cancelled_between_batches_keeps_what_was_published(
    session_factory, station, tmp_path
):
    sheet = write_register(tmp_path / "kecil.xlsx", 30)
    told = []

    def cancelled() -> bool:
        return any(p.phase == "publishing" for p in told)

    result = import_register(
        session_factory,
        path=sheet,
        officer_nrp=ADMIN_NRP,
        progress=told.append,
        batch_rows=10,
        cancel=cancelled,
    )
    assert result.cancelled and result.added == 10 and count(session_factory, Report) == 10
    with read_session(session_factory) as s:
        summary = s.scalars(select(AuditEntry.after_json).where(AuditEntry.action == "import")).one()
    assert json.loads(summary)["cancelled"] is True and json.loads(summary)["added"] == 10
    again = import_register(session_factory, path=sheet, officer_nrp=ADMIN_NRP, batch_rows=10)
    assert (again.added, len(again.skipped), again.cancelled) == (20, 10, False)
