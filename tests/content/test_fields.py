"""The field table is the one place a key is declared: everything derived from it agrees."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from exhibit.content import fields, reference
from exhibit.content.bundled import bundled_exhibit
from exhibit.content.loader import load
from exhibit.show.rows import SLIDE_ROLES, role_of, slide_row

QML = Path(__file__).resolve().parents[2] / "exhibit" / "ui" / "qml" / "Exhibit"


def test_the_content_format_reference_is_current() -> None:
    text = reference.DOC.read_text(encoding="utf-8")
    assert reference.updated(text) == text, "run python -m exhibit.content.reference"


def test_every_slide_field_belongs_to_a_kind() -> None:
    for f in fields.SLIDE:
        assert f.required or f.optional, f.key
        assert set(f.required + f.optional) <= set(fields.KINDS), f.key


@pytest.mark.parametrize("table", [fields.SLIDE, fields.EVENT, fields.SECTION, fields.EXHIBIT,
                                   fields.SOURCE, fields.CREDIT, fields.ERA, fields.KIOSK])
def test_keys_are_declared_once_per_table(table: tuple[fields.Field, ...]) -> None:
    keys = [f.key for f in table]
    assert len(keys) == len(set(keys))


def test_every_text_field_has_a_budget_but_notes() -> None:
    """Kiosk fit: a text without a budget could run off the slide (notes are not shown)."""
    for table in (fields.SLIDE, fields.EVENT, fields.SECTION, fields.SOURCE, fields.CREDIT,
                  fields.ERA, fields.EXHIBIT):
        for f in table:
            if f.is_text and f.name != "notes":
                assert f.budget is not None, f.key


def test_every_row_has_every_role_for_every_bundled_slide() -> None:
    exhibit = load(bundled_exhibit())
    for lang in exhibit.languages:
        for slide in exhibit.slides:
            row = slide_row(exhibit, slide, "Section", 0, lang)
            assert tuple(row) == SLIDE_ROLES
            assert None not in row.values()


def test_a_field_shows_through_its_role() -> None:
    exhibit = load(bundled_exhibit())
    quote = next(s for s in exhibit.slides if s.kind == "quote")
    row = slide_row(exhibit, quote, "Section", 0, "en")
    speaker = next(f for f in fields.SLIDE if f.key == "speaker")
    assert row[role_of(speaker)] == quote.text("speaker").get("en") != ""


def test_views_read_only_roles_that_exist() -> None:
    """A QML view reading `slide.someRole` that no row has would silently show nothing."""
    used = {
        name
        for path in QML.glob("*.qml")
        for name in re.findall(r"\bslide\.([a-zA-Z]+)\b", path.read_text(encoding="utf-8"))
    }
    assert used, "the views read slide roles"
    assert used <= set(SLIDE_ROLES), sorted(used - set(SLIDE_ROLES))
