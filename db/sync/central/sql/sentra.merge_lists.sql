CREATE OR REPLACE FUNCTION sentra.merge_lists(p_tables text[])
 RETURNS integer
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
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
        -- Two pushes adding the same name at once would each miss the other's uncommitted entry: one
        -- merge per list at a time (until commit, taken in table order), and each statement after the
        -- lock sees what the other committed.
        PERFORM pg_advisory_xact_lock(hashtext('sentra.merge_lists'), hashtext(l.tbl));
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
$function$
