"""ikm_report_data: the plain data of the IKM report, from the survey service and the station."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal

from db.queries.ikm_report import ikm_report_data, period_label
from db.rules.timeutil import WIB, now_utc
from db.services.survey import SurveyInput, record_response


def test_report_data_figures_labels_and_station(session_factory, station):
    today = now_utc().astimezone(WIB).date()
    when = datetime.combine(today - timedelta(days=1), time(9), tzinfo=WIB)
    for answers, sex, comment in (((4,) * 9, "L", "Cepat <b>sekali</b>"), ((3,) * 9, "P", ""),
                                  ((3, 3, 3, 3, 3, 3, 3, 3, 2), "", "")):  # fmt: skip
        record_response(
            session_factory,
            data=SurveyInput(answers=answers, sex=sex, age_group="20-29", service="SKTLK", comment=comment,
                             answered_at=when),
            source="form",
        )  # fmt: skip
    data = ikm_report_data(session_factory, date_from=today - timedelta(days=7), date_to=today)
    assert data.respondents == 3 and data.unit == "POLRES SOLOK" and data.letterhead_lines
    u1, u9 = data.elements[0], data.elements[8]
    assert (u1.code, u1.name, u1.total, u1.nrr, u1.converted, u1.grade) == (
        "U1", "Persyaratan", 10, Decimal("3.3333"), Decimal("83.33"), "B")  # fmt: skip
    assert (u9.total, u9.nrr, u9.nrr_weighted) == (9, Decimal("3.0000"), Decimal("0.3333"))
    # IKM = (8 × 10/3 + 3) / 9 = 89/27 = 3.29629… → 3.2963 (4 decimals, as the grade table); × 25 = 82.41 → B.
    assert (data.ikm, data.index, data.grade, data.grade_label) == (
        Decimal("3.2963"),
        Decimal("82.41"),
        "B",
        "Baik",
    )
    sexes = {c.label: c.count for c in data.profile[0].counts}
    assert sexes == {"Laki-laki": 1, "Perempuan": 1, "Tidak diisi": 1}
    assert [(c.service, c.text) for c in data.comments] == [
        ("Surat keterangan kehilangan", "Cepat <b>sekali</b>")
    ]
    assert data.answers[0].answered_at.utcoffset() == timedelta(hours=7)
    assert data.signatory.name and data.signatory_title


def test_period_labels():
    assert period_label(date(2026, 11, 1), date(2026, 11, 30)) == "November 2026"
    assert period_label(date(2026, 11, 27), date(2026, 11, 27)) == "27 November 2026"
    assert period_label(date(2026, 1, 1), date(2026, 6, 30)) == "1 Januari 2026 s.d. 30 Juni 2026"
