CREATE OR REPLACE FUNCTION sentra.merge_op(p_op_id uuid, op jsonb, caller text, is_hq boolean)
 RETURNS jsonb
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
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
$function$
