"""The `commons` command."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from commons_desktop import __version__
from store import DATA_DIR_ENV

RELAYS_ENV = "COMMONS_RELAYS"

if TYPE_CHECKING:
    from sync.relay import RelayServer


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="commons",
        description="Commons: your wellness plan and check-ins, encrypted on this computer.",
        epilog=f"Profiles live in the platform data directory unless {DATA_DIR_ENV} or --data-dir says otherwise.",
    )
    p.add_argument(
        "--data-dir",
        type=Path,
        metavar="PATH",
        help=f"keep profiles in PATH instead of the default (overrides {DATA_DIR_ENV})",
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = p.add_subparsers(dest="command", metavar="COMMAND")
    service = commands.add_parser(
        "sync-service",
        help="keep a profile's communities in sync without the window (e.g. on an always-on machine)",
        description="Unlock a profile and sync its spaces with peers until interrupted (Ctrl-C).",
    )
    service.add_argument("--profile", required=True, metavar="NAME", help="the profile's name (or id)")
    service.add_argument(
        "--discover-on",
        metavar="IP",
        action="append",
        default=[],
        help="announce and look for peers on the interface with this IPv4 address (repeatable; default: off)",
    )
    service.add_argument(
        "--listen",
        metavar="HOST",
        default="127.0.0.1",
        help="address to accept peers on when discovery is off (default: 127.0.0.1, this machine only)",
    )
    service.add_argument(
        "--port", type=int, default=0, metavar="N", help="port to accept peers on (default: any free port)"
    )
    service.add_argument(
        "--peer", metavar="HOST:PORT", action="append", default=[], help="connect to a peer at this address"
    )
    service.add_argument(
        "--relay-file",
        type=Path,
        metavar="PATH",
        help="use the relays in PATH (owner-only, e.g. chmod 600): one SPACE=ADDRESS a line, the space id in hex"
        f" and the commons-relay:// address; ${RELAYS_ENV} may hold the same lines",
    )
    service.add_argument("--relay", action="append", default=[], help=argparse.SUPPRESS)  # see _relay_lines
    export = commands.add_parser(
        "export",
        help="write everything personal in a profile as JSON (and CSV tables); the files are NOT encrypted",
        description="Unlock a profile and write its personal data in open formats (docs/data-export.md). "
        "The files are not encrypted: anyone who can read them can read your plan and check-ins.",
    )
    export.add_argument("--profile", required=True, metavar="NAME", help="the profile's name (or id)")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help="the JSON file to write")
    export.add_argument(
        "--tables", type=Path, metavar="FILE", help="also write the CSV tables to this zip file"
    )
    relay = commands.add_parser(
        "relay",
        help="run a relay for your community: a local NATS server that stores and forwards sealed envelopes",
        description="Start the embedded relay (nats-server with JetStream and TLS) until interrupted (Ctrl-C).",
    )
    relay.add_argument(
        "--data-dir-relay",
        type=Path,
        metavar="PATH",
        help="keep the relay's certificate, credential and messages in PATH (default: DATA_DIR/relay)",
    )
    relay.add_argument(
        "--host", default="127.0.0.1", metavar="H", help="address to listen on (default: 127.0.0.1)"
    )
    relay.add_argument(
        "--port",
        type=int,
        default=None,
        metavar="N",
        help="port to listen on (default: the one used last time, else any free port; it goes into invites)",
    )
    relay.add_argument(
        "--space-mib",
        type=int,
        default=128,
        metavar="N",
        help="how much each community may keep on the relay, in MiB (default: 128)",
    )
    relay_commands = relay.add_subparsers(dest="relay_command", metavar="SUBCOMMAND")
    add_space = relay_commands.add_parser(
        "add-space",
        help="give one space its own relay user, limited to that space's subject (a new password each time)",
        description="Create (or show again) the user of one space on this relay, and reload a running relay.",
    )
    add_space.add_argument("tag", metavar="TAG_HEX", help="the space's relay tag: 64 hex digits")
    add_space.add_argument(
        "--data-dir-relay",
        type=Path,
        metavar="PATH",
        default=argparse.SUPPRESS,  # keep a value given before the subcommand
        help="the relay's data dir (default: DATA_DIR/relay)",
    )
    check = commands.add_parser(
        "self-check",
        help="check that this installation works: open the demo town in a throw-away profile and save a screenshot",
        description="In a temporary folder (your own profiles are not opened), make a profile, start the sync "
        "service, open the demo town and save a screenshot of it; then check the relay's server, the translations"
        " and the compiled modules. Needs a display.",
    )
    check.add_argument(
        "--screenshot", required=True, type=Path, metavar="FILE", help="where to save the screenshot (PNG)"
    )
    return p


def _relay_dir(args: argparse.Namespace, data_dir: Path | None) -> Path:
    from store import default_data_dir

    if args.data_dir_relay:
        return Path(args.data_dir_relay).expanduser()
    return (data_dir or default_data_dir()) / "relay"


def _relay_add_space(args: argparse.Namespace, data_dir: Path | None) -> int:
    from sync.relay import SPACE_TAG_BYTES, RelayError, add_space_user, signal_reload

    try:
        tag = bytes.fromhex(args.tag)
    except ValueError:
        tag = b""
    if len(tag) != SPACE_TAG_BYTES:
        print(f"commons: TAG_HEX must be {2 * SPACE_TAG_BYTES} hex digits", file=sys.stderr)
        return 2
    relay_dir = _relay_dir(args, data_dir)
    try:
        credential = add_space_user(relay_dir, tag)
    except (RelayError, OSError) as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    print(f"user:        {credential.user}")
    print(f"password:    {credential.password}")
    print("The relay keeps only a hash of this password: note it now. Asking again gives a new one and the")
    print("earlier one stops working.")
    pid = signal_reload(relay_dir)
    if pid is None:
        print("No relay is running from this data dir; the user works from its next start.")
    else:
        print(f"Asked the running relay (pid {pid}) to reload; the user works once it has reloaded.")
    return 0


def _remembered_port(path: Path) -> int:
    try:
        port = int(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError):
        return 0
    return port if 0 < port < 65536 else 0


def _reachable_hosts(host: str) -> list[str]:
    """The addresses members could use: *host* itself, or for 0.0.0.0 / :: this machine's non-loopback IPv4
    addresses (loopback if it has none)."""
    import ipaddress

    try:
        unspecified = ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return [host]
    if not unspecified:
        return [host]
    import ifaddr

    found = [
        str(ip.ip)
        for adapter in ifaddr.get_adapters()
        for ip in adapter.ips
        if isinstance(ip.ip, str) and not ipaddress.ip_address(ip.ip).is_loopback
    ]
    return found or ["127.0.0.1"]


def _stop_on_signals() -> None:
    """Ctrl-C and SIGTERM stop the relay however it was started: a background job starts with SIGINT ignored,
    and Python then installs no KeyboardInterrupt handler of its own."""

    def stop(_signum: int, _frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)


def _relay(args: argparse.Namespace, data_dir: Path | None) -> int:
    import asyncio

    from sync.relay import RelayError, RelayServer, SpaceLimits

    if args.relay_command == "add-space":
        return _relay_add_space(args, data_dir)
    relay_dir = _relay_dir(args, data_dir)
    _stop_on_signals()
    port_file = relay_dir / "port"
    port = args.port if args.port is not None else _remembered_port(port_file)
    limits = SpaceLimits(max_bytes=args.space_mib * 1024**2)
    server = RelayServer(relay_dir, host=args.host, port=port, space_limits=limits)
    try:
        server.start()
        port_file.write_text(f"{server.port}\n", encoding="ascii")  # the same port next time: invites hold it
        asyncio.run(_serve_relay(server, args.host))
        _stop_on_signals()  # the loop's handlers are gone with it: ours again until the server is stopped
        if server.running:
            return 0  # stopped by a signal
        print("commons: the relay's nats-server exited", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    except RelayError as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    finally:
        server.stop()


async def _serve_relay(server: RelayServer, host: str) -> None:
    """Prepare the streams, answer provisioning requests, say how to reach the relay, and run until a signal
    or the server's exit."""
    import asyncio

    from sync.relay.provision import Provisioner

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    await server.prepare_stream()
    await server.prepare_space_streams()
    provisioner = Provisioner(server)
    await provisioner.start()
    try:
        _print_relay(server, host)
        while server.running and not stop.is_set():
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(0.5):
                    await stop.wait()
    finally:
        await provisioner.stop()


