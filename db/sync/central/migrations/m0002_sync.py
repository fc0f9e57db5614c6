"""Central migration 0002: `sync.push` and `sync.pull` (docs/sync-protocol.md) and their internal helpers.

`sentra.apply_op` and `sentra.merge_op` run inside `sync.push` as `sentra_owner`; nobody else may execute
them. Every function pins `search_path` and `TimeZone` (so times in JSON are always `+00:00`).
"""

SQL = r"""
CREATE FUNCTION sentra.rejected(p_op_id uuid, reason text) RETURNS jsonb
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, sentra, pg_temp
RETURN jsonb_build_object('op_id', p_op_id, 'status', 'rejected', 'reason', reason, 'version', NULL);
CREATE FUNCTION sentra.merge_op(p_op_id uuid, op jsonb, caller text, is_hq boolean) RETURNS jsonb
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
            f := v_fv->k;
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

CREATE FUNCTION sentra.apply_op(op jsonb, caller text, is_hq boolean) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    v_op_id uuid;
    v_hash text := encode(sha256(convert_to(op::text, 'UTF8')), 'hex');
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
    VALUES (v_op_id, caller, v_hash, '{}') ON CONFLICT (op_id) DO NOTHING;
    IF NOT FOUND THEN
        SELECT * INTO v_seen FROM sentra.applied_ops WHERE op_id = v_op_id;
        IF v_seen.station_code IS DISTINCT FROM caller OR v_seen.payload_hash <> v_hash THEN
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

CREATE FUNCTION sentra.caller() RETURNS sentra.station_role
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, sentra, pg_temp
AS $fn$
DECLARE
    me sentra.station_role;
BEGIN
    SELECT * INTO me FROM sentra.station_role WHERE role = session_user;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'sentra: role % is not a registered station', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM set_config('sentra.station', CASE WHEN me.is_hq THEN '*hq' ELSE me.station_code END, true);
    RETURN me;
END
$fn$;

CREATE FUNCTION sync.push(payload jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    me sentra.station_role := sentra.caller();
    v_ops jsonb := payload->'ops';
    v_results jsonb := '[]';
    op jsonb;
BEGIN
    IF jsonb_typeof(v_ops) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'sentra: payload.ops must be an array' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF jsonb_array_length(v_ops) > 200 THEN
        RAISE EXCEPTION 'sentra: at most 200 ops per push, got %', jsonb_array_length(v_ops)
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    FOR op IN SELECT e.value FROM jsonb_array_elements(v_ops) WITH ORDINALITY AS e ORDER BY e.ordinality LOOP
        v_results := v_results || jsonb_build_array(sentra.apply_op(op, me.station_code, me.is_hq));
    END LOOP;
    RETURN jsonb_build_object('epoch', (SELECT epoch FROM sentra.meta), 'results', v_results);
END
$fn$;

CREATE FUNCTION sync.pull(p_epoch uuid, after_xid xid8, after_seq bigint, max_rows int) RETURNS jsonb
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
    v_rows jsonb;
    v_n bigint;
    v_last jsonb;
BEGIN
    IF p_epoch IS NULL OR p_epoch <> v_epoch THEN
        RETURN jsonb_build_object('epoch', v_epoch, 'reset', true, 'rows', '[]'::jsonb);
    END IF;
    SELECT coalesce(jsonb_agg(jsonb_build_object('table', s.tbl, 'row_id', s.row_id, 'version', s.version,
                                                 'row', s.row, 'xid', s.xid::text, 'seq', s.seq)
                              ORDER BY s.xid, s.seq) FILTER (WHERE s.rn <= v_lim), '[]'),
           count(*)
    INTO v_rows, v_n
    FROM (SELECT u.*, row_number() OVER (ORDER BY u.xid, u.seq) AS rn FROM (
        (SELECT c.xid, c.seq, c.tbl, c.row_id, c.version, c.row FROM sentra.change_log AS c
         WHERE me.is_hq AND (c.xid, c.seq) > (ax, aseq) AND c.xid < v_horizon
         ORDER BY c.xid, c.seq LIMIT v_lim + 1)
        UNION ALL
        (SELECT c.xid, c.seq, c.tbl, c.row_id, c.version, c.row FROM sentra.change_log AS c
         WHERE NOT me.is_hq AND c.scope = me.station_code
           AND (c.xid, c.seq) > (ax, aseq) AND c.xid < v_horizon
         ORDER BY c.xid, c.seq LIMIT v_lim + 1)
        UNION ALL
        (SELECT c.xid, c.seq, c.tbl, c.row_id, c.version, c.row FROM sentra.change_log AS c
         WHERE NOT me.is_hq AND c.scope = '*' AND (c.xid, c.seq) > (ax, aseq) AND c.xid < v_horizon
         ORDER BY c.xid, c.seq LIMIT v_lim + 1)
    ) AS u) AS s WHERE s.rn <= v_lim + 1;
    v_last := v_rows->-1;
    RETURN jsonb_build_object(
        'epoch', v_epoch, 'rows', v_rows, 'more', v_n > v_lim,
        'cursor', CASE WHEN v_last IS NULL THEN jsonb_build_object('xid', ax::text, 'seq', aseq)
                       ELSE jsonb_build_object('xid', v_last->'xid', 'seq', v_last->'seq') END);
END
$fn$;

-- After restoring a backup: a new epoch, and the change log rebuilt from the data (one entry per row, all
-- with this transaction's xid, which is above every xid of the restored log's successors).
CREATE FUNCTION sentra.new_epoch() RETURNS uuid
LANGUAGE plpgsql SET search_path = pg_catalog, sentra, pg_temp SET TimeZone = 'UTC'
AS $fn$
DECLARE
    v_epoch uuid := gen_random_uuid();
    t text;
BEGIN
    PERFORM set_config('sentra.station', '*hq', true);
    UPDATE sentra.meta SET epoch = v_epoch;
    DELETE FROM sentra.change_log;
    FOR t IN SELECT c.relname FROM pg_class AS c JOIN pg_attribute AS a ON a.attrelid = c.oid
             WHERE c.relnamespace = 'sentra'::regnamespace AND c.relkind = 'r'
               AND a.attname = 'field_versions'
             ORDER BY c.relname
    LOOP
        EXECUTE format('INSERT INTO sentra.change_log (epoch, scope, tbl, row_id, version, row) '
                       'SELECT $1, t.station_code, $2, t.id, t.version, to_jsonb(t) - ''field_versions'' '
                       'FROM sentra.%I AS t ORDER BY t.id', t) USING v_epoch, t;
    END LOOP;
    RETURN v_epoch;
END
$fn$;
"""
