"""A PDF of scanned pages checked at the door without Qt: inside the size bound, a PDF by its
first bytes, whole (its end-of-file marker and cross-reference pointer there), and not
encrypted. Whether Qt PDF opens it and how many pages it has is `exhibit check`'s Qt trial
(exhibit.ui.pdfpages); the viewer only ever draws its pages, never runs or follows anything in it.
"""

from __future__ import annotations

import re
from pathlib import Path

from exhibit.content.media import file_size_problem

PDF_SUFFIX = ".pdf"
MAX_PDF_BYTES = 100_000_000
MAX_PDF_PAGES = 2_000  # in the whole file: Qt counts them when it tries the file
MAX_SCAN_PAGES = 100  # shown on one slide (the pages of every picture and PDF in its `scan`)
_TAIL = 4096
_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF", re.DOTALL)
_OBJECT = re.compile(rb"\s*\d+\s+\d+\s+obj\b")


def pdf_problem(path: Path) -> str | None:
    """Why `path` cannot be shown as a PDF's pages, or None when it looks whole."""
    try:
        return _problem(path)
    except OSError as exc:
        return f"'{path.name}' cannot be read ({exc.strerror or exc})"
    except ValueError as exc:  # a path the system cannot represent (NUL byte, …)
        return f"'{path.name}' cannot be read ({exc})"


def _problem(path: Path) -> str | None:
    size = file_size_problem(path, MAX_PDF_BYTES)
    if isinstance(size, str):
        return size
    with path.open("rb") as handle:
        head = handle.read(1024)
        handle.seek(max(0, size - _TAIL))
        tail = handle.read()
        if b"%PDF-" not in head:
            return f"'{path.name}' is not a PDF file (damaged or misnamed)"
        found = list(_STARTXREF.finditer(tail))
        if not found:
            return f"'{path.name}' is damaged or cut short (copy it again)"
        offset = int(found[-1].group(1))
        if offset >= size:
            return f"'{path.name}' is damaged or cut short (copy it again)"
        handle.seek(offset)
        trailer = _trailer(handle.read(65_536))
    if b"/Encrypt" in trailer:
        return f"'{path.name}' is encrypted; save it again without a password or restrictions"
    return None


def _trailer(section: bytes) -> bytes:
    """The dictionary of the last cross-reference section: a `trailer << … >>` after a table,
    or a cross-reference stream's own dictionary (up to its data)."""
    if section.startswith(b"xref"):
        start = section.find(b"trailer")
        return section[start : section.find(b"startxref", start)] if start >= 0 else b""
    if _OBJECT.match(section):
        end = section.find(b"stream")
        return section[: end if end >= 0 else len(section)]
    return b""


def page_range(value: object) -> tuple[int, int] | str:
    """`pages:` as written — a page (3) or a range ('2-4', '5-' to the end) — as (first,
    last), last 0 for the end; or why it cannot be one."""
    usable = isinstance(value, int | str) and not isinstance(value, bool)
    text = str(value).strip() if usable else ""
    match = re.fullmatch(r"(\d+)(?:\s*-\s*(\d*))?", text)
    if match is None:
        return "pages must be a page number (3) or a range (2-4, or 5- for the rest)"
    first = int(match.group(1))
    last = first if match.group(2) is None else int(match.group(2) or 0)
    if first < 1 or (last and last < first):
        return f"pages {text}: pages count from 1 and a range runs forwards"
    if last and last - first + 1 > MAX_SCAN_PAGES:
        return f"pages {text}: at most {MAX_SCAN_PAGES} pages can be shown on one slide"
    return first, last
