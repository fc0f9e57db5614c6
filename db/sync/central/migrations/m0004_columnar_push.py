"""Central migration 0004: columnar ops (protocol 2, docs/sync-protocol.md), inserted set-based.

A push may now carry `columns` (table -> column names, once per push) and ops with `values` (one value per
column, in that order) instead of a `fields` object. The station sends its full-row ops this way once the
server has answered `protocol: 2`: the names are not repeated in every op, and PostgreSQL reads an array far
faster than an object of ~40 keys.

A run of such ops that can only insert new rows (the same test as 0003's "new" ops) is inserted with one
statement per table that casts each value straight to its column type. The log keeps its copy of each row
(`sync.pull` is unchanged); the history does not: `row_history.after` stays NULL for these version-1 rows (the
column becomes nullable), as version 1 of such a row is its version-2 history's `before`, or the row itself
while it is at version 1. Every other op (updates, merges, refusals, duplicates) is turned back into a
`fields` op and goes through `apply_op` as before, so the merge rules and the answers are unchanged.

Op ids: a columnar op's payload hash is `v:` and PostgreSQL's 64-bit hash of the jsonb op. A retry that
comes back in the other form (a lost answer around the moment the station learned protocol 2) cannot be
compared and is accepted as the duplicate it is; a retry in the same form is compared as before.
"""

