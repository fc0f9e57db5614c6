"""A document whose old copy is open in another program (Windows: os.replace raises PermissionError)."""

from __future__ import annotations

import os

import pytest

from exports import output_files
from exports.output_files import OutputFileLocked, place_output


def _lock(monkeypatch, *locked):
    """os.replace as Windows behaves while `locked` files are open in a viewer."""
    real = os.replace
    names = {str(p) for p in locked}

    def replace(src, dst):
        if str(dst) in names:
            raise PermissionError(13, "The process cannot access the file", str(dst))
        real(src, dst)

    monkeypatch.setattr(output_files.os, "replace", replace)


def _finished(folder, text=b"new"):
    tmp = folder / ".receipt.pdf.tmp"
    tmp.write_bytes(text)
    return tmp


def test_an_unlocked_target_is_replaced(tmp_path):
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    assert place_output(_finished(tmp_path), target) == target
    assert target.read_bytes() == b"new" and sorted(p.name for p in tmp_path.iterdir()) == ["receipt.pdf"]


def test_a_locked_target_gets_the_next_free_name(tmp_path, monkeypatch):
    target = tmp_path / "receipt.pdf"
    target.write_bytes(b"old")
    (tmp_path / "receipt (2).pdf").write_bytes(b"earlier copy")
    _lock(monkeypatch, target)
    placed = place_output(_finished(tmp_path), target)
    assert placed == tmp_path / "receipt (3).pdf" and placed.read_bytes() == b"new"
    assert target.read_bytes() == b"old" and (tmp_path / "receipt (2).pdf").read_bytes() == b"earlier copy"


def test_when_nothing_can_be_written_the_error_names_the_locked_file(tmp_path, monkeypatch):
    target = tmp_path / "laporan bulanan.xlsx"
    target.write_bytes(b"old")
    _lock(monkeypatch, target, *(output_files.alternative_name(target, n) for n in range(2, 30)))
    with pytest.raises(OutputFileLocked) as locked:
        place_output(_finished(tmp_path), target)
    assert str(target) in str(locked.value) and "open in another program" in str(locked.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["laporan bulanan.xlsx"]  # temp file removed
