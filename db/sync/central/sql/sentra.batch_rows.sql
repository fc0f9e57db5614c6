CREATE OR REPLACE FUNCTION sentra.batch_rows(p_tbl text, p_ids text[], as_objects boolean)
 RETURNS TABLE(n bigint, row_id text, version bigint, content jsonb)
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
BEGIN
    RETURN QUERY EXECUTE format(
        'SELECT u.n, t.id, t.version, %s FROM unnest($1) WITH ORDINALITY AS u(id, n) '
        'JOIN sentra.%I AS t ON t.id = u.id ORDER BY u.n',
        CASE WHEN as_objects THEN 'to_jsonb(t) - ''field_versions'''
             ELSE 'jsonb_build_array(' || (SELECT string_agg(format('t.%I', c), ', ')
                                           FROM unnest(sentra.batch_columns(p_tbl)) AS c) || ')' END,
        p_tbl) USING p_ids;
END
$function$
