"""Visitor analytics for a kiosk: what visitors look at, stored locally with sqlite3. Pure Python.

Only anonymous behaviour is recorded — when a visit starts and ends, which slides were shown
for how long, sections entered, the language chosen, timeline taps, recordings played and
played to the end, captions switched off or on, and attract-loop starts.
No names, no faces, no network: one SQLite file in the platform data folder
(`default_database_path()`), which `exhibit stats` reads.

Wiring it into a kiosk controller takes a few lines::

    analytics = Analytics(default_database_path(), clock=time.time)

    # on any touch, click or key:
    analytics.touched()                             # the first one starts a visit
    # whenever the slide on screen changes (visitor or attract loop alike):
    analytics.slide_shown(slide.id, slide.section_id)
    # on the visitor's own choices:
    analytics.language_chosen("fr")
    analytics.timeline_tapped(event_id)
    analytics.media_event("play", slide_id)         # or "complete"
    analytics.captions_switched(slide_id, on=False, language="en")
    # when the idle timeout fires, then when the attract loop starts:
    analytics.session_ended(idle_for=idle_timeout)
    analytics.attract_started()
    # at exit:
    analytics.close()

`slide_shown` measures how long each slide stayed on screen with the clock and records it
when the next slide is shown or the visit ends; slides shown while nobody is visiting (the
attract loop) are not counted, so a kiosk ends a visit before the attract loop shows its
first slide and starts one after a touch has brought the first slide back. When the admin
gesture opens the PIN pad, `admin_opened(since)` removes the visit the gesture itself began
(or ends the visitor's at the gesture): PIN pad and admin panel time is no visit. A change
of section during a visit counts as entering it.
Controllers that measure dwell themselves can call `slide_viewed(slide_id, section_id,
seconds)` and `section_entered(section_id)` instead. `language_chosen` and `timeline_tapped`
start a visit if none is open (they are always a visitor's doing).

The clock is passed in (a function returning seconds since the epoch, `time.time` in a kiosk,
a fake in tests). Calendar days are the kiosk's local days, computed when each visit starts.

Durability: the file is in WAL mode with synchronous=NORMAL and every event is its own short
transaction, committed before the method returns, so killing the process loses at most the
event being written and never corrupts the file (power loss may lose the last moments).
A visit left open by a crash is closed at its last recorded event the next time the store
opens. The store never raises once open: a write that fails (disk full, file locked) is
logged and dropped, and the kiosk carries on. Copy the database with its `-wal` file, or
while the kiosk is stopped; the store checkpoints the WAL into the main file after each visit.
"""

from __future__ import annotations

import logging
import math
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from exhibit.system.dirs import Platform, data_dir

SCHEMA_VERSION = 1
APPLICATION_ID = 0x45584842  # "EXHB": marks the file as an Exhibit analytics store
DATABASE_NAME = "analytics.sqlite"
MAX_DWELL_S = 6 * 3600.0  # a slide "viewed" for longer than this is a clock jump, not a visit
MAX_TEXT = 200  # ids and codes are short; anything longer is cut

Clock = Callable[[], float]
UtcOffset = Callable[[float], float]

log = logging.getLogger("exhibit.analytics")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
    id INTEGER PRIMARY KEY,
    started REAL NOT NULL,      -- seconds since the epoch
    day TEXT NOT NULL,          -- the kiosk's local calendar day when it started, YYYY-MM-DD
    ended REAL,                 -- NULL while the visit is going on
    end_reason TEXT             -- idle, attract, admin, closed or interrupted
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    at REAL NOT NULL,           -- seconds since the epoch
    day TEXT NOT NULL,          -- the kiosk's local calendar day
    session INTEGER REFERENCES sessions(id),   -- NULL for attract-loop starts
    kind TEXT NOT NULL,         -- slide, section, language, timeline, attract or media_*
    slide TEXT,                 -- the slide (slide views, media_captions)
    section TEXT,
    value TEXT,                 -- the language code, the timeline event id, the slide id of
                                -- media_play and media_complete, or media_captions' on:LANG
                                -- or off:LANG
    seconds REAL                -- how long a slide was on screen
);
CREATE INDEX IF NOT EXISTS events_session ON events(session);
CREATE INDEX IF NOT EXISTS sessions_day ON sessions(day);
"""

EVENT_KINDS = (
    "slide", "section", "language", "timeline", "attract", "media_play", "media_complete",
    "media_captions",
)


class AnalyticsError(Exception):
    """The analytics store cannot be opened; one line saying why."""


def default_database_path(platform: Platform | None = None) -> Path:
    """Where a kiosk keeps its analytics: the platform data folder (exhibit.system.dirs).

    Linux and others: `$XDG_DATA_HOME/exhibit/analytics.sqlite`, by default under
    `~/.local/share`; Windows: `%LOCALAPPDATA%\\exhibit\\analytics.sqlite`; macOS:
    `~/Library/Application Support/exhibit/analytics.sqlite`.
    """
    return data_dir(platform) / DATABASE_NAME


def local_utc_offset(moment: float) -> float:
    """Seconds east of UTC of this machine's local time at `moment`."""
    return float(time.localtime(moment).tm_gmtoff)


