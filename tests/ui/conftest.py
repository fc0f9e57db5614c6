"""The UI tests' shared context: the test station's admin logged in, tasks run at once."""

from __future__ import annotations

import pytest

from ui.context import UiContext
from ui.task_runner import TaskRunner


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
