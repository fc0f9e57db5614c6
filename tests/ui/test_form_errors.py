"""Every form shows a refusal in itself: field messages beside their fields, the rest in its one general
line, never in a warning box (issue 13.11); and the FieldErrors helper they all use."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from db.errors import NotFound, PermissionDenied, ValidationFailed
from db.services.case_flow import case_state
from ui.widgets.field_errors import FieldErrors, RefusalTexts

TEXTS = RefusalTexts(denied="Not yours.", missing="Gone.", failed="Broke: {error}")


@pytest.fixture
def report_id(add_report):
    return add_report(name="Siti Rahmah", offense="Curanmor R2", chronology="Motor hilang").id


def _number_patterns(ctx, _admin, _state, _report_id):
    from ui.admin.number_patterns_dialog import NumberPatternsDialog

    dialog = NumberPatternsDialog(ctx)
    edit = dialog.edits["LP_B"]
    edit.setText(edit.text() + "/X")  # a change, so saving writes
    return dialog


def _form(name: str):
    """Builds the form `name` of the community, admin or case screens: (ctx, admin, case state, report id)."""
    from ui.admin.holidays_dialog import AddHolidayDialog
    from ui.admin.officer_form import OfficerForm, PasswordDialog
    from ui.admin.policy_dialogs import EditDialog
    from ui.cases.contact_log import ContactDialog
    from ui.cases.letter_dialog import LetterDialog
    from ui.cases.restorative_dialog import RestorativeDialog
    from ui.cases.status_dialog import StatusDialog
    from ui.community.devices_page import DeviceDialog
    from ui.community.patrols_page import PatrolDialog
    from ui.community.training_page import TrainingDialog
    from ui.widgets.text_dialog import TextDialog

    makers = {
        "device": lambda ctx, admin, state, rid: DeviceDialog(ctx),
        "patrol": lambda ctx, admin, state, rid: PatrolDialog(ctx, [admin]),
        "training": lambda ctx, admin, state, rid: TrainingDialog(ctx, [admin], ["Dikjur"]),
        "holiday": lambda ctx, admin, state, rid: AddHolidayDialog(ctx, 2026),
        "number patterns": _number_patterns,
        "officer": lambda ctx, admin, state, rid: OfficerForm(ctx),
        "password": lambda ctx, admin, state, rid: PasswordDialog(ctx, admin),
        "article or cadence": lambda ctx, admin, state, rid: EditDialog(
            ctx, "Edit", [("name", "Name", "x")], save=lambda _v: None, entity="article"
        ),
        "contact": lambda ctx, admin, state, rid: ContactDialog(ctx, rid),
        "letter": lambda ctx, admin, state, rid: LetterDialog(ctx, rid, "SP2HP"),
        "status": lambda ctx, admin, state, rid: StatusDialog(ctx, state),
        "restorative": lambda ctx, admin, state, rid: RestorativeDialog(ctx, state),
        "name or reason": lambda ctx, admin, state, rid: TextDialog(
            ctx, title="Add", prompt="Name:", field="name", save=lambda _t: None, refusals=TEXTS
        ),
    }
    return makers[name]


# (form, its save method, a field it shows a message beside)
FORMS = [
    ("device", "save", "name"),
    ("patrol", "save", "route"),
    ("training", "save", "course"),
    ("holiday", "submit", "name"),
    ("number patterns", "save", "LP_B"),
    ("officer", "submit", "nrp"),
    ("password", "submit", "password"),
    ("article or cadence", "submit", "name"),
    ("contact", "save", "summary"),
    ("letter", "issue", "actions"),
    ("status", "submit", "note"),
    ("restorative", "submit", "statement"),
    ("name or reason", "submit", "name"),
]


def _refuse_every_write(monkeypatch, ctx, exc: BaseException) -> None:
    def run_db(fn, *, on_done=None, on_error=None, changes=None):
        on_error(exc)

    monkeypatch.setattr(ctx.runner, "run_db", run_db)


@pytest.mark.parametrize(("name", "submit", "field"), FORMS)
def test_a_form_shows_field_messages_beside_fields_and_the_rest_in_itself(
    qtbot, ctx, station, report_id, warnings, monkeypatch, name, submit, field
):
    admin = station[1]
    state = case_state(ctx.session_factory, report_id, officer_id=admin.id)
    form = _form(name)(ctx, admin, state, report_id)
    qtbot.addWidget(form)
    form.show()
    refusal = ValidationFailed({field: "Name is required.", "report": "A void report takes no more changes."})
    _refuse_every_write(monkeypatch, ctx, refusal)
    getattr(form, submit)()
    assert form.errors.text(field) == "Name is required."
    general = form.errors.general_label()
    assert general.isVisible() and general.text() == "A void report takes no more changes."
    assert form.isVisible()

    _refuse_every_write(monkeypatch, ctx, PermissionDenied("no"))
    getattr(form, submit)()
    assert form.errors.text(field) == ""
    assert general.isVisible() and general.text()
    assert form.isVisible()
    assert warnings == []  # no warning box


def test_field_errors_rows_general_line_and_refusals(qtbot):
    errors = FieldErrors()
    edit, notes = QLineEdit(), QPlainTextEdit()
    host = QPlainTextEdit()  # any widget to own the layout
    qtbot.addWidget(host)
    column = errors.row(edit, "name")
    box = errors.row_widget(notes, "notes")
    column.addWidget(box)
    column.addWidget(errors.general_label())
    host.setLayout(column)
    host.show()

    first = errors.show({"notes": "Too long.", "name": "Required.", "elsewhere": "Not allowed."})
    assert first is notes  # the first message's field takes the focus
    assert errors.text("name") == "Required." and errors.text("notes") == "Too long."
    assert errors.text("general") == "Not allowed." and errors.general_label().isVisible()
    assert edit.property("invalid") and edit.styleSheet()

    errors.show_refusal(NotFound("x"), TEXTS)
    assert errors.text("name") == "" and not edit.property("invalid")
    assert errors.text("general") == "Gone."
    errors.show_refusal(PermissionDenied("x"), TEXTS)
    assert errors.text("general") == "Not yours."
    errors.show_refusal(OSError("disk full"), TEXTS)
    assert errors.text("general") == "Broke: disk full"
    errors.show_refusal(ValidationFailed({"name": "Required."}), TEXTS)
    assert errors.text("name") == "Required." and not errors.general_label().isVisible()

    errors.clear()
    assert errors.text("name") == "" and not errors.general_label().isVisible()
