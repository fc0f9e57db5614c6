"""Issue 14, point 5: `central init` refuses a server that confirms commits before they are on disk
(`synchronous_commit = off`) and warns about `fsync = off`; the tests' own cluster keeps commits durable."""

from __future__ import annotations

import pytest
from psycopg import sql

from db.sync.central import CentralError, durability_warnings, init_central
from desktop.cli import main


def test_the_test_cluster_confirms_commits_only_once_they_are_in_the_wal(central):
    with central.admin(autocommit=True) as conn:
        assert conn.execute("SHOW synchronous_commit").fetchone() == ("on",)


def test_init_refuses_synchronous_commit_off_and_says_why(central, capsys):
    with central.admin(autocommit=True) as conn:
        conn.execute(
            sql.SQL("ALTER DATABASE {} SET synchronous_commit = off").format(sql.Identifier(central.dbname))
        )
    with pytest.raises(CentralError, match="synchronous_commit is off"):
        init_central(central.url)
    assert main(["central", "init", "--url", central.url]) == 2
    assert "synchronous_commit is off" in capsys.readouterr().err
    # A throw-away cluster may say so explicitly; the warning is still printed.
    assert main(["central", "init", "--url", central.url, "--allow-unsafe-durability"]) == 0
    assert "WARNING: synchronous_commit is off" in capsys.readouterr().err


def test_init_warns_about_fsync_off(central, capsys):
    # The tests' cluster runs with fsync = off (a throw-away cluster); a real centre must not.
    assert any("fsync is off" in line for line in durability_warnings(central.url))
    assert main(["central", "init", "--url", central.url]) == 0
    assert "WARNING: fsync is off" in capsys.readouterr().err
