"""Finds Alt+letter clashes in a window: every mnemonic that works at the same time must be unique."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].lower()
        i += 1
    return None


Entry = tuple[str, str, str]  # (letter, text, widget class and object name)


def _own(widget: QWidget) -> list[Entry]:
    """Mnemonics a widget itself carries (not its children)."""
    texts: list[str] = []
    if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()))
    elif isinstance(widget, QMenuBar):
        texts.extend(a.text() for a in widget.actions() if a.isVisible())
    where = f"{type(widget).__name__}:{widget.objectName()}"
    return [(letter, text, where) for text in texts if (letter := mnemonic(text))]


def scopes(root: QWidget) -> list[list[Entry]]:
    """Sets of mnemonics live together: the widgets outside any stacked page, plus each page of a stack
    (pages of a QStackedWidget or QTabWidget are never shown at the same time)."""
    common: list[Entry] = []
    pages: list[list[Entry]] = []

    def walk(widget: QWidget, into: list[Entry]) -> None:
        into.extend(_own(widget))
        if isinstance(widget, QStackedWidget) and widget.count() > 1:
            for i in range(widget.count()):
                for scope in scopes(widget.widget(i)):
                    pages.append(scope)
            return
        for child in widget.findChildren(QWidget, options=_direct()):
            if child.isWindow():
                continue  # a dialog is a window of its own
            walk(child, into)

    walk(root, common)
    if not pages:
        return [common]
    return [common + page for page in pages]


def _direct():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def menu_scopes(window: QMainWindow) -> list[list[Entry]]:
    """Inside an open menu the letters work without Alt: each menu's items must differ too."""
    found = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        found.append(
            [
                (letter, a.text(), f"menu {menu_action.text()}")
                for a in menu.actions()
                if a.isVisible() and (letter := mnemonic(a.text()))
            ]
        )
    return found


def clashes(root: QWidget) -> list[str]:
    found = []
    every = scopes(root) + (menu_scopes(root) if isinstance(root, QMainWindow) else [])
    for scope in every:
        seen: dict[str, Entry] = {}
        for entry in scope:
            letter = entry[0]
            if letter in seen and seen[letter] != entry:
                first = seen[letter]
                found.append(f"{letter.upper()}: {first[1]!r} ({first[2]}) and {entry[1]!r} ({entry[2]})")
            seen.setdefault(letter, entry)
    return sorted(set(found))
