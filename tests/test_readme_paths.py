"""Every file or folder the README names in backticks exists, so its reading path and tables stay true."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A backticked token that looks like a path in the repository: a known top folder, then a path.
PATH = re.compile(r"`((?:desktop|ui|db|exports|resources|bench|packaging|tests|docs)/[\w./-]*)`")


def named_paths(text: str) -> set[str]:
    return {m.group(1).rstrip("/") for m in PATH.finditer(text)}


def test_the_pattern_finds_paths_and_leaves_commands():
    text = "Read `db/services/reports.py`, then `ui/` and `./run.sh test`; `python -m desktop` is a command."
    assert named_paths(text) == {"db/services/reports.py", "ui"}


def test_every_path_the_readme_names_exists():
    names = named_paths((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(names) > 30
    missing = sorted(n for n in names if not (ROOT / n).exists())
    assert missing == []
