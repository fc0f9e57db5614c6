"""A station's login role: its own rows only, the two functions only, timeouts (sync-protocol.md, Roles)."""

from __future__ import annotations

import uuid

import psycopg
import pytest
from psycopg import errors

from db.sync.central import add_station
from tests.sync.conftest import epoch_of, op, pull, push


@pytest.fixture
def a(central):
    return central.station("SOLOK-A")


@pytest.fixture
def b(central):
    return central.station("SOLOK-B")


def _row(central, row_id: str) -> dict:
    with central.admin() as conn:
        found = conn.execute("SELECT to_jsonb(t) FROM sentra.citizen t WHERE id = %s", (row_id,)).fetchone()
    assert found is not None
    return dict(found[0])


def test_station_cannot_pull_another_stations_rows(central, a, b):
    rid = str(uuid.uuid4())
    push(b, op("citizen", rid, {"name": "Warga B", "nik": "1302010101900001"}))
    assert pull(a, epoch_of(a))["rows"] == []
    assert [r["row_id"] for r in pull(b, epoch_of(b))["rows"]] == [rid]
    a.execute("SET sentra.station = 'SOLOK-B'")  # the functions set it themselves
    assert pull(a, epoch_of(a))["rows"] == []
    hq = central.station("POLRES", hq=True)
    assert [r["row_id"] for r in pull(hq, epoch_of(hq))["rows"]] == [rid]


@pytest.mark.parametrize("fields", [{"name": "Diganti A"}, {"name": "Diganti A", "station_code": "SOLOK-A"}])
def test_station_cannot_update_another_stations_row_by_id(central, a, b, fields):
    rid = str(uuid.uuid4())
    push(b, op("citizen", rid, {"name": "Warga B"}))
    for base in (0, 1, 99):
        (res,) = push(a, op("citizen", rid, fields, base=base))
        assert (res["status"], res["reason"]) == ("rejected", "row belongs to another station")
    row = _row(central, rid)
    assert (row["name"], row["station_code"], row["version"]) == ("Warga B", "SOLOK-B", 1)
    assert pull(a, epoch_of(a))["rows"] == []


def test_station_cannot_forge_station_code(central, a, b):
    (res,) = push(a, op("citizen", str(uuid.uuid4()), {"name": "X", "station_code": "SOLOK-B"}))
    assert res["status"] == "rejected" and "station_code" in res["reason"]
    (res,) = push(a, op("citizen", str(uuid.uuid4()), {"name": "X", "station_code": None}))
    assert res["status"] == "rejected"
    own = str(uuid.uuid4())
    push(a, op("citizen", own, {"name": "Milik A"}))
    (res,) = push(a, op("citizen", own, {"station_code": "SOLOK-B"}, base=1))
    assert res["status"] == "rejected"
    assert _row(central, own)["station_code"] == "SOLOK-A"
    assert pull(b, epoch_of(b))["rows"] == []


def test_shared_rows_readable_by_all_writable_by_hq_only(central, a):
    hq = central.station("POLRES", hq=True)
    cat = str(uuid.uuid4())
    (res,) = push(hq, op("category", cat, {"name": "Pencurian", "station_code": "*", "active": True}))
    assert res["status"] == "applied"
    (res,) = push(a, op("category", str(uuid.uuid4()), {"name": "Baru", "station_code": "*"}))
    assert res["status"] == "rejected"
    (res,) = push(a, op("category", cat, {"name": "Diubah"}, base=1))
    assert (res["status"], res["reason"]) == ("rejected", "row belongs to another station")
    assert [r["row_id"] for r in pull(a, epoch_of(a))["rows"]] == [cat]
    # HQ may write a Polsek's row.
    rid = str(uuid.uuid4())
    push(a, op("citizen", rid, {"name": "Warga"}))
    (res,) = push(hq, op("citizen", rid, {"phone": "0812"}, base=1))
    assert (res["status"], res["version"]) == ("applied", 2)


def test_station_cannot_touch_any_sentra_table(central, a):
    with central.admin() as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT relname FROM pg_class WHERE relnamespace = 'sentra'::regnamespace AND relkind = 'r'"
        )]  # fmt: skip
    assert len(tables) > 20
    for table in tables:
        for stmt in (f"SELECT * FROM sentra.{table}", f"INSERT INTO sentra.{table} DEFAULT VALUES"):
            with pytest.raises(errors.InsufficientPrivilege):
                a.execute(stmt)
    with pytest.raises(errors.InsufficientPrivilege):
        a.execute("CREATE TABLE public.x (i int)")
    with pytest.raises(errors.InsufficientPrivilege):
        a.execute("CREATE TEMP TABLE x (i int)")


def test_station_can_call_only_push_and_pull(central, a):
    with central.admin() as conn:
        funcs = conn.execute(
            "SELECT p.oid, p.oid::regprocedure::text FROM pg_proc p "
            "WHERE p.pronamespace IN ('sentra'::regnamespace, 'sync'::regnamespace)"
        ).fetchall()
    allowed = {"sync.push(jsonb)", "sync.pull(uuid,xid8,bigint,integer,integer)"}
    for oid, sig in funcs:
        (can,) = a.execute("SELECT has_function_privilege(%s::oid, 'EXECUTE')", (oid,)).fetchone()  # type: ignore[misc]
        assert can is (sig in allowed), sig
    assert len(funcs) > len(allowed)
    for call in (
        "SELECT sentra.new_epoch()",
        "SELECT sentra.apply_op('{}'::jsonb, 'SOLOK-B', true, '')",
        "SELECT sentra.merge_op(gen_random_uuid(), '{}'::jsonb, 'SOLOK-B', true)",
    ):
        with pytest.raises(errors.InsufficientPrivilege):
            a.execute(call)


