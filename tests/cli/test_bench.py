"""`exhibit bench` prints every figure as JSON; timings are never judged here (see bench/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

KEYS = {
    "startup_ms",
    "baseline_startup_ms",
    "nav_p50_ms",
    "nav_p95_ms",
    "rss_mb_start",
    "rss_mb_after",
    "rss_growth_mb",
    "idle_cpu_pct",
    "load_ms",
    "synthetic_load_ms",
    "synthetic_startup_ms",
    "synthetic_rss_mb",
    "machine",
}


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
    assert set(figures) >= KEYS
    for key in KEYS - {"machine"}:
        assert isinstance(figures[key], int | float) and figures[key] >= 0, key
    assert figures["synthetic_slides"] == 120
    assert figures["startup_ms"] > 0 and figures["nav_p95_ms"] >= figures["nav_p50_ms"]


def test_bench_refuses_a_bad_synthetic_size() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "exhibit", "bench", "--synthetic", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "--synthetic needs a number of slides above 0" in result.stderr
