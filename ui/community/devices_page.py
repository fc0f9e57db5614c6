"""The register of CCTV cameras and drones: filtered table coloured by state, add/edit, "checked today"."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.rules.regions import kecamatan_list
from db.services.devices import DeviceInput, DeviceView, add_device, list_devices, mark_checked, update_device
from ui.community import open_kept, show_write_error, submit_dialog, today_wib
from ui.context import UiContext
from ui.widgets.buttons import dialog_buttons
from ui.widgets.combos import code_combo
from ui.widgets.date_fields import date_edit
from ui.widgets.field_errors import FieldErrors
from ui.widgets.region_picker import RegionPicker
from ui.widgets.rows_model import Column, RowsModel, translate
from ui.widgets.tables import read_only
from ui.widgets.unsaved import AsksBeforeDiscarding

log = logging.getLogger(__name__)

COL_KIND, COL_NAME, COL_LOCATION, COL_OWNER, COL_STATE, COL_CHECKED = range(6)
WORKING_ROLE = Qt.ItemDataRole.UserRole + 3
# A device not looked at for this long is flagged in the "last checked" column.
STALE_DAYS = 30
_WORKING_BG, _BROKEN_BG, _BROKEN_FG = QColor("#e6f4ea"), QColor("#fce8e6"), QColor("#b00020")
_TEXT = QColor("#202124")


def kind_labels(obj: Any) -> dict[str, str]:
    return {
        "cctv": QCoreApplication.translate("Devices", "CCTV"),
        "drone": QCoreApplication.translate("Devices", "Drone"),
    }


def owner_labels(obj: Any) -> dict[str, str]:
    return {
        "polres": QCoreApplication.translate("Devices", "Polres"),
        "pemda": QCoreApplication.translate("Devices", "Pemda"),
        "private": QCoreApplication.translate("Devices", "Private"),
    }


def devices_model(parent: QObject | None = None) -> RowsModel[DeviceView]:
    """`DeviceView`s; working rows green, broken rows red, a check older than STALE_DAYS in red."""

    kinds, owners = kind_labels(parent), owner_labels(parent)

    def stale(d: DeviceView) -> bool:
        return d.last_checked is None or (today_wib() - d.last_checked).days > STALE_DAYS

    def red_if(flag: Callable[[DeviceView], bool]) -> Callable[[DeviceView], QColor | None]:
        return lambda d: _BROKEN_FG if flag(d) else None

    columns = (
        Column[DeviceView](translate("DevicesModel", "Kind"), lambda d: kinds.get(d.kind, d.kind)),
        Column[DeviceView](
            translate("DevicesModel", "Name"),
            lambda d: d.name,
            tooltip=lambda d: d.notes or None,
        ),
        Column[DeviceView](
            translate("DevicesModel", "Location"),
            lambda d: ", ".join(p for p in (d.location, d.nagari_name, d.kecamatan_name) if p),
        ),
        Column[DeviceView](translate("DevicesModel", "Owner"), lambda d: owners.get(d.owner, d.owner)),
        Column[DeviceView](
            translate("DevicesModel", "State"),
            lambda d: (
                translate("DevicesModel", "Working") if d.working else translate("DevicesModel", "Broken")
            ),
            foreground=red_if(lambda d: not d.working),
        ),
        Column[DeviceView](
            translate("DevicesModel", "Last checked"),
            lambda d: f"{d.last_checked:%d/%m/%Y}" if d.last_checked else translate("DevicesModel", "Never"),
            sort_key=lambda d: d.last_checked or date.min,
            foreground=red_if(stale),
        ),
    )
    return RowsModel(
        columns,
        parent,
        row_background=lambda d: _WORKING_BG if d.working else _BROKEN_BG,
        row_foreground=lambda d: _TEXT,
        roles={WORKING_ROLE: lambda d: d.working},
    )


class DevicesPage(QWidget):
    """The register filtered by kind, owner, state and kecamatan; buttons act on the selected device."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.dialog: DeviceDialog | None = None  # the dialog currently open (tests reach it here)
        self._select_after: str | None = None
        self.model = devices_model(self)
        self._setup_ui()
        ctx.runner.data_changed.connect(self._on_data_changed)
        self.reload()

    def _combo(self, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        for label, key in items:
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _setup_ui(self) -> None:
        kinds, owners = kind_labels(self), owner_labels(self)
        self.kind_combo = self._combo(
            "kind_filter", [(self.tr("All kinds"), "")] + [(v, k) for k, v in kinds.items()]
        )
        self.owner_combo = self._combo(
            "owner_filter", [(self.tr("All owners"), "")] + [(v, k) for k, v in owners.items()]
        )
        self.state_combo = self._combo(
            "state_filter",
            [(self.tr("Working or broken"), None), (self.tr("Working"), True), (self.tr("Broken"), False)],
        )
        self.kecamatan_combo = self._combo(
            "kecamatan_filter",
            [(self.tr("All kecamatan"), "")] + [(r.name, r.code) for r in kecamatan_list()],
        )
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.working_button = QPushButton(self.tr("Checked today: working"))
        self.broken_button = QPushButton(self.tr("Checked today: broken"))
        self.add_button.clicked.connect(lambda _=False: self.add_device())
        self.edit_button.clicked.connect(lambda _=False: self.edit_selected())
        self.working_button.clicked.connect(lambda _=False: self.checked_today(True))
        self.broken_button.clicked.connect(lambda _=False: self.checked_today(False))
        filters = QHBoxLayout()
        for w in (self.kind_combo, self.owner_combo, self.state_combo, self.kecamatan_combo):
            filters.addWidget(w)
        filters.addStretch(1)
        filters.addWidget(self.add_button)
        actions = QHBoxLayout()
        self.count_label = QLabel()
        actions.addWidget(self.count_label)
        actions.addStretch(1)
        for b in (self.edit_button, self.working_button, self.broken_button):
            actions.addWidget(b)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only(
            self.table, fit=(COL_KIND, COL_OWNER, COL_STATE, COL_CHECKED), stretch=(COL_NAME, COL_LOCATION)
        )
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        self._update_buttons()

    def reload(self) -> None:
        sf = self._ctx.session_factory
        kind, owner = self.kind_combo.currentData() or "", self.owner_combo.currentData() or ""
        working, kecamatan = self.state_combo.currentData(), self.kecamatan_combo.currentData() or ""
        self._ctx.runner.run_db(
            lambda: list_devices(sf, kind=kind, owner=owner, working=working, kecamatan_code=kecamatan),
            on_done=self._loaded,
            on_error=lambda exc: log.error("devices could not be loaded", exc_info=exc),
        )

    def _loaded(self, rows: list[DeviceView]) -> None:
        keep = self._select_after or (self.selected().id if self.selected() else None)
        self._select_after = None
        self.model.set_rows(rows)
        broken = sum(1 for d in rows if not d.working)
        self.count_label.setText(
            self.tr("%n device(s)", "", len(rows)) + " · " + self.tr("%n broken", "", broken)
        )
        row = self.model.row_of(keep) if keep else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def _on_data_changed(self, entity: str, ids: list) -> None:
        if entity == "device":
            self._select_after = ids[0] if ids else None
            self.reload()

    def selected(self) -> DeviceView | None:
        return self.model.selected(self.table)

    def _update_buttons(self) -> None:
        has = self.selected() is not None
        for b in (self.edit_button, self.working_button, self.broken_button):
            b.setEnabled(has)

    def add_device(self) -> DeviceDialog:
        return self._open(None)

    def edit_selected(self) -> DeviceDialog | None:
        device = self.selected()
        return self._open(device) if device is not None else None

    def _open(self, device: DeviceView | None) -> DeviceDialog:
        return open_kept(self, DeviceDialog(self._ctx, device, self))

    def checked_today(self, working: bool) -> None:
        device = self.selected()
        if device is None:
            return
        sf, officer_id = self._ctx.session_factory, self._ctx.officer_id
        self._ctx.runner.run_db(
            lambda: mark_checked(sf, device_id=device.id, working=working, officer_id=officer_id),
            on_error=lambda exc: show_write_error(self, exc),
            changes=("device", [device.id]),
        )


class DeviceDialog(AsksBeforeDiscarding, QDialog):
    """Kind, name, owner, location (text, kecamatan, nagari), state, last check and notes."""

    def __init__(self, ctx: UiContext, device: DeviceView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self.device = device
        self.errors = FieldErrors()
        self.setWindowTitle(self.tr("Edit device") if device else self.tr("Add device"))
        self.resize(520, 520)
        self._setup_ui()
        if device is not None:
            self._fill(device)
        self.mark_clean()

    def _setup_ui(self) -> None:
        self.kind_combo = code_combo(self, "kind", kind_labels(self))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("name")
        self.name_edit.setPlaceholderText(self.tr("e.g. CCTV Simpang Pasar Sumani"))
        self.owner_combo = code_combo(self, "owner", owner_labels(self))
        self.location_edit = QLineEdit(self)
        self.location_edit.setObjectName("location")
        self.region = RegionPicker(self)
        self.working_check = QCheckBox(self.tr("Working"), self)
        self.working_check.setObjectName("working")
        self.working_check.setChecked(True)
        self.checked_edit = date_edit(self, today_wib(), "last_checked")
        self.never_checked = QCheckBox(self.tr("Not checked yet"), self)
        self.never_checked.toggled.connect(lambda on: self.checked_edit.setEnabled(not on))
        self.never_checked.setChecked(True)
        checked_row = QHBoxLayout()
        checked_row.addWidget(self.checked_edit)
        checked_row.addWidget(self.never_checked)
        checked_row.addStretch(1)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notes")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)
        form = QFormLayout()
        rows = (
            (self.tr("Kind"), self.kind_combo, "kind", self.kind_combo),
            (self.tr("Name"), self.name_edit, "name", self.name_edit),
            (self.tr("Owner"), self.owner_combo, "owner", self.owner_combo),
            (self.tr("Location"), self.location_edit, "location", self.location_edit),
            (
                self.tr("Kecamatan"),
                self.region.kecamatan_combo,
                "kecamatan_code",
                self.region.kecamatan_combo,
            ),
            (self.tr("Nagari"), self.region.nagari_combo, "nagari_code", self.region.nagari_combo),
            (self.tr("State"), self.working_check, "working", self.working_check),
            (self.tr("Last checked"), checked_row, "last_checked", self.checked_edit),
            (self.tr("Notes"), self.notes_edit, "notes", self.notes_edit),
        )
        for label, field, name, widget in rows:
            form.addRow(label, self.errors.row(field, name, widget))
        self.buttons = dialog_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors.general_label())
        layout.addWidget(self.buttons)

    def _fill(self, d: DeviceView) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(d.kind)))
        self.name_edit.setText(d.name)
        self.owner_combo.setCurrentIndex(max(0, self.owner_combo.findData(d.owner)))
        self.location_edit.setText(d.location)
        self.region.set_codes(d.kecamatan_code, d.nagari_code)
        self.working_check.setChecked(d.working)
        self.never_checked.setChecked(d.last_checked is None)
        if d.last_checked is not None:
            self.checked_edit.setDate(QDate(d.last_checked))
        self.notes_edit.setPlainText(d.notes)

    def value(self) -> DeviceInput:
        last: date | None = None if self.never_checked.isChecked() else self.checked_edit.date().toPython()
        return DeviceInput(
            kind=self.kind_combo.currentData(),
            name=self.name_edit.text(),
            owner=self.owner_combo.currentData(),
            location=self.location_edit.text(),
            kecamatan_code=self.region.kecamatan_code(),
            nagari_code=self.region.nagari_code(),
            working=self.working_check.isChecked(),
            last_checked=last,
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        data, sf = self.value(), self._ctx.session_factory
        officer_id = self._ctx.officer_id
        device_id = self.device.id if self.device else None
        if device_id is None:
            call = lambda: add_device(sf, data=data, officer_id=officer_id)  # noqa: E731
        else:
            call = lambda: update_device(sf, device_id=device_id, data=data, officer_id=officer_id)  # noqa: E731
        submit_dialog(self, self._ctx, call, entity="device", errors=self.errors, buttons=self.buttons)
