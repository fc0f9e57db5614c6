"""The central schema: idempotent migrations, columns following the station models, owners, privileges."""

from __future__ import annotations

from db.sync.central import init_central
from db.sync.central.migrations import STEPS
from db.sync.tables import HQ_OWNED, synced_columns, synced_tables


def test_init_twice_applies_nothing_and_keeps_the_epoch(central):
    with central.admin() as conn:
        epoch = conn.execute("SELECT epoch FROM sentra.meta").fetchone()
        steps = [r[0] for r in conn.execute("SELECT name FROM sentra.schema_migrations ORDER BY name")]
    assert steps == [name for name, _ in STEPS]
    assert init_central(central.url) == []
    assert init_central(central.url) == []
    with central.admin() as conn:
        assert conn.execute("SELECT epoch FROM sentra.meta").fetchone() == epoch
        assert conn.execute("SELECT count(*) FROM sentra.meta").fetchone() == (1,)


def test_init_on_an_empty_database_applies_every_step(central, pg_cluster):
    with central.admin(autocommit=True) as conn:
        conn.execute("DROP SCHEMA sentra, sync CASCADE")
    assert init_central(central.url) == [name for name, _ in STEPS]


def test_central_columns_equal_the_station_models(central):
    """Model drift: a column added to a synced model needs a central migration."""
    with central.admin() as conn:
        rows = conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'sentra'"
        ).fetchall()
        rls = dict(
            conn.execute(
                "SELECT relname, relrowsecurity AND relforcerowsecurity FROM pg_class "
                "WHERE relnamespace = 'sentra'::regnamespace AND relkind = 'r'"
            ).fetchall()
        )
        constraints = conn.execute(
            "SELECT conrelid::regclass::text, contype FROM pg_constraint "
            "WHERE connamespace = 'sentra'::regnamespace AND contype IN ('f', 'u')"
        ).fetchall()
    central_cols: dict[str, set[str]] = {}
    for table, column in rows:
        central_cols.setdefault(table, set()).add(column)
    for table in synced_tables():
        assert central_cols.get(table.name) == set(synced_columns(table)) | {"field_versions"}, table.name
        assert rls[table.name] is True, f"row-level security not forced on {table.name}"
    assert "password_hash" not in central_cols["officer"]
    assert constraints == []  # no foreign keys, no unique constraints centrally


def test_field_owner_seeded_from_hq_owned(central):
    with central.admin() as conn:
        rows = set(conn.execute("SELECT tbl, field FROM sentra.field_owner WHERE owner = 'hq'").fetchall())
    assert rows == {(t, f) for t, fields in HQ_OWNED.items() for f in fields}


def test_everything_owned_by_sentra_owner_and_functions_pinned(central):
    with central.admin() as conn:
        owners = conn.execute(
            "SELECT DISTINCT pg_get_userbyid(relowner) FROM pg_class "
            "WHERE relnamespace IN ('sentra'::regnamespace, 'sync'::regnamespace)"
        ).fetchall()
        funcs = conn.execute(
            "SELECT n.nspname, p.proname, p.prosecdef, pg_get_userbyid(p.proowner), p.proconfig, "
            "has_function_privilege('public', p.oid, 'EXECUTE') "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE n.nspname IN ('sentra', 'sync') ORDER BY 1, 2"
        ).fetchall()
        rolcanlogin = conn.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = 'sentra_owner'"
        ).fetchone()
    assert owners == [("sentra_owner",)]
    assert rolcanlogin == (False,)
    by_name = {
        f"{ns}.{name}": (secdef, owner, config, public) for ns, name, secdef, owner, config, public in funcs
    }
    assert set(by_name) >= {
        "sync.push",
        "sync.pull",
        "sentra.apply_op",
        "sentra.merge_op",
        "sentra.new_epoch",
    }
    for name, (secdef, owner, config, public_exec) in by_name.items():
        assert owner == "sentra_owner", name
        assert "search_path=pg_catalog, sentra, pg_temp" in config, name
        assert public_exec is False, f"PUBLIC may execute {name}"
        assert secdef is name.startswith("sync."), name  # only the two entry points run as the owner
