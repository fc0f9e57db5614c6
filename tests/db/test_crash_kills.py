"""The crash test's short version: a child saving reports is SIGKILLed a handful of times
(bench/bench_crash.py does 200); after each kill the file is sound, confirmed reports are there,
numbering has no gap and the audit chain verifies."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_crash.py"


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kills_while_saving_lose_nothing(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("bench_crash", BENCH)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    monkeypatch.setenv("SENTRA_KEY_DIR", os.environ.get("SENTRA_KEY_DIR", ""))  # restored after the test
    result = bench.run(kills=5, seed=7, workdir=tmp_path, max_delay=1.0)
    assert result["failures"] == []
    assert result["kills"] == 5 and result["confirmed_reports"] > 0
