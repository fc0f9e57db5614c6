"""The desk's follow-up links (overdue, due this week, my queue, online complaints waiting), each opening
the reports list filtered the same way (same query, same numbers)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from db.queries.report_list import ReportFilter, count_reports

# Online complaints not yet taken up by the desk.
ONLINE_WAITING = ReportFilter(channel="online", unnumbered=True)

# The strings keep the "MainWindow" translation context they had when this was part of ui/main_window.py.


def link_style(colour: str = "") -> str:
    extra = f" color: {colour};" if colour else ""
    return f"QPushButton {{ border: none; text-decoration: underline; padding: 2px 6px;{extra} }}"


class DeskCounts:
    """Mixin of MainWindow (ui/main_window.py): the link buttons of its header row and the query of their
    counts (the window's _show_counts writes them: their plural texts need the window's own tr())."""

    def _add_follow_up_links(self, header: QHBoxLayout) -> None:
        self.overdue_button = self._link_button(lambda: self.open_deadline_list("overdue"))
        self.due_button = self._link_button(lambda: self.open_deadline_list("due_this_week"))
        self.queue_button = self._link_button(self.open_my_queue)
        self.queue_button.setText(QCoreApplication.translate("MainWindow", "My queue"))
        # Complaints citizens sent through the Polres website arrive by sync and wait here for the desk.
        self.online_button = self._link_button(self.open_online_queue)
        self.online_button.setVisible(False)
        for button in (self.overdue_button, self.due_button, self.queue_button, self.online_button):
            header.addWidget(button)

    def _refresh_counts(self, day: date) -> None:
        sf = self._ctx.session_factory

        def counts() -> tuple[int, int, int]:
            return (
                count_reports(sf, ReportFilter(deadline="overdue", today=day)),
                count_reports(sf, ReportFilter(deadline="due_this_week", today=day)),
                count_reports(sf, ONLINE_WAITING),
            )

        self._ctx.runner.run_db(counts, on_done=self._show_counts)

    def _link_button(self, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(link_style())
        button.clicked.connect(slot)
        return button

    def open_deadline_list(self, which: str) -> None:
        self.list_page.apply_filter(ReportFilter(deadline=which, today=self.today()))
        self.lists.setCurrentWidget(self.list_page)

    def open_online_queue(self) -> None:
        self.list_page.apply_filter(ONLINE_WAITING)
        self.lists.setCurrentWidget(self.list_page)

    def open_my_queue(self) -> None:
        if self._ctx.officer is not None:
            self.list_page.apply_filter(ReportFilter(assigned_to=self._ctx.officer.id))
            self.lists.setCurrentWidget(self.list_page)
