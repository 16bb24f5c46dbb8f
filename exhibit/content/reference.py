"""The key tables of docs/content-format.md, written from the field tables in `fields.py`.

Run `python -m exhibit.content.reference` to rewrite them; a test keeps the file current.
"""

from __future__ import annotations

import sys
from pathlib import Path

from exhibit.content import fields
from exhibit.content.fields import Field

DOC = Path(__file__).resolve().parents[2] / "docs" / "content-format.md"
BEGIN = "<!-- keys: generated from fields.py by python -m exhibit.content.reference -->"
END = "<!-- keys: end -->"

_TYPES = {
    "plain": "text",
    "markdown": "text *(md)*",
    "markdown_file": "path to a .md file (or one per language)",
    "image": "path to a picture",
    "path": "path",
    "files": "path, or a list of paths",
    "date": "date",
    "number": "number > 0",
    "id": "id",
    "source": "source id",
    "events": "list of event ids",
    "slides": "list of slide ids",
    "url": "plain string",
    "background": "path to a picture, or #RRGGBB",
    "structure": "list or map",
    "media": "path to a video or sound file",
    "poster": "path to a picture",
    "captions": "path to a .vtt file, a map of language to one, or `none`",
    "flag": "true or false",
    "seconds": "seconds ≥ 0",
    "pictures": "a path to a picture or a PDF, or a list of them (`{file: x.pdf, pages: 2-4}`)",
}


def _row(f: Field, extra: str = "") -> str:
    budget = str(f.budget) if f.budget is not None and f.type != "url" else ""
    if f.maximum is not None:
        budget = f"≤ {f.maximum:g}"
    need = "required" if f.required and not extra else ""
    return f"| `{f.key}` | {_TYPES[f.type]} | {budget} | {extra or need} | {f.doc} |"


def _table(title: str, table: tuple[Field, ...]) -> list[str]:
    return [
        f"**{title}**",
        "",
        "| key | type | budget | | what |",
        "|---|---|---|---|---|",
        *(_row(f) for f in table),
        "",
    ]


def _slide_table() -> list[str]:
    rows = []
    for f in fields.SLIDE:
        if f.required == fields.EVERY_KIND:
            where = "every slide: required"
        elif f.optional == fields.EVERY_KIND:
            where = "every slide"
        else:
            parts = [f"{k} (required)" for k in f.required] + list(f.optional)
            where = ", ".join(parts)
        rows.append(_row(f, where))
    return [
        "**slide** (in a section's `slides`)",
        "",
        "| key | type | budget | slide kinds | what |",
        "|---|---|---|---|---|",
        *rows,
        "",
    ]


def reference() -> str:
    """The generated block, markers included."""
    lines = [
        BEGIN,
        "",
        "Budgets are the most characters per language that fit a slide at kiosk size "
        "(for Markdown, of the text as shown); for numbers, the largest value allowed.",
        "",
        *_table("exhibit.yaml", fields.EXHIBIT),
        *_table("source (in `sources`)", fields.SOURCE),
        *_table("credit (in `credits`)", fields.CREDIT),
        *_table("kiosk", fields.KIOSK),
        *_table("presentation", fields.PRESENTATION),
        *_table("timeline.yaml", fields.TIMELINE),
        *_table("event (in `events`)", fields.EVENT),
        *_table("era (in `eras`)", fields.ERA),
        *_table("section.yaml", fields.SECTION),
        *_slide_table(),
        END,
    ]
    return "\n".join(lines)


def updated(text: str) -> str:
    """`text` (the document) with its generated block replaced by the current one."""
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[:start] + reference() + text[end:]


if __name__ == "__main__":
    DOC.write_text(updated(DOC.read_text(encoding="utf-8")), encoding="utf-8")
    sys.exit(0)
