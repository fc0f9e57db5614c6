"""Hotspots of the period (nagari significantly above their own baseline) and the suggested patrol targets."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.queries.hotspots import Hotspot, PatrolTarget
from db.rules.numbers import decimal_text, p_value_text, percent_text
from ui.dates import interface_language
from ui.widgets.paragraph import paragraph
from ui.widgets.tables import read_only

HS_RANK, HS_NAGARI, HS_KECAMATAN, HS_COUNT, HS_EXPECTED, HS_P, HS_CATEGORIES, HS_HOURS, HS_NIGHT = range(9)
PT_NAGARI, PT_KECAMATAN, PT_HOURS, PT_REASON = range(4)


def _table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    return read_only(table, fit_all=True, stretch_last=True, wrap=False)


def _item(text: str, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class HotspotPanel(QWidget):
    """The ranked hotspot table under the test's sentence, and the patrol targets with "Plan patrol…"."""

    plan_requested = Signal(object)  # a PatrolTarget
    pemda_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.hotspots: tuple[Hotspot, ...] = ()
        self.targets: tuple[PatrolTarget, ...] = ()
        title = QLabel(self.tr("Hotspots"), self)
        title.setStyleSheet("font-weight: 600; font-size: 13pt;")
        self.method_label = paragraph(
            self.tr(
                "Two-rate test against each nagari's own 12-month baseline, Benjamini–Hochberg corrected "
                "across all nagari tested (q = 0.05), at least 3 reports"
            ),
            self,
        )
        self.method_label.setObjectName("hotspot_method")
        self.table = _table(
            self,
            "hotspots",
            (
                self.tr("#"),
                self.tr("Nagari"),
                self.tr("Kecamatan"),
                self.tr("Reports"),
                self.tr("Expected"),
                self.tr("p"),
                self.tr("Categories above baseline"),
                self.tr("Peak hours"),
                self.tr("At night"),
            ),
        )
        self.table.setMinimumHeight(160)
        self.empty_label = QLabel(
            self.tr("No nagari is significantly above its own baseline in this period."), self
        )
        self.empty_label.setObjectName("hotspots_empty")
        targets_title = QLabel(self.tr("Suggested patrol targets"), self)
        targets_title.setStyleSheet("font-weight: 600;")
        self.targets_table = _table(
            self,
            "patrol_targets",
            (self.tr("Nagari"), self.tr("Kecamatan"), self.tr("When"), self.tr("Why")),
        )
        self.targets_table.setMinimumHeight(130)
        self.plan_button = QPushButton(self.tr("Plan patrol…"), self)
        self.plan_button.setObjectName("plan_patrol")
        self.plan_button.setEnabled(False)
        self.plan_button.clicked.connect(lambda _=False: self.plan_selected())
        self.targets_table.doubleClicked.connect(lambda _i: self.plan_selected())
        self.targets_table.itemSelectionChanged.connect(self._update_button)
        # The list the Pemda asks for: hotspot nagari with the street lighting and CCTV they need (Excel).
        self.pemda_button = QPushButton(self.tr("Excel list for the Pemda…"), self)
        self.pemda_button.setObjectName("pemda_list")
        self.pemda_button.setEnabled(False)
        self.pemda_button.clicked.connect(lambda _=False: self.pemda_requested.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.pemda_button)
        buttons.addStretch(1)
        buttons.addWidget(self.plan_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.method_label)
        layout.addWidget(self.table)
        layout.addWidget(self.empty_label)
        layout.addWidget(targets_title)
        layout.addWidget(self.targets_table)
        layout.addLayout(buttons)

    def set_hotspots(self, hotspots: Sequence[Hotspot], targets: Sequence[PatrolTarget]) -> None:
        self.pemda_button.setEnabled(bool(hotspots))
        loc, lang = QLocale(), interface_language()
        self.hotspots, self.targets = tuple(hotspots), tuple(targets)
        self.table.setRowCount(len(self.hotspots))
        for row, h in enumerate(self.hotspots):
            cells = (
                _item(str(row + 1), True),
                _item(h.nagari_name),
                _item(h.kecamatan_name),
                _item(loc.toString(h.count), True),
                _item(decimal_text(h.expected, 1, lang), True),
                _item(p_value_text(h.p_value, lang), True),
                _item(", ".join(f"{c.category_name} ({c.count})" for c in h.categories)),
                _item(h.peak_hours),
                _item(percent_text(h.night_share, 0, lang), True),
            )
            for col, item in enumerate(cells):
                self.table.setItem(row, col, item)
        self.table.setVisible(bool(self.hotspots))
        self.empty_label.setVisible(not self.hotspots)
        self.targets_table.setRowCount(len(self.targets))
        for row, t in enumerate(self.targets):
            for col, text in enumerate((t.nagari_name, t.kecamatan_name, t.hours, t.reason)):
                self.targets_table.setItem(row, col, _item(text))
        if self.targets:
            self.targets_table.selectRow(0)
        self._update_button()

    def _update_button(self) -> None:
        self.plan_button.setEnabled(self.selected_target() is not None)

    def selected_target(self) -> PatrolTarget | None:
        rows = self.targets_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.targets):
            return None
        return self.targets[rows[0].row()]

    def plan_selected(self) -> None:
        target = self.selected_target()
        if target is not None:
            self.plan_requested.emit(target)
