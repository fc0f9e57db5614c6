"""The export dialogs' shared pieces: the file a dialog may write, after its choices were checked."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout

from ui.exports.output_file import OutputFileRow, file_to_write, note_label
from ui.widgets.field_errors import FieldErrors


def _dialog(qtbot, folder):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    errors = FieldErrors()
    row = OutputFileRow("Save", "PDF files (*.pdf)", ".pdf", dialog)
    day = QLineEdit(dialog)
    layout = QVBoxLayout(dialog)
    layout.addLayout(errors.row(day, "day"))
    layout.addLayout(errors.row(row, "file", row.edit))
    layout.addWidget(errors.general_label())
    row.suggest(folder / "report.pdf")
    return dialog, errors, row


def test_file_to_write_is_the_row_s_file_when_nothing_is_wrong(qtbot, tmp_path):
    dialog, errors, row = _dialog(qtbot, tmp_path)
    assert file_to_write(dialog, errors, {}, row, folder=tmp_path, data_root=None) == tmp_path / "report.pdf"
    assert dialog.findChild(QLabel, "error_file").text() == ""


def test_file_to_write_shows_every_problem_and_writes_nothing(qtbot, tmp_path):
    dialog, errors, row = _dialog(qtbot, tmp_path)
    row.edit.setText(str(tmp_path / "missing" / "report.pdf"))
    out = file_to_write(dialog, errors, {"day": "The day is wrong."}, row, folder=tmp_path, data_root=None)
    assert out is None
    assert dialog.findChild(QLabel, "error_day").text() == "The day is wrong."
    assert "does not exist" in dialog.findChild(QLabel, "error_file").text()


def test_file_to_write_asks_before_replacing_and_keeps_the_file_on_no(qtbot, tmp_path, monkeypatch):
    dialog, errors, row = _dialog(qtbot, tmp_path)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-old")
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert file_to_write(dialog, errors, {}, row, folder=tmp_path, data_root=None) is None
    assert len(asked) == 1 and "report.pdf" in asked[0]
    assert (tmp_path / "report.pdf").read_bytes() == b"%PDF-old"


def test_note_label_wraps_its_text(qtbot):
    label = note_label("Every export is recorded.")
    qtbot.addWidget(label)
    assert label.text() == "Every export is recorded." and label.wordWrap()
