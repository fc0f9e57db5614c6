"""Reading an old Excel report register: its header row, and each row checked into a report to import.

The rules are in docs/register-import.md. Nothing here touches the database: the caller passes what a row is
checked against (the station's number patterns, the categories), so a dry run and a real import agree.
"""

from __future__ import annotations

import json
import re
import tomllib
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from db.errors import InvalidNik, SentraError
from db.importing.register_words import (
    FIELDS,
    KIND_WORDS,
    LABELS,
    NIK_REASONS,
    NUMBER_KINDS,
    REQUIRED,
    STATUS_WORDS,
    SYNONYMS,
)
from db.importing.sheet_cells import cell_day, cell_text, header_words, is_blank, iter_sheet_rows
from db.rules.nik import check_nik
from db.rules.regions import Region, kecamatan_list, nagari_list
from db.rules.text_rules import DEFAULT_MAX_LENGTH, strip_control_characters
from db.rules.timeutil import WIB
from db.services.case_flow import MAX_UNIT
from db.services.report_input import MAX_LENGTHS

__all__ = [
    "FIELDS",
    "REQUIRED",
    "InvalidRegisterFile",
    "RegisterRow",
    "Rejection",
    "RowChecker",
    "find_header",
    "load_mapping",
]

# Row ids are uuid5 of the row's content in this namespace, so the same row always gets the same id.
ROW_NAMESPACE = uuid.UUID("6f1d7c52-3f0e-4d55-9a51-2b7a0c4e8d11")
_HEADER_SEARCH = 10
_EXCEL_EPOCH = date(1899, 12, 30)
# The forms' limits (db/services/report_input.py): a longer cell is a rejected row, never cut short. The
# number has no form (the station's pattern makes it) and keeps its column's size.
_LIMITS = {
    "pelapor": MAX_LENGTHS["citizen.name"],
    "nomor": 200,
    "pasal": MAX_LENGTHS["article"],
    "kategori": MAX_LENGTHS["offense"],
}
# Cells kept as typed (line breaks and all): the chronology, the reported party, the note (a closing reason,
# or the unit a forwarded report went to, whose form takes MAX_UNIT characters).
_RAW_LIMITS = {
    "uraian": MAX_LENGTHS["chronology"],
    "terlapor": MAX_LENGTHS["reported_party"],
    "keterangan": DEFAULT_MAX_LENGTH,
}


class InvalidRegisterFile(SentraError):
    """The register or its mapping file cannot be read: not .xlsx, or a required column is missing."""


@dataclass(frozen=True, slots=True)
class Rejection:
    row: int  # the sheet's row number, as Excel shows it
    column: str  # the column's header as written in the file ("" for the whole row)
    reason: str  # in Indonesian, for the station
    value: str = ""


@dataclass(frozen=True, slots=True)
class RegisterRow:
    row: int
    id: str  # uuid5 of the content: the report's id
    kind: str
    number: str | None
    number_year: int | None
    number_seq: int | None
    received_at: datetime  # aware, WIB
    name: str
    nik: str
    reported_party: str
    category_id: str | None
    offense: str
    article: str
    kecamatan_code: str
    nagari_code: str
    chronology: str
    status: str
    note: str


def load_mapping(path: Path | str) -> dict[str, str]:
    """A mapping file (.json or .toml: header text = field) as {header_words: field}."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
        raw = tomllib.loads(text) if path.suffix.lower() == ".toml" else json.loads(text)
    except (OSError, ValueError) as exc:
        raise InvalidRegisterFile(f"cannot read the mapping file {path.name}: {exc}") from exc
    if isinstance(raw, dict) and isinstance(raw.get("columns"), dict):
        raw = raw["columns"]
    if not isinstance(raw, dict):
        raise InvalidRegisterFile(f"{path.name}: the mapping must be an object of header text -> field")
    mapping: dict[str, str] = {}
    for header, field in raw.items():
        name = str(field).strip().casefold()
        if name not in FIELDS:
            raise InvalidRegisterFile(
                f"{path.name}: {header!r} maps to unknown field {field!r}; fields: {', '.join(FIELDS)}"
            )
        mapping[header_words(header)] = name
    return mapping


def _field(header: object, mapping: dict[str, str]) -> str | None:
    words = header_words(header)
    return mapping.get(words) or SYNONYMS.get(words)


def find_header(
    path: Path, mapping: dict[str, str] | None = None
) -> tuple[int, dict[int, str], dict[int, str], list[str]]:
    """(header row number, column index -> field, column index -> header text, unknown headers)."""
    mapping = mapping or {}
    best: tuple[int, set[str]] = (0, set())
    for number, values in iter_sheet_rows(path, InvalidRegisterFile):
        if number == 0:
            break  # only the first sheet is a register
        if number > _HEADER_SEARCH:
            break
        fields: dict[int, str] = {}
        texts: dict[int, str] = {}
        unknown: list[str] = []
        for i, value in enumerate(values):
            if is_blank(value):
                continue
            field = _field(value, mapping)
            if field is None or field in fields.values():
                unknown.append(cell_text(value))
            else:
                fields[i], texts[i] = field, cell_text(value)
        if all(f in fields.values() for f in REQUIRED):
            return number, fields, texts, unknown
        if len(fields) > len(best[1]):
            best = (number, set(fields.values()))
    missing = ", ".join(LABELS[f] for f in REQUIRED if f not in best[1])
    where = f" (best match: row {best[0]})" if best[0] else ""
    raise InvalidRegisterFile(
        f"{path.name}: no header row with the required columns; missing {missing}{where}. "
        "Rename the columns or give a mapping file (docs/register-import.md)."
    )


def _raw(value: object) -> str:
    """A text cell as typed (line breaks kept, ends trimmed); never evaluated."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    # Word's soft line break (0x0B) and other control characters pasted into a cell would break every
    # Excel export of the report: they go (soft breaks become line breaks).
    return strip_control_characters(str(value)).strip()


