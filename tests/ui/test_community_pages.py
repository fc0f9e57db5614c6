"""The community pages driven as a user would: a patrol typed in, a camera added then found broken,
training hours per officer for a period."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
import time_machine
from PySide6.QtCore import QDate, Qt, QTime

from db.rules.timeutil import WIB
from db.services.devices import list_devices
from db.services.officers import OfficerInput, create_officer
from db.services.patrols import list_patrols
from db.services.training import TrainingInput, list_trainings, record_training
from ui.community import today_wib
from ui.community.devices_page import COL_STATE, WORKING_ROLE, DevicesPage
from ui.community.patrols_page import COL_ROUTE, PatrolsPage
from ui.community.training_page import H_HOURS, H_NAME, TrainingPage


@pytest.fixture
def dedi(ctx):
    return create_officer(
        ctx.session_factory,
        data=OfficerInput(name="Dedi Kurniawan", nrp="90020456", rank="BRIPTU", password="sandi-rahasia-9"),
        by_officer_id=ctx.officer.id,
    )


def _choose(combo, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


@time_machine.travel(datetime(2026, 11, 27, 12, 0, tzinfo=WIB), tick=True)  # the night patrol ends before now
def test_record_a_patrol_by_typing(qtbot, ctx, dedi, warnings):
    page = PatrolsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.new_patrol()
    # Nothing on the route yet: the service's message shows beside the route.
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.errors.text("route")
    yesterday = today_wib() - timedelta(days=1)
    dialog.date_edit.setDate(QDate(yesterday))
    dialog.start_edit.setTime(QTime(22, 0))
    dialog.end_edit.setTime(QTime(1, 30))  # the next morning
    assert dialog.next_day_label.isVisibleTo(dialog)
    _choose(dialog.mode_combo, "Motorbike")
    _choose(dialog.region.kecamatan_combo, "Bukit Sundi")
    for nagari in ("Dilam", "Kinari", "Bukit Tandang"):
        _choose(dialog.region.nagari_combo, nagari)
        qtbot.mouseClick(dialog.add_nagari_button, Qt.MouseButton.LeftButton)
    dialog.route_list.setCurrentRow(2)
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)  # Bukit Tandang before Kinari
    dialog.route_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)  # not Dilam after all
    dialog.officer_list.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.officer_list.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.findings_edit, "Warung tuak ditutup; pemuda dihimbau pulang.")
    with qtbot.waitSignal(ctx.runner.data_changed) as changed:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert changed.args[0] == "patrol" and not warnings
    assert not dialog.isVisible()

    (patrol,) = list_patrols(ctx.session_factory)
    assert patrol.route_names == ("Bukit Tandang", "Kinari")
    assert patrol.mode == "motorbike"
    assert {o.name for o in patrol.officers} == {"Dedi Kurniawan", "Rina Marlina"}
    assert patrol.ends_at - patrol.starts_at == timedelta(hours=3, minutes=30)
    page.period.set_period(yesterday, today_wib())
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, COL_ROUTE).data() == "Bukit Tandang → Kinari"

    # Editing keeps the route, and the nagari filter finds the patrol.
    page.table.selectRow(0)
    edit = page.edit_selected()
    assert edit.route() == patrol.route and set(edit.officer_ids()) == set(patrol.officer_ids)
    edit.reject()
    _choose(page.region.kecamatan_combo, "Bukit Sundi")
    _choose(page.region.nagari_combo, "Dilam")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    _choose(page.region.nagari_combo, "Kinari")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_add_a_camera_and_mark_it_broken(qtbot, ctx, warnings):
    page = DevicesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    dialog = page.add_device()
    qtbot.keyClicks(dialog.name_edit, "CCTV Simpang Sumani")
    _choose(dialog.owner_combo, "Pemda")
    qtbot.keyClicks(dialog.location_edit, "Simpang tiga pasar")
    _choose(dialog.region.kecamatan_combo, "Bukit Sundi")
    _choose(dialog.region.nagari_combo, "Dilam")
    with qtbot.waitSignal(ctx.runner.data_changed):
        qtbot.keyClick(dialog.location_edit, Qt.Key.Key_Return)  # Enter saves
    assert not warnings
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.selected() is not None and page.selected().name == "CCTV Simpang Sumani"
    assert page.model.index(0, COL_STATE).data() == "Working"

    qtbot.mouseClick(page.broken_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(0, COL_STATE).data() == "Broken")
    assert page.model.index(0, COL_STATE).data(WORKING_ROLE) is False
    (device,) = list_devices(ctx.session_factory)
    assert device.working is False and device.last_checked == today_wib()
    assert device.owner == "pemda" and device.nagari_name == "Dilam"

    _choose(page.state_combo, "Working")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    _choose(page.state_combo, "Broken")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_training_hours_per_officer_for_a_period(qtbot, ctx, dedi, warnings):
    record_training(
        ctx.session_factory,
        data=TrainingInput(officer_id=dedi.id, course="Menembak", held_on=date(2020, 3, 1), hours=8),
        by_officer_id=ctx.officer.id,
    )
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.period.set_period(today_wib() - timedelta(days=30), today_wib())
    qtbot.waitUntil(lambda: page.hours_model.rowCount() == 2)
    assert {page.hours_model.index(r, H_HOURS).data() for r in range(2)} == {"0"}

    page.hours_table.selectRow(1 if page.hours_model.index(1, H_NAME).data() == "Dedi Kurniawan" else 0)
    dialog = page.add_training()
    assert dialog.officer_combo.currentData() == dedi.id
    qtbot.keyClicks(dialog.course_edit, "Pelayanan prima SPKT")
    dialog.hours_spin.setValue(0)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.errors.text("hours")  # 0 hours is refused, shown beside the field
    dialog.hours_spin.clear()
    qtbot.keyClicks(dialog.hours_spin, "12.5")
    qtbot.keyClicks(dialog.organiser_edit, "SPN Padang Besi")
    with qtbot.waitSignal(ctx.runner.data_changed):
        qtbot.keyClick(dialog.organiser_edit, Qt.Key.Key_Return)
    assert not warnings
    qtbot.waitUntil(lambda: page.hours_model.index(0, H_HOURS).data() == "12.5")
    assert page.hours_model.index(0, H_NAME).data() == "Dedi Kurniawan"
    assert page.log_model.rowCount() == 1  # Dedi's courses of the period; the 2020 one is outside it
    (t,) = list_trainings(ctx.session_factory, date_from=today_wib())
    assert (t.course, t.hours, t.organiser) == ("Pelayanan prima SPKT", 12.5, "SPN Padang Besi")

    page.period.set_period(date(2020, 1, 1), today_wib())
    qtbot.waitUntil(lambda: page.hours_model.index(0, H_HOURS).data() == "20.5")