def day_of(moment: float, utc_offset: float) -> str:
    """The calendar day (YYYY-MM-DD) of `moment` in a zone `utc_offset` seconds east of UTC."""
    return (datetime.fromtimestamp(moment, UTC) + timedelta(seconds=utc_offset)).date().isoformat()


def connect(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) an analytics database for writing, in WAL mode."""
    connection = sqlite3.connect(str(path), timeout=2.0, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute("PRAGMA foreign_keys=ON")
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if tables and application_id != APPLICATION_ID:
            raise AnalyticsError(f"{path}: not an Exhibit analytics database")
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise AnalyticsError(
                f"{path}: written by a newer Exhibit (analytics format {version}); "
                f"this one knows format {SCHEMA_VERSION}"
            )
        connection.executescript(
            f"BEGIN IMMEDIATE; {SCHEMA} PRAGMA application_id={APPLICATION_ID}; "
            f"PRAGMA user_version={SCHEMA_VERSION}; COMMIT;"
        )
    except BaseException:
        connection.close()
        raise
    return connection


@contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


def _short(text: str) -> str:
    return str(text)[:MAX_TEXT]


class Analytics:
    """The analytics store of one kiosk. See the module docstring for how to wire it in."""

    def __init__(
        self,
        path: Path,
        clock: Clock = time.time,
        *,
        kiosk: str | None = None,
        utc_offset: UtcOffset = local_utc_offset,
    ) -> None:
        """Open or create the store at `path`; `kiosk` names this kiosk in combined reports
        (default: its folder's name for `analytics.sqlite`, else the file's name). Raises
        AnalyticsError when it cannot."""
        self.path = path
        self.clock = clock
        self.utc_offset = utc_offset
        self.dropped = 0
        self._session: int | None = None
        self._slide: tuple[str, str] | None = None  # (slide id, section id) on screen
        self._slide_since = 0.0
        self._section: str | None = None  # the section the visitor is in
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db: sqlite3.Connection | None = connect(path)
            with _transaction(self._db):
                if kiosk is not None:
                    self._db.execute(
                        "INSERT OR REPLACE INTO meta(key, value) VALUES ('kiosk', ?)",
                        (_short(kiosk),),
                    )
                self._db.execute(
                    "INSERT OR IGNORE INTO meta(key, value) VALUES ('created', ?)",
                    (str(self.clock()),),
                )
                self._close_interrupted()
        except AnalyticsError:
            raise
        except (OSError, sqlite3.Error) as exc:
            raise AnalyticsError(f"{path}: cannot open the analytics store ({exc})") from None

    # -- visits ------------------------------------------------------------------------------

    @property
    def in_session(self) -> bool:
        """True while a visit is going on."""
        return self._session is not None

    def touched(self) -> None:
        """A visitor touched the screen (or clicked, or pressed a key): starts a visit if none."""
        if self._session is None:
            self.session_started()

    def session_started(self) -> None:
        """A visit starts now (first touch). An open visit is ended first."""
        if self._session is not None:
            self.session_ended(reason="closed")
        now = self.clock()
        cursor = self._write(
            "INSERT INTO sessions(started, day) VALUES (?, ?)", (now, self._day(now))
        )
        if cursor is None:
            return
        self._session = cursor.lastrowid
        self._section = None
        if self._slide is not None:  # the slide on screen counts from the first touch
            self._slide_since = now
            self._enter(self._slide[1], now)

    def session_ended(self, idle_for: float = 0.0, reason: str = "idle") -> None:
        """The visit is over. `idle_for`: seconds the kiosk waited without a touch before
        deciding so (the idle timeout); the visit and its last slide end that long ago."""
        if self._session is None:
            return
        now = self.clock()
        end = now - max(0.0, idle_for) if math.isfinite(idle_for) else now
        session = self._session
        self._session = None
        if self._db is None:
            return
        try:
            with _transaction(self._db):
                started = self._db.execute(
                    "SELECT started FROM sessions WHERE id = ?", (session,)
                ).fetchone()
                end = max(end, started[0] if started else end)
                if self._slide is not None:
                    self._db.execute(
                        *self._view_row(session, self._slide, end - self._slide_since, end)
                    )
                self._db.execute(
                    "UPDATE sessions SET ended = ?, end_reason = ? WHERE id = ?",
                    (end, _short(reason), session),
                )
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error as exc:
            self._dropped(exc)
        self._section = None

    # -- what the visitor does ---------------------------------------------------------------

    def slide_shown(self, slide_id: str, section_id: str) -> None:
        """A slide is now on screen. During a visit the previous slide's time on screen is
        recorded, and a new section counts as entered."""
        now = self.clock()
        if self._session is not None:
            if self._slide is not None:
                self._record_view(self._slide, now - self._slide_since, now)
            self._enter(section_id, now)
        self._slide = (_short(slide_id), _short(section_id))
        self._slide_since = now

    def slide_viewed(self, slide_id: str, section_id: str, seconds: float) -> None:
        """A slide was on screen for `seconds` during the visit (ignored outside a visit)."""
        if self._session is not None:
            self._record_view((_short(slide_id), _short(section_id)), seconds, self.clock())

    def section_entered(self, section_id: str) -> None:
        """The visitor entered a section (ignored outside a visit)."""
        if self._session is not None:
            self._event("section", section=_short(section_id))
            self._section = _short(section_id)

    def language_chosen(self, language: str) -> None:
        """The visitor chose a language (starts a visit if none is open)."""
        self.touched()
        self._event("language", value=_short(language))

    def timeline_tapped(self, event_id: str) -> None:
        """The visitor tapped a timeline event (starts a visit if none is open)."""
        self.touched()
        self._event("timeline", value=_short(event_id))

    def admin_opened(self, since: float) -> None:
        """The admin gesture, begun at `since`, opened the PIN pad: the technician is no
        visitor. A visit that began with the gesture is theirs and is removed; one that began
        before it ends at `since`. Nothing is recorded until a visitor touches the screen after
        the PIN pad or admin panel has closed."""
        if self._session is None:
            return
        session = self._session
        if self._db is None:
            self._session = None
            return
        try:
            started = self._db.execute(
                "SELECT started FROM sessions WHERE id = ?", (session,)
            ).fetchone()
        except sqlite3.Error as exc:
            self._dropped(exc)
            started = None
        if started is not None and started[0] >= since:
            self._session = None
            self._section = None
            try:
                with _transaction(self._db):
                    self._db.execute("DELETE FROM events WHERE session = ?", (session,))
                    self._db.execute("DELETE FROM sessions WHERE id = ?", (session,))
            except sqlite3.Error as exc:
                self._dropped(exc)
            return
        self.session_ended(idle_for=max(0.0, self.clock() - since), reason="admin")

    def media_event(self, what: str, slide_id: str) -> None:
        """A recording started ("play") or played to its end ("complete") in a visit."""
        if self._session is not None and what in ("play", "complete"):
            self._event(f"media_{what}", value=_short(slide_id))

    def captions_switched(self, slide_id: str, on: bool, language: str) -> None:
        """The visitor switched a recording's captions on or off (in `language`) in a visit;
        each visit starts with them on."""
        if self._session is not None:
            state = "on" if on else "off"
            value = _short(f"{state}:{language}")
            self._event("media_captions", slide=_short(slide_id), value=value)

    def attract_started(self) -> None:
        """The attract loop started; ends a visit still open."""
        if self._session is not None:
            self.session_ended(reason="attract")
        self._event("attract")

    # -- lifetime ----------------------------------------------------------------------------

    def close(self) -> None:
        """End any visit and close the file. Safe to call twice."""
        if self._db is None:
            return
        self.session_ended(reason="closed")
        try:
            self._db.close()
        except sqlite3.Error as exc:
            log.warning("analytics: closing %s: %s", self.path, exc)
        self._db = None

    def __enter__(self) -> Analytics:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------------

    def _day(self, moment: float) -> str:
        try:
            return day_of(moment, self.utc_offset(moment))
        except (OverflowError, OSError, ValueError):
            return "1970-01-01"

    def _enter(self, section_id: str, now: float) -> None:
        if section_id != self._section:
            self._section = section_id
            self._event("section", section=section_id, at=now)

    def _record_view(self, slide: tuple[str, str], seconds: float, now: float) -> None:
        if self._session is not None:
            self._write(*self._view_row(self._session, slide, seconds, now))

    def _view_row(
        self, session: int, slide: tuple[str, str], seconds: float, now: float
    ) -> tuple[str, tuple[Any, ...]]:
        seconds = min(max(seconds, 0.0), MAX_DWELL_S) if math.isfinite(seconds) else 0.0
        return (
            "INSERT INTO events(at, day, session, kind, slide, section, seconds) "
            "VALUES (?, ?, ?, 'slide', ?, ?, ?)",
            (now, self._day(now), session, slide[0], slide[1], round(seconds, 3)),
        )

    def _event(
        self,
        kind: str,
        *,
        section: str | None = None,
        value: str | None = None,
        at: float | None = None,
        slide: str | None = None,
    ) -> None:
        now = self.clock() if at is None else at
        self._write(
            "INSERT INTO events(at, day, session, kind, slide, section, value) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (now, self._day(now), self._session, kind, slide, section, value),
        )

    def _write(self, sql: str, parameters: tuple[Any, ...]) -> sqlite3.Cursor | None:
        """One statement in its own transaction (autocommit): durable when this returns."""
        if self._db is None:
            return None
        try:
            return self._db.execute(sql, parameters)
        except sqlite3.Error as exc:
            self._dropped(exc)
            return None

    def _dropped(self, exc: sqlite3.Error) -> None:
        self.dropped += 1
        if self.dropped == 1 or self.dropped % 100 == 0:
            log.warning(
                "analytics: could not record to %s (%s); %d event(s) dropped so far",
                self.path,
                exc,
                self.dropped,
            )

    def _close_interrupted(self) -> None:
        """Visits left open by a crash end at their last recorded event."""
        assert self._db is not None
        self._db.execute(
            "UPDATE sessions SET end_reason = 'interrupted', ended = max(started, coalesce("
            "(SELECT max(at) FROM events WHERE events.session = sessions.id), started)) "
            "WHERE ended IS NULL"
        )


def open_analytics(path: Path, clock: Clock = time.time) -> tuple[Analytics | None, str]:
    """The kiosk's store, whatever state its file is in, and one line saying what was done.

    A store that cannot be opened (damaged, a folder, read-only, from a newer Exhibit) is
    moved aside, kept under a name with the time, and a fresh one started; when even that
    fails (a full disk, a read-only folder) the kiosk runs without analytics (None). The
    exhibit is shown either way.
    """
    try:
        return Analytics(path, clock), f"recording to {path}"
    except AnalyticsError as first:
        log.error("analytics: %s", first)
        reason = str(first)
    kept = _move_aside(path, clock)
    if kept is not None:
        try:
            store = Analytics(path, clock)
        except AnalyticsError as again:
            reason = str(again)
        else:
            note = f"the old store could not be used and was kept as {kept.name}; recording anew"
            log.warning("analytics: %s", note)
            return store, note
    note = f"off: {reason}"
    log.error("analytics %s; the kiosk runs without them", note)
    return None, note


def _move_aside(path: Path, clock: Clock) -> Path | None:
    """Rename the store (and its -wal, -shm files) to `NAME.broken-YYYYMMDD-HHMMSS`."""
    if not os.path.lexists(path):
        return None
    stamp = datetime.fromtimestamp(clock(), UTC).strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.broken-{stamp}")
    try:
        for suffix in ("", "-wal", "-shm"):
            original = Path(f"{path}{suffix}")
            if os.path.lexists(original):
                os.replace(original, Path(f"{kept}{suffix}"))
    except OSError as exc:
        log.error("analytics: cannot move %s aside (%s)", path, exc)
        return None
    return kept
