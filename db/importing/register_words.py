"""The words of an old report register: its column headers, status words and number prefixes (Indonesian)."""

from __future__ import annotations

from db.importing.sheet_cells import header_words

# The fields a register column can fill, in the template's order.
FIELDS = (
    "no",
    "tanggal",
    "nomor",
    "pelapor",
    "nik",
    "terlapor",
    "kategori",
    "pasal",
    "kecamatan",
    "nagari",
    "uraian",
    "status",
    "keterangan",
)
# Without these a register cannot be read; every other column may be missing.
REQUIRED = ("tanggal", "nomor", "pelapor")
# How each field is named in messages and in the template.
LABELS = {
    "no": "No",
    "tanggal": "Tanggal",
    "nomor": "Nomor LP",
    "pelapor": "Pelapor",
    "nik": "NIK",
    "terlapor": "Terlapor",
    "kategori": "Jenis / Kategori",
    "pasal": "Pasal",
    "kecamatan": "Kecamatan",
    "nagari": "Nagari",
    "uraian": "Uraian",
    "status": "Status",
    "keterangan": "Keterangan",
}
# Header texts as header_words() leaves them.
SYNONYMS = {
    **{header_words(label): field for field, label in LABELS.items()},
    "no urut": "no",
    "nomor urut": "no",
    "tgl": "tanggal",
    "tgl lapor": "tanggal",
    "tanggal lapor": "tanggal",
    "tanggal laporan": "tanggal",
    "tanggal diterima": "tanggal",
    "nomor": "nomor",
    "no lp": "nomor",
    "nomor laporan": "nomor",
    "no laporan": "nomor",
    "nomor laporan polisi": "nomor",
    "no laporan polisi": "nomor",
    "no register": "nomor",
    "nama pelapor": "pelapor",
    "nama": "pelapor",
    "nik pelapor": "nik",
    "no ktp": "nik",
    "nomor ktp": "nik",
    "nama terlapor": "terlapor",
    "jenis": "kategori",
    "kategori": "kategori",
    "jenis kejadian": "kategori",
    "jenis perkara": "kategori",
    "jenis laporan": "kategori",
    "tindak pidana": "kategori",
    "pasal yang dilanggar": "pasal",
    "kec": "kecamatan",
    "desa": "nagari",
    "nagari desa": "nagari",
    "kelurahan": "nagari",
    "uraian singkat": "uraian",
    "uraian kejadian": "uraian",
    "kronologi": "uraian",
    "status perkara": "status",
    "perkembangan": "status",
    "ket": "keterangan",
}
# Indonesian status words (header_words form) -> the app's statuses (db/services/case_flow.py).
STATUS_WORDS = {
    "": "received",
    "diterima": "received",
    "baru": "received",
    "lapor": "received",
    "proses": "in_progress",
    "dalam proses": "in_progress",
    "diproses": "in_progress",
    "lidik": "in_progress",
    "sidik": "in_progress",
    "penyelidikan": "in_progress",
    "penyidikan": "in_progress",
    "dilimpahkan": "forwarded",
    "limpah": "forwarded",
    "diteruskan": "forwarded",
    "selesai": "closed",
    "tuntas": "closed",
    "p21": "closed",
    "p 21": "closed",
    "damai": "closed",
    "rj": "closed",
    "restorative justice": "closed",
    "dihentikan": "stopped",
    "henti": "stopped",
    "sp3": "stopped",
    "sp2lid": "stopped",
    "ditolak": "rejected",
    "tolak": "rejected",
}
# A number's first part -> the report kind (DOMAIN.md numbering).
NUMBER_KINDS = (("LP/A", None), ("LP", "LP_B"), ("DUMAS", "DUMAS"), ("SKTLK", "SKTLK"))
# Words of the Jenis column that tell the kind of an unnumbered row.
KIND_WORDS = (
    ("kehilangan", "SKTLK"),
    ("pengaduan", "DUMAS"),
    ("dumas", "DUMAS"),
    ("laporan polisi", "LP_B"),
    ("informasi", "INFO"),
    ("konsultasi", "INFO"),
)
NIK_REASONS = {
    "NIK must be exactly 16 digits.": "NIK harus tepat 16 angka",
    "The NIK's region code (digits 1-4) is unknown.": "kode wilayah NIK (angka 1-4) tidak dikenal",
    "The NIK's birth date (digits 7-12) is not a real date.": "tanggal lahir pada NIK (angka 7-12) tidak sah",
    "The NIK's serial number (last 4 digits) cannot be 0000.": "nomor urut NIK tidak boleh 0000",
    "The NIK's kabupaten/kota code (digits 3-4) is unknown.": "kode kabupaten NIK (angka 3-4) tidak dikenal",
    "The NIK's birth date is in the future.": "tanggal lahir pada NIK di masa depan",
}
