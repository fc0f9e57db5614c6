"""Reading paper IKM questionnaires typed into an Excel sheet: the header, each row checked, its import key.

The layout is documented in docs/survey-import.md: one header row (names case- and space-insensitive), one
questionnaire per row. Each row's import key is the SHA-256 of its normalised values and of how many identical
rows came before it in the file, so identical questionnaires (common: "3 on every element") are distinct
respondents, and importing the same rows again (this file, a copy or a longer version) adds nothing twice.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from db.errors import SentraError, ValidationFailed
from db.importing.sheet_cells import cell_day, is_blank, iter_sheet_rows
from db.importing.sheet_cells import cell_text as _text
from db.rules.text_rules import strip_control_characters
from db.rules.timeutil import WIB
from db.services.survey import AGE_GROUPS, EDUCATION, SERVICES, SurveyInput, validate_survey

__all__ = [
    "COLUMNS",
    "ImportResult",
    "InvalidSurveyFile",
    "ParsedRow",
    "import_key",
    "iter_parsed",
    "normalise_header",
    "parse_sheet",
]

ANSWER_COLUMNS = tuple(f"u{i}" for i in range(1, 10))
# The columns in template order; "no" (the questionnaire's number) is optional and only part of the row's key.
COLUMNS = (
    "no",
    "tanggal",
    *ANSWER_COLUMNS,
    "jenis_kelamin",
    "kelompok_umur",
    "pendidikan",
    "pekerjaan",
    "layanan",
    "saran",
)
REQUIRED = ("tanggal", *ANSWER_COLUMNS)
_ALIASES = {"komentar": "saran", "saran_masukan": "saran", "no_kuesioner": "no", "nomor": "no"}
# How many rows from the top to look for the header in.
_HEADER_SEARCH = 10

_SEX = {"l": "L", "p": "P", "laki-laki": "L", "laki laki": "L", "lk": "L", "perempuan": "P", "pr": "P"}
_EDUCATION = {e.casefold(): e for e in EDUCATION} | {
    "tidak sekolah": "none",
    "tidak ada": "none",
    "-": "none",
    "sma/smk": "SMA",
    "smk": "SMA",
    "d1": "D1-D3",
    "d2": "D1-D3",
    "d3": "D1-D3",
    "d4": "D4-S1",
    "s1": "D4-S1",
    "s2": "S2+",
    "s3": "S2+",
}
_SERVICES = {s.casefold(): s for s in SERVICES} | {
    "lp": "LP_B",
    "lp/b": "LP_B",
    "laporan polisi": "LP_B",
    "pengaduan": "DUMAS",
    "kehilangan": "SKTLK",
    "informasi": "INFO",
    "konsultasi": "INFO",
    "lainnya": "other",
}
_OCCUPATIONS = {
    "pns": "civil_servant",
    "asn": "civil_servant",
    "pns/asn": "civil_servant",
    "tni/polri": "tni_polri",
    "tni": "tni_polri",
    "polri": "tni_polri",
    "swasta": "private",
    "pegawai swasta": "private",
    "wiraswasta": "self_employed",
    "petani": "farmer",
    "pelajar": "student",
    "mahasiswa": "student",
    "pelajar/mahasiswa": "student",
    "ibu rumah tangga": "homemaker",
    "irt": "homemaker",
    "lainnya": "other",
}
# The service's English field names, told in the sheet's own column names.
_FIELD_COLUMNS = {f"u{i}": f"U{i}" for i in range(1, 10)} | {
    "answers": "U1-U9",
    "sex": "jenis_kelamin",
    "age_group": "kelompok_umur",
    "education": "pendidikan",
    "occupation": "pekerjaan",
    "service": "layanan",
    "comment": "saran",
    "answered_at": "tanggal",
}


class InvalidSurveyFile(SentraError):
    """The file is not a readable .xlsx workbook or has no header row with tanggal and U1..U9."""


@dataclass(frozen=True, slots=True)
class ParsedRow:
    row: int  # the sheet's row number, as Excel shows it
    data: SurveyInput
    import_key: str


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: int  # rows written (or, in a dry run, that would be)
    duplicates: int  # rows already imported before (an identical row in the same file is another respondent)
    rejected: tuple[tuple[int, str], ...]  # (sheet row number, reason), in sheet order
    dry_run: bool = False
    cancelled: bool = False  # stopped between batches: `added` rows are in, importing again adds the rest


def normalise_header(name: object) -> str:
    """'  Jenis Kelamin ' -> 'jenis_kelamin'; 'Saran/Komentar' -> 'saran' (first recognised part)."""
    text = re.sub(r"[\s_]+", "_", str(name or "").strip().casefold())
    if text in _ALIASES:
        return _ALIASES[text]
    for part in re.split(r"[/()]", text):
        part = part.strip("_")
        if part in COLUMNS:
            return part
        if part in _ALIASES:
            return _ALIASES[part]
    return text


def _answer(value: object) -> int | str:
    """The answer 1-4, or the reason it is not one."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "missing"
    if isinstance(value, bool):
        return "must be 1, 2, 3 or 4"
    if isinstance(value, int | float) and float(value).is_integer():
        number = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    else:
        return f"must be 1, 2, 3 or 4, not {_text(value)!r}"
    return number if number in (1, 2, 3, 4) else f"must be 1, 2, 3 or 4, not {number}"


def _date(value: object) -> datetime | str:
    """The moment answered (WIB, midnight when only a date is given), or the reason it is not a date."""
    if is_blank(value):
        return "missing"
    moment = cell_day(value)
    return moment if moment is not None else f"not a date: {str(value).strip()!r} (use DD-MM-YYYY)"


