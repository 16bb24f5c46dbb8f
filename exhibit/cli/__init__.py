"""The `exhibit` command line: one table of subcommands, errors printed in one place."""

from exhibit.cli.dispatch import main, parse, run

__all__ = ["main", "parse", "run"]
