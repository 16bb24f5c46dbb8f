"""`exhibit check` on document scans that name a PDF: its pages by range, and every broken kind
(encrypted, cut short, unreadable, missing pages, outside the folder) as one FILE:LINE:COL line."""

from __future__ import annotations

from pathlib import Path

import pytest

from exhibit.cli import main
from exhibit.content.loader import check
from exhibit.content.pdffile import page_range
from tests.exhibits import MakeExhibit
from tests.pdffiles import write_cut_pdf, write_encrypted_pdf, write_fake_pdf, write_pdf

HEAD = "id: one\ntitle: One\nslides:\n"
DOCUMENT = (
    "  - id: d\n    kind: document\n    title: A memo\n    classification: SECRET\n"
    "    date: 1993\n    source: memo\n    excerpt: Words.\n"
)


def run_check(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(["check", str(root)])
    captured = capsys.readouterr()
    return status, [line.replace(str(root), "ex") for line in captured.out.splitlines()]


def test_a_pdf_its_page_range_and_pictures_load_in_order(
    make_exhibit: MakeExhibit, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + (
        "    scan:\n      - one/memo.pdf\n      - {file: one/memo.pdf, pages: 2-3}\n"
        "      - one/pic.svg\n      - {file: one/memo.pdf, pages: 2}\n"
    ))
    write_pdf(root / "one" / "memo.pdf", pages=3)
    assert run_check(root, capsys) == (0, [])
    result = check(root, "ex")
    assert result.exhibit is not None
    scans = result.exhibit.slides[0].scan
    assert [(s.file.name, s.first, s.last) for s in scans] == [
        ("memo.pdf", 1, 0), ("memo.pdf", 2, 3), ("pic.svg", 0, 0), ("memo.pdf", 2, 2)
    ]
    # One PDF on its own, without a list.
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + "    scan: one/memo.pdf\n")
    write_pdf(root / "one" / "memo.pdf", pages=1)
    assert run_check(root, capsys) == (0, [])


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: write_encrypted_pdf(d / "memo.pdf"),
         "'memo.pdf' is encrypted; save it again without a password or restrictions"),
        (lambda d: write_cut_pdf(write_pdf(d / "whole.pdf"), d / "memo.pdf"),
         "'memo.pdf' is damaged or cut short (copy it again)"),
        (lambda d: write_fake_pdf(d / "memo.pdf"),
         "'memo.pdf' cannot be shown (Qt PDF cannot read it; it is damaged or not a PDF)"),
        (lambda d: (d / "memo.pdf").write_bytes(b"GIF89a not a pdf %%EOF"),
         "'memo.pdf' is not a PDF file (damaged or misnamed)"),
        (lambda d: None, "media file 'memo.pdf' does not exist"),
    ],
)
def test_a_broken_pdf_fails_check_at_its_line(
    make_exhibit: MakeExhibit, qapp: object, capsys: pytest.CaptureFixture[str],
    make: object, message: str,
) -> None:
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + "    scan: [one/memo.pdf]\n")
    make(root / "one")  # type: ignore[operator]
    status, out = run_check(root, capsys)
    assert status == 1
    assert out == [f"ex/one/section.yaml:11:12: error: scan page 1: {message}"]


def test_pages_the_pdf_lacks_or_too_many_fail_check(
    make_exhibit: MakeExhibit, qapp: object, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + (
        "    scan:\n      - {file: one/memo.pdf, pages: 2-5}\n"
        "      - {file: one/memo.pdf, pages: 0}\n      - {file: one/pic.svg, pages: 1}\n"
        "      - {file: ../memo.pdf}\n      - {pages: 1}\n"
    ))
    write_pdf(root / "one" / "memo.pdf", pages=3)
    status, out = run_check(root, capsys)
    assert status == 1
    assert out == [  # the Qt trial waits for the content to be right
        "ex/one/section.yaml:13:37: error: scan page 2: pages 0: pages count from 1 and a "
        "range runs forwards",
        "ex/one/section.yaml:14:16: error: scan page 3: pages can be chosen only from a PDF",
        "ex/one/section.yaml:15:16: error: scan page 4: '../memo.pdf' leaves the exhibit "
        "folder ('..' is not allowed)",
        "ex/one/section.yaml:16:9: error: scan page 5 is missing required key 'file'",
    ]
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + (
        "    scan: [{file: one/memo.pdf, pages: 2-5}]\n"
    ))
    write_pdf(root / "one" / "memo.pdf", pages=3)
    assert run_check(root, capsys) == (1, [
        "ex/one/section.yaml:11:40: error: scan page 1: 'memo.pdf' cannot be shown (it has 3 "
        "pages)"
    ])


def test_page_ranges_are_read_as_written() -> None:
    assert page_range(3) == (3, 3)
    assert page_range("2-4") == (2, 4)
    assert page_range("5-") == (5, 0)
    assert isinstance(page_range("4-2"), str)
    assert isinstance(page_range(True), str)
    assert isinstance(page_range("1-500"), str)
    assert isinstance(page_range("two"), str)


def test_the_bounds_on_size_and_pages_fail_check(
    make_exhibit: MakeExhibit, qapp: object, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + "    scan: one/memo.pdf\n")
    write_pdf(root / "one" / "memo.pdf", pages=4)
    monkeypatch.setattr("exhibit.ui.pdfpages.MAX_SCAN_PAGES", 3)
    assert run_check(root, capsys) == (1, [
        "ex/one/section.yaml:11:11: error: scan page 1: 'memo.pdf' cannot be shown (4 pages "
        "asked for; at most 3 fit one slide (give pages:))"
    ])
    monkeypatch.setattr("exhibit.ui.pdfpages.MAX_PDF_PAGES", 2)
    assert run_check(root, capsys) == (1, [
        "ex/one/section.yaml:11:11: error: scan page 1: 'memo.pdf' cannot be shown (it has 4 "
        "pages; at most 2 can be read)"
    ])
    monkeypatch.setattr("exhibit.content.pdffile.MAX_PDF_BYTES", 1_000_000)
    (root / "one" / "memo.pdf").write_bytes(b"%PDF-1.4\n" + b" " * 2_100_000 + b"%%EOF\n")
    assert run_check(root, capsys) == (1, [
        "ex/one/section.yaml:11:11: error: scan page 1: 'memo.pdf' is 2 MB; the limit is 1 MB"
    ])
    many = ", ".join(["one/pic.svg"] * 101)
    root = make_exhibit(one__section_yaml=HEAD + DOCUMENT + f"    scan: [{many}]\n")
    assert run_check(root, capsys) == (1, [
        "ex/one/section.yaml:11:11: error: scan shows 101 pages; at most 100 fit one slide"
    ])
