"""The UI tests' shared context: the test station's admin logged in, tasks run at once."""

from __future__ import annotations

import pytest

from ui.context import UiContext
from ui.task_runner import TaskRunner
from ui.widgets.unsaved import confirm_discard as _REAL_CONFIRM_DISCARD


@pytest.fixture(autouse=True)
def _discard_when_closed_at_teardown(monkeypatch):
    """pytest-qt closes the test's windows at the end; a "discard?" question would wait there for ever.

    Tests of the question itself put the real one back (`real_discard_question`).
    """
    from ui.widgets import unsaved

    monkeypatch.setattr(unsaved, "confirm_discard", lambda *_args: True)


@pytest.fixture
def real_discard_question(monkeypatch):
    from ui.widgets import unsaved

    monkeypatch.setattr(unsaved, "confirm_discard", _REAL_CONFIRM_DISCARD)


@pytest.fixture
def ctx(session_factory, station, tmp_path):
    st, admin = station
    return UiContext(
        session_factory=session_factory,
        runner=TaskRunner(synchronous=True),
        data_dir=tmp_path,
        station=st,
        officer=admin,
    )


@pytest.fixture
def indonesian(qapp):
    """The shipped Indonesian translation installed for one test (dates too), removed afterwards."""
    from pathlib import Path

    from PySide6.QtCore import QLocale, QTranslator

    from ui.dates import set_date_locale

    translator = QTranslator()
    qm = Path(__file__).resolve().parents[2] / "resources" / "translations" / "sentra_id.qm"
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    set_date_locale("id")
    yield translator
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous)
    set_date_locale("id")  # the module default
