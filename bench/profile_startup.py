"""Where the viewer's start-up goes: wall-clock phases of one real `exhibit run`, offscreen.

    python bench/profile_startup.py [PATH]          # phases, in ms from the spawn
    python bench/profile_startup.py [PATH] --cprofile out.prof

Spawns itself as `exhibit bench` spawns its start-up child (exhibit/ui/bench_child.py), timed
from just before the spawn, on the same 1920x1080 offscreen screen, and runs that child with
the viewer's start-up steps wrapped to note when each one ends. The child's own total is the
JSON line; the phases follow. Run `python -m compileall -q exhibit` first if your Python does
not write bytecode (PYTHONDONTWRITEBYTECODE), as `exhibit bench` does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parent.parent
SCREEN = {"screens": [{"name": "bench", "width": 1920, "height": 1080, "logicalDpi": 96}]}
MARKS: list[tuple[str, float]] = []


def mark(name: str) -> None:
    MARKS.append((name, time.time()))


def wrap(module: Any, name: str, label: str, then: Callable[[Any], None] | None = None) -> None:
    original: Callable[..., Any] = getattr(module, name)

    def timed(*args: Any, **kwargs: Any) -> Any:
        mark(f"before {label}")
        result = original(*args, **kwargs)
        mark(label)
        if then is not None:
            then(result)
        return result

    setattr(module, name, timed)


def main() -> None:
    if "--child" not in sys.argv:
        with tempfile.TemporaryDirectory() as scratch:
            screen = Path(scratch) / "screen.json"
            screen.write_text(json.dumps(SCREEN), encoding="utf-8")
            env = dict(
                os.environ,
                QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
                PYTHONPATH=os.pathsep.join([str(CHECKOUT), os.environ.get("PYTHONPATH", "")]),
                EXHIBIT_BENCH_T0=repr(time.time()),
            )
            command = [sys.executable, __file__, "--child", *sys.argv[1:]]
            sys.exit(subprocess.run(command, env=env).returncode)
    args = [arg for arg in sys.argv[1:] if arg != "--child"]
    profile_to = None
    if "--cprofile" in args:
        at = args.index("--cprofile")
        profile_to = args[at + 1]
        del args[at : at + 2]
    path = args[0] if args else str(CHECKOUT / "content")
    start = float(os.environ["EXHIBIT_BENCH_T0"])
    mark("interpreter and site")

    import exhibit.cli  # what `exhibit run` imports first

    mark("import exhibit.cli")
    import exhibit.ui  # noqa: F401  (the pure-Python modules, before PySide6)

    mark("import exhibit.ui (content and show modules)")
    import PySide6.QtQuick  # noqa: F401  (the baseline's imports)

    mark("import PySide6 (Core, Gui, Qml, Quick)")
    import exhibit.ui.app as app_module
    from exhibit.bench import child as bench_child

    mark("import exhibit.ui.app (the Qt side)")
    wrap(app_module, "load_or_report", "load the exhibit (cached)")
    wrap(app_module, "window_preflight", "window preflight")
    wrap(app_module, "application", "application")
    import exhibit.ui.engine as engine_module

    wrap(engine_module, "register_fonts", "fonts (fontconfig's first start)")
    wrap(app_module, "Controller", "controller + list models")
    wrap(app_module, "LiveReload", "live reload (first fingerprint)")

    def watch_frames(window: Any) -> None:
        if window is None:
            return
        frame = [0]

        def on(signal: Any, name: str) -> None:
            signal.connect(lambda *_: mark(f"frame {frame[0]}: {name}"))

        on(window.beforeSynchronizing, "polish, then sync starts")
        on(window.beforeRendering, "sync done, render starts")
        on(window.afterRendering, "rendered")
        window.frameSwapped.connect(lambda: frame.__setitem__(0, frame[0] + 1))

    wrap(app_module, "create_window", "QML: compile and create Main", watch_frames)
    original_report = bench_child.report

    def report(ms: float) -> None:
        mark("first frame with the slide ready")
        original_report(ms)

    bench_child.report = report
    if profile_to:
        import cProfile

        cProfile.runctx("bench_child.viewer(path)", globals(), locals(), profile_to)
    else:
        bench_child.viewer(path)
    previous = start
    last = next((n for n, (name, _) in enumerate(MARKS) if name.startswith("first frame")), -1)
    for name, when in MARKS[: last + 1] if last >= 0 else MARKS:
        if not name.startswith("before ") or when - previous > 0.0005:
            label = name if not name.startswith("before ") else f"  (between: {name[7:]})"
            print(f"{(when - previous) * 1000:8.1f} ms  {(when - start) * 1000:8.1f} ms  {label}")
        previous = when


if __name__ == "__main__":
    main()
