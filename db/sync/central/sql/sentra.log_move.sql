CREATE OR REPLACE FUNCTION sentra.log_move()
 RETURNS trigger
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
BEGIN
    INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row, op_id)
    VALUES ((SELECT m.epoch FROM sentra.meta AS m), OLD.station_code, TG_TABLE_NAME, NEW.id, NEW.version,
            to_jsonb(NEW) - 'field_versions', NULL);
    RETURN NULL;
END
$function$
