"""Benchmark: saving reports one by one into a 1,000,000-report database, and making receipt PDFs."""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from _common import copy_db, ensure_demo_db, summary_ms

from db.models import Category, Citizen
from db.queries.reports import receipt_data
from db.rules.nik import check_nik
from db.rules.regions import kecamatan_list, nagari_list
from db.rules.timeutil import now_utc
from db.services.officers import list_officers
from db.services.report_input import CitizenInput, LostItemInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import make_engine, make_session_factory
from db.storage.migrate import upgrade
from exports.receipt_pdf import write_receipt

SAVE_GOAL_MS = 50.0
LOST = (
    ("KTP elektronik", "NIK tercantum"),
    ("STNK sepeda motor", "BA 4321 QK"),
    ("Handphone Oppo A57", "IMEI 867530912345678"),
    ("Dompet kulit hitam", ""),
)


def _unique_niks(session_factory, count: int, rng: random.Random) -> list[tuple[str, date, str]]:  # type: ignore[no-untyped-def]
    """`count` valid NIKs (with birth date and sex) that no citizen in the database has yet."""
    from sqlalchemy import select

    kecamatan = [k.code.replace(".", "") for k in kecamatan_list()]
    found: list[tuple[str, date, str]] = []
    seen: set[str] = set()
    while len(found) < count:
        batch = []
        while len(batch) < count * 2:
            woman = rng.random() < 0.45
            birth = date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
            day = birth.day + (40 if woman else 0)
            nik = (
                f"{rng.choice(kecamatan)}{day:02d}{birth.month:02d}{birth.year % 100:02d}"
                f"{rng.randrange(5000, 10000):04d}"
            )
            if nik not in seen:
                seen.add(nik)
                batch.append((nik, birth, "P" if woman else "L"))
        with session_factory() as s:
            taken = set(s.scalars(select(Citizen.nik).where(Citizen.nik.in_([b[0] for b in batch]))))
        for entry in batch:
            if entry[0] not in taken and len(found) < count:
                check_nik(entry[0])  # the benchmark must not fail on validation half-way
                found.append(entry)
    return found


def make_inputs(session_factory, count: int, seed: int = 1127) -> list[ReportInput]:  # type: ignore[no-untyped-def]
    """Realistic form submissions: LP_B with a NIK and SKTLK with lost items, alternating, unique NIKs."""
    from sqlalchemy import select

    rng = random.Random(seed)
    with session_factory() as s:
        categories = {c.name: c.id for c in s.scalars(select(Category))}
    crime = [cid for name, cid in categories.items() if not name.startswith("Kehilangan")]
    lost = next(cid for name, cid in categories.items() if name.startswith("Kehilangan"))
    kecamatan = [k.code for k in kecamatan_list()]
    now = now_utc()
    inputs = []
    for i, (nik, birth, sex) in enumerate(_unique_niks(session_factory, count, rng)):
        kec = rng.choice(kecamatan)
        nagari = [n.code for n in nagari_list(kec)]
        citizen = CitizenInput(
            name=f"Pelapor Uji {i:04d}",
            nik=nik,
            birth_place="Solok",
            birth_date=birth,
            sex=sex,
            religion="Islam",
            nationality="WNI",
            occupation="Wiraswasta",
            address=f"Jorong {rng.randrange(1, 6)}, Nagari Koto Baru",
            phone=f"0812{rng.randrange(10**7, 10**8)}",
        )
        common = dict(
            citizen=citizen,
            channel="walk_in",
            incident_at=now - timedelta(hours=rng.randrange(2, 48)),
            incident_kecamatan_code=kec,
            incident_nagari_code=rng.choice(nagari) if nagari else "",
            incident_address="Dekat pasar nagari",
            chronology="Pada waktu tersebut pelapor memarkir sepeda motornya di depan rumah. Ketika kembali "
            "sekitar satu jam kemudian, sepeda motor sudah tidak ada.",
        )
        if i % 2 == 0:
            inputs.append(
                ReportInput(
                    kind="LP_B",
                    offense="Pencurian sepeda motor",
                    category_id=rng.choice(crime),
                    reported_party="Belum diketahui",
                    witnesses="Andi (tetangga)",
                    article="Pasal 362 KUHP",
                    estimated_loss=15_000_000,
                    **common,
                )
            )
        else:
            things = rng.sample(LOST, rng.randrange(1, 3))
            inputs.append(
                ReportInput(
                    kind="SKTLK",
                    offense=f"Kehilangan {things[0][0]}",
                    category_id=lost,
                    lost_items=tuple(
                        LostItemInput(item=t, quantity=1, identifiers=ident) for t, ident in things
                    ),
                    **common,
                )
            )
    return inputs


