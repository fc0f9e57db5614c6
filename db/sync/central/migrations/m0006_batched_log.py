"""Central migration 0006: a run of columnar inserts is logged once per table, not once per row.

A push of 1,000 new rows wrote 4,000 rows on the server (the row, its op id, its history, its log row) and
built two JSON objects of ~40 keys per row: the log's copy of the row and `field_versions`. Building and
storing those copies was about half the server's time for such a push. Now, for a run of columnar inserts
(0004's `insert_value_ops`):

- `change_log` gets ONE row per table and station: `row_ids` (the inserted rows' ids), `n_rows`
  their number, and no copy (`row` and `row_id` null). `sync.pull` reads those rows from their table when it
  sends the batch: each as it is then, with its version then (a row changed since is sent at its newer
  version, which its own later log row sends again; a row that left the station is not sent, its move is).
- `field_versions` is `{"*": [1, writer]}` when the ops give every column (a desk's full rows): every field
  at version 1, written by the caller. `merge_op` reads a field without an entry of its own from `*` (its
  one change from 0002); its updates name their fields. Ops that give fewer columns name them, as before.
  A column a later migration adds would read `[1, writer]` from `*` too: the same as no entry except for
  an op with `base_version` 0 from another writer (a migration that adds a column may name it instead).
- `row_history` gets one row per table too: `row_ids` and, in the same order, the `op_ids` that inserted
  them at version 1 (as in 0004, no copy of the rows: version 1 is version 2's `before`, or the row itself).

`sync.pull` gets a fifth argument, `protocol` (default 1). A caller that passes 3 receives a batch as one
item: `{"table", "columns", "values": [[...], ...], "xid", "seq"}`, each row an array of its values in the
order of `columns` (every column but `field_versions`, in name order, `version` among them). An older
caller (4 arguments) gets one row item per row, as before. `max_rows` counts a batch's rows, but a batch is
never split: a page ends with the batch that reaches the limit. Every pull answer says `"protocol": 3`.
"""

