"""Command-line pieces several subcommands share: the exhibit folder, sizes, text size."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.system.console import UsageError


def add_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="exhibit folder (default: the bundled exhibit)")


def add_text_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--text-size",
        type=int,
        choices=(100, 125, 150),
        default=100,
        metavar="PCT",
        help="text size: 100, 125 or 150 (%%)",
    )


def size(text: str) -> tuple[int, int]:
    """`--size WxH`, within what a screen or a render can be."""
    try:
        width_s, height_s = text.lower().split("x")
        width, height = int(width_s), int(height_s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size '{text}' must look like 1920x1080") from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size '{text}' must be from 320x240 to 8192x8192")
    return width, height


def exhibit_path(path: str | None) -> tuple[Path, str]:
    """The exhibit folder a command was given (or the bundled one) and how to name it."""
    from exhibit.content.bundled import bundled_exhibit

    if path is None:
        folder = bundled_exhibit()
        return folder, str(folder)
    folder = Path(path)
    if folder.is_file() and folder.name == "exhibit.yaml":
        folder = folder.parent
    if not folder.exists():
        raise UsageError(f"{path}: no such exhibit folder")
    if not folder.is_dir():
        raise UsageError(f"{path}: not a folder; give the folder that holds exhibit.yaml")
    return folder, path
