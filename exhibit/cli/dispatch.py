"""Read the command line, run the subcommand, and print whatever stopped it as one line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from exhibit import __version__
from exhibit.cli import curator, kiosk, viewer
from exhibit.cli.command import Command
from exhibit.content.errors import ContentError
from exhibit.system.console import CONTENT, INTERNAL, Failure, error_line, say

# Every subcommand, in the order `exhibit --help` lists them.
COMMANDS: dict[str, Command] = {**viewer.COMMANDS, **kiosk.COMMANDS, **curator.COMMANDS}


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; given `only`, just that subcommand: building them all costs every
    start-up 2 to 5 ms, and a run parses one command (`exhibit --help` builds them all)."""
    parser = argparse.ArgumentParser(
        prog="exhibit", description="Show, check and render digital exhibits."
    )
    parser.add_argument("--version", action="version", version=f"exhibit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, command in COMMANDS.items():
        if only is None or only == name:
            command.add_options(sub.add_parser(name, help=command.summary))
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return ["run", *argv]
    return argv


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Set up logging and read the command line (argparse exits with 2 on bad arguments)."""
    logging.basicConfig(level=logging.WARNING, format="exhibit: %(levelname)s: %(message)s")
    words = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(only=words[0] if words and words[0] in COMMANDS else None)
    return parser.parse_args(words)


def run(args: argparse.Namespace) -> int:
    """Run a parsed command; every way it can stop becomes an exit status and one line each."""
    try:
        if args.command == "run":  # a window: before PySide6 is imported, Qt cannot abort
            _window_preflight()
        return COMMANDS[args.command].run(args)
    except ImportError as exc:  # PySide6 without a system library it links against
        from exhibit.system.qtlibs import import_failure

        line = import_failure(exc)
        if line is None:
            return _internal_error(exc)
        say(error_line(line))
        return CONTENT
    except Failure as exc:
        say(error_line(exc.message))
        return exc.status
    except ContentError as exc:
        for problem in exc.problems:
            if problem.severity == "error":
                say(problem.format())
        return CONTENT
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last net: a user never sees a traceback
        return _internal_error(exc)


def _window_preflight() -> None:
    from exhibit.system.qtlibs import window_preflight

    problem = window_preflight()
    if problem:
        raise Failure(problem)


def _internal_error(exc: Exception) -> int:
    if os.environ.get("EXHIBIT_DEBUG"):
        raise exc
    say(f"exhibit: internal error: {type(exc).__name__}: {exc} (set EXHIBIT_DEBUG=1 for details)")
    return INTERNAL


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    return run(parse(argv))
