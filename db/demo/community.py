"""The demo station's community side: outreach sessions, survey answers, patrols, cameras and training."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.models import Officer
from db.rules.regions import kecamatan_list, nagari_list
from db.rules.timeutil import WIB
from db.services.devices import DeviceInput, add_device
from db.services.outreach import FollowUpInput, SessionInput, record_session
from db.services.outreach_lists import add_partner, list_topics
from db.services.patrols import PatrolInput, record_patrol
from db.services.survey import AGE_GROUPS, EDUCATION, OCCUPATIONS, SERVICES, SurveyInput, record_response
from db.services.training import TrainingInput, record_training

PARTNERS = (
    ("Wali Nagari Koto Baru", "pemda"),
    ("KAN Sumani (niniak mamak)", "tokoh_adat"),
    ("Bundo Kanduang Nagari Cupak", "tokoh_adat"),
    ("MUI Kabupaten Solok", "tokoh_agama"),
    ("SMA Negeri 1 Gunung Talang", "sekolah"),
    ("Karang Taruna Nagari Selayo", "pemuda"),
    ("LSM Peduli Anak Solok", "lsm"),
)
# Each kind of outreach at the places and hours (WIB) it is held: talks at school or the wali nagari's office
# in the morning or after the midday break, door-to-door visits in daytime, mediation at the balai adat in the
# morning or after isya, Jumat Curhat on Friday mornings.
OUTREACH = {
    "penyuluhan": (("SMA Negeri 1", "Kantor Wali Nagari", "Masjid Raya"), (8, 9, 10, 14)),
    "sambang": (("Rumah warga", "Lapau Jorong", "Kantor Wali Nagari"), (9, 10, 11, 15, 16)),
    "problem_solving": (("Balai Adat", "Kantor Wali Nagari"), (10, 14, 20)),
    "deteksi_dini": (("Lapau Jorong", "Pasar Nagari", "Surau Jorong"), (9, 10, 16, 19)),
    "dialog": (("Masjid Raya", "Kantor Wali Nagari"), (8, 9)),
}
OUTREACH_KINDS = ("penyuluhan", "penyuluhan", "sambang", "problem_solving", "deteksi_dini", "dialog")
CONCERNS = (
    "Warga resah dengan maraknya pencurian ternak di malam hari.",
    "Remaja sering balapan liar di jalan nagari pada malam Minggu.",
    "Warga meminta patroli di sekitar pasar pada hari pekan.",
    "Orang tua khawatir anak-anak terpapar judi online.",
)
COMMENTS = (
    "Pelayanan cepat dan ramah.",
    "Ruang tunggu perlu kipas angin.",
    "Petugas menjelaskan dengan jelas.",
    "",
    "",
    "Antrian agak lama pada pagi hari.",
)
COURSES = (
    ("Pelatihan Pelayanan Prima SPKT", "Polda Sumbar", 16.0),
    ("Penanganan Laporan KDRT", "Polres Solok", 8.0),
    ("Dasar-dasar Penyidikan Siber", "Bareskrim (daring)", 12.0),
    ("P3K dan Evakuasi Bencana", "BPBD", 6.0),
)


def create_community_demo(session_factory: sessionmaker[Session], *, now: datetime, seed: int = 2026) -> None:
    """A few months of Binmas work, survey answers, patrols, cameras and training, through the services."""
    rng = random.Random(seed)
    with session_factory() as s:
        officers = list(s.execute(select(Officer.id, Officer.role)).all())
    admin = next(i for i, role in officers if role == "admin")
    staff = [i for i, role in officers if role == "officer"] or [admin]
    kecamatan = [k.code for k in kecamatan_list()]
    topics = [t.id for t in list_topics(session_factory)]
    partners = [add_partner(session_factory, name=n, kind=k, officer_id=admin).id for n, k in PARTNERS]
    today = now.astimezone(WIB).date()

    def past(days: int, hour: int, minute: int = 0) -> datetime:
        day = today - timedelta(days=days)
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB)

    for i in range(24):
        kec = rng.choice(kecamatan)
        nagari = [n.code for n in nagari_list(kec)]
        kind = rng.choice(OUTREACH_KINDS)
        venues, at_hours = OUTREACH[kind]
        days = 5 + i * 7
        if kind == "dialog":  # Jumat Curhat: back to the Friday of that week
            days += ((today - timedelta(days=days)).weekday() - 4) % 7
        record_session(
            session_factory,
            officer_id=rng.choice(staff),
            data=SessionInput(
                held_at=past(days, rng.choice(at_hours), rng.choice((0, 0, 30))),
                kind=kind,
                venue=rng.choice(venues),
                kecamatan_code=kec,
                nagari_code=rng.choice(nagari) if nagari else "",
                jorong=f"Jorong {rng.randrange(1, 6)}",
                target_groups="Pemuda, niniak mamak, ibu-ibu",
                attendance_men=rng.randrange(10, 60),
                attendance_women=rng.randrange(5, 50),
                concerns=rng.choice(CONCERNS),
                topic_ids=tuple(rng.sample(topics, 2)),
                speaker_ids=(rng.choice(staff),),
                partner_ids=tuple(rng.sample(partners, 2)),
                follow_ups=(
                    FollowUpInput("Koordinasi patroli malam dengan wali nagari", today + timedelta(days=7)),
                )
                if i % 3 == 0
                else (),
            ),
        )
    for i in range(140):
        good = rng.random() < 0.8
        answers = tuple(rng.choice((3, 4, 4) if good else (2, 3, 3)) for _ in range(9))
        record_response(
            session_factory,
            source="form",
            officer_id=admin,
            data=SurveyInput(
                answers=answers,
                sex=rng.choice(("L", "P")),
                age_group=rng.choice(AGE_GROUPS),
                education=rng.choice(EDUCATION),
                occupation=rng.choice(OCCUPATIONS),
                service=rng.choice(SERVICES[:4]),
                comment=rng.choice(COMMENTS),
                answered_at=past(1 + i, rng.choice((9, 11, 14))),
            ),
        )
    for i in range(18):
        kec = rng.choice(kecamatan)
        route = tuple(n.code for n in nagari_list(kec)[:3])
        start = past(2 + i * 5, rng.choice((8, 13, 21)))
        record_patrol(
            session_factory,
            officer_id=admin,
            data=PatrolInput(
                starts_at=start,
                ends_at=start + timedelta(hours=3),
                route=route,
                mode=rng.choice(("motorbike", "motorbike", "car", "foot", "drone")),
                officer_ids=tuple(rng.sample(staff, min(2, len(staff)))),
                findings=rng.choice(
                    (
                        "Situasi aman dan kondusif.",
                        "Lampu jalan di simpang nagari padam.",
                        "Sekelompok remaja berkumpul larut malam; diberi imbauan.",
                    )
                ),
            ),
        )
    for name, owner, working in (
        ("CCTV Simpang Arosuka", "polres", True),
        ("CCTV Pasar Sumani", "pemda", True),
        ("CCTV Terminal Alahan Panjang", "pemda", False),
        ("CCTV Toko Emas Talang", "private", True),
        ("Drone DJI Mavic 3", "polres", True),
    ):
        add_device(
            session_factory,
            officer_id=admin,
            data=DeviceInput(
                kind="drone" if name.startswith("Drone") else "cctv",
                name=name,
                owner=owner,
                working=working,
                location=name.split(" ", 1)[1],
                last_checked=today - timedelta(days=rng.randrange(1, 60)),
            ),
        )
    for officer in [*staff, admin]:
        for course, organiser, course_hours in rng.sample(COURSES, 2):
            record_training(
                session_factory,
                by_officer_id=admin,
                data=TrainingInput(
                    officer_id=officer,
                    course=course,
                    organiser=organiser,
                    hours=course_hours,
                    # This year's courses, never after today (on 1 January: today itself).
                    held_on=today - timedelta(days=rng.randrange(0, today.timetuple().tm_yday)),
                ),
            )
