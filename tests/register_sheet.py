"""A generated old report register of any size, valid for the demo Polres Solok (tests and bench_import)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

TAIL = "SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"
HEADERS = ("No", "Tanggal", "Nomor LP", "Nama Pelapor", "NIK", "Terlapor", "Jenis Kejadian", "Pasal",
           "Kecamatan", "Nagari", "Uraian Singkat", "Status", "Keterangan")  # fmt: skip
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NAMES = ("Andi Saputra", "Sri Wahyuni", "Yusri", "Nofriadi", "Rina Marlina", "Dedi Kurniawan", "Fitri")
_PLACES = (("Gunung Talang", "Cupak"), ("Gunung Talang", "Talang"), ("", ""))
_KINDS = (("LP", "Curanmor R2", "Pasal 363 KUHP"), ("LP", "Penipuan", "Pasal 378 KUHP"),
          ("DUMAS", "Lain-lain", ""), ("SKTLK", "Kehilangan", ""))  # fmt: skip
_STATUS = ("Proses", "Selesai", "Diterima", "Dilimpahkan")


def _nik(rng: random.Random, serial: int) -> str:
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(40 * 365))
    day = born.day + (40 if rng.random() < 0.5 else 0)
    return f"130207{day:02d}{born.month:02d}{born.year % 100:02d}{serial % 9999 + 1:04d}"


def write_register(path: Path, rows: int, *, seed: int = 13, start_year: int = 2015) -> Path:
    """`rows` valid rows, numbered densely per kind and year from 1, dated across years from `start_year`
    (every date in the past); about one in five citizens comes back with the same NIK."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Register")
    ws.append(("REGISTER LAPORAN POLISI POLRES SOLOK",))
    ws.append(HEADERS)
    counters: dict[tuple[str, int], int] = {}
    niks: list[str] = []
    per_day = rows // (365 * 8) + 1
    day = date(start_year, 1, 1)
    for i in range(1, rows + 1):
        if i % per_day == 0:
            day += timedelta(days=1)
        prefix, category, article = rng.choice(_KINDS)
        key = (prefix, day.year)
        counters[key] = counters.get(key, 0) + 1
        middle = "B/" if prefix in ("LP", "DUMAS") else ""
        number = f"{prefix}/{middle}{counters[key]}/{_ROMAN[day.month - 1]}/{day.year}/{TAIL}"
        if niks and rng.random() < 0.2:
            nik = rng.choice(niks)
        else:
            nik = _nik(rng, i)
            niks.append(nik)
        kecamatan, nagari = rng.choice(_PLACES)
        status = rng.choice(_STATUS)
        note = "Propam" if status == "Dilimpahkan" else ""
        ws.append((i, day, number, rng.choice(_NAMES), nik, "Tidak dikenal", category, article, kecamatan,
                   nagari, f"Kejadian nomor {i}: barang milik pelapor hilang.", status, note))  # fmt: skip
    wb.save(path)
    return path
