"""Every `sentra` subcommand, fed a table of bad values: each error is one line on stderr with exit code 2,
never a traceback, and nothing is written where it must not be.

The subcommands and their options are read from the argparse parser itself, so a new command or option
is walked too (a value kind the table does not know fails the test, asking for a row in BAD)."""

from __future__ import annotations

import argparse
import os
import shutil
import zipfile
from pathlib import Path

import pytest

from desktop import cli
from desktop.cli import main

ADMIN, ADMIN_PASSWORD = "85010123", "admin-demo-123"  # the demo station's admin
CENTRAL_URL = "postgresql://sentra@127.0.0.1:1/none?connect_timeout=2"


def leaf_commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, its parser) for every subcommand that takes no further subcommand."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield path, parser
        return
    for name, child in subs[0].choices.items():
        yield from leaf_commands(child, (*path, name))


def kind_of(action: argparse.Action) -> str:
    """What sort of value an option takes, from its metavar, dest and type."""
    meta = str(action.metavar or action.dest).upper()
    if action.nargs == 0:
        return "flag"
    if "YYYY-MM-DD" in meta:
        return "date"
    if "YYYY-MM" in meta:
        return "month"
    if action.dest in ("out", "pdf", "xlsx", "rejections"):
        return "out"
    if action.dest in ("file", "mapping"):
        return "in"
    if meta in ("N", "REPORT_ID") or action.dest in ("reports", "seed"):
        return "int"
    if action.dest == "url":
        return "url"
    return "text"


def _no_terminal(prompt: str = "") -> str:
    raise EOFError(prompt)


@pytest.fixture(scope="module")
def station(make_demo_dir):
    return make_demo_dir(20)


@pytest.fixture
def env(station, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(station))
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PASSWORD)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("getpass.getpass", _no_terminal)
    capsys.readouterr()
    return station


def broken_workbooks(folder: Path) -> dict[str, Path]:
    """A workbook whose sheet XML holds a NUL byte, one with invalid XML, and one that is not a zip."""
    template = folder / "template.xlsx"
    from db.importing.survey_template import write_template

    write_template(template)
    found = {}
    for name, damage in (("nul", b"\x00"), ("xml", b"<row><c></row>")):
        out = folder / f"broken-{name}.xlsx"
        with zipfile.ZipFile(template) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                data = src.read(item)
                if item.filename.startswith("xl/worksheets/sheet1"):
                    data = data.replace(b"<sheetData>", b"<sheetData>" + damage, 1)
                dst.writestr(item, data)
        found[name] = out
    text = folder / "not-a-zip.xlsx"
    text.write_bytes(b"PK\x03\x04 truncated")
    found["zip"] = text
    return found


def bad_values(kind: str, station: Path, folder: Path) -> list[str]:
    (folder / "sub").mkdir(exist_ok=True)
    if kind == "date":
        return ["0001-01-01", "9999-12-31", "2026-02-30", "31-12-2026", ""]
    if kind == "month":
        return ["9999-12", "0001-01", "2026-13", "2026-00", "11-2026", ""]
    if kind == "out":
        return [
            str(station / "sentra.sqlite"),
            str(station / "sentra.sqlite-wal"),
            str(station / "backups" / "x.pdf"),
            str(station / "logs" / "sentra.log"),
            str(folder / "sub"),
            str(folder / "missing" / "x.pdf"),
            "/dev/full",
            "",
        ]
    if kind == "in":
        return [
            str(folder / "missing.xlsx"),
            str(folder / "sub"),
            *map(str, broken_workbooks(folder).values()),
        ]
    if kind == "int":
        return ["-1", "abc", "99999999999999999999", ""]
    if kind == "url":
        return ["not a url", CENTRAL_URL]
    if kind == "text":
        return ["\x00", "a" * 5000, ""]
    raise AssertionError(f"no bad values for option kind {kind!r}: add a row to the test")


GOOD = {
    "date": "2026-11-01",
    "month": "2026-11",
    "int": "5",
    "url": CENTRAL_URL,
    "text": "siti",
}


