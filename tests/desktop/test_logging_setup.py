"""The log file: private (0600) or the desk group's (0660) like the folder it is in, rotated files too; a log
this account may not write never stops a command."""

from __future__ import annotations

import logging
import os
import stat

import pytest

from desktop import logging_setup


@pytest.fixture
def fresh_logging(monkeypatch):
    root = logging.getLogger()
    before = list(root.handlers)
    monkeypatch.setattr(logging_setup, "_configured", False)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("folder_mode", "file_mode"), [(0o700, 0o600), (0o2770, 0o660)])
def test_log_files_follow_the_folder(tmp_path, fresh_logging, folder_mode, file_mode):
    logs = tmp_path / "logs"
    logs.mkdir()
    logs.chmod(folder_mode)
    old = os.umask(0o002)  # a permissive umask must not widen the files
    try:
        log_file = logging_setup.setup_logging(logs)
        logging.getLogger("sentra.test").info("first")
        assert _mode(log_file) == file_mode
        handler = next(
            h
            for h in logging.getLogger().handlers
            if isinstance(h, logging_setup._PrivateRotatingHandler) and h.baseFilename == str(log_file)
        )
        handler.doRollover()
        logging.getLogger("sentra.test").info("after rollover")
    finally:
        os.umask(old)
    files = sorted(logs.iterdir())
    assert [p.name for p in files] == ["sentra.log", "sentra.log.1"]
    assert {_mode(p) for p in files} == {file_mode}


def test_a_log_that_cannot_be_opened_does_not_stop_the_command(tmp_path, fresh_logging, caplog):
    logs = tmp_path / "logs"
    (logs / "sentra.log").mkdir(parents=True)  # not a file this account can append to
    logging_setup.setup_logging(logs)
    assert "no log file" in caplog.text
    logging.getLogger("sentra.test").warning("the work goes on")
