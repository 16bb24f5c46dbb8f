"""The credits slide's text: every source with its details, its address as plain text."""

from __future__ import annotations

from exhibit.content.loader import load
from exhibit.show.rows import credits_html
from tests.exhibits import MakeExhibit


def test_the_credits_show_a_source_s_address_as_text(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(
        exhibit_yaml="title: Small\nsections: [one]\nsources:\n  - id: memo\n    title: A memo\n"
        "    url: https://example.org/a?b=1&c=2\n"
    )
    html = credits_html(load(root), "en")
    assert "https://example.org/a?b=1&amp;c=2" in html
    assert "<a " not in html  # never a link: the viewer fetches nothing
