"""What-if cold starts: the login-window start with candidate fixes simulated in the child, for the lead."""

from __future__ import annotations

import argparse
import statistics
import sys

import bench_startup as b

BODY = b.SENTRA[len(b._PRELUDE) :]

# Simulates hard-coding the dummy argon2 hash in db/services/auth.py (computed at import today).
PATCH_DUMMY_HASH = """
import db.services.officers as _off
_real_hash = _off.hash_password
_off.hash_password = lambda p: "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHRzb21lc2FsdA$" + "A" * 43
import db.services.auth
_off.hash_password = _real_hash
"""

# Simulates a db.migrate whose "already at head" check needs no alembic import (head kept as a constant).
PATCH_NO_ALEMBIC = """
import types as _types
_mig = _types.ModuleType("db.migrate")
def _upgrade(engine, db_path=None, backup_dir=None):
    with engine.connect() as conn:
        current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    assert current == os.environ["BENCH_HEAD"], "database not at head: this what-if only covers the fast path"
    return None
_mig.upgrade = _upgrade
sys.modules["db.migrate"] = _mig
"""

# Simulates desktop.app disabling the cyclic GC while starting and freezing what start-up allocated.
PATCH_GC = """
import gc as _gc
_gc.disable()
"""
GC_AFTER = """
_gc.freeze()
_gc.enable()
"""

VARIANTS = {
    "as is": ("", ""),
    "dummy hash constant": (PATCH_DUMMY_HASH, ""),
    "no alembic at start": (PATCH_NO_ALEMBIC, ""),
    "gc off while starting": (PATCH_GC, GC_AFTER),
    "all three": (PATCH_GC + PATCH_DUMMY_HASH + PATCH_NO_ALEMBIC, GC_AFTER),
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=5)
    args = parser.parse_args(argv)
    from db.migrate import head_revision

    env = dict(b.child_env(b.prepare_data_dir(1000)), BENCH_HEAD=head_revision())
    codes = {"baseline": b.BASELINE}
    codes.update({name: b._PRELUDE + before + BODY + after for name, (before, after) in VARIANTS.items()})
    for code in codes.values():  # warm-up
        b.spawn(code, env)
    shown: dict[str, list[float]] = {name: [] for name in codes}
    wall: dict[str, list[float]] = {name: [] for name in codes}
    for i in range(args.n):
        names = list(codes) if i % 2 == 0 else list(reversed(codes))
        for name in names:
            w, marks, _ = b.spawn(codes[name], env)
            shown[name].append(marks["shown"] * 1000)
            wall[name].append(w * 1000)
    base_shown, base_wall = statistics.median(shown["baseline"]), statistics.median(wall["baseline"])
    print(f"{'variant':<24} {'shown ms':>9} {'ratio':>6} {'wall ms':>8} {'ratio':>6}   (medians of {args.n})")
    for name in codes:
        s, w = statistics.median(shown[name]), statistics.median(wall[name])
        print(f"{name:<24} {s:9.0f} {s / base_shown:5.2f}x {w:8.0f} {w / base_wall:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
