"""Shared fixtures: a migrated template database copied per test, and a configured demo station."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import make_engine, make_session_factory  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.services.officers import OfficerInput  # noqa: E402
from db.services.station import StationInput, setup_station  # noqa: E402
from db.station_identity import suggested_patterns  # noqa: E402

ADMIN_PASSWORD = "admin-rahasia-1"


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "sentra.sqlite"
    engine = make_engine(path)
    upgrade(engine, path)
    engine.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "sentra.sqlite"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def engine(db_path: Path):
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine):
    return make_session_factory(engine)


def solok_station_input(**overrides) -> StationInput:
    values = dict(
        code="POLRES-SOLOK",
        level="polres",
        resor_name="Solok",
        polda_name="Sumatera Barat",
        address="Jl. Raya Arosuka, Kabupaten Solok",
        city="Arosuka",
        phone="0755-31110",
        letterhead=("KEPOLISIAN NEGARA REPUBLIK INDONESIA", "DAERAH SUMATERA BARAT", "RESOR SOLOK"),
        patterns=suggested_patterns("polres", "Sumatera Barat", "Solok", ""),
        signatory_on_behalf="a.n. KEPALA KEPOLISIAN RESOR SOLOK",
        signatory_title="KA SPKT",
        signatory_name="Hendra Saputra, S.H.",
        signatory_rank="AKP",
        signatory_nrp="78050412",
    )
    values.update(overrides)
    return StationInput(**values)


@pytest.fixture
def station(session_factory):
    """A configured Polres Solok with one admin; returns (station view, admin officer view)."""
    from db.services.officers import list_officers

    view = setup_station(
        session_factory,
        station=solok_station_input(),
        admin=OfficerInput(name="Rina Marlina", nrp="85010123", rank="AIPTU", password=ADMIN_PASSWORD),
    )
    admin = list_officers(session_factory)[0]
    return view, admin
