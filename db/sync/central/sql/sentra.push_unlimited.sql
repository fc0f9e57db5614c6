CREATE OR REPLACE FUNCTION sentra.push_unlimited(payload jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
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

    -- A "new" op: it can only insert a new row; 0002 would apply it without a merge. The same test as
    -- 0004's, with each op's own checks made in one pass that leaves the op out of what is sorted after.
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
    ), q AS MATERIALIZED (  -- per op: its keys, and whether its shape allows a plain insert
        SELECT o.ord, o.op_id, o.tbl, o.row_id,
               cols.tbl IS NOT NULL
               AND coalesce(o.row_id, '') <> '' AND length(o.row_id) <= 64
               AND (o.base IS NULL OR pg_input_is_valid(o.base, 'bigint'))
               -- every field a column of the table (not field_versions), no other station's code
               AND CASE WHEN v_columnar[o.ord]
                        THEN coalesce(given.ok, false)
                             AND jsonb_typeof(o.vals) = 'array'
                             AND jsonb_array_length(o.vals) = given.width
                             AND (me.is_hq OR given.sc IS NULL
                                  OR o.vals->>given.sc IS NOT DISTINCT FROM me.station_code)
                        WHEN jsonb_typeof(o.fields) = 'object'
                        THEN (o.fields - cols.names) = '{}'::jsonb
                             AND (me.is_hq OR NOT o.fields ? 'station_code'
                                  OR o.fields->>'station_code' IS NOT DISTINCT FROM me.station_code)
                        ELSE false END AS shape_ok
        FROM (SELECT e.ord,
                     CASE WHEN pg_input_is_valid(e.op->>'op_id', 'uuid') THEN (e.op->>'op_id')::uuid END
                         AS op_id,
                     e.op->>'table' AS tbl, e.op->>'row_id' AS row_id, e.op->>'base_version' AS base,
                     e.op->'values' AS vals, e.op->'fields' AS fields
              FROM unnest(v_arr) WITH ORDINALITY AS e(op, ord)) AS o  -- not an object: all null, not new
        LEFT JOIN cols ON cols.tbl = o.tbl LEFT JOIN given ON given.tbl = o.tbl
    )
    SELECT array_agg(coalesce(p.new, false) ORDER BY p.ord)
    INTO v_new
    FROM (SELECT q.ord,
                 q.shape_ok AND q.op_id IS NOT NULL AND NOT q.op_id = ANY (v_seen)
                 AND row_number() OVER (PARTITION BY q.op_id ORDER BY q.ord) = 1
                 AND row_number() OVER (PARTITION BY q.tbl, q.row_id ORDER BY q.ord) = 1
                 AND NOT (q.tbl || ' ' || q.row_id) = ANY (v_existing) AS new
          FROM q) AS p;

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
$function$
