"""db.queries.audit_trail.list_audit: the admin's audit browser rows, newest first, with who did it."""

from __future__ import annotations

import json

from db.queries.audit_trail import AuditFilter, list_audit
from db.services.categories import add_category


def test_rows_name_the_officer_and_keep_the_entry_as_written(session_factory, station):
    _, admin = station
    view = add_category(session_factory, name="Penyerobotan tanah", by_officer_id=admin.id)
    rows, total = list_audit(session_factory, AuditFilter(entity="category", action="create"))
    newest = rows[0]
    assert total == len(rows) and newest.entity_id == view.id
    assert (newest.officer_name, newest.officer_nrp, newest.action) == (admin.name, admin.nrp, "create")
    assert json.loads(newest.after_json)["name"] == "Penyerobotan tanah"
    assert [r.seq for r in rows] == sorted((r.seq for r in rows), reverse=True)


def test_an_entry_without_an_officer_has_blank_name_and_nrp(session_factory, station):
    # Set-up creates the first admin before anyone is logged in.
    rows, _ = list_audit(session_factory, AuditFilter(entity="officer", action="create"))
    assert [(r.officer_name, r.officer_nrp) for r in rows] == [("", "")]
