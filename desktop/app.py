"""GUI start-up: paths, logging, crash hook, language, database, set-up wizard, login, main window.

The login window goes on screen before SQLAlchemy, Alembic or argon2 are imported: the station's name is read
with plain sqlite3, and the database is opened on the DB thread while the officer types (the DB thread runs
jobs in order, so the login check always finds it open). What the main window is built from is wired in
desktop/main_window_wiring.py (`make_main_window`, importable from here as before).
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.fonts import ensure_interface_font
from desktop.logging_setup import setup_logging
from desktop.main_window_wiring import make_main_window
from desktop.paths import DataPaths, resolve_data_dir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from db.services.officers import OfficerView
    from ui.context import UiContext
    from ui.login_dialog import LoginDialog
    from ui.task_runner import TaskRunner

log = logging.getLogger(__name__)

ORG, APP = "SentraDesk", "Sentra Desk"


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return base / "resources" / "translations"


def install_language(app: QApplication, lang: str) -> None:
    """Indonesian unless English is asked for: locale (dates, numbers) and the .qm translation."""
    from ui.dates import set_date_locale

    if lang == "en":
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    else:
        locale = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    QLocale.setDefault(locale)
    set_date_locale(lang)
    if lang != "en":
        translator = QTranslator(app)
        if translator.load(str(translations_dir() / "sentra_id.qm")):
            app.installTranslator(translator)
        else:
            log.warning("Indonesian translation not found in %s", translations_dir())


def chosen_language(cli_lang: str | None) -> str:
    if cli_lang:
        return cli_lang
    value = QSettings(ORG, "desk").value("language", "id")
    return "en" if value == "en" else "id"


def install_crash_hook(parent_getter, log_file: Path | None = None):  # type: ignore[no-untyped-def]
    """Log any uncaught exception and show one dialog with a copyable report that says truthfully what was
    saved (ui/crash_dialog.py), instead of vanishing. Returns the reporter: its `tracker` learns of saves and
    open forms once the main window exists."""
    from ui.crash_dialog import CrashReporter, SaveTracker

    reporter = CrashReporter(
        parent_getter, SaveTracker(), log_file, lambda text: log.critical("uncaught exception\n%s", text)
    )
    reporter.install()
    return reporter


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    ensure_interface_font(app)  # type: ignore[arg-type]
    app.setWindowIcon(QIcon(str(translations_dir().parent / "icons" / "sentra.png")))
    return app  # type: ignore[return-value]


class Desk:
    """The station database as start-up sees it: opened (migrated, backed up) once, on the DB thread."""

    def __init__(self, paths: DataPaths, runner: TaskRunner):
        self.paths = paths
        self.runner = runner
        self._session_factory: sessionmaker[Session] | None = None
        self._lock = threading.Lock()
        # The start-up check's refusal (damaged, newer or foreign file): kept, so nothing tries again.
        self.open_error: BaseException | None = None
        self.audit_report: object = None
        self.on_refused: list[Callable[[BaseException], None]] = []
        self.on_audit_report: list[Callable[[object], None]] = []

    @property
    def session_factory(self) -> sessionmaker[Session]:
        with self._lock:
            if self.open_error is not None:
                raise self.open_error
            if self._session_factory is None:
                from desktop.database import open_database
                from desktop.gui_backup import is_refusal

                try:
                    self._session_factory = open_database(self.paths, daily_backup=False)[1]
                except Exception as exc:
                    if is_refusal(exc):
                        self.open_error = exc
                    raise
            return self._session_factory

    def _check_audit(self) -> object:
        """On the I/O pool (readers do not wait for the DB thread, so the log-in does not wait for this): the
        day's first backup, then the audit trail from where it was checked last, against the known heads."""
        from db.storage.startup_check import check_audit
        from desktop.database import daily_backup_now

        daily_backup_now(self.paths)  # first, so the check compares with the heads of the older copies too
        try:
            return check_audit(self.paths, self.session_factory)
        except Exception:  # the check must never keep the desk from working
            log.exception("audit trail check failed")
            return None

    def _opened(self, _sf: object) -> None:
        self.runner.run_io(self._check_audit, on_done=self._audit_checked, on_error=lambda _exc: None)

    def _audit_checked(self, report: object) -> None:
        self.audit_report = report
        for handler in self.on_audit_report:
            handler(report)

    def _open_failed(self, exc: BaseException) -> None:
        if self.open_error is not None and self.on_refused:
            for handler in self.on_refused:
                handler(exc)
        else:
            log.error("opening the database failed", exc_info=exc)

    def open_in_background(self) -> None:
        # quick_check, migrations and the daily backup run on the DB thread, before the log-in's check.
        self.runner.run_db(lambda: self.session_factory, on_done=self._opened, on_error=self._open_failed)

    def authenticate(self, nrp: str, password: str) -> OfficerView:
        from db.services.auth import authenticate

        return authenticate(self.session_factory, nrp=nrp, password=password)

    def context(self) -> UiContext:
        from db.services.station import get_station
        from ui.context import UiContext

        return UiContext(
            session_factory=self.session_factory,
            runner=self.runner,
            data_dir=self.paths.root,
            output_dir=self.paths.documents,
            station=get_station(self.session_factory),
            shared_station=self.paths.shared,
        )


