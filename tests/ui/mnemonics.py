"""Finds Alt+letter clashes in a window: every mnemonic that works at the same time must be unique."""

from __future__ import annotations

from itertools import product

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QStackedWidget,
    QTabWidget,
    QWidget,
    QWizard,
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
Scope = list[Entry]


def _own(widget: QWidget) -> list[Entry]:
    """Mnemonics a widget itself carries (not its children)."""
    texts: list[str] = []
    if isinstance(widget, QAbstractButton) or isinstance(widget, QLabel) and widget.buddy() is not None:
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QTabWidget):
        texts.extend(widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))
    elif isinstance(widget, QMenuBar):
        texts.extend(a.text() for a in widget.actions() if a.isVisible())
    where = f"{type(widget).__name__}:{widget.objectName()}"
    return [(letter, text, where) for text in texts if (letter := mnemonic(text))]


def _combine(parts: list[list[Scope]]) -> list[Scope]:
    """Siblings are on screen together: every choice of page in one stack meets every page of another."""
    return [sum(choice, []) for choice in product(*parts)] if parts else [[]]


def scopes(root: QWidget) -> list[Scope]:
    """Sets of mnemonics that live together. Pages of a QStackedWidget / QTabWidget are alternatives (one
    is shown at a time), so each page makes its own set with whatever is around the stack."""
    if isinstance(root, QStackedWidget) and root.count() > 1:
        alternatives: list[Scope] = []
        for i in range(root.count()):
            alternatives.extend(scopes(root.widget(i)))
        return alternatives
    parts: list[list[Scope]] = [[_own(root)]]
    for child in root.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if child.isWindow():
            continue  # a dialog is a window of its own (a hidden widget counts: it may be shown later)
        parts.append(scopes(child))
    return _combine(parts)


def wizard_scopes(wizard: QWizard) -> list[Scope]:
    """A wizard shows one page at a time with its buttons (Back, Next, Finish, Cancel, Help)."""
    buttons: Scope = []
    kinds = [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton]
    kinds += [QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton]
    if wizard.testOption(QWizard.WizardOption.HaveHelpButton):
        kinds.append(QWizard.WizardButton.HelpButton)
    for which in kinds:
        button = wizard.button(which)
        if button is not None and (letter := mnemonic(button.text())):
            buttons.append((letter, button.text(), f"wizard button {which.name}"))
    found = []
    for page_id in wizard.pageIds():
        for scope in scopes(wizard.page(page_id)):
            found.append(buttons + scope)
    return found


def menu_scopes(window: QMainWindow) -> list[Scope]:
    """Inside an open menu the letters work without Alt: each menu's (and sub-menu's) items differ too."""
    found = []

    def walk(menu, title: str) -> None:  # type: ignore[no-untyped-def]
        found.append(
            [
                (letter, a.text(), f"menu {title}")
                for a in menu.actions()
                if a.isVisible() and (letter := mnemonic(a.text()))
            ]
        )
        for a in menu.actions():
            if a.menu() is not None:
                walk(a.menu(), a.text())

    for menu_action in window.menuBar().actions():
        if menu_action.menu() is not None:
            walk(menu_action.menu(), menu_action.text())
    return found


def clashes(root: QWidget) -> list[str]:
    if isinstance(root, QWizard):
        every = wizard_scopes(root)
    else:
        every = scopes(root) + (menu_scopes(root) if isinstance(root, QMainWindow) else [])
    found = []
    for scope in every:
        seen: dict[str, Entry] = {}
        for entry in scope:
            letter = entry[0]
            if letter in seen and seen[letter] != entry:
                first = seen[letter]
                found.append(f"{letter.upper()}: {first[1]!r} ({first[2]}) and {entry[1]!r} ({entry[2]})")
            seen.setdefault(letter, entry)
    return sorted(set(found))
