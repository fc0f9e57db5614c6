"""Protocol 2 (central migration 0004): columnar ops give the same rows, answers and pulls as `fields` ops,
and op ids keep every retry to one application, whichever form it comes back in (docs/sync-protocol.md).
Since 0006 a run of them is logged and kept in history once per table, with one `*` field version."""

from __future__ import annotations

import uuid
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from tests.sync.conftest import HISTORY_ROWS, LOG_ROWS, epoch_of, field_version, op, pull, push

REPORT = {"kind": "LP_B", "status": "received", "chronology": "Motor hilang di pasar", "difficulty": "light",
          "received_at": "2026-11-27T10:00:00+07:00"}  # fmt: skip
CITIZEN = {"name": "Warga Kolom", "phone": "0812"}
SERVER_SET = ("id", "updated_at", "created_at")


def columnar(o: dict[str, Any], cols: list[str]) -> dict[str, Any]:
    """The columnar form of a `fields` op, its values in the order of `cols`."""
    rest = {k: v for k, v in o.items() if k != "fields"}
    return rest | {"values": [o["fields"].get(c) for c in cols]}


def push_columnar(
    conn: psycopg.Connection, columns: dict[str, list[str]], *ops: dict[str, Any]
) -> dict[str, Any]:
    row = conn.execute(
        "SELECT sync.push(%s)", (Jsonb({"epoch": None, "columns": columns, "ops": list(ops)}),)
    ).fetchone()
    assert row is not None
    return dict(row[0])


def _same_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in SERVER_SET and k != "field_versions"}


def _versions(row: dict[str, Any]) -> dict[str, Any]:
    """Each field's [version, writer], `*` (central 0006) spelled out."""
    return {
        k: field_version(row, k) for k in row if k not in ("field_versions", "id", "version", "updated_at")
    }


def test_a_columnar_insert_makes_the_same_row_and_pull_as_a_fields_insert(central, st):
    a, b = str(uuid.uuid4()), str(uuid.uuid4())
    cols = list(REPORT)
    (plain,) = push(st, op("report", a, REPORT))
    answer = push_columnar(st, {"report": cols}, columnar(op("report", b, REPORT), cols))
    assert answer["protocol"] == 2
    (res,) = answer["results"]
    assert res == plain | {"op_id": res["op_id"]}
    row_a, row_b = central.row("report", a), central.row("report", b)
    assert _same_row(row_a) == _same_row(row_b)
    assert row_a["field_versions"] == row_b["field_versions"]  # the fields given, named
    with central.admin() as conn:
        hist = conn.execute(f"SELECT row_id, version FROM ({HISTORY_ROWS}) AS h").fetchall()
        log = conn.execute(f"SELECT row_id, version FROM ({LOG_ROWS}) AS c ORDER BY seq").fetchall()
        batch = conn.execute("SELECT row, n_rows FROM sentra.change_log WHERE row_ids IS NOT NULL").fetchall()
    assert sorted(hist) == sorted([(a, 1), (b, 1)])
    assert log == [(a, 1), (b, 1)] and batch == [(None, 1)]  # b: a batch of one, without a copy
    rows = pull(st, epoch_of(st))["rows"]  # an older desk: one row item per row
    assert [(r["row_id"], r["version"]) for r in rows] == [(a, 1), (b, 1)]
    assert _same_row(rows[0]["row"]) == _same_row(rows[1]["row"]) and "field_versions" not in rows[1]["row"]
    first, second = pull(st, epoch_of(st), protocol=3)["rows"]
    assert first == rows[0] and set(second) == {"table", "columns", "values", "xid", "seq"}
    assert dict(zip(second["columns"], second["values"][0], strict=True)) == rows[1]["row"]


def test_a_batch_row_changed_since_is_pulled_as_it_is_now(central, st):
    """A batch (central 0006) keeps no copy: its row is sent as it is now, and again by its later version."""
    rid = str(uuid.uuid4())
    cols = list(REPORT)
    push_columnar(st, {"report": cols}, columnar(op("report", rid, REPORT), cols))
    (res,) = push(st, op("report", rid, {"status": "in_progress"}, base=1))
    assert res["version"] == 2
    rows = pull(st, epoch_of(st))["rows"]
    assert [(r["version"], r["row"]["status"]) for r in rows] == [(2, "in_progress"), (2, "in_progress")]


