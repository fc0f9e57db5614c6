"""The IKM of a period: the index per element, the grade, the sample check, the profile and the comments."""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.rules.ikm import ELEMENTS
from db.rules.numbers import decimal_text
from db.rules.timeutil import WIB, now_utc
from db.services.survey import IkmReport, ikm_for_period
from ui.context import UiContext
from ui.dates import interface_language
from ui.survey import labels
from ui.survey.ikm_export import IkmExport
from ui.survey.survey_form import SurveyForm
from ui.widgets.paragraph import paragraph

log = logging.getLogger(__name__)

PERIODS = ("month", "quarter", "semester", "year", "custom")
COL_CODE, COL_NAME, COL_NRR = 0, 1, 2


def period_bounds(kind: str, today: date) -> tuple[date, date]:
    """The calendar month, quarter, half-year or year that holds `today` (a WIB date), first and last day."""
    months = {"month": 1, "quarter": 3, "semester": 6, "year": 12}[kind]
    first_month = (today.month - 1) // months * months + 1
    start = date(today.year, first_month, 1)
    end_month = first_month + months
    after = date(today.year + 1, 1, 1) if end_month > 12 else date(today.year, end_month, 1)
    return start, date.fromordinal(after.toordinal() - 1)


class SurveyPage(QWidget):
    """Shows the IKM of the chosen period and refreshes itself when a response or a report is saved."""

    start_kiosk_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.report: IkmReport | None = None
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self._period_changed()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period")))
        self.period_combo = QComboBox()
        for kind, text in zip(
            PERIODS,
            (
                self.tr("This month"),
                self.tr("This quarter"),
                self.tr("This semester"),
                self.tr("This year"),
                self.tr("Custom"),
            ),
            strict=True,
        ):
            self.period_combo.addItem(text, kind)
        self.period_combo.currentIndexChanged.connect(self._period_changed)
        bar.addWidget(self.period_combo)
        self.from_edit, self.to_edit = QDateEdit(), QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(self._dates_changed)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.to_edit)
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New response…"))
        self.new_button.clicked.connect(self.new_response)
        bar.addWidget(self.new_button)
        self.exporter = IkmExport(self._ctx, self)
        self.pdf_button = QPushButton(self.tr("IKM report (PDF)"))
        self.pdf_button.clicked.connect(lambda: self.exporter.export(self.period(), "pdf"))
        bar.addWidget(self.pdf_button)
        self.xlsx_button = QPushButton(self.tr("Excel"))
        self.xlsx_button.clicked.connect(lambda: self.exporter.export(self.period(), "xlsx"))
        bar.addWidget(self.xlsx_button)
        self.kiosk_button = QPushButton(self.tr("Start kiosk mode"))
        self.kiosk_button.clicked.connect(self.start_kiosk_requested)
        bar.addWidget(self.kiosk_button)
        layout.addLayout(bar)

        self.index_label = QLabel()
        self.index_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.sample_label = QLabel()
        self.warning_label = paragraph()
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold;")
        layout.addWidget(self.index_label)
        layout.addWidget(self.sample_label)
        layout.addWidget(self.warning_label)

        grid = QGridLayout()
        self.elements_table = QTableWidget(len(ELEMENTS), 3)
        self.elements_table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Element"), self.tr("NRR")])
        self.elements_table.verticalHeader().setVisible(False)
        self.elements_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.elements_table.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NRR, QHeaderView.ResizeMode.ResizeToContents)
        self.elements_table.verticalHeader().setDefaultSectionSize(26)
        self.elements_table.setFixedHeight(26 * len(ELEMENTS) + 32)
        for row, (code, name) in enumerate(zip(ELEMENTS, labels.element_names(), strict=True)):
            self.elements_table.setItem(row, COL_CODE, QTableWidgetItem(code))
            self.elements_table.setItem(row, COL_NAME, QTableWidgetItem(name))
            nrr = QTableWidgetItem("–")
            nrr.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.elements_table.setItem(row, COL_NRR, nrr)
        elements_box = QGroupBox(self.tr("Index per element"))
        QVBoxLayout(elements_box).addWidget(self.elements_table)
        grid.addWidget(elements_box, 0, 0)

        self.profile_tree = QTreeWidget()
        self.profile_tree.setHeaderLabels([self.tr("Respondents"), self.tr("Count")])
        self.profile_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.profile_tree.header().setStretchLastSection(False)
        profile_box = QGroupBox(self.tr("Respondent profile"))
        QVBoxLayout(profile_box).addWidget(self.profile_tree)
        grid.addWidget(profile_box, 0, 1, 2, 1)
        self.comments_list = QListWidget()
        self.comments_list.setWordWrap(True)
        comments_box = QGroupBox(self.tr("Comments"))
        QVBoxLayout(comments_box).addWidget(self.comments_list)
        grid.addWidget(comments_box, 1, 0)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid, 1)

    # ---- the period

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, date_from: date, date_to: date) -> None:
        """A custom period (also for tests and the lead's "IKM of last quarter" links)."""
        self.period_combo.setCurrentIndex(PERIODS.index("custom"))
        self._show_dates(date_from, date_to)
        self.reload()

    def _show_dates(self, date_from: date, date_to: date) -> None:
        """Put the period in the date fields without each change reloading the page."""
        for edit, day in ((self.from_edit, date_from), (self.to_edit, date_to)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _period_changed(self) -> None:
        kind = self.period_combo.currentData()
        custom = kind == "custom"
        self.from_edit.setEnabled(custom)
        self.to_edit.setEnabled(custom)
        if not custom:
            self._show_dates(*period_bounds(kind, now_utc().astimezone(WIB).date()))
        self.reload()

    def _dates_changed(self) -> None:
        if self.period_combo.currentData() == "custom":
            self.reload()

    def _on_data_changed(self, entity: str, _ids: list) -> None:
        if entity in ("survey", "report"):
            self.reload()

    # ---- loading and showing

    def reload(self) -> None:
        date_from, date_to = self.period()
        if date_to < date_from:
            self.warning_label.setText(self.tr("The end of the period is before its start."))
            return
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(
            lambda: ikm_for_period(sf, date_from=date_from, date_to=date_to),
            on_done=self._show,
            on_error=lambda exc: log.error("IKM not computed", exc_info=exc),
        )

    def _show(self, report: IkmReport) -> None:
        self.report = report
        result = report.result
        nrrs = result.nrr_rounded() if result is not None else (None,) * len(ELEMENTS)
        lang = interface_language()  # the decimal comma in Indonesian
        for row, nrr in enumerate(nrrs):
            self.elements_table.item(row, COL_NRR).setText("–" if nrr is None else decimal_text(nrr, 2, lang))
        if result is None:
            self.index_label.setText(self.tr("No response in this period"))
        else:
            self.index_label.setText(
                self.tr("IKM %1 (interval value %2) — grade %3, %4")
                .replace("%1", decimal_text(result.index, 2, lang))
                .replace("%2", decimal_text(result.ikm, 4, lang))
                .replace("%3", result.grade)
                .replace("%4", result.grade_label)
            )
        self.sample_label.setText(
            self.tr("%1 respondents; %2 services in the period need at least %3 (Krejcie–Morgan)")
            .replace("%1", str(report.respondents))
            .replace("%2", str(report.services))
            .replace("%3", str(report.required_sample))
        )
        if report.enough:
            self.warning_label.clear()
            self.warning_label.setVisible(False)
        else:
            missing = max(report.required_sample - report.respondents, 1)
            self.warning_label.setText(
                self.tr(
                    "Too few respondents: %1 more are needed before the index is representative."
                ).replace("%1", str(missing))
            )
            self.warning_label.setVisible(True)
        self._show_profile(report)
        self.comments_list.clear()
        self.comments_list.addItems(list(report.comments))

    def _show_profile(self, report: IkmReport) -> None:
        self.profile_tree.clear()
        for title, counts, options in (
            (self.tr("Sex"), report.by_sex, labels.sex_labels()),
            (self.tr("Age group"), report.by_age_group, labels.age_group_labels()),
            (self.tr("Education"), report.by_education, labels.education_labels()),
            (self.tr("Occupation"), report.by_occupation, labels.occupation_labels()),
            (self.tr("Service used"), report.by_service, labels.service_labels()),
        ):
            parent = QTreeWidgetItem([title, ""])
            for code, count in counts:
                if count or code in options:
                    child = QTreeWidgetItem([labels.label_of(options, code), str(count)])
                    child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
                    parent.addChild(child)
            self.profile_tree.addTopLevelItem(parent)
            parent.setExpanded(True)

    # ---- actions

    def new_response(self) -> QDialog:
        """The officer types a paper or spoken questionnaire; the page refreshes through data_changed."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("New survey response"))
        dialog.form = SurveyForm(self._ctx, dialog)
        dialog.form.saved.connect(dialog.accept)
        QVBoxLayout(dialog).addWidget(dialog.form)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
