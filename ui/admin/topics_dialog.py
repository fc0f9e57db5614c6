"""Admin screen for the outreach topic list (narkoba, hoaks, judi online …)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.services.outreach_lists import add_topic, list_topics
from ui.admin import ReloadingDialog, refusals
from ui.context import UiContext
from ui.widgets.text_dialog import TextDialog, ask_text


class TopicsDialog(ReloadingDialog):
    """The topics an outreach session can be about; an admin adds new ones (they are never deleted)."""

    entity = "outreach_topic"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Outreach topics"))
        self.resize(420, 480)
        self.list = QListWidget(self)
        self.add_button = QPushButton(self.tr("&Add topic…"), self)
        self.add_button.clicked.connect(lambda _=False: self.add())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Topics offered when recording an outreach session:"), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.add_button)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        sf = self._ctx.session_factory
        self._ctx.runner.run_db(lambda: list_topics(sf, active_only=False), on_done=self._show)

    def _show(self, topics: list) -> None:
        self.list.clear()
        self.list.addItems([t.name for t in topics])

    def add(self, text: str = "") -> TextDialog:
        sf, officer = self._ctx.session_factory, self._ctx.officer_id
        return ask_text(
            self,
            self._ctx,
            title=self.tr("Add topic"),
            prompt=self.tr("Topic:"),
            field="name",
            text=text,
            save=lambda name: add_topic(sf, name=name, officer_id=officer),
            refusals=refusals(),
            changes=("outreach_topic", lambda view: [view.id]),
        )


def open_topics(ctx: UiContext, parent: QWidget) -> None:
    dialog = TopicsDialog(ctx, parent)
    dialog.exec()
    dialog.deleteLater()
