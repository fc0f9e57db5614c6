"""The export dialogs' shared pieces: the file an export may write once its choices were checked."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QVBoxLayout

from ui.exports.output_file import ExportDialog, OutputFileRow, note_label


class _Export(ExportDialog):
    def __init__(self, folder):
        super().__init__(SimpleNamespace(output_dir=folder, data_dir=None))
        self.file_row = OutputFileRow("Save", "PDF files (*.pdf)", ".pdf", self)
        day = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.errors.row(day, "day"))
        layout.addLayout(self.errors.row(self.file_row, "file", self.file_row.edit))
        layout.addWidget(self.errors.general_label())
        self.file_row.suggest(folder / "report.pdf")


def _dialog(qtbot, folder) -> _Export:
    dialog = _Export(folder)
    qtbot.addWidget(dialog)
    return dialog


def test_the_file_to_write_is_the_row_s_file_when_nothing_is_wrong(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.file_to_write({}) == tmp_path / "report.pdf"
    assert dialog.findChild(QLabel, "error_file").text() == ""


def test_every_problem_is_shown_and_there_is_no_file_to_write(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    dialog.file_row.edit.setText(str(tmp_path / "missing" / "report.pdf"))
    assert dialog.file_to_write({"day": "The day is wrong."}) is None
    assert dialog.findChild(QLabel, "error_day").text() == "The day is wrong."
    assert "does not exist" in dialog.findChild(QLabel, "error_file").text()


def test_an_existing_file_is_replaced_only_when_the_user_agrees(qtbot, tmp_path, monkeypatch):
    dialog = _dialog(qtbot, tmp_path)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-old")
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    assert dialog.file_to_write({}) is None
    assert len(asked) == 1 and "report.pdf" in asked[0]
    assert (tmp_path / "report.pdf").read_bytes() == b"%PDF-old"


def test_a_note_label_wraps_its_text(qtbot):
    label = note_label("Every export is recorded.")
    qtbot.addWidget(label)
    assert label.text() == "Every export is recorded." and label.wordWrap()
