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
def threaded_runner():
    """A runner with real worker threads (as in the app), drained at the end of the test."""
    runner = TaskRunner()
    yield runner
    runner.wait_idle()


@pytest.fixture
def warnings(monkeypatch):
    """Warning boxes are recorded here (their text) instead of shown."""
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a, **k: seen.append(text))
    return seen


@pytest.fixture
def real_discard_question(monkeypatch):
    from ui.widgets import unsaved

    monkeypatch.setattr(unsaved, "confirm_discard", _REAL_CONFIRM_DISCARD)


@pytest.fixture
def make_ctx(session_factory, station, tmp_path):
    """A context on the test station with tasks run at once: `make_ctx(officer=..., output_dir=...)`
    (the station's admin unless another officer is given)."""

    def make(officer=None, **more) -> UiContext:
        return UiContext(
            session_factory=session_factory,
            runner=TaskRunner(synchronous=True),
            data_dir=tmp_path,
            station=station[0],
            officer=officer or station[1],
            **more,
        )

    return make


@pytest.fixture
def ctx(make_ctx):
    return make_ctx()


@pytest.fixture
def add_report(session_factory, station):
    """Registers a report as the station's admin with only what the test cares about:
    `add_report(kind="DUMAS", name="Yuliana", offense=..., chronology=..., **other ReportInput fields)`;
    `citizen=CitizenInput(...)` instead of `name` for a citizen with more than a name."""
    from db.services.report_input import CitizenInput, ReportInput
    from db.services.reports import register_report

    def add(kind="LP_B", name="Andi", offense="Pencurian", chronology="Hilang.", officer_id=None, **more):
        more.setdefault("citizen", CitizenInput(name=name))
        data = ReportInput(kind=kind, offense=offense, chronology=chronology, **more)
        return register_report(session_factory, data=data, officer_id=officer_id or station[1].id)

    return add


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
