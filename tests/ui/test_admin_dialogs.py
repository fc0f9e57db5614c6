"""The admin screens driven as a user would: typing into the officer form, deactivating, categories."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from db.errors import InvalidCredentials
from db.services.auth import authenticate
from db.services.categories import list_categories
from db.services.officers import list_officers
from ui.admin.categories_dialog import CategoriesDialog
from ui.admin.officer_form import OfficerForm, PasswordDialog
from ui.admin.officers_dialog import COL_ACTIVE, COL_NAME, OfficersDialog
from ui.widgets.text_dialog import TextDialog


@pytest.fixture
def warnings(warnings, monkeypatch):
    """Warning boxes recorded (the shared fixture), and questions answered Yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return warnings


def _officers_dialog(qtbot, ctx) -> OfficersDialog:
    dialog = OfficersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.model.rowCount() == len(list_officers(ctx.session_factory, active_only=False))
    )
    return dialog


def _fill_new_officer(qtbot, form: OfficerForm, *, nrp: str = "90020456") -> None:
    qtbot.keyClicks(form.name_edit, "Dedi Kurniawan")
    qtbot.keyClicks(form.nrp_edit, nrp)
    qtbot.keyClicks(form.rank_combo.lineEdit(), "BRIPTU")
    qtbot.keyClicks(form.password_edit, "sandi-rahasia-9")
    qtbot.keyClicks(form.confirm_edit, "sandi-rahasia-9")


def test_add_officer_by_typing_then_deactivate(qtbot, ctx, warnings):
    dialog = _officers_dialog(qtbot, ctx)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert isinstance(form, OfficerForm) and form.isVisible()
    _fill_new_officer(qtbot, form)
    with qtbot.waitSignal(ctx.runner.data_changed) as changed:
        qtbot.keyClick(form.confirm_edit, Qt.Key.Key_Return)  # Enter saves
    assert changed.args[0] == "officer"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    qtbot.waitUntil(lambda: dialog.selected() is not None and dialog.selected().nrp == "90020456")
    assert dialog.form is None
    new = dialog.selected()
    assert (new.name, new.rank, new.unit, new.role, new.active) == (
        "Dedi Kurniawan",
        "BRIPTU",
        "SPKT",
        "officer",
        True,
    )
    assert authenticate(ctx.session_factory, nrp="90020456", password="sandi-rahasia-9").id == new.id

    assert dialog.active_button.isEnabled()
    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    row = dialog.model.row_of(new.id)
    qtbot.waitUntil(lambda: dialog.model.row(row).active is False)
    assert dialog.model.index(row, COL_ACTIVE).data() == "No"
    assert dialog.active_button.text() == "&Activate"
    with pytest.raises(InvalidCredentials):
        authenticate(ctx.session_factory, nrp="90020456", password="sandi-rahasia-9")
    assert warnings == []


def test_form_shows_errors_next_to_fields(qtbot, ctx, warnings):
    dialog = _officers_dialog(qtbot, ctx)
    dialog.add_officer()
    form = dialog.form
    qtbot.keyClicks(form.nrp_edit, "123")
    qtbot.keyClicks(form.password_edit, "short")
    qtbot.keyClicks(form.confirm_edit, "short")
    form.submit()
    qtbot.waitUntil(lambda: form.errors.text("nrp") != "")
    assert form.errors.text("name") and form.errors.text("rank") and form.errors.text("password")
    assert form.isVisible() and form.buttons.isEnabled()
    # The passwords must match before anything is sent.
    qtbot.keyClicks(form.confirm_edit, "x")
    form.submit()
    assert form.errors.text("confirm")
    # A taken NRP is reported next to the NRP field.
    form.nrp_edit.clear()
    qtbot.keyClicks(form.nrp_edit, "85010123")
    form.name_edit.setText("Dedi")
    form.rank_combo.setEditText("BRIPTU")
    form.password_edit.setText("sandi-rahasia-9")
    form.confirm_edit.setText("sandi-rahasia-9")
    form.submit()
    qtbot.waitUntil(lambda: "already exists" in form.errors.text("nrp"))
    assert dialog.model.rowCount() == 1 and warnings == []


def test_own_account_cannot_be_deactivated(qtbot, ctx, warnings):
    dialog = _officers_dialog(qtbot, ctx)
    assert dialog.selected().id == ctx.officer.id
    assert not dialog.active_button.isEnabled()
    assert not dialog.unlock_button.isEnabled()
    assert dialog.model.index(0, COL_NAME).data() == "Rina Marlina"


