CREATE OR REPLACE FUNCTION sentra.has_nested_value(op jsonb)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
AS $function$
    SELECT jsonb_path_exists(op, 'strict $.fields.* ? (@.type() == "object" || @.type() == "array")',
                             '{}', true)
        OR jsonb_path_exists(op, 'strict $.values[*] ? (@.type() == "object" || @.type() == "array")',
                             '{}', true)
$function$