def _age_group(value: object) -> str | None:
    """An age-group code; a plain age in years is put in its group."""
    text = _text(value).replace(" ", "").removesuffix("tahun")
    if text in AGE_GROUPS or not text:
        return text
    if text.isdigit():
        age = int(text)
        if age < 20:
            return "<20"
        if age >= 60:
            return "60+"
        decade = age // 10 * 10
        return f"{decade}-{decade + 9}"
    return None


def _pick(value: object, table: dict[str, str]) -> str | None:
    text = _text(value)
    return table.get(text.casefold()) if text else ""


def _row_input(cells: dict[str, Any]) -> tuple[SurveyInput | None, list[str]]:
    reasons: list[str] = []
    answers: list[int] = []
    for col in ANSWER_COLUMNS:
        answer = _answer(cells.get(col))
        if isinstance(answer, str):
            reasons.append(f"{col.upper()}: {answer}")
        else:
            answers.append(answer)
    answered_at = _date(cells.get("tanggal"))
    if isinstance(answered_at, str):
        reasons.append(f"tanggal: {answered_at}")
    sex = _pick(cells.get("jenis_kelamin"), _SEX)
    if sex is None:
        reasons.append(f"jenis_kelamin: must be L or P, not {_text(cells.get('jenis_kelamin'))!r}")
    age_group = _age_group(cells.get("kelompok_umur"))
    if age_group is None:
        reasons.append(f"kelompok_umur: unknown age group {_text(cells.get('kelompok_umur'))!r}")
    education = _pick(cells.get("pendidikan"), _EDUCATION)
    if education is None:
        reasons.append(f"pendidikan: unknown level {_text(cells.get('pendidikan'))!r}")
    service = _pick(cells.get("layanan"), _SERVICES)
    if service is None:
        reasons.append(f"layanan: unknown service {_text(cells.get('layanan'))!r}")
    if reasons:
        return None, reasons
    occupation = _text(cells.get("pekerjaan"))
    comment = strip_control_characters(str(cells.get("saran") or "")).strip()
    data = SurveyInput(
        answers=tuple(answers),
        sex=sex or "",
        age_group=age_group or "",
        education=education or "",
        occupation=_OCCUPATIONS.get(occupation.casefold(), occupation),
        service=service or "",
        comment=comment,
        answered_at=answered_at if isinstance(answered_at, datetime) else None,
    )
    try:
        validate_survey(data)
    except ValidationFailed as exc:
        return None, [f"{_FIELD_COLUMNS.get(k, k)}: {v}" for k, v in exc.field_errors.items()]
    return data, []


def import_key(data: SurveyInput, number: str = "", occurrence: int = 1) -> str:
    """SHA-256 of the row's normalised values (not the file's name), so the same row is recognised again.

    `occurrence` is n for the n-th row of identical content in the file: the first keeps the plain key (as
    files imported before this rule got), the n-th adds "#n", so n identical questionnaires are n respondents.
    """
    assert data.answered_at is not None
    values = [
        number,
        data.answered_at.astimezone(WIB).isoformat(),
        list(data.answers),
        data.sex,
        data.age_group,
        data.education,
        data.occupation.casefold(),
        data.service,
        " ".join(data.comment.split()),
    ]
    payload = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
    if occurrence > 1:
        payload += f"#{occurrence}"
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _rows(path: Path) -> Iterator[tuple[int, tuple[Any, ...]]]:
    # Only the first sheet with a header counts; the caller stops at the (0, ()) after it.
    return iter_sheet_rows(path, InvalidSurveyFile)


def iter_parsed(path: Path | str) -> Iterator[ParsedRow | tuple[int, str]]:
    """Each data row of the first sheet with a header row, in order: a ParsedRow, or (row number, reason)
    for a rejected one. Rows are read one at a time (a 200,000-row sheet is never held in memory)."""
    path = Path(path)
    header: dict[int, str] | None = None
    occurrences: dict[str, int] = {}
    for number, values in _rows(path):
        if number == 0:  # end of a sheet
            if header is not None:
                break
            continue
        if header is None:
            if number > _HEADER_SEARCH:
                continue
            names = {i: normalise_header(v) for i, v in enumerate(values) if v is not None}
            if all(name in names.values() for name in REQUIRED):
                header = {i: name for i, name in names.items() if name in COLUMNS}
            continue
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
            continue
        cells = {name: values[i] if i < len(values) else None for i, name in header.items()}
        data, reasons = _row_input(cells)
        if data is None:
            yield number, "; ".join(reasons)
        else:
            plain = import_key(data, _text(cells.get("no")))
            occurrences[plain] = nth = occurrences.get(plain, 0) + 1
            yield ParsedRow(number, data, import_key(data, _text(cells.get("no")), nth))
    if header is None:
        missing = ", ".join(c if c == "tanggal" else c.upper() for c in REQUIRED)
        raise InvalidSurveyFile(f"{path.name}: no header row with the columns {missing}")


def parse_sheet(path: Path | str) -> tuple[list[ParsedRow], list[tuple[int, str]]]:
    """The good rows and the rejected ones (row number, reason) of the first sheet with a header row."""
    good: list[ParsedRow] = []
    rejected: list[tuple[int, str]] = []
    for item in iter_parsed(path):
        if isinstance(item, ParsedRow):
            good.append(item)
        else:
            rejected.append(item)
    return good, rejected
