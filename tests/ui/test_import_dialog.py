"""Admin → Import…: the dry run's summary, the importer's password, progress with the rate, Cancel between
batches and a walk-in saved at the desk while the import runs (issue 13, point 5)."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

import ui.importing.import_work as import_work
from db.models import NumberCounter, Report, SurveyResponse
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.storage.engine import read_session
from tests.conftest import ADMIN_PASSWORD
from tests.db.test_register_import import good, lp, workbook
from tests.db.test_survey_import import fill_template, row
from ui.context import UiContext
from ui.importing.import_dialog import ImportDialog
from ui.task_runner import TaskRunner


def count(sf, model) -> int:
    with read_session(sf) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def backups():
    return []


@pytest.fixture
def ctx(session_factory, station, tmp_path):
    """The admin's desk; its data folder apart from the folder the workbooks come from."""
    return UiContext(session_factory=session_factory, runner=TaskRunner(synchronous=True),
                     data_dir=tmp_path / "data", station=station[0], officer=station[1])  # fmt: skip


@pytest.fixture
def dialog(qtbot, ctx, backups):
    dialog = ImportDialog(ctx, backup=lambda: backups.append("before-import"))
    qtbot.addWidget(dialog)
    return dialog


def test_register_check_then_import_with_the_password(qtbot, dialog, ctx, backups, tmp_path):
    path = workbook(tmp_path / "register.xlsx", [good(1, lp(7)), good(2, lp(9)), good(3, "nomor aneh")])
    dialog.file_edit.setText(str(path))
    assert dialog.password_edit.isVisibleTo(dialog)  # the register asks the importer's password
    dialog.check_button.click()
    assert dialog.errors.text("password")  # none typed: said next to the field, nothing run
    assert dialog.outcome is None
    dialog.password_edit.setText("salah")
    dialog.check_button.click()
    assert dialog.errors.text("password") and dialog.outcome is None  # a wrong password: refused
    dialog.password_edit.setText(ADMIN_PASSWORD)
    seen = []
    dialog.progressed.connect(seen.append)
    dialog.check_button.click()
    text = dialog.summary.toPlainText()
    assert "2 rows would be added" in text and "1 rows rejected" in text
    assert "LP_B 2025: the number counter would move from 0 to 9" in text
    assert "row 5: No. LP: nomor tidak dikenali" in text and "Rejection workbook: " in text
    assert (tmp_path / "register-ditolak.xlsx").exists()
    assert count(ctx.session_factory, Report) == 0 and backups == []  # a check stores nothing
    assert {p.phase for p in seen} == {"checking"} and all(p.rate > 0 for p in seen)
    changed = []
    ctx.runner.data_changed.connect(lambda entity, ids: changed.append((entity, len(ids))))
    dialog.password_edit.setText(ADMIN_PASSWORD)
    dialog.import_button.click()
    assert "2 rows added." in dialog.summary.toPlainText()
    assert "the number counter moved from 0 to 9" in dialog.summary.toPlainText()
    assert count(ctx.session_factory, Report) == 2 and backups == ["before-import"]
    assert changed == [("report", 2)]
    assert {p.phase for p in seen} == {"checking", "publishing"}
    with read_session(ctx.session_factory) as s:
        assert s.scalar(select(NumberCounter.last_value).where(NumberCounter.kind == "LP_B")) == 9


def test_survey_import_needs_no_password_and_lists_the_rejected_rows(qtbot, dialog, ctx, tmp_path):
    """The workbook lies in the data folder: its rejection workbook goes to the documents folder."""
    ctx.data_dir.mkdir()
    path = fill_template(ctx.data_dir / "kuesioner.xlsx", [row(saran="Baik"), row(u2=7), row(saran="Cepat")])
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("survey"))
    assert not dialog.password_edit.isVisibleTo(dialog)
    dialog.file_edit.setText(str(path))
    dialog.check_button.click()
    text = dialog.summary.toPlainText()
    assert "2 rows would be added" in text and "row 3: U2: must be 1, 2, 3 or 4, not 7" in text
    assert count(ctx.session_factory, SurveyResponse) == 0
    dialog.import_button.click()
    assert "2 rows added." in dialog.summary.toPlainText()
    assert count(ctx.session_factory, SurveyResponse) == 2
    assert (ctx.data_dir / "documents" / "kuesioner-ditolak.xlsx").exists()
    assert not (ctx.data_dir / "kuesioner-ditolak.xlsx").exists()


