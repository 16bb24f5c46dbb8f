"""Video and sound files checked at the door: the container's own structure read in Python
(MP4/M4A boxes, WebM/Matroska elements, Ogg pages, WAV chunks, MP3 frames) to tell what tracks
it holds, how long it runs and whether it is whole — without decoding a frame.

`exhibit check` adds a decode trial through Qt (`exhibit.ui.mediatrial`); this module never
imports Qt and answers in a few file reads.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

VIDEO_SUFFIXES = (".mp4", ".m4v", ".webm")
AUDIO_SUFFIXES = (".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav")
MAX_VIDEO_BYTES = 400_000_000  # a 20-minute 1080p clip at a good bitrate
MAX_AUDIO_BYTES = 100_000_000
MAX_MEDIA_SECONDS = 3_600.0  # an hour: longer is not a slide
_MAX_INDEX_BYTES = 64_000_000  # the most of a file's index (moov, Tracks) read into memory


@dataclass(frozen=True)
class Probe:
    """What a media file holds, as its container says."""

    has_video: bool
    has_audio: bool
    seconds: float  # 0 when the container does not say
    codecs: tuple[str, ...] = ()


class _Damaged(Exception):
    """The container's structure is broken (cut short, or not what its name says)."""


def media_problem(path: Path, want: str) -> str | Probe:
    """The file's probe, or why it cannot be played as `want` ("video" or "audio")."""
    suffix = path.suffix.lower()
    allowed = VIDEO_SUFFIXES if want == "video" else AUDIO_SUFFIXES
    if suffix not in allowed:
        return f"'{path.name}' is not a supported {want} file ({', '.join(allowed)})"
    try:
        return _file_probe(path, suffix, want)
    except OSError as exc:
        return f"'{path.name}' cannot be read ({exc.strerror or exc})"
    except ValueError as exc:  # a path the system cannot represent (NUL byte, …)
        return f"'{path.name}' cannot be read ({exc})"


def _file_probe(path: Path, suffix: str, want: str) -> str | Probe:
    if not path.is_file():
        if path.exists():
            return f"media file '{path.name}' is not a regular file"
        return f"media file '{path.name}' does not exist"
    size = path.stat().st_size
    limit = MAX_VIDEO_BYTES if want == "video" else MAX_AUDIO_BYTES
    if size > limit:
        return f"'{path.name}' is {size // 1_000_000} MB; the limit is {limit // 1_000_000} MB"
    if size == 0:
        return f"'{path.name}' is empty"
    try:
        with path.open("rb") as handle:
            probe = _READERS[suffix](handle, size)
    except (_Damaged, struct.error, IndexError, UnicodeDecodeError):
        return f"'{path.name}' is damaged, cut short or not the format its name says"
    if probe.seconds > MAX_MEDIA_SECONDS:
        return (
            f"'{path.name}' runs {probe.seconds / 60:.0f} minutes; at most "
            f"{MAX_MEDIA_SECONDS / 60:.0f} can be shown on a slide (cut it)"
        )
    if want == "video" and not probe.has_video:
        return f"'{path.name}' holds no video track (use an audio slide for sound)"
    if not probe.has_audio and not probe.has_video:
        return f"'{path.name}' holds no sound"
    return probe


# -- MP4 / M4A (ISO base media file format) -------------------------------------------------

_MP4_VIDEO = frozenset({"avc1", "avc3", "hvc1", "hev1", "vp09", "av01", "mp4v"})
_ENCRYPTED = frozenset({"encv", "enca", "drms", "drmi"})


def _boxes(data: bytes, start: int, end: int) -> list[tuple[str, int, int]]:
    """The boxes between `start` and `end`: (type, payload start, payload end)."""
    found = []
    position = start
    while position + 8 <= end:
        size, kind = struct.unpack(">I4s", data[position : position + 8])
        header = 8
        if size == 1:
            (size,) = struct.unpack(">Q", data[position + 8 : position + 16])
            header = 16
        elif size == 0:
            size = end - position
        if size < header or position + size > end:
            raise _Damaged
        found.append((kind.decode("latin-1"), position + header, position + size))
        position += size
    return found


def _top_boxes(handle: BinaryIO, size: int) -> dict[str, tuple[int, int]]:
    """The file's top-level boxes by type (the first of each), walked by their headers."""
    tops: dict[str, tuple[int, int]] = {}
    position = 0
    while position < size:
        handle.seek(position)
        head = handle.read(16)
        if len(head) < 8:
            raise _Damaged
        box_size, kind = struct.unpack(">I4s", head[:8])
        header = 8
        if box_size == 1:
            (box_size,) = struct.unpack(">Q", head[8:16])
            header = 16
        elif box_size == 0:
            box_size = size - position
        if box_size < header or position + box_size > size:
            raise _Damaged  # a box runs past the end: the file was cut short
        tops.setdefault(kind.decode("latin-1"), (position + header, position + box_size))
        position += box_size
    return tops


