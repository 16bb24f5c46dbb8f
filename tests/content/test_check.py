"""Every check `exhibit check` makes, each with the exact FILE:LINE:COL line it prints."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from exhibit.content.loader import check
from tests.exhibits import BASE, MakeExhibit

SECTION_HEAD = "id: one\ntitle: One\nslides:\n"


def section(*slides: str) -> str:
    return SECTION_HEAD + "".join(slides)


QUOTE = (
    "  - id: q\n    kind: quote\n    text: Hi\n    speaker: A\n    date: 1993\n    source: memo\n"
)


def lines(root: Path) -> list[str]:
    result = check(root, "ex")
    return [p.format() for p in result.problems]


CASES: dict[str, tuple[dict[str, str | None], str]] = {
    "yaml syntax": (
        {"one__section_yaml": section("  - id: x\n    kind: [title\n")},
        # libyaml says "did not find expected ',' or ']'", pure-Python PyYAML "expected ','…"
        "ex/one/section.yaml:6:1: error: YAML syntax error: ",
    ),
    "unknown key with suggestion": (
        {"one__section_yaml": section(QUOTE.replace("speaker: A", "speeker: A"))},
        "ex/one/section.yaml:7:5: error: unknown key 'speeker' in a quote slide; "
        "did you mean 'speaker'?",
    ),
    "missing field": (
        {"one__section_yaml": section(QUOTE.replace("    speaker: A\n", ""))},
        "ex/one/section.yaml:4:5: error: a quote slide is missing required key 'speaker'",
    ),
    "mistyped field": (
        {"one__section_yaml": section(QUOTE + "    duration: soon\n")},
        "ex/one/section.yaml:10:15: error: duration must be a number",
    ),
    "a tagged number of nothing": (
        {"one__section_yaml": section(QUOTE + "    duration: !!int\n")},
        "ex/one/section.yaml:10:15: error: duration must be a number",
    ),
    "a tagged date that is not one": (
        {"timeline_yaml": "events:\n  - {id: ev, date: !!timestamp soon, title: A}\n"},
        "ex/timeline.yaml:2:20: error: event date: invalid date 'soon'; write YYYY, YYYY-MM or "
        "YYYY-MM-DD (BCE: -YYYY)",
    ),
    "text that is a list": (
        {"one__section_yaml": section(QUOTE.replace("speaker: A", "speaker: [A, B]"))},
        "ex/one/section.yaml:7:14: error: speaker must be text, or a map of language to text",
    ),
    "unknown slide kind": (
        {"one__section_yaml": section("  - id: x\n    kind: qoute\n")},
        "ex/one/section.yaml:5:11: error: unknown slide kind 'qoute' (one of title, image, "
        "quote, text, document, credits, video, audio); did you mean 'quote'?",
    ),
    "duplicate slide id": (
        {"one__section_yaml": section(QUOTE, QUOTE)},
        "ex/one/section.yaml:10:9: error: duplicate slide id 'q' (first at ex/one/section.yaml:4)",
    ),
    "duplicate event id": (
        {
            "timeline_yaml": "events:\n  - {id: ev, date: 1993, title: A}\n"
            "  - {id: ev, date: 1994, title: B}\n"
        },
        "ex/timeline.yaml:3:10: error: duplicate event id 'ev' (first at line 2)",
    ),
    "duplicate yaml key": (
        {"exhibit_yaml": "title: A\ntitle: B\nsections: [one]\n"},
        "ex/exhibit.yaml:2:1: error: duplicate key 'title'",
    ),
    "link to missing event": (
        {"one__section_yaml": section(QUOTE + "    events: [ev, evv]\n")},
        "ex/one/section.yaml:10:18: error: events: no timeline event with id 'evv'; "
        "did you mean 'ev'?",
    ),
    "link to missing source": (
        {"one__section_yaml": section(QUOTE.replace("source: memo", "source: memoo"))},
        "ex/one/section.yaml:9:13: error: source: no source with id 'memoo'; did you mean 'memo'?",
    ),
    "link to missing slide": (
        {"exhibit_yaml": BASE["exhibit.yaml"] + "kiosk:\n  attract_slides: [s1, nope]\n"},
        "ex/exhibit.yaml:7:24: error: attract_slides: no slide with id 'nope'",
    ),
    "missing media": (
        {"one/pic.svg": None},
        "ex/one/section.yaml:16:12: error: image: media file 'pic.svg' does not exist",
    ),
    "corrupt media": (
        {
            "one__section_yaml": BASE["one/section.yaml"].replace("pic.svg", "pic.png"),
            "one/pic.png": "this is not a png",
        },
        "ex/one/section.yaml:16:12: error: image: 'pic.png' is not a PNG file "
        "(damaged or misnamed)",
    ),
    "path leaving the folder": (
        {"one__section_yaml": BASE["one/section.yaml"].replace("one/pic.svg", "../pic.svg")},
        "ex/one/section.yaml:16:12: error: image: '../pic.svg' leaves the exhibit folder "
        "('..' is not allowed)",
    ),
    "absolute path": (
        {"one__section_yaml": BASE["one/section.yaml"].replace("one/pic.svg", "/etc/passwd")},
        "ex/one/section.yaml:16:12: error: image: '/etc/passwd' is an absolute path; "
        "write it relative to the exhibit folder",
    ),
    "url path": (
        {
            "one__section_yaml": BASE["one/section.yaml"].replace(
                "one/pic.svg", "http://example.com/a.png"
            )
        },
        "ex/one/section.yaml:16:12: error: image: 'http://example.com/a.png' is a URL; "
        "only files inside the exhibit folder may be used",
    ),
    "image without alt": (
        {"one__section_yaml": BASE["one/section.yaml"].replace("    alt: A picture\n", "")},
        "ex/one/section.yaml:14:5: error: an image slide is missing required key 'alt'",
    ),
    "empty alt": (
        {"one__section_yaml": BASE["one/section.yaml"].replace("alt: A picture", "alt: ''")},
        "ex/one/section.yaml:17:10: error: alt text is empty; describe the picture",
    ),
    "title image without alt": (
        {
            "one__section_yaml": section(
                "  - id: t\n    kind: title\n    title: T\n    image: one/pic.svg\n"
            )
        },
        "ex/one/section.yaml:7:12: error: an image needs alt text: add 'alt' describing "
        "the picture",
    ),
    "invalid date": (
        {"one__section_yaml": section(QUOTE.replace("date: 1993", "date: 1993-02-30"))},
        "ex/one/section.yaml:8:11: error: date: invalid date '1993-02-30': day 30 is not in 1-28",
    ),
    "year zero": (
        {"timeline_yaml": "events:\n  - {id: ev, date: 0, title: A}\n"},
        "ex/timeline.yaml:2:20: error: event date: there is no year 0; 1 BCE is -1 and 1 CE is 1",
    ),
    "date as words": (
        {"timeline_yaml": "events:\n  - {id: ev, date: April 1993, title: A}\n"},
        "ex/timeline.yaml:2:20: error: event date: invalid date 'April 1993'; write YYYY, "
        "YYYY-MM or YYYY-MM-DD (BCE: -YYYY)",
    ),
    "section listed but missing": (
        {"exhibit_yaml": BASE["exhibit.yaml"].replace("[one]", "[one, two]")},
        "ex/exhibit.yaml:2:17: error: section 'two' is listed but folder 'two/' does not exist",
    ),
    "section folder not listed": (
        {"two__section_yaml": BASE["one/section.yaml"].replace("id: one", "id: two")},
        "ex/two/section.yaml:1:1: error: folder 'two' has a section.yaml but is not listed "
        "in sections",
    ),
    "section id differs from folder": (
        {"one__section_yaml": BASE["one/section.yaml"].replace("id: one", "id: uno")},
        "ex/one/section.yaml:1:5: error: section id 'uno' must match its folder 'one'",
    ),
    "markdown with stripped html": (
        {
            "one__section_yaml": section(
                QUOTE.replace(
                    "text: Hi", "text: Hi <script>alert(1)</script> <iframe src='x'></iframe>"
                )
            )
        },
        "ex/one/section.yaml:6:11: error: text: HTML the exhibit cannot show was removed: "
        "<script>, <iframe>",
    ),
    "markdown with remote image": (
        {
            "one__section_yaml": section(
                QUOTE.replace("text: Hi", "text: Hi ![x](http://127.0.0.1:9/a.png)")
            )
        },
        "ex/one/section.yaml:6:11: error: text: HTML the exhibit cannot show was removed: "
        "image 'http://127.0.0.1:9/a.png'",
    ),
    "text too long": (
        {"one__section_yaml": section(QUOTE.replace("text: Hi", "text: " + "word " * 80))},
        "ex/one/section.yaml:6:11: error: text is 399 characters; at most 360 fit on a slide "
        "at kiosk size",
    ),
    "title too long": (
        {"exhibit_yaml": BASE["exhibit.yaml"].replace("title: Small", "title: " + "T" * 91)},
        "ex/exhibit.yaml:1:8: error: title is 91 characters; at most 90 fit on a slide at "
        "kiosk size",
    ),
    "text slide without body": (
        {"one__section_yaml": section("  - id: t\n    kind: text\n    title: T\n")},
        "ex/one/section.yaml:4:5: error: a text slide needs exactly one of 'body' or 'body_file'",
    ),
    "body file missing": (
        {
            "one__section_yaml": section(
                "  - id: t\n    kind: text\n    title: T\n    body_file: one/nope.md\n"
            )
        },
        "ex/one/section.yaml:7:16: error: body_file: file 'one/nope.md' does not exist",
    ),
    "stripped html inside a markdown file": (
        {
            "one__section_yaml": section(
                "  - id: t\n    kind: text\n    title: T\n    body_file: one/b.md\n"
            ),
            "one__b_md": "Fine\n\n<object data='x'></object>\n",
        },
        "ex/one/b.md:1:1: error: body_file: HTML the exhibit cannot show was removed: <object>",
    ),
    "language not declared": (
        {"exhibit_yaml": BASE["exhibit.yaml"].replace("title: Small", "title: {en: A, de: B}")},
        "ex/exhibit.yaml:1:16: error: title: language 'de' is not in the exhibit's languages (en)",
    ),
    "missing translation is a warning": (
        {
            "exhibit_yaml": "languages: [en, ru]\n"
            + BASE["exhibit.yaml"].replace("title: Small", "title: {en: Small}")
        },
        "ex/exhibit.yaml:2:8: warning: title: missing 'ru' translation",
    ),
    "no exhibit.yaml": (
        {"exhibit_yaml": None},
        "ex/exhibit.yaml:1:1: error: no exhibit.yaml here; an exhibit folder holds "
        "exhibit.yaml at its top",
    ),
    "empty file": (
        {"timeline_yaml": ""},
        "ex/timeline.yaml:1:1: error: file is empty",
    ),
    "top level not a mapping": (
        {"timeline_yaml": "- a\n- b\n"},
        "ex/timeline.yaml:1:1: error: expected a mapping of keys at the top of the file",
    ),
    "python tag refused": (
        {"timeline_yaml": "events: !!python/object/apply:os.system ['echo hi']\n"},
        "ex/timeline.yaml:1:9: error: unsupported YAML tag "
        "'tag:yaml.org,2002:python/object/apply:os.system'",
    ),
    "event ends before it starts": (
        {"timeline_yaml": "events:\n  - {id: ev, date: 1994, end: 1993, title: A}\n"},
        "ex/timeline.yaml:2:31: error: event end is before its date",
    ),
    "default language not listed": (
        {"exhibit_yaml": "default_language: ru\n" + BASE["exhibit.yaml"]},
        "ex/exhibit.yaml:1:19: error: default_language 'ru' is not in languages",
    ),
    "infinite duration": (
        {"one__section_yaml": section(QUOTE + "    duration: .inf\n")},
        "ex/one/section.yaml:10:15: error: duration must be at most 3600",
    ),
    "not-a-number duration": (
        {"one__section_yaml": section(QUOTE + "    duration: .nan\n")},
        "ex/one/section.yaml:10:15: error: duration must be a number",
    ),
    "huge idle timeout": (
        {"exhibit_yaml": BASE["exhibit.yaml"] + "kiosk: {idle_timeout: 1.0e+300}\n"},
        "ex/exhibit.yaml:6:23: error: idle_timeout must be at most 86400",
    ),
    "presentation minutes": (
        {"exhibit_yaml": BASE["exhibit.yaml"] + "presentation: {minutes: .inf}\n"},
        "ex/exhibit.yaml:6:25: error: presentation minutes must be at most 1440",
    ),
    "a NUL byte in a path": (
        {
            "one__section_yaml": section(
                '  - {id: p, kind: image, image: "a\\0b.png", alt: A, credit: C}\n'
            )
        },
        "ex/one/section.yaml:4:33: error: image: 'a\\x00b.png' has a control character; "
        "a path is plain text",
    ),
    "a file name too long for the system": (
        {
            "one__section_yaml": section(
                "  - {id: t, kind: text, title: T, body_file: " + "a" * 300 + ".md}\n"
            )
        },
        "ex/one/section.yaml:4:46: error: body_file: file '"
        + "a" * 300
        + ".md' cannot be used (File name too long)",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_reports_exact_line(case: str, make_exhibit: MakeExhibit) -> None:
    overrides, expected = CASES[case]
    found = lines(make_exhibit(**overrides))
    if case == "yaml syntax":
        assert any(f.startswith(expected) and "expected ',' or ']'" in f for f in found), found
    else:
        assert expected in found


def test_valid_exhibit_has_no_problems(make_exhibit: MakeExhibit) -> None:
    result = check(make_exhibit(), "ex")
    assert result.problems == []
    assert result.ok


def test_billion_laughs_refused_fast(make_exhibit: MakeExhibit) -> None:
    laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    for i in range(1, 10):
        prev, cur = chr(96 + i), chr(97 + i)
        laughs += f"{cur}: &{cur} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    root = make_exhibit(timeline_yaml=laughs)
    started = time.process_time()
    found = lines(root)
    assert time.process_time() - started < 2.0
    assert any("aliases repeat more than 10000 values" in line for line in found), found


def test_oversized_file_refused(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(timeline_yaml="events: []\n" + "# padding\n" * 120_000)
    found = lines(root)
    assert len(found) == 1, found
    assert found[0].startswith(
        "ex/timeline.yaml:1:1: error: file is 1200011 bytes; the limit is 1000000 bytes; "
        "split the timeline into parts"
    ), found


def test_symlink_out_of_folder_refused(make_exhibit: MakeExhibit, tmp_path: Path) -> None:
    outside = tmp_path / "secret.svg"
    outside.write_text("<svg/>", encoding="utf-8")
    root = make_exhibit(**{"one/pic.svg": None})
    os.symlink(outside, root / "one" / "pic.svg")
    assert (
        "ex/one/section.yaml:16:12: error: image: 'one/pic.svg' resolves outside the "
        "exhibit folder (through a link)"
    ) in lines(root)


def test_not_utf8(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    (root / "timeline.yaml").write_bytes(b"events: []\n# \xff\xfe\n")
    assert "ex/timeline.yaml:2:1: error: file is not valid UTF-8 text" in lines(root)


def test_linked_section_folder_outside_is_not_read(
    make_exhibit: MakeExhibit, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "section.yaml").write_text("id: two\ntitle: Secret\nslides: []\n", encoding="utf-8")
    root = make_exhibit(exhibit_yaml=BASE["exhibit.yaml"].replace("[one]", "[one, two]"))
    os.symlink(outside, root / "two")
    found = lines(root)
    assert (
        "ex/two/section.yaml:1:1: error: this file leads outside the exhibit folder "
        "(through a link); it was not read"
    ) in found
    assert not any("Secret" in line or "slides is empty" in line for line in found)


def test_a_large_section_without_aliases_is_not_taken_for_a_bomb() -> None:
    """5,600 slides (about 400 KB) are many values, none of them repeated by an alias."""
    from exhibit.content.yamlfile import parse_yaml

    slide = "  - id: s{n}\n    kind: text\n    title: Slide {n}\n    body: Words on slide {n}.\n"
    text = "id: one\ntitle: One\nslides:\n" + "".join(slide.format(n=n) for n in range(5600))
    assert 350_000 < len(text) < 1_000_000
    node = parse_yaml(text)
    assert node is not None and isinstance(node.value, dict)
    slides = node.value["slides"].value
    assert isinstance(slides, list) and len(slides) == 5600


def test_modest_alias_reuse_is_fine() -> None:
    from exhibit.content.yamlfile import parse_yaml

    text = "a: &who {speaker: Boris Yeltsin, role: President}\nb: *who\nc: *who\n"
    node = parse_yaml(text)
    assert node is not None and isinstance(node.value, dict) and len(node.value) == 3
