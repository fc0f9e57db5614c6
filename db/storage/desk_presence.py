"""Which desks have a data folder open: every running app holds a shared lock on one file in the folder, and a
restore takes it exclusively, so a restore never replaces the database under a desk that has it open.

The single-instance socket (desktop/single_instance.py) only knows the apps of one OS account; a station
folder shared by several accounts (0770) can be open in another account's app too. An OS file lock (flock on
Linux, LockFileEx on Windows, through portalocker) knows them all, and it is gone with the process that held
it, so a crashed app never blocks a restore.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import portalocker

from db.errors import RestoreRefused

log = logging.getLogger(__name__)

__all__ = ["PRESENCE_FILE", "DeskOpenElsewhere", "DeskPresence", "no_desk_open"]

PRESENCE_FILE = ".desk-open.lock"


class DeskOpenElsewhere(RestoreRefused):
    """Another running Sentra Desk has the data folder open."""


DESK_OPEN_MESSAGE = (
    "Sentra Desk is open on this data folder (another window, or another account on this PC): close it there "
    "first (File → Quit), then restore; nothing was changed"
)


def _open(root: Path) -> IO[str]:
    path = root / PRESENCE_FILE
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    if path.stat().st_mode & 0o777 == 0o600 and root.stat().st_mode & 0o070:
        os.chmod(path, 0o660)  # a folder shared by the desk's accounts: each must be able to lock it
    return os.fdopen(fd, "r+")


@contextmanager
def no_desk_open(root: Path) -> Iterator[None]:
    """Holds the data folder exclusively (no desk can open it meanwhile); DeskOpenElsewhere when a desk has it
    open. For a restore from the command line."""
    handle = _open(root)
    try:
        try:
            portalocker.lock(handle, portalocker.LockFlags.EXCLUSIVE | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            raise DeskOpenElsewhere(DESK_OPEN_MESSAGE) from None
        yield
    finally:
        handle.close()  # closing the file releases the lock


class DeskPresence:
    """A running app's shared lock on its data folder (`claim()` at start, held until the process ends)."""

    def __init__(self, root: Path):
        self.root = root
        self._handle: IO[str] | None = None

    def claim(self) -> bool:
        """Takes the shared lock; False (logged) when a restore holds the folder right now."""
        if self._handle is not None:
            return True
        handle = _open(self.root)
        try:
            portalocker.lock(handle, portalocker.LockFlags.SHARED | portalocker.LockFlags.NON_BLOCKING)
        except portalocker.exceptions.LockException:
            handle.close()
            log.warning("the data folder %s is being restored by another process", self.root)
            return False
        self._handle = handle
        return True

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    @contextmanager
    def alone(self) -> Iterator[None]:
        """This app's own shared lock traded for the exclusive one: DeskOpenElsewhere (the shared lock taken
        again) when another desk has the folder open. For Admin → Restore in the running app."""
        held = self._handle is not None
        self.release()
        try:
            with no_desk_open(self.root):
                yield
        finally:
            if held:
                self.claim()
