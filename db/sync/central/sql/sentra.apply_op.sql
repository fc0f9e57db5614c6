CREATE OR REPLACE FUNCTION sentra.apply_op(op jsonb, caller text, is_hq boolean, p_hash text)
 RETURNS jsonb
 LANGUAGE plpgsql
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
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
$function$
