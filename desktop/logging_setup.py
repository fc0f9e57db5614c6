"""Rotating log file in the data folder's logs/, and warnings on the console."""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

_configured = False


def setup_logging(log_dir: Path, *, level: int = logging.INFO) -> Path:
    global _configured
    log_file = log_dir / "sentra.log"
    if _configured:
        return log_file
    log_dir.mkdir(parents=True, exist_ok=True)
    if not log_file.exists():  # created readable by this user only; the handler then appends to it
        os.close(os.open(log_file, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    root.addHandler(console)
    _configured = True
    return log_file
