"""Pictures are checked at the door: type, wholeness, declared size, and SVG references."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from exhibit.content.markup import render_markdown
from exhibit.content.media import image_problem


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int = 2, height: int = 2) -> bytes:
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x80" * 3 * min(width, 4) for _ in range(min(height, 4)))
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(rows))
        + _chunk(b"IEND", b"")
    )


def jpeg(width: int = 8, height: int = 8, end: bool = True) -> bytes:
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + sof + b"\x00" * 64 + (b"\xff\xd9" if end else b"")


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_whole_pictures_pass(tmp_path: Path) -> None:
    assert image_problem(write(tmp_path, "a.png", png())) is None
    assert image_problem(write(tmp_path, "a.jpg", jpeg())) is None
    # Some programs write a few bytes after a JPEG's end marker: still whole.
    assert image_problem(write(tmp_path, "b.jpg", jpeg() + b"\x00\x01")) is None


@pytest.mark.parametrize("name", ["a.png", "a.jpg", "a.gif"])
def test_a_picture_cut_short_is_refused(tmp_path: Path, name: str) -> None:
    whole = {"a.png": png(), "a.jpg": jpeg(), "a.gif": b"GIF89a\x02\x00\x02\x00" + b"\x00" * 40}
    cut = whole[name][: len(whole[name]) * 2 // 3]
    problem = image_problem(write(tmp_path, name, cut))
    assert problem is not None and "cut short" in problem


@pytest.mark.parametrize("name,data", [("big.png", png(60000, 60000)),
                                       ("big.jpg", jpeg(60000, 60000)),
                                       ("wide.png", png(30000, 10))])
def test_a_header_declaring_a_huge_picture_is_refused(
    tmp_path: Path, name: str, data: bytes
) -> None:
    problem = image_problem(write(tmp_path, name, data))
    assert problem is not None and "pixels" in problem and "scale it down" in problem


def test_a_40_megapixel_scan_is_allowed(tmp_path: Path) -> None:
    assert image_problem(write(tmp_path, "scan.png", png(5000, 8000))) is None


SVG = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">{}</svg>'


@pytest.mark.parametrize(
    "inside",
    [
        '<image xlink:href="/etc/outside.png" width="9" height="9"/>',
        '<image href="../../../outside.png"/>',
        '<image href="http://127.0.0.1:9/x.png"/>',
        '<image href="file:///tmp/x.png"/>',
        '<image href="data:image/png;base64,AAAA"/>',
        '<use xlink:href="other.svg#a"/>',
        '<rect style="fill: url(http://127.0.0.1:9/x)"/>',
        '<rect fill="url(\'/abs/pattern.svg#p\')"/>',
        "<style>rect { fill: url(other.svg#p) }</style>",
        '<style>@import "http://127.0.0.1:9/x.css";</style>',
        "<script>alert(1)</script>",
        '<rect onload="x()"/>',
        "<foreignObject><p>hi</p></foreignObject>",
    ],
)
def test_an_svg_reaching_outside_itself_is_refused(tmp_path: Path, inside: str) -> None:
    problem = image_problem(write(tmp_path, "p.svg", SVG.format(inside)))
    assert problem is not None and "'p.svg'" in problem


def test_an_svg_with_entities_is_refused(tmp_path: Path) -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]>' + SVG.format("&a;")
    problem = image_problem(write(tmp_path, "p.svg", bomb))
    assert problem is not None and "DOCTYPE" in problem


def test_an_svg_referring_to_its_own_parts_passes(tmp_path: Path) -> None:
    inside = (
        '<defs><linearGradient id="g"/><path id="p" d="M0 0"/></defs>'
        '<rect fill="url(#g)" style="stroke: url( #g )"/><use xlink:href="#p"/>'
        "<style>.a { fill: url(#g) }</style>"
    )
    assert image_problem(write(tmp_path, "p.svg", SVG.format(inside))) is None


def test_a_broken_svg_is_refused(tmp_path: Path) -> None:
    problem = image_problem(write(tmp_path, "p.svg", SVG.format("<rect>")))
    assert problem is not None and "not a valid SVG" in problem


@pytest.mark.parametrize("size", ['width="7900"', 'height="1601"', 'width="50%"', 'width="-3"'])
def test_markdown_image_sizes_beyond_a_slide_are_removed(size: str) -> None:
    rich = render_markdown(f'A <img src="a.png" {size}> b', lambda src: "file:///x/a.png")
    assert rich.removed and "<img>" in rich.removed[0]
    assert size not in rich.html and "src=" in rich.html


def test_markdown_image_sizes_that_fit_stay() -> None:
    rich = render_markdown('A <img src="a.png" width="640" height="480">', lambda s: "file:///a")
    assert rich.removed == () and 'width="640"' in rich.html
