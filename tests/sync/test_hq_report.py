"""HQ view: the Polres-wide monthly report over every station, read from the central database only."""

from __future__ import annotations

from db.queries.monthly import monthly_report_data
from db.rules.timeutil import now_utc, to_wib
from db.sync.central import add_station
from db.sync.hq import download_central
from db.sync.link import PgLink
from tests.sync.desks import make_desk


def test_the_polres_report_counts_every_station(template_db, tmp_path, central):
    polres = make_desk(template_db, tmp_path / "polres", central, "POLRES-SOLOK", level="polres")
    polsek = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    for _ in range(3):
        polres.report()
    for _ in range(2):
        polsek.report(offense="Penipuan")
    # Small pushes: after the first answers the desks send columnar runs, which the centre logs as batches
    # (central 0006) that the download must read too.
    polres.sync(push_batch=20)
    polsek.sync(push_batch=20)
    with central.admin() as admin:
        assert admin.execute("SELECT count(*) FROM sentra.change_log WHERE row_ids IS NOT NULL").fetchone()[0]
    role, password = add_station(central.url, "POLRES-HQ", hq=True)
    with PgLink(polres.url, user=role, password=password) as link:
        sf = download_central(link, tmp_path / "hq.sqlite")
    today = to_wib(now_utc())
    data = monthly_report_data(sf, year=today.year, month=today.month)
    assert data.figures.current.received == 5
    assert data.figures.current.ct == 5
    assert "SOLOK" in data.unit.upper() and "POLSEK" not in data.unit.upper()
    # Both stations share the default category list: one line per category name, not one per station.
    labels = [row.label for row in data.figures.by_category]
    assert len(labels) == len(set(labels))
    assert sum(row.count for row in data.figures.by_category) == 5


def test_sentra_report_monthly_central_prints_the_polres_report(template_db, tmp_path, central, capsys):
    from psycopg.conninfo import make_conninfo

    from desktop.cli import main

    polsek = make_desk(template_db, tmp_path / "gt", central, "POLSEK-GT")
    polsek.report()
    polsek.sync()
    role, password = add_station(central.url, "POLRES-HQ", hq=True)
    url = make_conninfo(polsek.url, user=role, password=password)
    today = to_wib(now_utc())
    out = tmp_path / "polres.pdf"
    code = main(["report", "monthly", "--central", url, "--month", f"{today:%Y-%m}", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert out.stat().st_size > 10_000
    assert ": 1 reports" in capsys.readouterr().out
    bad = main(
        ["report", "monthly", "--central", url + " port=1", "--month", f"{today:%Y-%m}", "--out", str(out)]
    )
    assert bad == 2
    assert "central database" in capsys.readouterr().err
