"""The central functions as they run after `central init` are exactly the files in db/sync/central/sql/.

After changing a function in a new migration, refresh the files with
`SENTRA_WRITE_CENTRAL_SQL=1 pytest tests/sync/test_central_sql_files.py` and read the diff.
"""

from __future__ import annotations

import os

import psycopg

from db.sync.central.sql import SQL_DIR, function_files, function_sql

LIVE = """
SELECT n.nspname || '.' || p.proname, pg_get_function_identity_arguments(p.oid), pg_get_functiondef(p.oid)
FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname IN ('sentra', 'sync') AND p.prokind = 'f'
ORDER BY 1, 2
"""


def live_functions(conn: psycopg.Connection) -> dict[str, str]:
    """Qualified name -> definition; an overloaded name gets `__<number of arguments>`."""
    rows = conn.execute(LIVE).fetchall()
    names = [r[0] for r in rows]
    out: dict[str, str] = {}
    for name, args, definition in rows:
        arity = len([a for a in args.split(",") if a.strip()])
        key = name if names.count(name) == 1 else f"{name}__{arity}"
        out[key] = definition.rstrip() + "\n"
    return out


def test_the_files_are_what_runs(central):
    with central.admin() as conn:
        live = live_functions(conn)
    if os.environ.get("SENTRA_WRITE_CENTRAL_SQL"):
        for stale in SQL_DIR.glob("*.sql"):
            stale.unlink()
        for name, definition in live.items():
            (SQL_DIR / f"{name}.sql").write_text(definition, encoding="utf-8")
    files = {name: path.read_text(encoding="utf-8") for name, path in function_files().items()}
    assert sorted(files) == sorted(live), "a function without its file, or a file for a dropped function"
    for name, definition in live.items():
        assert files[name] == definition, f"{name}.sql differs from the function in the database"


def test_a_file_can_be_applied_again(central):
    """What a migration does with a file: re-create the function from it, changing nothing."""
    with central.admin() as conn:
        before = live_functions(conn)
        conn.execute(function_sql("sync.push", "sync.pull"))
        assert live_functions(conn) == before
