"""Kiosk mode: a full-screen survey citizens fill at the counter, left only with an officer's password."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.rules.ikm import ELEMENTS
from db.services.officers import OfficerView
from db.services.survey import SurveyInput, SurveyView, record_response
from ui.context import UiContext
from ui.survey import labels
from ui.survey.kiosk_guard import KeyGuard
from ui.survey.kiosk_unlock import KioskUnlock
from ui.widgets.paragraph import paragraph

log = logging.getLogger(__name__)

THANKS_MS = 5_000
# A citizen who walks away half-way: the next one must not continue his answers.
IDLE_RESET_MS = 120_000
ANSWER_COLOURS = {1: "#c62828", 2: "#ef6c00", 3: "#7cb342", 4: "#2e7d32"}
PROFILE_FIELDS = ("sex", "age_group", "education", "occupation", "service")


class KioskWindow(KioskUnlock, QWidget):
    """One question per screen with four big buttons, the profile, thanks, then the next respondent.

    Leaving (the officer's unlock screen, refusing to close) is in ui/survey/kiosk_unlock.py.
    """

    unlocked = Signal(object)

    def __init__(self, ctx: UiContext, authenticate: Callable[[str, str], OfficerView]):
        super().__init__(None)
        self._ctx = ctx
        self._authenticate = authenticate
        self._unlocked = False
        self._answers = [0] * len(ELEMENTS)
        self.question_index = 0
        self._page_before_unlock: QWidget | None = None
        self._guard = KeyGuard(self, self.ask_officer)
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setWindowTitle(self.tr("Citizen satisfaction survey"))
        self.thanks_timer = QTimer(self, singleShot=True, interval=THANKS_MS)
        self.thanks_timer.timeout.connect(self.next_respondent)
        self.idle_timer = QTimer(self, singleShot=True, interval=IDLE_RESET_MS)
        self.idle_timer.timeout.connect(self.next_respondent)
        self._setup_ui()
        self.next_respondent()

    # ---- building

    def _setup_ui(self) -> None:
        font = QFont(self.font())
        font.setPointSize(18)
        self.setFont(font)
        self.setStyleSheet("KioskWindow { background: #f4f6f9; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 12)
        station = self._ctx.station.unit if self._ctx.station else ""
        header = QLabel(self.tr("Citizen satisfaction survey") + (f" — {station}" if station else ""))
        header.setStyleSheet("font-size: 22pt; font-weight: bold; color: #1a237e;")
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(header)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.question_page = self._question_page()
        self.profile_page, self.profile_more_page = self._profile_pages()
        self.thanks_page = self._thanks_page()
        self.unlock_page = self._unlock_page()
        for page in (
            self.question_page,
            self.profile_page,
            self.profile_more_page,
            self.thanks_page,
            self.unlock_page,
        ):
            self.stack.addWidget(page)
        footer = QHBoxLayout()
        footer.addStretch(1)
        # Discreet on purpose: citizens should not see an invitation to leave.
        self.officer_button = QPushButton(self.tr("Officer"))
        self.officer_button.setFlat(True)
        self.officer_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.officer_button.setStyleSheet("font-size: 9pt; color: #9e9e9e;")
        self.officer_button.clicked.connect(self.ask_officer)
        footer.addWidget(self.officer_button)
        layout.addLayout(footer)

    def _question_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.progress_label = QLabel()
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress_label.setStyleSheet("color: #546e7a; font-size: 16pt;")
        self.question_label = paragraph()
        self.question_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.question_label.setStyleSheet("font-size: 28pt; font-weight: bold;")
        box.addStretch(1)
        box.addWidget(self.progress_label)
        box.addWidget(self.question_label)
        box.addSpacing(32)
        row = QHBoxLayout()
        row.setSpacing(24)
        self.answer_buttons: list[QPushButton] = []
        for value, text in labels.answer_labels().items():
            button = QPushButton(f"{value}\n{text}")
            button.setMinimumSize(230, 170)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(
                f"QPushButton {{ background: {ANSWER_COLOURS[value]}; color: white; font-size: 24pt;"
                " font-weight: bold; border-radius: 18px; }"
            )
            button.clicked.connect(lambda _=False, v=value: self.answer(v))
            self.answer_buttons.append(button)
            row.addWidget(button)
        box.addLayout(row)
        box.addSpacing(24)
        self.question_back_button = self._nav_button(self.tr("Back"), self.back)
        box.addWidget(self.question_back_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    def _nav_button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setMinimumSize(200, 64)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _choice_row(
        self, grid: QGridLayout, row: int, title: str, field: str, options: dict[str, str]
    ) -> None:
        grid.addWidget(QLabel(title), row, 0, Qt.AlignmentFlag.AlignTop)
        group = QButtonGroup(self)
        cells = QGridLayout()
        for i, (code, text) in enumerate(options.items()):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setMinimumHeight(56)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setProperty("code", code)
            button.setStyleSheet("QPushButton:checked { background: #1565c0; color: white; }")
            button.clicked.connect(self.idle_timer.start)
            group.addButton(button)
            cells.addWidget(button, i // 4, i % 4)
        grid.addLayout(cells, row, 1)
        self.profile_groups[field] = group

    def _profile_pages(self) -> tuple[QWidget, QWidget]:
        self.profile_groups: dict[str, QButtonGroup] = {}
        first = QWidget()
        grid = QGridLayout(first)
        grid.addWidget(QLabel(self.tr("About you (optional)")), 0, 0, 1, 2)
        self._choice_row(grid, 1, self.tr("Sex"), "sex", labels.sex_labels())
        self._choice_row(grid, 2, self.tr("Age"), "age_group", labels.age_group_labels())
        self._choice_row(grid, 3, self.tr("Education"), "education", labels.education_labels())
        grid.setRowStretch(4, 1)
        nav = QHBoxLayout()
        nav.addWidget(self._nav_button(self.tr("Back"), self.back))
        nav.addStretch(1)
        self.profile_next_button = self._nav_button(self.tr("Next"), self._to_profile_more)
        nav.addWidget(self.profile_next_button)
        grid.addLayout(nav, 5, 0, 1, 2)

        second = QWidget()
        grid = QGridLayout(second)
        self._choice_row(grid, 0, self.tr("Occupation"), "occupation", labels.occupation_labels())
        self._choice_row(grid, 1, self.tr("Service"), "service", labels.service_labels())
        grid.addWidget(QLabel(self.tr("Suggestions")), 2, 0, Qt.AlignmentFlag.AlignTop)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("Your suggestions or complaints (optional)"))
        grid.addWidget(self.comment_edit, 2, 1)
        self.send_error = QLabel()
        self.send_error.setStyleSheet("color: #b00020;")
        self.send_error.setVisible(False)
        grid.addWidget(self.send_error, 3, 0, 1, 2)
        nav = QHBoxLayout()
        nav.addWidget(self._nav_button(self.tr("Back"), self.back))
        nav.addStretch(1)
        self.send_button = self._nav_button(self.tr("Send"), self.send)
        self.send_button.setStyleSheet("background: #2e7d32; color: white; font-weight: bold;")
        nav.addWidget(self.send_button)
        grid.addLayout(nav, 4, 0, 1, 2)
        return first, second

    def _thanks_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        label = paragraph(self.tr("Thank you! Your answers help us serve you better."))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet("font-size: 32pt; font-weight: bold; color: #2e7d32;")
        box.addWidget(label)
        return page

    # ---- the respondent's way through

    def start(self) -> None:
        """Full screen, on top, with the keyboard guarded until an officer unlocks."""
        QApplication.instance().installEventFilter(self._guard)
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def next_respondent(self) -> None:
        """A fresh questionnaire at the first question."""
        self.thanks_timer.stop()
        self.idle_timer.stop()
        self._answers = [0] * len(ELEMENTS)
        for group in self.profile_groups.values():
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.comment_edit.clear()
        self.send_error.setVisible(False)
        self.send_button.setEnabled(True)
        self._show_question(0)

    def _show_question(self, index: int) -> None:
        self.question_index = index
        names, questions = labels.element_names(), labels.element_questions()
        self.progress_label.setText(
            self.tr("Question %1 of %2 — %3")
            .replace("%1", str(index + 1))
            .replace("%2", "9")
            .replace("%3", names[index])
        )
        self.question_label.setText(questions[index])
        self.question_back_button.setVisible(index > 0)
        self.stack.setCurrentWidget(self.question_page)

    def answer(self, value: int) -> None:
        """The citizen's answer to the current question; the next one follows at once."""
        self._answers[self.question_index] = value
        self.idle_timer.start()
        if self.question_index + 1 < len(ELEMENTS):
            self._show_question(self.question_index + 1)
        else:
            self.stack.setCurrentWidget(self.profile_page)

    def back(self) -> None:
        page = self.stack.currentWidget()
        if page is self.profile_more_page:
            self.stack.setCurrentWidget(self.profile_page)
        elif page is self.profile_page:
            self._show_question(len(ELEMENTS) - 1)
        elif page is self.question_page and self.question_index > 0:
            self._show_question(self.question_index - 1)

    def _to_profile_more(self) -> None:
        self.stack.setCurrentWidget(self.profile_more_page)

    def answers(self) -> tuple[int, ...]:
        return tuple(self._answers)

    def value(self) -> SurveyInput:
        chosen = {}
        for field, group in self.profile_groups.items():
            button = group.checkedButton()
            chosen[field] = button.property("code") if button is not None else ""
        return SurveyInput(answers=self.answers(), comment=self.comment_edit.toPlainText(), **chosen)

    def send(self) -> None:
        data = self.value()
        sf = self._ctx.session_factory
        officer_id = self._ctx.officer_id or None
        self.send_button.setEnabled(False)
        self._ctx.runner.run_db(
            lambda: record_response(sf, data=data, source="kiosk", officer_id=officer_id),
            on_done=self._sent,
            on_error=self._send_failed,
            changes=("survey", lambda view: [view.id]),
        )

    def _sent(self, _view: SurveyView) -> None:
        self.idle_timer.stop()
        self.stack.setCurrentWidget(self.thanks_page)
        self.thanks_timer.start()

    def _send_failed(self, exc: BaseException) -> None:
        log.error("kiosk response not saved", exc_info=exc)
        self.send_button.setEnabled(True)
        self.send_error.setText(
            self.tr("Your answers could not be saved. Please tell the officer at the desk.")
        )
        self.send_error.setVisible(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        keys = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4}
        if self.stack.currentWidget() is self.question_page and event.key() in keys:
            self.answer(keys[Qt.Key(event.key())])
        # Everything else is swallowed here: a kiosk has no keyboard behaviour of its own to fall back on.
        event.accept()
