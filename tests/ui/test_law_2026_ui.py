"""The law-of-2026 screens: offence articles and SP2HP cadence (admin), the form's article suggestion, and
closing a police report by restorative justice from the Follow-up tab."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

from db.rules.timeutil import today_wib
from db.services.articles import list_articles
from db.services.cadence import list_cadence
from db.services.case_flow import case_state, change_status
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.services.restorative import restorative_record
from ui.admin.policy_dialogs import ArticlesDialog, CadenceDialog, EditDialog
from ui.cases.case_panel import CasePanel
from ui.reports.report_form import ReportForm


@pytest.fixture
def editors(monkeypatch):
    """The edit dialog is shown (not exec'd) and kept for the test to type into."""
    opened: list[EditDialog] = []

    def open_editor(self, editor: EditDialog) -> None:
        opened.append(editor)
        editor.show()

    monkeypatch.setattr(ArticlesDialog, "_open_editor", open_editor)
    monkeypatch.setattr(CadenceDialog, "_open_editor", open_editor)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    return opened


def _select(dialog, text: str) -> None:
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == text)
    dialog.table.selectRow(row)


def test_admin_changes_the_light_cadence_with_its_source(qtbot, ctx, editors):
    dialog = CadenceDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)
    assert dialog.table.item(4, 0).text() == "Very difficult"
    assert dialog.table.item(4, 1).text() == "20, 40, 60, 80, 100, 120"
    _select(dialog, "Light")
    dialog.edit()
    editor = editors[-1]
    editor.edits["days"].setText("10, 20, 30, 40")
    editor.edits["source"].setText("Perkap 12/2009 Pasal 39 (diubah contoh)")
    editor.submit()
    assert {r.tier: r.days for r in list_cadence(ctx.session_factory)}["light"] == (10, 20, 30, 40)
    qtbot.waitUntil(lambda: dialog.table.item(1, 1).text() == "10, 20, 30, 40")
    # A refused value shows its message next to the field and changes nothing.
    dialog.edit()
    editor = editors[-1]
    editor.edits["days"].setText("30, 20")
    editor.submit()
    assert editor.isVisible() and editor.findChild(QLabel, "error_days").isVisible()
    assert {r.tier: r.days for r in list_cadence(ctx.session_factory)}["light"] == (10, 20, 30, 40)


def test_admin_fills_an_empty_article_with_its_source(qtbot, ctx, editors):
    dialog = ArticlesDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() > 20)
    _select(dialog, "Pencurian biasa")
    assert [dialog.table.item(dialog.table.currentRow(), c).text() for c in (1, 2)] == [
        "Pasal 476",
        "Pasal 362",
    ]
    _select(dialog, "Narkoba")
    dialog.edit()
    editor = editors[-1]
    editor.edits["article_new"].setText("Pasal 114 UU 35/2009")
    editor.submit()  # no source yet: refused next to the field
    assert editor.findChild(QLabel, "error_source").isVisible()
    editor.edits["source"].setText("UU 35/2009 tentang Narkotika")
    editor.submit()
    rows = {a.category: a for a in list_articles(ctx.session_factory)}
    assert rows["Narkoba"].article_new == "Pasal 114 UU 35/2009"


def test_form_suggests_the_article_of_the_code_in_force_on_the_incident_date(qtbot, ctx):
    form = ReportForm(ctx)
    qtbot.addWidget(form)
    form.category_combo.setCurrentIndex(form.category_combo.findText("Pencurian biasa"))
    qtbot.keyClicks(form.incident_edit, "01/03/2026 10:00")  # typed, as at the counter
    assert form.article_edit.placeholderText() == "Suggested: Pasal 476 UU No. 1 Tahun 2023 tentang KUHP"
    form.incident_edit.clear()
    qtbot.keyClicks(form.incident_edit, "30-12-2025 22.00")
    assert form.article_edit.placeholderText() == (
        "Suggested: Pasal 362 KUHP lama (kejadian sebelum 2 Januari 2026)"
    )
    form.category_combo.setCurrentIndex(form.category_combo.findText("Narkoba"))
    assert form.article_edit.placeholderText() == "e.g. Pasal 476 (UU 1/2023)"


def test_closing_by_restorative_justice_from_the_follow_up_tab(qtbot, ctx):
    sf, admin = ctx.session_factory, ctx.officer
    data = ReportInput(kind="LP_B", citizen=CitizenInput(name="Siti Rahmah"), offense="Penganiayaan",
                       chronology="Cekcok di lapau")  # fmt: skip
    rid = register_report(sf, data=data, officer_id=admin.id).id
    panel = CasePanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(rid)
    qtbot.waitUntil(lambda: panel.state is not None)
    assert not panel.restorative_button.isVisible()  # "received" cannot close yet
    change_status(sf, report_id=rid, to_status="in_progress", officer_id=admin.id)
    panel.show_case(rid)
    qtbot.waitUntil(lambda: panel.state is not None and panel.state.status == "in_progress")
    assert panel.restorative_button.isVisible()
    dialog = panel.open_restorative_dialog()
    assert dialog is not None
    dialog.submit()  # no statement yet
    assert dialog.findChild(QLabel, "error_statement").isVisible()
    dialog.statement_edit.setPlainText("Kedua pihak berdamai; biaya berobat diganti terlapor.")
    dialog.submit()
    assert case_state(sf, rid, officer_id=admin.id).status == "closed"
    record = restorative_record(sf, report_id=rid)
    assert record is not None and record.statement.startswith("Kedua pihak berdamai")
    assert record.agreed_on == today_wib()  # the dialog's default: WIB's today
