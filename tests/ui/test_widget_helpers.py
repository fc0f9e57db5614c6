"""The small shared widget helpers: dialog buttons, slot buttons, read-only tables, saving a form dialog
(and the context's logged-in officer it saves as)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from db.errors import PermissionDenied, ValidationFailed
from ui.widgets.buttons import button_column, dialog_buttons, push_button
from ui.widgets.field_errors import FieldErrors, RefusalTexts
from ui.widgets.save_dialog import save_and_close
from ui.widgets.tables import fill_rows, read_only


def test_dialog_buttons_accept_calls_the_save_and_cancel_rejects(qtbot):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    saved: list[bool] = []
    buttons = dialog_buttons(dialog, lambda: saved.append(True), accept_text="&Simpan", cancel_text="Batal")
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "&Simpan"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Batal"
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert saved == [True] and dialog.result() == 0  # saving closes nothing by itself
    with qtbot.waitSignal(dialog.rejected):
        qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)

    ok = dialog_buttons(dialog, lambda: None, QDialogButtonBox.StandardButton.Ok)
    assert ok.button(QDialogButtonBox.StandardButton.Ok) is not None
    assert ok.button(QDialogButtonBox.StandardButton.Save) is None


def test_push_button_calls_its_slot_and_the_column_ends_with_close(qtbot):
    called: list[str] = []
    add, close = push_button("Add", lambda: called.append("add")), push_button("Close", lambda: None)
    qtbot.addWidget(add)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert called == ["add"]
    column = button_column([add], close)
    assert column.itemAt(0).widget() is add and column.itemAt(column.count() - 1).widget() is close


def test_read_only_table_and_fill_rows(qtbot):
    table = QTableWidget(0, 3)
    qtbot.addWidget(table)
    assert read_only(table, fit=(0,), stretch=(1,), wrap=False) is table
    assert table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows
    assert table.selectionMode() == QAbstractItemView.SelectionMode.SingleSelection
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert not table.verticalHeader().isVisibleTo(table) and not table.wordWrap()
    header = table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch

    fill_rows(table, [["a", "b", "c"], ["d", "e", "f"]], ids=["id1", "id2"])
    assert table.rowCount() == 2
    assert table.item(1, 2).text() == "f" and table.item(1, 2).toolTip() == "f"
    assert table.item(1, 0).data(Qt.ItemDataRole.UserRole) == "id2"
    fill_rows(table, [])
    assert table.rowCount() == 0


def test_a_delayed_call_runs_once_after_a_burst_of_starts(qtbot):
    from PySide6.QtCore import QObject

    from ui.widgets.delay import delayed_call

    owner = QObject()
    calls: list[int] = []
    timer = delayed_call(owner, 10, lambda: calls.append(1))
    assert timer.isSingleShot() and timer.interval() == 10 and timer.parent() is owner
    for _ in range(3):
        timer.start()
    qtbot.waitUntil(lambda: calls == [1], timeout=2000)
    assert not timer.isActive()


def test_an_opened_dialog_is_kept_on_its_owner_until_it_closes(qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.community import open_kept

    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = open_kept(owner, QDialog(owner), "patrol_dialog")
    assert owner.patrol_dialog is dialog and dialog.isVisible()
    dialog.reject()
    assert owner.patrol_dialog is None


def test_a_paragraph_wraps_its_text(qtbot):
    from PySide6.QtWidgets import QWidget

    from ui.widgets.paragraph import paragraph

    parent = QWidget()
    qtbot.addWidget(parent)
    label = paragraph("Deadlines skip weekends.", parent)
    assert label.wordWrap() and label.text() == "Deadlines skip weekends." and label.parent() is parent
    assert paragraph().text() == ""


def test_officer_fields_take_an_nrp_of_eight_digits_and_guess_no_rank(qtbot):
    from PySide6.QtGui import QValidator
    from PySide6.QtWidgets import QLineEdit

    from db.rules.ranks import RANKS
    from ui.widgets.officer_fields import nrp_edit, password_edit, rank_combo

    edit = nrp_edit("90020456")
    qtbot.addWidget(edit)
    assert edit.text() == "90020456" and edit.maxLength() == 8
    assert edit.validator().validate("9002x", 0)[0] == QValidator.State.Invalid
    combo = rank_combo()
    qtbot.addWidget(combo)
    assert combo.isEditable() and combo.count() == len(RANKS) and combo.currentIndex() == -1
    password = password_edit()
    qtbot.addWidget(password)
    assert password.echoMode() == QLineEdit.EchoMode.Password


def test_a_date_field_shows_its_day_as_dd_mm_yyyy(qtbot):
    from datetime import date

    from PySide6.QtWidgets import QWidget

    from ui.widgets.date_fields import date_edit

    parent = QWidget()
    qtbot.addWidget(parent)
    edit = date_edit(parent, date(2026, 12, 7), "date_from")
    assert edit.objectName() == "date_from" and edit.calendarPopup()
    assert edit.date().toPython() == date(2026, 12, 7) and edit.text() == "07/12/2026"


def test_save_and_close_keeps_the_result_and_closes_or_shows_the_refusal_and_stays_open(qtbot, ctx):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    errors = FieldErrors()
    name = QLineEdit(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(name)
    layout.addWidget(errors.label_for("name", name))
    layout.addWidget(errors.general_label())
    button = QPushButton("Save", dialog)
    texts = RefusalTexts(denied="Not yours.", missing="Gone.", failed="Failed: %1")
    heard: list[tuple[str, list]] = []
    ctx.runner.data_changed.connect(lambda entity, ids: heard.append((entity, ids)))

    def refuse() -> None:
        assert not button.isEnabled()  # off while the write runs
        raise ValidationFailed({"name": "Enter a name."})

    changes = ("thing", ["t1"])
    save_and_close(dialog, ctx, refuse, changes=changes, errors=errors, refusals=texts, button=button)
    assert errors.text("name") == "Enter a name." and button.isEnabled()
    assert dialog.result() != QDialog.DialogCode.Accepted and heard == []

    def fail() -> None:
        raise PermissionDenied("no")

    save_and_close(dialog, ctx, fail, changes=changes, errors=errors, refusals=texts, button=button)
    assert errors.text("name") == "" and errors.text("general") == "Not yours."

    kept: list[str] = []
    save_and_close(
        dialog,
        ctx,
        lambda: "stored",
        changes=("thing", lambda value: [value]),
        errors=errors,
        refusals=texts,
        button=button,
        keep=kept.append,
    )
    assert kept == ["stored"] and dialog.result() == QDialog.DialogCode.Accepted
    assert heard == [("thing", ["stored"])] and errors.text("general") == ""


def test_the_context_names_the_logged_in_officer_or_nobody(ctx, station):
    assert ctx.officer_id == station[1].id
    assert dataclasses.replace(ctx, officer=None).officer_id == ""
