"""Indonesian is the default: every user-visible string has a translation and the shipped .qm is current."""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "resources" / "translations" / "update_translations.py"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_the_qm_is_built():
    assert _tool().problems() == []


def test_db_messages_are_collected():
    messages = _tool().db_messages()
    assert "NIK must be exactly 16 digits." in messages
    assert "The incident time cannot be in the future." in messages


@pytest.mark.parametrize(
    "context, source, expected",
    [
        ("db", "NIK must be exactly 16 digits.", "16"),
        ("QWizard", "&Next >", "Lanjut"),
        ("QPlatformTheme", "Cancel", "Batal"),
    ],
)
def test_translation_loads(qapp, context, source, expected):
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "sentra_id.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate(context, source)
        assert expected in text and text != source
    finally:
        QCoreApplication.removeTranslator(translator)


def _sources() -> list[tuple[Path, ast.AST]]:
    paths = sorted((ROOT / "ui").rglob("*.py")) + sorted((ROOT / "desktop").rglob("*.py"))
    return [(p, ast.parse(p.read_text(encoding="utf-8"))) for p in paths]


def _called(node: ast.AST) -> str:
    """The name a call calls: "tr" for self.tr(...), "translate" for translate(...) or X.translate(...)."""
    if not isinstance(node, ast.Call):
        return ""
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _literal_context(call: ast.Call) -> str | None:
    first = call.args[0] if call.args else None
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def test_tr_is_only_called_where_qt_finds_its_context():
    """lupdate files `x.tr("...")` under the variable's name ("main") and Qt looks it up under x's class;
    `translate(name, ...)` with a computed name is not collected at all. Either shows English to everyone."""
    wrong = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            where = f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            if _called(node) == "tr" and isinstance(node, ast.Call):
                receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
                if not (isinstance(receiver, ast.Name) and receiver.id in ("self", "cls")):
                    wrong.append(f"{where}: {ast.unparse(node.func)}()")
            elif (
                _called(node) == "translate" and isinstance(node, ast.Call) and _literal_context(node) is None
            ):
                wrong.append(f"{where}: translate() with a context that is not a literal")
    assert wrong == []


def test_every_context_in_the_ts_is_one_qt_asks_for():
    """Each context lupdate wrote is a class under ui/ or desktop/ (for self.tr) or a translate() literal."""
    asked = set(_tool().managed_contexts())
    for _path, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                asked.add(node.name)
            elif _called(node) == "translate" and isinstance(node, ast.Call):
                asked.add(_literal_context(node) or "")
    ts = ET.parse(ROOT / "resources" / "translations" / "sentra_id.ts")
    assert {c.findtext("name") for c in ts.iter("context")} - asked == set()


def test_every_translation_loads_from_the_qm(qapp):
    """Each (context, source) of the .ts comes back translated from the shipped .qm, as a window asks."""
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "sentra_id.qm"))
    missing = []
    for ctx in ET.parse(ROOT / "resources" / "translations" / "sentra_id.ts").iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source, tr = msg.findtext("source") or "", msg.find("translation")
            if msg.get("numerus") == "yes" or tr is None or not tr.text:
                continue
            if translator.translate(name, source, msg.findtext("comment")) != tr.text:
                missing.append((name, source))
    assert missing == []
