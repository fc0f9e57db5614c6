"""PgBouncer in front of the tests' PostgreSQL, started from Debian's `pgbouncer` package like pgserver starts
PostgreSQL: the limits a station must not lift are enforced there (docs/central-deployment.md)."""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from psycopg.conninfo import conninfo_to_dict, make_conninfo


@dataclass
class Bouncer:
    port: int
    folder: Path
    process: subprocess.Popen[bytes]

    def url(self, dbname: str, **params: str) -> str:
        return make_conninfo("", host="127.0.0.1", port=str(self.port), dbname=dbname, **params)

    def log(self) -> str:
        path = self.folder / "pgbouncer.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        self.process.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(10)
        if self.process.poll() is None:
            self.process.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def config(
    server_uri: str,
    port: int,
    folder: Path,
    *,
    query_timeout: float,
    idle_transaction_timeout: float,
    max_packet_size: int,
    max_user_connections: int = 4,
    query_wait_timeout: float = 30,
) -> str:
    """The PgBouncer settings of docs/central-deployment.md, with the tests' (shorter) timeouts."""
    parts = conninfo_to_dict(server_uri)
    host, server_port = parts.get("host") or "/tmp", parts.get("port") or "5432"
    return f"""[databases]
* = host={host} port={server_port}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = {port}
unix_socket_dir =
logfile = {folder}/pgbouncer.log
pidfile = {folder}/pgbouncer.pid
auth_type = scram-sha-256
auth_file = {folder}/userlist.txt
auth_user = postgres
auth_query = SELECT usename, passwd FROM pg_catalog.pg_shadow WHERE usename = $1
pool_mode = transaction
server_reset_query = DISCARD ALL
server_reset_query_always = 1
query_timeout = {query_timeout:g}
query_wait_timeout = {query_wait_timeout:g}
idle_transaction_timeout = {idle_transaction_timeout:g}
client_idle_timeout = 600
max_client_conn = 500
default_pool_size = 10
max_db_connections = 20
max_user_connections = {max_user_connections}
max_packet_size = {max_packet_size}
ignore_startup_parameters = extra_float_digits,options
"""


def make_tls(folder: Path) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for `localhost` (openssl): CA, certificate, key."""
    ca_key, ca, key = folder / "ca.key", folder / "ca.crt", folder / "server.key"
    csr, crt, ext = folder / "server.csr", folder / "server.crt", folder / "san.ext"
    ext.write_text("subjectAltName=DNS:localhost\n")
    for args in (
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Sentra test CA"]
        + ["-keyout", str(ca_key), "-out", str(ca)],
        ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", str(key)]
        + ["-out", str(csr)],
        ["x509", "-req", "-in", str(csr), "-CA", str(ca), "-CAkey", str(ca_key), "-CAcreateserial"]
        + ["-days", "2", "-extfile", str(ext), "-out", str(crt)],
    ):
        subprocess.run(["openssl", *args], check=True, capture_output=True)
    key.chmod(0o600)
    return ca, crt, key


def start_bouncer(
    server_uri: str,
    *,
    run_as: str | None = None,
    query_timeout: float = 3,
    idle_transaction_timeout: float = 2,
    max_packet_size: int = 16 * 1024 * 1024,
    max_user_connections: int = 4,
    query_wait_timeout: float = 30,
    tls: bool = False,
) -> Bouncer:
    """Starts `pgbouncer` (Debian: /usr/sbin/pgbouncer) and waits until it accepts connections. With `tls`,
    clients must use TLS (`client_tls_sslmode = require`); the CA is `folder / "ca.crt"`."""
    exe = shutil.which("pgbouncer") or "/usr/sbin/pgbouncer"
    if not Path(exe).exists():
        raise FileNotFoundError(
            "pgbouncer is not installed (Debian package `pgbouncer`; ./run.sh test installs it)"
        )
    folder = Path(tempfile.mkdtemp(prefix="sentra-pgbouncer-"))
    port = _free_port()
    (folder / "pgbouncer.ini").write_text(
        config(
            server_uri,
            port,
            folder,
            query_timeout=query_timeout,
            idle_transaction_timeout=idle_transaction_timeout,
            max_packet_size=max_packet_size,
            max_user_connections=max_user_connections,
            query_wait_timeout=query_wait_timeout,
        )
    )
    (folder / "userlist.txt").write_text('"postgres" ""\n')  # the server trusts postgres on its socket
    if tls:
        _ca, crt, key = make_tls(folder)
        with (folder / "pgbouncer.ini").open("a") as ini:
            ini.write(
                f"client_tls_sslmode = require\nclient_tls_cert_file = {crt}\nclient_tls_key_file = {key}\n"
                "client_tls_protocols = tlsv1.2,tlsv1.3\n"
            )
    command = [exe, str(folder / "pgbouncer.ini")]
    if os.getuid() == 0:  # PgBouncer will not run as root
        user = run_as or "postgres"
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        for child in folder.iterdir():
            os.chown(child, entry.pw_uid, entry.pw_gid)
        command = [exe, "-u", user, str(folder / "pgbouncer.ini")]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    bouncer = Bouncer(port, folder, process)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            err = process.stderr.read().decode(errors="replace") if process.stderr else ""
            raise RuntimeError(f"pgbouncer exited: {err} {bouncer.log()}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return bouncer
        time.sleep(0.1)
    bouncer.stop()
    raise RuntimeError(f"pgbouncer did not start: {bouncer.log()}")
