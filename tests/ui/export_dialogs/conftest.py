"""Fixtures of the export dialog tests: the demo station (made once for the package, copied per test), and
the save-as and open-file answers a user would give."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from db.demo.station import create_demo
from tests.builders import session_factory_on_copy
from tests.ui.export_dialogs.helpers import NOW, REPORTS


@pytest.fixture(scope="package")
def demo_db(template_db, tmp_path_factory) -> Path:
    """The demo station with REPORTS reports, made once (its password hashing is slow) and copied per test."""
    path = tmp_path_factory.mktemp("export-dialogs") / "sentra.sqlite"
    with session_factory_on_copy(template_db, path) as session_factory:
        create_demo(session_factory, reports=REPORTS, seed=7, now=NOW)
    return path


@pytest.fixture
def demo_sf(demo_db, tmp_path):
    with session_factory_on_copy(demo_db, tmp_path / "sentra.sqlite") as session_factory:
        yield session_factory


@pytest.fixture
def save_as(monkeypatch):
    """QFileDialog.getSaveFileName answers with the path put in `target[0]`; the captions are recorded."""
    target: list[Path] = []
    asked: list[str] = []

    def fake(_parent, caption, _start, _filter, *a, **k):
        asked.append(caption)
        return (str(target[0]), _filter)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return target


@pytest.fixture
def opened(monkeypatch):
    urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url.toLocalFile()) or True)
    return urls
