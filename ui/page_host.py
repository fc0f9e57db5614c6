"""A full-window page (outreach, survey, patrols …) with a title and a way back to the desk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PageHost(QWidget):
    """Wraps a feature page; `back` asks the main window to return to the desk (Esc does too)."""

    back = Signal()

    def __init__(self, title: str, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.page = page
        bar = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Back to the desk (Esc)"))
        self.back_button.clicked.connect(self.back.emit)
        heading = QLabel(title.replace("&", ""))
        heading.setStyleSheet("font-size: 18px; font-weight: 600;")
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        bar.addWidget(heading)
        bar.addStretch(1)
        # Esc only within the page, so a dialog's or form's own Esc is never ambiguous with it.
        escape = QShortcut(QKeySequence("Esc"), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back.emit)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(page, 1)
