"""Writing an imported timeline's exhibit folder: its YAML files and media, all or nothing.

A timeline too large for one file (the loader reads at most `MAX_YAML_BYTES` a file) is
written in parts, `timeline/part-1.yaml` … in date order, which `exhibit.yaml` lists under
`timeline:`; eras go in the first part.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exhibit.content.importers.timelinejs.mapping import ImportResult
from exhibit.content.importers.timelinejs.read import ImportRefused
from exhibit.content.newfolder import write_new_folder
from exhibit.content.yamlfile import MAX_YAML_BYTES
from exhibit.content.yamlwrite import content_file

PART_SHARE = 0.8  # a part aims at this share of the limit, so an edit or two still fits
PART_FOLDER = "timeline"


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def timeline_files(result: ImportResult, imported: str) -> dict[str, str]:
    """`timeline.yaml`, or the timeline's parts when one file would be over the limit."""
    whole = content_file("timeline", result.timeline, (imported,))
    if _size(whole) <= MAX_YAML_BYTES:
        return {"timeline.yaml": whole}
    events: list[Any] = result.timeline.get("events", [])
    count = max(2, -(-_size(whole) // int(MAX_YAML_BYTES * PART_SHARE)))
    while count <= len(events):
        files = _parts(result, imported, count)
        if all(_size(text) <= MAX_YAML_BYTES for text in files.values()):
            return files
        count += 1
    return {"timeline.yaml": whole}  # cannot be split further: refused by its size below


def _parts(result: ImportResult, imported: str, count: int) -> dict[str, str]:
    events: list[Any] = result.timeline.get("events", [])
    eras = result.timeline.get("eras")
    width = len(str(count))
    files: dict[str, str] = {}
    for number in range(count):
        chunk = events[len(events) * number // count : len(events) * (number + 1) // count]
        data: dict[str, Any] = {"eras": eras} if eras and number == 0 else {}
        data["events"] = chunk
        name = f"{PART_FOLDER}/part-{number + 1:0{width}d}.yaml"
        note = (
            f"Part {number + 1} of {count} of the timeline ({len(chunk):,} events, in date "
            "order); exhibit.yaml lists every part under timeline:."
        )
        files[name] = content_file("timeline", data, (imported, note))
    return files


def _with_timeline(exhibit: dict[str, Any], parts: list[str]) -> dict[str, Any]:
    """exhibit.yaml's data naming the timeline's parts (after `sections`)."""
    out: dict[str, Any] = {}
    for key, value in exhibit.items():
        out[key] = value
        if key == "sections":
            out["timeline"] = parts
    out.setdefault("timeline", parts)
    return out


def exhibit_files(result: ImportResult) -> dict[str, str]:
    """The text of each file (relative path → YAML), each opening with where it came from."""
    imported = f"Imported from {result.source_name} (TimelineJS)."
    files = {
        f"{section['id']}/section.yaml": content_file("section", section, (imported,))
        for section in result.section_files
    }
    timeline = timeline_files(result, imported)
    files.update(timeline)
    exhibit = result.exhibit
    comments = [
        f"Imported from {result.source_name} (TimelineJS) by `exhibit import timelinejs`.",
        "Check the warnings it printed, then run `exhibit check` on this folder.",
    ]
    if "timeline.yaml" not in timeline:
        exhibit = _with_timeline(exhibit, list(timeline))
        comments.append(
            f"The timeline is in {len(timeline)} parts (timeline/), each within the "
            f"{MAX_YAML_BYTES:,} bytes a content file may have."
        )
    files["exhibit.yaml"] = content_file("exhibit", exhibit, tuple(comments))
    return files


def write_exhibit(result: ImportResult, out: Path, label: str = "") -> None:
    """Write the converted exhibit into `out`, which must be missing or an empty folder; a
    file over the size an exhibit file may have is refused (ImportRefused), writing nothing."""
    files = exhibit_files(result)
    for name, text in files.items():
        size = _size(text)
        if size > MAX_YAML_BYTES:
            raise ImportRefused(
                f"{label or result.source_name}: error: its {name} would be {size:,} bytes, "
                f"over the {MAX_YAML_BYTES:,} an exhibit file may have ({result.events:,} "
                "events); split the timeline (by group or by period) and import each part"
            )
    write_new_folder(out, files, result.copies)
