"""The layering rule: db/ and exports/ never import Qt, ui or desktop; ui never imports desktop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = {
    "db": ("PySide6", "shiboken6", "ui", "desktop", "exports"),
    "exports": ("PySide6", "shiboken6", "ui", "desktop"),
    "ui": ("desktop",),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violations(package: str) -> list[str]:
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        for name in imported_modules(path):
            if name.split(".")[0] in FORBIDDEN[package]:
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_layers(package):
    assert violations(package) == []


def test_exports_use_only_db_views():
    for path in (ROOT / "exports").rglob("*.py"):
        for name in imported_modules(path):
            if name.split(".")[0] == "db":
                assert name == "db.views", f"{path.name} imports {name}"


def test_the_check_itself_catches_a_violation(tmp_path, monkeypatch):
    bad = tmp_path / "db"
    bad.mkdir()
    (bad / "leak.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", tmp_path)
    assert violations("db") == ["db/leak.py imports PySide6.QtCore"]


# db/rules holds the pure domain rules: they may lean on each other and on db.errors, never on the database.
RULES_MAY_IMPORT_FROM_DB = ("db.rules", "db.errors")


def test_rules_import_no_database_layer():
    found = []
    for path in sorted((ROOT / "db" / "rules").rglob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top == "sqlalchemy" or (top == "db" and not name.startswith(RULES_MAY_IMPORT_FROM_DB)):
                found.append(f"{path.relative_to(ROOT)} imports {name}")
    assert found == []


def test_loading_every_rule_module_loads_no_sqlalchemy():
    import subprocess
    import sys

    modules = sorted(
        f"db.rules.{p.stem}" for p in (ROOT / "db" / "rules").glob("*.py") if p.stem != "__init__"
    )
    assert len(modules) >= 12
    code = "import importlib, sys\n" + "".join(f"importlib.import_module({m!r})\n" for m in modules)
    code += "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'PySide6')))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
