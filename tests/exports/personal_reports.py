"""Reports full of one citizen's personal values, to prove that public outputs never show any of them."""

from __future__ import annotations

from datetime import UTC, datetime

PERSONAL = {
    "name": "Zulkarnaen Batubara",
    "nik": "1302081507900001",
    "phone": "081277123456",
    "address": "Jorong Kapalo Koto Nomor Tujuhbelas",
    "chronology": "Dicongkel memakai obeng kembang",
    "reported": "Pria bertato naga merah",
    "witness": "Sitompul Marlina",
    "item": "Kalung emas antik",
    "offense": "Penadahan kerbau bertanduk emas",
}

# Inside November 2026, the month the tests report on.
RECEIVED = datetime(2026, 11, 10, 3, tzinfo=UTC)


def register_personal_reports(
    session_factory, officer_id: str, kinds: tuple[str, ...], *, offense: str, category_id: str | None = None
) -> None:
    """One report per kind, all in Bukit Sundi; the LP_B ones in `category_id`, the SKTLK ones with a
    lost item."""
    from db.services.report_input import CitizenInput, LostItemInput, ReportInput
    from db.services.reports import register_report

    citizen = CitizenInput(
        name=PERSONAL["name"], nik=PERSONAL["nik"], phone=PERSONAL["phone"], address=PERSONAL["address"]
    )
    for kind in kinds:
        data = ReportInput(
            kind=kind,
            citizen=citizen,
            offense=offense,
            category_id=category_id if kind == "LP_B" else None,
            chronology=PERSONAL["chronology"],
            reported_party=PERSONAL["reported"],
            witnesses=PERSONAL["witness"],
            incident_kecamatan_code="13.02.08",
            incident_address=PERSONAL["address"],
            lost_items=(LostItemInput(item=PERSONAL["item"]),) if kind == "SKTLK" else (),
        )
        register_report(session_factory, data=data, officer_id=officer_id, now=RECEIVED)
