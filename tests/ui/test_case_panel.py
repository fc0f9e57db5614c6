"""The case panel driven as a user would: status through the dialog, void as admin, buttons by role."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from db.models import Report
from db.services.case_flow import case_state
from db.services.holidays import list_holidays
from db.services.officers import OfficerInput, create_officer
from ui.admin.holidays_dialog import HolidaysDialog
from ui.cases.case_panel import CasePanel


@pytest.fixture
def officer(session_factory, station):
    data = OfficerInput(name="Dedi Kurniawan", nrp="90020456", rank="BRIPTU", password="sandi-rahasia-9")
    return create_officer(session_factory, data=data, by_officer_id=station[1].id)


def _report(add_report, officer_id: str, kind: str = "LP_B") -> str:
    return add_report(
        kind=kind, name="Siti Rahmah", offense="Curanmor R2", chronology="Motor hilang", officer_id=officer_id
    ).id


def _panel(qtbot, ctx, report_id: str) -> CasePanel:
    panel = CasePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(report_id)
    qtbot.waitUntil(lambda: panel.state is not None)
    return panel


def test_officer_forwards_through_the_dialog_but_cannot_close_or_void(
    qtbot, session_factory, station, make_ctx, add_report, officer, warnings
):
    ctx = make_ctx(officer)
    report_id = _report(add_report, officer.id)
    panel = _panel(qtbot, ctx, report_id)
    assert panel.status_button.isEnabled() and panel.assign_button.isEnabled()
    assert panel.assign_button.text() == "Take this report"
    assert not panel.void_button.isEnabled()
    qtbot.mouseClick(panel.status_button, Qt.MouseButton.LeftButton)
    dialog = panel.status_dialog
    assert dialog is not None and dialog.isVisible()
    offered = [dialog.status_combo.itemData(i) for i in range(dialog.status_combo.count())]
    assert offered == ["in_progress", "forwarded"]  # no "rejected" for an officer
    dialog.select_status("forwarded")
    assert dialog.unit_combo.isVisible() and not dialog.reason_edit.isVisible()
    # No unit: the message shows next to the field and nothing is saved.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("forwarded_to") == "Choose the unit the report goes to."
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.unit_combo.lineEdit(), "Satreskrim")
    qtbot.keyClicks(dialog.note_edit, "Tindak pidana pencurian")
    with qtbot.waitSignal(ctx.runner.data_changed) as changed:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["report", [report_id]]
    qtbot.waitUntil(lambda: panel.state.status == "forwarded")
    assert "Satreskrim" in panel.status_value.text()
    assert panel.status_dialog is None or not panel.status_dialog.isVisible()
    offered_now = case_state(session_factory, report_id, officer_id=officer.id).allowed_next
    assert offered_now == ("in_progress",)
    # Taking the report.
    qtbot.mouseClick(panel.assign_button, Qt.MouseButton.LeftButton)
    assert panel.state.assigned_officer_name == "Dedi Kurniawan"
    assert panel.assign_button.text() == "Assign…" and not panel.assign_button.isEnabled()
    assert warnings == []


def test_admin_closes_with_reason_and_voids(qtbot, session_factory, station, make_ctx, add_report, warnings):
    admin = station[1]
    ctx = make_ctx(admin)
    report_id = _report(add_report, admin.id, kind="DUMAS")
    panel = _panel(qtbot, ctx, report_id)
    assert "SP3D due" in panel.deadline_value.text() or panel.deadline_value.text() == "none"
    dialog = panel.open_status_dialog()
    dialog.select_status("rejected")
    assert dialog.reason_edit.isVisible() and dialog.outcome_combo.isVisible()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.text("reason") == "Give the reason."
    qtbot.keyClicks(dialog.reason_edit, "Bukan kewenangan Polri")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.state.status == "rejected")
    assert panel.deadline_value.text() == "none"

    assert panel.void_button.isEnabled()
    qtbot.mouseClick(panel.void_button, Qt.MouseButton.LeftButton)
    void = panel.reason_dialog
    # No reason: refused, said under the field, the dialog stays open (no warning box).
    qtbot.mouseClick(void.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert void.errors.text("reason") == "Give the reason." and void.isVisible()
    assert not panel.state.voided
    qtbot.keyClicks(void.edit, "Laporan ganda")
    with qtbot.waitSignal(ctx.runner.data_changed):
        qtbot.mouseClick(void.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert panel.state.voided and panel.void_banner.isVisible()
    assert "Laporan ganda" in panel.void_banner.text()
    for b in (panel.status_button, panel.assign_button, panel.pause_button, panel.void_button):
        assert not b.isEnabled()
    with session_factory() as s:
        assert s.get(Report, report_id).void_reason == "Laporan ganda"
    assert warnings == []


def test_pause_and_difficulty_from_the_panel(qtbot, session_factory, station, make_ctx, add_report, warnings):
    admin = station[1]
    ctx = make_ctx(admin)
    report_id = _report(add_report, admin.id)
    with session_factory.begin() as s:
        from db.queries.deadlines import recompute_deadline

        recompute_deadline(s, s.get(Report, report_id))
    panel = _panel(qtbot, ctx, report_id)
    # SP2HP counts calendar days (the first letter within 3 days of the report).
    assert "days left" in panel.deadline_value.text() and "working" not in panel.deadline_value.text()
    panel.difficulty_combo.setCurrentIndex(panel.difficulty_combo.findData("difficult"))
    panel.difficulty_combo.activated.emit(panel.difficulty_combo.currentIndex())
    assert panel.state.difficulty == "difficult"
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    pause = panel.reason_dialog
    pause.edit.setText("   ")
    qtbot.keyClick(pause.edit, Qt.Key.Key_Return)
    assert pause.errors.text("reason") == "Give the reason." and pause.isVisible()
    pause.edit.setText("Menunggu saksi")
    qtbot.keyClick(pause.edit, Qt.Key.Key_Return)
    assert not pause.isVisible()
    assert panel.state.paused and "clock paused" in panel.deadline_value.text()
    assert panel.pause_button.text() == "Resume clock"
    qtbot.mouseClick(panel.pause_button, Qt.MouseButton.LeftButton)
    assert not panel.state.paused
    assert warnings == []


def test_holidays_dialog_add_and_deactivate(qtbot, session_factory, station, make_ctx, monkeypatch, warnings):
    ctx = make_ctx(station[1])
    dialog = HolidaysDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2026)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == len(list_holidays(session_factory, year=2026)))
    before = dialog.table.rowCount()
    add = dialog.add()
    add.day_edit.setDate(date(2026, 11, 10))
    qtbot.keyClicks(add.name_edit, "Cuti bersama tambahan")
    add.submit()
    assert add.saved is not None and add.saved.day == date(2026, 11, 10)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1)
    row = next(i for i, h in enumerate(dialog._rows) if h.id == add.saved.id)
    dialog.table.selectRow(row)
    assert dialog.deactivate_button.isEnabled()
    qtbot.mouseClick(dialog.deactivate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._rows[row].active)
    assert warnings == []


def test_status_dialog_has_no_empty_band(qtbot, station, make_ctx, add_report):
    from PySide6.QtWidgets import QLabel

    admin = station[1]
    ctx = make_ctx(admin)
    panel = _panel(qtbot, ctx, _report(add_report, admin.id))
    dialog = panel.open_status_dialog()
    dialog.select_status("in_progress")
    qtbot.wait(10)
    short = dialog.height()
    # Every visible label in the form says something: no empty rows under hidden fields.
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.parent() is dialog:
            assert label.text() or label.objectName().startswith("error_"), label
    assert not dialog.reason_edit.isVisible() and not dialog.unit_combo.isVisible()
    # The dialog is as tall as its rows: the form's rows end right above the buttons.
    form_bottom = max(
        w.geometry().bottom() for w in (dialog.status_combo.parentWidget(), dialog.note_edit.parentWidget())
    )
    assert dialog.buttons.geometry().top() - form_bottom < 60
    dialog.select_status("forwarded")
    qtbot.wait(10)
    assert dialog.unit_combo.isVisible() and dialog.height() > short
