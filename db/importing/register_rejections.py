"""The rejection workbook of a register import: the rows refused ("Ditolak") and those imported before."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from db.importing.register_rows import Rejection


class ImportOutcome(Protocol):
    """What the rejection workbook needs of an import's result (register_import.RegisterImportResult)."""

    @property
    def rejected(self) -> Sequence[Rejection]: ...

    @property
    def skipped(self) -> Sequence[tuple[int, str]]: ...


__all__ = ["ALREADY_IMPORTED", "rejections_path", "write_rejections"]

ALREADY_IMPORTED = "sudah diimpor"


def rejections_path(source: Path | str) -> Path:
    """The default rejection workbook next to the register: 'register.xlsx' -> 'register-ditolak.xlsx'."""
    source = Path(source)
    return source.with_name(f"{source.stem}-ditolak.xlsx")


def write_rejections(result: ImportOutcome, out: Path | str) -> Path:
    """The workbook with sheet "Ditolak" (row, column, reason, value) and "Dilewati" (already imported)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Ditolak"
    done = wb.create_sheet("Dilewati")
    rejected = [(r.row, r.column, r.reason, r.value) for r in result.rejected]
    skipped = [(row, number, ALREADY_IMPORTED) for row, number in result.skipped]
    for sheet, head, rows, widths in (
        (ws, ("Baris", "Kolom", "Alasan", "Isi sel"), rejected, (8, 18, 60, 40)),
        (done, ("Baris", "Nomor LP", "Alasan"), skipped, (8, 60, 16)),
    ):
        for col, title in enumerate(head, start=1):
            sheet.cell(row=1, column=col, value=title).font = Font(bold=True)
        for r, values in enumerate(rows, start=2):
            for col, value in enumerate(values, start=1):
                cell = sheet.cell(row=r, column=col, value=value)
                if isinstance(value, str):
                    cell.data_type = "s"  # openpyxl makes "=..." a formula: the sheet shows what was typed
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCD", widths, strict=False):
            sheet.column_dimensions[letter].width = width
    out = Path(out)
    wb.save(out)
    return out