def test_edit_and_reset_password(qtbot, ctx, warnings):
    dialog = _officers_dialog(qtbot, ctx)
    dialog.add_officer()
    _fill_new_officer(qtbot, dialog.form)
    dialog.form.submit()
    qtbot.waitUntil(lambda: dialog.selected() is not None and dialog.selected().nrp == "90020456")

    dialog.edit_officer()
    form = dialog.form
    assert form.nrp_edit.isReadOnly()
    form.unit_edit.clear()
    qtbot.keyClicks(form.unit_edit, "SPKT Polsek Gunung Talang")
    form.role_combo.setCurrentIndex(form.role_combo.findData("head"))
    form.submit()
    qtbot.waitUntil(lambda: dialog.selected().unit == "SPKT Polsek Gunung Talang")
    assert dialog.selected().role == "head"

    dialog.reset_password()
    pw = dialog.form
    assert isinstance(pw, PasswordDialog)
    qtbot.keyClicks(pw.password_edit, "baru-sekali-1")
    qtbot.keyClicks(pw.confirm_edit, "baru-sekali-1")
    pw.submit()
    qtbot.waitUntil(lambda: dialog.form is None)
    assert authenticate(ctx.session_factory, nrp="90020456", password="baru-sekali-1").role == "head"
    assert warnings == []


def _type_and_save(qtbot, asked, text: str) -> None:
    asked.edit.setText(text)
    qtbot.mouseClick(asked.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_add_deactivate_and_move_category(qtbot, ctx, warnings):
    dialog = CategoriesDialog(ctx)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # shortcuts (Ctrl+Up) only fire in the active window
        dialog.show()
        dialog.activateWindow()
    count = len(list_categories(ctx.session_factory))
    qtbot.waitUntil(lambda: dialog.list.count() == count)

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    asked = dialog.findChild(TextDialog)
    _type_and_save(qtbot, asked, "Penyerobotan tanah")
    qtbot.waitUntil(lambda: dialog.list.count() == count + 1)
    assert dialog.selected().name == "Penyerobotan tanah"
    assert [c.name for c in list_categories(ctx.session_factory)][-1] == "Penyerobotan tanah"

    # A duplicate (another case) is refused under the name; the dialog stays open with what was typed.
    asked = dialog.add()
    _type_and_save(qtbot, asked, "penyerobotan TANAH")
    assert "already exists" in asked.errors.text("name")
    assert asked.isVisible() and asked.text() == "penyerobotan TANAH"
    asked.reject()
    assert dialog.list.count() == count + 1

    qtbot.keyClick(dialog.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: dialog.list.currentRow() == count - 1 and dialog.selected().name == "Penyerobotan tanah"
    )
    assert [c.name for c in list_categories(ctx.session_factory)][-2] == "Penyerobotan tanah"

    qtbot.mouseClick(dialog.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.selected() is not None and not dialog.selected().active)
    assert "inactive" in dialog.list.currentItem().text()
    assert "Penyerobotan tanah" not in [c.name for c in list_categories(ctx.session_factory)]
    assert warnings == []


def test_admin_adds_an_outreach_topic(qtbot, ctx, warnings):
    from db.services.outreach_lists import list_topics
    from ui.admin.topics_dialog import TopicsDialog

    dialog = TopicsDialog(ctx)
    qtbot.addWidget(dialog)
    before = dialog.list.count()
    asked = dialog.add()
    _type_and_save(qtbot, asked, "")  # an empty topic is refused beside the field
    assert asked.errors.text("name") and asked.isVisible()
    _type_and_save(qtbot, asked, "Tawuran pelajar")
    assert not asked.isVisible()
    assert dialog.list.count() == before + 1
    assert "Tawuran pelajar" in [t.name for t in list_topics(ctx.session_factory)]
    assert warnings == []


def test_an_admin_list_that_cannot_load_says_so(qtbot, ctx, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from db.errors import PermissionDenied
    from ui.admin import load_rows

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a, **k: shown.append((title, text)))
    parent = QWidget()
    qtbot.addWidget(parent)
    rows: list[object] = []

    def denied() -> list[object]:
        raise PermissionDenied("admins only")

    load_rows(parent, ctx, denied, rows.extend)
    assert shown == [("Could not load", "Only an active admin may make this change.")] and rows == []
    load_rows(parent, ctx, lambda: ["a", "b"], rows.extend)
    assert rows == ["a", "b"] and len(shown) == 1


def test_an_admin_list_reloads_only_when_its_own_entity_changed(qtbot, ctx):
    from ui.admin import ReloadingDialog

    class Counting(ReloadingDialog):
        entity = "category"

        def __init__(self, ctx):
            super().__init__(ctx)
            self.reloads = 0

        def reload(self) -> None:
            self.reloads += 1

    dialog = Counting(ctx)
    qtbot.addWidget(dialog)
    ctx.runner.data_changed.emit("officer", ["x"])
    assert dialog.reloads == 0
    ctx.runner.data_changed.emit("category", ["c1"])
    assert dialog.reloads == 1
