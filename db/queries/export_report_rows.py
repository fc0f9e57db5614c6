"""The reports workbook's report sheets, streamed for a WIB period: Laporan and Riwayat Status.

Without `include_personal` the reporter's name, NIK, phone and address, the incident address, the
chronology, the reported party, the witnesses and status-change notes are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models.people import Citizen, Officer
from db.models.report import Category, LostItem, Report, StatusChange
from db.queries.export_common import WIB_OFFSET, YIELD_PER, C, in_period, period_bounds, region
from db.rules.code_labels import code_label
from db.views import XlsxExportColumn

# --- Laporan ---------------------------------------------------------------------------------------------

REPORT_COLUMNS = (
    C("No. Laporan", "text", 44),
    C("Jenis", "text", 20),
    C("Saluran", "text", 14),
    C("Diterima (WIB)", "datetime", 17),
    C("Kategori", "text", 22),
    C("Perkara", "text", 30),
    C("Waktu Kejadian (WIB)", "datetime", 17),
    C("Kecamatan", "text", 18),
    C("Nagari", "text", 20),
    C("Status", "text", 12),
    C("Petugas Penerima", "text", 22),
    C("Petugas Penangan", "text", 22),
    C("Kesulitan", "text", 10),
    C("Diteruskan ke", "text", 16),
    C("Kerugian (Rp)", "int", 14),
    C("Barang Hilang", "int", 9),
    C("Batal", "text", 7),
    C("Alasan Batal", "text", 24),
)
REPORT_PERSONAL_COLUMNS = (
    C("Nama Pelapor", "text", 24),
    C("NIK Pelapor", "text", 18),
    C("Telepon", "text", 15),
    C("Alamat Pelapor", "text", 34),
    C("Alamat Kejadian", "text", 34),
    C("Kronologi", "text", 60),
    C("Terlapor", "text", 30),
    C("Saksi", "text", 30),
)


# The codes behind the words, last, for programs that read the sheet.
REPORT_CODE_COLUMNS = (
    C("Kode Jenis", "text", 8),
    C("Kode Saluran", "text", 10),
    C("Kode Status", "text", 10),
)


def report_columns(include_personal: bool) -> tuple[XlsxExportColumn, ...]:
    return REPORT_COLUMNS + (REPORT_PERSONAL_COLUMNS if include_personal else ()) + REPORT_CODE_COLUMNS


def report_rows(
    s: Session, *, date_from: date, date_to: date, include_personal: bool
) -> Iterator[tuple[object, ...]]:
    """The reports received in the period (void ones included, marked), oldest first."""
    lo, hi = period_bounds(date_from, date_to)
    receiver = aliased(Officer)
    handler = aliased(Officer)
    items = (
        select(LostItem.report_id, func.sum(LostItem.quantity).label("n"))
        .where(LostItem.deleted_at.is_(None))
        .group_by(LostItem.report_id)
        .subquery()
    )
    cols = [
        Report.number,
        Report.kind,
        Report.channel,
        Report.received_at,
        Category.name,
        Report.offense,
        Report.incident_at,
        Report.incident_kecamatan_code,
        Report.incident_nagari_code,
        Report.status,
        receiver.name,
        handler.name,
        Report.difficulty,
        Report.forwarded_to,
        Report.estimated_loss,
        items.c.n,
        Report.voided_at,
        Report.void_reason,
    ]
    if include_personal:
        cols += [
            Citizen.name,
            Citizen.nik,
            Citizen.phone,
            Citizen.address,
            Report.incident_address,
            Report.chronology,
            Report.reported_party,
            Report.witnesses,
        ]
    stmt = (
        select(*cols)
        .join(receiver, receiver.id == Report.receiving_officer_id)
        .outerjoin(handler, handler.id == Report.assigned_officer_id)
        .outerjoin(Category, Category.id == Report.category_id)
        .outerjoin(items, items.c.report_id == Report.id)
    )
    if include_personal:
        stmt = stmt.join(Citizen, Citizen.id == Report.citizen_id)
    stmt = in_period(stmt, Report.received_at, lo, hi).order_by(Report.received_at, Report.id)
    off = WIB_OFFSET
    region_of = region
    label = code_label
    for r in s.execute(stmt.execution_options(yield_per=YIELD_PER)):
        incident = r[6]
        row: tuple[object, ...] = (
            r[0] or "",
            label("kind", r[1]),
            label("channel", r[2]),
            r[3].replace(tzinfo=None) + off,
            r[4] or "",
            r[5],
            None if incident is None else incident.replace(tzinfo=None) + off,
            region_of(r[7]),
            region_of(r[8]),
            label("status", r[9]),
            r[10],
            r[11] or "",
            label("difficulty", r[12]),
            r[13],
            r[14],
            r[15] or 0,
            "Ya" if r[16] is not None else "",
            r[17],
        )
        if include_personal:
            row += (r[18], r[19] or "", r[20], r[21], r[22], r[23], r[24], r[25])
        yield (*row, r[1], r[2], r[9])


# --- Riwayat Status --------------------------------------------------------------------------------------

STATUS_COLUMNS = (
    C("No. Laporan", "text", 44),
    C("Jenis", "text", 8),
    C("Waktu (WIB)", "datetime", 17),
    C("Dari", "text", 12),
    C("Menjadi", "text", 12),
    C("Petugas", "text", 22),
)
STATUS_PERSONAL_COLUMNS = (C("Catatan", "text", 40),)


STATUS_CODE_COLUMNS = (C("Kode Dari", "text", 10), C("Kode Menjadi", "text", 10))


def status_columns(include_personal: bool) -> tuple[XlsxExportColumn, ...]:
    return STATUS_COLUMNS + (STATUS_PERSONAL_COLUMNS if include_personal else ()) + STATUS_CODE_COLUMNS


def status_rows(
    s: Session, *, date_from: date, date_to: date, include_personal: bool
) -> Iterator[tuple[object, ...]]:
    """The status changes made in the period (of any report, also older ones), oldest first."""
    lo, hi = period_bounds(date_from, date_to)
    cols = [
        Report.number,
        Report.kind,
        StatusChange.changed_at,
        StatusChange.from_status,
        StatusChange.to_status,
        Officer.name,
    ]
    if include_personal:
        cols.append(StatusChange.note)
    stmt = (
        select(*cols)
        .join(Report, Report.id == StatusChange.report_id)
        .join(Officer, Officer.id == StatusChange.officer_id)
    )
    stmt = in_period(stmt, StatusChange.changed_at, lo, hi).order_by(StatusChange.changed_at, StatusChange.id)
    off = WIB_OFFSET
    for r in s.execute(stmt.execution_options(yield_per=YIELD_PER)):
        row = (
            r[0] or "",
            code_label("kind", r[1]),
            r[2].replace(tzinfo=None) + off,
            code_label("status", r[3]),
            code_label("status", r[4]),
            r[5],
        )
        yield (*row, *((r[6],) if include_personal else ()), r[3], r[4])
