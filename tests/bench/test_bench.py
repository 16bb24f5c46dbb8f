"""`exhibit bench` prints every figure as JSON; timings are never judged here (see bench/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

KEYS = {
    "startup_ms",
    "baseline_startup_ms",
    "app_baseline_startup_ms",
    "startup_ratio",
    "nav_p50_ms",
    "nav_p95_ms",
    "nav_max_ms",
    "rss_mb_start",
    "rss_mb_after",
    "rss_growth_mb",
    "idle_cpu_pct",
    "idle_frames",
    "load_ms",
    "synthetic_load_ms",
    "synthetic_cold_startup_ms",
    "synthetic_startup_ms",
    "synthetic_startup_ratio",
    "synthetic_rss_mb",
    "synthetic_rss_mb_after",
    "synthetic_nav_p95_ms",
    "synthetic_idle_cpu_pct",
}
MACHINE = {"cpus", "memory_gib", "python", "pyside", "qt", "platform", "rendering"}


def test_bench_json_has_every_figure() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "exhibit", "bench", "--json", "--quick", "--synthetic", "120"],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert set(figures) >= KEYS | {"machine"}
    for key in KEYS:
        value = figures[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value >= 0, key
    assert set(figures["machine"]) >= MACHINE
    assert figures["synthetic_slides"] == 120
    assert figures["startup_ms"] > 0 and figures["baseline_startup_ms"] > 0
    assert figures["nav_p95_ms"] >= figures["nav_p50_ms"]


def test_bench_refuses_a_bad_synthetic_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exhibit", "bench", "--synthetic", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--synthetic needs a number of slides above 0" in result.stderr


LEAN_START = """
import sys
from pathlib import Path

import exhibit.cli
import exhibit.ui.app
from exhibit.content.cache import load_cached

load_cached(Path(sys.argv[1]), "bench")
heavy = ["yaml", "markdown", "nh3", "exhibit.content.loader", "exhibit.ui.kiosk",
         "exhibit.analytics.store", "exhibit.system.logs", "sqlite3"]
print(" ".join(name for name in heavy if name in sys.modules))
"""


def test_a_start_from_the_cache_leaves_the_loader_and_kiosk_unimported(tmp_path: Path) -> None:
    """What start-up does not import it does not pay for (bench/RESULTS.md, first fix)."""
    from exhibit.content.bundled import bundled_exhibit

    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-c", LEAN_START, str(bundled_exhibit())]
    first = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert first.returncode == 0, first.stderr
    assert "exhibit.content.loader" in first.stdout  # no cache yet: the files were read
    second = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == ""


def test_ratios_are_taken_within_rounds() -> None:
    """A slow stretch of the machine moves both sides of a round's ratio, not the result."""
    from exhibit.bench.run import median_of, round_ratio

    rounds = {
        "viewer": [{"ms": 200.0}, {"ms": 210.0}, {"ms": 400.0}],
        "empty": [{"ms": 100.0}, {"ms": 200.0}, {"ms": 190.0}],
    }
    assert round_ratio(rounds, "viewer", "empty") == 2.0  # ratios 2.0, 1.05, 2.1
    assert median_of(rounds, "viewer") / median_of(rounds, "empty") != 2.0  # 210 / 190
    assert median_of(rounds, "empty") == 190.0
