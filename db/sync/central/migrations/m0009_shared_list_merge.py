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
its new key.
"""

from db.sync.central.sql import function_sql

SQL = r"""
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

-- The natural key as the desks compare it (db/sync/shared_lists.py: blanks folded, case ignored).
CREATE FUNCTION sentra.list_key(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT SET search_path = pg_catalog, sentra, pg_temp
AS $fn$ SELECT lower(regexp_replace(btrim(value), '\s+', ' ', 'g')) $fn$;

CREATE FUNCTION sentra.resolve_list(p_tbl text, p_id text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, sentra, pg_temp
AS $fn$
    SELECT coalesce((SELECT a.canonical_id FROM sentra.list_alias AS a
                     WHERE a.tbl = p_tbl AND a.alias_id = p_id), p_id)
$fn$;

CREATE FUNCTION sentra.merge_lists(p_tables text[]) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    v_station text := current_setting('sentra.station', true);
    v_added integer := 0;
    v_n integer;
    l sentra.shared_list;
BEGIN
    -- Every station's entries take part (row-level security shows the caller only its own): for this
    -- transaction only, then the caller's setting again.
    PERFORM set_config('sentra.station', '*hq', true);
    FOR l IN SELECT * FROM sentra.shared_list WHERE tbl = ANY (p_tables) ORDER BY tbl LOOP
        -- An alias whose row left its kept entry's key (renamed, or the kept entry deleted): no more.
        EXECUTE format(
            'DELETE FROM sentra.list_alias AS a USING sentra.%1$I AS x, sentra.%1$I AS c '
            'WHERE a.tbl = $1 AND x.id = a.alias_id AND c.id = a.canonical_id '
            'AND (c.deleted_at IS NOT NULL OR x.deleted_at IS NOT NULL '
            '     OR sentra.list_key(x.%2$I::text) IS DISTINCT FROM sentra.list_key(c.%2$I::text))',
            l.tbl, l.key_column) USING l.tbl;
        EXECUTE format(
            'WITH live AS ('
            '  SELECT t.id, t.station_code, sentra.list_key(t.%2$I::text) AS k, t.created_at,'
            '         EXISTS (SELECT 1 FROM sentra.list_alias AS a'
            '                 WHERE a.tbl = $1 AND a.canonical_id = t.id) AS kept'
            '  FROM sentra.%1$I AS t'
            '  WHERE t.deleted_at IS NULL AND t.%2$I IS NOT NULL'
            '    AND NOT EXISTS (SELECT 1 FROM sentra.list_alias AS a WHERE a.tbl = $1 AND a.alias_id = t.id)'
            '), ranked AS ('
            '  SELECT id, station_code,'
            '         first_value(id) OVER (PARTITION BY k ORDER BY kept DESC, created_at, id) AS canon'
            '  FROM live'
            ') '
            'INSERT INTO sentra.list_alias (tbl, alias_id, canonical_id, alias_station) '
            'SELECT $1, r.id, r.canon, r.station_code FROM ranked AS r WHERE r.id <> r.canon '
            'ORDER BY r.id ON CONFLICT (tbl, alias_id) DO NOTHING',
            l.tbl, l.key_column) USING l.tbl;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        v_added := v_added + v_n;
        -- A kept entry that became an alias itself (two kept entries now share a key): one hop again.
        UPDATE sentra.list_alias AS a SET canonical_id = b.canonical_id
        FROM sentra.list_alias AS b
        WHERE a.tbl = l.tbl AND b.tbl = l.tbl AND a.canonical_id = b.alias_id;
    END LOOP;
    PERFORM set_config('sentra.station', coalesce(v_station, ''), true);
    RETURN v_added;
END
$fn$;
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
""" + function_sql("sync.push")
