"""`sentra import register FILE.xlsx [--dry-run]`: bad rows printed and written, nothing imported twice."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli import main

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
ADMIN, HEAD, OFFICER = "85010123", "78050412", "95060211"  # the demo station's accounts
PASSWORDS = {ADMIN: "admin-demo-123", HEAD: "kanit-demo-123", OFFICER: "petugas-demo-1"}


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    assert main(["--data-dir", str(folder), "demo", "--reports", "0"]) == 0
    monkeypatch.setenv("SENTRA_DATA_DIR", str(folder))
    monkeypatch.setenv("SENTRA_PASSWORD", PASSWORDS[ADMIN])
    return folder


def register_file(tmp_path: Path, *, bad_nik: bool = False) -> Path:
    """The shipped sample register, optionally with a wrong NIK typed in its first row."""
    path = tmp_path / "register.xlsx"
    shutil.copy(TEMPLATES / "register_contoh.xlsx", path)
    if bad_nik:
        wb = load_workbook(path)
        ws = wb.active
        assert ws is not None and ws["E1"].value == "NIK"
        ws["E2"] = "13020815058500"
        wb.save(path)
    return path


def test_sample_register_imports_once_and_raises_the_counters(data_dir, tmp_path, capsys, monkeypatch):
    path = register_file(tmp_path)
    monkeypatch.setenv("SENTRA_PASSWORD", PASSWORDS[HEAD])
    capsys.readouterr()
    assert main(["import", "register", str(path), "--nrp", HEAD, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert "register.xlsx: 4 would be added (dry run, nothing stored)" in out
    assert "LP_B 2025: number counter would move from 0 to 15 (in the file above 0: 2; left unused: 13)" in (
        out
    )
    assert "checking: 4 rows" in err and "rows/s" in err
    assert main(["import", "register", str(path), "--nrp", HEAD]) == 0
    out, err = capsys.readouterr()
    assert "register.xlsx: 4 added, 0 already imported" in out
    assert "DUMAS 2025: number counter moved from 0 to 3" in out
    assert "publishing: 4/4 rows" in err
    monkeypatch.setenv("SENTRA_PASSWORD", PASSWORDS[ADMIN])
    assert not (tmp_path / "register-ditolak.xlsx").exists()
    assert main(["search", "--nrp", ADMIN, "Andi Saputra"]) == 0
    assert "LP/B/12/III/2025/SPKT/POLRES SOLOK" in capsys.readouterr().out
    assert main(["import", "register", str(path), "--nrp", ADMIN]) == 0
    out = capsys.readouterr().out
    assert "0 added, 4 already imported (sudah diimpor), 0 rows rejected" in out
    skipped = load_workbook(tmp_path / "register-ditolak.xlsx")["Dilewati"]
    assert [c.value for c in skipped["C"]][1:] == ["sudah diimpor"] * 4


def test_bad_row_is_printed_and_written_to_the_rejection_sheet(data_dir, tmp_path, capsys):
    path = register_file(tmp_path, bad_nik=True)
    out_file = tmp_path / "hasil-ditolak.xlsx"
    capsys.readouterr()
    assert main(["import", "register", str(path), "--nrp", ADMIN, "--rejections", str(out_file)]) == 1
    out, err = capsys.readouterr()
    assert "baris 2, kolom NIK: NIK harus tepat 16 angka" in err
    assert "3 added, 0 already imported (sudah diimpor), 1 rows rejected" in out
    rows = [tuple(c.value for c in r) for r in load_workbook(out_file)["Ditolak"].iter_rows()]
    assert rows == [
        ("Baris", "Kolom", "Alasan", "Isi sel"),
        (2, "NIK", "NIK harus tepat 16 angka", "13020815058500"),
    ]


def test_dry_run_stores_nothing(data_dir, tmp_path, capsys):
    path = register_file(tmp_path)
    assert main(["import", "register", str(path), "--nrp", ADMIN, "--dry-run"]) == 0
    assert main(["search", "--nrp", ADMIN, "Andi Saputra"]) == 1
    capsys.readouterr()
    assert main(["import", "register", str(path), "--nrp", ADMIN]) == 0
    assert "4 added" in capsys.readouterr().out


def test_refusals_exit_2_with_a_message(data_dir, tmp_path, capsys):
    path = register_file(tmp_path)
    assert main(["import", "register", str(tmp_path / "tidak-ada.xlsx"), "--nrp", ADMIN]) == 2
    assert "no file" in capsys.readouterr().err
    not_excel = tmp_path / "catatan.xlsx"
    not_excel.write_text("bukan excel", encoding="utf-8")
    assert main(["import", "register", str(not_excel), "--nrp", ADMIN]) == 2
    assert "cannot read catatan.xlsx" in capsys.readouterr().err
    mapping = tmp_path / "peta.json"
    mapping.write_text('{"Tanggal": "tanggal", "Nomor LP": "pelapor", "Pelapor": "nomor", "X": "y"}')
    assert main(["import", "register", str(path), "--nrp", ADMIN, "--mapping", str(mapping)]) == 2
    assert "unknown field 'y'" in capsys.readouterr().err
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["C1"] = "Nomor Surat"
    wb.save(path)
    assert main(["import", "register", str(path), "--nrp", ADMIN]) == 2
    assert "missing Nomor LP" in capsys.readouterr().err
    assert main(["search", "--nrp", ADMIN, "Andi"]) == 1


def test_mapping_file_from_the_command_line(data_dir, tmp_path, capsys):
    path = register_file(tmp_path)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None
    ws["C1"], ws["D1"] = "Nomor Surat", "Nama Yang Melapor"
    wb.save(path)
    mapping = tmp_path / "peta.toml"
    mapping.write_text('"Nomor Surat" = "nomor"\n"nama yang  melapor" = "pelapor"\n', encoding="utf-8")
    capsys.readouterr()
    assert main(["import", "register", str(path), "--nrp", ADMIN, "--mapping", str(mapping)]) == 0
    assert "4 added" in capsys.readouterr().out


def test_the_importer_logs_in_with_his_password(data_dir, tmp_path, capsys, monkeypatch):
    path = register_file(tmp_path)
    monkeypatch.setenv("SENTRA_PASSWORD", "salah-sandi")
    capsys.readouterr()
    assert main(["import", "register", str(path), "--nrp", HEAD]) == 2
    assert "log-in refused" in capsys.readouterr().err
    monkeypatch.delenv("SENTRA_PASSWORD")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal and nothing to read: one line, exit 2
    assert main(["import", "register", str(path), "--nrp", HEAD, "--dry-run"]) == 2
    assert "no password given" in capsys.readouterr().err
    monkeypatch.setenv("SENTRA_PASSWORD", PASSWORDS[OFFICER])
    assert main(["import", "register", str(path), "--nrp", OFFICER]) == 2
    assert "only a unit head or an admin" in capsys.readouterr().err
    assert main(["search", "--nrp", OFFICER, "Andi Saputra"]) == 1  # nothing was imported


def test_a_counter_jump_is_refused_unless_allowed(data_dir, tmp_path, capsys):
    path = register_file(tmp_path)
    wb = load_workbook(path)
    ws = wb.active
    assert ws is not None and ws["C1"].value == "Nomor LP"
    ws["C3"] = "LP/B/999999/III/2025/SPKT/POLRES SOLOK/POLDA SUMATERA BARAT"  # was LP 15
    wb.save(path)
    capsys.readouterr()
    assert main(["import", "register", str(path), "--nrp", ADMIN, "--dry-run"]) == 1
    out, err = capsys.readouterr()
    assert "baris 3, kolom Nomor LP: nomor 999999 melompat 999998 di atas nomor tertinggi" in err
    moved = "LP_B 2025: number counter would move from 0 to 12 (in the file above 0: 1; left unused: 11"
    assert f"{moved}; refused as jumps: 1)" in out
    assert main(["import", "register", str(path), "--nrp", ADMIN]) == 1
    assert "3 added" in capsys.readouterr().out
    assert main(["import", "register", str(path), "--nrp", ADMIN, "--allow-counter-jump"]) == 0
    out = capsys.readouterr().out
    assert "1 added, 3 already imported" in out
    moved = "LP_B 2025: number counter moved from 12 to 999999 (in the file above 12: 1; left unused: 999986)"
    assert moved in out
