"""Small exhibits written to a temporary folder, for tests of every layer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
    '<rect width="10" height="10"/></svg>'
)

BASE: dict[str, str] = {
    "exhibit.yaml": """\
title: Small
sections: [one]
sources:
  - id: memo
    title: A memo
""",
    "timeline.yaml": """\
events:
  - id: ev
    date: 1993-04-25
    title: Vote
eras:
  - id: era
    title: Nineties
    start: 1990
    end: 1999
""",
    "one/section.yaml": """\
id: one
title: One
slides:
  - id: s1
    kind: title
    title: Hello
    events: [ev]
  - id: s2
    kind: quote
    text: Hi there
    speaker: Someone
    date: 1993
    source: memo
  - id: s3
    kind: image
    image: one/pic.svg
    alt: A picture
    credit: Me
""",
    "one/pic.svg": SVG,
}

MakeExhibit = Callable[..., Path]


@pytest.fixture
def make_exhibit(tmp_path: Path) -> MakeExhibit:
    """Write BASE with some files replaced (None removes one) and return the folder."""

    def make(**overrides: str | None) -> Path:
        root = tmp_path / "ex"
        files = dict(BASE)
        for key, value in overrides.items():
            name = key.replace("__", "/").replace("_yaml", ".yaml").replace("_md", ".md")
            files[name] = value  # type: ignore[assignment]
        for name, text in files.items():
            if text is None:
                continue
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        return root

    return make
