"""Shared fixtures: a migrated template database copied per test, and a configured demo station."""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.demo.station import demo_station_input  # noqa: E402
from db.services.officers import OfficerInput  # noqa: E402
from db.services.station import StationInput, setup_station  # noqa: E402
from db.storage.engine import make_engine, make_session_factory  # noqa: E402
from db.storage.migrate import upgrade  # noqa: E402

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
    """The demo Polres Solok, with any field overridden."""
    return dataclasses.replace(demo_station_input(), **overrides)


def set_up_solok(session_factory):
    """Polres Solok configured in the database of `session_factory` with its one admin, Rina Marlina
    (password ADMIN_PASSWORD); returns (station view, admin officer view)."""
    from db.services.officers import list_officers

    view = setup_station(
        session_factory,
        station=solok_station_input(),
        admin=OfficerInput(name="Rina Marlina", nrp="85010123", rank="AIPTU", password=ADMIN_PASSWORD),
    )
    return view, list_officers(session_factory)[0]


@pytest.fixture
def station(session_factory):
    """A configured Polres Solok with one admin; returns (station view, admin officer view)."""
    return set_up_solok(session_factory)


@pytest.fixture
def memory_keyring():
    """The OS keyring replaced by a dict for the test; the previous backend comes back afterwards."""
    import keyring

    from tests.memory_keyring import MemoryKeyring

    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


def pytest_configure(config: pytest.Config) -> None:
    """SENTRA_TEST_NOW=2027-01-01T00:30+07:00 runs the whole suite as if started at that instant.

    The suite must pass whatever the real date is; this is how CI proves it on dates that break naive code.
    """
    when = os.environ.get("SENTRA_TEST_NOW")
    if when:
        from datetime import datetime

        import time_machine

        traveller = time_machine.travel(datetime.fromisoformat(when), tick=True)
        traveller.start()
        config.add_cleanup(traveller.stop)
