"""The staging table's scratch file and the batch sizer that keeps each published transaction short."""

from __future__ import annotations

import stat

from db.importing.staging import BATCH_ROWS, MIN_BATCH_ROWS, BatchSizer, StagingTable


def test_scratch_file_is_private_and_removed(tmp_path):
    with StagingTable(tmp_path) as staging:
        assert stat.S_IMODE(staging.path.stat().st_mode) == 0o600  # it holds names and NIKs
        staging.append([(3, "LP_B", 2025, 7, {"name": "Andi"}), (4, None, None, None, {"name": "Sri"})])
        staging.mark([2], "skipped")
        assert staging.counts() == {"new": 1, "skipped": 1}
        assert [p for _, p in next(staging.batches(10, state="new"))] == [{"name": "Andi"}]
        assert list(staging.numbers()) == [("LP_B", 2025, 7, 1, 3)]
        path = staging.path
    assert not path.exists()


def test_batches_shrink_when_slow_and_grow_back():
    sizer = BatchSizer(BATCH_ROWS)
    assert sizer() == BATCH_ROWS
    sizer.took(1_000, 5.0)  # 5 s for 1,000 rows: a busy PC
    assert sizer() == 100
    sizer.took(100, 60.0)
    assert sizer() == MIN_BATCH_ROWS
    sizer.took(50, 0.001)
    assert sizer() == BATCH_ROWS
