"""The outreach page: filter bar, list of sessions, and the chosen session's detail, photos and follow-ups."""

from __future__ import annotations

import html
import logging
from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.rules.timeutil import now_utc, to_wib
from db.services.outreach import SessionFilter, SessionView, list_sessions, list_topics, photo_path
from ui.context import UiContext
from ui.outreach import kind_labels, partner_kind_labels
from ui.outreach.follow_up_row import FollowUpRow
from ui.outreach.photos import THUMB, load_thumbnail
from ui.outreach.session_actions import SessionActions
from ui.outreach.sessions_model import (
    COL_PLACE,
    COL_TOPICS,
    ID_ROLE,
    place_text,
    sessions_model,
)
from ui.widgets.combos import code_combo
from ui.widgets.delay import delayed_call
from ui.widgets.paragraph import paragraph
from ui.widgets.region_picker import RegionPicker
from ui.widgets.tables import read_only

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 300
PERIODS = ("all", "this_month", "last_month", "last_90_days", "this_year")


def period_bounds(period: str, today: date) -> tuple[date | None, date | None]:
    """The WIB days (both included) of a period choice of the filter bar."""
    if period == "this_month":
        return today.replace(day=1), today
    if period == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if period == "last_90_days":
        return today - timedelta(days=89), today
    if period == "this_year":
        return today.replace(month=1, day=1), today
    return None, None


