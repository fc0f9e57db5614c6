"""Central migration 0005: a row HQ moves to another station is logged for the station it left as well.

`merge_op` logs every new version under the row's station (`scope`), so when HQ changes a row's
`station_code` (an online complaint sent to the wrong Polsek, a case handed to another one) only the new
station heard of it and the old one kept a stale copy. A trigger on every data table now adds a log row for
the old station with the row as it is after the move; a desk that pulls a row of another station knows the
row has left it (db/sync/apply.py). The version is the move's: the two log rows differ in scope only.

`new_epoch` (after a restore) rebuilds the log from the rows; it now also logs each row for every station
its history says it left, so a desk that had not pulled the move before the restore still hears of it.
"""

SQL = r"""
CREATE FUNCTION sentra.log_move() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
BEGIN
    INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row, op_id)
    VALUES ((SELECT m.epoch FROM sentra.meta AS m), OLD.station_code, TG_TABLE_NAME, NEW.id, NEW.version,
            to_jsonb(NEW) - 'field_versions', NULL);
    RETURN NULL;
END
$fn$;

DO $$
DECLARE t text;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r'
               AND a.attname = 'field_versions' AND NOT a.attisdropped
    LOOP
        EXECUTE format('CREATE TRIGGER moved_away AFTER UPDATE OF station_code ON sentra.%I FOR EACH ROW '
                       'WHEN (OLD.station_code IS DISTINCT FROM NEW.station_code) '
                       'EXECUTE FUNCTION sentra.log_move()', t);
    END LOOP;
END $$;

-- 0002's new_epoch, and a log row for every station a row has left (row_history: a `before` of another
-- station), with the row as it is now.
CREATE OR REPLACE FUNCTION sentra.new_epoch() RETURNS uuid
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    v_epoch uuid := gen_random_uuid();
    t text;
BEGIN
    PERFORM set_config('sentra.station', '*hq', true);
    UPDATE sentra.meta SET epoch = v_epoch;
    DELETE FROM sentra.change_log;
    FOR t IN SELECT c.relname FROM pg_class AS c JOIN pg_attribute AS a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r'
               AND a.attname = 'field_versions'
             ORDER BY c.relname
    LOOP
        EXECUTE format('INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row) '
                       'SELECT $1, t.station_code, $2, t.id, t.version, to_jsonb(t) - ''field_versions'' '
                       'FROM sentra.%I AS t ORDER BY t.id', t) USING v_epoch, t;
        EXECUTE format('INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row) '
                       'SELECT $1, m.scope, $2, t.id, t.version, to_jsonb(t) - ''field_versions'' '
                       'FROM (SELECT DISTINCT h.row_id, h.before->>''station_code'' AS scope '
                       '      FROM sentra.row_history AS h WHERE h.tbl = $2 AND h.before IS NOT NULL) AS m '
                       'JOIN sentra.%I AS t ON t.id = m.row_id AND t.station_code IS DISTINCT FROM m.scope '
                       'WHERE m.scope IS NOT NULL ORDER BY t.id, m.scope', t) USING v_epoch, t;
    END LOOP;
    RETURN v_epoch;
END
$fn$;
"""
