"""The analysis charts: horizontal bars for a breakdown, the 12-month trend, the hour x weekday heat map."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from db.views import HeadlineFigures

BAR_COLOUR = QColor("#2f5d8a")
HEAT_COLOUR = QColor("#c0392b")
MAX_BARS = 12


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def _nice_max(value: int) -> int:
    """An axis maximum a little above `value`, on a round step (never 0)."""
    if value <= 5:
        return 5
    step = 10 ** (len(str(value)) - 1)
    return (value // step + 1) * step


class _Chart(QChartView):
    def __init__(self, title: str, name: str, parent: QWidget | None = None):
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        chart.legend().setVisible(False)
        super().__init__(chart, parent)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _clear(self) -> QChart:
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        return chart


class BreakdownChart(_Chart):
    """Horizontal bars, largest on top, at most `bars` of them (the rest summed as one "Other" bar)."""

    def __init__(
        self, title: str, name: str, other_label: str, parent: QWidget | None = None, *, bars: int = MAX_BARS
    ):
        super().__init__(title, name, parent)
        self._other_label = other_label
        self._bars = bars
        self.labels: list[str] = []
        self.values: list[int] = []

    def set_rows(self, rows: Sequence[tuple[str, int]]) -> None:
        rows = [r for r in rows if r[1] > 0]
        if len(rows) > self._bars:
            rest = sum(n for _, n in rows[self._bars - 1 :])
            rows = [*rows[: self._bars - 1], (self._other_label, rest)]
        self.labels = [label for label, _ in rows]
        self.values = [n for _, n in rows]
        chart = self._clear()
        bars = QBarSet("")
        bars.setColor(BAR_COLOUR)
        # Qt draws the first category at the bottom: reverse so the largest sits on top.
        for n in reversed(self.values):
            bars.append(n)
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append([_short(label) for label in reversed(self.labels)] or [""])
        names.setLabelsFont(self._small_font())
        names.setTruncateLabels(False)  # labels are shortened above; Qt would otherwise show "..."
        counts = QValueAxis()
        counts.setRange(0, _nice_max(max(self.values, default=0)))
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(counts)


class TrendChart(_Chart):
    """Twelve months of reports received, CT and CC as lines (one point per WIB month)."""

    def __init__(self, title: str, series_names: tuple[str, str, str], parent: QWidget | None = None):
        super().__init__(title, "trend_chart", parent)
        self._names = series_names
        self.chart().legend().setVisible(True)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.points: list[HeadlineFigures] = []

    def set_trend(self, trend: Sequence[HeadlineFigures]) -> None:
        self.points = list(trend)
        chart = self._clear()
        months = QBarCategoryAxis()
        locale = QLocale()
        months.append([locale.toString(QDate(p.year, p.month, 1), "MMM yy") for p in self.points] or [""])
        counts = QValueAxis()
        top = max((max(p.received, p.ct, p.cc) for p in self.points), default=0)
        counts.setRange(0, _nice_max(top))
        counts.applyNiceNumbers()
        counts.setLabelFormat("%d")
        months.setLabelsAngle(-45)
        months.setLabelsFont(self._small_font())
        chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        colours = ("#7f8c8d", "#2f5d8a", "#27ae60")
        for name, colour, field in zip(self._names, colours, ("received", "ct", "cc"), strict=True):
            line = QLineSeries()
            line.setName(name)
            line.setColor(QColor(colour))
            line.setPointsVisible(True)
            for i, p in enumerate(self.points):
                line.append(i, getattr(p, field))
            chart.addSeries(line)
            line.attachAxis(months)
            line.attachAxis(counts)


class HeatMapTable(QTableWidget):
    """Seven weekdays (Monday first) by 24 WIB hours; the cell's colour grows with its count."""

    def __init__(self, weekday_names: Sequence[str], tooltip: str, parent: QWidget | None = None):
        super().__init__(7, 24, parent)
        self.setObjectName("hour_weekday")
        self._tooltip = tooltip
        self.setVerticalHeaderLabels(list(weekday_names))
        self.setHorizontalHeaderLabels([f"{h:02d}" for h in range(24)])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(22)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(230)

    def set_matrix(self, matrix: Sequence[Sequence[int]]) -> None:
        top = max((max(row) for row in matrix), default=0)
        for day, row in enumerate(matrix):
            for hour, n in enumerate(row):
                item = QTableWidgetItem(str(n) if n else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                share = n / top if top else 0.0
                colour = QColor(HEAT_COLOUR)
                colour.setAlphaF(0.08 + 0.92 * share if n else 0.0)
                item.setBackground(QBrush(colour))
                if share > 0.55:
                    item.setForeground(QBrush(QColor("white")))
                name = self.verticalHeaderItem(day).text()
                item.setToolTip(self._tooltip.format(day=name, hour=f"{hour:02d}", count=n))
                self.setItem(day, hour, item)

    def count(self, day: int, hour: int) -> int:
        item = self.item(day, hour)
        return int(item.text()) if item is not None and item.text() else 0
