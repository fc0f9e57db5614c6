"""Help inside the app (no network): the keyboard shortcuts and a short how-to for the counter."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HelpDialog(QDialog):
    """F1 / Help → Shortcuts and how-to."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shortcuts and how-to"))
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def shortcuts(self) -> list[tuple[str, str]]:
        return [
            ("Ctrl+N", self.tr("New report")),
            ("Ctrl+S / Ctrl+Enter", self.tr("Save the report (in the form)")),
            ("Esc", self.tr("Leave the form (it asks first if something was typed)")),
            ("Tab / Shift+Tab", self.tr("Next / previous field")),
            ("Ctrl+P", self.tr("Print preview of the selected report's receipt")),
            ("Ctrl+Shift+P", self.tr("Print the receipt at once on the default printer")),
            ("Ctrl+O", self.tr("Open the receipt as PDF")),
            ("Ctrl+F", self.tr("Find a report (number, name, NIK, phone, chronology)")),
            ("F5", self.tr("Refresh the lists")),
            ("Alt+1 … Alt+5", self.tr("Outreach, IKM survey, patrols, CCTV and drones, training")),
            ("Ctrl+Shift+A", self.tr("Crime analysis")),
            ("F9", self.tr("Sync with the Polres now")),
            ("F1", self.tr("This help")),
            ("Ctrl+Q", self.tr("Quit")),
        ]

    def steps(self) -> list[str]:
        return [
            self.tr("Press Ctrl+N. The cursor is in the NIK field: type the 16 digits from the KTP."),
            self.tr(
                "The sex and birth date are filled in from the NIK; a citizen already on file is offered "
                'with "Use".'
            ),
            self.tr("Choose the kind of report at the top if it is not a police report (LP model B)."),
            self.tr(
                "Type what happened, and the time of the incident as 06/12/2026 20:30 (or 061220262030); "
                "leave it empty if it is not known."
            ),
            self.tr("Write the chronology in the citizen's words; for a lost item, add each item."),
            self.tr(
                "Press Ctrl+S. A red message next to a field says what to fix; nothing is saved until "
                "the form is right."
            ),
            self.tr(
                "After saving, the number is shown. Press Ctrl+Shift+P to print the receipt at once, "
                "or Ctrl+P to see it first. Give it to the citizen to sign."
            ),
            self.tr(
                "To follow a case up, open the report and use the Follow-up tab: status, letters, contacts."
            ),
        ]

    def html(self) -> str:
        rows = "".join(
            f"<tr><td style='padding-right:16px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in self.shortcuts()
        )
        steps = "".join(f"<li>{escape(step)}</li>" for step in self.steps())
        keys_title = escape(self.tr("Keyboard shortcuts"))
        steps_title = escape(self.tr("Taking a report at the counter"))
        return f"<h3>{keys_title}</h3><table>{rows}</table><h3>{steps_title}</h3><ol>{steps}</ol>"


def open_help(parent: QWidget) -> HelpDialog:
    dialog = HelpDialog(parent)
    dialog.show()
    return dialog
