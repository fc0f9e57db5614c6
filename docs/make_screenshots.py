"""Regenerates the README's screenshots from the real widgets on demo data (run under xvfb-run or offscreen).

QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))

from db.demo.station import DEMO_ADMIN, create_demo  # noqa: E402
from db.queries.reports import receipt_data  # noqa: E402
from db.services.officers import list_officers  # noqa: E402
from db.services.report_input import CitizenInput, LostItemInput, ReportInput  # noqa: E402
from db.services.reports import register_report  # noqa: E402
from db.services.station import get_station  # noqa: E402
from desktop.app import Desk, install_language, make_app, make_main_window  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from exports.receipt_pdf import write_receipt  # noqa: E402

TODAY = [
    ReportInput(
        kind="LP_B",
        citizen=CitizenInput(
            name="Siti Rahmawati", nik="1302014508900001", address="Jorong Koto Baru, Nagari Koto Baru"
        ),
        offense="Pencurian sepeda motor",
        incident_kecamatan_code="13.02.08",
        chronology="Sepeda motor Honda Beat BA 4512 QJ diparkir di depan warung dan hilang sekitar "
        "pukul 10.00 WIB.",
        estimated_loss=15_000_000,
    ),
    ReportInput(
        kind="SKTLK",
        citizen=CitizenInput(name="Afrizal Chaniago", nik="1302031203850002"),
        chronology="Dompet berisi KTP dan SIM C terjatuh di Pasar Sumani.",
        lost_items=(
            LostItemInput("KTP elektronik", 1, "NIK 1302031203850002"),
            LostItemInput("SIM C", 1, "No. 1234-5678-000123"),
        ),
    ),
    ReportInput(
        kind="DUMAS",
        citizen=CitizenInput(name="Yuliana Piliang"),
        offense="Pelayanan SKCK lambat",
        chronology="Pelapor menunggu lebih dari tiga jam tanpa kejelasan.",
    ),
    ReportInput(kind="INFO", citizen=CitizenInput(name="Doni Saputra"), offense="Konsultasi prosedur SKTLK"),
    ReportInput(
        kind="LP_B",
        citizen=CitizenInput(name="Rahmat Hidayat"),
        offense="Penipuan daring",
        chronology="Pelapor mentransfer uang untuk pembelian ponsel yang tidak pernah dikirim.",
        estimated_loss=3_250_000,
    ),
]


def follow_up(session_factory, report_id: str, head_id: str, officer_id: str) -> None:
    """A case under way: taken by an officer, the reporter called, the first SP2HP sent."""
    from db.services.case_flow import assign_officer, change_status
    from db.services.contacts import ContactInput, add_contact
    from db.services.letters import LetterInput, issue_letter

    assign_officer(session_factory, report_id=report_id, assignee_id=officer_id, officer_id=head_id)
    change_status(
        session_factory,
        report_id=report_id,
        to_status="in_progress",
        officer_id=officer_id,
        note="Penyelidikan dimulai",
    )
    call = ContactInput(
        channel="call",
        summary="Pelapor dihubungi untuk melengkapi bukti transfer.",
        next_step="Pelapor mengirim bukti transfer lewat WhatsApp",
    )
    add_contact(session_factory, report_id=report_id, data=call, officer_id=officer_id)
    letter = LetterInput(
        kind="SP2HP",
        addressee="Sdr. Rahmat Hidayat",
        facts="Laporan penipuan daring telah diterima.",
        actions="Meminta keterangan pelapor; meminta data rekening ke bank.",
        obstacles="Menunggu jawaban bank.",
        next_steps="Memanggil saksi.",
    )
    issue_letter(session_factory, report_id=report_id, data=letter, officer_id=officer_id)


def add_demo_photo(ctx, folder: Path) -> None:
    """A stand-in photo (a drawn gradient) on the newest outreach session."""
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    from db.services.outreach import add_photo, list_sessions

    image = QImage(640, 420, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 640, 420)
    gradient.setColorAt(0, QColor("#2e7d32"))
    gradient.setColorAt(1, QColor("#a5d6a7"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    path = folder / "penyuluhan.png"
    image.save(str(path))
    newest = list_sessions(ctx.session_factory)[0]
    add_photo(
        ctx.session_factory,
        session_id=newest.id,
        source_path=path,
        data_dir=ctx.data_dir,
        caption="Penyuluhan bersama niniak mamak",
        officer_id=ctx.officer.id,
    )


def add_sync_state(ctx, admin_id: str, report_id: str) -> None:
    """An online complaint as sync delivers it, a conflict to settle, and a configured central address."""
    import json

    from db.models import Citizen, Report, SyncConflict
    from db.rules.timeutil import now_utc
    from db.sync.client import get_meta
    from db.sync.outbox import SYNC_APPLY

    code = ctx.station.code
    with ctx.session_factory.begin() as s:
        s.info[SYNC_APPLY] = True
        citizen = Citizen(name="Rahmat Hidayat", phone="081266554433", station_code=code, version=1)
        s.add(citizen)
        s.flush()
        s.add(
            Report(
                kind="DUMAS",
                channel="online",
                received_at=now_utc(),
                citizen_id=citizen.id,
                receiving_officer_id=admin_id,
                offense="Pungutan liar di jalan nagari",
                chronology="Diminta uang oleh orang yang mengaku petugas.",
                station_code=code,
                version=1,
                sync_state="synced",
            )
        )
        s.add(
            SyncConflict(
                tbl="report",
                row_id=report_id,
                field="status",
                kept_value=json.dumps("in_progress"),
                lost_value=json.dumps("forwarded"),
                winner="station",
                op_id="00000000-0000-0000-0000-000000000001",
            )
        )
        meta = get_meta(s)
        meta.central_url = "postgresql://sentra.polres-solok.local:5432/sentra?sslmode=verify-full"
        meta.central_role = "sentra_st_polres_solok"


def pdf_pages(pdf: Path, name: str, pages: int = 1) -> None:
    """docs/<name>.png of a one-page look, or <name>-p1.png ... for several pages."""
    for page in range(1, pages + 1):
        target = DOCS / (name if pages == 1 else f"{name}-p{page}")
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "90",
                "-f",
                str(page),
                "-l",
                str(page),
                "-singlefile",
                str(pdf),
                str(target),
            ],
            check=True,
        )
        print("wrote", target.with_suffix(".png"))


def documents(session_factory, folder: Path) -> None:
    """The IKM report of the month before today, from this demo's survey answers.

    The monthly report pages, the public release and the infographic need a month with hotspots, which this
    300-report demo rarely has; they are made from a bigger demo (`sentra --data-dir D demo --reports 3000`,
    then `report monthly`, `report public`, `infographic` with `--month` and `--out`; pdf_pages() per PDF).
    """
    from db.queries.ikm_report import ikm_report_data
    from db.queries.monthly import month_days
    from db.rules.timeutil import today_wib
    from exports.ikm_pdf import write_ikm_pdf

    today = today_wib()
    year, month = (today.year - 1, 12) if today.month == 1 else (today.year, today.month - 1)
    first, last = month_days(year, month)
    write_ikm_pdf(ikm_report_data(session_factory, date_from=first, date_to=last), folder / "ikm.pdf")
    pdf_pages(folder / "ikm.pdf", "ikm-report")


def grab(widget, name: str) -> None:
    QApplication.processEvents()
    widget.grab().save(str(DOCS / name))
    print("wrote", DOCS / name)


def main() -> None:
    from ui.widgets import unsaved

    # Windows are closed with typed data on purpose here: no "discard?" question waiting for nobody.
    unsaved.confirm_discard = lambda *_args: True
    tmp = Path(tempfile.mkdtemp(prefix="sentra-shots-"))
    paths = DataPaths(tmp).ensure()
    app = make_app()
    install_language(app, "id")
    from ui.task_runner import TaskRunner

    desk = Desk(paths, TaskRunner(app))
    create_demo(desk.session_factory, reports=300)
    ctx = desk.context()
    admin = next(o for o in list_officers(ctx.session_factory) if o.nrp == DEMO_ADMIN[1])
    officer = next(o for o in list_officers(ctx.session_factory) if o.role == "officer")
    views = [register_report(ctx.session_factory, data=data, officer_id=officer.id) for data in TODAY]
    follow_up(ctx.session_factory, views[-1].id, admin.id, officer.id)
    ctx.station, ctx.officer = get_station(ctx.session_factory), admin
    add_sync_state(ctx, admin.id, views[-1].id)

    from ui.login_dialog import LoginDialog
    from ui.setup.wizard import SetupWizard

    wizard = SetupWizard(ctx.session_factory, ctx.runner)
    wizard.resize(760, 600)
    wizard.show()
    wizard.next()
    grab(wizard, "wizard.png")
    wizard.close()

    login = LoginDialog(desk.authenticate, ctx.runner, ctx.station.unit)
    login.show()
    QTest.keyClicks(login.nrp_edit, DEMO_ADMIN[1])
    QTest.keyClicks(login.password_edit, "salah")
    login.login_button.click()
    ctx.runner.wait_idle()
    for _ in range(20):
        QApplication.processEvents()
    grab(login, "login.png")
    login.close()

    window = make_main_window(ctx)
    window.resize(1366, 768)
    window.show()
    ctx.runner.wait_idle()
    for _ in range(20):
        QApplication.processEvents()
    # The followed-up police report: its history shows the status change with the officer's note.
    window.table.selectRow(max(0, window.model.row_of(views[-1].id)))
    ctx.runner.wait_idle()
    for _ in range(20):
        QApplication.processEvents()
    grab(window, "home.png")

    # The follow-up tab of an open police report, and the reports list filtered to overdue cases.
    window.detail_tabs.setCurrentWidget(window.case_tab)
    for _ in range(20):
        QApplication.processEvents()
    grab(window, "case.png")
    # The status dialog for a simple move: only the rows it needs.
    status_dialog = window.case_tab.panel.open_status_dialog()
    if status_dialog is not None:
        status_dialog.status_combo.setCurrentIndex(0)
        for _ in range(20):
            QApplication.processEvents()
        grab(status_dialog, "status-dialog.png")
        status_dialog.close()
    help_dialog = window.show_help()
    for _ in range(20):
        QApplication.processEvents()
    grab(help_dialog, "help.png")
    help_dialog.close()
    window.detail_tabs.setCurrentWidget(window.detail)
    window.open_deadline_list("overdue")
    ctx.runner.wait_idle()
    for _ in range(40):
        QApplication.processEvents()
    window.list_page.table.selectRow(0)
    ctx.runner.wait_idle()
    for _ in range(20):
        QApplication.processEvents()
    grab(window, "list.png")
    window.lists.setCurrentIndex(0)

    # The community pages, on the demo's sessions, survey answers, patrols, cameras and training.
    add_demo_photo(ctx, tmp)
    for key in ("outreach", "survey", "patrols", "devices", "training"):
        page = window.show_page(key)
        ctx.runner.wait_idle()
        for _ in range(30):
            QApplication.processEvents()
        if key == "outreach" and page.model.rowCount():
            page.table.selectRow(0)
            for _ in range(30):
                QApplication.processEvents()
        grab(window, f"{key}.png")
    window.show_desk()
    page = window.show_page("analysis")
    for _ in range(200):
        ctx.runner.wait_idle()
        QApplication.processEvents()
    grab(window, "analysis.png")
    window.show_desk()
    from ui.sync.conflicts_dialog import ConflictsDialog

    dialog = ConflictsDialog(ctx, window)
    dialog.show()
    ctx.runner.wait_idle()
    for _ in range(20):
        QApplication.processEvents()
    grab(dialog, "sync-conflicts.png")
    dialog.close()
    from db.services.auth import authenticate
    from ui.survey.kiosk import KioskWindow

    kiosk = KioskWindow(ctx, lambda nrp, pw: authenticate(ctx.session_factory, nrp=nrp, password=pw))
    kiosk.resize(1366, 768)
    kiosk.show()
    for _ in range(20):
        QApplication.processEvents()
    grab(kiosk, "kiosk.png")
    kiosk.hide()

    window.new_report()
    form = window.form
    form.resize(1366, 768)
    QTest.keyClicks(form.citizen.nik_edit, "1302017208900001")
    QTest.keyClick(form.citizen.nik_edit, Qt.Key.Key_Return)
    QTest.keyClicks(form.citizen.name_edit, "Fitri Yani")
    form.save()
    grab(window, "report-form-error.png")

    for kind, name in (("LP_B", "receipt"), ("SKTLK", "receipt-sktlk")):
        number = next(r for r in TODAY if r.kind == kind)
        data = receipt_data(ctx.session_factory, last=True)
        from sqlalchemy import select

        from db.models import Report

        with ctx.session_factory() as s:
            rid = s.scalar(
                select(Report.id).where(Report.kind == kind, Report.citizen.has(name=number.citizen.name))
            )
        data = receipt_data(ctx.session_factory, report_id=rid)
        pdf = tmp / f"{name}.pdf"
        write_receipt(data, pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(DOCS / name)],
            check=True,
        )
        print("wrote", DOCS / f"{name}.png")
    documents(ctx.session_factory, tmp)
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
