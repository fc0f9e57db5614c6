"""The reports list page: filter bar, search box, the paged table and the count of matches."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.queries.report_list import ReportFilter, wib_today
from db.services.categories import list_categories
from db.services.officers import list_officers
from ui.context import UiContext
from ui.labels import channel_label
from ui.reports.list_model import (
    COL_CITIZEN,
    COL_DEADLINE,
    COL_NUMBER,
    COL_RECEIVED,
    ID_ROLE,
    SORT_OF_COLUMN,
    ReportListModel,
)
from ui.widgets.delay import delayed_call
from ui.widgets.region_picker import RegionPicker

SEARCH_DEBOUNCE_MS = 250
PERIODS = ("all", "today", "7days", "month", "year", "custom")
KINDS = ("LP_B", "DUMAS", "SKTLK", "INFO")
STATUSES = ("received", "in_progress", "forwarded", "closed", "stopped", "rejected")
CHANNELS = ("walk_in", "phone", "online", "social_media")


def period_bounds(period: str, today: date) -> tuple[date | None, date | None]:
    """WIB date range of a period preset ("all" and "custom" give no bounds)."""
    if period == "today":
        return today, today
    if period == "7days":
        return today - timedelta(days=6), today
    if period == "month":
        return today.replace(day=1), today
    if period == "year":
        return today.replace(month=1, day=1), today
    return None, None


class ReportListPage(QWidget):
    """Every report, filtered and sorted in SQL; `apply_filter` opens it pre-filtered (home screen counts)."""

    report_activated = Signal(str)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._filter = ReportFilter()
        self._syncing = False
        self.model = ReportListModel(ctx.session_factory, ctx.runner, self)
        self._search_timer = delayed_call(self, SEARCH_DEBOUNCE_MS, self._apply_search)
        self._setup_ui()
        self.model.count_changed.connect(self._show_count)
        self.model.modelReset.connect(self._show_count)
        self.apply_filter(ReportFilter())

    # ----- public -----

    def apply_filter(self, flt: ReportFilter) -> None:
        """Show `flt` in the filter bar and the table; a deadline filter sorts most urgent first."""
        if flt.deadline and flt.deadline != self._filter.deadline:
            self.model.set_sort_key("next_deadline", False)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(COL_DEADLINE, Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
        self._filter = flt
        self._sync_widgets(flt)
        self.model.set_filter(flt)

    def current_filter(self) -> ReportFilter:
        return self._filter

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ----- building -----

    def _setup_ui(self) -> None:
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search number, name, NIK, phone, chronology…"))
        self.search.setClearButtonEnabled(True)
        self.search.textEdited.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._search_entered)

        self.period = QComboBox(self)
        self.period.setObjectName("period")
        for key, label in zip(
            PERIODS,
            (
                self.tr("All time"),
                self.tr("Today"),
                self.tr("Last 7 days"),
                self.tr("This month"),
                self.tr("This year"),
                self.tr("From – to"),
            ),
            strict=True,
        ):
            self.period.addItem(label, key)
        self.date_from, self.date_to = QDateEdit(self), QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(_qdate(wib_today()))
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._controls_changed())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())

        self.kind = self._combo("kind", self.tr("All kinds"), KINDS, self.model.kind_label)
        self.status = self._combo("status", self.tr("All statuses"), STATUSES, self.model.status_label)
        self.channel = self._combo("channel", self.tr("All channels"), CHANNELS, channel_label)
        categories = {c.id: c.name for c in list_categories(self._ctx.session_factory)}
        self.category = self._combo("category", self.tr("All categories"), tuple(categories), categories.get)
        officers = {o.id: o.name for o in list_officers(self._ctx.session_factory, active_only=False)}
        self.officer = self._combo("officer", self.tr("All officers"), tuple(officers), officers.get)
        self.region = RegionPicker(self)
        self.region.kecamatan_combo.setItemText(0, self.tr("All kecamatan"))
        self.region.kecamatan_combo.currentIndexChanged.connect(lambda _i: self._controls_changed())
        self.region.nagari_combo.currentIndexChanged.connect(lambda _i: self._controls_changed())
        deadline_labels = {"overdue": self.tr("Overdue"), "due_this_week": self.tr("Due this week")}
        self.deadline = self._combo(
            "deadline", self.tr("Any deadline"), tuple(deadline_labels), deadline_labels.__getitem__
        )
        self.mine = QCheckBox(self.tr("Assigned to me"), self)
        self.mine.setObjectName("mine")
        self.mine.setEnabled(self._ctx.officer is not None)
        self.mine.toggled.connect(lambda _on: self._controls_changed())

        self.table = QTableView(self)
        self.table.setObjectName("reportList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Uniform rows: the view never measures rows it has not shown.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CITIZEN, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.sortIndicatorChanged.connect(self._sort_requested)
        self.table.activated.connect(self._row_activated)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")
        # A station screen is 1366 px wide: combos shrink to a few characters instead of widening the window
        # (the full text is in the drop-down), and cells elide instead of wrapping to two lines.
        for combo in (
            self.period,
            self.kind,
            self.status,
            self.category,
            self.channel,
            self.officer,
            self.deadline,
            self.region.kecamatan_combo,
            self.region.nagari_combo,
        ):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(7)
        self.search.setMinimumWidth(160)
        self.table.setWordWrap(False)
        header.setSectionResizeMode(COL_RECEIVED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NUMBER, 170)

        top = QHBoxLayout()
        top.addWidget(self.search, 3)
        top.addWidget(self.period)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–", self))
        top.addWidget(self.date_to)
        top.addWidget(self.deadline)
        top.addWidget(self.mine)
        filters = QHBoxLayout()
        for w in (
            self.kind,
            self.status,
            self.category,
            self.region.kecamatan_combo,
            self.region.nagari_combo,
            self.channel,
            self.officer,
        ):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

    def _combo(self, name: str, any_label: str, keys: tuple[str, ...], label) -> QComboBox:  # type: ignore[no-untyped-def]
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(any_label, "")
        for key in keys:
            combo.addItem(label(key), key)
        combo.currentIndexChanged.connect(lambda _i: self._controls_changed())
        return combo

    # ----- filter <-> widgets -----

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self._controls_changed()

    def _controls_changed(self) -> None:
        if self._syncing:
            return
        period = self.period.currentData()
        if period == "custom":
            first: date | None = self.date_from.date().toPython()
            last: date | None = self.date_to.date().toPython()
        else:
            first, last = period_bounds(period, wib_today())
        kind, status = self.kind.currentData(), self.status.currentData()
        me = self._ctx.officer.id if self._ctx.officer is not None and self.mine.isChecked() else None
        # A multi-value filter handed to apply_filter stays until its combo is touched.
        kinds = (kind,) if kind else (self._filter.kinds if len(self._filter.kinds) > 1 else ())
        statuses = (status,) if status else (self._filter.statuses if len(self._filter.statuses) > 1 else ())
        flt = dataclasses.replace(
            self._filter,
            date_from=first,
            date_to=last,
            kinds=kinds,
            statuses=statuses,
            category_id=self.category.currentData() or None,
            kecamatan_code=self.region.kecamatan_code(),
            nagari_code=self.region.nagari_code(),
            channel=self.channel.currentData(),
            officer_id=self.officer.currentData() or None,
            assigned_to=me,
            deadline=self.deadline.currentData(),
            today=None,
            text=self.search.text().strip(),
        )
        if flt != self._filter:
            self.apply_filter(flt)

    def _sync_widgets(self, flt: ReportFilter) -> None:
        self._syncing = True
        try:
            period = _period_of(flt, wib_today())
            self.period.setCurrentIndex(self.period.findData(period))
            self.date_from.setEnabled(period == "custom")
            self.date_to.setEnabled(period == "custom")
            if period == "custom":
                self.date_from.setDate(_qdate(flt.date_from or date(2000, 1, 1)))
                self.date_to.setDate(_qdate(flt.date_to or wib_today()))
            _select(self.kind, flt.kinds[0] if len(flt.kinds) == 1 else "")
            _select(self.status, flt.statuses[0] if len(flt.statuses) == 1 else "")
            _select(self.category, flt.category_id or "")
            _select(self.channel, flt.channel)
            _select(self.officer, flt.officer_id or "")
            _select(self.deadline, flt.deadline)
            self.region.set_codes(flt.kecamatan_code, flt.nagari_code)
            me = self._ctx.officer
            self.mine.setChecked(me is not None and flt.assigned_to == me.id)
            if self.search.text().strip() != flt.text:
                self.search.setText(flt.text)
        finally:
            self._syncing = False

    # ----- search, sort, activation -----

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self._controls_changed()

    def _search_entered(self) -> None:
        if self._search_timer.isActive() or self.search.text().strip() != self._filter.text:
            self._apply_search()
        if self.model.rowCount() == 0:
            return
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else 0
        self.report_activated.emit(self.model.row_id(row))

    def _sort_requested(self, column: int, order: Qt.SortOrder) -> None:
        if column not in SORT_OF_COLUMN:
            # No index to page this column by: put the indicator back on the current sort.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            _sort, descending = self.model.sort_key
            current = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column(), current)
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def _row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.report_activated.emit(index.data(ID_ROLE))

    def _show_count(self, *_args: object) -> None:
        total = self.model.total
        if self.model.canFetchMore() and total == 0:
            self.count_label.setText(self.tr("Counting…"))
        else:
            self.count_label.setText(self.tr("%n report(s)", "", total))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _select(combo: QComboBox, key: str) -> None:
    combo.setCurrentIndex(max(0, combo.findData(key)))


def _period_of(flt: ReportFilter, today: date) -> str:
    if flt.date_from is None and flt.date_to is None:
        return "all"
    for period in ("today", "7days", "month", "year"):
        if period_bounds(period, today) == (flt.date_from, flt.date_to):
            return period
    return "custom"