def _mp4(handle: BinaryIO, size: int) -> Probe:
    if handle.read(12)[4:8] != b"ftyp":
        raise _Damaged
    tops = _top_boxes(handle, size)
    if "moov" not in tops or "mdat" not in tops:
        raise _Damaged
    start, end = tops["moov"]
    if end - start > _MAX_INDEX_BYTES:
        raise _Damaged
    handle.seek(start)
    moov = handle.read(end - start)
    seconds = 0.0
    codecs: list[str] = []
    handlers: list[str] = []
    for kind, begin, finish in _boxes(moov, 0, len(moov)):
        if kind == "mvhd":
            seconds = _mvhd_seconds(moov[begin:finish])
        elif kind == "trak":
            handler, codec = _track(moov, begin, finish)
            handlers.append(handler)
            codecs.append(codec)
    if _ENCRYPTED & set(codecs):
        raise _Damaged
    has_video = "vide" in handlers and bool(_MP4_VIDEO & set(codecs))
    return Probe(has_video, "soun" in handlers, seconds, tuple(codecs))


def _mvhd_seconds(box: bytes) -> float:
    if box[0] == 1:
        scale, duration = struct.unpack(">IQ", box[20:32])
    else:
        scale, duration = struct.unpack(">II", box[12:20])
    return duration / scale if scale else 0.0


def _child(data: bytes, begin: int, end: int, wanted: str) -> tuple[int, int] | None:
    return next(((b, e) for k, b, e in _boxes(data, begin, end) if k == wanted), None)


def _track(data: bytes, begin: int, end: int) -> tuple[str, str]:
    """A track's handler type ('vide', 'soun', …) and its first sample entry's format."""
    mdia = _child(data, begin, end, "mdia")
    if mdia is None:
        raise _Damaged
    hdlr = _child(data, *mdia, "hdlr")
    handler = data[hdlr[0] + 8 : hdlr[0] + 12].decode("latin-1") if hdlr else ""
    codec = ""
    minf = _child(data, *mdia, "minf")
    stbl = _child(data, *minf, "stbl") if minf else None
    stsd = _child(data, *stbl, "stsd") if stbl else None
    if stsd is not None and stsd[1] - stsd[0] >= 16:
        codec = data[stsd[0] + 12 : stsd[0] + 16].decode("latin-1")
    return handler, codec


# -- WebM / Matroska (EBML) -----------------------------------------------------------------

_EBML, _SEGMENT, _INFO, _TRACKS = 0x1A45DFA3, 0x18538067, 0x1549A966, 0x1654AE6B
_TRACK_ENTRY, _TRACK_TYPE, _CODEC_ID = 0xAE, 0x83, 0x86
_TIMESCALE, _DURATION = 0x2AD7B1, 0x4489


def _vint(data: bytes, position: int, keep_marker: bool) -> tuple[int, int]:
    """An EBML variable-length integer at `position`: its value and the next position."""
    first = data[position]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or position + length > len(data):
        raise _Damaged
    value = first if keep_marker else first & (0xFF >> length)
    for byte in data[position + 1 : position + length]:
        value = (value << 8) | byte
    if not keep_marker and value == (1 << (7 * length)) - 1:
        value = -1  # "unknown size"
    return value, position + length


def _elements(data: bytes, begin: int, end: int) -> list[tuple[int, int, int]]:
    found = []
    position = begin
    while position < end:
        ident, position = _vint(data, position, keep_marker=True)
        size, position = _vint(data, position, keep_marker=False)
        if size < 0 or position + size > end:
            raise _Damaged
        found.append((ident, position, position + size))
        position += size
    return found


def _matroska(handle: BinaryIO, size: int) -> Probe:
    head = handle.read(64)
    ident, position = _vint(head, 0, keep_marker=True)
    if ident != _EBML:
        raise _Damaged
    header_size, position = _vint(head, position, keep_marker=False)
    position += header_size
    handle.seek(position)
    head = handle.read(16)
    ident, offset = _vint(head, 0, keep_marker=True)
    segment_size, offset = _vint(head, offset, keep_marker=False)
    if ident != _SEGMENT:
        raise _Damaged
    start = position + offset
    end = size if segment_size < 0 else start + segment_size
    if end > size:
        raise _Damaged  # the segment says it is longer than the file: cut short
    tracks: list[tuple[int, str]] = []
    seconds = 0.0
    for ident, begin, finish in _segment_children(handle, start, end):
        if finish - begin > _MAX_INDEX_BYTES:
            continue
        handle.seek(begin)
        body = handle.read(finish - begin)
        if ident == _INFO:
            seconds = _matroska_seconds(body)
        elif ident == _TRACKS:
            tracks = [_matroska_track(body, b, e) for i, b, e in _elements(body, 0, len(body))
                      if i == _TRACK_ENTRY]
    kinds = {kind for kind, _ in tracks}
    return Probe(1 in kinds, 2 in kinds, seconds, tuple(codec for _, codec in tracks))


