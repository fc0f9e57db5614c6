CREATE OR REPLACE FUNCTION sync.push(payload jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
DECLARE
    lim sentra.limits;
    v_size bigint := pg_column_size(payload);
    v_ops jsonb := payload->'ops';
    v_refused jsonb := '[]';
    v_keep jsonb;
    v_answer jsonb;
    v_twice text[];
    v_lists text[];
BEGIN
    PERFORM sentra.caller();  -- a role that is not a station: refused first, as before (42501)
    SELECT * INTO lim FROM sentra.limits;
    IF v_size > lim.max_push_bytes THEN
        RAISE EXCEPTION 'sentra: a push may carry at most % bytes, got %', lim.max_push_bytes, v_size
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    -- A table whose `columns` name a column twice: its columnar ops are refused as such (they were refused
    -- before too, but as "fields must be an object"). Read once per push, from the short `columns` list.
    IF jsonb_typeof(payload->'columns') = 'object' THEN
        SELECT array_agg(c.tbl) INTO v_twice
        FROM jsonb_each(payload->'columns') AS c(tbl, names)
        WHERE jsonb_typeof(c.names) = 'array'
          AND (SELECT count(*) <> count(DISTINCT n) FROM jsonb_array_elements(c.names) AS x(n));
    END IF;
    -- Only a payload larger than one op may hold one too large; only then is any op looked at, and the
    -- payload rebuilt only when one is refused.
    -- A value nested thousands of levels deep was stored as text: an op over 4 KiB (no ordinary op is)
    -- whose field values are not all plain (objects or arrays) is refused too.
    IF jsonb_typeof(v_ops) = 'array' AND (v_twice IS NOT NULL OR (v_size > 4096 AND EXISTS (
        SELECT 1 FROM jsonb_array_elements(v_ops) AS e(op)
        WHERE pg_column_size(e.op) > lim.max_op_bytes
           OR (pg_column_size(e.op) > 4096 AND sentra.has_nested_value(e.op))
    ))) THEN
        SELECT coalesce(jsonb_agg(e.op ORDER BY e.ord) FILTER (WHERE e.why IS NULL), '[]'),
               coalesce(jsonb_agg(jsonb_build_object(
                            'op_id', CASE WHEN jsonb_typeof(e.op) = 'object' THEN e.op->'op_id' END,
                            'status', 'rejected', 'version', NULL, 'reason', e.why)
                        ORDER BY e.ord) FILTER (WHERE e.why IS NOT NULL), '[]')
        INTO v_keep, v_refused
        FROM (SELECT a.op, a.ord,
                     CASE WHEN pg_column_size(a.op) > lim.max_op_bytes
                          THEN format('op too large (%s bytes; at most %s)', pg_column_size(a.op),
                                      lim.max_op_bytes)
                          WHEN jsonb_typeof(a.op) = 'object' AND a.op ? 'values'
                               AND a.op->>'table' = ANY(v_twice)
                          THEN format('a column is named twice in columns of %s', a.op->>'table')
                          WHEN pg_column_size(a.op) > 4096 AND sentra.has_nested_value(a.op)
                          THEN 'a value is an object or an array (every column takes a plain value)'
                     END AS why
              FROM jsonb_array_elements(v_ops) WITH ORDINALITY AS a(op, ord)) AS e;
        IF jsonb_array_length(v_refused) > 0 THEN
            payload := jsonb_set(payload, '{ops}', v_keep);
        END IF;
    END IF;
    v_answer := sentra.push_unlimited(payload);
    -- 0009: a push that wrote a shared list (categories, holidays, topics, partners) merges it by key.
    IF jsonb_typeof(payload->'ops') = 'array' THEN
        SELECT array_agg(DISTINCT e.op->>'table') INTO v_lists
        FROM jsonb_array_elements(payload->'ops') AS e(op)
        WHERE jsonb_typeof(e.op) = 'object'
          AND e.op->>'table' IN ('category', 'holiday', 'outreach_topic', 'partner');
        IF v_lists IS NOT NULL THEN
            PERFORM sentra.merge_lists(v_lists);
        END IF;
    END IF;
    IF jsonb_array_length(v_refused) > 0 THEN
        v_answer := jsonb_set(v_answer, '{results}', coalesce(v_answer->'results', '[]') || v_refused);
    END IF;
    RETURN v_answer;
END
$function$
