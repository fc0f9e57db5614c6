"""What the CLI tests share: a demo station's data folder made by `sentra demo`, and the CLI narrowed to the
one extension module a test file is about (`pytestmark = pytest.mark.cli_extension("desktop.cli_x")`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import desktop.cli
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


@pytest.fixture(autouse=True)
def _only_marked_extension(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A test file marked `cli_extension(module)` runs the CLI with that extension alone, after checking that
    the real CLI lists it (so a command left out of EXTENSIONS fails its own tests)."""
    mark = request.node.get_closest_marker("cli_extension")
    if mark is None:
        return
    (module,) = mark.args
    assert module in desktop.cli.EXTENSIONS, f"{module} is not wired into desktop.cli.EXTENSIONS"
    monkeypatch.setattr(desktop.cli, "EXTENSIONS", (module,))
