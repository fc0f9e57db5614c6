"""In Indonesian no window shows an English text the translation has an Indonesian one for.

Catches a string collected under one context and looked up under another (`main.tr()` is filed under "main",
Qt asks "MainWindow"), or built before the translator was installed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from tests.ui.test_mnemonics import _factories

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "sentra_id.ts"


def _english_only() -> set[str]:
    """Sources whose Indonesian differs, minus texts that are also a translation ("Status")."""
    sources, translations = set(), set()
    for msg in ET.parse(TS).iter("message"):
        tr = msg.find("translation")
        text = tr.text if tr is not None else None
        if text and text != msg.findtext("source"):
            sources.add(msg.findtext("source") or "")
            translations.add(text)
    return {s.replace("&", "") for s in sources - translations if len(s) > 3}


def _texts(window: QWidget) -> list[tuple[str, str]]:
    shown = [("window title", window.windowTitle())]
    for w in [window, *window.findChildren(QWidget)]:
        where = f"{type(w).__name__}:{w.objectName()}"
        if isinstance(w, QLabel | QAbstractButton):
            shown.append((where, w.text()))
        elif isinstance(w, QGroupBox):
            shown.append((where, w.title()))
        elif isinstance(w, QTabWidget):
            shown += [(where, w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            shown.append((where, w.placeholderText()))
        elif isinstance(w, QComboBox):
            shown += [(where, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QTableView | QTreeView) and w.model() is not None:
            header = w.horizontalHeader() if isinstance(w, QTableView) else w.header()
            shown += [
                (where, str(w.model().headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(header.count())
            ]
        shown.append((where, w.toolTip()))
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            shown.append(("menu bar", menu_action.text()))
            if menu_action.menu() is not None:
                shown += [(f"menu {menu_action.text()}", a.text()) for a in menu_action.menu().actions()]
    return shown


@pytest.mark.usefixtures("indonesian")
def test_no_english_text_in_any_window(qtbot, ctx):
    english = _english_only()
    found = []
    for name, build in _factories().items():
        built = build(ctx)
        for widget in built if isinstance(built, list) else [built]:
            qtbot.addWidget(widget)
            found += [
                f"{name} {where}: {text!r}"
                for where, text in _texts(widget)
                if text.replace("&", "") in english
            ]
    assert found == [], "\n".join(sorted(set(found)))
