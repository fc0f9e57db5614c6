"""The blank Excel sheet for typing in paper IKM questionnaires, as survey_import.py reads it."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from db.importing.survey_rows import COLUMNS
from db.rules.ikm import ANSWER_LABELS, ELEMENT_NAMES, ELEMENTS
from db.services.survey import AGE_GROUPS, EDUCATION, SERVICES

__all__ = ["DATA_ROWS", "write_template"]

# Rows prepared with validation lists; typing below them still imports, only without the drop-downs.
DATA_ROWS = 2000
_HEAD_FONT = Font(bold=True, color="FFFFFF")
_HEAD_FILL = PatternFill("solid", fgColor="2A548C")
_OCCUPATIONS = (
    "PNS/ASN",
    "TNI/Polri",
    "Pegawai swasta",
    "Wiraswasta",
    "Petani",
    "Pelajar/Mahasiswa",
    "Ibu rumah tangga",
    "Lainnya",
)
_HEADERS = {"tanggal": "tanggal", **{c.lower(): c for c in ELEMENTS}}
_NOTES = {
    "no": "Nomor kuesioner (boleh kosong). Dua kuesioner dengan isi sama tetapi nomor berbeda "
    "dihitung sebagai dua responden.",
    "tanggal": "Tanggal pengisian kuesioner, DD-MM-YYYY (wajib).",
    "jenis_kelamin": "L = laki-laki, P = perempuan (boleh kosong).",
    "kelompok_umur": "Pilih dari daftar, atau tulis umur dalam tahun (boleh kosong).",
    "pendidikan": "none = tidak sekolah; SD, SMP, SMA, D1-D3, D4-S1, S2+ (boleh kosong).",
    "pekerjaan": "Pilih dari daftar atau tulis sendiri (boleh kosong).",
    "layanan": "LP_B = laporan polisi, DUMAS = pengaduan, SKTLK = kehilangan, INFO = informasi, "
    "SKCK, other = lainnya (boleh kosong).",
    "saran": "Saran/masukan responden, ditulis apa adanya (boleh kosong).",
}
_WIDTHS = {"no": 8, "tanggal": 13, "pekerjaan": 20, "layanan": 10, "saran": 60}


def _list(values: tuple[str, ...], *, strict: bool = True) -> DataValidation:
    dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True)
    if strict:
        dv.error = "Pilih salah satu nilai dari daftar."
        dv.errorTitle = "Nilai tidak dikenal"
    else:
        dv.errorStyle = "information"  # a suggestion list: other text is allowed
    dv.showErrorMessage = True
    return dv


def _data_sheet(wb: Workbook) -> None:
    ws = wb.active
    assert ws is not None
    ws.title = "Data"
    for col, name in enumerate(COLUMNS, start=1):
        cell = ws.cell(row=1, column=col, value=_HEADERS.get(name, name))
        cell.font = _HEAD_FONT
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(horizontal="center")
        if name in _HEADERS and name != "tanggal":
            cell.comment = Comment(f"{ELEMENT_NAMES[ELEMENTS.index(name.upper())]}: 1-4", "Sentra Desk")
        elif name in _NOTES:
            cell.comment = Comment(_NOTES[name], "Sentra Desk")
        ws.column_dimensions[get_column_letter(col)].width = _WIDTHS.get(name, 14 if "_" in name else 6)
    ws.freeze_panes = "A2"
    last = DATA_ROWS + 1

    def column(name: str) -> str:
        letter = get_column_letter(COLUMNS.index(name) + 1)
        return f"{letter}2:{letter}{last}"

    answers = _list(("1", "2", "3", "4"))
    first, final = column("u1").split(":")[0], column("u9").split(":")[1]
    answers.add(f"{first}:{final}")
    dates = DataValidation(type="date", operator="greaterThan", formula1="36526", allow_blank=True)
    dates.error = "Tulis tanggal, misalnya 27-11-2026."
    dates.showErrorMessage = True
    dates.add(column("tanggal"))
    for validation, name in (
        (_list(("L", "P")), "jenis_kelamin"),
        (_list(AGE_GROUPS, strict=False), "kelompok_umur"),
        (_list(EDUCATION), "pendidikan"),
        (_list(_OCCUPATIONS, strict=False), "pekerjaan"),
        (_list(SERVICES), "layanan"),
    ):
        validation.add(column(name))
        ws.add_data_validation(validation)
    ws.add_data_validation(answers)
    ws.add_data_validation(dates)
    for row in range(2, last + 1):
        ws.cell(row=row, column=COLUMNS.index("tanggal") + 1).number_format = "DD-MM-YYYY"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}1"


def _instructions_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Petunjuk")
    lines = [
        ("PETUNJUK PENGISIAN SURVEI KEPUASAN MASYARAKAT (IKM)", ""),
        ("", ""),
        ("1.", "Ketik satu kuesioner kertas pada satu baris di lembar 'Data', mulai baris 2."),
        ("2.", "Jangan mengubah nama kolom di baris 1; urutan kolom boleh berubah."),
        ("3.", "Kolom tanggal dan U1 sampai U9 wajib diisi; kolom lain boleh kosong."),
        ("4.", "Jawaban U1-U9: 1 = tidak baik, 2 = kurang baik, 3 = baik, 4 = sangat baik."),
        ("5.", "Impor dengan perintah: sentra survey import NAMA_FILE.xlsx"),
        ("6.", "Baris yang salah dilaporkan dengan nomor baris dan alasannya; baris yang benar tetap masuk."),
        ("7.", "Mengimpor file yang sama lagi tidak menambah data dua kali."),
        ("", ""),
        ("Kode", "Unsur pelayanan (PermenPANRB No. 14 Tahun 2017)"),
        *((code, name) for code, name in zip(ELEMENTS, ELEMENT_NAMES, strict=True)),
        ("", ""),
        ("Nilai", "Arti"),
        *((str(k), v) for k, v in ANSWER_LABELS.items()),
        ("", ""),
        ("Kolom", "Isi"),
        *((name, _NOTES.get(name, "Jawaban 1-4 (wajib).")) for name in COLUMNS if name not in _HEADERS),
    ]
    for row, (a, b) in enumerate(lines, start=1):
        ws.cell(row=row, column=1, value=a)
        ws.cell(row=row, column=2, value=b).alignment = Alignment(wrap_text=True, vertical="top")
        if a in ("Kode", "Nilai", "Kolom") or row == 1:
            ws.cell(row=row, column=1).font = Font(bold=True)
            ws.cell(row=row, column=2).font = Font(bold=True)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 90


def write_template(out: Path | str | BinaryIO) -> None:
    """Write the blank questionnaire sheet ('Data') with its instructions ('Petunjuk') to out."""
    wb = Workbook()
    _data_sheet(wb)
    _instructions_sheet(wb)
    wb.properties.creator = "Sentra Desk"
    wb.properties.title = "Survei Kepuasan Masyarakat (IKM) - lembar isian"
    wb.save(out)