def good_argv(command: tuple[str, ...], parser: argparse.ArgumentParser, folder: Path):
    """The command with a valid value for each required argument, and where each value stands."""
    argv = list(command)
    where: dict[str, int] = {}
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.nargs in ("?", 0):
            continue
        if not (action.required or not action.option_strings):
            continue
        kind = kind_of(action)
        if kind == "out":
            value = str(folder / f"good-{action.dest}")
        elif kind == "in":
            value = str(folder / "template.xlsx")
        elif kind == "date" and action.dest == "date_to":
            value = "2026-11-30"
        else:
            value = GOOD[kind]
        if action.option_strings:
            argv.append(action.option_strings[0])
        where[action.dest] = len(argv)
        argv.append(value)
    if command == ("receipt",):
        argv += ["--last"]
    if command in (("receipt",), ("search",), ("import", "register")):
        where["nrp"] = len(argv) + 1
        argv += ["--nrp", ADMIN]
    return argv, where


def run(argv: list[str], capsys) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 2
    return code, capsys.readouterr().err


def cases():
    for command, sub in leaf_commands(cli._parser()):
        if command == ("gui",):
            continue
        for action in sub._actions:
            if isinstance(action, argparse._HelpAction) or action.nargs == 0:
                continue
            yield pytest.param(command, action.dest, id=f"{' '.join(command)}:{action.dest}")


def table(command, dest, station, folder):
    """(argv, the bad value) for each bad value of `dest`, every other argument valid."""
    parser = dict(leaf_commands(cli._parser()))[command]
    action = next(a for a in parser._actions if a.dest == dest)
    base, where = good_argv(command, parser, folder)
    if action.nargs == "?":  # receipt's NUMBER instead of --last
        base.remove("--last")
        where = {k: (i - 1 if i > len(command) else i) for k, i in where.items()}
    for value in bad_values(kind_of(action), station, folder):
        argv = list(base)
        if dest in where:
            argv[where[dest]] = value
        elif action.option_strings:
            argv += [action.option_strings[0], value]
        else:
            argv.append(value)
        yield argv, value


@pytest.mark.parametrize(("command", "dest"), list(cases()))
def test_bad_values_are_one_line_and_exit_2(env, tmp_path, capsys, command, dest):
    kept = ("sentra.sqlite", "sentra.sqlite-wal", "sentra.sqlite-shm")
    before = {p: p.read_bytes() for p in env.rglob("*") if p.is_file() and p.suffix != ".log"}
    for argv, value in table(command, dest, env, tmp_path):
        code, err = run(argv, capsys)
        lines = [line for line in err.splitlines() if line.strip() and not line.startswith("\r")]
        assert "Traceback" not in err, argv
        assert "unexpected error" not in err, (argv, err)
        assert code in (0, 1, 2), (argv, code, err)
        if code == 2:
            assert len(lines) == 1, (argv, err)
        if code == 0 and value and kind_of_dest(command, dest) == "out":
            assert env not in Path(value).resolve().parents, argv
    for path, data in before.items():
        if path.name not in kept:  # the database may take audit entries of refused log-ins
            assert path.read_bytes() == data, path
    assert not list(tmp_path.rglob("*.part"))


def kind_of_dest(command, dest) -> str:
    parser = dict(leaf_commands(cli._parser()))[command]
    return kind_of(next(a for a in parser._actions if a.dest == dest))


def test_the_walk_covers_every_output_command():
    names = {" ".join(c) for c, _ in leaf_commands(cli._parser())}
    expected = ("receipt", "search", "ikm", "survey template", "survey import", "report monthly",
                "report public", "export xlsx", "hotspots", "infographic", "import register")  # fmt: skip
    assert set(expected) <= names


