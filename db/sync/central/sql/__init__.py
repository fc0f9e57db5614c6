"""Every central SQL function as it runs today, one file each: `<schema>.<name>.sql` (`pg_get_functiondef`).

The migrations in `db/sync/central/migrations/` stay history: to read what `sync.push` does now, read
`sync.push.sql`, not the last migration that replaced it. A migration that changes a function applies its file
(`function_sql("sync.push")`), and `tests/sync/test_central_sql_files.py` checks that a freshly initialised
central database holds exactly these bodies, so a file cannot drift from what runs.
"""

from __future__ import annotations

from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent


def function_files() -> dict[str, Path]:
    """Qualified name (`__<number of arguments>` added for an overloaded name) -> its file."""
    return {p.name.removesuffix(".sql"): p for p in sorted(SQL_DIR.glob("*.sql"))}


def function_sql(*names: str) -> str:
    """The CREATE OR REPLACE statements of the named functions, to run in a migration."""
    files = function_files()
    return "\n".join(files[name].read_text(encoding="utf-8").rstrip().rstrip(";") + ";\n" for name in names)
