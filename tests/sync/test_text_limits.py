"""A pulled row whose text is longer than its form allows is refused with the reason and kept, never cut short
(issue 13, point 11). No PostgreSQL: the rows are applied as a pull would hand them over."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from db.models import Citizen
from db.models.sync import SyncProblem
from db.services.report_input import MAX_LENGTHS
from db.sync.apply import apply_rows, retry_problems
from db.sync.text_limits import text_limit
from tests.sync.desks import local_rows


def _citizen_row(template: dict[str, Any], row_id: str, name: str) -> dict[str, Any]:
    return {
        "table": "citizen",
        "row_id": row_id,
        "version": 1,
        "row": template | {"id": row_id, "name": name},
    }


def _template(session_factory) -> dict[str, Any]:
    """A citizen row as the centre sends it (every column, encoded), from one stored here."""
    with session_factory.begin() as s:
        s.add(Citizen(id="c-here", name="Siti", station_code="POLRES-SOLOK"))
    row = local_rows(session_factory)[("citizen", "c-here")]
    return row | {"updated_at": row["created_at"]}


def test_a_too_long_pulled_text_is_kept_as_a_problem_not_truncated(session_factory, station):
    limit = MAX_LENGTHS["citizen.name"]
    assert text_limit("citizen", "name") == limit == 150
    template = _template(session_factory)
    fits = _citizen_row(template, "c-fits", "A" * limit)
    too_long = _citizen_row(template, "c-long", "B" * (limit + 1))
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        skipped = apply_rows(s, [fits, too_long])
    assert skipped == ["citizen c-long"]
    with session_factory() as s:
        names = dict(s.execute(select(Citizen.id, Citizen.name)).all())
        [problem] = s.scalars(select(SyncProblem)).all()
    assert names.get("c-fits") == "A" * limit and "c-long" not in names
    assert problem.row_id == "c-long" and problem.resolved_at is None
    assert (
        problem.reason
        == "citizen.name has 151 characters; the desk takes at most 150 (the row is kept, not cut short)"
    )
    with session_factory() as s, s.begin():
        s.info["sync_apply"] = True
        assert retry_problems(s) == (0, 1)  # still refused on a later pull, still kept
    assert ("citizen", "c-long") not in local_rows(session_factory)


def test_other_texts_take_the_forms_default_limit():
    assert text_limit("report", "chronology") == 20_000
    assert text_limit("report", "forwarded_to") == 80
    assert text_limit("survey_response", "comment") == 2_000
    assert text_limit("patrol", "findings") == 20_000
