"""Station login roles (`sentra central add-station`) and the Polres web channel's online complaints."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import uuid
from datetime import datetime
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from db.models import Base
from db.rules.timeutil import now_utc
from db.sync.central.migrate import CentralError, connect, grant_station, require_initialised
from db.sync.codec import encode
from db.sync.tables import synced_columns

ROLE_PREFIX = "sentra_st_"
WEB_ROLE = "sentra_web"  # the Polres web channel: an HQ writer with no login of its own
_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$")
_SCRAM_ITERATIONS = 4096


def role_name(code: str) -> str:
    """The login role of station `code`: `sentra_st_` + the code in lower case, other characters as `_`."""
    return ROLE_PREFIX + re.sub(r"[^a-z0-9]", "_", code.lower())


def scram_verifier(password: str) -> str:
    """The SCRAM-SHA-256 secret PostgreSQL stores, computed here so the password never reaches the server
    (or its statement log) in clear text."""
    salt = secrets.token_bytes(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, _SCRAM_ITERATIONS)
    client_key = hmac.new(salted, b"Client Key", "sha256").digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", "sha256").digest()
    b64 = base64.b64encode
    return (
        f"SCRAM-SHA-256${_SCRAM_ITERATIONS}:{b64(salt).decode()}"
        f"${b64(stored_key).decode()}:{b64(server_key).decode()}"
    )


def add_station(url: str, code: str, *, hq: bool = False) -> tuple[str, str]:
    """Creates the login role of a Polsek (or, with `hq`, of the Polres HQ); returns (role, password).

    The password is shown once: only its SCRAM verifier is stored.
    """
    code = code.strip()
    if not _CODE.match(code):
        raise CentralError(
            f"not a station code: {code!r} (letters, digits, '.', '_' or '-', at most 32, as in the station)"
        )
    role, password = role_name(code), secrets.token_urlsafe(24)
    with connect(url) as conn:
        require_initialised(conn)
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            raise CentralError(f"role {role} already exists (station {code} was added before)")
        if conn.execute("SELECT 1 FROM sentra.station_role WHERE station_code = %s", (code,)).fetchone():
            raise CentralError(f"station {code} already has a role")
        r = sql.Identifier(role)
        conn.execute(
            sql.SQL(
                "CREATE ROLE {} LOGIN NOINHERIT NOCREATEDB NOCREATEROLE NOREPLICATION "
                "CONNECTION LIMIT 4 PASSWORD {}"
            ).format(r, sql.Literal(scram_verifier(password)))
        )
        conn.execute(sql.SQL("ALTER ROLE {} SET statement_timeout = '15s'").format(r))
        conn.execute(sql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = '30s'").format(r))
        conn.execute(sql.SQL("ALTER ROLE {} SET search_path = pg_catalog, pg_temp").format(r))
        conn.execute(
            "INSERT INTO sentra.station_role (role, station_code, is_hq) VALUES (%s, %s, %s)",
            (role, code, hq),
        )
        grant_station(conn, role)
    return role, password


def _defaults(table_name: str) -> dict[str, Any]:
    """The station model's scalar column defaults, so a centrally written row is complete at the station."""
    table = Base.metadata.tables[table_name]
    out: dict[str, Any] = {}
    for name in synced_columns(table):
        default = table.c[name].default
        if isinstance(default, ScalarElementColumnDefault):
            out[name] = default.arg
        elif table.c[name].nullable:
            out[name] = None
    return out


def _json(value: Any) -> Any:
    try:
        return encode(value)
    except ValueError:  # a naive datetime
        raise CentralError("naive datetime in an online complaint; give times with a time zone") from None


