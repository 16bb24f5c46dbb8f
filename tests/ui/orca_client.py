"""Orca, the Linux screen reader, listening to the viewer: run by the system python3 inside
`dbus-run-session`, it starts the AT-SPI bus, Orca (its spoken words written to a file by
Orca's own output log), the viewer given on its command line, sends the plan's keys and
prints, as JSON, what Orca said after each.

    dbus-run-session -- /usr/bin/python3 tests/ui/orca_client.py PLAN.json -- CMD...

PLAN.json: {"title": window title, "steps": [{"key": xdotool key, "until": words}, ...]};
a step waits until Orca has said something containing `until`, then until it falls silent.
Orca speaks to no speech server here (none is needed to log its words); pass
`--speak` before `--` to let it use speech-dispatcher as it would for a visitor, and set
ORCA_DEBUG_FILE to have Orca's full debug log there.
"""

from __future__ import annotations

import json
import os
import runpy
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

TIMEOUT = 30.0
QUIET = 1.5  # seconds without a new word: Orca has said all it will of a step
POLL = 0.1  # the wait's own poll interval: this waits, it measures nothing


def run_orca(log: str, prefs: str, speak: bool) -> None:
    """Orca itself, in this process: each utterance goes to `log` as Orca's speech log has it."""
    import logging

    sys.argv = ["orca", "--user-prefs", prefs]
    debug_file = os.environ.get("ORCA_DEBUG_FILE")  # Orca's own debug log, to see why
    if debug_file:
        import builtins

        opened = builtins.open

        def line_buffered(name: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            if name == debug_file:
                return opened(name, mode, buffering=1, encoding="utf-8")
            return opened(name, mode, *args, **kwargs)

        builtins.open = line_buffered
        sys.argv += ["--debug-file", debug_file]
    from orca import logger, speech  # type: ignore[import-not-found]

    class OneLine(logging.Formatter):  # an utterance may span lines: each is one JSON string
        def format(self, record: logging.LogRecord) -> str:
            return json.dumps(record.getMessage(), ensure_ascii=False)

    handler = logging.FileHandler(log, encoding="utf-8")
    handler.setFormatter(OneLine())
    logger.getLogger().newLog("speech").addHandler(handler)
    if not speak:  # words are logged before they reach a server: none is needed for the log
        speech.init = lambda: None
    runpy.run_path("/usr/bin/orca", run_name="__main__")


def said(log: Path) -> list[str]:
    if not log.exists():
        return []
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines() if line]
    prefix = "SPEECH OUTPUT: '"
    return [line[len(prefix) : line.rindex("'")] for line in lines if line.startswith(prefix)]


def wait_speech(log: Path, start: int, until: str, timeout: float = TIMEOUT) -> list[str]:
    """What Orca said from line `start` on, once it said `until` and then fell quiet."""
    deadline = time.monotonic() + timeout
    heard: list[str] = []
    while time.monotonic() < deadline and not any(until in line for line in heard):
        time.sleep(POLL)
        heard = said(log)[start:]
    last, quiet_since = len(heard), time.monotonic()
    while time.monotonic() - quiet_since < QUIET and time.monotonic() < deadline + QUIET:
        time.sleep(POLL)
        heard = said(log)[start:]
        if len(heard) != last:
            last, quiet_since = len(heard), time.monotonic()
    return heard


def key(env: dict[str, str], name: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], env=env, check=True, timeout=30)


def run(plan: dict[str, Any], command: list[str], speak: bool) -> dict[str, Any]:
    env = dict(os.environ)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env.pop("QT_QPA_PLATFORM", None)
    work = Path(tempfile.mkdtemp(prefix="orca-"))
    log = work / "speech.log"
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env)
    orca_command = [sys.executable, __file__, "--orca", str(log), str(work / "prefs")]
    orca = subprocess.Popen(
        orca_command + (["--speak"] if speak else []),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    answer: dict[str, Any] = {"steps": []}
    app = None
    # The viewer's output goes to a file, not a pipe read at the end: a full pipe would block
    # the viewer's every write, and with it its answers to Orca.
    output = work / "viewer.log"
    try:
        answer["start"] = wait_speech(log, 0, "Screen reader on")
        with output.open("w", encoding="utf-8") as sink:
            app = subprocess.Popen(command, env=env, stdout=sink, stderr=subprocess.STDOUT)
        answer["window"] = wait_speech(log, len(said(log)), plan["title"])
        for step in plan["steps"]:
            start = len(said(log))
            key(env, step["key"])
            heard = wait_speech(log, start, step.get("until", ""), step.get("timeout", TIMEOUT))
            answer["steps"].append({"key": step["key"], "said": heard})
    finally:
        for process in (orca, app):
            if process is not None:
                process.terminate()
        if app is not None:
            try:
                app.wait(30)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(10)
            answer["output"] = output.read_text(encoding="utf-8", errors="replace")
        try:
            orca.wait(10)
        except subprocess.TimeoutExpired:
            orca.kill()
        bus.terminate()
        bus.wait(10)
    return answer


if __name__ == "__main__":
    if sys.argv[1] == "--orca":
        run_orca(sys.argv[2], sys.argv[3], "--speak" in sys.argv[4:])
    else:
        split = sys.argv.index("--")
        with open(sys.argv[1], encoding="utf-8") as source:
            steps = json.load(source)
        print(json.dumps(run(steps, sys.argv[split + 1 :], "--speak" in sys.argv[2:split])))
