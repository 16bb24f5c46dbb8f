"""What a subcommand is: its one-line help, what adds its options, and what runs it."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import NamedTuple


class Command(NamedTuple):
    """One `exhibit` subcommand. `run` returns the exit status or raises `Failure`."""

    summary: str
    add_options: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]
