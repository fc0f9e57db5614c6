"""The main window: today's reports, the selected report, and the new-report form one keystroke away."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.queries.history import report_history
from db.queries.report_list import reports_received_on
from db.rules.timeutil import now_utc, to_wib
from db.services.reports import ReportView, get_report
from ui.context import UiContext
from ui.dates import format_date_id
from ui.desk_counts import DeskCounts, link_style
from ui.desk_form_flow import DeskFormFlow
from ui.main_menus import MainMenus
from ui.page_host import PageHost
from ui.reports.case_tab import CaseTab
from ui.reports.detail_view import ReportDetail
from ui.reports.list_page import ReportListPage
from ui.reports.receipt_actions import ReceiptActions
from ui.reports.today_model import COL_CITIZEN, COL_NUMBER, TodayModel
from ui.widgets import unsaved

if TYPE_CHECKING:
    from db.services.officers import OfficerView


class MainWindow(MainMenus, DeskCounts, DeskFormFlow, QMainWindow):
    """The outline: the header row and the two panes are built here. Mixins hold the menus
    (ui/main_menus.py), the follow-up links (ui/desk_counts.py) and the report form's flow
    (ui/desk_form_flow.py)."""

    language_change_requested = Signal(str)

    def __init__(
        self,
        ctx: UiContext,
        *,
        form_factory: Callable[..., QWidget] | None = None,
        admin_actions: list[tuple[str, Callable[[QWidget], None]]] | None = None,
        pages: list[tuple[str, str, Callable[[], QWidget]]] | None = None,
        start_kiosk: Callable[[QWidget], None] | None = None,
        report_pages: list[tuple[str, str, Callable[[], QWidget], str]] | None = None,
        report_actions: list[tuple[str, Callable[[QWidget], None]]] | None = None,
    ):
        super().__init__()
        self._ctx = ctx
        self._form_factory = form_factory
        self._admin_actions = admin_actions or []
        # (key, menu label, factory) of the community pages, built on first use.
        self._page_factories = {key: (label, factory) for key, label, factory in pages or []}
        self._page_hosts: dict[str, PageHost] = {}
        # The Reports menu: pages (key, label, factory, shortcut) and dialogs (label, opener).
        self._report_pages = [(key, label, shortcut) for key, label, _f, shortcut in report_pages or []]
        self._report_page_factories = {key: (label, f) for key, label, f, _s in report_pages or []}
        self._report_actions = report_actions or []
        self._start_kiosk = start_kiosk
        self.form: QWidget | None = None
        self.receipts = ReceiptActions(ctx, self)
        self.setWindowTitle(
            self.tr("Sentra Desk — %1").replace("%1", ctx.station.unit if ctx.station else "")
        )
        self._setup_ui()
        self._setup_actions()  # the menu bar: ui/main_menus.py
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.refresh()
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(30_000)

    # ----- building
    def _setup_ui(self) -> None:
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        home = QWidget()
        layout = QVBoxLayout(home)
        header = QHBoxLayout()
        self.day_label = QLabel()
        self.day_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.count_label = QLabel()
        self.new_button = QPushButton(self.tr("New report (Ctrl+N)"))
        self.new_button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.new_button.clicked.connect(self.new_report)
        header.addWidget(self.day_label)
        header.addSpacing(16)
        header.addWidget(self.count_label)
        header.addSpacing(24)
        # The follow-up counts open the reports list filtered the same way (same query, same numbers).
        self._add_follow_up_links(header)
        header.addStretch(1)
        header.addWidget(self.new_button)
        layout.addLayout(header)
        self.banner = QLabel()
        self.banner.setObjectName("savedBanner")
        self.banner.setStyleSheet(
            "background:#e6f4ea; color:#0d5b26; border:1px solid #9fd3ae; "
            "border-radius:4px; padding:8px; font-weight:600;"
        )
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = TodayModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CITIZEN, QHeaderView.ResizeMode.Stretch)
        # Numbers are long ("LP/B/17/XI/2026/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"); the start tells them
        # apart, the tooltip and the detail pane show them whole.
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_NUMBER, 230)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.detail = ReportDetail(self._ctx)
        self.detail.print_requested.connect(self.receipts.preview)
        self.detail.open_pdf_requested.connect(self.receipts.open_pdf)
        self.detail.edit_requested.connect(self.edit_report)
        self.case_tab = CaseTab(self._ctx)
        self.detail_tabs = QTabWidget()
        self.detail_tabs.addTab(self.detail, self.tr("Report"))
        self.detail_tabs.addTab(self.case_tab, self.tr("Follow-up"))
        self.list_page = ReportListPage(self._ctx)
        self.list_page.table.selectionModel().currentRowChanged.connect(self._on_list_current_changed)
        self.list_page.report_activated.connect(self._on_list_activated)
        self.lists = QTabWidget()
        self.lists.addTab(self.table, self.tr("Today"))
        self.lists.addTab(self.list_page, self.tr("All reports"))
        splitter.addWidget(self.lists)
        splitter.addWidget(self.detail_tabs)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 520])
        layout.addWidget(splitter, 1)
        self.home = home
        self.stack.addWidget(home)
        self._show_signed_in()

    def _show_signed_in(self) -> None:
        officer = self._ctx.officer
        self.statusBar().showMessage(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", f"{officer.rank} {officer.name}" if officer else "-")
            .replace("%2", self._ctx.station.unit if self._ctx.station else "")
        )

    def apply_officer(self, officer: OfficerView) -> None:
        """Another officer unlocked the desk (ui/screen_lock.py): his name, and the Admin menu by his role."""
        self._ctx.officer = officer
        self._show_signed_in()
        if self.admin_menu is not None:
            self.admin_menu.menuAction().setVisible(officer.role == "admin")

    # ----- data
    def today(self) -> date:
        return to_wib(now_utc()).date()

    def refresh(self, select_id: str | None = None) -> None:
        day = self.today()
        self._refresh_counts(day)
        current = select_id or (self.detail.report.id if self.detail.report else None)
        self._ctx.runner.run_db(
            lambda: reports_received_on(self._ctx.session_factory, day),
            on_done=lambda rows: self._show_rows(rows, day, current),
        )

    def _show_rows(self, rows: list, day: date, select_id: str | None) -> None:
        self.model.set_rows(rows, day)
        self.day_label.setText(self.tr("Today, %1").replace("%1", format_date_id(day, "EEEE, d MMMM y")))
        self.count_label.setText(self.tr("%n report(s) received", "", len(rows)))
        row = self.model.row_of(select_id) if select_id else -1
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        elif select_id is None:
            self._show(None)

    def _on_data_changed(self, entity: str, ids: list) -> None:
        if entity == "report":
            self.refresh(select_id=ids[0] if ids else None)

    def _on_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            self._show(None)
            return
        self.load_report(self.model.row_id(current.row()))

    def _on_list_current_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if current.isValid():
            self.load_report(self.list_page.model.row_id(current.row()))

    def _on_list_activated(self, report_id: str) -> None:
        self.load_report(report_id)
        self.detail_tabs.setCurrentWidget(self.detail)

    def load_report(self, report_id: str) -> None:
        """Show one report (and its history and case) in the detail pane."""
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(
            lambda: (get_report(sf, report_id), report_history(sf, report_id)),
            on_done=self._show_loaded,
        )

    def _show_loaded(self, loaded: tuple[ReportView, list]) -> None:
        self._show(*loaded)

    def _show(self, report: ReportView | None, history: list | tuple = ()) -> None:
        self.detail.show_report(report, history)
        self.case_tab.show_report(report)

    def _show_counts(self, counts: tuple[int, int, int]) -> None:
        # The follow-up links' counts, queried by DeskCounts._refresh_counts (ui/desk_counts.py).
        overdue, due, online = counts
        self.online_button.setText(self.tr("%n online complaint(s) waiting", "", online))
        self.online_button.setStyleSheet(link_style("#0b57d0"))
        self.online_button.setVisible(online > 0)
        self.overdue_button.setText(self.tr("%n overdue", "", overdue))
        self.overdue_button.setStyleSheet(link_style("#b00020" if overdue else ""))
        self.due_button.setText(self.tr("%n due this week", "", due))

    def show_page(self, key: str) -> QWidget:
        """Open a community page in the window (built once, then kept with its state)."""
        host = self._page_hosts.get(key)
        if host is None:
            label, factory = {**self._page_factories, **self._report_page_factories}[key]
            host = PageHost(label, factory(), self)
            host.back.connect(self.show_desk)
            self._page_hosts[key] = host
            self.stack.addWidget(host)
        self.stack.setCurrentWidget(host)
        return host.page

    def show_desk(self) -> None:
        if self.stack.currentWidget() in self._page_hosts.values():
            self.stack.setCurrentWidget(self.home)

    def find(self) -> None:
        """Ctrl+F: the search box of the reports list."""
        if self.form is None:
            self.stack.setCurrentWidget(self.home)
        self.lists.setCurrentWidget(self.list_page)
        self.list_page.focus_search()

    def _tick(self) -> None:
        if self.model.day is not None and self.model.day != self.today():
            self.refresh()

    # ----- actions (new/edit report and the form: ui/desk_form_flow.py)
    def current_report_id(self) -> str | None:
        return self.detail.report.id if self.detail.report else None

    def print_current(self) -> None:
        if self.detail.report and self.detail.report.number:
            self.receipts.preview(self.detail.report.id)

    def print_current_now(self) -> None:
        if self.form is None and self.detail.report and self.detail.report.number:
            self.receipts.print_now(self.detail.report.id)

    def open_current_pdf(self) -> None:
        if self.detail.report and self.detail.report.number:
            self.receipts.open_pdf(self.detail.report.id)

    def show_help(self) -> QWidget:
        from ui.help_dialog import open_help

        self.help_dialog = open_help(self)
        return self.help_dialog

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Sentra Desk"),
            self.tr("Sentra Desk 0.1 — front desk (SPKT) application for police stations."),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        pending = self.form is not None and getattr(self.form, "has_changes", lambda: False)()
        if pending and not unsaved.confirm_discard(
            self, self.tr("Quit"), self.tr("The open form has unsaved changes. Quit anyway?")
        ):
            event.ignore()
            return
        self._ctx.runner.wait_idle(5_000)
        event.accept()