def test_read_only_data_folder_shows_no_personal_data(request):
    """A data folder the user may only read: non-personal reads work; search, receipt and exports, whose
    audit entry cannot be written, are refused in one line."""
    import subprocess
    import sys

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root to run the CLI as another user")
    import tempfile

    # Outside pytest's own folder, which only root may enter.
    base = Path(tempfile.mkdtemp(prefix="sentra-ro-", dir="/tmp"))
    request.addfinalizer(lambda: shutil.rmtree(base, ignore_errors=True))
    os.chmod(base, 0o755)
    data = base / "ro"
    assert main(["--data-dir", str(data), "demo", "--reports", "5"]) == 0
    import sqlite3

    con = sqlite3.connect(data / "sentra.sqlite")
    number = con.execute("SELECT number FROM report WHERE number IS NOT NULL LIMIT 1").fetchone()[0]
    con.close()
    for p in [data, *data.rglob("*")]:
        os.chown(p, 65534, 65534)
        os.chmod(p, 0o500 if p.is_dir() else 0o400)
    env = {**os.environ, "SENTRA_DATA_DIR": str(data), "SENTRA_PASSWORD": ADMIN_PASSWORD, "HOME": "/tmp"}

    def sentra(*args: str) -> subprocess.CompletedProcess[str]:
        cmd = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-m",
               "desktop.cli", *args]  # fmt: skip
        root = Path(cli.__file__).resolve().parents[1]
        return subprocess.run(cmd, env=env, capture_output=True, text=True, cwd=root, timeout=120)

    # Personal data is not shown when its look cannot be written to the audit trail: one line, exit 2.
    found = sentra("search", "--nrp", ADMIN, number)
    assert found.returncode == 2 and number not in found.stdout and not found.stdout.strip()
    assert len(found.stderr.strip().splitlines()) == 1, found.stderr
    assert "read-only" in found.stderr and "audit trail" in found.stderr and "admin" in found.stderr
    out = base / "out"
    out.mkdir(mode=0o777)
    out.chmod(0o777)
    receipt = sentra("receipt", "--nrp", ADMIN, number, "--out", str(out / "r.pdf"))
    assert receipt.returncode == 2 and "audit trail" in receipt.stderr and not list(out.iterdir())
    assert len(receipt.stderr.strip().splitlines()) == 1, receipt.stderr
    export = sentra(
        "export", "xlsx", "--from", "2026-01-01", "--to", "2026-12-01", "--out", str(out / "x.xlsx")
    )
    assert export.returncode == 2 and "audit trail" in export.stderr and not list(out.iterdir())
    monthly = sentra("report", "monthly", "--month", "2026-11", "--out", str(out / "m.pdf"))
    assert monthly.returncode == 0 and (out / "m.pdf").exists()
    demo = sentra("demo", "--reports", "1")
    assert demo.returncode == 2 and "Traceback" not in demo.stderr
    assert len(demo.stderr.strip().splitlines()) == 1, demo.stderr


def test_a_full_data_folder_is_one_line(env, monkeypatch, capsys):
    """SQLite's "database or disk is full", simulated by capping the file at its current size."""
    from db.storage import engine as db_engine

    connect = db_engine._on_connect

    def full_disk(dbapi_conn, record) -> None:
        connect(dbapi_conn, record)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(db_engine, "_on_connect", full_disk)
    code, err = run(["demo", "--reports", "300"], capsys)
    assert code == 2 and err.strip().splitlines()[-1] == (
        "sentra demo: the disk holding the data folder is full; the last change was not saved"
    )
    # A search must write its log-in and look to the audit trail; with no room for them it says why in one
    # line (whether the log-in's or the look's entry is the one that finds no room depends on the pages left).
    code, err = run(["search", "--nrp", ADMIN, "siti"], capsys)
    assert code in (0, 1) or (
        code == 2 and err.count("\n") == 1 and err.startswith("sentra search: ") and "full" in err
    ), err


def test_a_disk_that_fills_while_writing_leaves_no_file(env, tmp_path, monkeypatch, capsys):
    import errno

    from exports import output_files

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output_files.os, "fsync", disk_full)
    out = tmp_path / "bulanan.pdf"
    code, err = run(["report", "monthly", "--month", "2026-11", "--out", str(out)], capsys)
    assert code == 2
    assert err.strip() == f"sentra report monthly: cannot write {out}: No space left on device"
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "xlsx", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "x.xlsx", "--personal",
         "--nrp", ADMIN],
        ["receipt", "--last", "--nrp", ADMIN, "--out", "x.pdf"],
        ["search", "--nrp", ADMIN, "siti"],
    ],
)  # fmt: skip
def test_a_closed_password_prompt_is_one_line(env, monkeypatch, capsys, argv):
    monkeypatch.delenv("SENTRA_PASSWORD")
    code, err = run(argv, capsys)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "prompt was closed" in err or "log-in cancelled" in err
    assert not (env.parent / "x.xlsx").exists()
