"""A real assistive-technology client for the end-to-end tests: run by the system python3
(which has pyatspi) inside `dbus-run-session`, it starts the AT-SPI bus, the viewer given on
its command line, walks the viewer's tree as Orca does and prints what it found as JSON.

    dbus-run-session -- /usr/bin/python3 tests/ui/atspi_client.py SCRIPT.json -- CMD...

SCRIPT.json lists the steps (`do`: key, press or none; `until`, `wait`, `walk`: see `do`);
the answer is one JSON object on stdout.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from typing import Any

import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

TIMEOUT = 30.0
events: list[dict[str, Any]] = []


def pump(until: Any, timeout: float = TIMEOUT) -> bool:
    """Run the GLib loop (which delivers AT-SPI events) until `until()` is true."""
    context = GLib.MainContext.default()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        while context.pending():
            context.iteration(False)
        if until():
            return True
        context.iteration(False)
        time.sleep(0.02)  # the loop's own poll interval: this waits, it measures nothing
    return False


def on_event(event: Any) -> None:
    try:
        source = event.source.name if event.source else ""
        role = event.source.getRoleName() if event.source else ""
    except Exception:  # a node gone before its event is read
        source, role = "", ""
    events.append(
        {
            "type": str(event.type),
            "detail1": event.detail1,
            "name": source,
            "role": role,
            "text": str(event.any_data) if event.any_data is not None else "",
        }
    )


def find_app(title: str) -> Any:
    found: list[Any] = []

    def look() -> bool:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            for frame in app:
                if frame is not None and title in (frame.name or ""):
                    found.append(frame)
                    return True
        return False

    if not pump(look):
        raise SystemExit(json.dumps({"error": "the viewer never appeared on the AT-SPI bus"}))
    return found[0]


def walk(node: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every showing node under `node`, in tree (reading) order."""
    if node is None or depth > 60:
        return []
    states = node.getState()
    if not states.contains(pyatspi.STATE_SHOWING):
        return []
    entry = {
        "name": node.name or "",
        "role": node.getRoleName(),
        "checked": states.contains(pyatspi.STATE_CHECKED),
        "selected": states.contains(pyatspi.STATE_SELECTED),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
    }
    try:
        text = node.queryText()
        entry["text"] = text.getText(0, text.characterCount)
    except NotImplementedError:
        pass
    found = [entry]
    for child in node:
        found += walk(child, depth + 1)
    return found


def find_node(frame: Any, role: str, name_part: str) -> Any:
    def match(node: Any) -> bool:
        return node is not None and node.getRoleName() == role and name_part in (node.name or "")

    return pyatspi.findDescendant(frame, match)


def locale_of(node: Any) -> str:
    """The locale a screen reader picks its voice by (the node's, as Orca asks)."""
    try:
        return str(node.get_object_locale() or "")
    except Exception:  # an old at-spi without the call
        return ""


def press(node: Any) -> bool:
    action = node.queryAction()
    for number in range(action.nActions):
        if action.getName(number) == "Press":
            return bool(action.doAction(number))
    return False


def key(env: dict[str, str], name: str) -> None:
    subprocess.run(["xdotool", "key", "--clearmodifiers", name], env=env, check=True, timeout=30)


def wait_events(kind: str, count: int) -> list[dict[str, Any]]:
    pump(lambda: len([e for e in events if e["type"].startswith(kind)]) >= count, timeout=10)
    return [e for e in events if e["type"].startswith(kind)]


def settle() -> None:
    """Let queued events arrive: until the bus answers a round trip with nothing pending."""
    context = GLib.MainContext.default()
    _ = pyatspi.Registry.getDesktop(0).childCount  # a round trip on the bus
    while context.pending():
        context.iteration(False)


def run(steps: list[dict[str, Any]], command: list[str]) -> dict[str, Any]:
    env = dict(os.environ)
    env["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
    env.pop("QT_QPA_PLATFORM", None)
    bus = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env)
    kinds = ("object:announcement", "focus:", "object:state-changed:focused")
    for kind in (*kinds, "object:property-change:accessible-name"):
        pyatspi.Registry.registerEventListener(on_event, kind)
    # The viewer's output goes to a file: a pipe read only at the end could fill and block the
    # viewer's every write, and with it its answers on the bus.
    with tempfile.TemporaryFile("w+", encoding="utf-8") as output:
        app = subprocess.Popen(command, env=env, stdout=output, stderr=subprocess.STDOUT)
        answer: dict[str, Any] = {"steps": []}
        try:
            frame = find_app(steps[0]["title"])
            for step in steps[1:]:
                answer["steps"].append(do(step, frame, env))
        finally:
            app.terminate()
            try:
                app.wait(30)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(10)
            output.seek(0)
            answer["output"] = output.read()
            bus.terminate()
            bus.wait(10)
    return answer


def do(step: dict[str, Any], frame: Any, env: dict[str, str]) -> dict[str, Any]:
    """One step: what it did and what the tree and the events said after it."""
    before = len(events)
    result: dict[str, Any] = {"step": step}
    node = None
    if step["do"] == "key":
        key(env, step["key"])
    elif step["do"] == "press":
        node = find_node(frame, step["role"], step["name"])
        result["found"] = node is not None
        result["pressed"] = node is not None and press(node)
    if step.get("until"):
        pump(lambda: any(step["until"] in n["name"] for n in walk(frame)))
    if step.get("wait"):
        kind, count = step["wait"]
        pump(
            lambda: len([e for e in events[before:] if e["type"].startswith(kind)]) >= count,
            timeout=10,
        )
    settle()
    # at-spi caches an object's locale once asked: the pressed node is asked first here.
    result["locale"] = locale_of(node if node is not None else frame)
    result["events"] = events[before:]
    if step.get("walk", True):
        result["tree"] = walk(frame)
    return result


if __name__ == "__main__":
    split = sys.argv.index("--")
    with open(sys.argv[1], encoding="utf-8") as script:
        plan = json.load(script)
    print(json.dumps(run(plan, sys.argv[split + 1 :])))
