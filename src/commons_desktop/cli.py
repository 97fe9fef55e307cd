"""The `commons` command."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from commons_desktop import __version__
from store import DATA_DIR_ENV


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
    return p


def _sync_service(args: argparse.Namespace, data_dir: Path | None) -> int:
    import asyncio
    import getpass

    from commons_desktop.service.runner import ServiceBusy, serve_headless
    from store import ProfileManager, StoreError
    from sync.lan.discovery import BadPeerAddress, parse_peer_address

    manager = ProfileManager(data_dir)
    matches = [p for p in manager.list_profiles() if args.profile in (p.label, p.profile_id) and not p.guest]
    if len(matches) != 1:
        print(f"commons: no single profile is called {args.profile!r}", file=sys.stderr)
        return 2
    try:
        peers = tuple((a.host, a.port) for a in map(parse_peer_address, args.peer))
    except BadPeerAddress as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 2
    try:
        session = manager.unlock(
            matches[0].profile_id, getpass.getpass(f"Passphrase for {matches[0].label}: ")
        )
    except StoreError as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    try:
        asyncio.run(
            serve_headless(
                session,
                interfaces=tuple(args.discover_on),
                listen_host=args.listen,
                port=args.port,
                peers=peers,
                out=lambda line: print(f"commons sync-service: {line}", file=sys.stderr, flush=True),
            )
        )
    except KeyboardInterrupt:
        pass
    except ServiceBusy as exc:
        print(f"commons: {exc}", file=sys.stderr)
        return 1
    finally:
        session.lock()
    return 0


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # Messages carry error types and code locations only, never personal data.
    logging.basicConfig(level=logging.WARNING, format="commons: %(levelname)s %(name)s: %(message)s")
    data_dir = args.data_dir.expanduser() if args.data_dir is not None else None
    if args.command == "sync-service":
        return _sync_service(args, data_dir)
    from commons_desktop.app import run  # Qt loads only when the window is wanted, not for --help

    return run(data_dir)
