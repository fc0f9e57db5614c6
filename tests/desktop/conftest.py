"""What the CLI tests share: a demo station's data folder made by `sentra demo`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.cli import main


@pytest.fixture(scope="session")
def make_demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Callable[[int], Path]:
    """`make_demo_dir(reports)`: a new data folder holding a demo station with that many demo reports.
    Called from a module-scoped fixture, each test module gets its own folder, made once."""

    def make(reports: int) -> Path:
        folder = tmp_path_factory.mktemp("demo-cli") / "data"
        assert main(["--data-dir", str(folder), "demo", "--reports", str(reports)]) == 0
        return folder

    return make
