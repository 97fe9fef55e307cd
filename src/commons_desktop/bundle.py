"""What the executable of a bundle that runs without Python (`make package`) runs: the sync service when the
window started it as its child, else the `commons` command (the window, or a subcommand)."""

from __future__ import annotations

import sys

from commons_desktop.service.process import SERVICE_MODE

__all__ = ["main"]


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args == [SERVICE_MODE]:
        from commons_desktop.service.runner import main as serve

        return serve()
    from commons_desktop.cli import main as command

    return command(args)