def submit_online_complaint(
    url_or_conn: str | psycopg.Connection, station_code: str, citizen: dict[str, Any], report: dict[str, Any]
) -> str:
    """Writes a citizen and a Dumas report (channel "online", no number yet) for `station_code` the way the
    Polres web channel does: through `sync.push` as an HQ writer, so both rows reach the station's pull.

    Needs a superuser connection (it acts as the web role through SET SESSION AUTHORIZATION).
    Returns the report id.
    """
    now = now_utc()
    citizen_id, report_id = str(uuid.uuid4()), str(uuid.uuid4())
    officer_id = web_officer_id(station_code)
    skip = {"id", "version", "updated_at", "station_code"}
    c_fields = {k: v for k, v in _defaults("citizen").items() if k not in skip} | citizen
    r_fields = {k: v for k, v in _defaults("report").items() if k not in skip} | {"received_at": now} | report
    r_fields |= {"kind": "DUMAS", "channel": "online", "number": None, "citizen_id": citizen_id}
    r_fields.setdefault("receiving_officer_id", officer_id)
    ops = []
    rows = (
        ("citizen", citizen_id, c_fields),
        ("report", report_id, r_fields),
    )
    for table, row_id, fields in rows:
        ops.append(
            central_op(table, row_id, 0, {"created_at": now} | fields | {"station_code": station_code})
        )
    with connect(url_or_conn) as conn:
        require_initialised(conn)
        push_as_web(conn, web_officer_ops(conn, station_code, now) + ops, "online complaint")
    return report_id


def push_as_web(conn: psycopg.Connection, ops: list[dict[str, Any]], what: str) -> list[dict[str, Any]]:
    """Sends `ops` through `sync.push` as the Polres web role (an HQ writer), in the caller's transaction on
    a superuser connection; raises CentralError, and so rolls back, if any op is refused."""
    _ensure_web_role(conn)
    conn.execute(sql.SQL("SET LOCAL SESSION AUTHORIZATION {}").format(sql.Identifier(WEB_ROLE)))
    row = conn.execute("SELECT sync.push(%s)", (Jsonb({"epoch": None, "ops": ops}),)).fetchone()
    conn.execute("RESET SESSION AUTHORIZATION")
    assert row is not None
    results: list[dict[str, Any]] = row[0]["results"]
    refused = [r for r in results if r["status"] not in ("applied", "merged")]
    if refused:
        raise CentralError(f"{what} refused: {refused}")
    return results


def web_officer_ops(conn: psycopg.Connection, station_code: str, now: datetime) -> list[dict[str, Any]]:
    """The op creating the web channel's receiving officer at `station_code`, or none when it exists: every
    complaint needs a receiving officer at the desk, and this one is inactive (it never logs in), with a fixed
    id, so every complaint of the station points at the same row."""
    if conn.execute("SELECT 1 FROM sentra.officer WHERE id = %s", (web_officer_id(station_code),)).fetchone():
        return []
    fields = {k: v for k, v in _defaults("officer").items() if k not in {"id", "version", "updated_at"}} | {
        "name": "Kanal Pengaduan Online",
        "nrp": f"WEB-{station_code}"[:20],
        "rank": "",
        "unit": "SPKT",
        "role": "officer",
        "active": False,
    }
    values = {"created_at": now} | fields | {"station_code": station_code}
    return [central_op("officer", web_officer_id(station_code), 0, values)]


def central_op(table: str, row_id: str, base_version: int, fields: dict[str, Any]) -> dict[str, Any]:
    """An op written centrally (web channel, Polres), with a new op id and its values as JSON."""
    return {"op_id": str(uuid.uuid4()), "table": table, "row_id": row_id, "base_version": base_version,
            "fields": {k: _json(v) for k, v in fields.items()}}  # fmt: skip


def web_officer_id(station_code: str) -> str:
    """The id of the web channel's receiving officer at `station_code` (the same on every machine)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"sentra-desk:web-channel:{station_code}"))


def _ensure_web_role(conn: psycopg.Connection) -> None:
    # is_superuser, not pg_roles: the central database hides the catalog of roles from other roles.
    su = conn.execute("SELECT current_setting('is_superuser') = 'on'").fetchone()
    if not su or not su[0]:
        raise CentralError("online complaints are written through a superuser connection")
    conn.execute(
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sentra_web') THEN "
        "CREATE ROLE sentra_web NOLOGIN; END IF; END $$"
    )
    conn.execute(
        "INSERT INTO sentra.station_role (role, station_code, is_hq) VALUES (%s, '*web', true) "
        "ON CONFLICT (role) DO NOTHING",
        (WEB_ROLE,),
    )
    grant_station(conn, WEB_ROLE)
