"""The visitor report of `exhibit stats` as frozen dataclasses, built from the kiosks' visits.

`build_report` gives every kiosk together (`Report.all`) and each on its own
(`Report.kiosks`); `exhibit.analytics.formats` turns it into text and `exhibit.ui.chart` into
a picture. Field names are the report's JSON keys.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from exhibit.analytics.read import KioskData, Visit

TOP = 10  # slides listed as most and as least viewed
MAX_FILLED_DAYS = 3660  # days without visits are listed between the first and last day


@dataclass(frozen=True)
class DayCount:
    day: str
    sessions: int


@dataclass(frozen=True)
class SlideViews:
    slide: str
    section: str
    views: int
    median_seconds: float | None


@dataclass(frozen=True)
class SectionExit:
    """A slide on which stays in a section ended; `ended_visit` of them ended the visit."""

    slide: str
    visits: int
    share: float
    ended_visit: int


@dataclass(frozen=True)
class SectionExits:
    section: str
    visits: int
    exits: tuple[SectionExit, ...]


@dataclass(frozen=True)
class LanguageCount:
    language: str
    sessions: int


@dataclass(frozen=True)
class TapCount:
    event: str
    taps: int


@dataclass(frozen=True)
class MediaUse:
    """A recording: how often visitors started it, played it to its end, switched its
    captions off, and started it with captions off."""

    slide: str
    plays: int
    completions: int
    captions_off: int
    plays_without_captions: int


@dataclass(frozen=True)
class Figures:
    """The numbers for one kiosk, or for every kiosk together."""

    sessions: int
    days: int
    first_day: str | None
    last_day: str | None
    sessions_per_day: tuple[DayCount, ...]
    median_session_seconds: float | None
    slide_views: int
    median_view_seconds: float | None
    most_viewed: tuple[SlideViews, ...]
    least_viewed: tuple[SlideViews, ...]
    sections: tuple[SectionExits, ...]
    languages: tuple[LanguageCount, ...]
    timeline_taps: tuple[TapCount, ...]
    attract_starts: int
    media: tuple[MediaUse, ...] = ()
    captions_off_visits: int = 0  # visits in which captions were switched off
    captions_off_languages: tuple[LanguageCount, ...] = ()  # the language each was read in


@dataclass(frozen=True)
class Database:
    kiosk: str
    path: str
    sessions: int


@dataclass(frozen=True)
class Report:
    """The whole report; `note` says why there is nothing to show, when there is not."""

    since: str | None
    databases: tuple[Database, ...]
    missing: tuple[str, ...]
    all: Figures
    kiosks: Mapping[str, Figures]
    note: str | None = None


def _median(values: Iterable[float]) -> float | None:
    items = list(values)
    return round(statistics.median(items), 1) if items else None


def _by_count(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """Most first, then by name."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def figures_for(visits: Sequence[Visit], attract_days: Sequence[str]) -> Figures:
    """Sessions per day, session length, most and least viewed slides, where visitors leave
    each section, languages, timeline taps, attract-loop starts, and recordings played with
    their captions use."""
    per_day = Counter(v.day for v in visits)
    views = [view for v in visits for view in v.views]
    most, least = _most_and_least(visits)
    languages = Counter(lang for v in visits for lang in dict.fromkeys(v.languages))
    taps = Counter(t for v in visits for t in v.taps)
    return Figures(
        sessions=len(visits),
        days=len(per_day),
        first_day=min(per_day) if per_day else None,
        last_day=max(per_day) if per_day else None,
        sessions_per_day=tuple(DayCount(d, per_day.get(d, 0)) for d in _filled_days(per_day)),
        median_session_seconds=_median(s for v in visits if (s := v.seconds) is not None),
        slide_views=len(views),
        median_view_seconds=_median(v.seconds for v in views),
        most_viewed=most,
        least_viewed=least,
        sections=_section_exits(visits),
        languages=tuple(LanguageCount(k, n) for k, n in _by_count(languages)),
        timeline_taps=tuple(TapCount(k, n) for k, n in _by_count(taps)),
        attract_starts=len(attract_days),
        media=_media_use(visits),
        captions_off_visits=sum(1 for v in visits if v.captions_off),
        captions_off_languages=_captions_off_languages(visits),
    )


