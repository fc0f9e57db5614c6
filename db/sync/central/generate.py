"""Writes the first central migration from the station models (run once; the output is checked in).

`python -m db.sync.central.generate > db/sync/central/migrations/m0001_base.py`. Later model changes get a
migration of their own; tests/sync/test_central_schema.py fails when the central tables drift from the models.
"""

from __future__ import annotations

import sys

from sqlalchemy import Table

from db.sync.tables import HQ_OWNED, pg_type, synced_columns, synced_tables

NOT_NULL = {"id", "station_code", "version"}

# Every data table (the tables with `field_versions`): who may see a row (its station, shared '*' rows, HQ)
# and who may write it. The functions set `sentra.station` for their transaction.
_POLICIES = """\
DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r'
               AND a.attname = 'field_versions'
    LOOP
        EXECUTE format($p$CREATE POLICY station_rows ON sentra.%I
            USING (station_code IN (current_setting('sentra.station', true), '*')
                   OR current_setting('sentra.station', true) = '*hq')
            WITH CHECK (station_code = current_setting('sentra.station', true)
                        OR current_setting('sentra.station', true) = '*hq')$p$, t);
        EXECUTE format('ALTER TABLE sentra.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE sentra.%I FORCE ROW LEVEL SECURITY', t);
    END LOOP;
END $$;
"""

_BOOKKEEPING = """\
CREATE TABLE sentra.meta (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    epoch uuid NOT NULL
);
CREATE TABLE sentra.station_role (
    role name PRIMARY KEY,
    station_code text NOT NULL,
    is_hq boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sentra.change_log (
    epoch uuid NOT NULL,
    xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
    seq bigserial PRIMARY KEY,
    scope text NOT NULL,
    tbl text NOT NULL,
    row_id text NOT NULL,
    version bigint NOT NULL,
    row jsonb NOT NULL,
    op_id uuid
);
CREATE INDEX ix_change_log_xid_seq ON sentra.change_log (xid, seq);
CREATE INDEX ix_change_log_scope_xid_seq ON sentra.change_log (scope, xid, seq);
CREATE POLICY station_rows ON sentra.change_log
    USING (scope IN (current_setting('sentra.station', true), '*')
           OR current_setting('sentra.station', true) = '*hq');
ALTER TABLE sentra.change_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE sentra.change_log FORCE ROW LEVEL SECURITY;
CREATE TABLE sentra.applied_ops (
    op_id uuid PRIMARY KEY,
    station_code text NOT NULL,
    payload_hash text NOT NULL,
    result jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE sentra.conflicts (
    id bigserial PRIMARY KEY,
    op_id uuid NOT NULL,
    station_code text,
    tbl text NOT NULL,
    row_id text NOT NULL,
    field text NOT NULL,
    kept jsonb,
    lost jsonb,
    winner text NOT NULL,
    loser text NOT NULL,
    base_version bigint NOT NULL,
    server_version bigint NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_conflicts_station_code_created_at ON sentra.conflicts (station_code, created_at);
CREATE TABLE sentra.row_history (
    id bigserial PRIMARY KEY,
    tbl text NOT NULL,
    row_id text NOT NULL,
    version bigint NOT NULL,
    before jsonb,
    after jsonb NOT NULL,
    op_id uuid,
    writer text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ix_row_history_tbl_row_id ON sentra.row_history (tbl, row_id, version);
CREATE TABLE sentra.field_owner (
    tbl text NOT NULL,
    field text NOT NULL,
    owner text NOT NULL CHECK (owner IN ('station', 'hq')),
    PRIMARY KEY (tbl, field)
);
"""


def _column_lines(table: Table) -> list[str]:
    defs = []
    for name in synced_columns(table):
        null = " NOT NULL" if name in NOT_NULL else ""
        default = " DEFAULT 0" if name == "version" else ""
        defs.append(f"{name} {pg_type(table.c[name].type)}{null}{default}")
    defs += ["field_versions jsonb NOT NULL DEFAULT '{}'", f"CONSTRAINT pk_{table.name} PRIMARY KEY (id)"]
    lines: list[str] = []
    for d in defs:
        if lines and len(lines[-1]) + len(d) + 2 <= 104:
            lines[-1] += f" {d},"
        else:
            lines.append(f"    {d},")
    lines[-1] = lines[-1][:-1]
    return lines


def base_sql() -> str:
    parts = [_BOOKKEEPING]
    for table in synced_tables():
        parts.append(f"CREATE TABLE sentra.{table.name} (\n" + "\n".join(_column_lines(table)) + "\n);\n")
    parts.append(_POLICIES)
    owned = [(t, f) for t, fields in sorted(HQ_OWNED.items()) for f in sorted(fields)]
    values = ",\n".join(f"    ('{t}', '{f}', 'hq')" for t, f in owned)
    parts.append(f"INSERT INTO sentra.field_owner (tbl, field, owner) VALUES\n{values};\n")
    return "".join(parts)


def module_text() -> str:
    return (
        '"""Central migration 0001: bookkeeping tables and one table per synced station table.\n\n'
        'Generated by `python -m db.sync.central.generate`; do not edit (add a new migration instead)."""\n\n'
        f'SQL = """\\\n{base_sql()}"""\n'
    )


if __name__ == "__main__":
    sys.stdout.write(module_text())
