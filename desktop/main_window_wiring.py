"""The main window's composition: the report form, the admin screens, the pages and report actions, the
kiosk, sync and backup status wired in (desktop/ composes; ui/ does not reach for these).

Each screen's module is imported when it is first opened, so building the window stays quick.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ui.context import UiContext
    from ui.main_window import MainWindow


def make_main_window(ctx: UiContext) -> MainWindow:
    """The main window with its form and admin screens wired in (composition, not reached for by ui/)."""
    from desktop.gui_backup import admin_actions, install_backup_status
    from ui.admin.categories_dialog import open_categories
    from ui.admin.holidays_dialog import open_holidays
    from ui.admin.number_patterns_dialog import open_number_patterns
    from ui.admin.officers_dialog import open_officers
    from ui.main_window import MainWindow
    from ui.reports.report_form import ReportForm

    admin = [
        (QApplication.translate("MainWindow", "&Officers…"), lambda parent: open_officers(ctx, parent)),
        (QApplication.translate("MainWindow", "&Categories…"), lambda parent: open_categories(ctx, parent)),
        (QApplication.translate("MainWindow", "&Holidays…"), lambda parent: open_holidays(ctx, parent)),
        (
            QApplication.translate("MainWindow", "Outreach &topics…"),
            lambda parent: importlib.import_module("ui.admin.topics_dialog").open_topics(ctx, parent),
        ),
        (
            QApplication.translate("MainWindow", "&Number patterns…"),
            lambda parent: open_number_patterns(ctx, parent),
        ),
        (
            QApplication.translate("MainWindow", "Offence &articles…"),
            lambda parent: importlib.import_module("ui.admin.policy_dialogs").open_articles(ctx, parent),
        ),
        (
            QApplication.translate("MainWindow", "S&P2HP cadence…"),
            lambda parent: importlib.import_module("ui.admin.policy_dialogs").open_cadence(ctx, parent),
        ),
        *admin_actions(ctx),
        *importlib.import_module("desktop.gui_import").import_actions(ctx),
    ]
    kiosks: list[QWidget] = []  # the kiosk has no parent: keep it alive while it runs

    def start_kiosk(main: QWidget) -> None:
        from db.services.auth import authenticate
        from ui.survey.kiosk import KioskWindow

        kiosk = KioskWindow(ctx, lambda nrp, pw: authenticate(ctx.session_factory, nrp=nrp, password=pw))
        kiosks.append(kiosk)

        def unlocked(_officer: object) -> None:
            kiosks.remove(kiosk)
            main.show()

        kiosk.unlocked.connect(unlocked)
        main.hide()
        kiosk.start()

    def survey_page() -> QWidget:
        from ui.survey.survey_page import SurveyPage

        page = SurveyPage(ctx)
        page.start_kiosk_requested.connect(lambda: start_kiosk(window))
        return page

    def page(module: str, name: str):  # type: ignore[no-untyped-def]
        def build() -> QWidget:
            return getattr(importlib.import_module(module), name)(ctx)

        return build

    pages = [
        (
            "outreach",
            QApplication.translate("MainWindow", "&Outreach sessions"),
            page("ui.outreach.sessions_page", "OutreachPage"),
        ),
        ("survey", QApplication.translate("MainWindow", "Satisfaction &survey (IKM)"), survey_page),
        (
            "patrols",
            QApplication.translate("MainWindow", "&Patrols"),
            page("ui.community.patrols_page", "PatrolsPage"),
        ),
        (
            "devices",
            QApplication.translate("MainWindow", "CCTV && &drones"),
            page("ui.community.devices_page", "DevicesPage"),
        ),
        (
            "training",
            QApplication.translate("MainWindow", "&Training"),
            page("ui.community.training_page", "TrainingPage"),
        ),
    ]
    window = MainWindow(
        ctx,
        form_factory=lambda c, report=None: ReportForm(c, report=report),
        admin_actions=admin,
        pages=pages,
        start_kiosk=start_kiosk,
        report_pages=[
            (
                "analysis",
                QApplication.translate("MainWindow", "Crime &analysis"),
                page("ui.analysis.page", "AnalysisPage"),
                "Ctrl+Shift+A",
            )
        ],
        report_actions=[
            (
                QApplication.translate("MainWindow", "&Monthly report (PDF)…"),
                lambda parent: importlib.import_module("ui.exports.monthly_dialog").open_monthly_report(
                    ctx, parent
                ),
            ),
            (
                QApplication.translate("MainWindow", "&Export to Excel…"),
                lambda parent: importlib.import_module("ui.exports.excel_dialog").open_excel_export(
                    ctx, parent
                ),
            ),
        ],
    )
    from ui.sync.install import install_sync

    window.sync = install_sync(window, ctx)  # type: ignore[attr-defined]
    window.backup_status = install_backup_status(window, ctx)  # type: ignore[attr-defined]
    return window