def start_login(paths: DataPaths, lang: str) -> tuple[QApplication, Desk, LoginDialog | None]:
    """Everything up to the login window (not yet shown); None for the window when set-up must run first.

    Used by the GUI and by the cold-start benchmark.
    """
    from db.storage.quick_read import ready_station_unit
    from ui.login_dialog import LoginDialog
    from ui.task_runner import TaskRunner

    app = make_app()
    install_language(app, lang)
    desk = Desk(paths, TaskRunner(app))
    unit = ready_station_unit(paths.database)
    if unit is None:
        return app, desk, None
    desk.open_in_background()
    return app, desk, LoginDialog(desk.authenticate, desk.runner, unit)


def run_gui(*, data_dir: str | None = None, lang: str | None = None) -> int:
    # Start-up creates many long-lived objects: collecting them again and again only delays the first window.
    gc.disable()
    paths = resolve_data_dir(data_dir).ensure()
    log_file = setup_logging(paths.logs)
    window: list[QWidget] = []
    reporter = install_crash_hook(lambda: window[0] if window else None, log_file)
    make_app()
    from desktop.desk_session import claim_data_folder, guard_session

    instance = claim_data_folder(paths.root, lambda: window[0] if window else None)
    if instance is None:
        return 0
    app, desk, login = start_login(paths, chosen_language(lang))
    log.info("Sentra Desk starting on %s", paths.database)
    if login is None:
        try:
            login = _first_run(desk)
        except _Refused:
            return 1  # the refusal was shown (newer, damaged, foreign or empty database): nothing changed
        if login is None:
            return 0
    else:
        from desktop.gui_backup import handle_refusal

        def refused(exc: BaseException, dialog: QDialog = login) -> None:
            dialog.done(QDialog.DialogCode.Rejected)
            handle_refusal(exc, paths)

        desk.on_refused.append(refused)
    gc.enable()
    gc.freeze()
    if login.exec() != QDialog.DialogCode.Accepted:
        desk.runner.wait_idle()
        return 0
    ctx = desk.context()
    ctx.officer = login.officer
    main = make_main_window(ctx)
    window.append(main)
    main.screen_lock = guard_session(main, ctx, desk.authenticate, reporter, ORG)  # type: ignore[attr-defined]

    def switch_language(code: str) -> None:
        QSettings(ORG, "desk").setValue("language", code)
        # The main window's context: `main.tr()` would be collected under "main", a context Qt never asks.
        QMessageBox.information(
            main,
            QApplication.translate("MainWindow", "Language"),
            QApplication.translate("MainWindow", "The language changes the next time Sentra Desk starts."),
        )

    main.language_change_requested.connect(switch_language)
    main.resize(1280, 760)
    main.show()
    from desktop.gui_backup import show_audit_problem

    show_audit_problem(desk.audit_report, main)  # type: ignore[arg-type]
    desk.on_audit_report.append(lambda report: show_audit_problem(report, main))  # type: ignore[arg-type]
    return app.exec()


class _Refused(Exception):
    """The start-up check refused the database and said why."""


def _first_run(desk: Desk) -> LoginDialog | None:
    """Migrate (with a backup) and, on a new database, run the set-up wizard; then the login window."""
    from db.services.station import get_station, is_configured
    from desktop.gui_backup import handle_refusal, is_refusal
    from ui.login_dialog import LoginDialog

    try:
        configured = is_configured(desk.session_factory)
    except Exception as exc:
        if not is_refusal(exc):
            raise
        handle_refusal(exc, desk.paths)
        raise _Refused from exc
    desk._opened(None)  # the audit trail's check, as after an everyday start
    if not configured:
        from ui.setup.wizard import SetupWizard

        wizard = SetupWizard(desk.session_factory, desk.runner)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
    unit = get_station(desk.session_factory).unit
    return LoginDialog(desk.authenticate, desk.runner, unit)
