"""Generated files never land on the station's own files and are written whole or not at all."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from exports import output_files
from exports.hotspots_xlsx import write_hotspots_xlsx
from exports.ikm_pdf import write_ikm_pdf
from exports.ikm_xlsx import write_ikm_xlsx
from exports.infographic import write_infographic
from exports.letter_pdf import write_letter
from exports.monthly_pdf import write_monthly_pdf
from exports.output_files import (
    OutputFileLocked,
    OutputPathRefused,
    OutputSavedElsewhere,
    OutputWriteFailed,
    atomic_output,
    check_output_path,
)
from exports.receipt_pdf import write_receipt
from exports.reports_xlsx import write_reports_xlsx
from tests.exports import test_hotspots_xlsx, test_infographic, test_monthly_pdf, test_reports_xlsx
from tests.exports.ikm_sample import sample_report
from tests.exports.test_letter_pdf import make_letter
from tests.exports.test_receipt_pdf import make_receipt

WRITERS = {
    "receipt": lambda out: write_receipt(make_receipt(), out),
    "letter": lambda out: write_letter(make_letter(), out),
    "monthly": lambda out: write_monthly_pdf(test_monthly_pdf.sample(), out),
    "public": lambda out: write_monthly_pdf(test_monthly_pdf.sample(), out, public=True),
    "ikm-pdf": lambda out: write_ikm_pdf(sample_report(), out),
    "ikm-xlsx": lambda out: write_ikm_xlsx(sample_report(), out),
    "infographic": lambda out: write_infographic(test_infographic.sample(), out),
    "hotspots": lambda out: write_hotspots_xlsx(test_hotspots_xlsx.sample(), out),
    "reports-xlsx": lambda out: write_reports_xlsx(test_reports_xlsx._sheets(), out),
}


@pytest.fixture
def data_root(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    for folder in ("backups", "logs", "documents", "photos"):
        (root / folder).mkdir(parents=True)
    for name in ("sentra.sqlite", "sentra.sqlite-wal", "sentra.sqlite-shm", "backups/b.sqlite", "logs/s.log"):
        (root / name).write_bytes(b"station")
    return root


@pytest.mark.parametrize(
    "name",
    ["sentra.sqlite", "sentra.sqlite-wal", "sentra.sqlite-shm", "backups/b.sqlite", "backups/new.pdf",
     "logs/s.log", "logs/new.xlsx", "photos/x.png", "new.pdf", "documents/../sentra.sqlite"],
)  # fmt: skip
def test_station_files_and_folders_are_refused(data_root, name):
    with pytest.raises(OutputPathRefused) as err:
        check_output_path(data_root / name, data_root)
    assert err.value.reason == "station-file"
    assert "\n" not in str(err.value)
    assert (data_root / "sentra.sqlite").read_bytes() == b"station"


def test_documents_folder_and_elsewhere_are_fine(data_root, tmp_path):
    inside = data_root / "documents" / "r.pdf"
    assert check_output_path(inside, data_root) == inside
    assert check_output_path(str(tmp_path / "r.pdf"), data_root) == tmp_path / "r.pdf"


def test_links_to_station_files_are_refused(data_root, tmp_path):
    (tmp_path / "soft.pdf").symlink_to(data_root / "sentra.sqlite")
    os.link(data_root / "sentra.sqlite", tmp_path / "hard.pdf")
    os.link(data_root / "backups" / "b.sqlite", tmp_path / "backup.xlsx")
    for name in ("soft.pdf", "hard.pdf", "backup.xlsx"):
        with pytest.raises(OutputPathRefused, match="station"):
            check_output_path(tmp_path / name, data_root)


def test_protected_files_outside_the_data_folder(tmp_path):
    db = tmp_path / "elsewhere.sqlite"
    db.write_bytes(b"db")
    with pytest.raises(OutputPathRefused, match="station's own files"):
        check_output_path(db, None, protected=[db])


@pytest.mark.parametrize(
    ("target", "reason"),
    [("", "empty"), (".", "folder"), ("/dev/full", "special"), ("missing/r.pdf", "no-folder")],
)
def test_places_that_are_not_files(tmp_path, monkeypatch, target, reason):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputPathRefused) as err:
        check_output_path(target, tmp_path / "data")
    assert err.value.reason == reason


def test_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("writer broke")
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_full_disk_is_one_line_and_leaves_nothing(tmp_path):
    target = tmp_path / "r.pdf"
    with pytest.raises(OutputWriteFailed) as err, atomic_output(target) as tmp:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp))
    assert str(err.value) == f"cannot write {target}: No space left on device"
    assert list(tmp_path.iterdir()) == []


def test_a_folder_without_write_permission_says_so(tmp_path, monkeypatch):
    monkeypatch.setattr(output_files.os, "access", lambda *_a, **_k: False)
    with pytest.raises(OutputPathRefused) as err:
        check_output_path(tmp_path / "r.pdf", None)
    assert err.value.reason == "read-only"


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_every_writer_is_atomic(tmp_path, monkeypatch, kind):
    target = tmp_path / f"out-{kind}"
    target.write_bytes(b"old")
    WRITERS[kind](target)
    assert target.stat().st_size > 3
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    # The disk fills up at the end: the previous file stays as it was, no temporary file is left.
    before = target.read_bytes()
    monkeypatch.setattr(output_files.os, "fsync", disk_full)
    with pytest.raises(OutputWriteFailed, match="No space left on device"):
        WRITERS[kind](target)
    assert target.read_bytes() == before
    fresh = tmp_path / f"new-{kind}"
    with pytest.raises(OutputWriteFailed):
        WRITERS[kind](fresh)
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_another_documents_folder_can_be_named(data_root):
    docs = data_root / "docs"
    docs.mkdir()
    assert check_output_path(docs / "r.pdf", data_root, documents=docs) == docs / "r.pdf"
    with pytest.raises(OutputPathRefused):
        check_output_path(data_root / "documents" / "r.pdf", data_root, documents=docs)


def test_a_locked_target_keeps_its_content_and_says_why(tmp_path, monkeypatch):
    """Windows refuses to replace a file another program holds open: with no free alternative name either,
    nothing is left behind and the message names the locked file."""
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"open in Excel")

    def locked(_src, _dst) -> None:
        raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))

    monkeypatch.setattr(output_files.os, "replace", locked)
    with pytest.raises(OutputFileLocked) as err:
        write_reports_xlsx(test_reports_xlsx._sheets(), target)
    assert str(err.value) == f"{target} is open in another program; close it there and save again"
    assert target.read_bytes() == b"open in Excel"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


def test_a_locked_target_gets_the_new_file_beside_it_and_the_caller_is_told(tmp_path, monkeypatch):
    target = tmp_path / "r.xlsx"
    target.write_bytes(b"open in Excel")
    real = os.replace

    def replace(src, dst) -> None:
        if str(dst) == str(target):
            raise PermissionError(errno.EACCES, "The process cannot access the file", str(target))
        real(src, dst)

    monkeypatch.setattr(output_files.os, "replace", replace)
    with pytest.raises(OutputSavedElsewhere) as told:
        write_reports_xlsx(test_reports_xlsx._sheets(), target)
    assert told.value.landed == tmp_path / "r (2).xlsx"
    assert (
        str(told.value) == f"{target} is open in another program; the new file is {tmp_path / 'r (2).xlsx'}"
    )
    assert target.read_bytes() == b"open in Excel"
    assert (tmp_path / "r (2).xlsx").read_bytes()[:2] == b"PK"
