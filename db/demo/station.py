"""A complete demo station (Polres Solok) with officers and realistic reports, made without questions."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, sessionmaker

from db.demo import crimes, stories
from db.demo.cases import case_fields, restorative_close
from db.models import (
    Category,
    Citizen,
    LostItem,
    NumberCounter,
    Officer,
    Report,
    RestorativeJustice,
    StatusChange,
)
from db.models.base import new_id
from db.queries.deadlines import load_holidays
from db.rules.regions import kecamatan_list, nagari_list
from db.rules.report_number import format_number
from db.rules.station_identity import suggested_patterns
from db.rules.timeutil import now_utc, to_wib
from db.services.officers import OfficerInput, add_officer
from db.services.station import StationInput, is_configured, load_station, setup_station
from db.storage import audit

DEMO_ADMIN = ("Rina Marlina", "85010123", "AIPTU", "admin-demo-123")
DEMO_OFFICERS = (
    ("Yoga Pratama", "95060211", "BRIPKA", "officer", "petugas-demo-1"),
    ("Dedi Kurniawan", "92110345", "BRIGPOL", "officer", "petugas-demo-2"),
    ("Hendra Saputra, S.H.", "78050412", "AKP", "head", "kanit-demo-123"),
)
MEN = (
    "Budi",
    "Andi",
    "Rahmat",
    "Fajar",
    "Rizki",
    "Syafrizal",
    "Yusuf",
    "Irwan",
    "Zulkifli",
    "Hendri",
    "Afrizal",
    "Doni",
    "Ferdi",
    "Gusrizal",
    "Jon",
    "Nofri",
    "Roni",
    "Syahrial",
    "Taufik",
    "Wendi",
)
WOMEN = (
    "Siti",
    "Rahmi",
    "Yuliana",
    "Fitri",
    "Desi",
    "Nurhayati",
    "Rina",
    "Elfi",
    "Suryani",
    "Mardiana",
    "Lisa",
    "Yeni",
    "Rosmawati",
    "Vivi",
    "Wati",
    "Ernita",
    "Fatimah",
    "Gusmiati",
    "Hasnah",
    "Irma",
)
SURNAMES = (
    "Putra",
    "Saputra",
    "Hidayat",
    "Chaniago",
    "Piliang",
    "Tanjung",
    "Sikumbang",
    "Koto",
    "Caniago",
    "Melayu",
    "Jambak",
    "Guci",
    "Sinaga",
    "Lubis",
    "Nasution",
    "Rangkuti",
    "Wahyudi",
    "Syahputra",
)
OCCUPATIONS = (
    "Petani",
    "Pedagang",
    "Wiraswasta",
    "PNS",
    "Guru",
    "Ibu rumah tangga",
    "Pelajar/Mahasiswa",
    "Buruh harian lepas",
    "Sopir",
    "Karyawan swasta",
    "Nelayan",
    "Perangkat nagari",
)
RELIGIONS = ("Islam",) * 19 + ("Kristen",)
LOST_THINGS = (
    ("KTP elektronik", "NIK tercantum"),
    ("STNK sepeda motor", "BA 1234 QJ"),
    ("SIM C", ""),
    ("Buku tabungan BRI", "No. rek. 5432-01-000123-50-9"),
    ("Dompet kulit coklat", ""),
    ("Handphone Samsung A14", "IMEI 356789104561234"),
    ("Ijazah SMA", "No. DN-03 Ma 0012345"),
    ("Kartu ATM Bank Nagari", ""),
    ("BPKB sepeda motor", "No. M-12345678"),
)
KIND_WEIGHTS = (("LP_B", 55), ("SKTLK", 30), ("DUMAS", 8), ("INFO", 7))
CHANNEL_WEIGHTS = (("walk_in", 80), ("phone", 10), ("online", 6), ("social_media", 4))


@dataclass(frozen=True, slots=True)
class DemoSummary:
    station_code: str
    reports: int
    accounts: tuple[tuple[str, str, str, str], ...]  # (name, NRP, role, password)


def demo_station_input() -> StationInput:
    return StationInput(
        code="POLRES-SOLOK",
        level="polres",
        resor_name="Solok",
        polda_name="Sumatera Barat",
        address="Jl. Lintas Sumatera, Arosuka, Kec. Gunung Talang, Kabupaten Solok",
        city="Arosuka",
        phone="(0755) 31110",
        letterhead=("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK"),
        patterns=suggested_patterns("polres", "Sumatera Barat", "Solok", ""),
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KA SPKT",
        signatory_name="Hendra Saputra, S.H.",
        signatory_rank="AKP",
        signatory_nrp="78050412",
    )


def _weighted(rng: random.Random, pairs: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _nik(rng: random.Random, kec_code: str, birth: date, woman: bool, serial: int) -> str:
    day = birth.day + (40 if woman else 0)
    return f"{kec_code.replace('.', '')}{day:02d}{birth.month:02d}{birth.year % 100:02d}{serial:04d}"


def _synced_columns(code: str, at: datetime, row_id: str | None = None) -> dict[str, object]:
    """The columns every row the demo bulk-inserts starts with: its id, the station, created and updated at
    `at`, version 0 and not yet synced."""
    return dict(
        id=row_id or new_id(),
        station_code=code,
        created_at=at,
        updated_at=at,
        version=0,
        sync_state="pending",
    )


def create_demo(
    session_factory: sessionmaker[Session],
    *,
    reports: int,
    seed: int = 2026,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 20_000,
) -> DemoSummary:
    """Set up the demo station if needed, its accounts, and `reports` reports over the last 12 months."""
    now = now or now_utc()
    rng = random.Random(seed)
    accounts = [(DEMO_ADMIN[0], DEMO_ADMIN[1], "admin", DEMO_ADMIN[3])]
    fresh = not is_configured(session_factory)
    if fresh:
        name, nrp, rank, password = DEMO_ADMIN
        setup_station(
            session_factory,
            station=demo_station_input(),
            admin=OfficerInput(name=name, nrp=nrp, rank=rank, password=password),
        )
    with session_factory.begin() as s:
        station = load_station(s)
        admin_id = s.scalar(select(Officer.id).where(Officer.nrp == DEMO_ADMIN[1]))
        for name, nrp, rank, role, password in DEMO_OFFICERS:
            if s.scalar(select(Officer.id).where(Officer.nrp == nrp)) is None:
                add_officer(
                    s,
                    data=OfficerInput(name=name, nrp=nrp, rank=rank, password=password, role=role),
                    station_code=station.code,
                    by_officer_id=admin_id,
                )
            accounts.append((name, nrp, role, password))
        officer_ids = list(s.scalars(select(Officer.id)))
        handlers = list(s.scalars(select(Officer.id).where(Officer.role == "officer"))) or officer_ids
        holidays = load_holidays(s)
        categories = {c.name: c.id for c in s.scalars(select(Category))}
        patterns = {p.kind: p.pattern for p in station.patterns}
        counters = {(c.kind, c.year): c for c in s.scalars(select(NumberCounter))}
        code = station.code
        kecamatan = [k.code for k in kecamatan_list()]
        nagari = {k: [n.code for n in nagari_list(k)] for k in kecamatan}
        nagari_names = {n.code: n.name for k in kecamatan for n in nagari_list(k)}
        existing_niks = set(s.scalars(select(Citizen.nik).where(Citizen.nik.is_not(None))))
        audit.record(
            s,
            officer_id=admin_id,
            entity="station",
            entity_id=station.id,
            action="demo_data",
            after={"reports": reports, "seed": seed},
        )

    # Receive times over the last 12 months, in order, so running numbers follow time within each year.
    span = int(timedelta(days=365).total_seconds())
    times = sorted(
        stories.at_desk_hours(rng, now - timedelta(seconds=rng.randrange(60, span)), now)
        for _ in range(reports)
    )
    lost_category = next((c for n, c in categories.items() if n.startswith("Kehilangan")), None)
    serial = 1
    done = 0
    while done < reports:
        chunk = times[done : done + batch]
        citizens, rows, items, history = [], [], [], []
        restorative: list[dict[str, object]] = []
        for received in chunk:
            woman = rng.random() < 0.45
            first = rng.choice(WOMEN if woman else MEN)
            birth = date(rng.randrange(1950, 2006), rng.randrange(1, 13), rng.randrange(1, 29))
            kec = rng.choice(kecamatan)
            nik = _nik(rng, kec, birth, woman, serial % 9999 + 1)
            serial += 1
            while nik in existing_niks:
                nik = _nik(rng, kec, birth, woman, serial % 9999 + 1)
                serial += 1
            existing_niks.add(nik)
            citizen_id = new_id()
            nag = rng.choice(nagari[kec]) if nagari[kec] else ""
            citizens.append(
                dict(
                    _synced_columns(code, received, citizen_id),
                    nik=nik,
                    name=f"{first} {rng.choice(SURNAMES)}",
                    birth_place=rng.choice(
                        ("Solok", "Arosuka", "Padang", "Alahan Panjang", "Sumani", "Bukittinggi")
                    ),
                    birth_date=birth,
                    sex="P" if woman else "L",
                    religion=rng.choice(RELIGIONS),
                    nationality="WNI",
                    occupation=rng.choice(OCCUPATIONS),
                    address=f"Jorong {rng.randrange(1, 6)}, Nagari {nagari_names.get(nag, 'Koto Baru')}",
                    phone=f"08{rng.randrange(11, 53)}{rng.randrange(10_000_000, 99_999_999)}",
                )
            )
            kind = _weighted(rng, KIND_WEIGHTS)
            category_id = None
            if kind == "LP_B":
                name = crimes.pick_category(rng, categories)
                story, category_id = crimes.lp_story(rng, name), categories[name]
            elif kind == "SKTLK":
                thing, ident = rng.choice(LOST_THINGS)
                story, category_id = stories.lost_story(rng, thing), lost_category
            else:
                story = rng.choice(stories.DUMAS_STORIES if kind == "DUMAS" else stories.INFO_STORIES)
            report_id = new_id()
            row = dict(
                _synced_columns(code, received, report_id),
                kind=kind,
                channel=_weighted(rng, CHANNEL_WEIGHTS),
                received_at=received,
                citizen_id=citizen_id,
                receiving_officer_id=rng.choice(officer_ids),
                category_id=category_id,
                offense=story.offense,
                incident_at=stories.incident_time(rng, story, received),
                incident_kecamatan_code=kec,
                incident_nagari_code=nag,
                incident_address="",
                chronology=story.chronology,
                reported_party=story.reported_party,
                witnesses="",
                article="",
                estimated_loss=rng.choice(story.losses),
                number=None,
                number_year=None,
                number_seq=None,
            )
            row.update(
                case_fields(rng, kind=kind, received=received, now=now, handlers=handlers, holidays=holidays)
            )
            if kind != "INFO":
                year = to_wib(received).year
                counter = counters.get((kind, year))
                if counter is None:
                    counter = counters[(kind, year)] = NumberCounter(
                        station_code=code, kind=kind, year=year, last_value=0
                    )
                counter.last_value += 1
                row.update(
                    number=format_number(patterns[kind], seq=counter.last_value, received_at=received),
                    number_year=year,
                    number_seq=counter.last_value,
                )
            if kind == "SKTLK":
                items.append(
                    dict(
                        _synced_columns(code, received),
                        report_id=report_id,
                        position=0,
                        quantity=1,
                        item=thing,
                        identifiers=ident,
                    )
                )
            rows.append(row)
            history.append(
                dict(
                    _synced_columns(code, received),
                    report_id=report_id,
                    from_status="",
                    to_status="received",
                    changed_at=received,
                    officer_id=row["receiving_officer_id"],
                    note="",
                )
            )
            if row["status"] != "received":
                # Where the case went, and when: the monthly report counts clearance from this history.
                age = max(1, (now - received).days)
                moved = min(now, received + timedelta(days=rng.randrange(1, min(age, 60) + 1)))
                history.append(
                    dict(
                        history[-1],
                        id=new_id(),
                        from_status="received",
                        to_status=row["status"],
                        changed_at=moved,
                        officer_id=row["assigned_officer_id"] or row["receiving_officer_id"],
                        note=restorative_close(rng, row, moved, restorative) or row["forwarded_to"],
                        created_at=moved,
                        updated_at=moved,
                    )
                )
        with session_factory.begin() as s:
            s.execute(insert(Citizen), citizens)
            s.execute(insert(Report), rows)
            if items:
                s.execute(insert(LostItem), items)
            s.execute(insert(StatusChange), history)
            if restorative:
                s.execute(insert(RestorativeJustice), restorative)
            for counter in counters.values():
                s.merge(
                    NumberCounter(
                        station_code=counter.station_code,
                        kind=counter.kind,
                        year=counter.year,
                        last_value=counter.last_value,
                    )
                )
        done += len(chunk)
        if progress is not None:
            progress(done, reports)
    if fresh:
        from db.demo.community import create_community_demo

        create_community_demo(session_factory, now=now, seed=seed)
    return DemoSummary(station_code=code, reports=reports, accounts=tuple(accounts))
