"""`exhibit bench` prints every figure as JSON; timings are never judged here (see bench/)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.bench import run
from exhibit.cli import main
from exhibit.content.bundled import bundled_exhibit
from exhibit.content.cache import cache_entry
from exhibit.content.loader import load
from exhibit.content.model import Exhibit

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
# What each kind of measuring process reports: a start-up child (bench.spawn), and a tour of
# an exhibit (bench.in_process, in a child of its own for the synthetic one). The fakes below
# report these, and the real children are checked to report them too.
STARTUP_FIGURES = {"ms", "rss_mb"}
TOUR_FIGURES = {
    "nav_p50_ms",
    "nav_p95_ms",
    "nav_max_ms",
    "rss_mb_start",
    "rss_mb_after",
    "rss_growth_mb",
    "transitions",
    "idle_cpu_pct",
    "idle_frames",
}
STARTUP_MS = {"empty": 100.0, "app-empty": 110.0, "viewer": 150.0}


def fake_tour(transitions: int) -> dict[str, float]:
    return {
        "nav_p50_ms": 10.0,
        "nav_p95_ms": 20.0,
        "nav_max_ms": 30.0,
        "rss_mb_start": 100.0,
        "rss_mb_after": 101.5,
        "rss_growth_mb": 1.5,
        "transitions": transitions,
        "idle_cpu_pct": 0.1,
        "idle_frames": 0,
    }


def test_bench_json_has_every_figure(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`exhibit bench --json --quick --synthetic N` with its measuring processes faked.

    Every figure of the JSON is taken from what the children report, in the way the real
    run takes them: medians over rounds, ratios within rounds, the synthetic exhibit's first
    start before its cached one. The real children run in the tests after this one.
    """
    spawned: list[tuple[str, Path]] = []
    toured: list[tuple[Path, int, float]] = []

    def spawn(kind: str, path: Path, screen: Path) -> dict[str, float]:
        assert json.loads(screen.read_text(encoding="utf-8")) == run.SCREEN
        spawned.append((kind, path))
        synthetic = kind == "viewer" and path.name == "synthetic"
        return {"ms": 165.0 if synthetic else STARTUP_MS[kind], "rss_mb": 90.0}

    def in_process(
        exhibit: Exhibit, folder: Path, transitions: int, idle_seconds: float
    ) -> dict[str, float]:
        toured.append((folder, transitions, idle_seconds))
        assert len(exhibit.slides) == len(load(folder).slides)
        return fake_tour(transitions)

    def in_child(folder: Path, transitions: int, idle_seconds: float) -> dict[str, float]:
        toured.append((folder, transitions, idle_seconds))
        assert len(load(folder).slides) == 12  # the synthetic exhibit, written in full
        return fake_tour(transitions)

    monkeypatch.setattr(run, "spawn", spawn)
    monkeypatch.setattr(run, "in_process", in_process)
    monkeypatch.setattr(run, "in_child", in_child)
    assert main(["bench", "--json", "--quick", "--synthetic", "12"]) == 0
    figures = json.loads(capsys.readouterr().out)

    assert set(figures) >= KEYS | {"machine"}
    for key in KEYS:
        value = figures[key]
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert value >= 0, key
    assert set(figures["machine"]) >= MACHINE
    assert figures["synthetic_slides"] == 12
    assert figures["startup_ms"] == 150.0 and figures["baseline_startup_ms"] == 100.0
    assert figures["app_baseline_startup_ms"] == 110.0
    assert figures["startup_ratio"] == 1.5
    assert figures["synthetic_startup_ms"] == 165.0
    assert figures["synthetic_startup_ratio"] == pytest.approx(1.1)
    assert figures["rss_growth_mb"] == 1.5 and figures["transitions"] == 200

    # --quick: 3 rounds of the four children after one untimed round, and before all of
    # them the synthetic exhibit's first start, with no cached copy yet.
    bundled = bundled_exhibit()
    synthetic = spawned[0][1]
    assert spawned[0] == ("viewer", synthetic) and synthetic.name == "synthetic"
    one_round = [("viewer", bundled), ("empty", bundled), ("app-empty", bundled)]
    one_round.append(("viewer", synthetic))
    assert spawned[1:] == one_round * 4
    assert toured == [(bundled, 200, 2.0), (synthetic, 12, 2.0)]
    assert not synthetic.exists()  # the scratch folder is gone, and its cache entry with it
    assert not cache_entry(synthetic)[0].exists()


@pytest.fixture(scope="module")
def screen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("bench") / "screen.json"
    path.write_text(json.dumps(run.SCREEN), encoding="utf-8")
    return path


@pytest.mark.e2e
@pytest.mark.parametrize("kind", ["empty", "app-empty", "viewer"])
def test_a_start_up_child_reports_its_figures(kind: str, screen: Path) -> None:
    """One real start-up of each kind: a fresh process, timed to its first full frame."""
    figures = run.spawn(kind, bundled_exhibit(), screen)
    assert set(figures) == STARTUP_FIGURES
    assert figures["ms"] > 0 and figures["rss_mb"] > 0


@pytest.mark.e2e
@pytest.mark.slow
def test_a_tour_child_reports_every_tour_figure(tmp_path: Path) -> None:
    """A real tour in a fresh process, short: a few slides, a few moves, a moment of idle."""
    folder = run.synthetic(tmp_path, 6, images=2)
    try:
        figures = run.in_child(folder, 3, 0.1)
    finally:
        cache_entry(folder)[0].unlink(missing_ok=True)
    assert set(figures) == TOUR_FIGURES
    assert 0 < figures["nav_p50_ms"] <= figures["nav_p95_ms"] <= figures["nav_max_ms"]
    assert figures["transitions"] == 3
    assert figures["rss_mb_start"] > 0 and figures["rss_mb_after"] > 0
    assert figures["idle_cpu_pct"] >= 0 and figures["idle_frames"] >= 0


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
