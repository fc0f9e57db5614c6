"""Rotating log file in the data folder's logs/, and warnings on the console."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

from db.storage.file_modes import shared_by_group

_configured = False


class _PrivateRotatingHandler(logging.handlers.RotatingFileHandler):
    """Every log file, rotated ones too, readable by the desk's users only: this user (0600), or the desk's
    group when the logs folder is the PC's shared station's (0660, group-writable folder)."""

    def __init__(self, filename: Path, mode_bits: int) -> None:
        self._mode_bits = mode_bits
        super().__init__(filename, maxBytes=2_000_000, backupCount=5, encoding="utf-8")

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, self._mode_bits)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    global _configured
    log_file = log_dir / "sentra.log"
    if _configured:
        return log_file
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(console)
    _configured = True
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _PrivateRotatingHandler(log_file, 0o660 if shared_by_group(log_dir) else 0o600)
    except OSError as exc:
        # A log this account may not write (another officer's, an old install's) never stops the work.
        logging.getLogger("sentra").warning("no log file (%s); messages go to the console only", exc)
        return log_file
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return log_file