def run(
    reports: int = 1_000_000,
    saves: int = 200,
    receipts: int = 30,
    profile: Path | None = None,
    keep: bool = False,
) -> dict[str, object]:
    source = ensure_demo_db(reports)
    workdir = Path(tempfile.mkdtemp(prefix="sentra-bench-"))
    db_path = workdir / "bench.sqlite"
    started = time.perf_counter()
    copy_db(source, db_path)
    print(
        f"Copied {source.name} ({source.stat().st_size / 2**20:.0f} MiB) to {db_path} "
        f"in {time.perf_counter() - started:.1f} s"
    )
    engine = make_engine(db_path)
    upgrade(engine, db_path, workdir / "backups")
    sf = make_session_factory(engine)
    officer = next(o for o in list_officers(sf) if o.role == "officer")
    inputs = make_inputs(sf, saves)

    profiler = cProfile.Profile() if profile else None
    save_times: list[float] = []
    saved = []
    for data in inputs:
        if profiler:
            profiler.enable()
        t0 = time.perf_counter()
        view = register_report(sf, data=data, officer_id=officer.id)
        save_times.append(time.perf_counter() - t0)
        if profiler:
            profiler.disable()
        saved.append(view)
    if profiler and profile:
        profiler.dump_stats(profile)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)

    data_times, pdf_times, total_times = [], [], []
    out_dir = workdir / "receipts"
    out_dir.mkdir()
    step = max(1, len(saved) // receipts)
    for view in saved[::step][:receipts]:
        t0 = time.perf_counter()
        rd = receipt_data(sf, report_id=view.id)
        t1 = time.perf_counter()
        write_receipt(rd, out_dir / f"{view.id}.pdf")
        t2 = time.perf_counter()
        data_times.append(t1 - t0)
        pdf_times.append(t2 - t1)
        total_times.append(t2 - t0)
    lookup_times = []
    for view in saved[:10]:
        t0 = time.perf_counter()
        receipt_data(sf, number=view.number)
        lookup_times.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    receipt_data(sf, last=True)
    last_ms = (time.perf_counter() - t0) * 1000
    engine.dispose()

    result = {
        "reports_in_db": reports,
        "db_file_mib": round(source.stat().st_size / 2**20),
        "save": summary_ms(save_times),
        "first_save_ms": save_times[0] * 1000,
        "receipt_data": summary_ms(data_times),
        "receipt_pdf": summary_ms(pdf_times),
        "receipt_total": summary_ms(total_times),
        "receipt_by_number": summary_ms(lookup_times),
        "receipt_last_ms": last_ms,
        "save_goal_met": None,
    }
    result["save_goal_met"] = result["save"]["median"] < SAVE_GOAL_MS  # type: ignore[index]
    if keep:
        print(f"Kept {workdir}")
    else:
        for p in sorted(workdir.rglob("*"), reverse=True):
            p.unlink() if p.is_file() else p.rmdir()
        workdir.rmdir()
    return result


def _fmt(name: str, s: dict[str, float]) -> str:
    return (
        f"  {name:<22} n={s['n']:<4} median {s['median']:8.1f} ms   p95 {s['p95']:8.1f} ms   "
        f"max {s['max']:8.1f} ms   min {s['min']:8.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=1_000_000, help="reports already stored (default 1M)")
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--receipts", type=int, default=30)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the save loop here")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary database copy")
    args = parser.parse_args(argv)
    r = run(args.reports, args.saves, args.receipts, args.profile, args.keep)
    print(f"\nSaving a report with {r['reports_in_db']:,} reports stored ({r['db_file_mib']} MiB file):")
    print(_fmt("register_report", r["save"]))  # type: ignore[arg-type]
    print(
        f"  first save {r['first_save_ms']:.1f} ms; goal median < {SAVE_GOAL_MS:.0f} ms: "
        f"{'MET' if r['save_goal_met'] else 'NOT MET'}"
    )
    print("Receipts:")
    for key in ("receipt_data", "receipt_pdf", "receipt_total", "receipt_by_number"):
        print(_fmt(key, r[key]))  # type: ignore[arg-type]
    print(f"  receipt_data(last=True) {r['receipt_last_ms']:.1f} ms")
    if args.json:
        args.json.write_text(json.dumps(r, indent=2))
    return 0 if r["save_goal_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
