"""Where a generated file may go, and writing it whole or not at all.

`check_output_path` refuses a target that would land on the station's own files (database, its -wal/-shm,
backups, logs, anything else in the data folder outside `documents/`), a folder, a device and a missing
folder. `atomic_output` hands the writer a temporary name in the target's folder and renames it over the
target only once the writer finished: a full disk or a crash leaves the old file (or none), never half of one.
When the old file is open in another program (Windows refuses the rename), the new one is saved beside it as
"name (2).pdf" and the caller is told so (`OutputSavedElsewhere`); when even that fails, `OutputFileLocked`
names the locked file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = [
    "DOCUMENTS_FOLDER",
    "OutputFileError",
    "OutputFileLocked",
    "OutputPathRefused",
    "OutputSavedElsewhere",
    "OutputWriteFailed",
    "alternative_name",
    "atomic_output",
    "check_output_path",
    "output_target",
    "place_output",
]

# The only place inside the data folder the app writes documents to; everything else there is the station's.
DOCUMENTS_FOLDER = "documents"


class OutputFileError(Exception):
    """A file could not be written; `str()` is one line for the CLI, `reason` a code for translated UIs."""

    def __init__(self, path: Path, reason: str, message: str):
        self.path = path
        self.reason = reason
        super().__init__(message)


class OutputPathRefused(OutputFileError):
    """The target is not a place to write to (reasons: "empty", "station-file", "folder", "special",
    "no-folder", "read-only")."""


class OutputWriteFailed(OutputFileError):
    """Writing failed part-way (full disk, locked file); nothing was left behind. Reason: "write"."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def check_output_path(
    path: Path | str,
    data_root: Path | str | None = None,
    *,
    protected: Iterable[Path | str] = (),
    documents: Path | str | None = None,
) -> Path:
    """The target as an absolute path, or OutputPathRefused with a one-line reason.

    Inside `data_root` only its `documents/` folder (or the given `documents` folder) may be written to.
    `protected` names further files that must never be replaced (e.g. a database kept outside the data
    folder); they are compared by resolved path and, for hard links, with os.path.samefile.
    """
    text = str(path).strip()
    if not text:
        raise OutputPathRefused(Path(), "empty", "no file name given")
    target = Path(text).expanduser()
    resolved = target.resolve()
    guarded = [Path(p).expanduser().resolve() for p in protected]
    if data_root is not None:
        root = Path(data_root).expanduser().resolve()
        docs = Path(documents).expanduser().resolve() if documents else root / DOCUMENTS_FOLDER
        if _inside(resolved, root) and not _inside(resolved, docs):
            raise OutputPathRefused(
                target,
                "station-file",
                f"{target} is inside the station's data folder {root}; only its {docs.name} folder "
                "may hold written files",
            )
        if resolved.exists() and root.is_dir():
            # A hard link from outside the data folder to the database, a backup or a log.
            for folder in (root, root / "backups", root / "logs"):
                children = folder.iterdir() if folder.is_dir() else ()
                guarded.extend(c for c in children if c.is_file() and _same_file(resolved, c))
    for station_file in guarded:
        if resolved == station_file or _same_file(resolved, station_file):
            raise OutputPathRefused(target, "station-file", f"{target} is one of the station's own files")
    if resolved.is_dir():
        raise OutputPathRefused(target, "folder", f"{target} is a folder; give a file name inside it")
    if resolved.exists() and not stat.S_ISREG(resolved.stat().st_mode):
        raise OutputPathRefused(target, "special", f"{target} is not a regular file")
    if not resolved.parent.is_dir():
        raise OutputPathRefused(target, "no-folder", f"folder {target.parent} does not exist")
    if not os.access(resolved.parent, os.W_OK | os.X_OK):
        raise OutputPathRefused(target, "read-only", f"cannot write in folder {target.parent}")
    return resolved


def _describe(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


@contextmanager
def atomic_output(path: Path | str) -> Iterator[Path]:
    """Yields a temporary file name next to `path`; when the block ends normally, the file is flushed to
    disk and renamed to `path`. On any error the temporary file is removed, the target is untouched, and an
    OSError comes out as OutputWriteFailed with the reason in one line."""
    target = Path(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise OutputWriteFailed(target, "write", f"cannot write {target}: {_describe(exc)}") from exc
    tmp = Path(name)
    try:
        yield tmp
        with open(tmp, "rb+") as f:
            os.fsync(f.fileno())
        landed = place_output(tmp, target)
    except OutputFileLocked:
        raise
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputWriteFailed(target, "write", f"cannot write {target}: {_describe(exc)}") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if landed != target:
        raise OutputSavedElsewhere(target, landed)


@contextmanager
def output_target(out: Path | str | BinaryIO) -> Iterator[str | BinaryIO]:
    """What a writer hands its library: for a path, the name of a temporary file that becomes `out` when
    the block ends normally (atomic_output); a stream is passed through as it is."""
    if isinstance(out, str | Path):
        with atomic_output(out) as tmp:
            yield str(tmp)
    else:
        yield out


# How many "name (n)" alternatives to try before giving up.
MAX_ALTERNATIVES = 20


class OutputFileLocked(OutputFileError):
    """The document could not be saved under its name or any alternative: the file is in use."""

    def __init__(self, target: Path):
        super().__init__(
            target, "locked", f"{target} is open in another program; close it there and save again"
        )


class OutputSavedElsewhere(OutputFileError):
    """The document is complete, but under another name: its own name is held open by another program."""

    def __init__(self, target: Path, landed: Path):
        self.landed = landed
        super().__init__(
            target, "saved-elsewhere", f"{target} is open in another program; the new file is {landed}"
        )


def alternative_name(target: Path, n: int) -> Path:
    """ "laporan.pdf" -> "laporan (2).pdf"."""
    return target.with_name(f"{target.stem} ({n}){target.suffix}")


def place_output(finished: Path, target: Path) -> Path:
    """Moves the finished temporary file `finished` to `target`, or to the first free "target (n)" when the
    target is locked. Returns where the document landed; raises OutputFileLocked (the temporary file removed)
    when nothing worked. `finished` must be in the target's folder, so the move is a rename."""
    try:
        os.replace(finished, target)
        return target
    except PermissionError:
        pass
    for n in range(2, MAX_ALTERNATIVES + 2):
        candidate = alternative_name(target, n)
        if candidate.exists():
            continue  # never overwrite an earlier copy someone may still have open or need
        try:
            os.replace(finished, candidate)
            return candidate
        except PermissionError:
            continue
    finished.unlink(missing_ok=True)
    raise OutputFileLocked(target)