def _key(text: str) -> str:
    return " ".join(text.split()).upper()


def _number_regex(pattern: str) -> re.Pattern[str]:
    parts = re.split(r"(\{n\}|\{month\}|\{year\})", " ".join(pattern.split()))
    groups = {"{n}": r"(?P<n>\d+)", "{month}": r"(?P<month>[IVX]+)", "{year}": r"(?P<year>\d{4})"}
    return re.compile("^" + "".join(groups.get(p, re.escape(p.upper())) for p in parts) + "$")


class RowChecker:
    """Checks rows against the station's number patterns and categories; remembers numbers and ids seen."""

    def __init__(self, *, patterns: dict[str, str], categories: dict[str, str], now: datetime):
        self._patterns = {kind: _number_regex(p) for kind, p in patterns.items()}
        self._categories = _category_keys(categories)
        self._now = now
        self._numbers: dict[str, int] = {}
        self._ids: dict[str, int] = {}

    def check(
        self, row: int, cells: dict[str, Any], headers: dict[str, str]
    ) -> RegisterRow | list[Rejection]:
        bad: list[Rejection] = []

        def reject(field: str, reason: str) -> None:
            bad.append(Rejection(row, headers.get(field, LABELS[field]), reason, cell_text(cells.get(field))))

        text = {f: cell_text(cells.get(f)) for f in FIELDS}
        for field, limit in _LIMITS.items():
            if len(text[field]) > limit:
                reject(field, f"terlalu panjang (paling banyak {limit} karakter)")
        received_at = _received_at(cells.get("tanggal"))
        if isinstance(received_at, str):
            reject("tanggal", received_at)
        elif received_at > self._now:
            reject("tanggal", "tanggal di masa depan")
        if not text["pelapor"]:
            reject("pelapor", "nama pelapor wajib diisi")
        nik = text["nik"].replace(" ", "").replace(".", "")
        if nik:
            try:
                check_nik(nik, today=self._now.astimezone(WIB).date())
            except InvalidNik as exc:
                reject("nik", NIK_REASONS.get(exc.message, "NIK tidak sah"))
        kind, number, year, seq = self._number(text["nomor"], text["kategori"], reject)
        category_id = self._category(text["kategori"], reject)
        kecamatan, nagari = _places(text["kecamatan"], text["nagari"], reject)
        status = STATUS_WORDS.get(header_words(text["status"]))
        if status is None:
            reject("status", "status tidak dikenal (pakai misalnya Proses, Selesai, Dilimpahkan, SP3)")
        raw = {f: _raw(cells.get(f)) for f in _RAW_LIMITS}
        for field, limit in _RAW_LIMITS.items():
            if len(raw[field]) > limit:
                reject(field, f"terlalu panjang (paling banyak {limit} karakter)")
        if status == "forwarded" and len(raw["keterangan"]) > MAX_UNIT:
            reject("keterangan", f"nama unit tujuan terlalu panjang (paling banyak {MAX_UNIT} karakter)")
        chronology = raw["uraian"]
        if kind in ("LP_B", "DUMAS", "SKTLK") and not chronology:
            reject("uraian", "uraian wajib diisi untuk LP, Dumas dan SKTLK")
        if bad or isinstance(received_at, str) or kind is None or status is None:
            return bad
        key = [kind, _key(number or ""), received_at.isoformat(), text["pelapor"].casefold(), nik]
        key += [text["kategori"].casefold(), kecamatan, nagari, " ".join(chronology.split()).casefold()]
        key += [" ".join(text["terlapor"].split()).casefold(), text["pasal"].casefold()]
        row_id = str(uuid.uuid5(ROW_NAMESPACE, json.dumps(key, ensure_ascii=False)))
        if number is not None:
            first = self._numbers.setdefault(_key(number), row)
            if first != row:
                return [Rejection(row, headers["nomor"], f"nomor ganda: sudah ada di baris {first}", number)]
        first = self._ids.setdefault(row_id, row)
        if first != row:
            return [Rejection(row, "", f"baris ganda: isinya sama dengan baris {first}")]
        return RegisterRow(
            row=row,
            id=row_id,
            kind=kind,
            number=number,
            number_year=year,
            number_seq=seq,
            received_at=received_at,
            name=text["pelapor"],
            nik=nik,
            reported_party=raw["terlapor"],
            category_id=category_id,
            offense=text["kategori"],
            article=text["pasal"],
            kecamatan_code=kecamatan,
            nagari_code=nagari,
            chronology=chronology,
            status=status,
            note=raw["keterangan"],
        )

    def _number(
        self, number: str, jenis: str, reject: Any
    ) -> tuple[str | None, str | None, int | None, int | None]:
        if not number:
            words = header_words(jenis)
            if any(w in words for w, k in KIND_WORDS if k != "INFO"):
                reject("nomor", "nomor wajib diisi untuk LP, Dumas dan SKTLK")
                return None, None, None, None
            return "INFO", None, None, None
        upper = _key(number)
        kind: str | None = next((k for prefix, k in NUMBER_KINDS if upper.startswith(prefix)), "?")
        if kind is None:
            reject("nomor", "LP model A tidak diimpor (hanya LP model B, Dumas, SKTLK)")
            return None, None, None, None
        if kind == "?":
            reject("nomor", "nomor tidak dikenali: harus diawali LP, DUMAS atau SKTLK")
            return None, None, None, None
        match = self._patterns[kind].match(upper) if kind in self._patterns else None
        if match is None:
            return kind, number, None, None
        return kind, number, int(match.group("year")), int(match.group("n"))

    def _category(self, text: str, reject: Any) -> str | None:
        if not text:
            return None
        key = header_words(text)
        if key in self._categories:
            return self._categories[key]
        if any(w in key for w, _ in KIND_WORDS):
            return None  # the column names the kind of business, not a crime category
        reject("kategori", "kategori tidak dikenal (lihat daftar kategori di Pengaturan)")
        return None


