"""Simulated kiosk visitors written through the real analytics store, with a fake clock."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from exhibit.analytics.store import Analytics

# A small show: (section, slides)
SHOW = (
    ("yugoslav-wars", ("yw-title", "yw-map", "yw-quote", "yw-memo")),
    ("vancouver", ("van-title", "van-map", "van-aid", "van-quote", "van-memo")),
    ("referendum", ("ref-title", "ref-ballot", "ref-quote")),
    ("downward-spiral", ("ds-title", "ds-nato", "ds-quote", "credits")),
)
DAY_ONE = 1_714_550_400.0  # 2024-05-01 08:00 UTC


@dataclass
class FakeClock:
    now: float = DAY_ONE

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def simulate(
    path: Path,
    *,
    kiosk: str | None = None,
    days: int = 7,
    seed: int = 1,
    busy: float = 1.0,
    idle_timeout: float = 90.0,
) -> FakeClock:
    """Write `days` days of plausible visits into the database at `path`."""
    rng = random.Random(seed)
    clock = FakeClock()
    flat = [(slide, section) for section, slides in SHOW for slide in slides]
    with Analytics(path, clock, kiosk=kiosk, utc_offset=lambda _moment: 0.0) as store:
        for day in range(days):
            clock.now = DAY_ONE + day * 86400
            weekend = day % 7 in (4, 5)
            visitors = max(0, round(rng.gauss(14 if weekend else 8, 3) * busy))
            store.attract_started()
            for _ in range(visitors):
                clock.advance(rng.uniform(300, 2400))
                position = 0  # the attract loop leaves the show at its first slide
                store.slide_shown(*flat[position])
                store.touched()
                if rng.random() < 0.15:
                    store.language_chosen(rng.choice(("en", "ru")))
                patience = rng.uniform(0.08, 0.3)
                while True:
                    clock.advance(rng.uniform(4, 40))
                    if rng.random() < 0.1:
                        store.timeline_tapped(rng.choice(("vancouver-summit", "referendum")))
                    if rng.random() < patience or position == len(flat) - 1:
                        break
                    position += 1 if rng.random() < 0.85 else rng.randrange(1, 5)
                    position = min(position, len(flat) - 1)
                    store.slide_shown(*flat[position])
                clock.advance(idle_timeout)
                store.session_ended(idle_for=idle_timeout)
                store.attract_started()
                store.slide_shown(*flat[0])
    return clock
