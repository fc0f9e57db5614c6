"""A first pass through setup, login and registering a report."""

from __future__ import annotations

from db.queries.reports import receipt_data
from db.services.auth import authenticate
from db.services.report_input import CitizenInput, ReportInput
from db.services.reports import register_report
from tests.conftest import ADMIN_PASSWORD


def test_register_and_receipt(session_factory, station):
    st, admin = station
    assert authenticate(session_factory, nrp="85010123", password=ADMIN_PASSWORD).id == admin.id
    view = register_report(
        session_factory,
        data=ReportInput(
            kind="LP_B",
            citizen=CitizenInput(name="Budi", nik="1302014508900001"),
            offense="Pencurian",
            chronology="Motor hilang",
        ),
        officer_id=admin.id,
    )
    assert view.number.startswith("LP/B/1/")
    assert view.citizen.sex == "P"
    data = receipt_data(session_factory, last=True)
    assert data.number == view.number