def test_role_settings_and_login(central):
    role, password = add_station(central.url, "SOLOK-C")
    assert role == "sentra_st_solok_c"
    conn = central.login(role, password)
    show = {name: conn.execute(f"SHOW {name}").fetchone()[0]  # type: ignore[index]
            for name in ("statement_timeout", "idle_in_transaction_session_timeout")}  # fmt: skip
    assert show == {"statement_timeout": "15s", "idle_in_transaction_session_timeout": "30s"}
    with central.admin() as admin:
        attrs = admin.execute(
            "SELECT rolconnlimit, rolsuper, rolcreaterole, rolcreatedb, rolinherit FROM pg_roles "
            "WHERE rolname = %s",
            (role,),
        ).fetchone()
        stored = admin.execute(
            "SELECT station_code, is_hq FROM sentra.station_role WHERE role = %s", (role,)
        ).fetchone()
    assert attrs == (4, False, False, False, False)
    assert stored == ("SOLOK-C", False)
    with pytest.raises(errors.InsufficientPrivilege):
        conn.execute("SET ROLE sentra_owner")
    with pytest.raises(psycopg.OperationalError):
        central.login(role, password + "x")


def test_unregistered_role_cannot_use_the_functions(central):
    """A role given EXECUTE by mistake but not in station_role still gets nothing."""
    with central.admin(autocommit=True) as admin:
        admin.execute("CREATE ROLE sentra_st_stray LOGIN PASSWORD 'rahasia-stray-1'")
        admin.execute("GRANT USAGE ON SCHEMA sync TO sentra_st_stray")
        admin.execute("GRANT EXECUTE ON FUNCTION sync.pull(uuid, xid8, bigint, int, int) TO sentra_st_stray")
        admin.execute(f'GRANT CONNECT ON DATABASE "{central.dbname}" TO sentra_st_stray')
    conn = central.login("sentra_st_stray", "rahasia-stray-1")
    with pytest.raises(errors.InsufficientPrivilege, match="not a registered station"):
        pull(conn, None)


def test_a_station_cannot_list_the_other_stations_roles_or_sessions(central, a, b):
    """Issue 14, point 1: `pg_roles` listed every station's login role."""
    for view in ("pg_roles", "pg_user", "pg_auth_members", "pg_stat_activity"):
        with pytest.raises(errors.InsufficientPrivilege):
            a.execute(f"SELECT count(*) FROM pg_catalog.{view}")
    assert pull(a, epoch_of(a))["rows"] == []  # the functions still work


def test_push_refuses_an_oversized_payload_and_an_oversized_op(central, a):
    """Issue 14, point 1: a 128 MiB value was stored; now a push over 8 MiB is refused whole (54000) and an
    op over 256 KiB is answered `rejected` while the rest of the push applies."""
    big = str(uuid.uuid4())
    with pytest.raises(errors.ProgramLimitExceeded):
        push(a, op("citizen", big, {"name": "x" * (9 * 1024 * 1024)}))
    small, large = str(uuid.uuid4()), str(uuid.uuid4())
    results = push(a, op("citizen", small, {"name": "Warga"}), op("citizen", large, {"name": "y" * 300_000}))
    by_row = {r["op_id"]: r for r in results}
    assert len(by_row) == 2
    statuses = sorted(r["status"] for r in results)
    assert statuses == ["applied", "rejected"]
    assert any("op too large" in (r.get("reason") or "") for r in results)
    with central.admin() as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM sentra.citizen")}
    assert small in ids and large not in ids and big not in ids


def test_the_inner_push_is_not_callable_by_a_station(central, a):
    with pytest.raises(errors.InsufficientPrivilege):
        a.execute("SELECT sentra.push_unlimited('{\"ops\": []}'::jsonb)")


def test_a_value_nested_thousands_of_levels_deep_is_refused(central, a):
    """Issue 14, point 7: such a value was stored as text. The other op of the push applies."""
    import json

    deep, plain = str(uuid.uuid4()), str(uuid.uuid4())
    nested = "[" * 5000 + "]" * 5000
    ops = [
        json.dumps(op("citizen", plain, {"name": "Warga"})),
        json.dumps(op("citizen", deep, {"name": "X"})).replace('"name": "X"', f'"name": {nested}'),
    ]
    payload = '{"epoch": null, "ops": [' + ", ".join(ops) + "]}"
    answer = a.execute("SELECT sync.push(%s::jsonb)", (payload,)).fetchone()[0]
    by_row = {r["op_id"]: r for r in answer["results"]}
    statuses = sorted(r["status"] for r in by_row.values())
    assert statuses == ["applied", "rejected"]
    assert any("object or an array" in (r.get("reason") or "") for r in by_row.values())
    with central.admin() as conn:
        ids = {r[0] for r in conn.execute("SELECT id FROM sentra.citizen")}
    assert plain in ids and deep not in ids
