"""`exhibit kiosk set-pin`: the kiosk administration subcommand."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from exhibit.cli.command import Command
from exhibit.system.console import Failure, UsageError, say


def _kiosk_options(kiosk: argparse.ArgumentParser) -> None:
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    set_pin = kiosk_sub.add_parser("set-pin", help="set the admin PIN (4 to 12 digits)")
    set_pin.add_argument("--config", type=Path, default=None, metavar="FILE")
    set_pin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input instead of asking twice",
    )


def cmd_kiosk(args: argparse.Namespace) -> int:
    from exhibit.kiosk.config import default_path, write_pin_hash
    from exhibit.kiosk.pin import hash_pin

    path = args.config or default_path()
    if args.pin_stdin:
        pin = sys.stdin.readline().strip()
    else:
        import getpass

        pin = getpass.getpass("New admin PIN (4-12 digits): ")
        if getpass.getpass("Again: ") != pin:
            raise UsageError("the two PINs differ; nothing was changed")
    try:
        write_pin_hash(path, hash_pin(pin))
    except ValueError as exc:
        raise UsageError(f"{exc}; nothing was changed") from None
    except OSError as exc:
        raise Failure(f"{path}: cannot write ({exc.strerror})", 2) from None
    say(f"admin PIN set in {path}")
    return 0


COMMANDS = {"kiosk": Command("kiosk administration", _kiosk_options, cmd_kiosk)}
