"""First-start set-up wizard: station identity, letterhead and number patterns, signatory, first admin."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
    QWizard,
)
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.rules.station_identity import default_letterhead, suggested_patterns, unit_label
from db.services.officers import OfficerInput, validate_officer
from db.services.station import (
    StationInput,
    StationView,
    setup_station,
    validate_station,
)
from ui.setup.pages import AdminPage, FormPage, IdentityPage, NumbersPage, SignatoryPage, Suggestion
from ui.task_runner import TaskRunner
from ui.widgets import unsaved
from ui.widgets.field_errors import translate_message

log = logging.getLogger(__name__)


class SetupWizard(QWizard):
    """Collects the station and first admin, runs `setup_station`, keeps the result in `result_station`."""

    def __init__(
        self, session_factory: sessionmaker[Session], runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session_factory = session_factory
        self._runner = runner
        self._busy = False
        self.result_station: StationView | None = None
        self.setWindowTitle(self.tr("Sentra Desk — station set-up"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(720, 600)
        self.identity, self.numbers = IdentityPage(), NumbersPage()
        self.signatory, self.admin = SignatoryPage(), AdminPage()
        self.pages: list[FormPage] = [self.identity, self.numbers, self.signatory, self.admin]
        for page in self.pages:
            self.addPage(page)
        self._code = Suggestion(self.identity.code_edit)
        self._letterhead = Suggestion(self.numbers.letterhead_edit)
        self._patterns = {k: Suggestion(e) for k, e in self.numbers.pattern_edits.items()}
        self._on_behalf = Suggestion(self.signatory.on_behalf_edit)
        self.identity.changed.connect(self._refresh_suggestions)
        self._refresh_suggestions()

    def _refresh_suggestions(self) -> None:
        p = self.identity
        level, sector = p.level(), p.sector()
        polda, resor = p.polda_edit.text().strip(), p.resor_edit.text().strip()
        self._code.offer(unit_label(level, resor, sector).strip().replace(" ", "-"))
        self._letterhead.offer("\n".join(default_letterhead(level, polda, resor, sector)))
        for kind, pattern in suggested_patterns(level, polda, resor, sector).items():
            self._patterns[kind].offer(pattern)
        head = f"SEKTOR {sector.upper()}" if level == "polsek" else f"RESOR {resor.upper()}"
        self._on_behalf.offer(f"a.n. KEPALA KEPOLISIAN {head}".rstrip())

    def station_input(self) -> StationInput:
        i, n, s = self.identity, self.numbers, self.signatory
        return StationInput(
            code=i.code_edit.text().strip(),
            level=i.level(),
            resor_name=i.resor_edit.text().strip(),
            polda_name=i.polda_edit.text().strip(),
            sector_name=i.sector(),
            address=i.address_edit.text().strip(),
            city=i.city_edit.text().strip(),
            phone=i.phone_edit.text().strip(),
            letterhead=tuple(line for line in n.letterhead_edit.toPlainText().splitlines() if line.strip()),
            patterns={kind: edit.text().strip() for kind, edit in n.pattern_edits.items()},
            signatory_on_behalf=s.on_behalf_edit.text().strip(),
            signatory_title=s.title_combo.currentText().strip(),
            signatory_name=s.name_edit.text().strip(),
            signatory_rank=s.rank_combo.currentText().strip(),
            signatory_nrp=s.nrp_edit.text().strip(),
        )

    def admin_input(self) -> OfficerInput:
        a = self.admin
        return OfficerInput(
            name=a.name_edit.text().strip(),
            nrp=a.nrp_edit.text().strip(),
            rank=a.rank_combo.currentText().strip(),
            password=a.password_edit.text(),
            role="admin",
        )

    def validation_errors(self, fields: set[str] | None = None) -> dict[str, str]:
        """The db rules' messages (plus the repeated password), limited to `fields` when given."""
        errors: dict[str, str] = {}
        try:
            validate_station(self.station_input())
        except ValidationFailed as exc:
            errors.update(exc.field_errors)
        try:
            validate_officer(self.admin_input())
        except ValidationFailed as exc:
            errors.update(exc.field_errors)
        if self.admin.password_edit.text() != self.admin.repeat_edit.text():
            errors["password_repeat"] = self.tr("The passwords do not match.")
        return errors if fields is None else {k: v for k, v in errors.items() if k in fields}

    def accept(self) -> None:
        """Finish: the wizard closes only once the station is stored."""
        if self.result_station is not None:
            super().accept()
            return
        # QWizard validates the last page in done(), after accept(): too late for an asynchronous save.
        if self._busy or not self.validateCurrentPage():
            return
        station, admin = self.station_input(), self.admin_input()
        self._set_busy(True)
        self._runner.run_db(
            lambda: setup_station(self._session_factory, station=station, admin=admin),
            on_done=self._on_done,
            on_error=self._on_error,
        )

    def reject(self) -> None:
        if self._busy:
            return
        # Past the first page the admin has typed the station's details: closing asks, staying by default.
        if self.currentId() != self.startId() and not unsaved.confirm_discard(
            self, self.tr("Cancel set-up"), self.tr("Close the set-up and discard what you typed?")
        ):
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        buttons = QWizard.WizardButton
        for which in (buttons.BackButton, buttons.FinishButton, buttons.CancelButton):
            self.button(which).setEnabled(not busy)

    def _on_done(self, station: StationView) -> None:
        self._set_busy(False)
        self.result_station = station
        self.accept()

    def _on_error(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.show_errors(exc.field_errors)
            return
        log.error("station set-up failed", exc_info=exc)
        QMessageBox.critical(
            self,
            self.tr("Set-up failed"),
            self.tr("The station could not be set up:\n{error}").format(error=exc),
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        """Goes back to the first page with an error and shows every message next to its field."""
        pages = [p for p in self.pages if p.fields & errors.keys()]
        if pages:
            target = self.pages.index(pages[0])
            while self.currentId() > target:
                self.back()
            first = pages[0].show_errors(errors)
            for page in pages[1:]:
                page.show_errors(errors)
            if first is not None:
                first.setFocus()
        placed = set().union(*(p.fields for p in self.pages))
        rest = [translate_message(m) for k, m in errors.items() if k not in placed]
        if rest:
            QMessageBox.warning(self, self.tr("Check the set-up"), "\n".join(rest))
