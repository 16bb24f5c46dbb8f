"""Reading kiosk analytics databases for `exhibit stats`: read-only, one kiosk's visits each."""

from __future__ import annotations

import math
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from exhibit.analytics.store import APPLICATION_ID, DATABASE_NAME, SCHEMA_VERSION


class StatsError(Exception):
    """A database cannot be read; one line naming it."""


@dataclass
class View:
    """A slide shown to a visitor, and for how long."""

    slide: str
    section: str
    seconds: float


@dataclass
class Play:
    """A recording started in a visit, and whether its captions were on then."""

    slide: str
    captions: bool


@dataclass
class Visit:
    """One visitor session and what happened in it, in order."""

    started: float
    day: str
    ended: float | None
    views: list[View] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    taps: list[str] = field(default_factory=list)
    plays: list[Play] = field(default_factory=list)
    completed: list[str] = field(default_factory=list)  # slides played to their end
    captions_off: list[tuple[str, str]] = field(default_factory=list)  # (slide, language)
    captions: bool = True  # whether captions were on at this point of the visit (each starts so)

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
    skipped: int = 0  # damaged rows left out (a time that is no number, a day no date)


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
        _check_format(connection, path)
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        skipped: list[int] = [0]
        visits = _read_visits(connection, skipped)
        attract = _read_events(connection, visits, skipped)
    except sqlite3.Error as exc:
        raise StatsError(f"{path}: cannot read ({exc})") from None
    finally:
        connection.close()
    label = _label(path, meta.get("kiosk"))
    return KioskData(label, path, list(visits.values()), attract, skipped[0])


def _check_format(connection: sqlite3.Connection, path: Path) -> None:
    application_id = connection.execute("PRAGMA application_id").fetchone()[0]
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    if application_id != APPLICATION_ID:
        raise StatsError(f"{path}: not an Exhibit analytics database")
    if version > SCHEMA_VERSION:
        raise StatsError(f"{path}: written by a newer Exhibit (format {version})")


def _number(value: object) -> float | None:
    """A stored time or duration, or None when it is no finite number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _is_day(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _read_visits(connection: sqlite3.Connection, skipped: list[int]) -> dict[int, Visit]:
    """Every session by its id, in the order they started; damaged rows counted, not read."""
    visits: dict[int, Visit] = {}
    for sid, started, day, ended in connection.execute(
        "SELECT id, started, day, ended FROM sessions ORDER BY id"
    ):
        start, end = _number(started), _number(ended)
        if start is None or not _is_day(day) or (ended is not None and end is None):
            skipped[0] += 1
            continue
        visits[sid] = Visit(start, str(day), end)
    return dict(sorted(visits.items(), key=lambda item: (item[1].started, item[0])))


def _read_events(
    connection: sqlite3.Connection, visits: dict[int, Visit], skipped: list[int]
) -> list[str]:
    """Add each event to its visit; the days of the attract-loop starts."""
    attract: list[str] = []
    for session, kind, slide, section, value, seconds, day in connection.execute(
        "SELECT session, kind, slide, section, value, seconds, day FROM events ORDER BY id"
    ):
        if not _is_day(day) or (seconds is not None and _number(seconds) is None):
            skipped[0] += 1
        elif kind == "attract":
            attract.append(str(day))
        elif session in visits:
            _add_event(visits[session], kind, slide, section, value, _number(seconds))
    return attract


def _add_event(
    visit: Visit,
    kind: str,
    slide: str | None,
    section: str | None,
    value: str | None,
    seconds: float | None,
) -> None:
    if kind == "slide" and slide is not None:
        visit.views.append(View(str(slide), str(section or ""), float(seconds or 0.0)))
    elif kind == "language" and value is not None:
        visit.languages.append(str(value))
    elif kind == "timeline" and value is not None:
        visit.taps.append(str(value))
    elif value is not None and kind.startswith("media_"):
        _add_media(visit, kind, slide, str(value))


def _add_media(visit: Visit, kind: str, slide: str | None, value: str) -> None:
    """A recording played, played to its end, or its captions switched (value on:LANG or
    off:LANG): plays remember whether the visitor had switched captions off before them."""
    if kind == "media_play":
        visit.plays.append(Play(value, visit.captions))
    elif kind == "media_complete":
        visit.completed.append(value)
    elif kind == "media_captions" and slide is not None:
        state, _, language = value.partition(":")
        visit.captions = state != "off"
        if not visit.captions:
            visit.captions_off.append((str(slide), language))


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
