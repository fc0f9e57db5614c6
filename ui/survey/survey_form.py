"""The officer's survey form: U1–U9 answered 1–4, the respondent's profile, a comment, an optional report."""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.rules.ikm import ELEMENTS
from db.services.survey import SurveyInput, SurveyView, record_response
from ui.context import UiContext
from ui.survey import labels
from ui.widgets.field_errors import FieldErrors, RefusalTexts

log = logging.getLogger(__name__)


class SurveyForm(QWidget):
    """Fills one questionnaire; `saved(SurveyView)` after it is recorded, then the form is empty again."""

    saved = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, kiosk: bool = False):
        super().__init__(parent)
        self._ctx = ctx
        self._kiosk = kiosk
        self.errors = FieldErrors()
        self.answer_groups: list[QButtonGroup] = []
        self._setup_ui()
        self.reset()

    def _setup_ui(self) -> None:
        if self._kiosk:
            font = QFont(self.font())
            font.setPointSize(max(font.pointSize(), 9) + 5)
            self.setFont(font)
        layout = QVBoxLayout(self)

        answers_box = QGroupBox(self.tr("Service elements (1 = poor … 4 = very good)"))
        grid = QGridLayout(answers_box)
        answer_texts = labels.answer_labels()
        for col, value in enumerate((1, 2, 3, 4), start=2):
            grid.addWidget(QLabel(f"{value} {answer_texts[value]}"), 0, col)
        for row, (code, name) in enumerate(zip(ELEMENTS, labels.element_names(), strict=True), start=1):
            grid.addWidget(QLabel(code), row, 0)
            grid.addWidget(QLabel(name), row, 1)
            group = QButtonGroup(self)
            for col, value in enumerate((1, 2, 3, 4), start=2):
                button = QRadioButton(str(value))
                button.setObjectName(f"{code.lower()}_{value}")
                group.addButton(button, value)
                grid.addWidget(button, row, col)
            self.answer_groups.append(group)
            grid.addWidget(self.errors.label_for(code.lower()), row, 6)
        layout.addWidget(answers_box)

        profile_box = QGroupBox(self.tr("Respondent"))
        form = QFormLayout(profile_box)
        self.sex_combo = self._combo(labels.sex_labels())
        self.age_combo = self._combo(labels.age_group_labels())
        self.education_combo = self._combo(labels.education_labels())
        self.occupation_combo = self._combo(labels.occupation_labels())
        self.service_combo = self._combo(labels.service_labels())
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("Suggestions or complaints (optional)"))
        self.comment_edit.setFixedHeight(70)
        for text, widget, field in (
            (self.tr("Sex"), self.sex_combo, "sex"),
            (self.tr("Age group"), self.age_combo, "age_group"),
            (self.tr("Education"), self.education_combo, "education"),
            (self.tr("Occupation"), self.occupation_combo, "occupation"),
            (self.tr("Service used"), self.service_combo, "service"),
            (self.tr("Comment"), self.comment_edit, "comment"),
        ):
            form.addRow(text, widget)
            form.addRow("", self.errors.label_for(field, widget))
        layout.addWidget(profile_box)

        # Anonymous unless the citizen agrees: the number field only opens after the consent box is ticked.
        self.consent_check = QCheckBox(self.tr("The citizen agrees to link this answer to his report"))
        self.report_number_edit = QLineEdit()
        self.report_number_edit.setPlaceholderText(self.tr("Report number"))
        self.report_number_edit.setEnabled(False)
        self.consent_check.toggled.connect(self._consent_toggled)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent_check)
        consent_row.addWidget(self.report_number_edit, 1)
        layout.addLayout(consent_row)
        layout.addWidget(self.errors.label_for("report_number", self.report_number_edit))

        layout.addWidget(self.errors.general_label())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save response"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def _combo(self, options: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("— not answered —"), "")
        for code, text in options.items():
            combo.addItem(text, code)
        return combo

    def _consent_toggled(self, checked: bool) -> None:
        self.report_number_edit.setEnabled(checked)
        if not checked:
            self.report_number_edit.clear()

    def answers(self) -> tuple[int, ...]:
        """U1..U9 as chosen; 0 where nothing is chosen yet (the service names the missing ones)."""
        return tuple(max(group.checkedId(), 0) for group in self.answer_groups)

    def set_answers(self, answers: tuple[int, ...]) -> None:
        for group, value in zip(self.answer_groups, answers, strict=True):
            group.button(value).setChecked(True)

    def value(self) -> SurveyInput:
        number = self.report_number_edit.text().strip() if self.consent_check.isChecked() else ""
        return SurveyInput(
            answers=self.answers(),
            sex=self.sex_combo.currentData(),
            age_group=self.age_combo.currentData(),
            education=self.education_combo.currentData(),
            occupation=self.occupation_combo.currentData(),
            service=self.service_combo.currentData(),
            comment=self.comment_edit.toPlainText(),
            report_number=number,
        )

    def reset(self) -> None:
        """Empty for the next respondent."""
        for group in self.answer_groups:
            # An exclusive group will not uncheck its last button; lift that for a moment.
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        for combo in (
            self.sex_combo,
            self.age_combo,
            self.education_combo,
            self.occupation_combo,
            self.service_combo,
        ):
            combo.setCurrentIndex(0)
        self.comment_edit.clear()
        self.consent_check.setChecked(False)
        self.errors.clear()

    def save(self) -> None:
        self.errors.clear()
        data = self.value()
        if self.consent_check.isChecked() and not data.report_number:
            message = self.tr("Enter the report number, or untick the consent box.")
            self.errors.show({"report_number": message})
            return
        sf = self._ctx.session_factory
        officer_id = self._ctx.officer_id or None
        source = "kiosk" if self._kiosk else "form"
        self.save_button.setEnabled(False)
        self._ctx.runner.run_db(
            lambda: record_response(sf, data=data, source=source, officer_id=officer_id),
            on_done=self._saved,
            on_error=self._failed,
            changes=("survey", lambda view: [view.id]),
        )

    def _saved(self, view: SurveyView) -> None:
        self.save_button.setEnabled(True)
        self.reset()
        self.saved.emit(view)

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        failed = self.tr("The response could not be saved: %1")
        self.errors.show_refusal(exc, RefusalTexts(denied=failed, missing=failed, failed=failed))
