"""A cache of loaded exhibits, so a large exhibit that has not changed starts fast.

Only `exhibit run`, `render` and `handout` use it; `exhibit check` always reads everything.
The cache is JSON, never pickle: it holds data the loader already validated, stamped with the
folder's path, its fingerprint (every file's path, size and modification time) and the
program's version, written out in full and compared whole, and it is rebuilt whenever any of
them differs. A broken or foreign cache file is ignored. Entries live in `exhibits/` in the
platform cache folder (`~/.cache/exhibit/exhibits` on Linux; exhibit.system.dirs).
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import types
import typing
import zlib
from pathlib import Path
from typing import Any

from exhibit import __version__
from exhibit.content import model
from exhibit.content.dates import HistDate
from exhibit.content.fingerprint import fingerprint
from exhibit.content.model import Exhibit
from exhibit.content.record import Record
from exhibit.content.text import LocalText
from exhibit.system.dirs import cache_dir

FORMAT = 4  # 2: slide texts kept by field name; 3: slides' media; 4: scans with PDF pages


def _encode(value: Any) -> Any:
    """JSON-ready data; dataclass fields left at their defaults are not written."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.default is not dataclasses.MISSING and item == f.default:
                continue
            out[f.name] = _encode(item)
        return out
    if isinstance(value, tuple | list):
        return [_encode(item) for item in value]
    if isinstance(value, Path):
        return str(value)
    return value


Decoder = typing.Callable[[Any], Any]
_DECODERS: dict[Any, Decoder] = {}


def _local_text(data: Any) -> LocalText:
    pairs = tuple(map(tuple, data.get("values", ())))
    if not all(len(pair) == 2 for pair in pairs):
        raise ValueError("a text's values are not (language, text) pairs")
    text: LocalText = object.__new__(LocalText)  # its one field, set as below, at once
    text.__dict__["values"] = pairs
    return text


def _identity(data: Any) -> Any:
    return data


def _decoder(kind: Any) -> Decoder:
    """A function turning JSON data back into `kind`, built once per type."""
    if kind in _DECODERS:
        return _DECODERS[kind]
    origin = typing.get_origin(kind)
    decode: Decoder
    if kind is LocalText:  # the commonest value by far: a direct path
        decode = _local_text
    elif origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(kind) if a is not type(None)))
        decode = lambda data: None if data is None else inner(data)  # noqa: E731
    elif origin is tuple:
        arguments = typing.get_args(kind)
        if len(arguments) == 2 and arguments[1] is Ellipsis:
            item = _decoder(arguments[0])
            decode = lambda data: tuple(map(item, data))  # noqa: E731
        else:
            parts = [_decoder(arg) for arg in arguments]
            decode = lambda data: tuple(f(d) for f, d in zip(parts, data, strict=True))  # noqa: E731
    elif isinstance(kind, type) and dataclasses.is_dataclass(kind):
        namespace = {**vars(model), "LocalText": LocalText, "HistDate": HistDate, "Path": Path}
        hints = typing.get_type_hints(kind, globalns=namespace)
        _DECODERS[kind] = _identity  # placeholder while recursing
        decode = _dataclass_decoder(
            kind, {f.name: _decoder(hints[f.name]) for f in dataclasses.fields(kind)}
        )
    elif kind is Path:
        decode = Path
    elif kind is float:
        decode = float
    else:
        decode = _identity
    _DECODERS[kind] = decode
    return decode


def _dataclass_decoder(cls: type, fields: dict[str, Decoder]) -> Decoder:
    """A decoder that fills a record's fields at once, checked as its __init__ checks them.

    Calling __init__ for each of a 2,000-slide exhibit's objects took 30 ms; the values are
    decoded, completed with the defaults by `Record.completed` and set in the new object's
    __dict__, where a frozen dataclass keeps its fields.
    """
    if not issubclass(cls, Record):
        raise TypeError(f"{cls.__name__} is not a record: the cache cannot decode it")
    converters = {name: decode for name, decode in fields.items() if decode is not _identity}

    def decode(data: Any) -> Any:
        values = {}
        for name, value in data.items():
            convert = converters.get(name)
            values[name] = value if convert is None else convert(value)
        made: Any = object.__new__(cls)
        made.__dict__.update(cls.completed(values))
        return made

    return decode


def cache_entry(folder: Path, hidden: tuple[str, ...] = ()) -> tuple[Path, str]:
    """The folder's cache file and the stamp its entry must carry to be used.

    The stamp is the whole fingerprint, not a digest of it (no hashlib at start-up: 3 ms), so
    two folders whose paths share a checksum merely take turns in one file. `hidden` are the
    files the exhibit uses that the folder's fingerprint skips (Exhibit.hidden_files).
    """
    path, root = cache_entry_path(folder)
    stamp = json.dumps([FORMAT, __version__, root, fingerprint(Path(root), hidden)])
    return path, stamp


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")


def cache_entry_path(folder: Path) -> tuple[Path, str]:
    """The folder's cache file (and its resolved path), without fingerprinting the folder."""
    root = str(folder.resolve())
    name = f"{_UNSAFE.sub('_', Path(root).name)[:40]}-{zlib.crc32(root.encode()):08x}"
    return cache_dir() / "exhibits" / f"{name}.json", root


def load_cached(folder: Path, label: str) -> Exhibit:
    """The exhibit at `folder`: from the cache when nothing changed, else loaded and cached.

    Raises ContentError exactly as `load` does when the content is not valid.
    """
    path, _ = cache_entry_path(folder)
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        hidden = tuple(str(name) for name in stored["exhibit"].get("hidden_files", ()))
        if stored.get("stamp") == cache_entry(folder, hidden)[1]:
            exhibit: Exhibit = _decoder(Exhibit)(stored["exhibit"])
            return exhibit
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        pass  # no cache yet, or one we cannot use: load properly
    from exhibit.content.loader import load  # only on a miss: a hit needs no YAML or Markdown

    exhibit = load(folder, label)
    from exhibit.system.files import write_private  # on a miss only: tempfile costs 2 ms

    stamp = cache_entry(folder, exhibit.hidden_files)[1]
    with contextlib.suppress(OSError):  # a read-only home just means no cache
        write_private(path, json.dumps({"stamp": stamp, "exhibit": _encode(exhibit)}))
    return exhibit
