"""Putting a finished document in place when the old one is open in another program.

On Windows a PDF viewer or Excel holding the file open makes `os.replace` raise PermissionError, and the save
would fail. `place_output` then puts the new document beside it as "name (2).pdf", "name (3).pdf" … and says
where; when even that is impossible it raises `OutputFileLocked`, whose message names the locked file. The
atomic writer (write to a temporary name, then rename) calls it for its last step.
"""

from __future__ import annotations

import os
from pathlib import Path

# How many "name (n)" alternatives to try before giving up.
MAX_ALTERNATIVES = 20


class OutputFileLocked(OSError):
    """The document could not be saved under its name or any alternative: the file is in use."""

    def __init__(self, target: Path):
        self.target = target
        super().__init__(f"{target} is open in another program; close it there and save again")


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
