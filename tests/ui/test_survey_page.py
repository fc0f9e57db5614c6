"""The survey page (IKM of a period, sample warning, profile) and the officer's survey form."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from db.rules.timeutil import WIB, now_utc
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.services.survey import SurveyInput, record_response, responses_between
from tests.pdf_text import pdf_text
from ui.survey.survey_form import SurveyForm
from ui.survey.survey_page import COL_NRR, SurveyPage, period_bounds

NOVEMBER = datetime(2026, 11, 10, 3, 0, tzinfo=UTC)


def _report(ctx, when):
    return register_report(
        ctx.session_factory,
        data=ReportInput(kind="LP_B", citizen=CitizenInput(name="Budi"), offense="Pencurian", chronology="x"),
        officer_id=ctx.officer.id,
        now=when,
    )


def _respond(ctx, answers, **profile):
    return record_response(
        ctx.session_factory, data=SurveyInput(answers=answers, answered_at=NOVEMBER, **profile), source="form"
    )


@pytest.mark.parametrize(
    "kind, today, expected",
    [
        ("month", date(2026, 2, 14), (date(2026, 2, 1), date(2026, 2, 28))),
        ("quarter", date(2026, 11, 27), (date(2026, 10, 1), date(2026, 12, 31))),
        ("semester", date(2026, 6, 30), (date(2026, 1, 1), date(2026, 6, 30))),
        ("semester", date(2026, 7, 1), (date(2026, 7, 1), date(2026, 12, 31))),
        ("year", date(2026, 5, 5), (date(2026, 1, 1), date(2026, 12, 31))),
    ],
)
def test_period_bounds(kind, today, expected):
    assert period_bounds(kind, today) == expected


def test_the_page_shows_the_index_grade_and_sample_warning(qtbot, ctx):
    _respond(ctx, (4, 3, 3, 4, 3, 4, 4, 3, 3), sex="L", service="LP_B", comment="Cepat")
    _respond(ctx, (4, 4, 4, 4, 4, 4, 4, 4, 4), sex="P", service="SKCK")
    for _ in range(3):
        _report(ctx, NOVEMBER)
    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    page.set_period(date(2026, 11, 1), date(2026, 11, 30))
    assert page.report.respondents == 2 and page.report.services == 3
    assert page.elements_table.item(0, COL_NRR).text() == "4.00"
    assert page.elements_table.item(1, COL_NRR).text() == "3.50"
    assert "B" in page.index_label.text() and "Baik" in page.index_label.text()
    assert "93.06" in page.index_label.text()  # Σ = 67 → 67/18 × 25
    assert not page.warning_label.isHidden() and "1" in page.warning_label.text()
    assert page.comments_list.count() == 1 and page.comments_list.item(0).text() == "Cepat"
    sex = page.profile_tree.topLevelItem(0)
    assert [sex.child(i).text(1) for i in range(sex.childCount())] == ["1", "1"]

    _respond(ctx, (3,) * 9)
    page.reload()
    assert page.report.enough and page.warning_label.isHidden()


def test_an_empty_period_says_so(qtbot, ctx):
    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    page.set_period(date(2020, 1, 1), date(2020, 12, 31))
    assert page.report.result is None and page.elements_table.item(0, COL_NRR).text() == "–"


def test_kiosk_button_asks_the_lead(qtbot, ctx):
    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.start_kiosk_requested):
        qtbot.mouseClick(page.kiosk_button, Qt.MouseButton.LeftButton)


def test_a_new_response_from_the_dialog_refreshes_the_page(qtbot, ctx):
    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    page.period_combo.setCurrentIndex(0)  # this month
    before = page.report.respondents
    dialog = page.new_response()
    form = dialog.form
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # nothing chosen: refused
    assert form.errors.text("u1") and dialog.isVisible()
    form.set_answers((4, 4, 3, 3, 4, 4, 4, 3, 4))
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("P"))
    with qtbot.waitSignal(form.saved):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert page.report.respondents == before + 1


def test_the_form_links_a_report_only_with_consent(qtbot, ctx):
    report = _report(ctx, now_utc())
    form = SurveyForm(ctx)
    qtbot.addWidget(form)
    assert not form.report_number_edit.isEnabled()
    form.set_answers((3,) * 9)
    form.consent_check.setChecked(True)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # consent but no number
    assert form.errors.text("report_number")
    form.report_number_edit.setText("LP/B/0/XI/2026")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.text("report_number")  # no such report
    form.report_number_edit.setText(report.number)
    with qtbot.waitSignal(form.saved) as signal:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].report_id == report.id and signal.args[0].source == "form"
    assert form.answers() == (0,) * 9 and not form.consent_check.isChecked()  # ready for the next one

    form.set_answers((2,) * 9)
    form.report_number_edit.setText(report.number)  # typed while consent is off: ignored
    with qtbot.waitSignal(form.saved) as signal:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].report_id is None
    today = now_utc().astimezone(WIB).date()
    assert len(responses_between(ctx.session_factory, date_from=today, date_to=today)) == 2


@time_machine.travel(datetime(2026, 11, 27, 10, tzinfo=WIB), tick=True)  # the page opens on November
def test_the_ikm_report_is_written_as_pdf_and_excel_from_the_page(qtbot, ctx, tmp_path):
    from openpyxl import load_workbook

    ctx.output_dir = tmp_path / "documents"
    _respond(ctx, (4, 3, 3, 4, 3, 4, 4, 3, 3), sex="L", service="LP_B", comment="=SUM(A1) <b>cepat</b>")
    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    opened: list = []
    page.exporter._open = opened.append
    page.pdf_button.click()
    page.xlsx_button.click()
    pdf, xlsx = opened
    text = pdf_text(pdf)
    assert "Persyaratan" in text and "<b>cepat</b>" in text
    comments = load_workbook(xlsx)["Komentar"]
    assert not any(
        str(c.value).startswith("=") and c.data_type == "f" for row in comments.iter_rows() for c in row
    )


@pytest.mark.usefixtures("indonesian")
def test_in_indonesian_the_figures_use_the_decimal_comma(qtbot, ctx):
    _respond(ctx, (4, 3, 3, 4, 3, 4, 4, 3, 3), sex="L", service="LP_B", comment="Cepat")
    _respond(ctx, (4, 4, 4, 4, 4, 4, 4, 4, 4), sex="P", service="SKCK")
    page = SurveyPage(ctx)
    qtbot.addWidget(page)
    page.set_period(date(2026, 11, 1), date(2026, 11, 30))
    assert page.elements_table.item(1, COL_NRR).text() == "3,50"
    assert "93,06" in page.index_label.text() and "93.06" not in page.index_label.text()
