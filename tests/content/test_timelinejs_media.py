"""TimelineJS media: pictures beside their whole text, quotations, tweets and local paths."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from exhibit.content.importers.timelinejs import import_timelinejs
from exhibit.content.importers.timelinejs.mapping import convert
from exhibit.content.loader import check

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "timelinejs"
LONG_TEXT = " ".join(["A sentence about the picture that goes on for a while."] * 8)


def event(headline: str, media: dict[str, str] | None = None, text: str = "") -> dict[str, Any]:
    item: dict[str, Any] = {"start_date": {"year": 1400}, "text": {"headline": headline}}
    if text:
        item["text"]["text"] = text
    if media is not None:
        item["media"] = media
    return item


def slides_of(events: list[dict[str, Any]], root: Path | None) -> tuple[list[Any], list[str]]:
    result = convert({"events": events}, "t.json", root)
    slides = [s for section in result.section_files for s in section["slides"]]
    return slides[1:-1], result.warnings


@pytest.fixture
def media_root(tmp_path: Path) -> Path:
    root = tmp_path / "timeline"
    root.mkdir()
    shutil.copy(FIXTURES / "media" / "mill.svg", root / "mill.svg")
    return root


def test_a_picture_keeps_its_whole_text_beside_it(media_root: Path) -> None:
    media = {"url": "mill.svg", "caption": "The mill in spring", "credit": "Credit: A. Drawer"}
    [slide], _ = slides_of([event("The mill", media, f"<p>{LONG_TEXT}</p>")], media_root)
    assert slide["kind"] == "image"
    assert slide["body"].strip() == LONG_TEXT, "the text is whole, not cut to a caption"
    assert slide["caption"] == "The mill in spring"
    assert slide["credit"] == "A. Drawer", "'Credit:' is not written twice"
    assert slide["subtitle"] == "1400"


def test_an_unknown_credit_is_left_out_and_noted(media_root: Path, tmp_path: Path) -> None:
    [slide], warnings = slides_of([event("The mill", {"url": "mill.svg"}, "Words.")], media_root)
    assert "credit" not in slide
    assert "credit is not in the TimelineJS file" in slide["notes"]
    assert any("the picture has no credit" in w for w in warnings)
    source = media_root / "t.json"
    source.write_text(
        '{"events": [{"start_date": {"year": 1400}, "text": {"headline": "Mill"},'
        ' "media": {"url": "mill.svg"}}]}',
        encoding="utf-8",
    )
    out = tmp_path / "out"
    import_timelinejs(source, out)
    result = check(out)
    assert result.problems == []
    assert "Credit unknown" not in (out / "events" / "section.yaml").read_text(encoding="utf-8")


def test_blockquote_media_is_a_quote_slide() -> None:
    quote = (
        "<blockquote>Good work is always wanted. <cite>Ada Example, engineer of"
        " bridges</cite></blockquote>"
    )
    [slide], warnings = slides_of([event("A saying", {"url": quote})], None)
    assert slide["kind"] == "quote"
    assert slide["text"].strip() == "Good work is always wanted."
    assert (slide["speaker"], slide["role"]) == ("Ada Example", "engineer of bridges")
    assert slide["context"] == "A saying."
    assert slide["source"] == "timelinejs" and slide["date"] == 1400
    assert not any("not fetched" in w for w in warnings)


def test_a_quote_beside_the_events_own_text_follows_it() -> None:
    media = {"url": "<blockquote>Said once.</blockquote>", "credit": "Somebody"}
    [slide], _ = slides_of([event("Both", media, "The event's own words.")], None)
    assert slide["kind"] == "text"
    assert "The event's own words." in slide["body"]
    assert "> Said once." in slide["body"] and "— Somebody" in slide["body"]


def test_an_embedded_tweet_keeps_its_words_speaker_and_address() -> None:
    tweet = (
        '<blockquote class="twitter-tweet"><p lang="en">Dogs are good. <a href="https://'
        'twitter.com/hashtag/dogs">#dogs</a></p>&mdash; Pat (@pat) <a href="https://'
        'twitter.com/pat/status/123?ref=x">May 1, 2018</a></blockquote><script src="w.js">'
        "</script>"
    )
    [slide], _ = slides_of([event("Tweet", {"url": tweet})], None)
    assert slide["kind"] == "quote"
    assert slide["text"].strip() == "Dogs are good. #dogs"
    assert slide["speaker"] == "Pat (@pat)"
    assert "https://twitter.com/pat/status/123" in slide["notes"]


def test_a_missing_local_file_is_called_missing_in_the_notes(media_root: Path) -> None:
    [slide], warnings = slides_of([event("Gone", {"url": "gone.png"}, "Text.")], media_root)
    assert "does not exist" in slide["notes"] and "never fetches" not in slide["notes"]
    assert any("'gone.png' does not exist" in w for w in warnings)
    [remote], _ = slides_of([event("Far", {"url": "https://example.org/a.png"})], media_root)
    assert "from the web, which the importer never fetches" in remote["notes"]


def test_percent_encoded_local_names_are_decoded(media_root: Path) -> None:
    (media_root / "mill.svg").rename(media_root / "My Mill é.svg")
    [slide], _ = slides_of([event("Mill", {"url": "My%20Mill%20%C3%A9.svg"}, "T.")], media_root)
    assert slide["kind"] == "image"


def test_a_windows_path_is_local_not_remote(media_root: Path) -> None:
    [slide], warnings = slides_of([event("Win", {"url": "C:/Pictures/mill.svg"})], media_root)
    assert slide["kind"] == "text"
    assert any("a path on a Windows computer" in w for w in warnings)
    assert not any("not fetched" in w for w in warnings)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_is_not_a_regular_file(media_root: Path) -> None:
    os.mkfifo(media_root / "pipe.png")
    _, warnings = slides_of([event("Pipe", {"url": "pipe.png"})], media_root)
    assert any("'pipe.png' is not a regular file" in w for w in warnings)


def test_cosmological_dates_keep_every_event() -> None:
    events = [
        {"start_date": {"year": "-13800000000"}, "text": {"headline": "Big Bang"}},
        {"start_date": {"year": -4600000000}, "text": {"headline": "The Sun"}},
        {"start_date": {"year": 1969, "month": 7}, "text": {"headline": "Moon"}},
    ]
    result = convert({"events": events, "scale": "cosmological"}, "t.json", None)
    assert [e["title"] for e in result.timeline["events"]] == ["Big Bang", "The Sun", "Moon"]
    assert result.timeline["events"][0]["date"] == "-13800000000"
    assert result.section_files[0]["subtitle"] == "13.8 billion years ago – 1969"
    assert not any("scale" in w for w in result.warnings)
    odd = convert({"events": events, "scale": "geologic"}, "t.json", None)
    assert any("scale 'geologic' is not one of human, cosmological" in w for w in odd.warnings)


def test_year_zero_and_year_minus_one_stay_apart() -> None:
    events = [
        {"start_date": {"year": 0}, "text": {"headline": "Zero"}},
        {"start_date": {"year": -1}, "text": {"headline": "Minus one"}},
    ]
    timeline = convert({"events": events}, "t.json", None).timeline["events"]
    assert [e["title"] for e in timeline] == ["Minus one", "Zero"], "TimelineJS's order"
    assert timeline[1]["display_date"] == "0" and "display_date" not in timeline[0]


def test_eras_are_in_date_order() -> None:
    eras = [
        {"start_date": {"year": 1950}, "end_date": {"year": 1960}, "text": {"headline": "Late"}},
        {"start_date": {"year": 1900}, "end_date": {"year": 1910}, "text": {"headline": "Early"}},
    ]
    result = convert({"events": [event("E")], "eras": eras}, "t.json", None)
    assert [e["title"] for e in result.timeline["eras"]] == ["Early", "Late"]


def test_settings_without_a_place_are_warned() -> None:
    item = event(
        "Euclid's <i>Optica</i>",
        {
            "url": "https://example.org/a.png",
            "thumbnail": "https://example.org/t.png",
            "link": "https://example.org/",
        },
    )
    item["autolink"] = False
    item["start_date"]["format"] = "yyyy"
    [slide], warnings = slides_of([item], None)
    assert slide["title"] == "Euclid's Optica"
    for phrase in (
        "media.thumbnail is not used",
        "media.link https://example.org/ is not kept",
        "autolink is not used",
        "start_date.format 'yyyy' is not used",
        "HTML tags taken out of the headline",
    ):
        assert any(phrase in w for w in warnings), phrase


def test_backgrounds_are_kept(media_root: Path) -> None:
    shutil.copy(media_root / "mill.svg", media_root / "back.svg")
    only = event("Only a background", text="Words.")
    only["background"] = {"url": "back.svg", "caption": "The yard", "credit": "Credit: B. Painter"}
    both = event("Both", {"url": "mill.svg", "credit": "A"}, "Words.")
    both["background"] = {"url": "back.svg", "credit": "B. Painter"}
    tinted = event("Tinted", text="Words.")
    tinted["background"] = {"color": "#AbC"}
    bad = event("Bad", text="Words.")
    bad["background"] = {"color": "blue", "url": "https://example.org/b.jpg"}
    result = convert({"events": [only, both, tinted, bad]}, "t.json", media_root)
    slides = {s["title"]: s for s in result.section_files[0]["slides"][1:-1]}
    alone = slides["Only a background"]
    assert alone["kind"] == "image" and alone["credit"] == "B. Painter", "shown beside the text"
    assert alone["caption"] == "The yard" and "background" not in alone
    assert slides["Both"]["background"] == "events/media/both-background.svg"
    assert result.exhibit["credits"] == [{"role": "Background picture: Both", "name": "B. Painter"}]
    assert slides["Tinted"]["background"] == "#aabbcc"
    assert "background" not in slides["Bad"]
    assert any("background color 'blue' is not #RGB or #RRGGBB" in w for w in result.warnings)
    assert any(
        "background picture https://example.org/b.jpg was not fetched" in w for w in result.warnings
    )


def test_a_quotation_on_the_title_slide_is_its_caption() -> None:
    title = {
        "text": {"headline": "Sayings"},
        "media": {"url": "<blockquote>Short and kept. <cite>Someone</cite></blockquote>"},
    }
    result = convert({"events": [event("E")], "title": title}, "t.json", None)
    slide = result.section_files[0]["slides"][0]
    assert slide["caption"] == "Short and kept. — Someone"
    assert "notes" not in slide and not any("not fetched" in w for w in result.warnings)
