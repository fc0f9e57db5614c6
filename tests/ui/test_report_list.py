"""The reports list model and page: model checks, paging, filters and the search box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from db.queries.report_list import ReportFilter
from tests.db.test_report_list import TODAY, seed_reports
from ui.context import UiContext
from ui.reports.list_model import (
    COL_DEADLINE,
    COL_KIND,
    COL_NUMBER,
    COL_RECEIVED,
    ID_ROLE,
    OVERDUE_COLOR,
    OVERDUE_ROLE,
    VOID_ROLE,
    ReportListModel,
)
from ui.reports.list_page import ReportListPage
from ui.task_runner import TaskRunner


@pytest.fixture
def seeded(session_factory, station):
    return seed_reports(session_factory, station, n=45)


@pytest.fixture
def runner():
    return TaskRunner(synchronous=True)


def test_model_passes_qt_model_checks_with_data(qtmodeltester, session_factory, seeded, runner):
    model = ReportListModel(session_factory, runner, page_size=10)
    model.set_filter(ReportFilter())
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() >= 10 and model.total == 45
    # The tester stays connected: sorting (a reset) and paging are checked too.
    model.sort(COL_NUMBER, Qt.SortOrder.AscendingOrder)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 45


def test_fetch_more_loads_the_next_page_until_the_count(qtbot, session_factory, seeded, runner):
    model = ReportListModel(session_factory, runner, page_size=20)
    counts = []
    model.count_changed.connect(counts.append)
    model.set_filter(ReportFilter())
    assert counts == [45] and model.canFetchMore()
    with qtbot.waitSignal(model.rowsInserted):
        model.fetchMore()
    assert model.rowCount() == 40
    model.fetchMore()
    assert model.rowCount() == 45 and not model.canFetchMore()
    ids = [model.row_id(i) for i in range(45)]
    assert sorted(ids) == sorted(seeded["ids"])
    # Newest first by default.
    times = [model.row_at(i).received_at for i in range(45)]
    assert times == sorted(times, reverse=True)


def test_filter_change_changes_the_count(session_factory, seeded, runner):
    model = ReportListModel(session_factory, runner)
    model.set_filter(ReportFilter())
    model.set_filter(ReportFilter(kinds=("DUMAS",)))
    assert model.total == model.rowCount() == 11
    kinds = {model.index(i, COL_KIND).data() for i in range(model.rowCount())}
    assert {k.split(" · ")[0] for k in kinds} == {"Dumas complaint"}
    assert "Dumas complaint · Online" in kinds  # a report that did not come over the counter says how


def test_void_rows_are_struck_through_and_overdue_deadlines_red(session_factory, seeded, runner):
    model = ReportListModel(session_factory, runner)
    model.set_filter(ReportFilter(today=TODAY))
    row = model.row_of(seeded["ids"][0])  # void
    idx = model.index(row, COL_NUMBER)
    assert idx.data(VOID_ROLE) and idx.data(Qt.ItemDataRole.FontRole).strikeOut()
    overdue = [i for i in range(model.rowCount()) if model.index(i, COL_DEADLINE).data(OVERDUE_ROLE)]
    assert overdue
    brush = model.index(overdue[0], COL_DEADLINE).data(Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == OVERDUE_COLOR


def test_data_changed_refreshes_the_list(session_factory, seeded, runner):
    from db.models import Report

    model = ReportListModel(session_factory, runner)
    model.set_filter(ReportFilter(statuses=("closed",)))
    before = model.total
    with session_factory.begin() as s:
        r = s.get(Report, seeded["ids"][0])
        r.status = "closed" if r.status != "closed" else "received"
    runner.data_changed.emit("report", [seeded["ids"][0]])
    assert model.total != before


@pytest.fixture
def page(qtbot, session_factory, station, seeded, runner, tmp_path):
    st, admin = station
    ctx = UiContext(
        session_factory=session_factory, runner=runner, data_dir=tmp_path, station=st, officer=admin
    )
    page = ReportListPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def test_typing_a_number_then_enter_opens_that_report(qtbot, page, seeded):
    assert page.count_label.text() == "45 report(s)"
    page.focus_search()
    qtbot.keyClicks(page.search, "LP_B/12/XI/2026")
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=2000)  # after the debounce
    with qtbot.waitSignal(page.report_activated) as activated:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert activated.args == [seeded["ids"][12]]
    assert page.count_label.text() == "1 report(s)"


def test_enter_before_the_debounce_searches_at_once(qtbot, page, seeded):
    qtbot.keyClicks(page.search, "nomor17")
    with qtbot.waitSignal(page.report_activated) as activated:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert activated.args == [seeded["ids"][17]]


def test_filter_bar_and_apply_filter(qtbot, page, seeded):
    page.kind.setCurrentIndex(page.kind.findData("SKTLK"))
    assert page.current_filter().kinds == ("SKTLK",) and page.model.total == 11
    page.mine.setChecked(True)
    admin_id = seeded["admin"].id
    assert page.current_filter().assigned_to == admin_id
    page.apply_filter(ReportFilter(deadline="overdue", today=TODAY))
    assert page.deadline.currentData() == "overdue" and page.kind.currentData() == ""
    assert not page.mine.isChecked()
    assert page.model.sort_key == ("next_deadline", False)
    assert page.model.total == page.model.rowCount() > 0
    page.period.setCurrentIndex(page.period.findData("today"))
    assert page.current_filter().date_from is not None


def test_double_click_or_enter_on_a_row_activates_it(qtbot, page, seeded):
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(2, COL_RECEIVED))
    with qtbot.waitSignal(page.report_activated) as activated:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert activated.args == [page.model.index(2, 0).data(ID_ROLE)]


def test_unsortable_column_keeps_the_current_sort(page):
    header = page.table.horizontalHeader()
    header.setSortIndicator(COL_KIND, Qt.SortOrder.AscendingOrder)
    assert page.model.sort_key == ("received_at", True)
    assert header.sortIndicatorSection() == COL_RECEIVED
    assert not page.model.canFetchMore(page.model.index(0, 0)) and page.model.canFetchMore(QModelIndex()) in (
        True,
        False,
    )
