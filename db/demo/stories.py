"""What the demo's reports say: a story that fits each category and kind, at an hour such things happen.

Stories are written for the demo (Kabupaten Solok places and habits); each has the offence line, the
chronology, the reported party, the hours (WIB) the incident happens and the usual losses. Categories are
drawn with weights like a rural Polres: motorbike theft, theft and fraud common, a killing rare.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from db.rules.timeutil import WIB, to_wib

NIGHT = (0, 1, 2, 3, 4, 22, 23)
EVENING = (18, 19, 20, 21, 22)
DAY = (8, 9, 10, 11, 13, 14, 15, 16)
UNKNOWN_PARTY = "Belum diketahui (dalam penyelidikan)"


@dataclass(frozen=True, slots=True)
class Story:
    offense: str
    chronology: str
    reported_party: str = UNKNOWN_PARTY
    hours: tuple[int, ...] = DAY
    losses: tuple[int, ...] = (0,)


LOST_CONTEXTS = (
    "saat berbelanja di pasar",
    "dalam perjalanan naik angkot dari Solok ke Arosuka",
    "di sekitar masjid setelah salat Jumat",
    "di terminal bus",
    "saat pulang dari ladang",
)
DUMAS_STORIES = (
    Story(
        "Pengaduan lambatnya penanganan laporan",
        "Pelapor mengadukan belum ada perkembangan atas laporan kehilangan sepeda motor yang dibuatnya bulan "
        "lalu dan belum menerima SP2HP.",
        reported_party="Penyidik yang menangani laporan",
    ),
    Story(
        "Pengaduan sikap petugas",
        "Pelapor mengadukan sikap petugas di pos lalu lintas yang dinilai tidak ramah saat pemeriksaan surat "
        "kendaraan.",
        reported_party="Petugas pos lalu lintas",
    ),
    Story(
        "Pengaduan pungutan",
        "Pelapor mengadukan adanya permintaan uang di luar ketentuan saat mengurus surat keterangan.",
        reported_party="Oknum petugas, belum diketahui namanya",
    ),
)
INFO_STORIES = (
    Story(
        "Konsultasi",
        "Pelapor berkonsultasi tentang cara melaporkan penipuan daring dan bukti yang perlu disiapkan.",
        reported_party="",
    ),
    Story(
        "Informasi", "Pelapor menanyakan syarat pembuatan SKCK untuk melamar pekerjaan.", reported_party=""
    ),
    Story(
        "Konsultasi",
        "Pelapor meminta saran tentang sengketa batas tanah dengan kerabat; diarahkan ke musyawarah di KAN.",
        reported_party="",
    ),
)


def lost_story(rng: random.Random, thing: str) -> Story:
    chronology = (
        f"Pelapor kehilangan {thing} {rng.choice(LOST_CONTEXTS)}. Sudah dicari di sekitar lokasi namun tidak "
        "ditemukan. Surat keterangan diperlukan untuk mengurus penggantinya."
    )
    return Story(f"Kehilangan {thing}", chronology, reported_party="", hours=DAY + EVENING)


def incident_time(rng: random.Random, story: Story, received: datetime) -> datetime:
    """A time at one of the story's hours in the three days before `received` (aware UTC), never after it."""
    wib = to_wib(received)
    for back in range(rng.randrange(0, 3), 6):
        day = wib.date() - timedelta(days=back)
        moment = datetime(
            day.year, day.month, day.day, rng.choice(story.hours), rng.randrange(60), tzinfo=WIB
        )
        if moment < wib:
            return moment.astimezone(received.tzinfo)
    return received - timedelta(hours=1)


# The hour (WIB) citizens come to the desk: mostly office hours, few at night (the SPKT is open 24 hours).
RECEIVE_HOURS = tuple(range(24))
RECEIVE_WEIGHTS = (1, 1, 1, 1, 1, 2, 3, 6, 10, 12, 12, 11, 8, 9, 11, 10, 8, 6, 5, 5, 4, 3, 2, 1)


def at_desk_hours(rng: random.Random, moment: datetime, now: datetime) -> datetime:
    """`moment`'s WIB day at an hour citizens come to the desk (never after `now`)."""
    wib = to_wib(moment)
    hour = rng.choices(RECEIVE_HOURS, weights=RECEIVE_WEIGHTS)[0]
    shifted = wib.replace(hour=hour, minute=rng.randrange(60)).astimezone(moment.tzinfo)
    return shifted if shifted <= now - timedelta(minutes=1) else moment
