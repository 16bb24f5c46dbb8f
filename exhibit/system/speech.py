"""The system's speech for the kiosk's accessibility mode: speech-dispatcher (`spd-say`) or
espeak-ng, whichever is there, behind one small interface; silent (with one log line) if none."""

from __future__ import annotations

import logging
import shutil
import subprocess
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
    """Speech through a command line tool; the text is one argument after `--`, never parsed."""

    def __init__(self, tool: str, path: str, start: Start = _start) -> None:
        self.tool = tool
        self.path = path
        self.start = start
        self.running: list[object] = []  # what was started and may still be going

    def say(self, text: str, lang: str) -> None:
        self.stop()
        voice = ["-l", lang] if self.tool == "spd-say" else ["-v", lang]
        self.running.append(self.start([self.path, *voice, "--", text]))

    def stop(self) -> None:
        # Whatever still runs is ended, so a stalled speech service never piles processes up.
        for process in self.running:
            if isinstance(process, subprocess.Popen) and process.poll() is None:
                process.terminate()
        self.running = []
        if self.tool == "spd-say":  # speech-dispatcher speaks on after spd-say has ended
            self.running.append(self.start([self.path, "--cancel"]))


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