def _print_relay(server: RelayServer, host: str) -> None:
    from sync.relay.address import RelayAddress

    provision = server.provision_credential
    limits = server.space_limits
    print(f"address:     {server.url}")
    print(f"certificate: sha256 {server.certificate_sha256} ({server.certificate_path})")
    print(f"room:        {server.room_for_spaces} communities of {limits.max_bytes // 1024**2} MiB each")
    print(
        "Give admins this provisioning address; each community they give the relay to gets a login of its own,"
        " which is all that members and invites carry:"
    )
    for reachable in _reachable_hosts(host):
        address = RelayAddress(
            ((reachable, server.port),),
            provision.user,
            provision.password,
            bytes.fromhex(server.certificate_sha256),
        )
        print(f"  {address.to_text()}")
    print(f"The operator's own login stays in {server.credential_path}; never give it out.")
    print("Relay running; Ctrl-C stops it.", flush=True)


def _relay_lines(args: argparse.Namespace) -> list[str]:
    """`SPACE=ADDRESS` lines from --relay-file and $COMMONS_RELAYS. Never from the command line: a relay address
    holds a password, and every user of the computer can read every process's command line."""
    import os
    import stat

    if args.relay:
        raise ValueError(
            "--relay no longer takes an address: it holds a password, which every user of this computer could"
            f" read in the command line; put SPACE=ADDRESS lines in a file only you can read (--relay-file) or in"
            f" ${RELAYS_ENV}"
        )
    text = os.environ.get(RELAYS_ENV, "")
    if args.relay_file is not None:
        path = Path(args.relay_file).expanduser()
        try:
            if stat.S_IMODE(path.stat().st_mode) & 0o077:
                raise ValueError(f"--relay-file {path} can be read by others: make it yours only (chmod 600)")
            text += "\n" + path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"--relay-file {path} cannot be read ({type(exc).__name__})") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _space_relay(item: str) -> tuple[bytes, str]:
    """`SPACE=ADDRESS` from the command line: the space id and the relay address text, both checked."""
    from sync.relay import RelayError
    from sync.relay.address import RelayAddress

    space, equals, address = item.partition("=")
    try:
        space_id = bytes.fromhex(space.strip())
    except ValueError:
        space_id = b""
    if not equals or len(space_id) != 16:
        raise ValueError(f"a relay line is SPACE=ADDRESS with the space id in hex (32 digits), not {space!r}")
    try:
        return space_id, RelayAddress.from_text(address).to_text()
    except RelayError as exc:
        raise ValueError(f"the relay for {space.strip()}: {exc}") from None


