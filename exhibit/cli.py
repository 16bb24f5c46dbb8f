"""The `exhibit` command line: argparse subcommands, one-line errors, never a traceback."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from exhibit import __version__, curator


class UsageError(Exception):
    """Bad command-line input, reported as one line with exit status 2."""


def _size(text: str) -> tuple[int, int]:
    try:
        width_s, height_s = text.lower().split("x")
        width, height = int(width_s), int(height_s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size '{text}' must look like 1920x1080") from None
    if not (320 <= width <= 8192 and 240 <= height <= 8192):
        raise argparse.ArgumentTypeError(f"size '{text}' must be from 320x240 to 8192x8192")
    return width, height


def _add_path(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", nargs="?", help="exhibit folder (default: the bundled exhibit)")


def _add_text_size(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--text-size",
        type=int,
        choices=(100, 125, 150),
        default=100,
        metavar="PCT",
        help="text size: 100, 125 or 150 (%%)",
    )


def _run_options(run: argparse.ArgumentParser) -> None:
    _add_path(run)
    run.add_argument("--fullscreen", action="store_true", help="fill the screen")
    run.add_argument("--screen", type=int, default=None, metavar="N", help="screen number")
    run.add_argument("--lang", default=None, metavar="L", help="language code, e.g. en")
    run.add_argument(
        "--reduced-motion", action="store_true", help="no slide transitions or animations"
    )
    _add_text_size(run)
    run.add_argument("--kiosk", action="store_true", help="unattended, locked-down kiosk mode")
    run.add_argument(
        "--presenter",
        action="store_true",
        help="presenter view on this screen, audience on the next",
    )
    run.add_argument(
        "--config",
        type=Path,
        default=None,
        metavar="FILE",
        help="kiosk config file (default: the platform config folder)",
    )


def _bench_options(bench: argparse.ArgumentParser) -> None:
    _add_path(bench)
    bench.add_argument(
        "--synthetic",
        type=int,
        default=None,
        metavar="N",
        help="also measure a generated exhibit of N slides with 500 images",
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument(
        "--quick",
        action="store_true",
        help="fewer runs and transitions (a smoke test, not a measurement)",
    )


def _handout_options(handout: argparse.ArgumentParser) -> None:
    _add_path(handout)
    handout.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    handout.add_argument("--lang", default=None, metavar="L")
    handout.add_argument("--notes", action="store_true", help="include the presenter notes")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4")


def _kiosk_options(kiosk: argparse.ArgumentParser) -> None:
    kiosk_sub = kiosk.add_subparsers(dest="kiosk_command", metavar="ACTION", required=True)
    set_pin = kiosk_sub.add_parser("set-pin", help="set the admin PIN (4 to 12 digits)")
    set_pin.add_argument("--config", type=Path, default=None, metavar="FILE")
    set_pin.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the PIN from standard input instead of asking twice",
    )


def _render_options(render: argparse.ArgumentParser) -> None:
    _add_path(render)
    render.add_argument("--out", required=True, type=Path, metavar="DIR")
    render.add_argument("--size", type=_size, default=(1920, 1080), metavar="WxH")
    render.add_argument("--lang", default=None, metavar="L")
    _add_text_size(render)


# Each subcommand: its one-line help and what adds its options.
SUBCOMMANDS: dict[str, tuple[str, curator.AddOptions]] = {
    "run": ("show an exhibit (the default command)", _run_options),
    "bench": ("measure start-up, navigation, memory and idle cost", _bench_options),
    "handout": ("a printable PDF handout of the slides", _handout_options),
    "kiosk": ("kiosk administration", _kiosk_options),
    "check": ("validate an exhibit folder", _add_path),
    "render": ("render every slide to PNG", _render_options),
    **curator.SUBCOMMANDS,
}
COMMANDS = tuple(SUBCOMMANDS)


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line; given `only`, just that subcommand: building them all costs every
    start-up 2 to 5 ms, and a run parses one command (`exhibit --help` builds them all)."""
    parser = argparse.ArgumentParser(
        prog="exhibit", description="Show, check and render digital exhibits."
    )
    parser.add_argument("--version", action="version", version=f"exhibit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (summary, add_options) in SUBCOMMANDS.items():
        if only is None or only == name:
            add_options(sub.add_parser(name, help=summary))
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return ["run", *argv]
    return argv


def _exhibit_path(path: str | None) -> tuple[Path, str]:
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


def cmd_check(args: argparse.Namespace) -> int:
    from exhibit.content.loader import check

    folder, label = _exhibit_path(args.path)
    result = check(folder, label)
    for problem in sorted(result.problems, key=lambda p: (p.file, p.line, p.column)):
        print(problem.format())
    if not result.ok:
        errors = len(result.errors)
        print(f"{label}: {errors} error{'s' if errors != 1 else ''}", file=sys.stderr)
        return 1
    assert result.exhibit is not None
    slides = len(result.exhibit.slides)
    print(
        f"{label}: ok ({len(result.exhibit.sections)} sections, {slides} slides, "
        f"{len(result.exhibit.timeline.events)} events)",
        file=sys.stderr,
    )
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    from exhibit.ui.app import RunOptions, run_viewer

    folder, label = _exhibit_path(args.path)
    if args.kiosk and args.presenter:
        raise UsageError("choose --kiosk or --presenter, not both")
    options = RunOptions(
        fullscreen=args.fullscreen,
        screen=args.screen,
        lang=args.lang,
        kiosk=args.kiosk,
        presenter=args.presenter,
        text_scale=args.text_size / 100,
        reduced_motion=args.reduced_motion,
        config=args.config,
    )
    return run_viewer(folder, label, options)


def cmd_bench(args: argparse.Namespace) -> int:
    from exhibit.ui.bench import run_bench

    if args.synthetic is not None and args.synthetic < 1:
        raise UsageError("--synthetic needs a number of slides above 0")
    folder, _ = _exhibit_path(args.path)
    return run_bench(folder, args.synthetic, args.quick, args.json)


def cmd_handout(args: argparse.Namespace) -> int:
    from exhibit.ui.handout import handout

    folder, label = _exhibit_path(args.path)
    return handout(folder, label, args.out, args.lang, args.notes, args.paper)


def cmd_kiosk(args: argparse.Namespace) -> int:
    from exhibit.show.kiosk_config import default_path, write_pin_hash
    from exhibit.show.pin import hash_pin

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
        raise UsageError(f"{path}: cannot write ({exc.strerror})") from None
    print(f"admin PIN set in {path}", file=sys.stderr)
    return 0


def cmd_render(args: argparse.Namespace) -> int:
    from exhibit.ui.render import render_exhibit

    folder, label = _exhibit_path(args.path)
    return render_exhibit(folder, label, args.out, args.size, args.lang, args.text_size / 100)


def parse(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Set up logging and read the command line (argparse exits with 2 on bad arguments)."""
    logging.basicConfig(level=logging.WARNING, format="exhibit: %(levelname)s: %(message)s")
    words = _with_default_command(list(sys.argv[1:] if argv is None else argv))
    parser = build_parser(only=words[0] if words and words[0] in COMMANDS else None)
    return parser.parse_args(words)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point; returns the process exit status."""
    args = parse(argv)
    handlers = {
        "run": cmd_run,
        "check": cmd_check,
        "render": cmd_render,
        "kiosk": cmd_kiosk,
        "handout": cmd_handout,
        "bench": cmd_bench,
    }
    handlers.update(curator.HANDLERS)
    try:
        return handlers[args.command](args)
    except UsageError as exc:
        print(f"exhibit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the last net: a user never sees a traceback
        if os.environ.get("EXHIBIT_DEBUG"):
            raise
        print(
            f"exhibit: internal error: {type(exc).__name__}: {exc} "
            "(set EXHIBIT_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return 70
