"""JSON Schemas for the content files, built from the loader's key tables (one source of truth).

Run `python -m exhibit.content.schema` to rewrite the shipped files in `schema/`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from exhibit.content import loader

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
DRAFT = "http://json-schema.org/draft-07/schema#"

TEXT: dict[str, Any] = {
    "description": "Text: one string, or a map of language code to string.",
    "oneOf": [
        {"type": "string"},
        {
            "type": "object",
            "patternProperties": {"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$": {"type": "string"}},
            "additionalProperties": False,
        },
    ],
}
DATE: dict[str, Any] = {
    "description": "YYYY, YYYY-MM or YYYY-MM-DD; a leading minus for BCE years.",
    "type": ["string", "integer"],
    "pattern": r"^-?\d{1,6}(-\d{1,2}(-\d{1,2})?)?$",
}
ID: dict[str, Any] = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_\\-]*$"}
IDS: dict[str, Any] = {"type": "array", "items": ID}
NUMBER: dict[str, Any] = {"type": "number", "exclusiveMinimum": 0}
PATH: dict[str, Any] = {"type": "string", "description": "A path inside the exhibit folder."}

SLIDE_KEY_TYPES: dict[str, dict[str, Any]] = {
    "id": ID,
    "kind": {"type": "string"},
    "caption": TEXT,
    "notes": TEXT,
    "notes_file": PATH,
    "duration": NUMBER,
    "events": IDS,
    "title": TEXT,
    "subtitle": TEXT,
    "image": PATH,
    "alt": TEXT,
    "credit": TEXT,
    "text": TEXT,
    "speaker": TEXT,
    "role": TEXT,
    "date": DATE,
    "source": ID,
    "context": TEXT,
    "body": TEXT,
    "body_file": PATH,
    "excerpt": TEXT,
    "classification": TEXT,
    "from": TEXT,
    "to": TEXT,
    "citation": TEXT,
    "language_note": TEXT,
}


def _object(properties: dict[str, Any], required: set[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(required),
        "additionalProperties": False,
    }


def _slide(kind: str) -> dict[str, Any]:
    required, optional = loader.KIND_KEYS[kind]
    keys = sorted(required | optional | loader.COMMON_SLIDE_KEYS | {"id", "kind"})
    properties = {key: SLIDE_KEY_TYPES[key] for key in keys}
    properties["kind"] = {"const": kind}
    return _object(properties, required | {"id", "kind"})


def section_schema() -> dict[str, Any]:
    slide = {"oneOf": [_slide(kind) for kind in loader.KIND_KEYS]}
    props = {
        "id": ID,
        "title": TEXT,
        "subtitle": TEXT,
        "minutes": NUMBER,
        "slides": {"type": "array", "items": slide, "minItems": 1},
    }
    assert set(props) == loader.SECTION_KEYS
    return {
        "$schema": DRAFT,
        "title": "Exhibit section (section.yaml)",
        **_object(props, {"id", "title", "slides"}),
    }


def timeline_schema() -> dict[str, Any]:
    event_props = {
        "id": ID,
        "date": DATE,
        "end": DATE,
        "title": TEXT,
        "text": TEXT,
        "display_date": TEXT,
    }
    era_props = {"id": ID, "title": TEXT, "start": DATE, "end": DATE}
    assert set(event_props) == loader.EVENT_KEYS and set(era_props) == loader.ERA_KEYS
    props = {
        "events": {"type": "array", "items": _object(event_props, {"id", "date", "title"})},
        "eras": {"type": "array", "items": _object(era_props, loader.ERA_KEYS)},
    }
    return {"$schema": DRAFT, "title": "Exhibit timeline (timeline.yaml)", **_object(props, set())}


def exhibit_schema() -> dict[str, Any]:
    source_props = {
        "id": ID,
        "title": TEXT,
        "author": TEXT,
        "date": DATE,
        "publisher": TEXT,
        "url": {"type": "string"},
    }
    assert set(source_props) == loader.SOURCE_KEYS
    props = {
        "title": TEXT,
        "subtitle": TEXT,
        "languages": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "default_language": {"type": "string"},
        "sections": {"type": "array", "items": ID, "minItems": 1},
        "timeline": PATH,
        "sources": {"type": "array", "items": _object(source_props, {"id", "title"})},
        "credits": {
            "type": "array",
            "items": _object({"role": TEXT, "name": TEXT}, loader.CREDIT_KEYS),
        },
        "kiosk": _object(
            {"idle_timeout": NUMBER, "auto_advance": NUMBER, "attract_slides": IDS}, set()
        ),
        "presentation": _object({"minutes": NUMBER}, set()),
    }
    assert set(props) == loader.EXHIBIT_KEYS
    return {
        "$schema": DRAFT,
        "title": "Exhibit (exhibit.yaml)",
        **_object(props, {"title", "sections"}),
    }


SCHEMAS = {
    "exhibit.schema.json": exhibit_schema,
    "section.schema.json": section_schema,
    "timeline.schema.json": timeline_schema,
}


def schema_text(name: str) -> str:
    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


def write_schemas() -> None:
    SCHEMA_DIR.mkdir(exist_ok=True)
    for name in SCHEMAS:
        (SCHEMA_DIR / name).write_text(schema_text(name), encoding="utf-8")


if __name__ == "__main__":
    write_schemas()
