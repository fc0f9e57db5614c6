"""Central migration 0009: the centre merges shared reference lists by their natural key (issue 14, point 4).

Desks merge categories, outreach topics, holidays and partners by name (or day) when they pull, but the
centre held both entries when two stations created the same name offline. Now, after a push that touched a
shared list, `sentra.merge_lists` records every live entry whose key another live entry already holds in
`sentra.list_alias` (the duplicate id -> the kept id). The kept entry is the one already kept before, else the
oldest (created_at, then id), so an alias never changes under a reference. The duplicate row stays as its
station wrote it: it is that station's row, its desk keeps using its id, its history and versions are
untouched, and nothing the desks hold diverges from the centre. What the centre serves as the list is
`sentra.list_entry` (live entries that are no alias), and a reference resolves through
`sentra.resolve_list(tbl, id)`: every report's category resolves to one entry per name. A duplicate renamed
away from its kept entry's key, or whose kept entry is deleted, is an alias no more and is merged again by
its new key. The functions are applied from their files (db/sync/central/sql/): the natural key as the desks
compare it (`list_key`: blanks folded, case ignored), `resolve_list`, `merge_lists` (it sets `sentra.station`
to '*hq' for its transaction, as every station's entries take part, then back), and `sync.push`, which calls
`merge_lists` after a push that wrote a shared list. Merges of one list take turns (a transaction-level
advisory lock per list), so two pushes adding the same name at once cannot both miss the other's entry.
"""

from db.sync.central.sql import function_sql

SQL = (
    r"""
CREATE TABLE sentra.shared_list (
    tbl text PRIMARY KEY,
    key_column text NOT NULL
);
INSERT INTO sentra.shared_list (tbl, key_column) VALUES
    ('category', 'name'), ('holiday', 'day'), ('outreach_topic', 'name'), ('partner', 'name');
CREATE TABLE sentra.list_alias (
    tbl text NOT NULL,
    alias_id text NOT NULL,
    canonical_id text NOT NULL,
    alias_station text NOT NULL,
    merged_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tbl, alias_id)
);
CREATE INDEX ix_list_alias_tbl_canonical_id ON sentra.list_alias (tbl, canonical_id);

"""
    + function_sql("sentra.list_key", "sentra.resolve_list", "sentra.merge_lists", "sync.push")
    + r"""
REVOKE ALL ON FUNCTION sentra.merge_lists(text[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION sentra.resolve_list(text, text) FROM PUBLIC;
REVOKE ALL ON FUNCTION sentra.list_key(text) FROM PUBLIC;

-- The list the centre serves: live entries that are no alias of another.
CREATE VIEW sentra.list_entry WITH (security_invoker = true) AS
SELECT 'category'::text AS tbl, t.id, t.station_code, t.name AS key FROM sentra.category AS t
WHERE t.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM sentra.list_alias AS a WHERE a.tbl = 'category' AND a.alias_id = t.id)
UNION ALL
SELECT 'holiday', t.id, t.station_code, t.day::text FROM sentra.holiday AS t
WHERE t.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM sentra.list_alias AS a WHERE a.tbl = 'holiday' AND a.alias_id = t.id)
UNION ALL
SELECT 'outreach_topic', t.id, t.station_code, t.name FROM sentra.outreach_topic AS t
WHERE t.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM sentra.list_alias AS a WHERE a.tbl = 'outreach_topic' AND a.alias_id = t.id)
UNION ALL
SELECT 'partner', t.id, t.station_code, t.name FROM sentra.partner AS t
WHERE t.deleted_at IS NULL
  AND NOT EXISTS (SELECT 1 FROM sentra.list_alias AS a WHERE a.tbl = 'partner' AND a.alias_id = t.id);

-- Lists written before this step: merged once now.
SELECT sentra.merge_lists(ARRAY(SELECT tbl FROM sentra.shared_list));
"""
)
