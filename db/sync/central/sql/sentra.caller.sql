CREATE OR REPLACE FUNCTION sentra.caller()
 RETURNS sentra.station_role
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
AS $function$
DECLARE
    me sentra.station_role;
BEGIN
    SELECT * INTO me FROM sentra.station_role WHERE role = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'sentra: role % is not a registered station', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('sentra.station', CASE WHEN me.is_hq THEN '*hq' ELSE me.station_code END, true);
    RETURN me;
END
$function$
