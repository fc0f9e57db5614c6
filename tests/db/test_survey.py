"""The survey service: recording responses, the consent link, re-imports and the IKM of a WIB period."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from db.errors import DuplicateResponse, ValidationFailed
from db.models import AuditEntry, SurveyResponse
from db.services.survey import (
    SurveyInput,
    ikm_for_period,
    record_response,
    responses_between,
    validate_survey,
)
from db.storage.engine import read_session
from tests.builders import add_report

GOOD = (4, 3, 3, 4, 3, 4, 4, 3, 3)


def test_record_an_anonymous_response(session_factory, station):
    _, admin = station
    view = record_response(
        session_factory,
        data=SurveyInput(
            answers=GOOD,
            sex="P",
            age_group="30-39",
            education="SMA",
            occupation="farmer",
            service="SKCK",
            comment="  Pelayanan cepat.  ",
        ),
        source="form",
        officer_id=admin.id,
    )
    assert view.answers == GOOD and view.report_id is None and view.comment == "Pelayanan cepat."
    assert view.answered_at.tzinfo is not None and view.source == "form"
    with read_session(session_factory) as s:
        row = s.get(SurveyResponse, view.id)
        assert row.station_code == station[0].code and row.u9 == 3
        entry = s.scalar(select(AuditEntry).where(AuditEntry.entity == "survey"))
        assert entry.entity_id == view.id and "Pelayanan" not in entry.after_json


def test_validation_names_the_fields():
    with pytest.raises(ValidationFailed) as err:
        validate_survey(SurveyInput(answers=(4, 3, 0, 4, 5, 4, 4, 3, 3), sex="X", age_group="kid"))
    assert set(err.value.field_errors) == {"u3", "u5", "sex", "age_group"}
    with pytest.raises(ValidationFailed) as err:
        validate_survey(SurveyInput(answers=(4, 3)))
    assert set(err.value.field_errors) == {"answers"}
    with pytest.raises(ValidationFailed) as err:
        validate_survey(SurveyInput(answers=GOOD, answered_at=datetime(2026, 1, 1)))
    assert "answered_at" in err.value.field_errors
    validate_survey(SurveyInput(answers=GOOD))  # the profile may stay empty


def test_consent_links_the_report_by_number(session_factory, station):
    _, admin = station
    report = add_report(session_factory, admin.id)
    view = record_response(
        session_factory, data=SurveyInput(answers=GOOD, report_number=f" {report.number} "), source="form"
    )
    assert view.report_id == report.id and view.report_number == report.number
    with pytest.raises(ValidationFailed) as err:
        record_response(
            session_factory, data=SurveyInput(answers=GOOD, report_number="LP/B/999"), source="form"
        )
    assert "report_number" in err.value.field_errors
    by_id = record_response(
        session_factory, data=SurveyInput(answers=GOOD, report_id=report.id), source="kiosk"
    )
    assert by_id.report_number == report.number


def test_the_same_import_key_is_refused(session_factory, station):
    record_response(session_factory, data=SurveyInput(answers=GOOD), source="import", import_key="abc")
    with pytest.raises(DuplicateResponse) as err:
        record_response(session_factory, data=SurveyInput(answers=GOOD), source="import", import_key="abc")
    assert err.value.import_key == "abc"
    with read_session(session_factory) as s:
        assert len(s.scalars(select(SurveyResponse)).all()) == 1


def test_ikm_counts_the_wib_month(session_factory, station):
    _, admin = station
    # 31 Oct 23:30 WIB belongs to October; 31 Oct 17:30 UTC is already 1 November 00:30 in WIB.
    october = datetime(2026, 10, 31, 16, 30, tzinfo=UTC)
    november = datetime(2026, 10, 31, 17, 30, tzinfo=UTC)
    record_response(session_factory, data=SurveyInput(answers=(1,) * 9, answered_at=october), source="form")
    for sex in ("L", "P", "P"):
        record_response(
            session_factory,
            data=SurveyInput(
                answers=GOOD,
                sex=sex,
                service="LP_B",
                comment="Ramah" if sex == "L" else "",
                answered_at=november,
            ),
            source="kiosk",
        )
    add_report(session_factory, admin.id, now=october)
    for _ in range(4):
        add_report(session_factory, admin.id, now=november)

    assert (
        len(responses_between(session_factory, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))) == 3
    )
    rep = ikm_for_period(session_factory, date_from=date(2026, 11, 1), date_to=date(2026, 11, 30))
    assert rep.respondents == 3 and rep.services == 4
    # Σ GOOD = 31 → IKM 31/9 = 3.4444, index 86.11, grade B.
    assert (
        rep.result.ikm == Decimal("3.4444")
        and rep.result.index == Decimal("86.11")
        and rep.result.grade == "B"
    )
    assert dict(rep.by_sex) == {"L": 1, "P": 2} and dict(rep.by_service)["LP_B"] == 3
    assert rep.comments == ("Ramah",)
    assert rep.required_sample == 4 and not rep.enough  # Krejcie–Morgan: population 4 → sample 4

    oct_rep = ikm_for_period(session_factory, date_from=date(2026, 10, 1), date_to=date(2026, 10, 31))
    assert oct_rep.respondents == 1 and oct_rep.services == 1 and oct_rep.enough
    assert oct_rep.result.grade == "D"


def test_an_empty_period_has_no_index(session_factory, station):
    rep = ikm_for_period(session_factory, date_from=date(2026, 1, 1), date_to=date(2026, 3, 31))
    assert rep.result is None and rep.respondents == 0 and not rep.enough
    with pytest.raises(ValidationFailed):
        ikm_for_period(session_factory, date_from=date(2026, 3, 1), date_to=date(2026, 1, 1))
