"""The system's speech for the kiosk's accessibility mode: speech-dispatcher (`spd-say`) or
espeak-ng, whichever is there, behind one small interface; silent (with one log line) if none."""

from __future__ import annotations

import logging
import queue
import shutil
import subprocess
import threading
from collections.abc import Callable
from typing import Protocol

log = logging.getLogger("exhibit.speech")
Which = Callable[[str], str | None]
Start = Callable[[list[str]], object]


class Speaker(Protocol):
    """Says a text in a language, cutting off whatever it was saying."""

    def say(self, text: str, lang: str) -> None: ...

    def stop(self) -> None: ...


def _start(command: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )


class CommandSpeaker:
    """Speech through a command line tool; the text is one argument after `--`, never parsed.

    speech-dispatcher speaks on after `spd-say` has ended, so a new text first cancels it with
    `spd-say --cancel`. Two processes started at once would race (the cancel could land after
    the new text and silence it): the commands run one after the other on a worker thread, the
    cancel waited for, and texts superseded while waiting are dropped."""

    CANCEL_WAIT = 2.0  # seconds a stalled speech service may hold up the next text

    def __init__(self, tool: str, path: str, start: Start = _start) -> None:
        self.tool = tool
        self.path = path
        self.start = start
        self.running: list[object] = []  # what was started and may still be going
        self._lock = threading.Lock()
        self._wanted: list[list[str]] = []  # the commands still to run, in order
        self._queue: queue.Queue[int] = queue.Queue()
        self._generation = 0  # bumped by every say and stop: older work is dropped
        threading.Thread(target=self._work, name="speech", daemon=True).start()

    def say(self, text: str, lang: str) -> None:
        voice = ["-l", lang] if self.tool == "spd-say" else ["-v", lang]
        self._replace([self.path, *voice, "--", text])

    def stop(self) -> None:
        self._replace(None)

    def flush(self) -> None:
        """Wait until every command asked for so far has been started (for tests)."""
        self._queue.join()

    def _replace(self, command: list[str] | None) -> None:
        # Whatever still runs is ended, so a stalled speech service never piles processes up.
        with self._lock:
            for process in self.running:
                if isinstance(process, subprocess.Popen) and process.poll() is None:
                    process.terminate()
            self.running = []
            self._generation += 1
            self._wanted = [[self.path, "--cancel"]] if self.tool == "spd-say" else []
            if command is not None:
                self._wanted.append(command)
            generation = self._generation
        self._queue.put(generation)

    def _work(self) -> None:
        while True:
            generation = self._queue.get()
            try:
                self._run(generation)
            finally:
                self._queue.task_done()

    def _run(self, generation: int) -> None:
        while True:
            with self._lock:
                if generation != self._generation or not self._wanted:
                    return
                command = self._wanted.pop(0)
                process = self.start(command)
                self.running.append(process)
                last = not self._wanted
            if last or not isinstance(process, subprocess.Popen):
                continue
            try:
                process.wait(self.CANCEL_WAIT)
            except subprocess.TimeoutExpired:
                process.kill()


class SilentSpeaker:
    """No speech on this machine: the mode still works, only without sound."""

    def say(self, text: str, lang: str) -> None:
        pass

    def stop(self) -> None:
        pass


def find_speaker(
    choice: str = "auto", which: Which = shutil.which, start: Start = _start
) -> Speaker:
    """The speaker `choice` names ("auto": spd-say, else espeak-ng); silent when it is "off" or
    the tool is missing, which is said once in the log."""
    if choice == "off":
        return SilentSpeaker()
    for tool in ("spd-say", "espeak-ng") if choice == "auto" else (choice,):
        path = which(tool)
        if path:
            return CommandSpeaker(tool, path, start)
    wanted = "spd-say or espeak-ng" if choice == "auto" else choice
    log.warning("no speech for the accessibility mode: %s not found", wanted)
    return SilentSpeaker()