def _category_keys(categories: dict[str, str]) -> dict[str, str]:
    """Name -> id, matched by the full name, the name before '(' and a first word no other name shares."""
    keys: dict[str, str] = {}
    firsts: dict[str, list[str]] = {}
    for name, cat_id in categories.items():
        full = header_words(name)
        keys.setdefault(full, cat_id)
        keys.setdefault(header_words(name.split("(")[0]), cat_id)
        if full:
            firsts.setdefault(full.split()[0], []).append(cat_id)
    for word, ids in firsts.items():
        if len(ids) == 1:
            keys.setdefault(word, ids[0])
    return keys


def _received_at(value: object) -> datetime | str:
    if is_blank(value):
        return "tanggal wajib diisi"
    if isinstance(value, int | float) and not isinstance(value, bool) and 1 <= value < 2958466:
        serial = _EXCEL_EPOCH + timedelta(days=float(value))  # an Excel date serial left unformatted
        return datetime.combine(serial, time.min, tzinfo=WIB)
    moment = cell_day(value)
    if moment is None:
        return "bukan tanggal (pakai DD/MM/YYYY)"
    return moment


@cache
def _region_keys(regions: tuple[Region, ...]) -> dict[str, str]:
    keys = {header_words(r.name): r.code for r in regions}
    keys |= {r.code: r.code for r in regions}
    return keys


def _places(kecamatan: str, nagari: str, reject: Any) -> tuple[str, str]:
    """The kecamatan and nagari codes named (case-insensitively) in the row, or rejections."""
    kec_code = ""
    if kecamatan:
        words = (
            re.sub(r"^(kec|kecamatan) ", "", header_words(kecamatan)) if "." not in kecamatan else kecamatan
        )
        kec_code = _region_keys(kecamatan_list()).get(words, "")
        if not kec_code:
            reject("kecamatan", "kecamatan tidak dikenal di kabupaten ini")
            return "", ""
    if not nagari:
        return kec_code, ""
    words = nagari if "." in nagari else re.sub(r"^(nagari|desa) ", "", header_words(nagari))
    if kec_code:
        code = _region_keys(nagari_list(kec_code)).get(words, "")
        if not code:
            reject("nagari", "nagari tidak ada di kecamatan ini")
        return kec_code, code
    found = [(k.code, c) for k in kecamatan_list() if (c := _region_keys(nagari_list(k.code)).get(words, ""))]
    if len(found) == 1:
        return found[0]
    if found:
        reject("nagari", "nama nagari ada di beberapa kecamatan: isi kolom Kecamatan")
    else:
        reject("nagari", "nagari tidak dikenal di kabupaten ini")
    return "", ""