def _export(args: argparse.Namespace, data_dir: Path | None) -> int:
    import getpass

    from store import ProfileManager, StoreError, write_personal_csv, write_personal_json

    manager = ProfileManager(data_dir)
    matches = [p for p in manager.list_profiles() if args.profile in (p.label, p.profile_id) and not p.guest]
    if len(matches) != 1:
        print(f"commons: no single profile is called {args.profile!r}", file=sys.stderr)
        return 2
    targets = [Path(args.out).expanduser()] + ([Path(args.tables).expanduser()] if args.tables else [])
    try:
        session = manager.unlock(
            matches[0].profile_id, getpass.getpass(f"Passphrase for {matches[0].label}: ")
        )
    except StoreError as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    try:
        write_personal_json(session, targets[0])
        if args.tables:
            write_personal_csv(session, targets[1])
    except OSError as exc:
        print(f"commons: could not write {exc.filename or targets[0]}: {exc.strerror}", file=sys.stderr)
        return 1
    finally:
        session.lock()
    for target in targets:
        print(f"commons: wrote {target} (not encrypted)", file=sys.stderr)
    return 0


def _sync_service(args: argparse.Namespace, data_dir: Path | None) -> int:
    import asyncio
    import getpass

    from commons_desktop.service import allocator
    from commons_desktop.service.runner import serve_headless
    from store import ProfileManager, StoreError
    from sync.lan.discovery import BadPeerAddress, parse_peer_address

    manager = ProfileManager(data_dir)
    matches = [p for p in manager.list_profiles() if args.profile in (p.label, p.profile_id) and not p.guest]
    if len(matches) != 1:
        print(f"commons: no single profile is called {args.profile!r}", file=sys.stderr)
        return 2
    try:
        peers = tuple((a.host, a.port) for a in map(parse_peer_address, args.peer))
        relays = tuple(_space_relay(item) for item in _relay_lines(args))
    except (BadPeerAddress, ValueError) as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 2
    try:
        session = manager.unlock(
            matches[0].profile_id, getpass.getpass(f"Passphrase for {matches[0].label}: ")
        )
    except StoreError as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    allocator.tune()
    try:
        asyncio.run(
            serve_headless(
                session,
                interfaces=tuple(args.discover_on),
                listen_host=args.listen,
                port=args.port,
                peers=peers,
                relays=relays,
                out=lambda line: print(f"commons sync-service: {line}", file=sys.stderr, flush=True),
            )
        )
    except KeyboardInterrupt:
        pass
    except ValueError as exc:  # ServiceBusy, or a --relay for a space the profile is not in
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    finally:
        session.lock()
    return 0


def split_link(argv: list[str]) -> tuple[list[str], str | None]:
    """The arguments without a `commons:` link (how a desktop opens a link with the app), and the link."""
    links = [a for a in argv if a.lower().startswith("commons:")]
    return [a for a in argv if a not in links], (links[0] if links else None)


def main(argv: list[str] | None = None) -> int:
    rest, link = split_link(list(sys.argv[1:] if argv is None else argv))
    args = parser().parse_args(rest)
    # Messages carry error types and code locations only, never personal data.
    logging.basicConfig(level=logging.WARNING, format="commons: %(levelname)s %(name)s: %(message)s")
    data_dir = args.data_dir.expanduser() if args.data_dir is not None else None
    if args.command == "sync-service":
        return _sync_service(args, data_dir)
    if args.command == "relay":
        return _relay(args, data_dir)
    if args.command == "export":
        return _export(args, data_dir)
    if args.command == "self-check":
        from commons_desktop.self_check import self_check

        return self_check(Path(args.screenshot).expanduser())
    opened = None
    if link is not None:
        from sync.community.links import LinkError, parse_link

        try:
            opened = parse_link(link)
        except LinkError as exc:
            print(f"commons: {exc}", file=sys.stderr)
            return 2
    from commons_desktop.app import run  # Qt loads only when the window is wanted, not for --help

    return run(data_dir, opened)
