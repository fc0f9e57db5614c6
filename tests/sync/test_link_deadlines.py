"""Issue 14, point 2: a silent link never hangs a sync. The link goes through a proxy that stops forwarding
bytes but keeps the connection open; the cycle gives up on its deadline with "Connection to the Polres
lost", keeps the outbox, and the next cycle (over a working link) goes on."""

from __future__ import annotations

import time

import pytest

from db.sync.client import read_meta
from db.sync.link import LINK_LOST_MESSAGE, Deadlines, LinkLost, PgLink
from tests.sync.desks import make_desk
from tests.sync.proxy import StallingProxy

# Short deadlines so the test waits seconds, not the production half minute.
QUICK = Deadlines(connect=2, call=2, cycle=8)


@pytest.fixture
def desk(template_db, tmp_path, central):
    return make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")


def test_default_deadlines_give_up_within_a_minute_and_ask_the_kernel_to_watch_the_link():
    d = Deadlines()
    assert d.connect + d.call <= 60  # a stalled login or round trip gives up within 60 s
    assert d.cycle is not None and d.cycle < 5 * 60  # ends before the GUI's next 5-minute tick
    params = d.libpq_params()
    assert params["keepalives"] == 1 and params["tcp_user_timeout"] == 30_000
    assert params["keepalives_idle"] + params["keepalives_interval"] * params["keepalives_count"] <= 60


def test_the_link_sets_keepalives_on_its_connection(desk):
    with (
        StallingProxy(desk.url) as proxy,
        PgLink(proxy.url(), user=desk.role, password=desk.password, deadlines=QUICK) as link,
    ):
        info = link.conn.info.get_parameters()
        assert info["keepalives"] == "1"
        assert info["tcp_user_timeout"] == "2000"
        assert desk.sync(link).pushed > 0  # the proxy forwards: a normal cycle


def test_a_link_silent_from_the_first_byte_gives_up_on_the_connect_deadline(desk):
    with StallingProxy(desk.url, stall_after_bytes=0) as proxy:
        started = time.monotonic()
        with pytest.raises(LinkLost) as caught:
            PgLink(proxy.url(), user=desk.role, password=desk.password, deadlines=QUICK)
        assert time.monotonic() - started < 60
    assert str(caught.value) == LINK_LOST_MESSAGE


def test_a_link_that_goes_silent_mid_cycle_gives_up_and_the_next_cycle_runs(desk):
    report_id = desk.report()
    with StallingProxy(desk.url) as proxy:
        link = PgLink(proxy.url(), user=desk.role, password=desk.password, deadlines=QUICK)
        proxy.stall()  # logged in; from now on the centre's answers never arrive
        started = time.monotonic()
        with pytest.raises(LinkLost):
            desk.sync(link)
        assert time.monotonic() - started < 60
        link.close()
    with desk.sf() as s:
        assert read_meta(s).last_error == f"LinkLost: {LINK_LOST_MESSAGE}"
    assert desk.pending() > 0  # nothing left the outbox unanswered
    report = desk.sync()  # the next cycle, over a working link
    assert report.pushed > 0 and desk.pending() == 0
    assert desk.get(report_id).sync_state == "synced"


def test_a_link_that_stalls_after_part_of_an_answer_gives_up(desk):
    desk.report()
    with StallingProxy(desk.url) as proxy:
        link = PgLink(proxy.url(), user=desk.role, password=desk.password, deadlines=QUICK)
        # The login is done: the next answer stops after a few bytes (its header, half a row).
        proxy.stall_after(3)
        with pytest.raises(LinkLost):
            desk.sync(link)
        link.close()
    assert desk.pending() > 0


def test_the_cycle_deadline_stops_a_cycle_between_round_trips(desk):
    link = PgLink(desk.url, user=desk.role, password=desk.password, deadlines=Deadlines(cycle=0.001))
    time.sleep(0.01)
    with link, pytest.raises(LinkLost):
        desk.sync(link)


def test_sentra_sync_on_a_silent_link_says_so_in_indonesian(desk, memory_keyring, monkeypatch, capsys):
    import db.sync.link as link_module
    from db.sync.settings import SyncSettings, save_settings
    from desktop.cli import main

    monkeypatch.setattr(link_module, "DEFAULT_DEADLINES", QUICK)
    desk.report()
    with StallingProxy(desk.url, stall_after_bytes=0) as proxy:
        save_settings(desk.sf, SyncSettings(proxy.url(), desk.role), desk.password)
        code = main(["--data-dir", str(desk.path.parent), "sync"])
    err = capsys.readouterr().err
    assert code == 1
    assert "Koneksi ke Polres terputus" in err and "changes wait in the outbox" in err
    assert desk.pending() > 0