class OutreachPage(SessionActions, QWidget):
    """Outreach sessions: filter, list, detail; the actions (`new_session()`, `edit_session()`, `add_photo()`,
    follow-ups) are in ui/outreach/session_actions.py."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.selected_id: str | None = None
        self._thumbs: dict[str, QPixmap] = {}
        self.model = sessions_model(self)
        self._search_timer = delayed_call(self, SEARCH_DELAY_MS, self.refresh)
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.reload_topics()
        self.refresh()

    # ---- building
    def _setup_ui(self) -> None:
        bar = QHBoxLayout()
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("period")
        labels = (self.tr("All dates"), self.tr("This month"), self.tr("Last month"))
        labels += (self.tr("Last 90 days"), self.tr("This year"))
        for code, label in zip(PERIODS, labels, strict=True):
            self.period_combo.addItem(label, code)
        self.kind_filter = code_combo(self, "kind_filter", kind_labels(), first=(self.tr("All kinds"), ""))
        self.region_filter = RegionPicker(self)
        self.region_filter.kecamatan_combo.setItemText(0, self.tr("All kecamatan"))
        self.topic_filter = QComboBox(self)
        self.topic_filter.setObjectName("topic_filter")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("search")
        self.search_edit.setPlaceholderText(self.tr("Search venue, concerns, notes…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        for combo in (self.period_combo, self.kind_filter, self.topic_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.region_filter.nagari_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        for widget in (
            self.period_combo,
            self.kind_filter,
            self.region_filter.kecamatan_combo,
            self.region_filter.nagari_combo,
            self.topic_filter,
        ):
            bar.addWidget(widget)
        bar.addWidget(self.search_edit, 1)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New session…"), self)
        self.new_button.clicked.connect(lambda _=False: self.new_session())
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(lambda _=False: self.edit_session())
        self.add_photo_button = QPushButton(self.tr("Add photo…"), self)
        self.add_photo_button.clicked.connect(lambda _=False: self.add_photo())
        self.count_label = QLabel(self)
        for button in (self.new_button, self.edit_button, self.add_photo_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setObjectName("sessions")
        self.table.setModel(self.model)
        read_only(self.table, fit_all=True, stretch=(COL_PLACE,), wrap=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TOPICS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_TOPICS, 140)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_row(cur.row()))
        self.table.doubleClicked.connect(lambda _i: self.edit_session())

        detail = QWidget(self)
        d = QVBoxLayout(detail)
        d.setContentsMargins(0, 0, 0, 0)
        self.detail_label = paragraph("", detail)
        self.detail_label.setObjectName("detail")
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail_scroll = QScrollArea(detail)
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail_label)
        self.photos_list = QListWidget(detail)
        self.photos_list.setObjectName("photos")
        self.photos_list.setViewMode(QListView.ViewMode.IconMode)
        self.photos_list.setIconSize(THUMB)
        self.photos_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos_list.setMovement(QListView.Movement.Static)
        self.photos_list.setFixedHeight(THUMB.height() + 44)
        self.photos_list.itemActivated.connect(self.open_photo)
        self.photos_list.itemDoubleClicked.connect(self.open_photo)
        self.follow_ups_list = QListWidget(detail)
        self.follow_ups_list.setObjectName("follow_ups")
        self.follow_ups_list.setMaximumHeight(120)
        self.follow_ups_list.itemChanged.connect(self._follow_up_toggled)
        fu_row = FollowUpRow(
            detail,
            placeholder=self.tr("New follow-up promised"),
            button_text=self.tr("Add"),
            add=self.add_follow_up,
        )
        self.follow_up_edit = fu_row.edit
        self.follow_up_due = fu_row.due
        self.follow_up_button = fu_row.button
        self.message_label = paragraph("", detail)
        self.message_label.setStyleSheet("color: #b00020;")
        self.message_label.setVisible(False)
        d.addWidget(detail_scroll, 1)
        d.addWidget(QLabel(self.tr("<b>Photos</b> (double-click to enlarge)"), detail))
        d.addWidget(self.photos_list)
        d.addWidget(QLabel(self.tr("<b>Follow-ups promised</b> (tick when done)"), detail))
        d.addWidget(self.follow_ups_list)
        d.addLayout(fu_row)
        d.addWidget(self.message_label)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
        self._show_row(-1)

    def reload_topics(self) -> None:
        current = self.topic_filter.currentData()
        self.topic_filter.blockSignals(True)
        self.topic_filter.clear()
        self.topic_filter.addItem(self.tr("All topics"), "")
        for topic in list_topics(self._ctx.session_factory, active_only=False):
            self.topic_filter.addItem(topic.name, topic.id)
        self.topic_filter.setCurrentIndex(max(0, self.topic_filter.findData(current)))
        self.topic_filter.blockSignals(False)

    # ---- loading
    def filters(self) -> SessionFilter:
        date_from, date_to = period_bounds(self.period_combo.currentData(), to_wib(now_utc()).date())
        return SessionFilter(
            date_from=date_from,
            date_to=date_to,
            kind=self.kind_filter.currentData() or "",
            kecamatan_code=self.region_filter.kecamatan_code(),
            nagari_code=self.region_filter.nagari_code(),
            topic_id=self.topic_filter.currentData() or "",
            text=self.search_edit.text().strip(),
        )

    def refresh(self) -> None:
        sf, filters = self._ctx.session_factory, self.filters()
        self._ctx.runner.run_db(
            lambda: list_sessions(sf, filters=filters),
            on_done=self._set_rows,
            on_error=lambda exc: log.error("outreach sessions could not be loaded", exc_info=exc),
        )

    def _set_rows(self, rows: list[SessionView]) -> None:
        keep = self.selected_id
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%1 sessions").replace("%1", str(len(rows))))
        row = self.model.row_of(keep) if keep else -1
        if row < 0 and rows:
            row = 0
        self.select_row(row)

    def select_row(self, row: int) -> None:
        if row < 0:
            self.table.clearSelection()
            self._show_row(-1)
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self._show_row(row)

    def select_session(self, session_id: str) -> None:
        self.select_row(self.model.row_of(session_id))

    def current_session(self) -> SessionView | None:
        row = self.model.row_of(self.selected_id) if self.selected_id else -1
        return self.model.row(row) if row >= 0 else None

    def _on_data_changed(self, entity: str, ids: list) -> None:
        if entity == "outreach":
            if ids and self.model.row_of(ids[0]) < 0:
                self.selected_id = ids[0]  # a session just recorded: show it
            self.refresh()
        elif entity == "outreach_topic":
            self.reload_topics()

    # ---- detail
    def _show_row(self, row: int) -> None:
        s = self.model.row(row) if 0 <= row < self.model.rowCount() else None
        self.selected_id = s.id if s else None
        for widget in (self.edit_button, self.add_photo_button, self.follow_up_edit, self.follow_up_button):
            widget.setEnabled(s is not None)
        self.follow_up_due.setEnabled(s is not None)
        self.message_label.setVisible(False)
        self.photos_list.clear()
        self.follow_ups_list.blockSignals(True)
        self.follow_ups_list.clear()
        if s is None:
            self.detail_label.setText(self.tr("No session chosen."))
            self.follow_ups_list.blockSignals(False)
            return
        self.detail_label.setText(self._detail_html(s))
        for p in s.photos:
            path = str(photo_path(self._ctx.data_dir, p.relative_path))
            if p.relative_path not in self._thumbs:
                self._thumbs[p.relative_path] = load_thumbnail(path)
            item = QListWidgetItem(QIcon(self._thumbs[p.relative_path]), p.caption, self.photos_list)
            item.setData(ID_ROLE, path)
            item.setToolTip(p.caption or path)
        for f in s.follow_ups:
            due = f"{f.due_date:%d/%m/%Y}" if f.due_date else "—"
            text = f.description + " — " + self.tr("due %1").replace("%1", due)
            if f.done_at is not None:
                done = self.tr("done %1 by %2").replace("%1", f"{to_wib(f.done_at):%d/%m/%Y}")
                text += f" ({done.replace('%2', f.done_by_name)})"
            item = QListWidgetItem(text, self.follow_ups_list)
            item.setData(ID_ROLE, f.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if f.done_at else Qt.CheckState.Unchecked)
        self.follow_ups_list.blockSignals(False)

    def _detail_html(self, s: SessionView) -> str:
        e = html.escape
        partner_kinds = partner_kind_labels()
        rows = [
            (self.tr("When"), f"{to_wib(s.held_at):%d/%m/%Y %H.%M} WIB"),
            (self.tr("Kind"), kind_labels().get(s.kind, s.kind)),
            (self.tr("Place"), place_text(s)),
            (self.tr("Target groups"), s.target_groups),
            (
                self.tr("Attendance"),
                self.tr("%1 men, %2 women")
                .replace("%1", str(s.attendance_men))
                .replace("%2", str(s.attendance_women)),
            ),
            (self.tr("Topics"), ", ".join(t.name for t in s.topics)),
            (self.tr("Officers who spoke"), ", ".join(f"{o.rank} {o.name}".strip() for o in s.speakers)),
            (
                self.tr("Partners"),
                ", ".join(f"{p.name} ({partner_kinds.get(p.kind, p.kind)})" for p in s.partners),
            ),
            (self.tr("Residents' concerns"), s.concerns),
            (self.tr("Notes"), s.notes),
            (self.tr("Recorded by"), s.recorded_by_name),
        ]
        body = "".join(
            f"<tr><td style='color:#555;padding-right:8px' valign='top'>{e(k)}</td>"
            f"<td>{e(v).replace(chr(10), '<br>')}</td></tr>"
            for k, v in rows
            if v
        )
        return f"<table>{body}</table>"
