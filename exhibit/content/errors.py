"""The one content error type and the problems it carries (file, line, column, message)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from exhibit.content.record import Record, record

Severity = Literal["error", "warning"]


@record(frozen=True)
class Problem(Record):
    """One finding about content, located at a 1-based line and column of a file."""

    file: str
    line: int
    column: int
    message: str
    severity: Severity = "error"

    def format(self) -> str:
        """Render as `FILE:LINE:COL: error: MESSAGE`, the line `exhibit check` prints."""
        return f"{self.file}:{self.line}:{self.column}: {self.severity}: {self.message}"


class ContentError(Exception):
    """Raised when content cannot be loaded; carries every problem found, errors first."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        ordered = tuple(sorted(problems, key=lambda p: p.severity != "error"))
        if not ordered:
            raise ValueError("ContentError needs at least one problem")
        super().__init__(ordered[0].format())
        self.problems = ordered

    @property
    def first(self) -> Problem:
        """The first (most important) problem."""
        return self.problems[0]


def display_path(path: Path, root: Path) -> str:
    """A path as shown to curators: relative to the exhibit folder's parent when inside it."""
    try:
        return str(path.resolve().relative_to(root.resolve().parent))
    except ValueError:
        return str(path)
