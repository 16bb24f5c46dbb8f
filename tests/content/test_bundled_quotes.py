"""Every English quotation in the bundled exhibit appears word for word in the source texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from exhibit.content.markup import plain_text

SOURCES = Path(__file__).resolve().parents[3] / "shared" / "sources"


def normalise(text: str) -> str:
    """Quotes and spaces made uniform, and an editor's [sic] dropped (it marks, not quotes)."""
    text = text.replace(" [sic]", "")
    return " ".join(text.replace("’", "'").replace("“", '"').replace("”", '"').split())


@pytest.mark.skipif(not SOURCES.is_dir(), reason="the source texts are in ../shared/sources")
def test_quotations_are_verbatim() -> None:
    corpus = normalise(" ".join(p.read_text(encoding="utf-8") for p in SOURCES.glob("*.txt")))
    exhibit = load(bundled_exhibit())
    checked = 0
    for slide in exhibit.slides:
        field = slide.text("text" if slide.kind == "quote" else "excerpt")
        if slide.kind not in ("quote", "document"):
            continue
        for passage in re.split(r"\[…\]", plain_text(field.get("en"))):
            passage = normalise(passage)
            if passage:
                assert passage in corpus, (slide.id, passage)
                checked += 1
    assert checked >= 12
