"""`sentra search TEXT`: matches one a line (number, WIB date, citizen, status), exit 1 when none."""

from __future__ import annotations

import re

import pytest

from desktop.cli import main

ADMIN, ADMIN_PASSWORD = "85010123", "admin-demo-123"  # the demo station's admin

LINE = re.compile(r"^(\S[^\t]*|-)\t\d{2}-\d{2}-\d{4} \d{2}:\d{2}\t[^\t]+\t[^\t]+$")


@pytest.fixture(scope="module")
def demo(make_demo_dir):
    """A demo station with 60 reports, made once for this module's tests (they only read it)."""
    return make_demo_dir(60)


@pytest.fixture
def data_dir(demo, monkeypatch):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(demo))
    monkeypatch.setenv("SENTRA_PASSWORD", ADMIN_PASSWORD)
    return demo


def _numbers(data_dir) -> list[tuple[str | None, str]]:
    from sqlalchemy import select

    from db.models import Report
    from db.storage.engine import make_engine, make_session_factory

    engine = make_engine(data_dir / "sentra.sqlite")
    try:
        with make_session_factory(engine)() as s:
            return [(n, k) for n, k in s.execute(select(Report.number, Report.kind))]
    finally:
        engine.dispose()


def test_number_finds_its_report_first(data_dir, capsys):
    capsys.readouterr()
    number = next(n for n, kind in _numbers(data_dir) if n)
    assert main(["search", "--nrp", ADMIN, number.lower()]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(LINE.match(line) for line in lines), lines
    assert lines[0].split("\t")[0] == number


def test_limit_and_info_without_number(data_dir, capsys):
    capsys.readouterr()
    # Every demo report has a phone starting with 08; the INFO ones print "-" for their number.
    assert main(["search", "--nrp", ADMIN, "08", "--limit", "1000"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 60 and all(LINE.match(line) for line in lines)
    statuses = {line.split("\t")[3].removesuffix(" (void)") for line in lines}
    assert statuses <= {"Received", "In progress", "Forwarded", "Closed", "Stopped", "Rejected"}, statuses
    if any(kind == "INFO" for _, kind in _numbers(data_dir)):
        assert any(line.startswith("-\t") for line in lines)
    assert main(["search", "--nrp", ADMIN, "08", "--limit", "3"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 3
    assert main(["search", "--nrp", ADMIN, "08"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 20  # the default


def test_no_match_is_exit_1_on_stderr(data_dir, capsys):
    capsys.readouterr()
    assert main(["search", "--nrp", ADMIN, "zzqxw-tidak-ada"]) == 1
    out = capsys.readouterr()
    assert out.out == "" and "no report matches" in out.err
    assert main(["search", "--nrp", ADMIN, '"(*']) == 1


@pytest.mark.parametrize("bad", ["0", "1001", "-5", "abc"])
def test_limit_out_of_range_is_an_argparse_error(data_dir, capsys, bad):
    with pytest.raises(SystemExit) as exc:
        main(["search", "--nrp", ADMIN, "siti", "--limit", bad])
    assert exc.value.code == 2
    assert "--limit" in capsys.readouterr().err


def test_search_before_setup_explains_what_to_do(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SENTRA_DATA_DIR", str(tmp_path / "empty"))
    assert main(["search", "--nrp", ADMIN, "siti"]) == 2
    assert "set-up wizard" in capsys.readouterr().err
