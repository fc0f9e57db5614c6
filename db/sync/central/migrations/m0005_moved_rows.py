"""Central migration 0005: a row HQ moves to another station is logged for the station it left as well.

`merge_op` logs every new version under the row's station (`scope`), so when HQ changes a row's
`station_code` (an online complaint sent to the wrong Polsek, a case handed to another one) only the new
station heard of it and the old one kept a stale copy. A trigger on every data table now adds a log row for
the old station with the row as it is after the move; a desk that pulls a row of another station knows the
row has left it (db/sync/apply.py). The version is the move's: the two log rows differ in scope only.
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
"""
