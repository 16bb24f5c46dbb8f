"""The curator's subcommands: `check`, `new`, `import` and `stats`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from exhibit.cli.command import Command
from exhibit.cli.options import add_path, exhibit_path
from exhibit.system.console import Failure, UsageError, printable, say, warn

if TYPE_CHECKING:  # datetime is imported when --since is given, not for every command
    from datetime import date

    from exhibit.analytics.read import KioskData
    from exhibit.content.reader import Ref


def cmd_check(args: argparse.Namespace) -> int:
    from exhibit.content.loader import check

    folder, label = exhibit_path(args.path)
    result = check(folder, label)
    if result.exhibit is not None and result.pictures:
        from exhibit.ui.pictures import decode_problems

        result.problems.extend(decode_problems(result.pictures))
    if result.exhibit is not None and result.media:
        from exhibit.ui.mediatrial import media_problems

        result.problems.extend(media_problems(result.media))
    if result.exhibit is not None and result.pdfs:
        from exhibit.ui.pdfpages import pdf_problems

        result.problems.extend(pdf_problems(result.pdfs))
    for problem in sorted(result.problems, key=lambda p: (p.file, p.line, p.column)):
        print(printable(problem.format()))
    if not result.ok:
        errors = len(result.errors)
        say(f"{label}: {errors} error{'s' if errors != 1 else ''}")
        return 1
    assert result.exhibit is not None
    if args.media and not _media_report(folder, label, result.media):
        return 1
    slides = len(result.exhibit.slides)
    say(
        f"{label}: ok ({len(result.exhibit.sections)} sections, {slides} slides, "
        f"{len(result.exhibit.timeline.events)} events)"
    )
    return 0


def _media_report(folder: Path, label: str, media: list[Ref]) -> bool:
    """`check --media`: one line per video or sound file saying what it decoded to (its first
    frame and a second of sound); False when one would not."""
    from exhibit.ui.mediatrial import decode_report, quiet_decoders

    ok = True
    with quiet_decoders():
        for target in dict.fromkeys(ref.target for ref in media):
            name = Path(target).resolve().relative_to(folder.resolve()).as_posix()
            decoded, problem = decode_report(target)
            if problem:
                print(printable(f"{label}/{name}: error: cannot be played ({problem})"))
                ok = False
            else:
                print(printable(f"{label}/{name}: {decoded}"))
    return ok


def _check_options(parser: argparse.ArgumentParser) -> None:
    add_path(parser)
    parser.add_argument(
        "--media",
        action="store_true",
        help="also print what each video and sound file decodes to: its first frame and a "
        "second of its sound",
    )


def _date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date '{text}' must look like 2024-05-01") from None


def _new_options(new: argparse.ArgumentParser) -> None:
    new.add_argument("path", type=Path, metavar="DIR", help="folder to create (new or empty)")
    new.add_argument("--title", default=None, help="the exhibit's title (default: from DIR)")


def _import_options(imp: argparse.ArgumentParser) -> None:
    imp.add_argument("format", choices=["timelinejs"], help="the input format")
    imp.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="the timeline: TimelineJS JSON, or its sheet template saved as .csv or .tsv",
    )
    imp.add_argument("--out", required=True, type=Path, metavar="DIR", help="new exhibit folder")


def _stats_options(stats: argparse.ArgumentParser) -> None:
    stats.add_argument(
        "databases",
        nargs="*",
        type=Path,
        metavar="DB",
        help="analytics databases or folders of them, one per kiosk (default: this machine's own)",
    )
    stats.add_argument("--since", type=_date, default=None, metavar="DATE", help="YYYY-MM-DD")
    stats.add_argument("--format", choices=["table", "csv", "json"], default="table")
    stats.add_argument("--chart", type=Path, default=None, metavar="FILE.png")


def cmd_new(args: argparse.Namespace) -> int:
    from exhibit.content.loader import check
    from exhibit.content.newfolder import OutputExists
    from exhibit.content.scaffold import create_exhibit

    folder: Path = args.path
    try:
        create_exhibit(folder, args.title)
    except OutputExists as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise Failure(f"{folder}: cannot create ({exc.strerror or exc})") from None
    result = check(folder, str(folder))
    for problem in result.problems:  # never expected: the sample is checked by the tests
        say(problem.format())
    say(
        f"{folder}: new exhibit created; edit its YAML files, then run "
        f"`exhibit check {folder}` and `exhibit {folder}`"
    )
    return 0 if result.ok else 1


def cmd_import(args: argparse.Namespace) -> int:
    from exhibit.content.importers.timelinejs import import_timelinejs
    from exhibit.content.importers.timelinejs.read import ImportRefused
    from exhibit.content.loader import check
    from exhibit.content.newfolder import OutputExists

    source: Path = args.file
    out: Path = args.out
    if not source.is_file():
        raise UsageError(f"{source}: no such file")
    try:
        result = import_timelinejs(source, out, str(source))
    except OutputExists as exc:
        raise UsageError(f"--out {exc}") from None
    except ImportRefused as exc:
        raise Failure(str(exc)) from None
    except OSError as exc:
        raise Failure(f"{out}: cannot write ({exc.strerror or exc})") from None
    for warning in result.warnings:
        say(f"{source}: warning: {warning}")
    checked = check(out, str(out))
    for problem in checked.problems:
        say(problem.format())
    warnings = len(result.warnings)
    say(
        f"{out}: imported {result.events} event{'s' if result.events != 1 else ''} into "
        f"{len(result.sections)} section{'s' if len(result.sections) != 1 else ''}, "
        f"{result.slides} slides; {warnings} warning{'s' if warnings != 1 else ''}"
        + ("" if checked.ok else "; the result does not pass `exhibit check`")
    )
    return 0 if checked.ok else 1


def cmd_stats(args: argparse.Namespace) -> int:
    from exhibit.analytics.formats import format_csv, format_json, format_table
    from exhibit.analytics.report import build_report

    chart: Path | None = args.chart
    if chart is not None and chart.suffix.lower() != ".png":
        raise UsageError(f"--chart {chart}: the chart is a PNG; give a name ending in .png")
    if chart is not None and not chart.parent.is_dir():
        raise UsageError(f"--chart {chart}: folder {chart.parent} does not exist")
    kiosks, missing = _read_kiosks(args.databases)
    report = build_report(kiosks, args.since, missing)
    formatter = {"table": format_table, "csv": format_csv, "json": format_json}[args.format]
    text = formatter(report)
    if args.format != "json":  # JSON escapes control characters itself; a terminal may not
        text = "".join(printable(line) + "\n" for line in text.splitlines())
    sys.stdout.write(text)
    if args.format != "table":
        for path in missing:
            warn(f"{path}: no such database")
    if chart is not None:
        from exhibit.ui.chart import save_chart

        try:
            save_chart(report, chart)
        except OSError as exc:
            raise Failure(str(exc)) from None
        say(f"chart written to {chart}")
    return 0


def _read_kiosks(databases: list[Path]) -> tuple[list[KioskData], list[Path]]:
    """Every kiosk database named (default: this machine's), and the named ones missing."""
    from exhibit.analytics.read import StatsError, database_files, read_database, unique_labels
    from exhibit.analytics.store import default_database_path

    named = databases or [default_database_path()]
    for path in named:
        if path.is_dir() and path.suffix == ".sqlite":
            raise Failure(f"{path}: a folder, not an analytics database (a store is a file)")
        if path.is_dir() and not database_files([path]):
            warn(f"{path}: no *.sqlite files in this folder")
    files = database_files(named)
    try:
        kiosks = [read_database(p) for p in files if p.exists()]
    except StatsError as exc:
        raise Failure(str(exc)) from None
    unique_labels(kiosks)
    for kiosk in kiosks:
        if kiosk.skipped:
            warn(f"{kiosk.path}: {kiosk.skipped} damaged row(s) left out of the report")
    return kiosks, [p for p in files if not p.exists()]


COMMANDS = {
    "check": Command("validate an exhibit folder", _check_options, cmd_check),
    "new": Command("start a new exhibit folder from a commented sample", _new_options, cmd_new),
    "import": Command("convert another format into an exhibit folder", _import_options, cmd_import),
    "stats": Command("visitor analytics report from kiosk databases", _stats_options, cmd_stats),
}
