"""Central migration 0010: the three-argument `sentra.apply_op` (0002's, which hashed the op itself) is gone.

0004 added `apply_op(op, caller, is_hq, p_hash)`, taking the op's hash from the push (a columnar op's hash is
`v:` and the jsonb hash), and re-created `sync.push` to call it; 0007 and 0008 kept that call, and
`sentra.push_unlimited` is the only function that calls `apply_op` at all. Stations may execute nothing but
`sync.push` and `sync.pull`, and the central Python never calls `apply_op`, so since 0004 the old overload ran
for nobody: both protocols (1: `fields` ops, 2: columnar ops) reach the four-argument one through
`push_unlimited`. `init` applies every missing step in one transaction, so a centre at 0003 (whose `sync.push`
still called the old overload) gets the new `sync.push` in the same commit that drops it. What runs now:
db/sync/central/sql/sentra.apply_op.sql.
"""

SQL = r"""
DROP FUNCTION sentra.apply_op(jsonb, text, boolean);
"""
