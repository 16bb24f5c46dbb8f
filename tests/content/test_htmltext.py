"""HTML from other tools → Markdown the sanitiser keeps whole; text fitted to budgets."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from exhibit.content.importers import htmltext
from exhibit.content.importers.htmltext import (
    ELLIPSIS,
    escape_markdown,
    fit_markdown,
    html_to_markdown,
    html_to_plain,
    markdown_plain,
    trim_plain,
)
from exhibit.content.markup import DROPPED_WITH_CONTENT, render_markdown


def rendered(markdown_text: str) -> str:
    rich = render_markdown(markdown_text, lambda _src: None)
    assert rich.removed == ()
    return rich.html


def test_paragraphs_and_emphasis() -> None:
    converted = html_to_markdown("<p>Hello <b>bold</b> and <i> spaced </i>!</p><p>Two</p>")
    assert converted.markdown == "Hello **bold** and *spaced* !\n\nTwo"
    assert (
        rendered(converted.markdown) == "<p>Hello <b>bold</b> and <i>spaced</i> !</p>\n<p>Two</p>"
    )
    assert converted.removed == []


def test_lists_nested_tight() -> None:
    converted = html_to_markdown(
        "<ul><li>one</li><li>two<ul><li>inner</li></ul></li><li>three</li></ul>"
    )
    assert converted.markdown == "- one\n- two\n    - inner\n- three"
    assert "<li>two<ul>" in rendered(converted.markdown)


def test_ordered_list_and_unclosed_items() -> None:
    assert html_to_markdown("<ol><li>a<li>b</ol>").markdown == "1. a\n2. b"


def test_line_breaks_keep_allowed_br() -> None:
    converted = html_to_markdown("one<br>two<br/>three")
    assert converted.markdown == "one<br>\ntwo<br>\nthree"
    assert rendered(converted.markdown).count("<br") == 2


def test_markdown_characters_in_text_are_shown_as_they_are() -> None:
    text = "1993. *stars* _under_ [x] # not a heading <tag> & co"
    converted = html_to_markdown(f"<p>{text.replace('&', '&amp;').replace('<', '&lt;')}</p>")
    assert markdown_plain(converted.markdown) == text


@pytest.mark.parametrize("start", ["- dash", "+ plus", "# hash", "> quote", "12. twelve", "==="])
def test_line_starts_never_become_markup(start: str) -> None:
    converted = html_to_markdown(f"<p>first<br>{start}</p>")
    assert markdown_plain(converted.markdown).splitlines() == ["first", start]


def test_links_keep_text_and_are_reported() -> None:
    converted = html_to_markdown('See <a href="https://example.org/x">the chart</a>.')
    assert converted.markdown == "See the chart."
    assert converted.links == ["https://example.org/x"]


def test_images_scripts_and_embeds_are_dropped_and_named() -> None:
    converted = html_to_markdown(
        '<p>a<img src="https://example.org/p.png">b</p><script>alert(1)</script>'
        '<iframe src="https://example.org/embed">inner</iframe><marquee>m</marquee>'
    )
    assert converted.markdown == "ab\n\nm"
    assert converted.removed == [
        "image https://example.org/p.png",
        "<script>",
        "<iframe> https://example.org/embed",
        "<marquee>",
    ]
    assert converted.images == ["https://example.org/p.png", "https://example.org/embed"]


def test_layout_tags_are_unwrapped_quietly() -> None:
    converted = html_to_markdown('<div><span style="x">a</span> <font>b</font></div>')
    assert converted.markdown == "a b"
    assert converted.removed == []


@pytest.mark.parametrize(
    "tag",
    ["div", "section", "article", "header", "footer", "main", "center", "figure", "figcaption"],
)
def test_layout_blocks_are_quiet_paragraphs(tag: str) -> None:
    converted = html_to_markdown(f"one<{tag}>two<wbr>three</{tag}>four")
    assert converted.markdown == "one\n\ntwothree\n\nfour"
    assert converted.removed == []


@pytest.mark.parametrize("tag", sorted(DROPPED_WITH_CONTENT - {"embed"}))  # embed holds nothing
def test_what_the_sanitiser_drops_with_its_content_is_dropped_so(tag: str) -> None:
    converted = html_to_markdown(f"<p>kept<{tag}>never shown</{tag}></p>")
    assert converted.markdown == "kept"
    assert converted.removed == [f"<{tag}>"]


def test_headings_become_bold_paragraphs() -> None:
    assert html_to_markdown("<h2>Title</h2><p>Text</p>").markdown == "**Title**\n\nText"


def test_blockquote_and_pre() -> None:
    assert html_to_markdown("<blockquote><p>a</p><p>b</p></blockquote>").markdown == ("> a\n>\n> b")
    converted = html_to_markdown("<pre>x  <b>y</b>\n  z</pre>")
    assert converted.markdown == "    x  y\n      z"


def test_misnested_html_keeps_text_in_order() -> None:
    assert html_to_markdown("<p>Unclosed <b>bold<p>next").markdown == "Unclosed **bold**\n\nnext"
    assert html_to_markdown("</b>stray</i>").markdown == "stray"


def test_plain_text_and_entities() -> None:
    text, converted = html_to_plain("  <i>Writing</i> &amp;\n printing ")
    assert text == "Writing & printing"
    assert converted.removed == []


def test_escape_markdown_round_trips() -> None:
    for text in ("a*b_c`d[e]\\f", "# h", "1) one", "<b>not bold</b>"):
        assert markdown_plain(escape_markdown(text)) == text


def test_trim_plain_at_a_word_boundary() -> None:
    assert trim_plain("short", 10) == ("short", False)
    assert trim_plain("The quick brown fox jumps over", 20) == (
        f"The quick brown fox{ELLIPSIS}",
        True,
    )
    text, trimmed = trim_plain("x" * 50, 10)
    assert trimmed and text == "x" * 9 + ELLIPSIS


def test_fit_markdown_keeps_whole_blocks_then_trims_one() -> None:
    first = " ".join(["alpha"] * 40)  # 239 characters
    second = " ".join(["beta"] * 100)
    source = f"**{first}**\n\n{second}"
    fitted, trimmed = fit_markdown(source, 400)
    assert trimmed
    assert fitted.startswith(f"**{first}**\n\nbeta beta")
    assert fitted.endswith(ELLIPSIS)
    assert len(markdown_plain(fitted)) <= 400
    assert fit_markdown("short", 400) == ("short", False)


@settings(max_examples=150, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("<>/=\"' abpliuolbrimgsrcscripthaefd*_#-1.&;\n")),
        max_size=200,
    )
)
def test_any_html_becomes_markdown_the_checker_accepts(fragment: str) -> None:
    converted = html_to_markdown(fragment)
    assert render_markdown(converted.markdown, lambda _src: None).removed == ()


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.text(alphabet=st.sampled_from(list("ab *_-#1.\n")), max_size=80), max_size=6),
    st.integers(min_value=5, max_value=120),
)
def test_fitted_markdown_always_fits(blocks: list[str], budget: int) -> None:
    source = html_to_markdown("".join(f"<p>{b}</p>" for b in blocks)).markdown
    fitted, _ = fit_markdown(source, budget)
    rich = render_markdown(fitted, lambda _src: None)
    assert rich.removed == ()
    assert len(rich.plain) <= budget


def test_markdown_still_renders_after_a_text_too_deep_for_it() -> None:
    """A RecursionError inside the Markdown library must not break the next conversion."""
    from exhibit.content.markup import render_markdown

    deep = "\n".join("    " * depth + "- x" for depth in range(400))
    with contextlib.suppress(RecursionError):
        render_markdown(deep, lambda src: None)
    after = render_markdown("![r](http://h/x.png) *after*", lambda src: None)
    assert after.html == "<p> <i>after</i></p>" and after.removed == ("image 'http://h/x.png'",)


PROSE = st.text(st.characters(blacklist_characters="<&", blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["", " ", "\n", " \t\n"]), PROSE), max_size=4), PROSE)
def test_paragraphs_convert_without_the_parser_as_with_it(
    paragraphs: list[tuple[str, str]], bare: str
) -> None:
    fragment = "".join(f"{gap}<p>{text}</p>" for gap, text in paragraphs)
    for html in (fragment, bare):
        fast = htmltext._paragraphs_markdown(html)
        assert fast is not None
        assert fast == htmltext._parsed_markdown(html).markdown


def test_other_html_takes_the_parser() -> None:
    for html in ("<p>a &amp; b</p>", "<p class='x'>a</p>", "<P>a</P>", "<p>a</p>b", "<b>a</b>"):
        assert htmltext._paragraphs_markdown(html) is None
