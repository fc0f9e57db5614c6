"""The main window's menu bar: File, Admin, Community, Reports, Settings and Help, with their shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

# The strings keep the "MainWindow" translation context they had when this was part of ui/main_window.py.


class MainMenus:
    """Mixin of MainWindow (ui/main_window.py, a QMainWindow): builds its menus; the slots live there."""

    admin_menu: QMenu | None

    def _setup_actions(self) -> None:
        file_menu = self.file_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        self.new_action = self._action(
            QCoreApplication.translate("MainWindow", "&New report"),
            QKeySequence.StandardKey.New,
            self.new_report,
        )
        self.print_action = self._action(
            QCoreApplication.translate("MainWindow", "&Print receipt…"),
            QKeySequence.StandardKey.Print,
            self.print_current,
        )
        self.print_now_action = self._action(
            QCoreApplication.translate("MainWindow", "Print receipt &directly"),
            QKeySequence("Ctrl+Shift+P"),
            self.print_current_now,
        )
        self.pdf_action = self._action(
            QCoreApplication.translate("MainWindow", "&Open receipt PDF"),
            QKeySequence("Ctrl+O"),
            self.open_current_pdf,
        )
        self.find_action = self._action(
            QCoreApplication.translate("MainWindow", "&Find report…"),
            QKeySequence.StandardKey.Find,
            self.find,
        )
        self.refresh_action = self._action(
            QCoreApplication.translate("MainWindow", "&Refresh"),
            QKeySequence.StandardKey.Refresh,
            self.refresh,
        )
        quit_action = self._action(
            QCoreApplication.translate("MainWindow", "&Quit"), QKeySequence.StandardKey.Quit, self.close
        )
        for a in (
            self.new_action,
            self.find_action,
            self.print_action,
            self.print_now_action,
            self.pdf_action,
            self.refresh_action,
        ):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        self.admin_menu = None
        if self._admin_actions:
            # Built for every officer, shown to admins: another officer may unlock the desk (apply_officer).
            admin_menu = self.admin_menu = self.menuBar().addMenu(
                QCoreApplication.translate("MainWindow", "&Admin")
            )
            for label, opener in self._admin_actions:
                admin_menu.addAction(self._action(label, None, lambda _=False, o=opener: o(self)))
            officer = self._ctx.officer
            admin_menu.menuAction().setVisible(bool(officer and officer.role == "admin"))
        if self._page_factories or self._start_kiosk:
            community = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Community"))
            for i, (key, (label, _factory)) in enumerate(self._page_factories.items(), start=1):
                community.addAction(
                    self._action(label, QKeySequence(f"Alt+{i}"), lambda _=False, k=key: self.show_page(k))
                )
            if self._start_kiosk is not None:
                community.addSeparator()
                community.addAction(
                    self._action(
                        QCoreApplication.translate("MainWindow", "Start survey &kiosk…"),
                        None,
                        lambda _=False: self._start_kiosk(self),
                    )
                )
        if self._report_pages or self._report_actions:
            reports = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Reports"))
            for key, label, shortcut in self._report_pages:
                keys = QKeySequence(shortcut) if shortcut else None
                reports.addAction(self._action(label, keys, lambda _=False, k=key: self.show_page(k)))
            for label, opener in self._report_actions:
                reports.addAction(self._action(label, None, lambda _=False, o=opener: o(self)))
        view_menu = self.settings_menu = self.menuBar().addMenu(
            QCoreApplication.translate("MainWindow", "&Settings")
        )
        lang_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "Language"))
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            lang_menu.addAction(
                self._action(label, None, lambda _=False, c=code: self.language_change_requested.emit(c))
            )
        help_menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        self.help_action = self._action(
            QCoreApplication.translate("MainWindow", "&Shortcuts and how-to"),
            QKeySequence("F1"),
            self.show_help,
        )
        help_menu.addAction(self.help_action)
        help_menu.addAction(
            self._action(QCoreApplication.translate("MainWindow", "&About Sentra Desk"), None, self._about)
        )

    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | None, slot: Callable[..., object]
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action