def test_a_retry_applies_once_in_either_form(central, st):
    rid = str(uuid.uuid4())
    cols = list(REPORT)
    first = op("report", rid, REPORT)
    push_columnar(st, {"report": cols}, columnar(first, cols))
    (again,) = push_columnar(st, {"report": cols}, columnar(first, cols))["results"]
    (other_form,) = push(st, first)  # e.g. an answer lost while the station learnt protocol 2
    assert (again["status"], again["first_status"]) == ("duplicate", "applied")
    assert (other_form["status"], other_form["first_status"]) == ("duplicate", "applied")
    changed = columnar(op("report", rid, REPORT | {"status": "closed"}, op_id=first["op_id"]), cols)
    (reused,) = push_columnar(st, {"report": cols}, changed)["results"]
    assert (reused["status"], reused["reason"]) == ("rejected", "op id reused")
    row = central.row("report", rid)
    assert (row["version"], row["status"]) == (1, "received")


def test_a_columnar_op_on_an_existing_row_is_merged_like_a_fields_op(central, st, hq):
    rid = str(uuid.uuid4())
    push(st, op("report", rid, REPORT))
    push(hq, op("report", rid, {"difficulty": "hard"}, base=1))
    cols = ["status", "difficulty"]
    (res,) = push_columnar(
        st,
        {"report": cols},
        columnar(op("report", rid, {"status": "in_progress", "difficulty": "medium"}, base=1), cols),
    )["results"]
    assert (res["status"], res["version"]) == ("conflict", 3)  # difficulty belongs to HQ
    assert [(c["field"], c["kept"], c["lost"]) for c in res["conflicts"]] == [
        ("difficulty", "hard", "medium")
    ]
    row = central.row("report", rid)
    assert (row["status"], row["difficulty"]) == ("in_progress", "hard")


def test_bad_columnar_ops_are_refused_one_by_one(central, st):
    good, forged, short, unknown = (str(uuid.uuid4()) for _ in range(4))
    cols = ["name", "phone", "station_code"]
    ops = [
        columnar(op("citizen", good, CITIZEN | {"station_code": "SOLOK-GT"}), cols),
        columnar(op("citizen", forged, CITIZEN | {"station_code": "SOLOK-LAIN"}), cols),
        {**columnar(op("citizen", short, CITIZEN), cols), "values": ["Warga Pendek"]},
        columnar(op("report", unknown, {"status": "received", "no_such": 1}), ["status", "no_such"]),
    ]
    results = push_columnar(st, {"citizen": cols, "report": ["status", "no_such"]}, *ops)["results"]
    assert [r["status"] for r in results] == ["applied", "rejected", "rejected", "rejected"]
    assert [r.get("reason") for r in results[1:]] == [
        "station_code is not the caller's station",
        "fields must be an object",
        "unknown field no_such",
    ]
    with central.admin() as conn:
        assert conn.execute("SELECT count(*) FROM sentra.citizen").fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM sentra.report").fetchone() == (0,)


def test_columnar_inserts_are_logged_and_kept_in_history_once_per_table(central, st):
    ids = [str(uuid.uuid4()) for _ in range(4)]
    ccols, rcols = list(CITIZEN), list(REPORT)
    ops = [
        columnar(op("citizen", ids[0], CITIZEN), ccols),
        columnar(op("report", ids[1], REPORT), rcols),
        columnar(op("citizen", ids[2], CITIZEN), ccols),
        op("report", ids[3], REPORT),  # a fields op in between: its own run
    ]
    results = push_columnar(st, {"citizen": ccols, "report": rcols}, *ops)["results"]
    assert [r["status"] for r in results] == ["applied"] * 4
    with central.admin() as conn:
        logged = conn.execute("SELECT tbl, row_ids, row_id FROM sentra.change_log ORDER BY seq").fetchall()
        history = conn.execute(
            "SELECT tbl, row_ids, op_ids::text[], row_id FROM sentra.row_history ORDER BY id"
        ).fetchall()
    assert logged == [
        ("citizen", [ids[0], ids[2]], None),
        ("report", [ids[1]], None),
        ("report", None, ids[3]),
    ]
    assert history == [
        ("citizen", [ids[0], ids[2]], [ops[0]["op_id"], ops[2]["op_id"]], None),
        ("report", [ids[1]], [ops[1]["op_id"]], None),
        ("report", None, None, ids[3]),
    ]


