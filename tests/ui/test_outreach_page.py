"""The outreach page driven as a user would: record a session by typing, photos, and a restart."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QListWidget, QWidget

from db.rules.timeutil import WIB
from db.services.outreach import SessionInput, add_partner, get_session, list_sessions, record_session
from db.storage.engine import make_engine, make_session_factory
from ui.context import UiContext
from ui.outreach.follow_up_row import FollowUpRow
from ui.outreach.session_form import ID_ROLE, PartnerDialog, SessionDialog
from ui.outreach.sessions_model import COL_ATTENDANCE, COL_PLACE
from ui.outreach.sessions_page import OutreachPage
from ui.task_runner import TaskRunner


@pytest.fixture
def ctx(ctx, tmp_path):
    """The shared context (tests/ui/conftest.py), with its own data and output folders."""
    return dataclasses.replace(ctx, data_dir=tmp_path / "data", output_dir=tmp_path / "out")


def _png(path, color="#2e7d32"):
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(color))
    assert image.save(str(path), "PNG")
    return path


def _check(widget: QListWidget, text: str) -> None:
    for i in range(widget.count()):
        if widget.item(i).text().startswith(text) or text in widget.item(i).text():
            widget.item(i).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(f"{text} not in list")


def _session(ctx, venue="Masjid Raya Dilam", **kw):
    return record_session(
        ctx.session_factory,
        data=SessionInput(
            held_at=datetime(2026, 11, 13, 13, 30, tzinfo=WIB),
            kind=kw.pop("kind", "dialog"),
            venue=venue,
            kecamatan_code="13.02.08",
            nagari_code="13.02.08.2005",
            attendance_men=25,
            attendance_women=18,
            concerns="Balap liar tiap malam Minggu",
            **kw,
        ),
        officer_id=ctx.officer.id,
    )


def test_record_a_session_by_typing(qtbot, ctx):
    page = OutreachPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.model.rowCount() == 0 and not page.edit_button.isEnabled()
    dialog = page.new_session()
    assert isinstance(dialog, SessionDialog) and dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no venue: refused
    assert dialog.errors.text("venue") and dialog.isVisible()
    dialog.held_at.edit.clear()
    qtbot.keyClicks(dialog.held_at.edit, "14-11-2026 9.30")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("penyuluhan"))
    dialog.region.kecamatan_combo.setCurrentIndex(dialog.region.kecamatan_combo.findData("13.02.08"))
    dialog.region.nagari_combo.setCurrentIndex(dialog.region.nagari_combo.findData("13.02.08.2005"))
    qtbot.keyClicks(dialog.jorong_edit, "Jorong Koto")
    qtbot.keyClicks(dialog.venue_edit, "SMAN 1 Bukit Sundi")
    qtbot.keyClicks(dialog.target_edit, "Pelajar kelas XI")
    dialog.men_spin.clear()
    qtbot.keyClicks(dialog.men_spin, "120")
    dialog.women_spin.clear()
    qtbot.keyClicks(dialog.women_spin, "135")
    qtbot.keyClicks(dialog.concerns_edit, "Rokok elektrik dijual dekat sekolah")
    _check(dialog.topics_list, "Narkoba")
    _check(dialog.speakers_list, ctx.officer.name)
    # "Add partner…" keeps the partner for later and ticks it here.
    partner_dialog = dialog.add_partner()
    assert isinstance(partner_dialog, PartnerDialog)
    qtbot.keyClicks(partner_dialog.name_edit, "Dinas Pendidikan Kab. Solok")
    partner_dialog.kind_combo.setCurrentIndex(partner_dialog.kind_combo.findData("pemda"))
    qtbot.mouseClick(partner_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not partner_dialog.isVisible()
    qtbot.keyClicks(dialog.follow_up_edit, "Razia rokok elektrik bersama Satpol PP")
    qtbot.keyClick(dialog.follow_up_edit, Qt.Key.Key_Return)
    assert dialog.follow_ups_list.count() == 1
    with qtbot.waitSignal(ctx.runner.data_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (saved,) = list_sessions(ctx.session_factory)
    assert changed.args == ["outreach", [saved.id]]
    assert (saved.kind, saved.venue, saved.jorong, saved.attendance_men, saved.attendance_women) == (
        "penyuluhan",
        "SMAN 1 Bukit Sundi",
        "Jorong Koto",
        120,
        135,
    )
    assert saved.held_at == datetime(2026, 11, 14, 9, 30, tzinfo=WIB)
    assert [t.name for t in saved.topics] == ["Narkoba"]
    assert [o.id for o in saved.speakers] == [ctx.officer.id]
    assert [p.name for p in saved.partners] == ["Dinas Pendidikan Kab. Solok"]
    assert [f.description for f in saved.follow_ups] == ["Razia rokok elektrik bersama Satpol PP"]
    assert page.model.rowCount() == 1 and page.selected_id == saved.id
    assert page.model.index(0, COL_ATTENDANCE).data() == "255"
    assert "SMAN 1 Bukit Sundi" in page.model.index(0, COL_PLACE).data()
    # Tick the follow-up done on the page.
    item = page.follow_ups_list.item(0)
    item.setCheckState(Qt.CheckState.Checked)
    assert get_session(ctx.session_factory, saved.id).follow_ups[0].done
    assert page.follow_ups_list.item(0).checkState() == Qt.CheckState.Checked


def test_edit_keeps_choices_and_filters(qtbot, qtmodeltester, ctx):
    partner = add_partner(ctx.session_factory, name="KAN Dilam", kind="tokoh_adat", officer_id=ctx.officer.id)
    first = _session(ctx, partner_ids=(partner.id,))
    _session(ctx, venue="Pos Kamling Koto Baru", kind="sambang")
    page = OutreachPage(ctx)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    qtmodeltester.check(page.model)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("sambang"))
    assert page.model.rowCount() == 1
    page.kind_filter.setCurrentIndex(0)
    page.search_edit.setText("masjid")
    page.refresh()  # the search waits for a pause in typing
    assert page.model.rowCount() == 1 and page.selected_id == first.id
    dialog = page.edit_session()
    assert dialog is not None and dialog.venue_edit.text() == "Masjid Raya Dilam"
    checked = [
        dialog.partners_list.item(i).data(ID_ROLE)
        for i in range(dialog.partners_list.count())
        if dialog.partners_list.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert checked == [partner.id]
    dialog.women_spin.setValue(30)
    qtbot.keyClick(dialog.venue_edit, Qt.Key.Key_Return)  # Enter alone never saves a half-typed form
    assert get_session(ctx.session_factory, first.id).attendance_women == 18
    qtbot.keyClick(dialog.venue_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_session(ctx.session_factory, first.id).attendance_women == 30
    assert [p.id for p in get_session(ctx.session_factory, first.id).partners] == [partner.id]


def test_add_photo_and_it_survives_a_restart(qtbot, ctx, db_path, tmp_path, monkeypatch):
    session = _session(ctx)
    source = _png(tmp_path / "kegiatan.png")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    page = OutreachPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.selected_id == session.id and page.photos_list.count() == 0
    qtbot.mouseClick(page.add_photo_button, Qt.MouseButton.LeftButton)
    (photo,) = get_session(ctx.session_factory, session.id).photos
    copies = list((ctx.data_dir / "photos").iterdir())
    assert [c.name for c in copies] == [f"{photo.sha256}.png"] and source.exists()
    assert page.photos_list.count() == 1
    assert not page.photos_list.item(0).icon().isNull()
    viewer = page.open_photo(page.photos_list.item(0))
    assert isinstance(viewer, QDialog) and viewer.image_label.pixmap().width() == 64
    viewer.close()
    # A text file is refused with a message, nothing copied.
    bad = tmp_path / "notes.txt"
    bad.write_text("x")
    page.add_photo(str(bad))
    assert page.message_label.isVisible() and "JPEG" in page.message_label.text()
    assert len(list((ctx.data_dir / "photos").iterdir())) == 1
    page.close()

    # "Restart": a new engine and session factory on the same file, a new page.
    engine = make_engine(db_path)
    try:
        restarted = UiContext(
            session_factory=make_session_factory(engine),
            runner=TaskRunner(synchronous=True),
            data_dir=ctx.data_dir,
            station=ctx.station,
            officer=ctx.officer,
        )
        page2 = OutreachPage(restarted)
        qtbot.addWidget(page2)
        page2.show()
        assert page2.selected_id == session.id
        assert page2.photos_list.count() == 1 and not page2.photos_list.item(0).icon().isNull()
    finally:
        engine.dispose()


@time_machine.travel(datetime(2026, 12, 7, 9, tzinfo=WIB), tick=False)
def test_a_follow_up_row_adds_on_enter_and_on_its_button_and_is_due_in_two_weeks(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    added: list[str] = []
    row = FollowUpRow(
        holder, placeholder="What", button_text="Add", add=lambda: added.append("add"), due_text="due"
    )
    holder.setLayout(row)
    assert row.due.date().toPython() == date(2026, 12, 21)
    label = row.itemAt(1).widget()
    assert row.itemAt(0).widget() is row.edit and isinstance(label, QLabel) and label.text() == "due"
    qtbot.keyClick(row.edit, Qt.Key.Key_Return)
    row.button.click()
    assert added == ["add", "add"]
    bare = FollowUpRow(holder, placeholder="What", button_text="Add", add=lambda: None)
    assert [bare.itemAt(i).widget() for i in range(bare.count())] == [bare.edit, bare.due, bare.button]


def test_an_unexpected_failure_is_said_in_indonesian_after_the_split(qtbot, ctx, indonesian):
    """The actions moved to ui/outreach/session_actions.py and kept the OutreachPage translation context."""
    page = OutreachPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page._failed("add photo", RuntimeError("disk gone"))
    assert page.message_label.isVisible()
    assert page.message_label.text() == "Terjadi kesalahan; lihat log."
