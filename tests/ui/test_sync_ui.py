"""Sync in the window: the status line, background runs that never block, settings, the conflicts screen."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.models import OutboxOp, Report, SyncConflict
from db.services.officers import OfficerInput, create_officer
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from db.sync.client import SyncReport
from db.sync.settings import SyncSettings, load_settings, save_settings
from ui.sync.conflicts_dialog import ConflictsDialog
from ui.sync.controller import SyncController
from ui.sync.settings_dialog import CentralSettingsDialog
from ui.sync.status_widget import SyncStatusWidget


def configure(ctx) -> None:
    save_settings(ctx.session_factory, SyncSettings("postgresql://central.test/sentra", "sentra_st_x"), "pw")


def _status_line(qtbot, ctx, cycle=SyncReport) -> tuple[SyncController, SyncStatusWidget]:
    """A controller running `cycle` and the status line that watches it."""
    controller = SyncController(ctx, cycle=cycle)
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    return controller, widget


def test_status_line_says_not_set_up_until_configured(qtbot, ctx, memory_keyring):
    controller, widget = _status_line(qtbot, ctx)
    controller.refresh_status()
    assert "not set up" in widget.label.text()
    assert not controller.sync_now()  # nothing to sync with
    configure(ctx)
    controller.refresh_status()
    assert "change(s) waiting" in widget.label.text() and "never synced" in widget.label.text()


def test_a_cycle_runs_in_the_background_and_reports_online_or_offline(qtbot, ctx, memory_keyring):
    configure(ctx)
    outcomes = iter([RuntimeError("connection refused"), SyncReport(pushed=3)])

    def cycle():
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            from db.sync.client import describe_error, record_outcome

            record_outcome(ctx.session_factory, error=describe_error(outcome))
            raise outcome
        from db.sync.client import record_outcome

        record_outcome(ctx.session_factory, error=None)
        return outcome

    controller, widget = _status_line(qtbot, ctx, cycle)
    with qtbot.waitSignal(controller.finished, timeout=5000) as done:
        assert controller.sync_now()
        assert not controller.sync_now()  # one cycle at a time
    assert done.args[1] == "connection refused"
    qtbot.waitUntil(lambda: "Offline" in widget.label.text(), timeout=3000)
    assert "connection refused" in widget.toolTip()
    with qtbot.waitSignal(controller.finished, timeout=5000):
        controller.sync_now()
    qtbot.waitUntil(lambda: "Online" in widget.label.text(), timeout=3000)
    assert "last sync" in widget.label.text()


def test_settings_refuse_a_password_in_the_address_and_a_missing_keyring(qtbot, ctx, monkeypatch):
    import keyring
    from keyring.backends import fail

    dialog = CentralSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.url.setText("postgresql://station:secret@central/sentra")
    dialog.role.setText("sentra_st_x")
    dialog.password.setText("pw")
    assert not dialog.save()
    assert "keyring" in dialog.errors.text("url")
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog.url.setText("postgresql://central/sentra")
        assert not dialog.save()
        assert "file" in dialog.errors.text("password")
    finally:
        keyring.set_keyring(before)
    assert load_settings(ctx.session_factory) is None  # nothing stored half-way


def test_settings_store_the_password_in_the_keyring_only(qtbot, ctx, memory_keyring, db_path):
    dialog = CentralSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.url.setText("postgresql://central/sentra")
    dialog.role.setText("sentra_st_x")
    dialog.password.setText("rahasia-pusat-77")
    assert dialog.save()
    assert list(memory_keyring.store.values()) == ["rahasia-pusat-77"]
    assert b"rahasia-pusat-77" not in db_path.read_bytes()
    assert load_settings(ctx.session_factory) == SyncSettings("postgresql://central/sentra", "sentra_st_x")


def _conflict(ctx) -> tuple[str, str]:
    admin = ctx.officer
    report = register_report(
        ctx.session_factory,
        data=ReportInput(
            kind="LP_B", citizen=CitizenInput(name="Siti"), offense="Curanmor", chronology="Hilang"
        ),
        officer_id=admin.id,
    )
    other = create_officer(
        ctx.session_factory,
        data=OfficerInput(name="Andi Saputra", nrp="90020457", rank="BRIPTU", password="sandi-rahasia-9"),
        by_officer_id=admin.id,
    )
    with ctx.session_factory.begin() as s:
        s.add(
            SyncConflict(
                tbl="report",
                row_id=report.id,
                field="assigned_officer_id",
                kept_value=json.dumps(None),
                lost_value=json.dumps(other.id),
                winner="hq",
                op_id="op-1",
            )
        )
    return report.id, other.id


def test_a_unit_head_sees_both_values_and_switches(qtbot, ctx):
    report_id, other_id = _conflict(ctx)
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Assigned officer"
    assert dialog.table.item(0, 3).text() == "BRIPTU Andi Saputra"
    assert dialog.table.item(0, 4).text() == "Polres"
    with ctx.session_factory() as s:
        before = s.scalar(select(OutboxOp.seq).order_by(OutboxOp.seq.desc()).limit(1))
    dialog.switch_button.click()
    assert dialog.table.rowCount() == 0
    with ctx.session_factory() as s:
        assert s.get(Report, report_id).assigned_officer_id == other_id
        new_ops = s.scalars(select(OutboxOp).where(OutboxOp.seq > before)).all()
    assert any(json.loads(o.fields) == {"assigned_officer_id": other_id} for o in new_ops)


def test_an_officer_cannot_settle_conflicts(qtbot, ctx):
    _conflict(ctx)
    officer = create_officer(
        ctx.session_factory,
        data=OfficerInput(name="Dedi", nrp="90020456", rank="BRIPTU", password="sandi-rahasia-9"),
        by_officer_id=ctx.officer.id,
    )
    ctx.officer = officer
    dialog = ConflictsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.switch_button.isEnabled() and not dialog.keep_button.isEnabled()


def test_an_online_complaint_is_counted_listed_and_taken_up(qtbot, ctx, session_factory, station):
    from db.services.reports import get_report
    from desktop.app import make_main_window
    from tests.db.test_intake import online_complaint

    report_id = online_complaint(session_factory, station)
    window = make_main_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.online_button.isVisible(), timeout=3000)
    assert "1 online complaint" in window.online_button.text()
    window.online_button.click()
    model = window.list_page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    from ui.reports.list_model import COL_KIND

    assert model.index(0, COL_KIND).data() == "Dumas complaint · Online"
    window.detail.show_report(get_report(session_factory, report_id))
    assert window.detail.take_up_button.isVisible()
    assert "not numbered yet" in window.detail.title.text()
    window.detail.take_up_button.click()
    qtbot.waitUntil(lambda: window.detail.report.number.startswith("DUMAS/"), timeout=3000)
    assert not window.detail.take_up_button.isVisible()
    qtbot.waitUntil(lambda: not window.online_button.isVisible(), timeout=3000)  # taken up: no longer waiting


def test_a_cycle_that_lost_the_link_ends_offline_and_the_next_cycle_runs(qtbot, ctx, memory_keyring):
    """Issue 14, point 2: a silent link ends the cycle on its deadline (tests/sync/test_link_deadlines.py);
    the window then shows why and F9 / the timer can start the next cycle."""
    from db.sync.link import LINK_LOST_MESSAGE, LinkLost

    configure(ctx)
    outcomes = iter([LinkLost("no answer within 30 s"), SyncReport(pushed=1)])

    def cycle():
        outcome = next(outcomes)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    controller, widget = _status_line(qtbot, ctx, cycle)
    with qtbot.waitSignal(controller.finished, timeout=5000) as done:
        assert controller.sync_now()
    assert done.args[1] == LINK_LOST_MESSAGE
    qtbot.waitUntil(lambda: LINK_LOST_MESSAGE in widget.label.text(), timeout=3000)
    with qtbot.waitSignal(controller.finished, timeout=5000) as done:
        assert controller.sync_now()  # not blocked by the lost one
    assert done.args[1] is None


def test_the_lost_link_message_is_shown_in_indonesian():
    from PySide6.QtCore import QTranslator

    from db.sync.link import LINK_LOST_MESSAGE
    from desktop.app import translations_dir

    translator = QTranslator()
    assert translator.load(str(translations_dir() / "sentra_id.qm"))
    assert translator.translate("db", LINK_LOST_MESSAGE) == "Koneksi ke Polres terputus"


def test_problems_are_counted_in_the_status_line_and_listed_for_the_admin(qtbot, ctx, memory_keyring):
    """Issue 14, point 4: received rows kept to retry and renumbered reports are visible, not silent."""
    import json

    from db.models import SyncProblem
    from ui.sync.problems_dialog import ProblemsDialog

    configure(ctx)
    with ctx.session_factory.begin() as s:
        row = {"station_code": "POLSEK-GT", "nik": "1302071508850001"}
        s.add(
            SyncProblem(
                kind="apply",
                tbl="citizen",
                row_id="c-1",
                version=2,
                reason="UNIQUE constraint",
                item=json.dumps({"row": row}),
            )
        )
        numbers = {"before": "LP/B/4/XII/2026", "after": "LP/B/6/XII/2026"}
        s.add(SyncProblem(kind="renumbered", tbl="report", row_id="r-1", reason="renumbered",
                          item=json.dumps(numbers)))  # fmt: skip
    controller, widget = _status_line(qtbot, ctx)
    controller.refresh_status()
    qtbot.waitUntil(lambda: "not applied" in widget.label.text(), timeout=3000)
    assert "1 renumbered report(s) to reprint" in widget.label.text()

    dialog = ProblemsDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=3000)
    texts = [dialog.table.item(i, 1).text() for i in range(2)]
    assert any("LP/B/4/XII/2026 → LP/B/6/XII/2026" in t for t in texts)
    assert any("1302071508850001" in t for t in texts)
    renumbered = next(i for i in range(2) if "→" in dialog.table.item(i, 1).text())
    dialog.table.selectRow(renumbered)
    assert dialog.reprinted.isEnabled()
    dialog.reprinted.click()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=3000)
    assert "1302071508850001" in dialog.table.item(0, 1).text()
    assert not dialog.reprinted.isEnabled()  # a row not applied is settled by the next syncs, not by a click


def test_the_settings_dialog_keeps_the_pcs_station_password_in_its_key_folder(qtbot, ctx, db_path):
    """The PC's shared station (installed app): every officer's session must find the password, no keyring."""
    import keyring
    from keyring.backends import fail

    from db.sync.credentials import find_password, secret_file

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        ctx.shared_station = True
        dialog = CentralSettingsDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.url.setText("postgresql://central.test/sentra")
        dialog.role.setText("sentra_st_x")
        dialog.password.setText("rahasia-dialog")
        assert dialog.save() is True
        assert find_password(db_path, "postgresql://central.test/sentra", "sentra_st_x") == "rahasia-dialog"
        assert secret_file(db_path, "postgresql://central.test/sentra", "sentra_st_x").is_file()
    finally:
        keyring.set_keyring(before)
