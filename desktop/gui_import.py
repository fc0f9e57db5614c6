"""Wiring Admin → Import… (ui/importing/): the dialog gets the backup taken before every import from here."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QApplication, QWidget

from desktop.paths import DataPaths
from ui.context import UiContext


def import_actions(ctx: UiContext) -> list[tuple[str, Callable[[QWidget], None]]]:
    def backup() -> object:
        from db.storage.backup import backup_now

        return backup_now(DataPaths(ctx.data_dir), reason="before-import")

    def open_dialog(parent: QWidget) -> None:
        module = importlib.import_module("ui.importing.import_dialog")
        module.open_import_dialog(ctx, parent, backup)

    return [(QApplication.translate("MainWindow", "&Import…"), open_dialog)]
