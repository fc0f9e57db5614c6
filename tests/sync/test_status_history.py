"""Issue 14, point 5: a case's status follows its history after merges. The station owns the status, so its
`stopped` beats the Polres's later `closed`; the history keeps both sides' entries, and the owner's desk adds
one re-stating `stopped`, so the newest entry is the status at every desk and at the centre."""

from __future__ import annotations

from datetime import timedelta

from db.rules.timeutil import now_utc
from db.services.case_flow import change_status
from db.sync.status_history import MERGE_NOTE, mismatched
from tests.sync.desks import central_mismatched, hq_desk, make_desk
from tests.sync.faults import settle


def central_mismatches(central) -> list:
    with central.admin() as admin:
        return admin.execute(
            """SELECT r.id, r.status, (SELECT h.to_status FROM sentra.status_change h
                                      WHERE h.report_id = r.id AND h.deleted_at IS NULL
                                      ORDER BY h.changed_at DESC, h.id DESC LIMIT 1) AS last
               FROM sentra.report r"""
        ).fetchall()


def test_the_status_the_merge_keeps_is_the_newest_history_entry_everywhere(template_db, tmp_path, central):
    polres = hq_desk(template_db, tmp_path / "polres", central)
    polsek = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    start = now_utc() - timedelta(hours=2)
    report_id = polsek.report()
    polsek.sync()
    polres.sync()
    # Offline, the Polsek stops the case; later the Polres closes it (one minute apart, in this order).
    steps = [
        (polsek, "in_progress", ""),
        (polsek, "stopped", "Bukan tindak pidana"),
        (polres, "in_progress", ""),
        (polres, "closed", ""),
    ]
    for minute, (desk, to_status, reason) in enumerate(steps, start=1):
        change_status(
            desk.sf,
            report_id=report_id,
            to_status=to_status,
            officer_id=desk.admin.id,
            reason=reason,
            now=start + timedelta(minutes=minute),
        )
    polres.sync()
    report = polsek.sync()
    assert report.conflicts >= 1 and report.queued_now == 1  # the owner's desk re-stated its status
    settle([polsek, polres])

    for desk in (polsek, polres):
        assert desk.get(report_id).status == "stopped"
        with desk.sf() as s:
            assert mismatched(s) == {}
    rows = {r[0]: r for r in central_mismatches(central)}
    assert rows[report_id][1:] == ("stopped", "stopped")
    with central.admin() as admin:
        assert central_mismatched(admin) == {}
    with central.admin() as admin:
        notes = [r[0] for r in admin.execute(
            "SELECT note FROM sentra.status_change WHERE report_id = %s ORDER BY changed_at", (report_id,)
        )]  # fmt: skip
    assert notes[-1] == MERGE_NOTE and len(notes) == 6  # received, 2 + 2 edits, the re-statement
