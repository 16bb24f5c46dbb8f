"""The curator commands of the `exhibit` command line: `new`, `import` and `stats`.

`exhibit.cli` adds these subcommands from `SUBCOMMANDS` and runs them through `HANDLERS`;
each handler returns the exit status: 0 done, 1 bad input content, 2 bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # datetime is imported when --since is given, not for every command
    from datetime import date


def _usage(message: str) -> int:
    print(f"exhibit: error: {message}", file=sys.stderr)
    return 2


def _date(text: str) -> date:
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"date '{text}' must look like 2024-05-01") from None


AddOptions = Callable[[argparse.ArgumentParser], None]


def _new_options(new: argparse.ArgumentParser) -> None:
    new.add_argument("path", type=Path, metavar="DIR", help="folder to create (new or empty)")
    new.add_argument("--title", default=None, help="the exhibit's title (default: from DIR)")


def _import_options(imp: argparse.ArgumentParser) -> None:
    imp.add_argument("format", choices=["timelinejs"], help="the input format")
    imp.add_argument("file", type=Path, metavar="FILE.json", help="the timeline to convert")
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


# `new`, `import` and `stats` for the `exhibit` subcommands: one-line help, their options.
SUBCOMMANDS: dict[str, tuple[str, AddOptions]] = {
    "new": ("start a new exhibit folder from a commented sample", _new_options),
    "import": ("convert another format into an exhibit folder", _import_options),
    "stats": ("visitor analytics report from kiosk databases", _stats_options),
}


def cmd_new(args: argparse.Namespace) -> int:
    from exhibit.content.loader import check
    from exhibit.content.newfolder import OutputExists
    from exhibit.content.scaffold import create_exhibit

    folder: Path = args.path
    try:
        create_exhibit(folder, args.title)
    except OutputExists as exc:
        return _usage(str(exc))
    except OSError as exc:
        print(f"exhibit: error: {folder}: cannot create ({exc.strerror or exc})", file=sys.stderr)
        return 1
    result = check(folder, str(folder))
    for problem in result.problems:  # never expected: the sample is checked by the tests
        print(problem.format(), file=sys.stderr)
    print(
        f"{folder}: new exhibit created; edit its YAML files, then run "
        f"`exhibit check {folder}` and `exhibit {folder}`",
        file=sys.stderr,
    )
    return 0 if result.ok else 1


def cmd_import(args: argparse.Namespace) -> int:
    from exhibit.content.importers.timelinejs import ImportRefused, import_timelinejs
    from exhibit.content.loader import check
    from exhibit.content.newfolder import OutputExists

    source: Path = args.file
    out: Path = args.out
    if not source.is_file():
        return _usage(f"{source}: no such file")
    try:
        result = import_timelinejs(source, out, str(source))
    except OutputExists as exc:
        return _usage(f"--out {exc}")
    except ImportRefused as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"exhibit: error: {out}: cannot write ({exc.strerror or exc})", file=sys.stderr)
        return 1
    for warning in result.warnings:
        print(f"{source}: warning: {warning}", file=sys.stderr)
    checked = check(out, str(out))
    for problem in checked.problems:
        print(problem.format(), file=sys.stderr)
    warnings = len(result.warnings)
    print(
        f"{out}: imported {result.events} event{'s' if result.events != 1 else ''} into "
        f"{len(result.sections)} section{'s' if len(result.sections) != 1 else ''}, "
        f"{result.slides} slides; {warnings} warning{'s' if warnings != 1 else ''}"
        + ("" if checked.ok else "; the result does not pass `exhibit check`"),
        file=sys.stderr,
    )
    return 0 if checked.ok else 1


def cmd_stats(args: argparse.Namespace) -> int:
    from exhibit.show.analytics import default_database_path
    from exhibit.show.stats import (
        StatsError,
        build_report,
        database_files,
        format_csv,
        format_json,
        format_table,
        read_database,
        unique_labels,
    )

    chart: Path | None = args.chart
    if chart is not None and chart.suffix.lower() != ".png":
        return _usage(f"--chart {chart}: the chart is a PNG; give a name ending in .png")
    if chart is not None and not chart.parent.is_dir():
        return _usage(f"--chart {chart}: folder {chart.parent} does not exist")
    named: list[Path] = args.databases or [default_database_path()]
    for path in named:
        if path.is_dir() and not database_files([path]):
            print(f"exhibit: warning: {path}: no *.sqlite files in this folder", file=sys.stderr)
    files = database_files(named)
    missing = [p for p in files if not p.exists()]
    try:
        kiosks = [read_database(p) for p in files if p.exists()]
    except StatsError as exc:
        print(f"exhibit: error: {exc}", file=sys.stderr)
        return 1
    unique_labels(kiosks)
    report = build_report(kiosks, args.since, missing)
    formatter: Callable[[dict[str, object]], str] = {
        "table": format_table,
        "csv": format_csv,
        "json": format_json,
    }[args.format]
    sys.stdout.write(formatter(report))
    if args.format != "table":
        for path in missing:
            print(f"exhibit: warning: {path}: no such database", file=sys.stderr)
    if chart is not None:
        from exhibit.ui.chart import save_chart

        try:
            save_chart(report, chart)
        except OSError as exc:
            print(f"exhibit: error: {exc}", file=sys.stderr)
            return 1
        print(f"chart written to {chart}", file=sys.stderr)
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "import": cmd_import,
    "stats": cmd_stats,
}
