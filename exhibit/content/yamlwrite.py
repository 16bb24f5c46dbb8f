"""Writing content YAML for people to read: block style, key order kept, the schema comment."""

from __future__ import annotations

import re
from typing import Any

from exhibit.content.schema import SCHEMA_DIR

SCHEMA_FILES = {
    "exhibit": "exhibit.schema.json",
    "timeline": "timeline.schema.json",
    "section": "section.schema.json",
}


def schema_uri(kind: str) -> str:
    """The absolute file URI of the installed JSON Schema for `kind` (exhibit/timeline/section).

    Files written outside this checkout cannot point at the schema with a relative path as the
    bundled exhibit does, so they name the copy inside the installed package.
    """
    return (SCHEMA_DIR / SCHEMA_FILES[kind]).as_uri()


def schema_comment(kind: str) -> str:
    """The first line of a content file: editors with the YAML language server validate it."""
    return f"# yaml-language-server: $schema={schema_uri(kind)}"


# Written here rather than by PyYAML: its representer walks every value in Python and an import
# of 20,000 events writes 20 MB (5 s of a 10 s budget). The output is the block style PyYAML's
# libyaml emitter writes (a mapping's list items at the key's indent, "slides:\n- id: …"), text
# plain when YAML reads it back as that text, a literal block when it has lines, else quoted;
# a test reads random data back through the loader.
_PLAIN = re.compile(r"[^\W\d_][\w .,'()/&%+?!;’“”–—-]*")
_RESERVED = frozenset({"yes", "no", "on", "off", "true", "false", "null", "y", "n"})
# What a literal block cannot hold: YAML's non-printable characters and its other line breaks;
# a quoted string escapes them.
_UNPRINTABLE = r"\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff"
_NOT_IN_BLOCK = re.compile(r"[\x00-\x08\x0b-\x1f" + _UNPRINTABLE + "]")
_ESCAPED = re.compile(r'["\\\x00-\x1f' + _UNPRINTABLE + "]")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _ESCAPES:
        return _ESCAPES[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _quoted(text: str) -> str:
    return '"' + _ESCAPED.sub(_escape, text) + '"'


def _inline(value: Any) -> str | None:
    """A value on its key's line; None for text that goes in a literal block."""
    if isinstance(value, str):
        if _PLAIN.fullmatch(value) and value[-1] != " " and value.lower() not in _RESERVED:
            return value
        if "\n" in value and _block_ok(value):
            return None
        return _quoted(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float) and value == value and abs(value) != float("inf"):
        mantissa, _, exponent = repr(value).partition("e")  # YAML 1.1 floats have a point
        mantissa += "" if "." in mantissa else ".0"
        return f"{mantissa}e{exponent}" if exponent else mantissa
    if value == {} or value == []:
        return "{}" if isinstance(value, dict) else "[]"
    raise TypeError(f"cannot write {type(value).__name__} as content YAML")


def _block_ok(text: str) -> bool:
    first = text.lstrip("\n")[:1]
    return first not in ("", " ", "\t") and not _NOT_IN_BLOCK.search(text)


def _block(text: str, indent: int) -> list[str]:
    """A literal block's header indicator and its lines, `indent` spaces in."""
    body = text.rstrip("\n")
    ends = len(text) - len(body)
    header = "|-" if ends == 0 else "|" if ends == 1 else "|+"
    pad = " " * indent
    lines = [pad + line if line else "" for line in body.split("\n")]
    return [header, *lines, *([""] * (ends - 1))]


def _key(key: object) -> str:
    """A mapping key as written (content files repeat a few keys many times)."""
    written = _KEYS.get(key)
    if written is None:
        written = _inline(str(key))
        written = _quoted(str(key)) if written is None else written
        if isinstance(key, str) and len(_KEYS) < 1000:  # not 1 and True: they hash alike
            _KEYS[key] = written
    return written


_KEYS: dict[object, str] = {}


def _mapping(out: list[str], data: dict[str, Any], indent: int) -> None:
    pad = " " * indent
    for key, value in data.items():
        _entry(out, f"{pad}{_key(key)}:", value, indent)


def _entry(out: list[str], head: str, value: Any, indent: int) -> None:
    """`head` (a key and its colon, or a list's dash) and its value, nested `indent` in."""
    if isinstance(value, dict) and value:
        out.append(head)
        _mapping(out, value, indent + 2)
    elif isinstance(value, list) and value:
        out.append(head)
        _sequence(out, value, indent if head.rstrip().endswith(":") else indent + 2)
    else:
        inline = _inline(value)
        if inline is not None:
            out.append(f"{head} {inline}")
        else:
            header, *lines = _block(value, indent + 2)
            out.append(f"{head} {header}")
            out.extend(lines)


def _sequence(out: list[str], items: list[Any], indent: int) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and item:
            nested: list[str] = []
            _mapping(nested, item, indent + 2)
            nested[0] = f"{pad}- {nested[0][indent + 2 :]}"
            out.extend(nested)
        elif isinstance(item, list) and item:
            out.append(f"{pad}-")
            _sequence(out, item, indent + 2)
        else:
            _entry(out, f"{pad}-", item, indent)


def dump_yaml(data: dict[str, Any]) -> str:
    """YAML text for `data` (plain dicts, lists, strings and numbers), keys in their order."""
    out: list[str] = []
    _mapping(out, data, 0)
    return "\n".join(out) + "\n" if out else "{}\n"


def content_file(kind: str, data: Any, comments: tuple[str, ...] = ()) -> str:
    """A whole content file: schema comment, optional `# ` comment lines, then the YAML."""
    head = [schema_comment(kind), *(f"# {line}".rstrip() for line in comments)]
    return "\n".join(head) + "\n" + dump_yaml(data)