SQL = r"""
ALTER TABLE sentra.row_history ALTER COLUMN after DROP NOT NULL;
COMMENT ON COLUMN sentra.row_history.after IS
    'NULL for version 1 of a row inserted by a columnar op: the next version''s before, or the row itself';

-- A columnar op as a `fields` op (what apply_op/merge_op read); other ops unchanged. Values that do not
-- match the push's columns (another count; a name that is not a string, or given twice) give
-- `fields: null`, which merge_op refuses ("fields must be an object").
CREATE FUNCTION sentra.values_to_fields(op jsonb, cols jsonb) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, sentra, pg_temp
RETURN CASE
    WHEN jsonb_typeof(op) IS DISTINCT FROM 'object' OR NOT op ? 'values' THEN op
    WHEN jsonb_typeof(op->'values') = 'array' AND jsonb_typeof(cols->(op->>'table')) = 'array'
         AND jsonb_array_length(op->'values') = jsonb_array_length(cols->(op->>'table'))
         AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(cols->(op->>'table')) AS x
                         WHERE jsonb_typeof(x) IS DISTINCT FROM 'string')
         AND (SELECT count(DISTINCT x) FROM jsonb_array_elements(cols->(op->>'table')) AS x)
             = jsonb_array_length(cols->(op->>'table'))
    THEN (op - 'values') || jsonb_build_object('fields', (
        SELECT coalesce(jsonb_object_agg(c.value #>> '{}', v.value), '{}')
        FROM jsonb_array_elements(cols->(op->>'table')) WITH ORDINALITY AS c(value, n)
        JOIN jsonb_array_elements(op->'values') WITH ORDINALITY AS v(value, n) ON v.n = c.n))
    ELSE (op - 'values') || jsonb_build_object('fields', NULL::jsonb)
END;

-- 0002's apply_op with the op's hash given by the caller (see sync.push) and the cross-form retry rule.
CREATE FUNCTION sentra.apply_op(op jsonb, caller text, is_hq boolean, p_hash text) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    v_op_id uuid;
    v_seen sentra.applied_ops;
    v_result jsonb;
BEGIN
    BEGIN
        v_op_id := (op->>'op_id')::uuid;
    EXCEPTION WHEN invalid_text_representation THEN
        v_op_id := NULL;
    END;
    IF v_op_id IS NULL THEN
        RETURN jsonb_build_object('op_id', op->'op_id', 'status', 'rejected',
                                  'reason', 'op_id is not a uuid');
    END IF;
    -- Claims the op id; a concurrent push of the same id waits here until the first one commits.
    INSERT INTO sentra.applied_ops (op_id, station_code, payload_hash, result)
    VALUES (v_op_id, caller, p_hash, '{}') ON CONFLICT (op_id) DO NOTHING;
    IF NOT FOUND THEN
        SELECT * INTO v_seen FROM sentra.applied_ops WHERE op_id = v_op_id;
        IF v_seen.station_code IS DISTINCT FROM caller
           OR (v_seen.payload_hash <> p_hash
               AND starts_with(v_seen.payload_hash, 'v:') = starts_with(p_hash, 'v:')) THEN
            RETURN sentra.rejected(v_op_id, 'op id reused');
        END IF;
        RETURN v_seen.result
            || jsonb_build_object('status', 'duplicate', 'first_status', v_seen.result->'status');
    END IF;
    BEGIN
        v_result := sentra.merge_op(v_op_id, op, caller, is_hq);
    EXCEPTION
        WHEN unique_violation OR insufficient_privilege THEN
            v_result := jsonb_build_object('op_id', v_op_id, 'status', 'rejected',
                                           'reason', 'row belongs to another station');
        WHEN data_exception OR integrity_constraint_violation THEN
            v_result := sentra.rejected(v_op_id, SQLERRM);
    END;
    UPDATE sentra.applied_ops SET result = v_result WHERE op_id = v_op_id;
    RETURN v_result;
END
$fn$;

-- A run of new-row columnar ops (see sync.push), applied set-based; returns the answers in op order.
CREATE FUNCTION sentra.insert_value_ops(ops jsonb[], hashes text[], cols jsonb, caller text, is_hq boolean)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    writer text := CASE WHEN is_hq THEN '*hq' ELSE caller END;
    v_rel regclass;
    v_keys text[] := '{}';
    v_scopes text[] := '{}';
    v_part_keys text[];
    v_part_scopes text[];
    v_rows jsonb[] := '{}';
    v_part_rows jsonb[];
    v_names text;
    v_sel text;
    v_fv jsonb;
    v_results jsonb;
    t text;
BEGIN
    -- Claims the op ids (a concurrent push of the same id waits here, then fails the run: replayed op by op).
    INSERT INTO sentra.applied_ops (op_id, station_code, payload_hash, result)
    SELECT (o.op->>'op_id')::uuid, caller, o.h,
           jsonb_build_object('op_id', (o.op->>'op_id')::uuid, 'status', 'applied', 'version', 1,
                              'conflicts', '[]'::jsonb)
    FROM unnest(ops, hashes) WITH ORDINALITY AS o(op, h, n)
    ORDER BY o.n;

    -- One insert per table: each value cast to its column's type, as merge_op's jsonb_populate_record does.
    -- The server decides id (the op's row_id), version, updated_at and, for a station, station_code;
    -- created_at is the op's or now(). Every field the op carries is at version 1, written by the caller.
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
        IF NOT (cols->t) ? 'created_at' AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = v_rel
                                                   AND attname = 'created_at' AND NOT attisdropped) THEN
            v_names := concat_ws(', ', v_names, 'created_at');
            v_sel := concat_ws(', ', v_sel, 'now()');
        END IF;
        -- A row of another station is invisible (row-level security): skipped by ON CONFLICT, its op
        -- rejected below, as 0002 does after its primary-key violation.
        EXECUTE format(
            'WITH ins AS (INSERT INTO sentra.%1$I AS t (%2$s, id, version, updated_at, field_versions) '
            'SELECT %3$s, r.op->>''row_id'', 1, now(), $3 '
            'FROM unnest($1) WITH ORDINALITY AS r(op, n), LATERAL (SELECT r.op->''values'' AS v) AS rv(v) '
            'WHERE r.op->>''table'' = $2 ORDER BY r.n '
            'ON CONFLICT (id) DO NOTHING '
            'RETURNING t.id, t.station_code, to_jsonb(t) - ''field_versions'' AS a) '
            'SELECT coalesce(array_agg($2 || '' '' || ins.id), ''{}''), '
            'coalesce(array_agg(ins.station_code), ''{}''), coalesce(array_agg(ins.a), ''{}'') FROM ins',
            t, coalesce(v_names, 'station_code'), coalesce(v_sel, 'NULL'))
            INTO v_part_keys, v_part_scopes, v_part_rows USING ops, t, coalesce(v_fv, '{}'), caller;
        v_keys := v_keys || v_part_keys;
        v_scopes := v_scopes || v_part_scopes;
        v_rows := v_rows || v_part_rows;
    END LOOP;

    -- The history (without a copy of the row, see above) and the log of the inserted rows, in op order.
    WITH done AS (
        SELECT u.n, (u.op->>'op_id')::uuid AS op_id, u.op->>'table' AS tbl, u.op->>'row_id' AS row_id,
               w.scope, w.row
        FROM unnest(ops) WITH ORDINALITY AS u(op, n)
        LEFT JOIN unnest(v_keys, v_scopes, v_rows) AS w(key, scope, row)
               ON w.key = (u.op->>'table') || ' ' || (u.op->>'row_id')
    ), hist AS (
        INSERT INTO sentra.row_history (tbl, row_id, version, before, after, op_id, writer)
        SELECT h.tbl, h.row_id, 1, NULL, NULL, h.op_id, writer
        FROM done AS h WHERE h.scope IS NOT NULL ORDER BY h.n
    ), cl AS (
        INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row, op_id)
        SELECT (SELECT m.epoch FROM sentra.meta AS m), l.scope, l.tbl, l.row_id, 1, l.row, l.op_id
        FROM done AS l WHERE l.scope IS NOT NULL ORDER BY l.n
    )
    SELECT jsonb_agg(CASE WHEN d.scope IS NOT NULL
                          THEN jsonb_build_object('op_id', d.op_id, 'status', 'applied', 'version', 1,
                                                  'conflicts', '[]'::jsonb)
                          ELSE jsonb_build_object('op_id', d.op_id, 'status', 'rejected',
                                                  'reason', 'row belongs to another station') END
                     ORDER BY d.n)
    INTO v_results
    FROM done AS d;
    IF coalesce(array_length(v_keys, 1), 0) < array_length(ops, 1) THEN
        UPDATE sentra.applied_ops AS a SET result = e.value
        FROM jsonb_array_elements(v_results) AS e
        WHERE e.value->>'status' = 'rejected' AND a.op_id = (e.value->>'op_id')::uuid;
    END IF;
    RETURN v_results;
END
$fn$;

-- 0003's push, with columnar ops: classified the same way (their columns checked once per table), runs of
-- new ops applied per form (insert_value_ops / insert_new_ops), every other op through apply_op as a
-- `fields` op. Up to 2,000 ops per push.
CREATE OR REPLACE FUNCTION sync.push(payload jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    me sentra.station_role := sentra.caller();
    v_ops jsonb := payload->'ops';
    v_cols jsonb := CASE WHEN jsonb_typeof(payload->'columns') = 'object' THEN payload->'columns'
                         ELSE '{}' END;
    v_results jsonb := '[]';
    v_arr jsonb[];
    v_hash text[];
    v_new boolean[];
    v_columnar boolean[];
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
    IF n > 2000 THEN
        RAISE EXCEPTION 'sentra: at most 2000 ops per push, got %', n
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    SELECT coalesce(array_agg(e.op ORDER BY e.ord), '{}'),
           -- The hash kept in applied_ops for an op id: the sha-256 of a `fields` op's text (as 0002 and
           -- 0003 keep it); for a columnar op, `v:` and PostgreSQL's 64-bit hash of the jsonb value (a
           -- tenth of the cost: no text is made).
           coalesce(array_agg(CASE WHEN jsonb_typeof(e.op) = 'object' AND e.op ? 'values'
                                   THEN 'v:' || jsonb_hash_extended(e.op, 0)::text
                                   ELSE encode(sha256(convert_to(e.op::text, 'UTF8')), 'hex') END
                              ORDER BY e.ord), '{}'),
           coalesce(array_agg(jsonb_typeof(e.op) = 'object' AND e.op ? 'values' ORDER BY e.ord), '{}')
    INTO v_arr, v_hash, v_columnar
    FROM jsonb_array_elements(v_ops) WITH ORDINALITY AS e(op, ord);

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
    WITH cols AS MATERIALIZED (
        SELECT c.relname::text AS tbl, array_agg(a.attname::text) AS names
        FROM pg_class AS c
        JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
                                  AND a.attname <> 'field_versions'
        WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r' AND c.relname::text = ANY (v_tables)
        GROUP BY c.relname
    ), given AS MATERIALIZED (  -- a columnar table's columns: known ones, no repeats; where station_code is
        SELECT g.key AS tbl, jsonb_array_length(g.value) AS width,
               jsonb_array_length(g.value) > 0
               AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(g.value) AS x
                               WHERE jsonb_typeof(x) IS DISTINCT FROM 'string'
                                  OR NOT (x #>> '{}') = ANY (cols.names))
               AND (SELECT count(DISTINCT x) FROM jsonb_array_elements_text(g.value) AS x)
                   = jsonb_array_length(g.value) AS ok,
               (SELECT (x.n - 1)::int FROM jsonb_array_elements_text(g.value) WITH ORDINALITY AS x(c, n)
                WHERE x.c = 'station_code') AS sc
        FROM jsonb_each(v_cols) AS g JOIN cols ON cols.tbl = g.key
        WHERE jsonb_typeof(g.value) = 'array'
    ), q AS (
        SELECT o.ord, o.op, v_columnar[o.ord] AS columnar,
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
                 AND CASE WHEN q.columnar
                          THEN coalesce(given.ok, false)
                               AND jsonb_typeof(q.op->'values') = 'array'
                               AND jsonb_array_length(q.op->'values') = given.width
                               AND (me.is_hq OR given.sc IS NULL
                                    OR q.op->'values'->>given.sc IS NOT DISTINCT FROM me.station_code)
                          WHEN jsonb_typeof(q.fields) = 'object'
                          THEN (q.fields - cols.names) = '{}'::jsonb
                               AND (me.is_hq OR NOT q.fields ? 'station_code'
                                    OR q.fields->>'station_code' IS NOT DISTINCT FROM me.station_code)
                          ELSE false END AS new
          FROM q LEFT JOIN cols ON cols.tbl = q.tbl LEFT JOIN given ON given.tbl = q.tbl) AS p;

    -- In op order: each run of new ops of one form at once, every other op through apply_op.
    WHILE i <= n LOOP
        IF v_new[i] THEN
            j := i;
            WHILE j < n AND v_new[j + 1] AND v_columnar[j + 1] = v_columnar[i] LOOP
                j := j + 1;
            END LOOP;
            BEGIN
                IF v_columnar[i] THEN
                    v_res := sentra.insert_value_ops(v_arr[i:j], v_hash[i:j], v_cols,
                                                     me.station_code, me.is_hq);
                ELSE
                    v_res := sentra.insert_new_ops(v_arr[i:j], me.station_code, me.is_hq);
                END IF;
            EXCEPTION WHEN data_exception OR integrity_constraint_violation OR insufficient_privilege THEN
                -- Rolled back to here: the same ops one by one, each answered as 0002 answers it.
                v_res := '[]';
                FOR k IN i .. j LOOP
                    v_res := v_res || jsonb_build_array(sentra.apply_op(
                        sentra.values_to_fields(v_arr[k], v_cols), me.station_code, me.is_hq, v_hash[k]));
                END LOOP;
            END;
            v_results := v_results || v_res;
            i := j + 1;
        ELSE
            v_results := v_results || jsonb_build_array(sentra.apply_op(
                sentra.values_to_fields(v_arr[i], v_cols), me.station_code, me.is_hq, v_hash[i]));
            i := i + 1;
        END IF;
    END LOOP;
    RETURN jsonb_build_object('epoch', (SELECT epoch FROM sentra.meta), 'protocol', 2, 'results', v_results);
END
$fn$;
"""
