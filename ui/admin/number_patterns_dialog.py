"""The admin's number patterns (LP, Dumas, SKTLK, SP2HP, SP3D) with a live preview of the next number."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.rules.report_number import check_pattern, format_number
from db.rules.timeutil import now_utc
from db.services.letters import PATTERN_KINDS, PatternView, number_patterns, set_number_patterns
from ui.admin import load_rows, refusals
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.field_errors import FieldErrors
from ui.widgets.paragraph import paragraph


class NumberPatternsDialog(QDialog):
    """One line per kind; the preview shows the number the next document of that kind would get."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._views: dict[str, PatternView] = {}
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Number patterns"))
        self.resize(760, 420)
        self._setup_ui()
        self.reload()

    def _setup_ui(self) -> None:
        names = {
            "LP_B": self.tr("Police report (LP model B)"),
            "DUMAS": self.tr("Public complaint (Dumas)"),
            "SKTLK": self.tr("Lost-item report (SKTLK)"),
            "SP2HP": self.tr("Progress letter SP2HP"),
            "SP3D": self.tr("Progress letter SP3D"),
        }
        hint = paragraph(
            self.tr(
                "Placeholders: {n} running number (restarts each year), {month} month in Roman numerals, "
                "{year} year. {n} and {year} are required."
            )
        )
        grid = QGridLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.previews: dict[str, QLabel] = {}
        for row, kind in enumerate(PATTERN_KINDS):
            edit = QLineEdit(self)
            edit.setObjectName(f"pattern_{kind}")
            edit.textChanged.connect(lambda _text, k=kind: self._update_preview(k))
            preview = QLabel(self)
            preview.setObjectName(f"preview_{kind}")
            preview.setStyleSheet("color: palette(mid);")
            self.edits[kind], self.previews[kind] = edit, preview
            grid.addWidget(QLabel(names[kind]), row * 3, 0)
            grid.addWidget(edit, row * 3, 1)
            grid.addWidget(preview, row * 3 + 1, 1)
            grid.addWidget(self.errors.label_for(kind, edit), row * 3 + 2, 1)
        grid.setColumnStretch(1, 1)
        self.buttons = dialog_buttons(
            self, self.save, accept_text=self.tr("Save"), cancel_text=self.tr("Cancel")
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)

    def reload(self) -> None:
        sf = self._ctx.session_factory
        load_rows(self, self._ctx, lambda: number_patterns(sf), self._set_views)

    def _set_views(self, views: list[PatternView]) -> None:
        self._views = {v.kind: v for v in views}
        for v in views:
            self.edits[v.kind].setText(v.pattern)
            self._update_preview(v.kind)

    def _update_preview(self, kind: str) -> None:
        """The next number with this pattern, or the pattern's error in place of the preview."""
        pattern = self.edits[kind].text().strip()
        message = check_pattern(pattern)
        if message:
            self.errors.show({**self._current_errors(exclude=kind), kind: message})
            self.previews[kind].clear()
        else:
            self.errors.show(self._current_errors(exclude=kind))
            view = self._views.get(kind)
            seq = view.next_seq if view else 1
            number = format_number(pattern, seq=seq, received_at=now_utc())
            self.previews[kind].setText(self.tr("Next number: {number}").format(number=number))
        self.save_button.setEnabled(not self._current_errors())

    def _current_errors(self, exclude: str = "") -> dict[str, str]:
        found = {}
        for kind, edit in self.edits.items():
            if kind != exclude:
                message = check_pattern(edit.text().strip())
                if message:
                    found[kind] = message
        return found

    def save(self) -> None:
        changed = {
            kind: edit.text()
            for kind, edit in self.edits.items()
            if kind not in self._views or edit.text().strip() != self._views[kind].pattern
        }
        if not changed:
            self.accept()
            return
        sf = self._ctx.session_factory
        officer_id = self._ctx.officer_id
        self._ctx.runner.run_db(
            lambda: set_number_patterns(sf, patterns=changed, officer_id=officer_id),
            on_done=lambda _views: self.accept(),
            on_error=self._failed,
            changes=("number_pattern", list(changed)),
        )

    def _failed(self, exc: BaseException) -> None:
        self.errors.show_refusal(exc, refusals())


def open_number_patterns(ctx: UiContext, parent: QWidget) -> None:
    """The number-pattern screen, modal over `parent` (admin menu)."""
    dialog = NumberPatternsDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
