"""The headline tiles of the analysis: received, CT, CC, clearance, first action, deadlines, outreach, IKM."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from db.queries.analysis import AnalysisData
from db.rules.numbers import decimal_text, percent_text
from ui.dates import interface_language
from ui.widgets.paragraph import paragraph

TILE_KEYS = (
    "received",
    "ct",
    "cc",
    "clearance",
    "first_action",
    "deadlines",
    "outreach",
    "ikm",
)
COLUMNS = 4


class Tile(QFrame):
    """A caption, a large figure and a small note under it; focusable so a screen reader reaches it."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setStyleSheet("Tile { background: palette(base); border-radius: 4px; }")
        self.caption = QLabel(caption, self)
        self.caption.setStyleSheet("color: #555; font-weight: 600;")
        self.value = QLabel("–", self)
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.note = paragraph("", self)
        self.note.setStyleSheet("color: #666;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)

    def set(self, value: str, note: str = "") -> None:
        self.value.setText(value)
        self.note.setText(note)
        self.setAccessibleName(f"{self.caption.text()}: {value}. {note}".strip())


class HeadlineTiles(QWidget):
    """Eight tiles in a grid; `tiles[key]` reaches one (keys in TILE_KEYS)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        captions = (
            self.tr("Reports received"),
            self.tr("CT (crime total)"),
            self.tr("CC (crime clearance)"),
            self.tr("Clearance rate"),
            self.tr("Median time to first action"),
            self.tr("Deadlines met"),
            self.tr("Outreach sessions"),
            self.tr("IKM (satisfaction)"),
        )
        self.tiles = {key: Tile(caption, self) for key, caption in zip(TILE_KEYS, captions, strict=True)}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(TILE_KEYS):
            grid.addWidget(self.tiles[key], i // COLUMNS, i % COLUMNS)

    def _hours(self, hours: float) -> str:
        lang = interface_language()
        if hours >= 48:
            return self.tr("{n} days").format(n=decimal_text(hours / 24, 1, lang))
        return self.tr("{n} hours").format(n=decimal_text(hours, 1, lang))

    def set_data(self, data: AnalysisData) -> None:
        loc = QLocale()
        tiles = self.tiles
        tiles["received"].set(loc.toString(data.received), self.tr("every kind of report"))
        tiles["ct"].set(loc.toString(data.ct), self.tr("police reports (LP) received"))
        tiles["cc"].set(loc.toString(data.cc), self.tr("police reports closed in the period"))
        rate = data.clearance_rate
        tiles["clearance"].set(
            "–" if rate is None else percent_text(rate, 1, interface_language()), self.tr("CC ÷ CT")
        )
        fa = data.first_action
        tiles["first_action"].set(
            "–" if fa.median_hours is None else self._hours(fa.median_hours),
            self.tr("mean {mean}; {acted} acted on, {waiting} waiting").format(
                mean="–" if fa.mean_hours is None else self._hours(fa.mean_hours),
                acted=loc.toString(fa.acted),
                waiting=loc.toString(fa.waiting),
            ),
        )
        dl = data.deadlines
        share = dl.share
        tiles["deadlines"].set(
            "–" if share is None else percent_text(share, 1, interface_language()),
            self.tr("{on_time} of {letters} letters on time; {unanswered} deadlines unanswered").format(
                on_time=loc.toString(dl.on_time),
                letters=loc.toString(dl.letters),
                unanswered=loc.toString(dl.unanswered),
            ),
        )
        tiles["outreach"].set(
            loc.toString(data.outreach_sessions),
            self.tr("{people} attended ({men} men, {women} women)").format(
                people=loc.toString(data.outreach_attendance),
                men=loc.toString(data.outreach_men),
                women=loc.toString(data.outreach_women),
            ),
        )
        if data.ikm is None:
            tiles["ikm"].set("–", self.tr("no survey answers in the period"))
        else:
            tiles["ikm"].set(
                decimal_text(data.ikm.index, 2, interface_language()) + f" ({data.ikm.grade})",
                self.tr("{label}; {n} respondents").format(
                    label=data.ikm.grade_label, n=loc.toString(data.ikm.respondents)
                ),
            )
