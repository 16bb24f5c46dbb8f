"""`exhibit stats`: reports from kiosk analytics databases, together and per kiosk. Pure Python.

A report (`build_report`) is plain JSON-ready data; `format_table`, `format_csv` and
`format_json` turn it into text, and `exhibit.ui.chart` into a picture. Databases are opened
read-only, so a running kiosk, or a file-sync tool, can keep writing them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import sqlite3
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from exhibit.analytics.store import APPLICATION_ID, DATABASE_NAME, SCHEMA_VERSION

TOP = 10  # slides listed as most and as least viewed
TABLE_DAYS = 60  # days of the per-day table shown in the text format
MAX_FILLED_DAYS = 3660  # days without visits are listed between the first and last day

Report = dict[str, Any]


class StatsError(Exception):
    """A database cannot be read; one line naming it."""


@dataclass
class View:
    slide: str
    section: str
    seconds: float


@dataclass
class Visit:
    """One visitor session and what happened in it, in order."""

    started: float
    day: str
    ended: float | None
    views: list[View] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    taps: list[str] = field(default_factory=list)

    @property
    def seconds(self) -> float | None:
        return None if self.ended is None else max(0.0, self.ended - self.started)


@dataclass
class KioskData:
    """Everything one database holds."""

    label: str
    path: Path
    visits: list[Visit]
    attract_days: list[str]


# -- reading ---------------------------------------------------------------------------------


def database_files(arguments: Sequence[Path]) -> list[Path]:
    """The database files named: files as given, folders searched for `*.sqlite`."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found.extend(sorted(argument.rglob("*.sqlite")))
        else:
            found.append(argument)
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _open_read_only(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri()
    try:
        connection = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=2.0)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        # A read-only folder without the WAL's shared-memory file: read the file as it is.
        connection = sqlite3.connect(f"{uri}?immutable=1", uri=True)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection


def read_database(path: Path) -> KioskData:
    """Read one kiosk's analytics database, or raise StatsError."""
    try:
        connection = _open_read_only(path)
    except sqlite3.Error as exc:
        raise StatsError(f"{path}: cannot read ({exc})") from None
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if application_id != APPLICATION_ID:
            raise StatsError(f"{path}: not an Exhibit analytics database")
        if version > SCHEMA_VERSION:
            raise StatsError(f"{path}: written by a newer Exhibit (format {version})")
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        visits: dict[int, Visit] = {}
        for sid, started, day, ended in connection.execute(
            "SELECT id, started, day, ended FROM sessions ORDER BY started, id"
        ):
            visits[sid] = Visit(float(started), str(day), None if ended is None else float(ended))
        attract: list[str] = []
        for session, kind, slide, section, value, seconds, day in connection.execute(
            "SELECT session, kind, slide, section, value, seconds, day FROM events ORDER BY id"
        ):
            if kind == "attract":
                attract.append(str(day))
                continue
            visit = visits.get(session)
            if visit is None:
                continue
            if kind == "slide" and slide is not None:
                visit.views.append(View(str(slide), str(section or ""), float(seconds or 0.0)))
            elif kind == "language" and value is not None:
                visit.languages.append(str(value))
            elif kind == "timeline" and value is not None:
                visit.taps.append(str(value))
    except sqlite3.Error as exc:
        raise StatsError(f"{path}: cannot read ({exc})") from None
    finally:
        connection.close()
    return KioskData(_label(path, meta.get("kiosk")), path, list(visits.values()), attract)


def _label(path: Path, named: str | None) -> str:
    if named:
        return named
    if path.name == DATABASE_NAME and path.parent.name:
        return path.parent.name
    return path.stem


def unique_labels(kiosks: Sequence[KioskData]) -> None:
    """Make kiosk labels distinct ('lobby', 'lobby (2)') in place."""
    seen: Counter[str] = Counter()
    for kiosk in kiosks:
        seen[kiosk.label] += 1
        if seen[kiosk.label] > 1:
            kiosk.label = f"{kiosk.label} ({seen[kiosk.label]})"


# -- the report ------------------------------------------------------------------------------


def _median(values: Iterable[float]) -> float | None:
    items = list(values)
    return round(statistics.median(items), 1) if items else None


