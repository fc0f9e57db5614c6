"""Official numbers: pattern, Roman month in WIB, yearly restart, no gap or duplicate under concurrency."""

from __future__ import annotations

import multiprocessing
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.errors import ValidationFailed
from db.models import Report
from db.rules.report_number import check_pattern, format_number, roman_month, validate_patterns
from db.services.report_input import CitizenInput, LostItemInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import make_engine, make_session_factory

LP = "LP/B/{n}/{month}/{year}/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"


def lp(name: str = "Budi Santoso") -> ReportInput:
    return ReportInput(kind="LP_B", citizen=CitizenInput(name=name), offense="Curanmor", chronology="Hilang")


def test_roman_months():
    assert [roman_month(m) for m in (1, 4, 8, 9, 11, 12)] == ["I", "IV", "VIII", "IX", "XI", "XII"]


def test_number_uses_wib_month_and_year():
    # 31 Dec 2025 20:00 UTC is 1 Jan 2026 03:00 WIB: January, 2026.
    moment = datetime(2025, 12, 31, 20, 0, tzinfo=UTC)
    assert (
        format_number(LP, seq=1, received_at=moment) == "LP/B/1/I/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"
    )


@pytest.mark.parametrize(
    "pattern, ok",
    [
        (LP, True),
        ("LP/{n}/{year}", True),
        ("LP/{n}/{month}", False),
        ("LP/{year}", False),
        ("LP/{n}/{year}/{unit}", False),
        ("LP/{n/{year}", False),
        ("", False),
    ],
)
def test_pattern_rules(pattern, ok):
    assert (check_pattern(pattern) is None) is ok


def test_validate_patterns_names_the_field():
    with pytest.raises(ValidationFailed) as err:
        validate_patterns({"LP_B": LP, "DUMAS": "DUMAS/{year}", "SKTLK": "SKTLK/{n}/{year}"})
    assert set(err.value.field_errors) == {"pattern_DUMAS"}


def test_numbers_follow_and_restart_each_year(session_factory, station):
    _, admin = station
    dec = datetime(2025, 12, 31, 16, 59, tzinfo=UTC)  # 23:59 WIB, still 2025
    jan = datetime(2025, 12, 31, 17, 1, tzinfo=UTC)  # 00:01 WIB, 1 Jan 2026
    a = register_report(session_factory, data=lp(), officer_id=admin.id, now=dec)
    b = register_report(session_factory, data=lp(), officer_id=admin.id, now=dec)
    c = register_report(session_factory, data=lp(), officer_id=admin.id, now=jan)
    lost = register_report(
        session_factory,
        officer_id=admin.id,
        now=jan,
        data=ReportInput(
            kind="SKTLK",
            citizen=CitizenInput(name="Siti"),
            chronology="Jatuh di pasar",
            lost_items=(LostItemInput("KTP"),),
        ),
    )
    assert a.number.startswith("LP/B/1/XII/2025/")
    assert b.number.startswith("LP/B/2/XII/2025/")
    assert c.number.startswith("LP/B/1/I/2026/")
    assert lost.number.startswith("SKTLK/1/I/2026/")


def test_information_gets_no_number(session_factory, station):
    _, admin = station
    view = register_report(
        session_factory,
        officer_id=admin.id,
        data=ReportInput(kind="INFO", citizen=CitizenInput(name="Warga")),
    )
    assert view.number is None


def test_failed_save_leaves_no_gap(session_factory, station, monkeypatch):
    _, admin = station
    register_report(session_factory, data=lp(), officer_id=admin.id)
    import db.services.reports as reports

    def boom(*args, **kwargs):
        raise RuntimeError("power cut")

    monkeypatch.setattr(reports.audit, "record", boom)
    with pytest.raises(RuntimeError):
        register_report(session_factory, data=lp(), officer_id=admin.id)
    monkeypatch.undo()
    third = register_report(session_factory, data=lp(), officer_id=admin.id)
    assert third.number.startswith("LP/B/2/")


def _assert_sequence(session_factory, expected: int) -> None:
    with session_factory() as s:
        seqs = sorted(s.scalars(select(Report.number_seq).where(Report.kind == "LP_B")))
        assert seqs == list(range(1, expected + 1))
        assert s.scalar(select(func.count(func.distinct(Report.number)))) == expected


def test_threads_saving_at_once_get_distinct_consecutive_numbers(db_path, station):
    _, admin = station
    errors: list[BaseException] = []
    barrier = threading.Barrier(8)

    def worker(i: int) -> None:
        engine = make_engine(db_path)  # its own engine: like a second window or PC on the same file
        sf = make_session_factory(engine)
        try:
            barrier.wait()
            for j in range(5):
                register_report(sf, data=lp(f"Warga {i}-{j}"), officer_id=admin.id)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)
        finally:
            engine.dispose()

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    _assert_sequence(make_session_factory(make_engine(db_path)), 40)


def _process_worker(db_path: str, officer_id: str, start, count: int) -> None:
    sf = make_session_factory(make_engine(Path(db_path)))
    start.wait()
    for j in range(count):
        register_report(sf, data=lp(f"Proses {j}"), officer_id=officer_id)


def test_processes_saving_at_once_get_distinct_consecutive_numbers(db_path, station):
    _, admin = station
    ctx = multiprocessing.get_context("spawn")
    start = ctx.Event()
    procs = [ctx.Process(target=_process_worker, args=(str(db_path), admin.id, start, 10)) for _ in range(3)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    _assert_sequence(make_session_factory(make_engine(db_path)), 30)
