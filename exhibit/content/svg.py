"""Refuse SVG pictures that reference anything outside themselves.

Qt's SVG renderer follows `<image href>` to files anywhere on disk; an SVG in an exhibit
must be self-contained. Only references to the file's own elements (`#id`) pass: no other
`href`/`xlink:href`, no `url(...)` but `url(#id)`, no `@import`, no DOCTYPE (entities), no
scripts. The file is parsed with expat, which reads no external entity.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.parsers import expat

_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE | re.DOTALL)
_LOCAL = re.compile(r"^#[^\s]*$")
_REFUSED_ELEMENTS = frozenset({"script", "foreignObject", "iframe", "object", "embed", "handler"})


class _Refused(Exception):
    pass


def _local_name(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def _check_style(text: str) -> None:
    if "@import" in text.lower():
        raise _Refused("imports a style sheet (@import)")
    for match in _URL.finditer(text):
        target = match.group(2).strip()
        if not _LOCAL.match(target):
            raise _Refused(f"refers to {_shown(target)} (url(); only #ids inside the file)")


def _shown(target: str) -> str:
    return repr(target if len(target) <= 60 else target[:57] + "...")


class _Handler:
    """Expat callbacks that raise _Refused at the first reference outside the file."""

    def __init__(self) -> None:
        self.in_style = False

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = _local_name(name)
        if local in _REFUSED_ELEMENTS:
            raise _Refused(f"has a <{local}> element")
        self.in_style = local == "style"
        for key, value in attributes.items():
            _check_attribute(_local_name(key), value)

    def end(self, name: str) -> None:
        self.in_style = False

    def text(self, data: str) -> None:
        if self.in_style:
            _check_style(data)

    @staticmethod
    def doctype(*_: object) -> None:
        raise _Refused("has a DOCTYPE (entities are not allowed)")

    @staticmethod
    def processing(target: str, data: str) -> None:
        if target.lower() == "xml-stylesheet":
            raise _Refused("links a style sheet (xml-stylesheet)")


def _check_attribute(attribute: str, value: str) -> None:
    if attribute == "href" and not _LOCAL.match(value.strip()):
        raise _Refused(f"refers to {_shown(value)} (href; only #ids inside the file)")
    if attribute.startswith("on"):
        raise _Refused(f"has a script attribute ({attribute})")
    _check_style(value)


def svg_problem(path: Path) -> str | None:
    """Why the SVG at `path` may not be shown (it reaches outside itself), or None."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    handler = _Handler()
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    parser.StartDoctypeDeclHandler = handler.doctype
    parser.ProcessingInstructionHandler = handler.processing
    try:
        with path.open("rb") as handle:
            parser.ParseFile(handle)
    except _Refused as refused:
        return f"'{path.name}' {refused}; an SVG must be self-contained"
    except expat.ExpatError as exc:
        return f"'{path.name}' is not a valid SVG file ({expat.errors.messages[exc.code]})"
    return None