def _segment_children(handle: BinaryIO, start: int, end: int) -> list[tuple[int, int, int]]:
    """The segment's top elements (Info, Tracks, Clusters, …), read by their headers only."""
    found = []
    position = start
    while position < end:
        handle.seek(position)
        head = handle.read(16)
        ident, offset = _vint(head, 0, keep_marker=True)
        element_size, offset = _vint(head, offset, keep_marker=False)
        if element_size < 0 or position + offset + element_size > end:
            raise _Damaged
        found.append((ident, position + offset, position + offset + element_size))
        position += offset + element_size
    return found


def _matroska_seconds(info: bytes) -> float:
    scale, duration = 1_000_000, 0.0
    for ident, begin, end in _elements(info, 0, len(info)):
        if ident == _TIMESCALE:
            scale = int.from_bytes(info[begin:end], "big")
        elif ident == _DURATION:
            duration = struct.unpack(">f" if end - begin == 4 else ">d", info[begin:end])[0]
    return duration * scale / 1e9


def _matroska_track(data: bytes, begin: int, end: int) -> tuple[int, str]:
    kind, codec = 0, ""
    for ident, b, e in _elements(data, begin, end):
        if ident == _TRACK_TYPE:
            kind = int.from_bytes(data[b:e], "big")
        elif ident == _CODEC_ID:
            codec = data[b:e].decode("ascii").rstrip("\0")
    return kind, codec


# -- Ogg, WAV, MP3 --------------------------------------------------------------------------


def _ogg(handle: BinaryIO, size: int) -> Probe:
    head = handle.read(128)
    if not head.startswith(b"OggS"):
        raise _Damaged
    segments = head[26]
    packet = head[27 + segments :]
    if packet.startswith(b"OpusHead"):
        codec, rate = "opus", 48_000
    elif packet.startswith(b"\x01vorbis"):
        codec, rate = "vorbis", struct.unpack("<I", packet[12:16])[0]
    elif packet.startswith(b"\x7fFLAC"):
        codec, rate = "flac", 0
    else:
        raise _Damaged
    handle.seek(max(0, size - 65_536))
    tail = handle.read()
    last = tail.rfind(b"OggS")
    if last < 0 or len(tail) < last + 27 or not tail[last + 5] & 0x04:
        raise _Damaged  # no end-of-stream page: the file was cut short
    (granule,) = struct.unpack("<q", tail[last + 6 : last + 14])
    return Probe(False, True, granule / rate if rate and granule > 0 else 0.0, (codec,))


def _wav(handle: BinaryIO, size: int) -> Probe:
    head = handle.read(12)
    if head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        raise _Damaged
    byte_rate = 0
    position = 12
    while position + 8 <= size:
        handle.seek(position)
        kind, length = struct.unpack("<4sI", handle.read(8))
        if kind == b"fmt ":
            byte_rate = struct.unpack("<8xI", handle.read(12))[0]
        elif kind == b"data":
            if position + 8 + length > size or not byte_rate:
                raise _Damaged
            return Probe(False, True, length / byte_rate, ("pcm",))
        position += 8 + length + (length & 1)
    raise _Damaged


_MP3_KBPS = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)


def _mp3(handle: BinaryIO, size: int) -> Probe:
    head = handle.read(10)
    start = 0
    if head.startswith(b"ID3"):
        tag = head[6:10]
        start = 10 + (tag[0] << 21 | tag[1] << 14 | tag[2] << 7 | tag[3])
    handle.seek(start)
    frame = handle.read(4)
    if len(frame) < 4 or frame[0] != 0xFF or frame[1] & 0xE0 != 0xE0:
        raise _Damaged
    index = frame[2] >> 4
    kbps = _MP3_KBPS[index] if frame[1] & 0x18 == 0x18 and index < len(_MP3_KBPS) else 0
    seconds = (size - start) * 8 / (kbps * 1000) if kbps else 0.0
    return Probe(False, True, seconds, ("mp3",))


_READERS = {
    ".mp4": _mp4,
    ".m4v": _mp4,
    ".m4a": _mp4,
    ".webm": _matroska,
    ".ogg": _ogg,
    ".oga": _ogg,
    ".opus": _ogg,
    ".wav": _wav,
    ".mp3": _mp3,
}
