"""The case desk's contact log, the progress-letter dialog and the number patterns, driven as a user would."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QDialog

from db.services.contacts import list_contacts
from db.services.letters import list_letters, number_patterns
from db.services.report_input import CitizenInput
from tests.pdf_text import flat, pdf_text
from ui.admin.number_patterns_dialog import NumberPatternsDialog
from ui.cases.contact_log import COL_CHANNEL, COL_SUMMARY, ContactLogWidget
from ui.cases.letter_dialog import LetterDialog


@pytest.fixture
def ctx(ctx, tmp_path):
    """The shared context (tests/ui/conftest.py), with a folder for the letters."""
    return dataclasses.replace(ctx, output_dir=tmp_path / "out")


@pytest.fixture
def report(ctx, add_report):
    return add_report(
        citizen=CitizenInput(name="Budi Santoso", address="Jorong Koto Baru"),
        chronology="Pintu belakang <b>dicongkel</b>.",
        officer_id=ctx.officer.id,
    )


def test_add_a_contact_by_typing(qtbot, ctx, report):
    widget = ContactLogWidget(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.add_button.isEnabled()
    widget.show_report(report.id)
    assert widget.model.rowCount() == 0 and widget.add_button.isEnabled()
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    dialog = widget.findChild(QDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing typed: refused
    assert dialog.errors.text("summary") and dialog.isVisible()
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("whatsapp"))
    qtbot.keyClicks(dialog.summary_edit, "Pelapor dikabari lewat WA")
    qtbot.keyClicks(dialog.next_step_edit, "Panggil saksi")
    with qtbot.waitSignal(ctx.runner.data_changed) as changed:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert changed.args == ["report", [report.id]]
    assert not dialog.isVisible()
    (saved,) = list_contacts(ctx.session_factory, report.id)
    assert (saved.channel, saved.summary, saved.next_step) == (
        "whatsapp",
        "Pelapor dikabari lewat WA",
        "Panggil saksi",
    )
    assert widget.model.rowCount() == 1
    assert widget.model.index(0, COL_CHANNEL).data() == "WhatsApp"
    assert widget.model.index(0, COL_SUMMARY).data() == "Pelapor dikabari lewat WA"


def test_issue_a_letter_through_the_dialog(qtbot, ctx, report, monkeypatch):
    previews: list[QPrintPreviewDialog] = []
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: previews.append(self) or 0)
    contacts = ContactLogWidget(ctx)
    qtbot.addWidget(contacts)
    contacts.show_report(report.id)
    dialog = LetterDialog(ctx, report.id, "SP2HP")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.edits["addressee"].toPlainText() == "Sdr. Budi Santoso\nJorong Koto Baru"
    assert dialog.edits["facts"].toPlainText() == "Pintu belakang <b>dicongkel</b>."
    qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)  # actions and next steps missing
    assert dialog.errors.text("actions") and dialog.errors.text("next_steps")
    assert list_letters(ctx.session_factory, report.id) == []
    qtbot.keyClicks(dialog.edits["actions"], "Saksi diperiksa")
    qtbot.keyClicks(dialog.edits["next_steps"], "Olah TKP")
    with qtbot.waitSignal(dialog.issued) as issued:
        qtbot.mouseClick(dialog.issue_button, Qt.MouseButton.LeftButton)
    letter = issued.args[0]
    assert [x.id for x in list_letters(ctx.session_factory, report.id)] == [letter.id]
    assert previews and dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.pdf_path == ctx.output_dir / "letters" / (
        letter.number.replace("/", "_").replace(" ", "_") + ".pdf"
    )
    text = flat(pdf_text(dialog.pdf_path))
    assert letter.number in text and "Pintu belakang <b>dicongkel</b>." in text
    assert contacts.model.rowCount() == 1  # the letter is in the contact log


def test_number_patterns_preview_and_save(qtbot, ctx):
    dialog = NumberPatternsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert set(dialog.edits) == {"LP_B", "DUMAS", "SKTLK", "SP2HP", "SP3D"}
    assert "B/1/" in dialog.previews["SP2HP"].text()
    edit = dialog.edits["SP2HP"]
    edit.clear()
    qtbot.keyClicks(edit, "B/{n}/Reskrim")
    assert dialog.errors.text("SP2HP") and not dialog.save_button.isEnabled()
    qtbot.keyClicks(edit, "/{year}")
    assert not dialog.errors.text("SP2HP") and dialog.save_button.isEnabled()
    assert "B/1/Reskrim/20" in dialog.previews["SP2HP"].text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = {v.kind: v.pattern for v in number_patterns(ctx.session_factory)}
    assert saved["SP2HP"] == "B/{n}/Reskrim/{year}"
