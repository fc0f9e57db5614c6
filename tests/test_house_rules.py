"""Two of STYLE.md's small habits, checked: every module opens with a docstring saying what it is for, and no
module outgrows 400 lines (split it by purpose first). Migrations are history and are left as they are."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = ("desktop", "ui", "db", "exports", "bench", "tests", "docs", "resources")
MAX_LINES = 400


def modules(root: Path) -> list[Path]:
    found = []
    for folder in FOLDERS:
        for path in sorted((root / folder).rglob("*.py")):
            parts = path.relative_to(root).parts
            if "migrations" in parts or ".venv" in parts or "__pycache__" in parts:
                continue
            found.append(path)
    return found


def without_docstring(paths: list[Path], root: Path) -> list[str]:
    """Modules without a docstring; an empty `__init__.py` passes only under tests/ (the app's packages say
    what they hold, so `help()` and an editor's hover show it)."""
    missing = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        empty_test_package = not text.strip() and path.relative_to(root).parts[0] == "tests"
        if not empty_test_package and not ast.get_docstring(ast.parse(text)):
            missing.append(str(path.relative_to(root)))
    return missing


def too_long(paths: list[Path], root: Path) -> list[str]:
    lengths = ((path, len(path.read_text(encoding="utf-8").splitlines())) for path in paths)
    return [f"{path.relative_to(root)}: {n} lines" for path, n in lengths if n > MAX_LINES]


def test_every_module_says_what_it_is_for():
    assert without_docstring(modules(ROOT), ROOT) == []


def test_no_module_is_over_400_lines():
    assert too_long(modules(ROOT), ROOT) == [], "split the module by purpose (STYLE.md, small habits)"


def test_the_checks_find_what_they_look_for(tmp_path):
    (tmp_path / "db" / "migrations").mkdir(parents=True)
    (tmp_path / "db" / "bare.py").write_text("x = 1\n")
    (tmp_path / "db" / "__init__.py").write_text("")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "__init__.py").write_text("")
    (tmp_path / "db" / "said.py").write_text('"""What it is for."""\n' + "x = 1\n" * MAX_LINES)
    (tmp_path / "db" / "migrations" / "0001.py").write_text("x = 1\n" * (MAX_LINES + 1))
    paths = modules(tmp_path)
    assert without_docstring(paths, tmp_path) == ["db/__init__.py", "db/bare.py"]
    assert too_long(paths, tmp_path) == [f"db/said.py: {MAX_LINES + 1} lines"]
