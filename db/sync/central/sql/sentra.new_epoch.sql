CREATE OR REPLACE FUNCTION sentra.new_epoch()
 RETURNS uuid
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
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
$function$