def report_for(visits: Sequence[Visit], attract_days: Sequence[str]) -> Report:
    """Sessions per day, session length, most and least viewed slides, where visitors leave
    each section, languages, timeline taps and attract-loop starts."""
    per_day = Counter(v.day for v in visits)
    days = _filled_days(per_day)
    lengths = [s for v in visits if (s := v.seconds) is not None]
    views = [view for v in visits for view in v.views]

    by_slide: dict[tuple[str, str], list[float]] = defaultdict(list)
    for view in views:
        by_slide[(view.slide, view.section)].append(view.seconds)
    slides: list[dict[str, Any]] = [
        {
            "slide": slide,
            "section": section,
            "views": len(seconds),
            "median_seconds": _median(seconds),
        }
        for (slide, section), seconds in by_slide.items()
    ]
    most = sorted(slides, key=lambda s: (-s["views"], s["slide"]))
    count = min(TOP, math.ceil(len(most) / 2))
    least = sorted(slides, key=lambda s: (s["views"], s["slide"]))[:count]

    return {
        "sessions": len(visits),
        "days": len(per_day),
        "first_day": min(per_day) if per_day else None,
        "last_day": max(per_day) if per_day else None,
        "sessions_per_day": [{"day": d, "sessions": per_day.get(d, 0)} for d in days],
        "median_session_seconds": _median(lengths),
        "slide_views": len(views),
        "median_view_seconds": _median(v.seconds for v in views),
        "most_viewed": most[:count],
        "least_viewed": least,
        "sections": _section_exits(visits),
        "languages": _counted(
            (lang for v in visits for lang in dict.fromkeys(v.languages)), "language", "sessions"
        ),
        "timeline_taps": _counted((t for v in visits for t in v.taps), "event", "taps"),
        "attract_starts": len(attract_days),
    }


