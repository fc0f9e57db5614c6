"""Help → shortcuts and how-to, from inside the app, in Indonesian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ui.main_window import MainWindow


@pytest.mark.usefixtures("indonesian")
def test_f1_opens_the_shortcuts_and_the_counter_how_to_in_indonesian(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    assert window.help_action.text() == "&Petunjuk dan pintasan"
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_dialog
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Pintasan keyboard" in text and "Menerima laporan di loket" in text
    assert "Ctrl+Shift+P" in text and "Cetak tanda terima langsung di printer bawaan" in text
    assert "Tekan Ctrl+N. Kursor ada di isian NIK" in text
    assert "http" not in dialog.browser.toHtml().replace("http://www.w3.org", "")  # nothing from the network


@pytest.mark.usefixtures("indonesian")
def test_the_how_to_names_the_tabs_and_buttons_as_the_window_shows_them(qtbot, ctx):
    from desktop.app import make_main_window

    window = make_main_window(ctx)
    qtbot.addWidget(window)
    window.new_report()
    text = window.show_help().browser.toPlainText()
    follow_up_tab = window.detail_tabs.tabText(window.detail_tabs.indexOf(window.case_tab))
    assert f"tab {follow_up_tab}:" in text
    use_button = window.findChild(type(window.new_button), "use_citizen")
    assert f'"{use_button.text().replace("&", "")}"' in text
