CREATE OR REPLACE FUNCTION sync.pull(p_epoch uuid, after_xid xid8, after_seq bigint, max_rows integer, protocol integer DEFAULT 1)
 RETURNS jsonb
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'sentra', 'pg_temp'
 SET "TimeZone" TO 'UTC'
AS $function$
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
$function$
