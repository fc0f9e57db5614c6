CREATE OR REPLACE FUNCTION sentra.resolve_list(p_tbl text, p_id text)
 RETURNS text
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
AS $function$
    SELECT coalesce((SELECT a.canonical_id FROM sentra.list_alias AS a
                     WHERE a.tbl = p_tbl AND a.alias_id = p_id), p_id)
$function$
