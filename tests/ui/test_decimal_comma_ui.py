"""The screens write decimals the language's way: 0,002 and 46,2 % in Indonesian, 0.002 in English."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTableWidget

from tests.exports.test_decimal_comma import decimal_points
from tests.ui.test_analysis_page import TODAY, _ctx, seeded  # noqa: F401 (a fixture)
from ui.analysis import AnalysisPage
from ui.analysis.hotspot_panel import HS_EXPECTED, HS_P
from ui.task_runner import TaskRunner

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "sentra_id.ts"


def _page(qtbot, session_factory, seeded, tmp_path) -> AnalysisPage:  # noqa: F811
    page = AnalysisPage(_ctx(session_factory, seeded, tmp_path, TaskRunner(synchronous=True)), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _shown(page: AnalysisPage) -> str:
    texts = [label.text() for label in page.findChildren(QLabel)]
    for table in page.findChildren(QTableWidget):
        texts += [
            table.item(r, c).text()
            for r in range(table.rowCount())
            for c in range(table.columnCount())
            if table.item(r, c) is not None
        ]
    return " | ".join(texts)


@pytest.mark.usefixtures("indonesian")
def test_analysis_screen_in_indonesian(qtbot, session_factory, seeded, tmp_path):  # noqa: F811
    page = _page(qtbot, session_factory, seeded, tmp_path)
    table = page.hotspot_panel.table
    assert "," in table.item(0, HS_EXPECTED).text() and "," in table.item(0, HS_P).text()
    assert decimal_points(_shown(page)) == []


def test_analysis_screen_in_english(qtbot, session_factory, seeded, tmp_path):  # noqa: F811
    page = _page(qtbot, session_factory, seeded, tmp_path)
    table = page.hotspot_panel.table
    assert "." in table.item(0, HS_EXPECTED).text() and "," not in table.item(0, HS_EXPECTED).text()


def test_no_indonesian_translation_writes_a_decimal_point():
    found = [
        (msg.findtext("source"), tr.text)
        for msg in ET.parse(TS).iter("message")
        if (tr := msg.find("translation")) is not None
        and tr.text
        and decimal_points(re.sub(r"Sentra Desk [\d.]+", "", tr.text))  # a version is no decimal
    ]
    assert found == []
