"""Code combo boxes: labels shown, codes held, an optional first item (a filter's "All")."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.widgets.combos import code_combo


def test_a_code_combo_shows_labels_in_order_and_holds_codes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    combo = code_combo(parent, "channel", {"call": "Telepon", "visit": "Kunjungan"})
    assert combo.objectName() == "channel" and combo.parent() is parent
    assert [combo.itemText(i) for i in range(combo.count())] == ["Telepon", "Kunjungan"]
    combo.setCurrentIndex(1)
    assert combo.currentData() == "visit"


def test_a_filter_combo_starts_with_its_first_item(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    combo = code_combo(parent, "kind_filter", {"a": "A"}, first=("Semua jenis", ""))
    assert combo.count() == 2 and combo.currentText() == "Semua jenis" and combo.currentData() == ""