def _captions_off_languages(visits: Sequence[Visit]) -> tuple[LanguageCount, ...]:
    """In how many visits captions were switched off while reading each language."""
    counts = Counter(lang for v in visits for lang in dict.fromkeys(x[1] for x in v.captions_off))
    return tuple(LanguageCount(k, n) for k, n in _by_count(counts))


def _media_use(visits: Sequence[Visit]) -> tuple[MediaUse, ...]:
    """Every recording played or switched in a visit, the most played first."""
    plays: Counter[str] = Counter(p.slide for v in visits for p in v.plays)
    bare = Counter(p.slide for v in visits for p in v.plays if not p.captions)
    done = Counter(s for v in visits for s in v.completed)
    off = Counter(s for v in visits for s, _ in v.captions_off)
    slides = sorted(set(plays) | set(done) | set(off), key=lambda s: (-plays[s], s))
    return tuple(MediaUse(s, plays[s], done[s], off[s], bare[s]) for s in slides)


def _most_and_least(
    visits: Sequence[Visit],
) -> tuple[tuple[SlideViews, ...], tuple[SlideViews, ...]]:
    """The most and the least viewed slides: TOP each at most, and no more than half each."""
    by_slide: dict[tuple[str, str], list[float]] = defaultdict(list)
    for visit in visits:
        for view in visit.views:
            by_slide[(view.slide, view.section)].append(view.seconds)
    slides = [
        SlideViews(slide, section, len(seconds), _median(seconds))
        for (slide, section), seconds in by_slide.items()
    ]
    count = min(TOP, math.ceil(len(slides) / 2))
    most = sorted(slides, key=lambda s: (-s.views, s.slide))[:count]
    least = sorted(slides, key=lambda s: (s.views, s.slide))[:count]
    return tuple(most), tuple(least)


def _filled_days(per_day: Counter[str]) -> list[str]:
    if not per_day:
        return []
    first, last = date.fromisoformat(min(per_day)), date.fromisoformat(max(per_day))
    if (last - first).days > MAX_FILLED_DAYS:
        return sorted(per_day)
    return [(first + timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def _stays(visit: Visit) -> list[tuple[str, str]]:
    """(section, last slide) for each run of slides in one section, in order."""
    runs: list[tuple[str, str]] = []
    for view in visit.views:
        if runs and runs[-1][0] == view.section:
            runs[-1] = (view.section, view.slide)
        else:
            runs.append((view.section, view.slide))
    return runs


def _section_exits(visits: Sequence[Visit]) -> tuple[SectionExits, ...]:
    """Per section: how many times visitors were in it, and the slide each stay ended on
    (`ended_visit`: the visitor walked away there, rather than moving to another section)."""
    stays: Counter[str] = Counter()
    exits: dict[str, Counter[str]] = defaultdict(Counter)
    walked_away: dict[str, Counter[str]] = defaultdict(Counter)
    for visit in visits:
        runs = _stays(visit)
        for section, slide in runs:
            stays[section] += 1
            exits[section][slide] += 1
        if runs:
            section, slide = runs[-1]
            walked_away[section][slide] += 1
    return tuple(
        SectionExits(
            section,
            total,
            tuple(
                SectionExit(slide, n, round(n / total, 3), walked_away[section][slide])
                for slide, n in _by_count(exits[section])
            ),
        )
        for section, total in _by_count(stays)
    )


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
    everything = figures_for(
        [v for visits, _ in chosen.values() for v in visits],
        [d for _, days in chosen.values() for d in days],
    )
    return Report(
        since=cutoff or None,
        databases=tuple(Database(k.label, str(k.path), len(chosen[k.label][0])) for k in kiosks),
        missing=tuple(str(p) for p in missing),
        all=everything,
        kiosks={label: figures_for(*data) for label, data in chosen.items()},
        note=_note(kiosks, everything, cutoff, missing),
    )


def _note(
    kiosks: Sequence[KioskData], everything: Figures, cutoff: str, missing: Sequence[Path]
) -> str | None:
    if not kiosks:
        where = ", ".join(str(p) for p in missing) or "the given folders"
        return (
            f"no analytics database yet ({where}); a kiosk creates one when its first "
            "visitor arrives"
        )
    if not everything.sessions and not everything.attract_starts:
        return "no visitor data yet" + (f" since {cutoff}" if cutoff else "")
    return None