def test_a_missing_file_is_said_next_to_the_field(qtbot, dialog, tmp_path):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("survey"))
    dialog.import_button.click()
    assert dialog.errors.text("file") == "Choose the workbook to import."
    dialog.file_edit.setText(str(tmp_path / "tidak-ada.xlsx"))
    dialog.import_button.click()
    assert dialog.errors.text("file") == "There is no such file."


def test_a_walk_in_is_saved_while_the_import_runs_and_cancel_stops_between_batches(
    qtbot, session_factory, station, tmp_path, monkeypatch
):
    """The import runs on a worker thread; after its first published batch the desk saves a walk-in on its
    DB thread (another session), then Cancel: the import stops before the next batch."""
    runner = TaskRunner()  # real threads
    ctx = UiContext(session_factory=session_factory, runner=runner, data_dir=tmp_path / "data",
                    station=station[0], officer=station[1])  # fmt: skip
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    path = fill_template(tmp_path / "banyak.xlsx", [row(saran=f"K{i}") for i in range(2_500)])
    # The worker waits after telling each published batch until the test has handled it, so Cancel lands
    # between two batches whatever the machine's speed.
    handled = threading.Event()
    real = import_work.import_surveys

    def gated(sf, **kwargs):  # type: ignore[no-untyped-def]
        tell = kwargs["progress"]

        def progress(p) -> None:  # type: ignore[no-untyped-def]
            tell(p)
            if p.phase == "publishing" and p.done == 1_000:  # the first batch (and the last word after it)
                assert handled.wait(timeout=60)

        return real(sf, **(kwargs | {"progress": progress}))

    monkeypatch.setattr(import_work, "import_surveys", gated)
    walk_ins: list[str] = []

    def on_progress(p) -> None:  # type: ignore[no-untyped-def]
        if p.phase != "publishing" or handled.is_set():
            return
        assert dialog.progress_bar.maximum() == 2_500 and dialog.progress_bar.value() == p.done
        assert "rows/s" in dialog.progress_label.text()
        data = ReportInput(
            kind="LP_B", citizen=CitizenInput(name="Budi"), offense="Pencurian", chronology="Dompet hilang."
        )
        runner.run_db(
            lambda: register_report(session_factory, data=data, officer_id=station[1].id),
            on_done=lambda view: walk_ins.append(view.id),
        )
        qtbot.waitUntil(lambda: bool(walk_ins), timeout=30_000)  # saved while the import is under way
        dialog.cancel_button.click()
        handled.set()

    dialog.progressed.connect(on_progress)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("survey"))
    dialog.file_edit.setText(str(path))
    with qtbot.waitSignal(dialog.import_finished, timeout=120_000) as finished:
        dialog.import_button.click()
        assert dialog.cancel_button.isEnabled() and not dialog.import_button.isEnabled()
    outcome = finished.args[0]
    assert outcome.result.cancelled and outcome.result.added == 1_000
    assert "Cancelled between batches" in dialog.summary.toPlainText()
    assert count(session_factory, SurveyResponse) == 1_000 and len(walk_ins) == 1
    with read_session(session_factory) as s:
        assert s.get(Report, walk_ins[0]) is not None
    runner.wait_idle()


def test_the_admin_menu_opens_the_import_dialog(qtbot, ctx, monkeypatch):
    from desktop.app import make_main_window

    win = make_main_window(ctx)
    qtbot.addWidget(win)
    menu = next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == "Admin")
    action = next(a for a in menu.actions() if a.text().replace("&", "") == "Import…")
    action.trigger()
    [opened] = [w for w in win.findChildren(ImportDialog)]
    assert opened.isVisible() and opened.kind() == "register"
    opened.reject()
