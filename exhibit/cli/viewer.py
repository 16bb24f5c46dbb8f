"""The viewer's subcommands: `run` (window, kiosk, presenter), `render`, `handout`, `bench`."""

from __future__ import annotations

import argparse
from pathlib import Path

from exhibit.cli.command import Command
from exhibit.cli.options import add_path, add_text_size, exhibit_path, size
from exhibit.system.console import UsageError


def _run_options(run: argparse.ArgumentParser) -> None:
    add_path(run)
    run.add_argument("--fullscreen", action="store_true", help="fill the screen")
    run.add_argument("--screen", type=int, default=None, metavar="N", help="screen number")
    run.add_argument("--lang", default=None, metavar="L", help="language code, e.g. en")
    run.add_argument(
        "--reduced-motion", action="store_true", help="no slide transitions or animations"
    )
    add_text_size(run)
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


def cmd_run(args: argparse.Namespace) -> int:
    from exhibit.ui.app import RunOptions, run_viewer

    folder, label = exhibit_path(args.path)
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


def _render_options(render: argparse.ArgumentParser) -> None:
    add_path(render)
    render.add_argument("--out", required=True, type=Path, metavar="DIR")
    render.add_argument("--size", type=size, default=(1920, 1080), metavar="WxH")
    render.add_argument("--lang", default=None, metavar="L")
    add_text_size(render)


def cmd_render(args: argparse.Namespace) -> int:
    from exhibit.ui.render import render_exhibit

    folder, label = exhibit_path(args.path)
    return render_exhibit(folder, label, args.out, args.size, args.lang, args.text_size / 100)


def _handout_options(handout: argparse.ArgumentParser) -> None:
    add_path(handout)
    handout.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    handout.add_argument("--lang", default=None, metavar="L")
    handout.add_argument("--notes", action="store_true", help="include the presenter notes")
    handout.add_argument("--paper", choices=("a4", "letter"), default="a4")
    handout.add_argument(
        "--per-page",
        type=int,
        choices=(1, 2, 3),
        default=1,
        help="slides on a page, each with lines for notes (default 1)",
    )


def cmd_handout(args: argparse.Namespace) -> int:
    from exhibit.ui.handout import handout

    folder, label = exhibit_path(args.path)
    return handout(folder, label, args.out, args.lang, args.notes, args.paper, args.per_page)


def _bench_options(bench: argparse.ArgumentParser) -> None:
    add_path(bench)
    bench.add_argument(
        "--synthetic",
        type=int,
        default=None,
        metavar="N",
        help="also measure a generated exhibit of N slides with 500 images",
    )
    bench.add_argument("--json", action="store_true", help="print one JSON object")
    bench.add_argument(
        "--media",
        action="store_true",
        help="instead: video, sound, 24-megapixel pictures, a scan's zoom and the attract film"
        " (media made with ffmpeg into the cache folder; 15 minutes or more)",
    )
    bench.add_argument(
        "--media-group",
        action="append",
        default=None,
        metavar="GROUP",
        help="with --media: only this figure group (video, audio, pictures, zoom or attract;"
        " again for more)",
    )
    bench.add_argument(
        "--quick",
        action="store_true",
        help="fewer runs and transitions (a smoke test, not a measurement)",
    )


def cmd_bench(args: argparse.Namespace) -> int:
    from exhibit.bench.run import run_bench

    if args.synthetic is not None and args.synthetic < 1:
        raise UsageError("--synthetic needs a number of slides above 0")
    if args.media and args.synthetic is not None:
        raise UsageError("--media is a group of its own: give it without --synthetic")
    if args.media_group and not args.media:
        raise UsageError("--media-group needs --media")
    if args.media:
        from exhibit.bench.media import run_media_bench
        from exhibit.bench.mediafiles import GROUPS

        unknown = sorted(set(args.media_group or ()) - set(GROUPS))
        if unknown:
            raise UsageError(f"no media group {unknown[0]} (one of {', '.join(GROUPS)})")
        return run_media_bench(args.quick, args.json, args.media_group or GROUPS)
    folder, _ = exhibit_path(args.path)
    return run_bench(folder, args.synthetic, args.quick, args.json)


COMMANDS = {
    "run": Command("show an exhibit (the default command)", _run_options, cmd_run),
    "bench": Command(
        "measure start-up, navigation, memory and idle cost", _bench_options, cmd_bench
    ),
    "handout": Command("a printable PDF handout of the slides", _handout_options, cmd_handout),
    "render": Command("render every slide to PNG", _render_options, cmd_render),
}
