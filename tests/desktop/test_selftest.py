"""`sentra selftest`: one summary line and exit 0 on a working install; exit 1 naming the step that failed."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main


def test_selftest_passes_and_leaves_nothing_behind(qapp, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    assert main(["selftest"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("sentra selftest ok")
    for part in ("schema 0004", "SKTLK/1/", "receipt PDF", "Excel", "monthly PDF", "main window"):
        assert part in out[0]
    assert list(tmp_path.iterdir()) == []


def test_a_broken_receipt_fails_the_selftest_with_its_step(qapp, capsys, monkeypatch):
    import exports.receipt_pdf

    def blank_pdf(_data, out):
        Path(out).write_bytes(b"%PDF-1.4\n" + b" " * 2000)

    monkeypatch.setattr(exports.receipt_pdf, "write_receipt", blank_pdf)
    assert main(["selftest", "--skip-gui"]) == 1
    err = capsys.readouterr().err
    assert "FAILED at receipt PDF" in err and "no embedded font" in err
