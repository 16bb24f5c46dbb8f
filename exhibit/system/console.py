"""What commands print on the terminal: one line per message, control characters shown escaped.

A command that cannot go on raises `Failure` (or `UsageError`) with one line for the user and
the exit status it means; `exhibit.cli` prints it, in one place, and exits with it.
"""

from __future__ import annotations

import sys

# Exit statuses every command shares.
CONTENT = 1  # bad content or a file that cannot be read or written
USAGE = 2  # bad arguments or configuration
INTERNAL = 70  # a bug: an exception nobody expected (EX_SOFTWARE)


class Failure(Exception):
    """A command cannot go on: `message` is the one line the user sees, `status` the exit."""

    def __init__(self, message: str, status: int = CONTENT) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


class UsageError(Failure):
    """Bad command-line input or configuration: exit status 2."""

    def __init__(self, message: str) -> None:
        super().__init__(message, USAGE)


def printable(text: str) -> str:
    """`text` on one terminal line: newlines, escapes and other control characters escaped.

    Content values reach these lines (file names, YAML values): a raw newline could forge
    another `FILE:LINE:COL: error:` line and an ESC could drive the terminal.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() or ch == " " else _escaped(ch) for ch in text)


def _escaped(ch: str) -> str:
    code = ord(ch)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if ch in named:
        return named[ch]
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def say(line: str) -> None:
    """A one-line report (progress, summary, a content problem) on standard error."""
    print(printable(line), file=sys.stderr)


def warn(message: str) -> None:
    say(f"exhibit: warning: {message}")


def error_line(message: str) -> str:
    """`exhibit: error: MESSAGE`, or the message itself when it already names its file."""
    return message if ": error: " in message else f"exhibit: error: {message}"