def _every_column(central, table: str) -> list[str]:
    with central.admin() as conn:
        names = conn.execute(
            "SELECT attname::text FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0 "
            "AND NOT attisdropped AND attname NOT IN ('id', 'version', 'updated_at', 'field_versions')",
            (f"sentra.{table}",),
        ).fetchall()
    return sorted(n for (n,) in names)


def test_a_full_row_gets_one_field_version_that_merges_as_if_each_were_named(central, st, hq):
    """A columnar insert of every column (a desk's full row) keeps `{"*": [1, station]}` (central 0006),
    which stands for each field without an entry of its own."""
    named, starred = str(uuid.uuid4()), str(uuid.uuid4())
    cols = _every_column(central, "report")
    full = {c: REPORT.get(c) for c in cols} | {"station_code": "SOLOK-GT"}
    push(st, op("report", named, full))
    push_columnar(st, {"report": cols}, columnar(op("report", starred, full), cols))
    row_named, row_starred = central.row("report", named), central.row("report", starred)
    assert row_starred["field_versions"] == {"*": [1, "SOLOK-GT"]}
    assert _versions(row_named) == _versions(row_starred)
    # HQ writes a station-owned field without having seen version 1 (base 0): a concurrent change it loses.
    answers = [
        push(hq, op("report", rid, {"chronology": "Versi pusat"}, base=0))[0] for rid in (named, starred)
    ]
    assert [a["status"] for a in answers] == ["conflict", "conflict"]
    assert answers[0]["conflicts"] == answers[1]["conflicts"]
    # With base 1 it is a plain change, and its field gets an entry of its own.
    (plain,) = push(hq, op("report", starred, {"difficulty": "hard"}, base=1))
    assert (plain["status"], plain["version"]) == ("applied", 2)
    row = central.row("report", starred)
    assert row["field_versions"]["difficulty"] == [2, "*hq"] and field_version(row, "status") == [
        1,
        "SOLOK-GT",
    ]


def test_hq_columnar_inserts_need_a_station_code(central, hq):
    placed, homeless = str(uuid.uuid4()), str(uuid.uuid4())
    cols = ["name", "station_code"]
    results = push_columnar(
        hq,
        {"citizen": cols},
        columnar(op("citizen", placed, {"name": "Warga Pusat", "station_code": "SOLOK-GT"}), cols),
        columnar(op("citizen", homeless, {"name": "Warga Tanpa", "station_code": None}), cols),
    )["results"]
    assert [r["status"] for r in results] == ["applied", "rejected"]
    assert field_version(central.row("citizen", placed), "name") == [1, "*hq"]


def test_malformed_columns_refuse_the_op_not_the_push(central, st):
    rid, other = str(uuid.uuid4()), str(uuid.uuid4())
    push(st, op("citizen", rid, CITIZEN))
    update = {"op_id": str(uuid.uuid4()), "table": "citizen", "row_id": rid, "base_version": 1}
    bad_name = push_columnar(st, {"citizen": ["name", None]}, update | {"values": ["Baru", "x"]})
    twice = push_columnar(st, {"citizen": ["name", "name"]}, update | {"op_id": str(uuid.uuid4()),
                                                                       "values": ["A", "B"]})  # fmt: skip
    fine = push_columnar(
        st, {"citizen": ["name"]}, columnar(op("citizen", other, {"name": "Lain"}), ["name"])
    )
    assert [r["status"] for r in bad_name["results"] + twice["results"]] == ["rejected", "rejected"]
    assert fine["results"][0]["status"] == "applied"
    assert central.row("citizen", rid)["name"] == CITIZEN["name"]


def test_a_column_named_twice_is_refused_as_such(central, st):
    """Issue 14, point 7: it was refused as "fields must be an object"."""
    good, twice = str(uuid.uuid4()), str(uuid.uuid4())
    cols = ["name", "phone", "station_code"]
    bad_cols = ["name", "name", "station_code"]
    ops = [
        columnar(op("citizen", good, CITIZEN | {"station_code": "SOLOK-GT"}), cols),
        {**columnar(op("report", twice, {"status": "received"}), ["status"]),
         "values": ["received", "in_progress", "SOLOK-GT"]},
    ]  # fmt: skip
    results = push_columnar(st, {"citizen": cols, "report": bad_cols}, *ops)["results"]
    by_id = {r["op_id"]: r for r in results}
    assert [by_id[o["op_id"]]["status"] for o in ops] == ["applied", "rejected"]
    assert by_id[ops[1]["op_id"]]["reason"] == "a column is named twice in columns of report"
