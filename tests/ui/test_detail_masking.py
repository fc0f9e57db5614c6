"""NIK and phone masked in the report pane for roles that do not need them; revealing them is audited."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import select

from db.models import AuditEntry
from db.services.officers import OfficerInput, create_officer
from db.services.personal_data import mask_nik, mask_phone
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import get_report, register_report
from ui.reports.detail_view import ReportDetail

NIK, PHONE = "1302014508900001", "081234567890"


def _report(session_factory, officer_id):
    view = register_report(
        session_factory,
        officer_id=officer_id,
        data=ReportInput(
            kind="LP_B",
            citizen=CitizenInput(name="Siti Rahmah", nik=NIK, phone=PHONE),
            offense="Curanmor R2",
            chronology="Motor hilang",
        ),
    )
    return get_report(session_factory, view.id)


def test_masks():
    assert mask_nik(NIK) == "1302••••••••0001"
    assert mask_phone(PHONE) == "0812•••••890"
    assert mask_nik("") == "" and mask_phone("123") == "•••"


def test_admin_sees_them_masked_until_revealed_and_the_look_is_audited(qtbot, ctx, session_factory):
    report = _report(session_factory, ctx.officer.id)
    pane = ReportDetail(ctx)
    qtbot.addWidget(pane)
    pane.show_report(report)
    text = pane.body.toPlainText()
    assert NIK not in text and PHONE not in text and "1302••••••••0001" in text
    assert pane.reveal_button.isVisibleTo(pane)
    pane.reveal()
    text = pane.body.toPlainText()
    assert NIK in text and PHONE in text and not pane.reveal_button.isVisibleTo(pane)
    with session_factory() as s:
        looks = s.scalars(select(AuditEntry).where(AuditEntry.action == "reveal_contact")).all()
    assert [(e.officer_id, e.entity_id) for e in looks] == [(ctx.officer.id, report.id)]


def test_the_desk_officer_sees_them_in_full(qtbot, ctx, session_factory):
    officer = create_officer(
        session_factory,
        data=OfficerInput(name="Yoga", nrp="95060299", rank="BRIPDA", password="petugas-rahasia-1"),
        by_officer_id=ctx.officer.id,
    )
    report = _report(session_factory, officer.id)
    pane = ReportDetail(dataclasses.replace(ctx, officer=officer))
    qtbot.addWidget(pane)
    pane.show_report(report)
    assert NIK in pane.body.toPlainText() and not pane.reveal_button.isVisibleTo(pane)


@pytest.mark.usefixtures("indonesian")
def test_the_window_with_a_masked_report_fits_a_counter_screen(qtbot, ctx, session_factory):
    """The reveal button once sat beside the other four and pushed the window past 1366 pixels."""
    from desktop.app import make_main_window

    report = _report(session_factory, ctx.officer.id)
    window = make_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    window.load_report(report.id)
    assert window.detail.reveal_button.isVisibleTo(window)
    assert window.minimumSizeHint().width() <= 1366
