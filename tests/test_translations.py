"""Indonesian is the default: every user-visible string has a translation and the shipped .qm is current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "resources" / "translations" / "update_translations.py"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_the_qm_is_built():
    assert _tool().problems() == []


def test_db_messages_are_collected():
    messages = _tool().db_messages()
    assert "NIK must be exactly 16 digits." in messages
    assert "The incident time cannot be in the future." in messages


@pytest.mark.parametrize(
    "context, source, expected",
    [
        ("db", "NIK must be exactly 16 digits.", "16"),
        ("QWizard", "&Next >", "Lanjut"),
        ("QPlatformTheme", "Cancel", "Batal"),
    ],
)
def test_translation_loads(qapp, context, source, expected):
    translator = QTranslator()
    assert translator.load(str(ROOT / "resources" / "translations" / "sentra_id.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate(context, source)
        assert expected in text and text != source
    finally:
        QCoreApplication.removeTranslator(translator)
