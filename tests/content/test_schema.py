"""The shipped JSON Schemas match the loader and accept the bundled content."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.schema import SCHEMA_DIR, SCHEMAS, schema_text
from exhibit.content.yamlfile import Node, load_yaml


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_shipped_schema_is_current(name: str) -> None:
    assert (SCHEMA_DIR / name).read_text(encoding="utf-8") == schema_text(name), (
        "run: python -m exhibit.content.schema"
    )


def plain(node: Node) -> object:
    """Node values as JSON-like data, dates as the strings a curator wrote."""
    if isinstance(node.value, dict):
        return {key: plain(child) for key, child in node.value.items()}
    if isinstance(node.value, list):
        return [plain(child) for child in node.value]
    if hasattr(node.value, "isoformat"):
        return node.value.isoformat()
    return node.value


def content_files() -> list[tuple[Path, str]]:
    root = bundled_exhibit()
    files = [
        (root / "exhibit.yaml", "exhibit.schema.json"),
        (root / "timeline.yaml", "timeline.schema.json"),
    ]
    files += [(path, "section.schema.json") for path in sorted(root.glob("*/section.yaml"))]
    return files


@pytest.mark.parametrize("path,schema", content_files(), ids=lambda v: str(v)[-40:])
def test_bundled_file_validates_and_names_its_schema(path: Path, schema: str) -> None:
    node = load_yaml(path)
    assert node is not None
    jsonschema.validate(plain(node), json.loads((SCHEMA_DIR / schema).read_text()))
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith("# yaml-language-server: $schema=")
    target = (path.parent / first_line.split("=", 1)[1].strip()).resolve()
    assert target == (SCHEMA_DIR / schema).resolve() or target.name == schema


def test_schema_rejects_an_unknown_key() -> None:
    schema = json.loads((SCHEMA_DIR / "section.schema.json").read_text())
    bad = {"id": "x", "title": "X", "slides": [{"id": "a", "kind": "title", "titel": "T"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)
