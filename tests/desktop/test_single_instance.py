"""One Sentra Desk per data folder: a second start wakes the first; a crashed app's socket blocks nothing."""

from __future__ import annotations

import socket
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDir

from desktop.single_instance import SingleInstance, server_name


def test_a_second_start_wakes_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "data")
    assert first.claim()
    with qtbot.waitSignal(first.wake_requested, timeout=5_000):
        assert not SingleInstance(tmp_path / "data").claim()
    # Another data folder is another desk.
    other = SingleInstance(tmp_path / "elsewhere")
    assert other.claim()
    other.release()
    first.release()


@pytest.mark.skipif(sys.platform == "win32", reason="a Unix socket file is what a crash leaves behind")
def test_a_socket_left_by_a_crashed_app_does_not_block_the_next_start(qapp, tmp_path):
    path = Path(QDir.tempPath()) / server_name(tmp_path / "data")
    path.unlink(missing_ok=True)
    stale = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    stale.bind(str(path))  # the file exists, nobody listens: as after a SIGKILL
    stale.close()
    assert path.exists()
    instance = SingleInstance(tmp_path / "data")
    assert instance.claim()
    assert SingleInstance(tmp_path / "data")._ask_running_app()
    instance.release()


def test_the_name_depends_on_the_folder_only(tmp_path):
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
