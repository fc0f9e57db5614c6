CREATE OR REPLACE FUNCTION sentra.insert_value_ops(ops jsonb[], hashes text[], cols jsonb, caller text, is_hq boolean)
 RETURNS jsonb
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
DECLARE
    writer text := CASE WHEN is_hq THEN '*hq' ELSE caller END;
    v_fv jsonb;
    v_epoch uuid := (SELECT m.epoch FROM sentra.meta AS m);
    v_answers jsonb[];
    v_rel regclass;
    v_names text;
    v_sel text;
    t text;
BEGIN
    SELECT array_agg(jsonb_build_object('op_id', (o.op->>'op_id')::uuid, 'status', 'applied', 'version', 1,
                                        'conflicts', '[]'::jsonb) ORDER BY o.n)
    INTO v_answers
    FROM unnest(ops) WITH ORDINALITY AS o(op, n);
    -- Claims the op ids (a concurrent push of the same id waits here, then fails the run: replayed op by op).
    INSERT INTO sentra.applied_ops (op_id, station_code, payload_hash, result)
    SELECT (a.answer->>'op_id')::uuid, caller, a.h, a.answer FROM unnest(v_answers, hashes) AS a(answer, h);

    -- One statement per table: the insert (each value cast to its column's type, as merge_op's
    -- jsonb_populate_record does) and its log rows. The server decides id (the op's row_id), version,
    -- updated_at and, for a station, station_code; created_at is the op's or now().
    FOR t IN SELECT DISTINCT o->>'table' FROM unnest(ops) AS o ORDER BY 1 LOOP
        v_rel := format('sentra.%I', t)::regclass;
        SELECT string_agg(format('%I', u.c), ', ' ORDER BY u.n),
               string_agg(CASE WHEN u.c = 'station_code' AND NOT is_hq THEN '$4'
                               WHEN u.c = 'created_at'
                               THEN format('coalesce((rv.v->>%s)::%s, now())', u.n - 1,
                                           format_type(a.atttypid, a.atttypmod))
                               ELSE format('(rv.v->>%s)::%s', u.n - 1, format_type(a.atttypid, a.atttypmod))
                          END, ', ' ORDER BY u.n),
               jsonb_object_agg(u.c, jsonb_build_array(1, writer))
        INTO v_names, v_sel, v_fv
        FROM jsonb_array_elements_text(cols->t) WITH ORDINALITY AS u(c, n)
        JOIN pg_attribute AS a
             ON a.attrelid = v_rel AND a.attname = u.c AND a.attnum > 0 AND NOT a.attisdropped
        WHERE u.c <> ALL (ARRAY['id', 'version', 'updated_at', 'field_versions']);
        IF NOT is_hq AND NOT (cols->t) ? 'station_code' THEN
            v_names := concat_ws(', ', v_names, 'station_code');
            v_sel := concat_ws(', ', v_sel, '$4');
            v_fv := coalesce(v_fv, '{}') || jsonb_build_object('station_code', jsonb_build_array(1, writer));
        END IF;
        -- Ops that give every column (a desk's full rows): one entry, '*', stands for all of them.
        IF NOT EXISTS (SELECT 1 FROM pg_attribute AS a
                       WHERE a.attrelid = v_rel AND a.attnum > 0 AND NOT a.attisdropped
                         AND a.attname <> ALL (ARRAY['id', 'version', 'updated_at', 'field_versions'])
                         AND NOT coalesce(v_fv, '{}') ? a.attname) THEN
            v_fv := jsonb_build_object('*', jsonb_build_array(1, writer));
        END IF;
        IF NOT (cols->t) ? 'created_at' AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = v_rel
                                                   AND attname = 'created_at' AND NOT attisdropped) THEN
            v_names := concat_ws(', ', v_names, 'created_at');
            v_sel := concat_ws(', ', v_sel, 'now()');
        END IF;
        EXECUTE format(
            'WITH ins AS (INSERT INTO sentra.%1$I AS t (%2$s, id, version, updated_at, field_versions) '
            'SELECT %3$s, r.op->>''row_id'', 1, now(), $3 '
            'FROM unnest($1) WITH ORDINALITY AS r(op, n), LATERAL (SELECT r.op->''values'' AS v) AS rv(v) '
            'WHERE r.op->>''table'' = $2 ORDER BY r.n '
            'RETURNING t.id, t.station_code) '
            'INSERT INTO sentra.change_log (epoch, scope, tbl, version, row_ids, n_rows) '
            'SELECT $5, ins.station_code, $2, 1, array_agg(ins.id), count(*) '
            'FROM ins GROUP BY ins.station_code ORDER BY ins.station_code',
            t, coalesce(v_names, 'station_code'), coalesce(v_sel, 'NULL'))
            USING ops, t, v_fv, caller, v_epoch;
    END LOOP;

    -- Their history: version 1 by these ops, one row per table (without a copy of the rows, see above).
    INSERT INTO sentra.row_history (tbl, version, row_ids, op_ids, writer)
    SELECT o.op->>'table', 1, array_agg(o.op->>'row_id' ORDER BY o.n),
           array_agg((o.op->>'op_id')::uuid ORDER BY o.n), writer
    FROM unnest(ops) WITH ORDINALITY AS o(op, n)
    GROUP BY o.op->>'table' ORDER BY 1;
    RETURN to_jsonb(v_answers);
END
$function$
