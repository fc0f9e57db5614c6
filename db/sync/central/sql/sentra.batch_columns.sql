CREATE OR REPLACE FUNCTION sentra.batch_columns(p_tbl text)
 RETURNS text[]
 LANGUAGE sql
 STABLE
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
RETURN (SELECT array_agg((a.attname)::text ORDER BY a.attname) AS array_agg FROM pg_attribute a WHERE ((a.attrelid = ((format('sentra.%I'::text, batch_columns.p_tbl))::regclass)::oid) AND (a.attnum > 0) AND (NOT a.attisdropped) AND (a.attname <> 'field_versions'::name)))
