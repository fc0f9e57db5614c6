CREATE OR REPLACE FUNCTION sentra.list_key(value text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE STRICT
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
AS $function$ SELECT lower(regexp_replace(btrim(value), '\s+', ' ', 'g')) $function$
