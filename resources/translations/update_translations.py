"""Refresh sentra_id.ts from the sources (lupdate over ui/ and desktop/, plus db/ messages) and build the .qm.

Run: python resources/translations/update_translations.py [--check]
Existing translations are kept; new source strings arrive as "unfinished" for a translator (Qt Linguist).
--check exits 1 when the .ts lacks a source string or a translation, or the .qm is stale.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "sentra_id.ts"
QM = HERE / "sentra_id.qm"
DB_CONTEXT = "db"
# Qt ships no Indonesian translation of its own dialogs; these are the texts our windows show from Qt itself
# (standard buttons, wizard buttons, message-box details), translated here in Qt's own contexts.
QT_STRINGS = {
    "QPlatformTheme": (
        "OK",
        "Save",
        "Open",
        "&Yes",
        "&No",
        "Yes to &All",
        "N&o to All",
        "Abort",
        "Retry",
        "Ignore",
        "Close",
        "Cancel",
        "Discard",
        "Help",
        "Apply",
        "Reset",
        "Restore Defaults",
    ),
    "QWizard": ("< &Back", "&Next >", "&Finish", "Cancel", "&Help", "Go Back", "Continue", "Commit", "Done"),
    "QMessageBox": ("Show Details...", "Hide Details..."),
    "QLineEdit": ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All"),
    # The receipt's print preview and, on Linux, Qt's own print dialog (Windows shows its own dialog).
    "QPrintPreviewDialog": (
        "Page Setup",
        "Print Preview",
        "Next page",
        "Previous page",
        "First page",
        "Last page",
        "Fit width",
        "Fit page",
        "Zoom in",
        "Zoom out",
        "Portrait",
        "Landscape",
        "Show single page",
        "Show facing pages",
        "Show overview of all pages",
        "Print",
        "Page setup",
        "Export to PDF",
    ),
    "QPrintDialog": (
        "Print",
        "All Pages",
        "Odd Pages",
        "Even Pages",
        "&Options >>",
        "&Print",
        "&Options <<",
        "Invalid Pages Definition",
        "Print to File (PDF)",
        "Local file",
        "Write PDF file",
        "Print To File ...",
        "The 'From' value cannot be greater than the 'To' value.",
    ),
    "QPrintWidget": ("Printer", "&Name:", "P&roperties", "Location:", "Preview", "Type:", "Output &file:"),
    "QPrintSettingsOutput": (
        "Copies",
        "Print range",
        "Print all",
        "Pages from",
        "to",
        "Current Page",
        "Selection",
        "Output Settings",
        "Copies:",
        "Collate",
        "Reverse",
        "Options",
        "Color Mode",
        "Color",
        "Grayscale",
        "Pages",
        "Double Sided Printing",
        "Off",
        "Long side binding",
        "Short side binding",
    ),
    "QPageSetupWidget": (
        "Paper",
        "Page size:",
        "Width:",
        "Height:",
        "Paper source:",
        "Orientation",
        "Portrait",
        "Landscape",
        "Margins",
        "Custom",
    ),
    "QWidgetTextControl": (
        "&Undo",
        "&Redo",
        "Cu&t",
        "&Copy",
        "&Paste",
        "Delete",
        "Select All",
        "Copy &Link Location",
    ),
}


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / name
    return str(exe) if exe.exists() else (shutil.which(name) or name)


def db_messages() -> list[str]:
    """English messages that db/ services raise for the UI to show (literal strings only)."""
    found: list[str] = []

    def add(node: ast.AST) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value not in found:
            found.append(node.value)

    for path in sorted((ROOT / "db").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            # errors["field"] = "message"; SOME_MESSAGE = "message", a fixed text an error carries
            # (db/sync/link.py: LINK_LOST_MESSAGE)
            if isinstance(node, ast.Assign) and any(
                (isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and t.value.id == "errors")
                or (isinstance(t, ast.Name) and t.id.endswith("_MESSAGE"))
                for t in node.targets
            ):
                add(node.value)
            # ValidationFailed({"field": "message"}), InvalidNik("message"), return "message" in check_pattern
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id
                in (
                    "ValidationFailed",
                    "InvalidNik",
                    "KeyringUnavailable",
                    "SyncNotConfigured",
                )
            ):
                for arg in node.args:
                    if isinstance(arg, ast.Dict):
                        for value in arg.values:
                            add(value)
                    else:
                        add(arg)
            elif isinstance(node, ast.FunctionDef) and node.name == "check_pattern":
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Return) and sub.value is not None:
                        add(sub.value)
    return found


def _run_lupdate(target: Path) -> None:
    sources = [str(p) for p in sorted((ROOT / "ui").rglob("*.py")) + sorted((ROOT / "desktop").rglob("*.py"))]
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(target)],
        check=True,
        capture_output=True,
    )


def managed_contexts() -> dict[str, tuple[str, ...]]:
    """Contexts lupdate cannot see: db/'s messages and Qt's own texts."""
    return {DB_CONTEXT: tuple(db_messages()), **QT_STRINGS}


def _merge_db_context(ts_path: Path, previous: ET.ElementTree | None) -> None:
    tree = ET.parse(ts_path)
    root = tree.getroot()
    managed = managed_contexts()
    old: dict[tuple[str, str], str] = {}
    if previous is not None:
        for ctx in previous.getroot().iter("context"):
            name = ctx.findtext("name") or ""
            if name in managed:
                for msg in ctx.iter("message"):
                    tr = msg.find("translation")
                    if tr is not None and tr.text and tr.get("type") != "unfinished":
                        old[(name, msg.findtext("source") or "")] = tr.text
    for ctx in list(root.iter("context")):
        if ctx.findtext("name") in managed:
            root.remove(ctx)
    for name, sources in managed.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source in sources:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            tr = ET.SubElement(msg, "translation")
            if (name, source) in old:
                tr.text = old[(name, source)]
            else:
                tr.set("type", "unfinished")
    ET.indent(tree)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)


def refresh(ts_path: Path = TS) -> None:
    previous = ET.parse(ts_path) if ts_path.exists() else None
    _run_lupdate(ts_path)
    _merge_db_context(ts_path, previous)


def build_qm(ts_path: Path = TS, qm_path: Path = QM) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True
    )


def problems() -> list[str]:
    """What --check reports: missing sources, unfinished translations, a stale .qm."""
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        shutil.copy(TS, fresh)
        refresh(fresh)
        current = {
            (c.findtext("name"), m.findtext("source"))
            for c in ET.parse(TS).getroot().iter("context")
            for m in c.iter("message")
        }
        for ctx in ET.parse(fresh).getroot().iter("context"):
            for msg in ctx.iter("message"):
                key = (ctx.findtext("name"), msg.findtext("source"))
                tr = msg.find("translation")
                if key not in current:
                    found.append(f"not in sentra_id.ts: {key}")
                elif (
                    tr is None or tr.get("type") == "unfinished" or not (tr.text or tr.findall("numerusform"))
                ):
                    found.append(f"no translation: {key}")
        qm = Path(tmp) / "fresh.qm"
        build_qm(TS, qm)
        if not QM.exists() or QM.read_bytes() != qm.read_bytes():
            found.append("sentra_id.qm is not built from the current sentra_id.ts")
    return found


def main(argv: list[str]) -> int:
    if "--check" in argv:
        issues = problems()
        print("\n".join(issues) or "translations complete")
        return 1 if issues else 0
    refresh()
    build_qm()
    unfinished = sum(1 for m in ET.parse(TS).getroot().iter("translation") if m.get("type") == "unfinished")
    print(f"{TS.name}: {unfinished} unfinished; {QM.name} built")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
