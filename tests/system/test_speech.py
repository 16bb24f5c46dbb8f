"""The accessibility mode's speech: which tool speaks, the command it is given, and silence."""

from __future__ import annotations

import logging
import shutil
import subprocess

import pytest

from exhibit.system.speech import CommandSpeaker, SilentSpeaker, find_speaker


def tools(*present: str):  # type: ignore[no-untyped-def]
    return lambda name: f"/usr/bin/{name}" if name in present else None


def test_auto_prefers_speech_dispatcher_then_espeak() -> None:
    spd = find_speaker("auto", which=tools("spd-say", "espeak-ng"))
    assert isinstance(spd, CommandSpeaker) and spd.tool == "spd-say"
    espeak = find_speaker("auto", which=tools("espeak-ng"))
    assert isinstance(espeak, CommandSpeaker) and espeak.tool == "espeak-ng"
    assert isinstance(find_speaker("off", which=tools("spd-say")), SilentSpeaker)


def test_no_tool_is_silence_with_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="exhibit.speech"):
        speaker = find_speaker("espeak-ng", which=tools("spd-say"))
    assert isinstance(speaker, SilentSpeaker)
    assert [r.getMessage() for r in caplog.records] == [
        "no speech for the accessibility mode: espeak-ng not found"
    ]
    speaker.say("anything", "en")  # says nothing, fails at nothing
    speaker.stop()


def test_the_text_is_one_argument_after_the_options() -> None:
    started: list[list[str]] = []
    speaker = find_speaker("auto", which=tools("spd-say"), start=started.append)
    assert isinstance(speaker, CommandSpeaker)
    speaker.say("-w rm -rf; «Привет»", "ru")
    speaker.flush()
    assert started == [
        ["/usr/bin/spd-say", "--cancel"],
        ["/usr/bin/spd-say", "-l", "ru", "--", "-w rm -rf; «Привет»"],
    ]
    started.clear()
    espeak = find_speaker("auto", which=tools("espeak-ng"), start=started.append)
    assert isinstance(espeak, CommandSpeaker)
    espeak.say("Hello", "en")
    espeak.flush()
    assert started == [["/usr/bin/espeak-ng", "-v", "en", "--", "Hello"]]


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="needs espeak-ng")
def test_espeak_ng_takes_the_command_and_a_new_text_cuts_the_last() -> None:
    path = shutil.which("espeak-ng")
    assert path is not None
    started: list[subprocess.Popen[bytes]] = []

    def start(command: list[str]) -> subprocess.Popen[bytes]:
        # --stdout: the sound goes to a pipe instead of a sound card this machine may lack
        process = subprocess.Popen(
            [*command[:-2], "--stdout", *command[-2:]],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        started.append(process)
        return process

    speaker = CommandSpeaker("espeak-ng", path, start)
    speaker.say("A long sentence that is cut off by the next one. " * 200, "en")
    speaker.flush()
    speaker.say("-Short.", "en")
    speaker.flush()
    outputs = [process.communicate(timeout=60)[1] for process in started]
    assert started[0].returncode == -15  # terminated: the new text cut it off
    assert started[1].returncode == 0 and outputs[1] == b""  # "-Short." was words, no option


def test_speech_dispatcher_is_cancelled_before_the_new_text_not_beside_it() -> None:
    """`spd-say --cancel` and the next text are two processes: started together, the cancel
    could reach speech-dispatcher after the text and silence it. The text starts only once
    the cancel has ended; a text superseded meanwhile never starts."""
    seen: list[tuple[list[str], bool]] = []
    cancels: list[subprocess.Popen[bytes]] = []

    def start(command: list[str]) -> object:
        if command[-1] == "--cancel":  # a cancel that takes a moment, as over a socket
            cancels.append(subprocess.Popen(["sleep", "0.3"]))
            return cancels[-1]
        seen.append((command, all(c.poll() is not None for c in cancels)))
        return None

    speaker = CommandSpeaker("spd-say", "/usr/bin/spd-say", start)
    speaker.say("superseded", "en")
    speaker.say("second", "en")
    speaker.flush()
    assert seen == [(["/usr/bin/spd-say", "-l", "en", "--", "second"], True)]
    speaker.stop()  # a stop is a cancel alone
    speaker.flush()
    assert len(cancels) >= 2 and len(seen) == 1
    for cancel in cancels:
        cancel.wait(5)
