"""The admin's law tables: each category's article in the new and old KUHP, and the SP2HP cadence."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from db.services.articles import ArticleView, list_articles, set_articles
from db.services.cadence import CadenceRow, list_cadence, set_cadence
from ui.admin import ReloadingDialog, load_rows, refusals
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors
from ui.widgets.paragraph import paragraph
from ui.widgets.save_dialog import save_and_close
from ui.widgets.tables import fill_rows, read_only


def tier_label(tier: str) -> str:
    labels = {
        "first": QCoreApplication.translate("PolicyDialogs", "First letter (A1)"),
        "light": QCoreApplication.translate("PolicyDialogs", "Light"),
        "medium": QCoreApplication.translate("PolicyDialogs", "Medium"),
        "difficult": QCoreApplication.translate("PolicyDialogs", "Difficult"),
        "very_hard": QCoreApplication.translate("PolicyDialogs", "Very difficult"),
    }
    return labels.get(tier, tier)


class EditDialog(QDialog):
    """Line edits for some fields; `save(values)` runs on the DB thread; a refusal keeps the dialog open."""

    def __init__(
        self,
        ctx: UiContext,
        title: str,
        fields: Sequence[tuple[str, str, str]],
        save: Callable[[dict[str, str]], Any],
        entity: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._ctx, self._save, self._entity = ctx, save, entity
        self.errors = FieldErrors()
        self.edits: dict[str, QLineEdit] = {}
        self.setWindowTitle(title)
        self.resize(560, 0)
        form = QFormLayout(self)
        for name, label, value in fields:
            edit = QLineEdit(value)
            edit.setObjectName(name)
            self.edits[name] = edit
            form.addRow(label, edit)
            form.addRow("", self.errors.label_for(name, edit))
        form.addRow(self.errors.general_label())
        form.addRow(dialog_buttons(self, self.submit, QDialogButtonBox.StandardButton.Ok))

    def submit(self) -> None:
        values = {name: edit.text() for name, edit in self.edits.items()}
        save_and_close(
            self,
            self._ctx,
            lambda: self._save(values),
            changes=(self._entity, []),
            errors=self.errors,
            refusals=refusals(),
        )


class _TableDialog(ReloadingDialog):
    """A read-only table with an Edit button (admins only); reloads when its entity changes."""

    entity = ""

    def __init__(self, ctx: UiContext, title: str, hint: str, headers: list[str], parent: QWidget | None):
        super().__init__(ctx, parent)
        self._rows: list[Any] = []
        self.editor: EditDialog | None = None
        self.setWindowTitle(title)
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        note = paragraph(hint)
        layout.addWidget(note)
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        read_only(self.table, stretch=(len(headers) - 1,))
        self.table.itemDoubleClicked.connect(lambda _item: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(QCoreApplication.translate("PolicyDialogs", "&Edit…"))
        self.edit_button.clicked.connect(lambda _=False: self.edit())
        self.edit_button.setEnabled(ctx.officer is not None and ctx.officer.role == "admin")
        close = QPushButton(QCoreApplication.translate("PolicyDialogs", "Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        sf = self._ctx.session_factory
        load_rows(self, self._ctx, lambda: self.rows(sf), self._set_rows)

    def rows(self, session_factory: sessionmaker[Session]) -> list[Any]:
        """The table's rows (read on the DB thread)."""
        raise NotImplementedError

    def _set_rows(self, rows: list[Any]) -> None:
        keep = max(0, self.table.currentRow())
        self._rows = list(rows)
        fill_rows(self.table, [self.cells(row) for row in rows])
        if rows:
            self.table.selectRow(min(keep, len(rows) - 1))

    def cells(self, row: Any) -> list[str]:
        raise NotImplementedError

    def edit(self) -> None:
        raise NotImplementedError

    def selected(self) -> Any | None:
        row = self.table.currentRow()
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def editable(self) -> Any | None:
        """The selected row when this officer may edit it (an admin), else None."""
        return self.selected() if self.edit_button.isEnabled() else None

    def _by(self) -> str:
        return self._ctx.officer_id

    def _open_editor(self, editor: EditDialog) -> None:
        self.editor = editor
        editor.exec()
        self.editor = None
        editor.deleteLater()


