"""No Alt+letter does two things: every window, page, form and dialog of the app, in English and Indonesian.

The dialogs are discovered (every QDialog / QMainWindow / "...Window" class under ui/, every `QDialog(...)`
built in place), so a new dialog without an entry in `_factories()` fails `test_every_window_is_walked`.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMainWindow, QPushButton, QWidget

import ui
from db.services.case_flow import case_state
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from tests.ui.mnemonics import clashes, mnemonic

UI = Path(ui.__file__).resolve().parent
PAGES = ("outreach", "survey", "patrols", "devices", "training", "analysis")

# Bases that are never shown as such, only through the subclasses walked below.
NOT_WINDOWS = {
    "ui.widgets.progress_task.TaskDialog",
    "ui.exports.output_file.ExportDialog",
    "ui.admin.ReloadingDialog",
    "ui.admin.policy_dialogs._TableDialog",
    "ui.sync.list_dialog.SyncListDialog",
}


def _report(ctx, kind: str) -> str:
    data = ReportInput(
        kind=kind, citizen=CitizenInput(name="Siti Rahmah"), offense="Curanmor R2", chronology="Motor hilang"
    )
    return register_report(ctx.session_factory, data=data, officer_id=ctx.officer.id).id


def _state(ctx, kind: str = "LP_B"):  # type: ignore[no-untyped-def]
    return case_state(ctx.session_factory, _report(ctx, kind), officer_id=ctx.officer.id)


def _main_window(ctx) -> QWidget:
    from desktop.app import make_main_window

    report_id = _report(ctx, "LP_B")
    window = make_main_window(ctx)
    window.show()
    window.load_report(report_id)  # the detail pane and the follow-up tab with their buttons
    window.new_report()
    for key in PAGES:
        window.show_page(key)
    return window


def _wizard(ctx) -> QWidget:
    from ui.setup.wizard import SetupWizard

    return SetupWizard(ctx.session_factory, ctx.runner)


def _policy_editors(ctx) -> list[QWidget]:
    """The editor the articles and cadence tables open on their first row (kept instead of exec'd)."""
    from ui.admin.policy_dialogs import ArticlesDialog, CadenceDialog

    editors: list[QWidget] = []
    for table_dialog in (ArticlesDialog(ctx), CadenceDialog(ctx)):
        editors.append(table_dialog)
        table_dialog.table.selectRow(0)
        table_dialog._open_editor = editors.append
        table_dialog.edit()
    assert len(editors) == 4
    return editors


def _no_login(_nrp: str, _password: str) -> None:
    return None


def _factories() -> dict[str, Callable[[object], QWidget | list[QWidget]]]:
    """Qualified class name -> how the app builds it (with the data it needs)."""
    from ui import crash_dialog, help_dialog, login_dialog, screen_lock
    from ui.admin import (
        audit_dialog,
        categories_dialog,
        holidays_dialog,
        number_patterns_dialog,
        officer_form,
        officers_dialog,
        policy_dialogs,
        topics_dialog,
    )
    from ui.backup import startup
    from ui.cases import contact_log, letter_dialog, restorative_dialog, status_dialog
    from ui.community import devices_page, patrols_page, training_page
    from ui.exports import excel_dialog, monthly_dialog
    from ui.importing import import_dialog
    from ui.outreach import photos, session_form
    from ui.survey import kiosk
    from ui.sync import conflicts_dialog, problems_dialog, settings_dialog
    from ui.widgets import field_errors, text_dialog

    def survey_response(ctx) -> QWidget:  # type: ignore[no-untyped-def]
        from ui.survey.survey_page import SurveyPage

        return SurveyPage(ctx).new_response()

    return {
        "ui.main_window.MainWindow": _main_window,
        "ui.setup.wizard.SetupWizard": _wizard,
        "ui.login_dialog.LoginDialog": lambda ctx: login_dialog.LoginDialog(_no_login, ctx.runner, "SPKT"),
        "ui.screen_lock.LockDialog": lambda ctx: screen_lock.LockDialog(_no_login, ctx.runner, "SPKT"),
        "ui.backup.startup.AdminLoginDialog": lambda ctx: startup.AdminLoginDialog(),
        "ui.help_dialog.HelpDialog": lambda ctx: help_dialog.HelpDialog(),
        "ui.importing.import_dialog.ImportDialog": lambda ctx: import_dialog.ImportDialog(ctx),
        "ui.widgets.text_dialog.TextDialog": lambda ctx: text_dialog.TextDialog(
            ctx,
            title="Kategori",
            prompt="&Nama:",
            field="name",
            save=lambda text: text,
            refusals=field_errors.RefusalTexts(denied="-", missing="-", failed="{error}"),
        ),
        "ui.crash_dialog.CrashDialog": lambda ctx: crash_dialog.CrashDialog("Boom", "Traceback ..."),
        "ui.survey.kiosk.KioskWindow": lambda ctx: kiosk.KioskWindow(ctx, _no_login),
        "ui.survey.survey_page.<new response>": survey_response,
        "ui.cases.status_dialog.StatusDialog": lambda ctx: [
            status_dialog.StatusDialog(ctx, _state(ctx, kind)) for kind in ("LP_B", "DUMAS")
        ],
        "ui.cases.restorative_dialog.RestorativeDialog": lambda ctx: restorative_dialog.RestorativeDialog(
            ctx, _state(ctx)
        ),
        "ui.cases.letter_dialog.LetterDialog": lambda ctx: [
            letter_dialog.LetterDialog(ctx, _report(ctx, "LP_B"), "SP2HP"),
            letter_dialog.LetterDialog(ctx, _report(ctx, "DUMAS"), "SP3D"),
        ],
        "ui.cases.contact_log.ContactDialog": lambda ctx: contact_log.ContactDialog(
            ctx, _report(ctx, "LP_B")
        ),
        "ui.exports.excel_dialog.ExcelExportDialog": lambda ctx: excel_dialog.ExcelExportDialog(ctx),
        "ui.exports.monthly_dialog.MonthlyReportDialog": monthly_dialog.MonthlyReportDialog,
        "ui.sync.settings_dialog.CentralSettingsDialog": settings_dialog.CentralSettingsDialog,
        "ui.sync.problems_dialog.ProblemsDialog": lambda ctx: problems_dialog.ProblemsDialog(ctx),
        "ui.sync.conflicts_dialog.ConflictsDialog": lambda ctx: conflicts_dialog.ConflictsDialog(ctx),
        "ui.admin.number_patterns_dialog.NumberPatternsDialog": lambda ctx: (
            number_patterns_dialog.NumberPatternsDialog(ctx)
        ),
        "ui.admin.topics_dialog.TopicsDialog": lambda ctx: topics_dialog.TopicsDialog(ctx),
        "ui.outreach.session_form.SessionDialog": lambda ctx: session_form.SessionDialog(ctx),
        "ui.outreach.session_form.PartnerDialog": lambda ctx: session_form.PartnerDialog(ctx),
        "ui.outreach.photos.PhotoDialog": lambda ctx: photos.PhotoDialog("missing.jpg", "Foto"),
        "ui.community.training_page.TrainingDialog": lambda ctx: training_page.TrainingDialog(ctx, [], []),
        "ui.community.devices_page.DeviceDialog": lambda ctx: devices_page.DeviceDialog(ctx),
        "ui.community.patrols_page.PatrolDialog": lambda ctx: patrols_page.PatrolDialog(ctx, []),
        "ui.admin.officers_dialog.OfficersDialog": lambda ctx: officers_dialog.OfficersDialog(ctx),
        "ui.admin.officer_form.OfficerForm": lambda ctx: officer_form.OfficerForm(ctx),
        "ui.admin.officer_form.PasswordDialog": lambda ctx: officer_form.PasswordDialog(ctx, ctx.officer),
        "ui.admin.categories_dialog.CategoriesDialog": lambda ctx: categories_dialog.CategoriesDialog(ctx),
        "ui.admin.holidays_dialog.HolidaysDialog": lambda ctx: holidays_dialog.HolidaysDialog(ctx),
        "ui.admin.holidays_dialog.AddHolidayDialog": lambda ctx: holidays_dialog.AddHolidayDialog(ctx, 2026),
        "ui.admin.policy_dialogs.CadenceDialog": lambda ctx: policy_dialogs.CadenceDialog(ctx),
        "ui.admin.policy_dialogs.ArticlesDialog": lambda ctx: policy_dialogs.ArticlesDialog(ctx),
        "ui.admin.policy_dialogs.EditDialog": _policy_editors,
        "ui.admin.audit_dialog.AuditDialog": lambda ctx: audit_dialog.AuditDialog(ctx, lambda: None),
    }


def _window_classes() -> set[str]:
    """Every class under ui/ that is a window of its own: dialogs, wizards, main windows, "...Window"."""
    for info in pkgutil.walk_packages([str(UI)], prefix="ui."):
        importlib.import_module(info.name)

    found: set[str] = set()

    def walk(cls: type) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("ui."):
                is_window = issubclass(sub, QDialog | QMainWindow) or sub.__name__.endswith("Window")
                if is_window:
                    found.add(f"{sub.__module__}.{sub.__qualname__}")
            walk(sub)

    walk(QWidget)
    return found - NOT_WINDOWS


def _dialogs_built_in_place() -> set[str]:
    """`QDialog(...)` called directly in a module: each one needs its own entry ("<what it is>")."""
    found = set()
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QDialog":
                found.add(".".join(path.relative_to(UI.parent).with_suffix("").parts))
    return found


def test_every_window_is_walked():
    walked = set(_factories())
    assert _window_classes() - walked == set()
    in_place = {name.rsplit(".", 1)[0] for name in walked if name.endswith(">")}
    assert _dialogs_built_in_place() <= in_place
    assert {name for name in walked if not name.endswith(">")} <= _window_classes()


def test_mnemonic_reading():
    assert mnemonic("&Pakai") == "p" and mnemonic("Ban&tuan") == "t"
    assert mnemonic("CCTV && &drone") == "d" and mnemonic("CCTV && drone") is None


def test_a_clash_is_found(qtbot):
    """The walk sees two letters in one form (the proof that the tests below can fail)."""
    window = QWidget()
    qtbot.addWidget(window)
    label = QLabel("&Pengaturan", window)
    label.setBuddy(QLineEdit(window))
    QPushButton("&Pakai", window)
    assert clashes(window) == ["P: '&Pengaturan' (QLabel:) and '&Pakai' (QPushButton:)"]


def _every_window(qtbot, ctx) -> list[str]:
    found = []
    for name, build in _factories().items():
        built = build(ctx)
        for widget in built if isinstance(built, list) else [built]:
            qtbot.addWidget(widget)
            found += [f"{name}: {c}" for c in clashes(widget)]
    return found


def test_no_clash_in_english(qtbot, ctx):
    found = _every_window(qtbot, ctx)
    assert not found, "\n".join(found)


@pytest.mark.usefixtures("indonesian")
def test_no_clash_in_indonesian(qtbot, ctx):
    found = _every_window(qtbot, ctx)
    assert not found, "\n".join(found)