SQL = r"""
ALTER TABLE sentra.change_log ALTER COLUMN row_id DROP NOT NULL, ALTER COLUMN row DROP NOT NULL,
    ADD COLUMN row_ids text[], ADD COLUMN n_rows int;
ALTER TABLE sentra.change_log ADD CONSTRAINT change_log_row_or_batch CHECK (
    CASE WHEN row_ids IS NULL THEN row_id IS NOT NULL AND row IS NOT NULL AND n_rows IS NULL
         ELSE row_id IS NULL AND row IS NULL AND n_rows = cardinality(row_ids) AND n_rows > 0 END);
COMMENT ON COLUMN sentra.change_log.row_ids IS
    'Rows inserted at version 1 together (central 0006), sent as they are when pulled; NULL: one row, in row';
ALTER TABLE sentra.row_history ALTER COLUMN row_id DROP NOT NULL, ADD COLUMN row_ids text[],
    ADD COLUMN op_ids uuid[];
ALTER TABLE sentra.row_history ADD CONSTRAINT row_history_row_or_batch CHECK (
    CASE WHEN row_ids IS NULL THEN row_id IS NOT NULL AND op_ids IS NULL
         ELSE row_id IS NULL AND op_id IS NULL AND before IS NULL AND after IS NULL AND version = 1
              AND cardinality(op_ids) = cardinality(row_ids) END);
COMMENT ON COLUMN sentra.row_history.row_ids IS
    'Version 1 of rows inserted together (central 0006), row_ids[i] by op op_ids[i]; NULL: one row';

-- 0002's merge_op, reading '*' for a field without an entry of its own.
CREATE OR REPLACE FUNCTION sentra.merge_op(p_op_id uuid, op jsonb, caller text, is_hq boolean) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    writer text := CASE WHEN is_hq THEN '*hq' ELSE caller END;
    v_tbl text := op->>'table';
    v_row_id text := op->>'row_id';
    v_fields jsonb := op->'fields';
    v_rel regclass;
    v_base bigint;
    v_cols text[];
    v_bad text;
    v_norm jsonb;
    v_cur jsonb;
    v_new jsonb;
    v_after jsonb;
    v_fv jsonb;
    f jsonb;
    k text;
    v_version bigint;
    v_changes jsonb := '{}';
    v_conflicts jsonb := '[]';
    v_concurrent boolean := false;
    v_lost boolean := false;
    v_plain boolean;
    v_owner text;
    v_set text;
BEGIN
    IF v_tbl IS NULL OR v_tbl !~ '^[a-z_]+$' THEN
        RETURN sentra.rejected(p_op_id, 'unknown table');
    END IF;
    v_rel := to_regclass(format('sentra.%I', v_tbl));
    IF v_rel IS NULL OR NOT EXISTS (SELECT 1 FROM pg_attribute
                                    WHERE attrelid = v_rel AND attname = 'field_versions'
                                      AND NOT attisdropped) THEN
        RETURN sentra.rejected(p_op_id, 'unknown table ' || v_tbl);
    END IF;
    IF coalesce(v_row_id, '') = '' OR length(v_row_id) > 64 THEN
        RETURN sentra.rejected(p_op_id, 'row_id missing or too long');
    END IF;
    IF jsonb_typeof(v_fields) IS DISTINCT FROM 'object' THEN
        RETURN sentra.rejected(p_op_id, 'fields must be an object');
    END IF;
    v_base := coalesce((op->>'base_version')::bigint, 0);
    -- The server decides these; a full-row op may carry them.
    v_fields := v_fields - ARRAY['id', 'version', 'updated_at'];
    SELECT array_agg(attname::text) INTO v_cols FROM pg_attribute
    WHERE attrelid = v_rel AND attnum > 0 AND NOT attisdropped AND attname <> 'field_versions';
    SELECT key INTO v_bad FROM jsonb_object_keys(v_fields) AS key WHERE key <> ALL (v_cols) LIMIT 1;
    IF v_bad IS NOT NULL THEN
        RETURN sentra.rejected(p_op_id, 'unknown field ' || v_bad);
    END IF;
    IF NOT is_hq AND v_fields ? 'station_code' AND v_fields->>'station_code' IS DISTINCT FROM caller THEN
        RETURN jsonb_build_object('op_id', p_op_id, 'status', 'rejected',
                                  'reason', 'station_code is not the caller''s station');
    END IF;
    -- Normalise the op's values through the column types (a bad value raises: the op is rejected).
    EXECUTE format('SELECT to_jsonb(r) FROM jsonb_populate_record(NULL::sentra.%I, $1) AS r', v_tbl)
        INTO v_norm USING v_fields;
    SELECT coalesce(jsonb_object_agg(key, value), '{}') INTO v_norm
    FROM jsonb_each(v_norm) WHERE v_fields ? key;

    EXECUTE format('SELECT to_jsonb(t) FROM sentra.%I AS t WHERE id = $1 FOR UPDATE', v_tbl)
        INTO v_cur USING v_row_id;
    IF v_cur IS NULL THEN
        IF NOT is_hq THEN
            v_norm := v_norm || jsonb_build_object('station_code', caller);
        END IF;
        SELECT coalesce(jsonb_object_agg(key, jsonb_build_array(1, writer)), '{}') INTO v_fv
        FROM jsonb_object_keys(v_norm) AS key;
        v_new := v_norm || jsonb_build_object('id', v_row_id, 'version', 1, 'field_versions', v_fv,
                                              'updated_at', now());
        IF v_new->>'created_at' IS NULL THEN
            v_new := v_new || jsonb_build_object('created_at', now());
        END IF;
        -- A row of another station is invisible here (row-level security): the insert then fails on the
        -- primary key and the op is rejected without telling anything about that row.
        EXECUTE format('INSERT INTO sentra.%I AS t SELECT * FROM jsonb_populate_record(NULL::sentra.%I, $1) '
                       'RETURNING to_jsonb(t)', v_tbl, v_tbl) INTO v_after USING v_new;
        v_version := 1;
    ELSE
        IF NOT is_hq AND v_cur->>'station_code' IS DISTINCT FROM caller THEN
            RETURN jsonb_build_object('op_id', p_op_id, 'status', 'rejected',
                                      'reason', 'row belongs to another station');
        END IF;
        v_version := (v_cur->>'version')::bigint;
        v_fv := v_cur->'field_versions';
        FOR k IN SELECT key FROM jsonb_object_keys(v_norm) AS key ORDER BY key LOOP
            f := coalesce(v_fv->k, v_fv->'*');  -- 0006: '*' stands for every field not named
            v_plain := f IS NULL OR (f->>0)::bigint <= v_base OR f->>1 = writer;
            IF v_norm->k = v_cur->k THEN
                v_concurrent := v_concurrent OR NOT v_plain;
            ELSIF v_plain THEN
                v_changes := v_changes || jsonb_build_object(k, v_norm->k);
            ELSE
                v_concurrent := true;
                SELECT o.owner INTO v_owner FROM sentra.field_owner AS o WHERE o.tbl = v_tbl AND o.field = k;
                IF (coalesce(v_owner, 'station') = 'hq') = is_hq THEN
                    v_changes := v_changes || jsonb_build_object(k, v_norm->k);
                    v_conflicts := v_conflicts || jsonb_build_array(jsonb_build_object(
                        'field', k, 'kept', v_norm->k, 'lost', v_cur->k, 'winner', writer, 'loser', f->>1));
                ELSE
                    v_lost := true;
                    v_conflicts := v_conflicts || jsonb_build_array(jsonb_build_object(
                        'field', k, 'kept', v_cur->k, 'lost', v_norm->k, 'winner', f->>1, 'loser', writer));
                END IF;
            END IF;
        END LOOP;
        INSERT INTO sentra.conflicts (op_id, station_code, tbl, row_id, field, kept, lost, winner, loser,
                                      base_version, server_version)
        SELECT p_op_id, v_cur->>'station_code', v_tbl, v_row_id, c->>'field', c->'kept', c->'lost',
               c->>'winner', c->>'loser', v_base, v_version
        FROM jsonb_array_elements(v_conflicts) AS c;
        IF v_changes <> '{}' THEN
            v_version := v_version + 1;
            SELECT v_fv || jsonb_object_agg(key, jsonb_build_array(v_version, writer)) INTO v_fv
            FROM jsonb_object_keys(v_changes) AS key;
            v_new := v_changes || jsonb_build_object('version', v_version, 'field_versions', v_fv,
                                                     'updated_at', now());
            SELECT string_agg(format('%I = r.%I', key, key), ', ') INTO v_set
            FROM jsonb_object_keys(v_new) AS key;
            EXECUTE format('UPDATE sentra.%I AS t SET %s '
                           'FROM jsonb_populate_record(NULL::sentra.%I, $1) AS r '
                           'WHERE t.id = $2 RETURNING to_jsonb(t)', v_tbl, v_set, v_tbl)
                INTO v_after USING v_new, v_row_id;
        END IF;
    END IF;
    IF v_after IS NOT NULL THEN
        INSERT INTO sentra.row_history (tbl, row_id, version, before, after, op_id, writer)
        VALUES (v_tbl, v_row_id, v_version, v_cur, v_after, p_op_id, writer);
        INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row, op_id)
        VALUES ((SELECT epoch FROM sentra.meta), v_after->>'station_code', v_tbl, v_row_id, v_version,
                v_after - 'field_versions', p_op_id);
    END IF;
    RETURN jsonb_build_object(
        'op_id', p_op_id,
        'status', CASE WHEN v_lost THEN 'conflict' WHEN v_concurrent THEN 'merged' ELSE 'applied' END,
        'version', v_version, 'conflicts', v_conflicts);
END
$fn$;

-- 0004's insert_value_ops: a compact field_versions, one log row and one history row per table and
-- station (see above), and no ON CONFLICT: sync.push replays the run op by op if any insert fails (a row
-- of another station, invisible here under row-level security, or one a concurrent push inserted first).
CREATE OR REPLACE FUNCTION sentra.insert_value_ops(ops jsonb[], hashes text[], cols jsonb, caller text,
                                                   is_hq boolean)
RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
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
$fn$;

-- The columns a batch is sent with: every column but field_versions, in name order.
CREATE FUNCTION sentra.batch_columns(p_tbl text) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, sentra, pg_temp
RETURN (SELECT array_agg(a.attname::text ORDER BY a.attname) FROM pg_attribute AS a
        WHERE a.attrelid = format('sentra.%I', p_tbl)::regclass AND a.attnum > 0 AND NOT a.attisdropped
          AND a.attname <> 'field_versions');

-- A batch's rows as they are now, in its order, those the caller may see (row-level security): each as an
-- array of its values in the order of batch_columns (protocol 3), or as an object (older callers).
CREATE FUNCTION sentra.batch_rows(p_tbl text, p_ids text[], as_objects boolean)
RETURNS TABLE (n bigint, row_id text, version bigint, content jsonb)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
BEGIN
    RETURN QUERY EXECUTE format(
        'SELECT u.n, t.id, t.version, %s FROM unnest($1) WITH ORDINALITY AS u(id, n) '
        'JOIN sentra.%I AS t ON t.id = u.id ORDER BY u.n',
        CASE WHEN as_objects THEN 'to_jsonb(t) - ''field_versions'''
             ELSE 'jsonb_build_array(' || (SELECT string_agg(format('t.%I', c), ', ')
                                           FROM unnest(sentra.batch_columns(p_tbl)) AS c) || ')' END,
        p_tbl) USING p_ids;
END
$fn$;

-- 0002's pull with batches (see above); a caller of protocol 3 passes `protocol`. One pass over the log
-- rows, as 0002's; an older caller's batches are then spread into row items (only while desks upgrade).
DROP FUNCTION sync.pull(uuid, xid8, bigint, int);
CREATE FUNCTION sync.pull(p_epoch uuid, after_xid xid8, after_seq bigint, max_rows int,
                          protocol int DEFAULT 1) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    me sentra.station_role := sentra.caller();
    v_epoch uuid := (SELECT epoch FROM sentra.meta);
    v_lim int := least(greatest(coalesce(max_rows, 1000), 1), 1000);
    -- Nothing at or above the oldest transaction still running: it may yet commit rows below the cursor.
    v_horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    ax xid8 := coalesce(after_xid, '0'::xid8);
    aseq bigint := coalesce(after_seq, 0);
    v_batches boolean := coalesce(protocol, 1) >= 3;
    v_rows jsonb;
    v_more boolean;
    v_spread boolean;
    v_last jsonb;
BEGIN
    IF p_epoch IS NULL OR p_epoch <> v_epoch THEN
        RETURN jsonb_build_object('epoch', v_epoch, 'reset', true, 'rows', '[]'::jsonb, 'protocol', 3);
    END IF;
    -- The next log rows in (xid, seq) order, up to max_rows rows counting a batch's rows: `ahead` is the
    -- number of rows before a log row; the first one is always taken. Every log row taken gives one item
    -- (a batch with none of its rows left to send too), so the last item's (xid, seq) is the cursor.
    SELECT coalesce(jsonb_agg(CASE
               WHEN s.row_ids IS NULL
               THEN jsonb_build_object('table', s.tbl, 'row_id', s.row_id, 'version', s.version,
                                       'row', s.row, 'xid', s.xid::text, 'seq', s.seq)
               WHEN v_batches
               THEN jsonb_build_object(
                        'table', s.tbl, 'columns', to_jsonb(sentra.batch_columns(s.tbl)),
                        'values', (SELECT coalesce(jsonb_agg(b.content ORDER BY b.n), '[]')
                                   FROM sentra.batch_rows(s.tbl, s.row_ids, false) AS b),
                        'xid', s.xid::text, 'seq', s.seq)
               ELSE jsonb_build_object(  -- spread below
                        'spread', (SELECT coalesce(jsonb_agg(jsonb_build_object(
                                       'table', s.tbl, 'row_id', b.row_id, 'version', b.version,
                                       'row', b.content, 'xid', s.xid::text, 'seq', s.seq)
                                       ORDER BY b.n), '[]')
                                   FROM sentra.batch_rows(s.tbl, s.row_ids, true) AS b),
                        'xid', s.xid::text, 'seq', s.seq)
           END ORDER BY s.xid, s.seq) FILTER (WHERE s.taken), '[]'),
           coalesce(bool_or(NOT s.taken), false),
           coalesce(bool_or(s.taken AND s.row_ids IS NOT NULL AND NOT v_batches), false)
    INTO v_rows, v_more, v_spread
    FROM (SELECT u.*, (row_number() OVER w = 1
                       OR (row_number() OVER w <= v_lim
                           AND sum(coalesce(u.n_rows, 1)) OVER w - coalesce(u.n_rows, 1) < v_lim)) AS taken
          FROM (
            (SELECT c.xid, c.seq, c.tbl, c.row_id, c.version, c.row, c.row_ids, c.n_rows
             FROM sentra.change_log AS c
             WHERE me.is_hq AND (c.xid, c.seq) > (ax, aseq) AND c.xid < v_horizon
             ORDER BY c.xid, c.seq LIMIT v_lim + 1)
            UNION ALL
            (SELECT c.xid, c.seq, c.tbl, c.row_id, c.version, c.row, c.row_ids, c.n_rows
             FROM sentra.change_log AS c
             WHERE NOT me.is_hq AND c.scope = me.station_code
               AND (c.xid, c.seq) > (ax, aseq) AND c.xid < v_horizon
             ORDER BY c.xid, c.seq LIMIT v_lim + 1)
            UNION ALL
            (SELECT c.xid, c.seq, c.tbl, c.row_id, c.version, c.row, c.row_ids, c.n_rows
             FROM sentra.change_log AS c
             WHERE NOT me.is_hq AND c.scope = '*' AND (c.xid, c.seq) > (ax, aseq) AND c.xid < v_horizon
             ORDER BY c.xid, c.seq LIMIT v_lim + 1)
          ) AS u
          WINDOW w AS (ORDER BY u.xid, u.seq)
          ORDER BY u.xid, u.seq LIMIT v_lim + 1) AS s;
    v_last := v_rows->-1;
    IF v_spread THEN
        SELECT coalesce(jsonb_agg(coalesce(r.value, i.value) ORDER BY i.n, r.n), '[]') INTO v_rows
        FROM jsonb_array_elements(v_rows) WITH ORDINALITY AS i(value, n)
        LEFT JOIN LATERAL jsonb_array_elements(i.value->'spread') WITH ORDINALITY AS r(value, n) ON true
        WHERE NOT (i.value ? 'spread' AND r.value IS NULL);
    END IF;
    RETURN jsonb_build_object(
        'epoch', v_epoch, 'rows', v_rows, 'more', v_more, 'protocol', 3,
        'cursor', CASE WHEN v_last IS NULL THEN jsonb_build_object('xid', ax::text, 'seq', aseq)
                       ELSE jsonb_build_object('xid', v_last->'xid', 'seq', v_last->'seq') END);
END
$fn$;
"""
