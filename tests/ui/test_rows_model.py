"""The one table model for lists of frozen rows: Qt's model contract, sorting, colours and roles; and each
page's column description over a demo station's real rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from db.demo.station import create_demo
from db.rules.timeutil import WIB
from ui.widgets.rows_model import ID_ROLE, RIGHT, SORT_ROLE, Column, RowsModel, moment_column, number_column


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    count: int


ROWS = [Row("a", "Kinari", 3), Row("b", "Dilam", 12), Row("c", "Bukit Tandang", 0)]


def _model(parent=None) -> RowsModel[Row]:
    columns = (
        Column[Row]("Name", lambda r: r.name, tooltip=lambda r: f"nagari {r.name}"),
        Column[Row](
            "Count",
            lambda r: str(r.count),
            sort_key=lambda r: r.count,
            align=RIGHT,
            foreground=lambda r: QColor("#b00020") if r.count > 10 else None,
        ),
    )
    return RowsModel(
        columns,
        parent,
        row_background=lambda r: Qt.GlobalColor.lightGray if r.count == 0 else None,
        roles={Qt.ItemDataRole.UserRole + 7: lambda r: r.count * 2},
    )


def test_the_model_keeps_qts_contract(qtmodeltester):
    model = _model()
    model.set_rows(ROWS)
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_cells_come_from_the_column_description():
    model = _model()
    model.set_rows(ROWS)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == ["Name", "Count"]
    assert model.headerData(5, Qt.Orientation.Horizontal) is None
    i = model.index(1, 1)
    assert i.data() == "12" and i.data(SORT_ROLE) == 12 and i.data(ID_ROLE) == "b"
    assert i.data(Qt.ItemDataRole.TextAlignmentRole) == int(RIGHT)
    assert i.data(Qt.ItemDataRole.ForegroundRole).color() == QColor("#b00020")
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(Qt.GlobalColor.lightGray)
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "nagari Kinari"
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole + 7) == 6
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.row_of("c") == 2 and model.row_of("zzz") == -1
    assert model.row(1) is ROWS[1] and model.rows() == ROWS
    assert model.data(QModelIndex()) is None


def test_a_moment_column_shows_the_wib_day_and_time_and_sorts_by_the_moment():
    column = moment_column("When", lambda r: r)
    late_evening_utc = datetime(2026, 12, 6, 18, 30, tzinfo=UTC)  # already the 7th in WIB
    assert column.text(late_evening_utc) == "07/12/2026 01.30"
    assert column.tooltip(late_evening_utc) == "07/12/2026 01.30"
    assert column.sort_key(late_evening_utc) is late_evening_utc


def test_a_number_column_is_right_aligned_and_sorts_as_a_number():
    count = number_column("Count", lambda r: r.count)
    assert count.text(ROWS[1]) == "12" and count.sort_key(ROWS[1]) == 12 and count.align == RIGHT
    shown = number_column("Count", lambda r: r.count, lambda n: str(n) if n else "", tooltip=lambda r: r.name)
    assert shown.text(ROWS[2]) == "" and shown.tooltip(ROWS[2]) == "Bukit Tandang"


def test_sorting_by_key_keeps_the_selection_on_its_row(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = _model(view)
    model.set_rows(ROWS)
    view.setModel(model)
    view.selectionModel().setCurrentIndex(
        model.index(1, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert model.selected(view) == ROWS[1]
    model.sort(1, Qt.SortOrder.DescendingOrder)  # by number, not by text ("12" < "3")
    assert [r.count for r in model.rows()] == [12, 3, 0]
    assert view.currentIndex().data(ID_ROLE) == "b" and model.selected(view) == ROWS[1]
    model.sort(0)  # by text when a column has no sort key
    assert [r.name for r in model.rows()] == ["Bukit Tandang", "Dilam", "Kinari"]
    assert view.currentIndex().data(ID_ROLE) == "b"
    model.sort(9)  # no such column: nothing moves
    assert [r.name for r in model.rows()] == ["Bukit Tandang", "Dilam", "Kinari"]
    view.clearSelection()
    assert model.selected(view) is None


@pytest.fixture
def demo(session_factory):
    with time_machine.travel(datetime(2026, 11, 27, 12, tzinfo=WIB), tick=True):
        create_demo(session_factory, reports=40)
        yield session_factory


def _page_models(sf, parent):
    """Each page's model filled with the demo's rows, the way its page fills it."""
    from db.queries.report_list import reports_received_on
    from db.rules.timeutil import today_wib
    from db.services.contacts import ContactInput, add_contact, list_contacts
    from db.services.devices import list_devices
    from db.services.officers import list_officers
    from db.services.outreach import list_sessions
    from db.services.patrols import list_patrols
    from db.services.training import list_trainings, training_hours
    from ui.admin.officers_dialog import officers_model
    from ui.cases.contact_log import contact_log_model
    from ui.community.devices_page import devices_model
    from ui.community.patrols_page import patrols_model
    from ui.community.training_page import hours_model, log_model
    from ui.outreach.sessions_model import sessions_model
    from ui.reports.today_model import TodayModel

    today = today_wib()
    year = (today - timedelta(days=365), today)
    officers = list_officers(sf, active_only=False)
    report = next(r for day in range(30) for r in reports_received_on(sf, today - timedelta(days=day)))
    call = ContactInput(channel="call", summary="Ditelepon\nlagi", next_step="")
    add_contact(sf, report_id=report.id, data=call, officer_id=officers[0].id)
    days = [today - timedelta(days=d) for d in range(30)]
    return {
        "devices": (devices_model(parent), list_devices(sf)),
        "patrols": (patrols_model(parent), list_patrols(sf)),
        "training hours": (hours_model(parent), training_hours(sf, date_from=year[0], date_to=year[1])),
        "training log": (log_model(parent), list_trainings(sf)),
        "outreach sessions": (sessions_model(parent), list_sessions(sf)),
        "officers": (officers_model(parent), officers),
        "contact log": (contact_log_model(parent), list_contacts(sf, report.id)),
        "today": (TodayModel(parent), [r for d in days for r in reports_received_on(sf, d)]),
    }


def test_every_page_describes_its_columns(qtbot, qtmodeltester, demo):
    models = _page_models(demo, None)  # no parent: the model tester holds them until the test ends
    for name, (model, rows) in models.items():
        assert rows, f"the demo has no rows for {name}"
        model.set_rows(rows)
        qtmodeltester.check(model, force_py=True)
        for c in range(model.columnCount()):
            assert model.headerData(c, Qt.Orientation.Horizontal), (name, c)
            for r in range(model.rowCount()):
                text = model.index(r, c).data()
                assert isinstance(text, str) and "\n" not in text, (name, r, c, text)
            model.sort(c, Qt.SortOrder.DescendingOrder)  # every column sorts without error
        assert model.index(0, 0).data(ID_ROLE)


def test_day_of_the_home_table_is_kept(qtbot):
    from ui.reports.today_model import TodayModel

    model = TodayModel()
    model.set_rows([], date(2026, 12, 7))
    assert model.day == date(2026, 12, 7) and model.rowCount() == 0
