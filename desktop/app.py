"""GUI start-up: paths, logging, crash hook, language, migrations, set-up wizard, login, main window."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from desktop.database import open_database
from desktop.logging_setup import setup_logging
from desktop.paths import DataPaths, resolve_data_dir

log = logging.getLogger(__name__)

ORG, APP = "SentraDesk", "Sentra Desk"


def translations_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return base / "resources" / "translations"


def install_language(app: QApplication, lang: str) -> None:
    """Indonesian unless English is asked for: locale (dates, numbers) and the .qm translation."""
    from ui.dates import set_date_locale

    locale = (
        QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        if lang == "en"
        else QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    )
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


def install_crash_hook(parent_getter) -> None:  # type: ignore[no-untyped-def]
    """Log any uncaught exception and show one dialog with a copyable report, instead of vanishing."""

    def show(exc_type, exc, tb) -> None:  # type: ignore[no-untyped-def]
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.critical("uncaught exception\n%s", text)
        app = QApplication.instance()
        if app is None or threading.current_thread() is not threading.main_thread():
            return
        box = QMessageBox(parent_getter())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QApplication.translate("crash", "Unexpected error"))
        box.setText(
            QApplication.translate(
                "crash",
                "Something went wrong. Your saved records are safe. "
                "Copy the details below for the station IT officer.",
            )
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = show
    threading.excepthook = lambda args: show(args.exc_type, args.exc_value, args.exc_traceback)


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationDisplayName(APP)
    return app  # type: ignore[return-value]


def build_login(paths: DataPaths, lang: str):  # type: ignore[no-untyped-def]
    """Everything up to the login window: used by the GUI and by the cold-start benchmark."""
    from ui.context import UiContext
    from ui.task_runner import TaskRunner

    app = make_app()
    install_language(app, lang)
    _, session_factory = open_database(paths)
    runner = TaskRunner(app)
    ctx = UiContext(
        session_factory=session_factory, runner=runner, data_dir=paths.root, output_dir=paths.documents
    )
    return app, ctx


def run_gui(*, data_dir: str | None = None, lang: str | None = None) -> int:
    from db.services.station import get_station, is_configured
    from ui.login_dialog import LoginDialog

    paths = resolve_data_dir(data_dir).ensure()
    setup_logging(paths.logs)
    window: list[QWidget] = []
    install_crash_hook(lambda: window[0] if window else None)
    app = make_app()
    language = chosen_language(lang)
    app, ctx = build_login(paths, language)
    log.info("Sentra Desk starting on %s", paths.database)

    if not is_configured(ctx.session_factory):
        from ui.setup.wizard import SetupWizard

        wizard = SetupWizard(ctx.session_factory, ctx.runner)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return 0
    ctx.station = get_station(ctx.session_factory)
    login = LoginDialog(ctx.session_factory, ctx.runner, ctx.station)
    if login.exec() != QDialog.DialogCode.Accepted:
        return 0
    ctx.officer = login.officer
    main = make_main_window(ctx)
    window.append(main)

    def switch_language(code: str) -> None:
        QSettings(ORG, "desk").setValue("language", code)
        QMessageBox.information(
            main, main.tr("Language"), main.tr("The language changes the next time Sentra Desk starts.")
        )

    main.language_change_requested.connect(switch_language)
    main.resize(1280, 760)
    main.show()
    return app.exec()


def make_main_window(ctx):  # type: ignore[no-untyped-def]
    """The main window with its form and admin screens wired in (composition, not reached for by ui/)."""
    from ui.admin.categories_dialog import open_categories
    from ui.admin.officers_dialog import open_officers
    from ui.main_window import MainWindow
    from ui.reports.report_form import ReportForm

    admin = [
        (QApplication.translate("MainWindow", "&Officers…"), lambda parent: open_officers(ctx, parent)),
        (QApplication.translate("MainWindow", "&Categories…"), lambda parent: open_categories(ctx, parent)),
    ]
    return MainWindow(
        ctx, form_factory=lambda c, report=None: ReportForm(c, report=report), admin_actions=admin
    )
