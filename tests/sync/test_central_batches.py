"""Batches in the change log (central migration 0006): a run of columnar inserts is logged once per table and
station, and `sync.pull` sends it whole, as one item (protocol 3) or row by row (older desks)."""

from __future__ import annotations

import uuid

from tests.sync.conftest import epoch_of, op, pull, push
from tests.sync.test_central_columnar import columnar, push_columnar

COLS = ["name", "phone"]


def _batch(st, n: int, prefix: str) -> list[str]:
    """`n` new citizens in one push: one batch in the log."""
    ids = [str(uuid.uuid4()) for _ in range(n)]
    ops = [
        columnar(op("citizen", i, {"name": f"{prefix} {k}", "phone": "0812"}), COLS)
        for k, i in enumerate(ids)
    ]
    assert {r["status"] for r in push_columnar(st, {"citizen": COLS}, *ops)["results"]} == {"applied"}
    return ids


def _pages(st, epoch: str, limit: int, protocol: int | None) -> list[dict]:
    cursor, pages = {"xid": "0", "seq": 0}, []
    while True:
        page = pull(st, epoch, cursor["xid"], cursor["seq"], limit=limit, protocol=protocol)
        pages.append(page)
        cursor = page["cursor"]
        if not page["more"]:
            return pages


def test_a_batch_is_one_item_and_is_never_split_across_pages(central, st):
    first, second, third = _batch(st, 3, "A"), _batch(st, 2, "B"), _batch(st, 4, "C")
    epoch = epoch_of(st)
    pages = _pages(st, epoch, 4, protocol=3)
    # max_rows counts a batch's rows; a page ends with the batch that reaches it.
    assert [[len(item["values"]) for item in page["rows"]] for page in pages] == [[3, 2], [4]]
    assert [page["more"] for page in pages] == [True, False]
    for page in pages:
        last = page["rows"][-1]
        assert page["cursor"] == {"xid": last["xid"], "seq": last["seq"]}
    ids = [
        dict(zip(item["columns"], values, strict=True))["id"]
        for page in pages
        for item in page["rows"]
        for values in item["values"]
    ]
    assert ids == first + second + third
    # An older desk (no protocol argument) gets the same pages, one row item each.
    old = _pages(st, epoch, 4, protocol=None)
    assert [[r["row_id"] for r in page["rows"]] for page in old] == [first + second, third]
    assert all(r["version"] == 1 and r["row"]["name"] for page in old for r in page["rows"])
    assert [page["cursor"] for page in old] == [page["cursor"] for page in pages]


def test_a_batch_row_that_left_the_station_is_not_sent_and_the_cursor_moves_on(central, st, hq):
    (rid,) = _batch(st, 1, "Pindah")
    push(hq, op("citizen", rid, {"station_code": "SOLOK-LAIN"}, base=1))  # HQ moves it (central 0005)
    epoch = epoch_of(st)
    for protocol in (3, None):
        page = pull(st, epoch, protocol=protocol)
        rows = [r for r in page["rows"] if "values" not in r]
        batches = [r for r in page["rows"] if "values" in r]
        # The batch row is another station's now (row-level security): only its move reaches this desk.
        assert [(r["row_id"], r["version"], r["row"]["station_code"]) for r in rows] == [
            (rid, 2, "SOLOK-LAIN")
        ]
        assert [b["values"] for b in batches] == ([[]] if protocol == 3 else [])
        assert page["more"] is False
        again = pull(st, epoch, page["cursor"]["xid"], page["cursor"]["seq"], protocol=protocol)
        assert again["rows"] == [] and again["cursor"] == page["cursor"]
    # A page that is only that batch: nothing to send, but the cursor passes it (no endless "more").
    alone = pull(st, epoch, limit=1)
    assert alone["rows"] == [] and alone["more"] is True and alone["cursor"]["seq"] > 0
    rest = pull(st, epoch, alone["cursor"]["xid"], alone["cursor"]["seq"], limit=1)
    assert [r["row_id"] for r in rest["rows"]] == [rid] and rest["more"] is False
