"""The Polres sends an online complaint to another Polsek (`sentra central move-complaint`).

A citizen who picks the wrong Polsek on the web form reaches a desk that cannot act on the complaint. The
Polres moves it, before any desk has taken it up: the report, its citizen and anything hanging off the report
get the new station code, through `sync.push` as the web channel (an HQ writer), so versions, history and
the log are kept as for any edit. The desk it leaves hears of the move (central migration 0005) and drops the
complaint from its queue; the new desk pulls it into its own, received by its own web-channel officer.
"""

from __future__ import annotations

from typing import Any

import psycopg

from db.rules.timeutil import now_utc
from db.sync.central.migrate import CentralError, connect, require_initialised
from db.sync.central.stations import central_op, push_as_web, web_officer_id, web_officer_ops
from db.sync.tables import synced_tables


def move_complaint(url_or_conn: str | psycopg.Connection, report_id: str, to_station: str) -> int:
    """Moves online complaint `report_id`, not yet taken up, to station `to_station`; returns the number of
    rows moved (0 when it is there already). Needs a superuser connection, like the web channel."""
    to_station = to_station.strip()
    with connect(url_or_conn) as conn:
        require_initialised(conn)
        if not conn.execute(
            "SELECT 1 FROM sentra.station_role WHERE station_code = %s AND NOT is_hq", (to_station,)
        ).fetchone():
            raise CentralError(f"no station {to_station} (add it with `sentra central add-station` first)")
        found = conn.execute(
            "SELECT station_code, version, channel, number, citizen_id, receiving_officer_id "
            "FROM sentra.report WHERE id = %s FOR UPDATE",  # a desk numbering it now waits, then is refused
            (report_id,),
        ).fetchone()
        if found is None:
            raise CentralError(f"no report {report_id}")
        old, version, channel, number, citizen_id, receiver = found
        if old == to_station:
            return 0
        if channel != "online" or number:
            raise CentralError(
                "only an online complaint that no desk has taken up yet can be moved; a case a desk has "
                "numbered is handed on with its 'forwarded to' field"
            )
        others = conn.execute(
            "SELECT count(*) FROM sentra.report WHERE citizen_id = %s AND id <> %s AND station_code = %s",
            (citizen_id, report_id, old),
        ).fetchone()
        if others and others[0]:
            raise CentralError(f"the complainant has other reports at {old}; the complaint cannot take them")
        ops = web_officer_ops(conn, to_station, now_utc())
        report_fields: dict[str, Any] = {"station_code": to_station}
        if receiver == web_officer_id(old):
            report_fields["receiving_officer_id"] = web_officer_id(to_station)
        ops.append(central_op("report", report_id, version, report_fields))
        citizen = conn.execute(
            "SELECT version FROM sentra.citizen WHERE id = %s AND station_code = %s", (citizen_id, old)
        ).fetchone()
        if citizen is not None:
            ops.append(central_op("citizen", citizen_id, citizen[0], {"station_code": to_station}))
        for table in synced_tables():  # status changes, lost items, ... of the report
            if table.name != "report" and "report_id" in table.c:
                rows = conn.execute(
                    f"SELECT id, version FROM sentra.{table.name} WHERE report_id = %s AND station_code = %s",
                    (report_id, old),
                ).fetchall()
                ops += [central_op(table.name, row_id, v, {"station_code": to_station}) for row_id, v in rows]
        push_as_web(conn, ops, "moving the complaint")
    return sum(op["table"] != "officer" for op in ops)
