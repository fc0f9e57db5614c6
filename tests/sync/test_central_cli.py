"""`sentra central init|add-station|new-epoch`: output, and clear errors with exit code 2 (no traceback)."""

from __future__ import annotations

import psycopg
import pytest
from psycopg import sql

from desktop.cli import main


@pytest.fixture
def empty_url(central):
    """A database with nothing in it, for `init` to create the schema."""
    with central.admin(autocommit=True) as conn:
        conn.execute("DROP SCHEMA sentra, sync CASCADE")
    return central.url


def test_init_then_init_again(empty_url, capsys):
    assert main(["central", "init", "--url", empty_url]) == 0
    assert (
        "0001_base, 0002_sync, 0003_fast_push, 0004_columnar_push, 0005_moved_rows, 0006_batched_log, "
        "0007_lean_push, 0008_push_limits, 0009_shared_list_merge, 0010_drop_old_apply_op applied"
        in capsys.readouterr().out
    )
    assert main(["central", "init", "--url", empty_url]) == 0
    assert "already up to date" in capsys.readouterr().out


def test_add_station_prints_role_and_password_once(central, capsys):
    assert main(["central", "add-station", "SOLOK-GT", "--url", central.url]) == 0
    out, err = capsys.readouterr()
    assert "role      sentra_st_solok_gt" in out
    password = out.split("password  ")[1].split()[0]
    assert len(password) >= 24
    assert "shown only this once" in err
    conn = central.login("sentra_st_solok_gt", password)  # the printed password works
    assert conn.execute("SELECT sync.pull(NULL, '0', 0, 10)->>'reset'").fetchone() == ("true",)
    assert main(["central", "add-station", "SOLOK-GT", "--url", central.url]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "sentra central add-station: role sentra_st_solok_gt already exists" in err
    assert "Traceback" not in err


def test_add_hq_and_new_epoch(central, capsys):
    assert main(["central", "add-station", "POLRES-SOLOK", "--hq", "--url", central.url]) == 0
    with central.admin() as conn:
        assert conn.execute("SELECT is_hq FROM sentra.station_role").fetchone() == (True,)
        old = conn.execute("SELECT epoch::text FROM sentra.meta").fetchone()
    capsys.readouterr()
    assert main(["central", "new-epoch", "--url", central.url]) == 0
    with central.admin() as conn:
        new = conn.execute("SELECT epoch::text FROM sentra.meta").fetchone()
    assert new != old and new is not None and new[0] in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["init", "--url", "postgresql://sentra@/sentra?host=/nonexistent-dir"],
            "cannot connect to the central",
        ),
        (["init", "--url", "not a url"], "not a valid database URL"),
        (
            ["add-station", "SOLOK GT", "--url", "postgresql://x@/y?host=/nonexistent-dir"],
            "not a station code",
        ),
        (["new-epoch"], "give the central database with --url"),
    ],
)
def test_bad_input_exit_code_2(argv, message, capsys, monkeypatch):
    monkeypatch.delenv("SENTRA_CENTRAL_URL", raising=False)
    assert main(["central", *argv]) == 2
    out, err = capsys.readouterr()
    assert out == "" and message in err and "Traceback" not in err


def test_not_initialised_and_not_superuser(central, pg_cluster, capsys):
    bare = f"sentra_bare_{central.dbname}"
    with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(bare)))
    try:
        assert main(["central", "add-station", "SOLOK-GT", "--url", pg_cluster.url(bare)]) == 2
        assert "not initialised; run `sentra central init` first" in capsys.readouterr().err
    finally:
        with psycopg.connect(pg_cluster.uri, autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(bare)))
    with central.admin(autocommit=True) as conn:
        conn.execute("CREATE ROLE sentra_plain LOGIN PASSWORD 'biasa-saja-1'")
        conn.execute(
            sql.SQL("GRANT CONNECT ON DATABASE {} TO sentra_plain").format(sql.Identifier(central.dbname))
        )
    url = pg_cluster.url(central.dbname, user="sentra_plain", password="biasa-saja-1")
    assert main(["central", "init", "--url", url]) == 2
    assert "must run as a superuser" in capsys.readouterr().err


def test_move_complaint_moves_it_once_and_explains_a_refusal(central, capsys):
    from db.sync.central import add_station, submit_online_complaint

    add_station(central.url, "SOLOK-A")
    add_station(central.url, "SOLOK-B")
    report_id = submit_online_complaint(central.url, "SOLOK-A", {"name": "Warga"}, {"offense": "Pungli"})
    argv = ["central", "move-complaint", report_id, "--to", "SOLOK-B", "--url", central.url]
    assert main(argv) == 0
    assert "Complaint sent to SOLOK-B (2 row(s) moved)." in capsys.readouterr().out
    assert main(argv) == 0
    assert "at SOLOK-B already" in capsys.readouterr().out
    assert main(["central", "move-complaint", report_id, "--to", "SOLOK-X", "--url", central.url]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "sentra central move-complaint: no station SOLOK-X" in err
    assert central.row("report", report_id)["station_code"] == "SOLOK-B"
