"""Writing an imported timeline's exhibit folder: its YAML files and media, all or nothing."""

from __future__ import annotations

from pathlib import Path

from exhibit.content.importers.timelinejs.mapping import ImportResult
from exhibit.content.importers.timelinejs.read import ImportRefused
from exhibit.content.newfolder import write_new_folder
from exhibit.content.yamlfile import MAX_YAML_BYTES
from exhibit.content.yamlwrite import content_file


def exhibit_files(result: ImportResult) -> dict[str, str]:
    """The text of each file (relative path → YAML), each opening with where it came from."""
    imported = f"Imported from {result.source_name} (TimelineJS)."
    files = {
        f"{section['id']}/section.yaml": content_file("section", section, (imported,))
        for section in result.section_files
    }
    files["timeline.yaml"] = content_file("timeline", result.timeline, (imported,))
    files["exhibit.yaml"] = content_file(
        "exhibit",
        result.exhibit,
        (
            f"Imported from {result.source_name} (TimelineJS) by `exhibit import timelinejs`.",
            "Check the warnings it printed, then run `exhibit check` on this folder.",
        ),
    )
    return files


def write_exhibit(result: ImportResult, out: Path, label: str = "") -> None:
    """Write the converted exhibit into `out`, which must be missing or an empty folder; a
    file over the size an exhibit file may have is refused (ImportRefused), writing nothing."""
    files = exhibit_files(result)
    for name, text in files.items():
        size = len(text.encode("utf-8"))
        if size > MAX_YAML_BYTES:
            raise ImportRefused(
                f"{label or result.source_name}: error: its {name} would be {size:,} bytes, "
                f"over the {MAX_YAML_BYTES:,} an exhibit file may have ({result.events:,} "
                "events); split the timeline (by group or by period) and import each part"
            )
    write_new_folder(out, files, result.copies)
