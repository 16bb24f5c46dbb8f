"""The visitor report as text: `exhibit stats --format table`, `csv` or `json`."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator

from exhibit.analytics.report import Figures, MediaUse, Report, SectionExits, SlideViews

TABLE_DAYS = 60  # days of the per-day table shown in the text format
TABLE_EXITS = 3  # slides listed per section in the text format

Row = tuple[str, str, str, object]  # metric, key, section, value


def format_json(report: Report) -> str:
    """The report's fields as JSON, `note` only when there is one."""
    data = dataclasses.asdict(report)
    if report.note is None:
        del data["note"]
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def format_csv(report: Report) -> str:
    """One tidy table: kiosk, metric, key, section, value ('all' is every kiosk together)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["kiosk", "metric", "key", "section", "value"])
    for scope, figures in [("all", report.all), *report.kiosks.items()]:
        for metric, key, section, value in _csv_rows(figures):
            writer.writerow([scope, metric, key, section, "" if value is None else value])
    return out.getvalue()


def _csv_rows(r: Figures) -> Iterator[Row]:
    yield ("sessions", "", "", r.sessions)
    yield ("median_session_seconds", "", "", r.median_session_seconds)
    yield ("slide_views", "", "", r.slide_views)
    yield ("median_view_seconds", "", "", r.median_view_seconds)
    yield ("attract_starts", "", "", r.attract_starts)
    yield from (("sessions_per_day", d.day, "", d.sessions) for d in r.sessions_per_day)
    yield from _slide_rows("most_viewed", r.most_viewed)
    yield from _slide_rows("least_viewed", r.least_viewed)
    for section in r.sections:
        yield from _section_rows(section)
    yield from (("language_sessions", x.language, "", x.sessions) for x in r.languages)
    yield from (("timeline_taps", x.event, "", x.taps) for x in r.timeline_taps)
    yield from _media_rows(r.media)
    yield ("captions_off_visits", "", "", r.captions_off_visits)
    yield from (("captions_off_language", x.language, "", x.sessions)
                for x in r.captions_off_languages)


def _media_rows(media: tuple[MediaUse, ...]) -> Iterator[Row]:
    for m in media:
        yield ("media_plays", m.slide, "", m.plays)
        yield ("media_completions", m.slide, "", m.completions)
        yield ("media_captions_off", m.slide, "", m.captions_off)
        yield ("media_plays_without_captions", m.slide, "", m.plays_without_captions)


def _slide_rows(name: str, slides: tuple[SlideViews, ...]) -> Iterator[Row]:
    yield from ((f"{name}_views", s.slide, s.section, s.views) for s in slides)
    yield from ((f"{name}_median_seconds", s.slide, s.section, s.median_seconds) for s in slides)


def _section_rows(section: SectionExits) -> Iterator[Row]:
    name = section.section
    yield ("section_visits", "", name, section.visits)
    yield from (("section_exits", e.slide, name, e.visits) for e in section.exits)
    yield from (("section_exits_ended_visit", e.slide, name, e.ended_visit) for e in section.exits)


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


def _plural(count: int, word: str) -> str:
    """'1 slide', '2 slides' (the number and the word, for counts in running text)."""
    return f"{count} {word}{'s' if count != 1 else ''}"


def format_table(report: Report) -> str:
    """A report for a person to read in a terminal."""
    lines = _heading(report)
    r = report.all
    if report.note is None or r.sessions:
        lines += _totals(r)
        lines += _per_day(r)
        lines += _slides("Most viewed slides", r.most_viewed)
        lines += _slides("Least viewed", r.least_viewed)
        lines += _exits(r.sections)
        lines += _choices(r)
        lines += _recordings(r)
        lines += _per_kiosk(report)
    return "\n".join(lines) + "\n"


COUNTED = (
    "Visitors only: a visit starts at a touch; slides the attract loop shows and time at the "
    "PIN pad or admin panel are not counted."
)


def _heading(report: Report) -> list[str]:
    """The title line, missing databases, and the note if there is one."""
    kiosks = [k.kiosk for k in report.databases]
    if len(kiosks) > 1:
        scope = f"{len(kiosks)} kiosks ({', '.join(kiosks)})"
    else:
        scope = f"kiosk {kiosks[0]}" if kiosks else "no kiosk"
    since = f", since {report.since}" if report.since else ""
    lines = [f"Visitor analytics — {scope}{since}", COUNTED]
    lines += [f"  (no database at {path})" for path in report.missing]
    if report.note is not None:
        lines += ["", report.note[:1].upper() + report.note[1:] + "."]
    return lines


def _totals(r: Figures) -> list[str]:
    span = f"{r.first_day} to {r.last_day}" if r.first_day else "–"
    return [
        "",
        f"Sessions: {r.sessions} on {_plural(r.days, 'day')} ({span}); "
        f"median length {duration_text(r.median_session_seconds)}",
        f"Slide views: {r.slide_views}; median time on a slide "
        f"{duration_text(r.median_view_seconds)}; attract loop started {r.attract_starts}×",
    ]


def _per_day(r: Figures) -> list[str]:
    days = r.sessions_per_day
    if not days:
        return []
    lines = ["", "Sessions per day"]
    shown = days[-TABLE_DAYS:]
    if len(days) > len(shown):
        lines.append(f"  (last {TABLE_DAYS} days; every day is in --format csv or json)")
    peak = max(d.sessions for d in shown) or 1
    for d in shown:
        bar = "█" * round(30 * d.sessions / peak)
        lines.append(f"  {d.day}  {d.sessions:>5}  {bar}")
    return lines


def _slides(title: str, slides: tuple[SlideViews, ...]) -> list[str]:
    if not slides:
        return []
    return [
        "",
        title,
        f"  {'views':>6}  {'median':>10}  slide (section)",
        *(
            f"  {s.views:>6}  {duration_text(s.median_seconds):>10}  {s.slide} ({s.section})"
            for s in slides
        ),
    ]


def _exits(sections: tuple[SectionExits, ...]) -> list[str]:
    if not sections:
        return []
    lines = ["", "Where visitors leave each section"]
    for section in sections:
        lines.append(f"  {section.section} — {section.visits} visits; left after:")
        for exit_ in section.exits[:TABLE_EXITS]:
            walked = exit_.ended_visit
            lines.append(
                f"    {exit_.slide:<32} {exit_.visits:>5}  {exit_.share:>4.0%}"
                + (f"  ({walked} ended their visit there)" if walked else "")
            )
        more = len(section.exits) - TABLE_EXITS
        if more > 0:
            lines.append(f"    … and {_plural(more, 'more slide')}")
    return lines


def _choices(r: Figures) -> list[str]:
    """The languages visitors chose and the timeline events they tapped."""
    lines: list[str] = []
    if r.languages:
        langs = ", ".join(f"{x.language} {x.sessions}" for x in r.languages)
        lines += ["", f"Languages chosen (sessions): {langs}"]
    if r.timeline_taps:
        taps = ", ".join(f"{x.event} {x.taps}" for x in r.timeline_taps[:8])
        lines += ["", f"Timeline taps: {taps}"]
    return lines


def _recordings(r: Figures) -> list[str]:
    """Each recording's plays, plays to the end and captions use; who switched captions off."""
    if not r.media:
        return []
    lines = [
        "",
        "Recordings",
        f"  {'plays':>6}  {'to end':>6}  {'CC off':>6}  {'played without CC':>17}  slide",
        *(
            f"  {m.plays:>6}  {m.completions:>6}  {m.captions_off:>6}  "
            f"{m.plays_without_captions:>17}  {m.slide}"
            for m in r.media
        ),
    ]
    languages = ", ".join(f"{x.language} {x.sessions}" for x in r.captions_off_languages)
    lines.append(
        f"  Captions switched off in {_plural(r.captions_off_visits, 'visit')}"
        + (f" (reading {languages})" if languages else "")
        + "; every visit starts with them on"
    )
    return lines


def _per_kiosk(report: Report) -> list[str]:
    if len(report.databases) <= 1:
        return []
    lines = ["", "Per kiosk"]
    for label, k in report.kiosks.items():
        lines.append(
            f"  {label:<20} {k.sessions:>6} sessions on {k.days:>3} days; median "
            f"{duration_text(k.median_session_seconds)}; {k.slide_views} slide views"
        )
    return lines
