"""Central migration 0003: a set-based `sync.push` (same protocol, docs/sync-protocol.md).

`sync.push` first classifies the whole batch in one pass: the table and column checks run once per push,
the existing rows once per table (one `id = ANY(...)` query) and the known op ids in one query. An op that
surely inserts a new row (valid op id never seen, first op of the push for its id and for its row, known
table and fields, no forged `station_code`, row not visible) is "new"; consecutive new ops (a run) are
applied together by `sentra.insert_new_ops`: one insert per table for the rows, one statement each for
`applied_ops` (written once, with the answer) and for `row_history` and `change_log` (in op order). Every
other op goes through `sentra.apply_op` / `sentra.merge_op` (unchanged, from 0002), one by one, in its
place in the push, so `change_log` keeps the order of the ops.

A run that fails as a whole (a value its column type refuses, a missing `station_code` on an HQ insert, a
concurrent push claiming the same op id, ...) is rolled back to its savepoint and replayed op by op
through `sentra.apply_op`, which answers exactly as before. A row of another station (invisible under
row-level security) is skipped by `ON CONFLICT (id) DO NOTHING` and the op rejected, as 0002 does after
its primary-key violation.
"""

SQL = r"""
-- A run of new-row ops (see sync.push), applied set-based; returns the answers in op order.
CREATE OR REPLACE FUNCTION sentra.insert_new_ops(ops jsonb[], caller text, is_hq boolean) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
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
$fn$;

CREATE OR REPLACE FUNCTION sync.push(payload jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    me sentra.station_role := sentra.caller();
    v_ops jsonb := payload->'ops';
    v_results jsonb := '[]';
    v_arr jsonb[];
    v_new boolean[];
    v_tables text[];
    v_existing text[] := '{}';
    v_ids text[];
    v_seen uuid[];
    v_res jsonb;
    n int;
    i int := 1;
    j int;
    k int;
    t text;
BEGIN
    IF jsonb_typeof(v_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'sentra: payload.ops must be an array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    n := jsonb_array_length(v_ops);
    IF n > 200 THEN
        RAISE EXCEPTION 'sentra: at most 200 ops per push, got %', n USING ERRCODE = 'program_limit_exceeded';
    END IF;
    v_arr := ARRAY(SELECT e.op FROM jsonb_array_elements(v_ops) WITH ORDINALITY AS e(op, ord) ORDER BY e.ord);

    -- Once per push: the synced tables the ops name (as merge_op checks them).
    SELECT array_agg(c.relname::text) INTO v_tables
    FROM pg_class AS c
    WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r'
      AND EXISTS (SELECT 1 FROM pg_attribute AS a
                  WHERE a.attrelid = c.oid AND a.attname = 'field_versions' AND NOT a.attisdropped)
      AND c.relname::text IN (SELECT DISTINCT e->>'table' FROM unnest(v_arr) AS e
                              WHERE jsonb_typeof(e) = 'object' AND e->>'table' ~ '^[a-z_]+$');
    v_tables := coalesce(v_tables, '{}');
    -- Once per table: which of the ops' rows exist already (those visible to the caller).
    FOREACH t IN ARRAY v_tables LOOP
        SELECT array_agg(e->>'row_id') INTO v_ids FROM unnest(v_arr) AS e
        WHERE jsonb_typeof(e) = 'object' AND e->>'table' = t AND e->>'row_id' IS NOT NULL;
        EXECUTE format('SELECT coalesce(array_agg($2 || '' '' || id), ''{}'') FROM sentra.%I '
                       'WHERE id = ANY($1)', t)
            INTO v_ids USING v_ids, t;
        v_existing := v_existing || v_ids;
    END LOOP;
    SELECT coalesce(array_agg(a.op_id), '{}') INTO v_seen FROM sentra.applied_ops AS a
    WHERE a.op_id IN (SELECT (e->>'op_id')::uuid FROM unnest(v_arr) AS e
                      WHERE jsonb_typeof(e) = 'object' AND pg_input_is_valid(e->>'op_id', 'uuid'));

    -- A "new" op: it can only insert a new row; 0002 would apply it without a merge.
    WITH cols AS (
        SELECT c.relname::text AS tbl, array_agg(a.attname::text) AS names
        FROM pg_class AS c
        JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                  AND a.attname <> 'field_versions'
        WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r' AND c.relname::text = ANY (v_tables)
        GROUP BY c.relname
    ), q AS (
        SELECT o.ord, o.op,
               CASE WHEN jsonb_typeof(o.op) = 'object' AND pg_input_is_valid(o.op->>'op_id', 'uuid')
                    THEN (o.op->>'op_id')::uuid END AS op_id,
               CASE WHEN jsonb_typeof(o.op) = 'object' THEN o.op->>'table' END AS tbl,
               CASE WHEN jsonb_typeof(o.op) = 'object' THEN o.op->>'row_id' END AS row_id,
               CASE WHEN jsonb_typeof(o.op) = 'object' THEN o.op->'fields' END AS fields
        FROM unnest(v_arr) WITH ORDINALITY AS o(op, ord)
    )
    SELECT array_agg(coalesce(p.new, false) ORDER BY p.ord)
    INTO v_new
    FROM (SELECT q.ord, q.tbl,
                 q.op_id IS NOT NULL AND NOT q.op_id = ANY (v_seen)
                 AND row_number() OVER (PARTITION BY q.op_id ORDER BY q.ord) = 1
                 AND cols.tbl IS NOT NULL
                 AND coalesce(q.row_id, '') <> '' AND length(q.row_id) <= 64
                 AND row_number() OVER (PARTITION BY q.tbl, q.row_id ORDER BY q.ord) = 1
                 AND NOT (q.tbl || ' ' || q.row_id) = ANY (v_existing)
                 AND (q.op->>'base_version' IS NULL OR pg_input_is_valid(q.op->>'base_version', 'bigint'))
                 -- every field a column of the table (not field_versions), no other station's code
                 AND CASE WHEN jsonb_typeof(q.fields) = 'object'
                          THEN (q.fields - cols.names) = '{}'::jsonb
                               AND (me.is_hq OR NOT q.fields ? 'station_code'
                                    OR q.fields->>'station_code' IS NOT DISTINCT FROM me.station_code)
                          ELSE false END AS new
          FROM q LEFT JOIN cols ON cols.tbl = q.tbl) AS p;

    -- In op order: each run of new ops of one table at once, every other op through apply_op.
    WHILE i <= n LOOP
        IF v_new[i] THEN
            j := i;
            WHILE j < n AND v_new[j + 1] LOOP
                j := j + 1;
            END LOOP;
            BEGIN
                v_res := sentra.insert_new_ops(v_arr[i:j], me.station_code, me.is_hq);
            EXCEPTION WHEN data_exception OR integrity_constraint_violation OR insufficient_privilege THEN
                -- Rolled back to here: the same ops one by one, each answered as 0002 answers it.
                v_res := '[]';
                FOR k IN i .. j LOOP
                    v_res := v_res || jsonb_build_array(sentra.apply_op(v_arr[k], me.station_code, me.is_hq));
                END LOOP;
            END;
            v_results := v_results || v_res;
            i := j + 1;
        ELSE
            v_results := v_results || jsonb_build_array(sentra.apply_op(v_arr[i], me.station_code, me.is_hq));
            i := i + 1;
        END IF;
    END LOOP;
    RETURN jsonb_build_object('epoch', (SELECT epoch FROM sentra.meta), 'results', v_results);
END
$fn$;
"""
