"""Write exhibit.qmltypes: the Python QObjects registered in the Exhibit QML module, for qmllint.

Qt for Python's own route (what `pyside6-project qmllint` does): pyside6-metaobjectdump reads
the classes decorated with @QmlElement, pyside6-qmltyperegistrar turns that into a .qmltypes
file, and the module's qmldir names it (`typeinfo`). metaobjectdump reads the source without
running it, so it writes Python's names for some property types (`dict`, `list`, `float`) and
drops `constant=True`; the types (of properties, signal and slot arguments and results) and
constness are taken from the classes' real meta-objects instead: what QML sees at run time.

    python .ci/qmltypes.py OUT.qmltypes
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "exhibit" / "ui"
MODULE = "Exhibit"


def tool(name: str) -> str:
    """A pyside6-* command from the same environment as this Python."""
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else name


def registered_sources() -> list[Path]:
    """The UI modules that register a type with QML."""
    return sorted(p for p in UI.glob("*.py") if "@QmlElement" in p.read_text(encoding="utf-8"))


def fix_property_types(dump: list[dict[str, Any]]) -> None:
    """Property types and constness from the real meta-objects; paths relative to the repo."""
    for entry in dump:
        source = Path(entry["inputFile"]).resolve()
        module = importlib.import_module(".".join(source.relative_to(ROOT).with_suffix("").parts))
        entry["inputFile"] = source.relative_to(ROOT).as_posix()
        for cls in entry["classes"]:
            meta = getattr(module, cls["className"]).staticMetaObject
            for prop in cls.get("properties", []):
                real = meta.property(meta.indexOfProperty(prop["name"]))
                prop["type"] = real.typeName()
                if real.isConstant():
                    prop["constant"] = True
            methods: dict[str, Any] = {}  # QMetaMethod by name
            for number in range(meta.methodOffset(), meta.methodCount()):
                method = meta.method(number)
                methods.setdefault(bytes(method.name().data()).decode(), method)
            for method_entry in cls.get("signals", []) + cls.get("slots", []):
                method = methods[method_entry["name"]]
                method_entry["returnType"] = method.typeName()
                for argument, type_name in zip(
                    method_entry["arguments"], method.parameterTypes(), strict=True
                ):
                    argument["type"] = bytes(type_name.data()).decode()


def write_qmltypes(out: Path) -> None:
    import PySide6

    sys.path.insert(0, str(ROOT))  # this checkout's exhibit, not an installed one
    metatypes = Path(PySide6.__file__).parent / "Qt" / "metatypes"
    foreign = [metatypes / f"qt6{name}_metatypes.json" for name in ("core", "gui", "qml")]
    with tempfile.TemporaryDirectory() as scratch:
        dumped = Path(scratch) / "metatypes.json"
        subprocess.run(
            [tool("pyside6-metaobjectdump"), "-o", str(dumped), *map(str, registered_sources())],
            check=True,
        )
        dump = json.loads(dumped.read_text(encoding="utf-8"))
        fix_property_types(dump)
        dumped.write_text(json.dumps(dump, indent=4), encoding="utf-8")
        subprocess.run(
            [
                tool("pyside6-qmltyperegistrar"),
                "--generate-qmltypes",
                str(out),
                "-o",
                str(Path(scratch) / "registrations.cpp"),
                "--import-name",
                MODULE,
                "--major-version",
                "1",
                "--minor-version",
                "0",
                "--foreign-types=" + ",".join(map(str, foreign)),
                str(dumped),
            ],
            check=True,
        )


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    write_qmltypes(Path(sys.argv[1]))
