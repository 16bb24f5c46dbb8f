"""TimelineJS (Knight Lab) JSON → an exhibit folder that passes `exhibit check`. Never fetches.

`read` takes the file to a validated JSON object (or refuses it), `mapping` turns that into
the exhibit's sections, slides and events as plain data, `write` makes the folder.
"""

from __future__ import annotations

from pathlib import Path

from exhibit.content.importers.timelinejs.mapping import ImportResult, convert
from exhibit.content.importers.timelinejs.read import ImportRefused, read_timelinejs
from exhibit.content.importers.timelinejs.write import write_exhibit
from exhibit.content.newfolder import check_new_folder


def import_timelinejs(source: Path, out: Path, label: str | None = None) -> ImportResult:
    """Read `source`, convert it and write the exhibit folder `out` (refusing an existing,
    non-empty one with OutputExists before reading anything)."""
    check_new_folder(out)
    data = read_timelinejs(source, label)
    try:
        result = convert(data, source.name, source.resolve().parent)
    except RecursionError:
        name = label or str(source)
        raise ImportRefused(f"{name}: error: the timeline's HTML is nested too deeply") from None
    write_exhibit(result, out, label or str(source))
    return result
