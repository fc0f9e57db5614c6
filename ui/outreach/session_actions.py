"""What the outreach page does to a session: open the form, add a photo or a follow-up, tick one done."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDateEdit, QFileDialog, QLabel, QLineEdit, QListWidgetItem

from db.errors import SentraError, ValidationFailed
from db.services.outreach import SessionView, add_follow_up, add_photo, mark_follow_up_done
from ui.context import UiContext
from ui.outreach.photos import PhotoDialog
from ui.outreach.session_form import SessionDialog
from ui.outreach.sessions_model import ID_ROLE
from ui.widgets.field_errors import translate_message

log = logging.getLogger(__name__)

# The strings keep the "OutreachPage" translation context they had when this was part of sessions_page.py.


class SessionActions:
    """Mixin of OutreachPage (ui/outreach/sessions_page.py, a QWidget): the actions on the chosen session."""

    _ctx: UiContext
    current_session: Callable[[], SessionView | None]
    message_label: QLabel
    follow_up_edit: QLineEdit
    follow_up_due: QDateEdit

    def _say(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    def _failed(self, what: str, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            self._say("\n".join(translate_message(m) for m in exc.field_errors.values()))
        elif isinstance(exc, SentraError):
            self._say(str(exc))
        else:
            log.error("%s failed", what, exc_info=exc)
            self._say(QCoreApplication.translate("OutreachPage", "Something went wrong; see the log."))

    def new_session(self) -> SessionDialog:
        dialog = SessionDialog(self._ctx, None, self)
        dialog.open()
        return dialog

    def edit_session(self) -> SessionDialog | None:
        session = self.current_session()
        if session is None:
            return None
        dialog = SessionDialog(self._ctx, session, self)
        dialog.open()
        return dialog

    def add_photo(self, source_path: str | None = None, caption: str = "") -> None:
        session, officer = self.current_session(), self._ctx.officer
        if session is None or officer is None:
            return
        if source_path is None:
            source_path, _ = QFileDialog.getOpenFileName(
                self,
                QCoreApplication.translate("OutreachPage", "Add photo"),
                "",
                QCoreApplication.translate("OutreachPage", "Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)"),
            )
            if not source_path:
                return
        sf, data_dir, session_id, path = (
            self._ctx.session_factory,
            self._ctx.data_dir,
            session.id,
            source_path,
        )
        self._ctx.runner.run_db(
            lambda: add_photo(
                sf,
                session_id=session_id,
                source_path=path,
                data_dir=data_dir,
                caption=caption,
                officer_id=officer.id,
            ),
            on_error=lambda exc: self._failed("add photo", exc),
            changes=("outreach", [session_id]),
        )

    def open_photo(self, item: QListWidgetItem) -> PhotoDialog:
        dialog = PhotoDialog(item.data(ID_ROLE), item.text(), self)
        dialog.open()
        return dialog

    def add_follow_up(self) -> None:
        session, officer = self.current_session(), self._ctx.officer
        text = self.follow_up_edit.text()
        if session is None or officer is None or not text.strip():
            return
        sf, session_id, due = self._ctx.session_factory, session.id, self.follow_up_due.date().toPython()
        self._ctx.runner.run_db(
            lambda: add_follow_up(
                sf, session_id=session_id, description=text, due_date=due, officer_id=officer.id
            ),
            on_done=lambda _v: self.follow_up_edit.clear(),
            on_error=lambda exc: self._failed("add follow-up", exc),
            changes=("outreach", [session_id]),
        )

    def _follow_up_toggled(self, item: QListWidgetItem) -> None:
        session, officer = self.current_session(), self._ctx.officer
        if session is None or officer is None:
            return
        sf, follow_up_id = self._ctx.session_factory, item.data(ID_ROLE)
        done = item.checkState() == Qt.CheckState.Checked
        self._ctx.runner.run_db(
            lambda: mark_follow_up_done(sf, follow_up_id=follow_up_id, officer_id=officer.id, done=done),
            on_error=lambda exc: self._failed("follow-up", exc),
            changes=("outreach", [session.id]),
        )
