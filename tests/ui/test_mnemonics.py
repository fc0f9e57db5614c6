"""No Alt+letter does two things: every window, page, form and dialog, in English and in Indonesian."""

from __future__ import annotations

import pytest

from desktop.app import make_main_window
from tests.ui.mnemonics import clashes, mnemonic

PAGES = ("outreach", "survey", "patrols", "devices", "training", "analysis")


def test_mnemonic_reading():
    assert mnemonic("&Pakai") == "p" and mnemonic("Ban&tuan") == "t"
    assert mnemonic("CCTV && &drone") == "d" and mnemonic("CCTV && drone") is None


def _every_window(qtbot, ctx) -> list[str]:
    """Clashes in the main window (home, report form, every page) and in the dialogs those open."""
    from ui.admin.categories_dialog import CategoriesDialog
    from ui.admin.holidays_dialog import HolidaysDialog
    from ui.admin.officer_form import OfficerForm, PasswordDialog
    from ui.admin.officers_dialog import OfficersDialog
    from ui.community.devices_page import DeviceDialog
    from ui.community.patrols_page import PatrolDialog
    from ui.community.training_page import TrainingDialog
    from ui.login_dialog import LoginDialog
    from ui.outreach.session_form import SessionDialog

    window = make_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    window.new_report()
    for key in PAGES:
        window.show_page(key)
    found = [f"main window: {c}" for c in clashes(window)]
    dialogs = [
        SessionDialog(ctx),
        PatrolDialog(ctx, []),
        DeviceDialog(ctx),
        TrainingDialog(ctx, [], []),
        OfficersDialog(ctx),
        OfficerForm(ctx),
        PasswordDialog(ctx, ctx.officer),
        CategoriesDialog(ctx),
        HolidaysDialog(ctx),
        LoginDialog(lambda nrp, pw: None, ctx.runner, "SPKT"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += [f"{type(dialog).__name__}: {c}" for c in clashes(dialog)]
    return found


def test_no_clash_in_english(qtbot, ctx):
    found = _every_window(qtbot, ctx)
    assert not found, "\n".join(found)


@pytest.mark.usefixtures("indonesian")
def test_no_clash_in_indonesian(qtbot, ctx):
    found = _every_window(qtbot, ctx)
    assert not found, "\n".join(found)
