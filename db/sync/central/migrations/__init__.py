"""The central schema's migrations, in order: (name, SQL). Each runs once, as `sentra_owner`."""

from __future__ import annotations

from db.sync.central.migrations import (
    m0001_base,
    m0002_sync,
    m0003_fast_push,
    m0004_columnar_push,
    m0005_moved_rows,
    m0006_batched_log,
    m0007_lean_push,
    m0008_push_limits,
    m0009_shared_list_merge,
    m0010_drop_old_apply_op,
)

STEPS: tuple[tuple[str, str], ...] = (
    ("0001_base", m0001_base.SQL),
    ("0002_sync", m0002_sync.SQL),
    ("0003_fast_push", m0003_fast_push.SQL),
    ("0004_columnar_push", m0004_columnar_push.SQL),
    ("0005_moved_rows", m0005_moved_rows.SQL),
    ("0006_batched_log", m0006_batched_log.SQL),
    ("0007_lean_push", m0007_lean_push.SQL),
    ("0008_push_limits", m0008_push_limits.SQL),
    ("0009_shared_list_merge", m0009_shared_list_merge.SQL),
    ("0010_drop_old_apply_op", m0010_drop_old_apply_op.SQL),
)
