CREATE OR REPLACE FUNCTION sentra.insert_new_ops(ops jsonb[], caller text, is_hq boolean)
 RETURNS jsonb
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
DECLARE
    writer text := CASE WHEN is_hq THEN '*hq' ELSE caller END;
    v_op_id uuid[];
    v_tbl text[];
    v_row text[];
    v_hash text[];
    v_new jsonb[];
    v_keys text[] := '{}';
    v_after jsonb[] := '{}';
    v_part_keys text[];
    v_part jsonb[];
    v_results jsonb;
    t text;
BEGIN
    -- The new rows, built as 0002's merge_op builds them: the fields (less id/version/updated_at), the
    -- caller's station, every field [1, writer] (for a full-row op: built once per table), version 1,
    -- updated_at now(), created_at from the op or now().
    WITH fullrow AS (
        SELECT c.relname::text AS tbl, array_agg(a.attname::text) AS names,
               jsonb_object_agg(a.attname, jsonb_build_array(1, writer)) AS fv
        FROM pg_class AS c
        JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
             AND a.attname <> ALL (ARRAY['id', 'version', 'updated_at', 'field_versions'])
        WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r'
          AND c.relname::text IN (SELECT DISTINCT e->>'table' FROM unnest(ops) AS e)
        GROUP BY c.relname
    ), src AS MATERIALIZED (  -- each value computed once, not once per use
        SELECT o.ord, (o.op->>'op_id')::uuid AS op_id, o.op->>'table' AS tbl, o.op->>'row_id' AS row_id,
               encode(sha256(convert_to(o.op::text, 'UTF8')), 'hex') AS hash,
               ((o.op->'fields') - ARRAY['id', 'version', 'updated_at'])
                   || CASE WHEN is_hq THEN '{}'::jsonb
                           ELSE jsonb_build_object('station_code', caller) END AS f
        FROM unnest(ops) WITH ORDINALITY AS o(op, ord)
    ), nr AS MATERIALIZED (
        SELECT s.ord, s.op_id, s.tbl, s.row_id, s.hash,
               s.f || jsonb_build_object(
                   'id', s.row_id, 'version', 1, 'updated_at', now(),
                   'field_versions',
                   CASE WHEN s.f ?& fr.names THEN fr.fv
                        ELSE coalesce((SELECT jsonb_object_agg(k, jsonb_build_array(1, writer))
                                       FROM jsonb_object_keys(s.f) AS k), '{}') END) AS new
        FROM src AS s JOIN fullrow AS fr ON fr.tbl = s.tbl
    )
    SELECT array_agg(nr.op_id ORDER BY nr.ord), array_agg(nr.tbl ORDER BY nr.ord),
           array_agg(nr.row_id ORDER BY nr.ord), array_agg(nr.hash ORDER BY nr.ord),
           array_agg(CASE WHEN nr.new->>'created_at' IS NULL
                          THEN nr.new || jsonb_build_object('created_at', now()) ELSE nr.new END
                     ORDER BY nr.ord)
    INTO v_op_id, v_tbl, v_row, v_hash, v_new
    FROM nr;
    IF coalesce(array_length(v_op_id, 1), 0) <> array_length(ops, 1) THEN
        RAISE EXCEPTION 'sentra: a new op of an unknown table' USING ERRCODE = 'data_exception';
    END IF;

    -- Claims the op ids (a concurrent push of the same id waits here, then fails the run: replayed op by op).
    INSERT INTO sentra.applied_ops (op_id, station_code, payload_hash, result)
    SELECT u.op_id, caller, u.hash,
           jsonb_build_object('op_id', u.op_id, 'status', 'applied', 'version', 1, 'conflicts', '[]'::jsonb)
    FROM unnest(v_op_id, v_hash) WITH ORDINALITY AS u(op_id, hash, n)
    ORDER BY u.n;

    -- One insert per table. A row of another station is invisible (row-level security): skipped here by
    -- ON CONFLICT, and its op rejected below, as 0002 does after its primary-key violation.
    FOR t IN SELECT DISTINCT x FROM unnest(v_tbl) AS x ORDER BY 1 LOOP
        EXECUTE format(
            'WITH ins AS (INSERT INTO sentra.%1$I AS t '
            'SELECT p.* FROM unnest($1, $2) AS r(new, tbl), '
            'LATERAL jsonb_populate_record(NULL::sentra.%1$I, r.new) AS p WHERE r.tbl = $3 '
            'ON CONFLICT (id) DO NOTHING RETURNING t.id, to_jsonb(t) AS a) '
            'SELECT coalesce(array_agg($3 || '' '' || ins.id), ''{}''), coalesce(array_agg(ins.a), ''{}'') '
            'FROM ins', t)
            INTO v_part_keys, v_part USING v_new, v_tbl, t;
        v_keys := v_keys || v_part_keys;
        v_after := v_after || v_part;
    END LOOP;

    WITH done AS (
        SELECT u.n, u.op_id, u.tbl, u.row_id, w.after
        FROM unnest(v_op_id, v_tbl, v_row) WITH ORDINALITY AS u(op_id, tbl, row_id, n)
        LEFT JOIN unnest(v_keys, v_after) AS w(key, after) ON w.key = u.tbl || ' ' || u.row_id
    ), hist AS (
        INSERT INTO sentra.row_history (tbl, row_id, version, before, after, op_id, writer)
        SELECT h.tbl, h.row_id, 1, NULL, h.after, h.op_id, writer
        FROM done AS h WHERE h.after IS NOT NULL ORDER BY h.n
    ), cl AS (
        INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row, op_id)
        SELECT (SELECT m.epoch FROM sentra.meta AS m), l.after->>'station_code', l.tbl, l.row_id, 1,
               l.after - 'field_versions', l.op_id
        FROM done AS l WHERE l.after IS NOT NULL ORDER BY l.n
    )
    SELECT jsonb_agg(CASE WHEN d.after IS NOT NULL
                          THEN jsonb_build_object('op_id', d.op_id, 'status', 'applied', 'version', 1,
                                                  'conflicts', '[]'::jsonb)
                          ELSE jsonb_build_object('op_id', d.op_id, 'status', 'rejected',
                                                  'reason', 'row belongs to another station') END
                     ORDER BY d.n)
    INTO v_results
    FROM done AS d;
    IF coalesce(array_length(v_keys, 1), 0) < array_length(v_op_id, 1) THEN
        UPDATE sentra.applied_ops AS a SET result = e.value
        FROM jsonb_array_elements(v_results) AS e
        WHERE e.value->>'status' = 'rejected' AND a.op_id = (e.value->>'op_id')::uuid;
    END IF;
    RETURN v_results;
END
$function$