def _filled_days(per_day: Counter[str]) -> list[str]:
    if not per_day:
        return []
    first, last = date.fromisoformat(min(per_day)), date.fromisoformat(max(per_day))
    if (last - first).days > MAX_FILLED_DAYS:
        return sorted(per_day)
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _counted(values: Iterable[str], key: str, what: str) -> list[dict[str, Any]]:
    counts = Counter(values)
    return [{key: k, what: n} for k, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def _section_exits(visits: Sequence[Visit]) -> list[dict[str, Any]]:
    """Per section: how many times visitors were in it, and the slide each stay ended on
    (`ended_visit`: the visitor walked away there, rather than moving to another section)."""
    stays: dict[str, int] = Counter()
    exits: dict[str, Counter[str]] = defaultdict(Counter)
    walked_away: dict[str, Counter[str]] = defaultdict(Counter)
    for visit in visits:
        runs: list[tuple[str, str]] = []  # (section, last slide) per stay
        for view in visit.views:
            if runs and runs[-1][0] == view.section:
                runs[-1] = (view.section, view.slide)
            else:
                runs.append((view.section, view.slide))
        for number, (section, slide) in enumerate(runs):
            stays[section] += 1
            exits[section][slide] += 1
            if number == len(runs) - 1:
                walked_away[section][slide] += 1
    result = []
    for section, total in sorted(stays.items(), key=lambda kv: (-kv[1], kv[0])):
        result.append(
            {
                "section": section,
                "visits": total,
                "exits": [
                    {
                        "slide": slide,
                        "visits": n,
                        "share": round(n / total, 3),
                        "ended_visit": walked_away[section][slide],
                    }
                    for slide, n in sorted(exits[section].items(), key=lambda kv: (-kv[1], kv[0]))
                ],
            }
        )
    return result


def build_report(
    kiosks: Sequence[KioskData], since: date | None = None, missing: Sequence[Path] = ()
) -> Report:
    """The whole report: every kiosk together (`all`) and each on its own (`kiosks`)."""
    cutoff = since.isoformat() if since else ""
    chosen = {
        k.label: (
            [v for v in k.visits if v.day >= cutoff],
            [d for d in k.attract_days if d >= cutoff],
        )
        for k in kiosks
    }
    everything = report_for(
        [v for visits, _ in chosen.values() for v in visits],
        [d for _, days in chosen.values() for d in days],
    )
    report: Report = {
        "since": cutoff or None,
        "databases": [
            {"kiosk": k.label, "path": str(k.path), "sessions": len(chosen[k.label][0])}
            for k in kiosks
        ],
        "missing": [str(p) for p in missing],
        "all": everything,
        "kiosks": {label: report_for(*data) for label, data in chosen.items()},
    }
    if not kiosks:
        where = ", ".join(str(p) for p in missing) or "the given folders"
        report["note"] = (
            f"no analytics database yet ({where}); a kiosk creates one when its first "
            "visitor arrives"
        )
    elif not everything["sessions"] and not everything["attract_starts"]:
        report["note"] = "no visitor data yet" + (f" since {cutoff}" if cutoff else "")
    return report


# -- text formats ----------------------------------------------------------------------------


def format_json(report: Report) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"


def format_csv(report: Report) -> str:
    """One tidy table: kiosk, metric, key, section, value ('all' is every kiosk together)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kiosk", "metric", "key", "section", "value"])
    scopes = [("all", report["all"]), *report["kiosks"].items()]
    for scope, r in scopes:
        rows: list[tuple[str, str, str, Any]] = [
            ("sessions", "", "", r["sessions"]),
            ("median_session_seconds", "", "", r["median_session_seconds"]),
            ("slide_views", "", "", r["slide_views"]),
            ("median_view_seconds", "", "", r["median_view_seconds"]),
            ("attract_starts", "", "", r["attract_starts"]),
        ]
        rows += [("sessions_per_day", d["day"], "", d["sessions"]) for d in r["sessions_per_day"]]
        for name in ("most_viewed", "least_viewed"):
            rows += [(f"{name}_views", s["slide"], s["section"], s["views"]) for s in r[name]]
            rows += [
                (f"{name}_median_seconds", s["slide"], s["section"], s["median_seconds"])
                for s in r[name]
            ]
        for section in r["sections"]:
            rows.append(("section_visits", "", section["section"], section["visits"]))
            rows += [
                ("section_exits", e["slide"], section["section"], e["visits"])
                for e in section["exits"]
            ]
            rows += [
                ("section_exits_ended_visit", e["slide"], section["section"], e["ended_visit"])
                for e in section["exits"]
            ]
        rows += [("language_sessions", x["language"], "", x["sessions"]) for x in r["languages"]]
        rows += [("timeline_taps", x["event"], "", x["taps"]) for x in r["timeline_taps"]]
        for metric, key, section, value in rows:
            writer.writerow([scope, metric, key, section, "" if value is None else value])
    return out.getvalue()


def duration_text(seconds: float | None) -> str:
    """'2 min 14 s', '45 s', '1 h 3 min'; '–' for no value."""
    if seconds is None:
        return "–"
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def format_table(report: Report) -> str:
    """A report for a person to read in a terminal."""
    lines: list[str] = []
    kiosks = report["databases"]
    r = report["all"]
    scope = (
        f"{len(kiosks)} kiosks ({', '.join(k['kiosk'] for k in kiosks)})"
        if len(kiosks) > 1
        else (f"kiosk {kiosks[0]['kiosk']}" if kiosks else "no kiosk")
    )
    since = f", since {report['since']}" if report["since"] else ""
    lines.append(f"Visitor analytics — {scope}{since}")
    for path in report["missing"]:
        lines.append(f"  (no database at {path})")
    if "note" in report:
        lines.append("")
        lines.append(report["note"][:1].upper() + report["note"][1:] + ".")
        if not r["sessions"]:
            return "\n".join(lines) + "\n"
    lines.append("")
    span = f"{r['first_day']} to {r['last_day']}" if r["first_day"] else "–"
    lines.append(
        f"Sessions: {r['sessions']} on {r['days']} day{'s' if r['days'] != 1 else ''} ({span}); "
        f"median length {duration_text(r['median_session_seconds'])}"
    )
    lines.append(
        f"Slide views: {r['slide_views']}; median time on a slide "
        f"{duration_text(r['median_view_seconds'])}; attract loop started {r['attract_starts']}×"
    )

    days = r["sessions_per_day"]
    if days:
        lines += ["", "Sessions per day"]
        shown = days[-TABLE_DAYS:]
        if len(days) > len(shown):
            lines.append(f"  (last {TABLE_DAYS} days; every day is in --format csv or json)")
        peak = max(d["sessions"] for d in shown) or 1
        for d in shown:
            bar = "█" * round(30 * d["sessions"] / peak)
            lines.append(f"  {d['day']}  {d['sessions']:>5}  {bar}")

    for title, key in (("Most viewed slides", "most_viewed"), ("Least viewed", "least_viewed")):
        if r[key]:
            lines += ["", title, f"  {'views':>6}  {'median':>10}  slide (section)"]
            lines += [
                f"  {s['views']:>6}  {duration_text(s['median_seconds']):>10}  "
                f"{s['slide']} ({s['section']})"
                for s in r[key]
            ]

    if r["sections"]:
        lines += ["", "Where visitors leave each section"]
        for section in r["sections"]:
            lines.append(f"  {section['section']} — {section['visits']} visits; left after:")
            for exit_ in section["exits"][:3]:
                walked = exit_["ended_visit"]
                lines.append(
                    f"    {exit_['slide']:<32} {exit_['visits']:>5}  {exit_['share']:>4.0%}"
                    + (f"  ({walked} ended their visit there)" if walked else "")
                )
            if len(section["exits"]) > 3:
                more = len(section["exits"]) - 3
                lines.append(f"    … and {more} more slide{'s' if more != 1 else ''}")

    if r["languages"]:
        langs = ", ".join(f"{x['language']} {x['sessions']}" for x in r["languages"])
        lines += ["", f"Languages chosen (sessions): {langs}"]
    if r["timeline_taps"]:
        taps = ", ".join(f"{x['event']} {x['taps']}" for x in r["timeline_taps"][:8])
        lines += ["", f"Timeline taps: {taps}"]

    if len(kiosks) > 1:
        lines += ["", "Per kiosk"]
        for label, k in report["kiosks"].items():
            lines.append(
                f"  {label:<20} {k['sessions']:>6} sessions on {k['days']:>3} days; median "
                f"{duration_text(k['median_session_seconds'])}; {k['slide_views']} slide views"
            )
    return "\n".join(lines) + "\n"
