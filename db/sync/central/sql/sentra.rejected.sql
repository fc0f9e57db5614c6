CREATE OR REPLACE FUNCTION sentra.rejected(p_op_id uuid, reason text)
 RETURNS jsonb
 LANGUAGE sql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
RETURN jsonb_build_object('op_id', p_op_id, 'status', 'rejected', 'reason', reason, 'version', NULL::unknown)