class ArticlesDialog(_TableDialog):
    """Each category with its article in UU 1/2023 and in the old KUHP, and where it was checked."""

    entity = "offence_article"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(
            ctx,
            QCoreApplication.translate("PolicyDialogs", "Offence articles"),
            QCoreApplication.translate(
                "PolicyDialogs",
                "Receipts print the article of the code in force on the incident date: UU 1/2023 from "
                "2 January 2026, the old KUHP before. Fill in only articles checked against the text, with "
                "where they were checked.",
            ),
            [
                QCoreApplication.translate("PolicyDialogs", "Category"),
                QCoreApplication.translate("PolicyDialogs", "UU 1/2023"),
                QCoreApplication.translate("PolicyDialogs", "Old KUHP"),
                QCoreApplication.translate("PolicyDialogs", "Source"),
            ],
            parent,
        )

    def rows(self, session_factory: sessionmaker[Session]) -> list[ArticleView]:
        return list_articles(session_factory)

    def cells(self, row: ArticleView) -> list[str]:
        return [row.category, row.article_new, row.article_old, row.source]

    def edit(self) -> None:
        a: ArticleView | None = self.editable()
        if a is None:
            return
        sf, by = self._ctx.session_factory, self._by()
        fields = [
            (
                "article_new",
                QCoreApplication.translate("PolicyDialogs", "Article in UU 1/2023:"),
                a.article_new,
            ),
            (
                "article_old",
                QCoreApplication.translate("PolicyDialogs", "Article in the old KUHP:"),
                a.article_old,
            ),
            ("source", QCoreApplication.translate("PolicyDialogs", "Checked at (source):"), a.source),
        ]
        self._open_editor(
            EditDialog(
                self._ctx,
                a.category,
                fields,
                lambda v: set_articles(
                    sf,
                    category_id=a.category_id,
                    article_new=v["article_new"],
                    article_old=v["article_old"],
                    source=v["source"],
                    by_officer_id=by,
                ),
                self.entity,
                self,
            )
        )


class CadenceDialog(_TableDialog):
    """The SP2HP cadence per tier in calendar days after the report, with its source."""

    entity = "sp2hp_cadence"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(
            ctx,
            QCoreApplication.translate("PolicyDialogs", "SP2HP cadence"),
            QCoreApplication.translate(
                "PolicyDialogs",
                "Calendar days after the report on which a progress letter (SP2HP) is due. A change "
                "recomputes every open case's deadline and is kept in the audit trail.",
            ),
            [
                QCoreApplication.translate("PolicyDialogs", "Tier"),
                QCoreApplication.translate("PolicyDialogs", "Days"),
                QCoreApplication.translate("PolicyDialogs", "Source"),
            ],
            parent,
        )

    def rows(self, session_factory: sessionmaker[Session]) -> list[CadenceRow]:
        return list_cadence(session_factory)

    def cells(self, row: CadenceRow) -> list[str]:
        return [tier_label(row.tier), ", ".join(str(d) for d in row.days), row.source]

    def edit(self) -> None:
        c: CadenceRow | None = self.editable()
        if c is None:
            return
        sf, by = self._ctx.session_factory, self._by()
        fields = [
            (
                "days",
                QCoreApplication.translate("PolicyDialogs", "Calendar days (e.g. 10, 20, 30):"),
                ", ".join(str(d) for d in c.days),
            ),
            ("source", QCoreApplication.translate("PolicyDialogs", "Regulation or page:"), c.source),
        ]
        self._open_editor(
            EditDialog(
                self._ctx,
                tier_label(c.tier),
                fields,
                lambda v: set_cadence(sf, tier=c.tier, days=v["days"], source=v["source"], by_officer_id=by),
                self.entity,
                self,
            )
        )


def open_articles(ctx: UiContext, parent: QWidget) -> None:
    dialog = ArticlesDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()


def open_cadence(ctx: UiContext, parent: QWidget) -> None:
    dialog = CadenceDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()


__all__ = ["ArticlesDialog", "CadenceDialog", "EditDialog", "open_articles", "open_cadence", "tier_label"]
