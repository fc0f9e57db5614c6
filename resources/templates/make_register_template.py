"""Regenerates register_contoh.xlsx, a sample old report register in the layout `sentra import register`
reads (docs/register-import.md); run from anywhere, optionally with the target path."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from openpyxl import Workbook  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

from db.importing.register_words import FIELDS, LABELS, REQUIRED  # noqa: E402

_TAIL = "SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"
# Sample rows of a Polres Solok register (fictitious people; NIKs valid for Kabupaten Solok).
SAMPLE = (
    (1, date(2025, 3, 4), f"LP/B/12/III/2025/{_TAIL}", "Andi Saputra", "1302081505850001", "Tidak dikenal",
     "Curanmor R2", "Pasal 363 KUHP", "Gunung Talang", "Cupak",
     "Sepeda motor pelapor hilang di halaman rumah pada malam hari.", "Proses", ""),
    (2, date(2025, 3, 9), f"LP/B/15/III/2025/{_TAIL}", "Sri Wahyuni", "1302085505900002", "Sdr. R",
     "Penipuan", "Pasal 378 KUHP", "Gunung Talang", "Talang",
     "Pelapor mentransfer uang untuk pembelian barang yang tidak pernah dikirim.", "Selesai", "Damai"),
    (3, date(2025, 4, 2), f"DUMAS/B/3/IV/2025/{_TAIL}", "Yusri", "", "", "Lain-lain", "", "", "",
     "Pengaduan tentang lambatnya pelayanan di SPKT.", "Dilimpahkan", "Propam"),
    (4, date(2025, 4, 20), "", "Nofriadi", "", "", "Informasi", "", "", "",
     "Menanyakan syarat SKCK.", "", ""),
)  # fmt: skip
_NOTES = {
    "tanggal": "Tanggal lapor: tanggal Excel atau teks DD/MM/YYYY (wajib).",
    "nomor": "Nomor LP / Dumas / SKTLK apa adanya (kolom wajib; boleh kosong untuk informasi).",
    "pelapor": "Nama pelapor (wajib).",
    "nik": "16 angka, boleh kosong.",
    "kategori": "Nama kategori seperti di daftar kategori aplikasi, atau Informasi / Konsultasi.",
    "kecamatan": "Nama kecamatan di Kabupaten Solok.",
    "nagari": "Nama nagari di kecamatan itu.",
    "status": "Diterima, Proses, Dilimpahkan, Selesai, SP3, Ditolak ...",
}
_WIDTHS = {"no": 5, "tanggal": 12, "nomor": 48, "pelapor": 22, "nik": 19, "uraian": 60, "keterangan": 24}


def write_sample(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Register"
    for col, field in enumerate(FIELDS, start=1):
        cell = ws.cell(row=1, column=col, value=LABELS[field])
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="2A548C" if field in REQUIRED else "5B7DB1")
        cell.alignment = Alignment(horizontal="center")
        if field in _NOTES:
            cell.comment = Comment(_NOTES[field], "Sentra Desk")
        ws.column_dimensions[get_column_letter(col)].width = _WIDTHS.get(field, 16)
    for values in SAMPLE:
        ws.append(values)
        ws.cell(row=ws.max_row, column=FIELDS.index("tanggal") + 1).number_format = "dd/mm/yyyy"
        ws.cell(row=ws.max_row, column=FIELDS.index("nik") + 1).number_format = "@"
    ws.freeze_panes = "A2"
    wb.save(path)
    return path


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "register_contoh.xlsx"
    print(write_sample(target))
