"""The `commons` command."""

from __future__ import annotations

import argparse
import logging
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
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    # Messages carry error types and code locations only, never personal data.
    logging.basicConfig(level=logging.WARNING, format="commons: %(levelname)s %(name)s: %(message)s")
    from commons_desktop.app import run  # Qt loads only when the window is wanted, not for --help

    data_dir = args.data_dir.expanduser() if args.data_dir is not None else None
    return run(data_dir)
