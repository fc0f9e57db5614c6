"""`sentra selftest`: one summary line and exit 0 on a working install; exit 1 naming the step that failed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from db.storage.migrate import HEAD_REVISION
from desktop.cli import main

ROOT = Path(__file__).resolve().parent.parent.parent


def test_selftest_passes_and_leaves_nothing_behind(tmp_path):
    # A process of its own, as IT runs it: the check installs the Indonesian translator and a main window.
    env = dict(os.environ, TMPDIR=str(tmp_path), QT_QPA_PLATFORM="xcb")  # it must choose offscreen itself
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("sentra selftest ok")
    for part in (f"schema {HEAD_REVISION}", "SKTLK/1/", "receipt PDF", "Excel", "monthly PDF", "main window"):
        assert part in out[0]
    assert list(tmp_path.iterdir()) == []


def test_on_a_pc_without_fonts_the_interface_uses_the_shipped_ones(tmp_path):
    conf = tmp_path / "no-fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><fontconfig><dir>/nonexistent</dir>'
        f"<cachedir>{tmp_path / 'fc-cache'}</cachedir></fontconfig>"
    )
    env = dict(os.environ, TMPDIR=str(tmp_path), FONTCONFIG_FILE=str(conf))
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "selftest"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "main window and chart (DejaVu Sans)" in done.stdout


def test_a_broken_receipt_fails_the_selftest_with_its_step(qapp, capsys, monkeypatch):
    import exports.receipt_pdf

    def blank_pdf(_data, out):
        Path(out).write_bytes(b"%PDF-1.4\n" + b" " * 2000)

    monkeypatch.setattr(exports.receipt_pdf, "write_receipt", blank_pdf)
    assert main(["selftest", "--skip-gui"]) == 1
    err = capsys.readouterr().err
    assert "FAILED at receipt PDF" in err and "no embedded font" in err
