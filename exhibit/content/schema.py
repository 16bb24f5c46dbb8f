"""JSON Schemas for the content files, built from the field tables in `fields.py`.

Run `python -m exhibit.content.schema` to rewrite the shipped files in `schema/`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from exhibit.content import fields
from exhibit.content.fields import Field
from exhibit.content.reader import ID_PATTERN, LANGUAGE_PATTERN

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
DRAFT = "http://json-schema.org/draft-07/schema#"

TEXT: dict[str, Any] = {
    "description": "Text: one string, or a map of language code to string.",
    "oneOf": [
        {"type": "string"},
        {
            "type": "object",
            "patternProperties": {LANGUAGE_PATTERN: {"type": "string"}},
            "additionalProperties": False,
        },
    ],
}
DATE: dict[str, Any] = {
    "description": "YYYY, YYYY-MM or YYYY-MM-DD; a leading minus for BCE (up to 20 billion).",
    "type": ["string", "integer"],
    "pattern": r"^-?\d{1,11}(-\d{1,2}(-\d{1,2})?)?$",
}
ID: dict[str, Any] = {"type": "string", "pattern": ID_PATTERN}
IDS: dict[str, Any] = {"type": "array", "items": ID}
NUMBER: dict[str, Any] = {"type": "number", "exclusiveMinimum": 0}
PATH: dict[str, Any] = {"type": "string", "description": "A path inside the exhibit folder."}
PATHS: dict[str, Any] = {
    "oneOf": [
        PATH,
        {
            "type": "object",
            "patternProperties": {LANGUAGE_PATTERN: PATH},
            "additionalProperties": False,
        },
    ],
}
IMAGE: dict[str, Any] = {
    "description": "A picture: one path, or a map of language code to path.", **PATHS
}
MARKDOWN_FILE: dict[str, Any] = {
    "description": "A .md file: one path, or a map of language code to path.", **PATHS
}

VTT: dict[str, Any] = {"type": "string", "pattern": r"\.[vV][tT][tT]$"}
CAPTIONS: dict[str, Any] = {
    "description": "WebVTT captions: one .vtt path, a map of language code to path, or none.",
    "oneOf": [
        {"const": "none"},
        VTT,
        {
            "type": "object",
            "patternProperties": {LANGUAGE_PATTERN: VTT},
            "additionalProperties": False,
        },
    ],
}

SCAN_PDF: dict[str, Any] = {
    "type": "object",
    "properties": {
        "file": PATH,
        "pages": {"type": ["integer", "string"], "pattern": r"^\s*\d+(\s*-\s*\d*)?\s*$"},
    },
    "required": ["file"],
    "additionalProperties": False,
}

BY_TYPE: dict[str, dict[str, Any]] = {
    "plain": TEXT,
    "markdown": TEXT,
    "markdown_file": MARKDOWN_FILE,
    "image": IMAGE,
    "path": PATH,
    "files": {
        "description": "One path, or a list of paths, inside the exhibit folder.",
        "oneOf": [PATH, {"type": "array", "items": PATH, "minItems": 1, "uniqueItems": True}],
    },
    "date": DATE,
    "number": NUMBER,
    "id": ID,
    "source": ID,
    "events": IDS,
    "slides": IDS,
    "url": {"type": "string"},
    "background": {
        "type": "string",
        "description": "A picture inside the exhibit folder, or a colour #RRGGBB.",
    },
    "media": PATH,
    "poster": PATH,
    "captions": CAPTIONS,
    "flag": {"type": "boolean"},
    "seconds": {"type": "number", "minimum": 0},
    "pictures": {
        "description": "A document's real pages: a picture or a PDF, or a list of them; "
        "{file: x.pdf, pages: 2-4} shows only those pages of a PDF.",
        "oneOf": [PATH, SCAN_PDF, {"type": "array", "items": {"oneOf": [PATH, SCAN_PDF]},
                                   "minItems": 1}],
    },
}


def _object(
    table: tuple[Field, ...], structure: dict[str, dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A JSON object of `table`'s keys; `structure` gives the schema of its structure keys."""
    structure = structure or {}
    properties = {
        f.key: structure[f.key] if f.type == "structure" else BY_TYPE[f.type] for f in table
    }
    for f in table:
        if f.maximum is not None:
            properties[f.key] = {**properties[f.key], "maximum": f.maximum}
    return {
        "type": "object",
        "properties": properties,
        "required": sorted(fields.required_keys(table)),
        "additionalProperties": False,
    }


def _slide(kind: str) -> dict[str, Any]:
    required, optional = fields.slide_keys(kind)
    table = tuple(sorted((f for f in fields.SLIDE if f.key in required | optional), key=_key))
    schema = _object(tuple(f._replace(required=()) for f in table))
    schema["properties"]["kind"] = {"const": kind}
    schema["required"] = sorted(required)
    return schema


def _key(f: Field) -> str:
    return f.key


def section_schema() -> dict[str, Any]:
    slide = {"oneOf": [_slide(kind) for kind in fields.KINDS]}
    slides = {"type": "array", "items": slide, "minItems": 1}
    return {
        "$schema": DRAFT,
        "title": "Exhibit section (section.yaml)",
        **_object(fields.SECTION, {"slides": slides}),
    }


def timeline_schema() -> dict[str, Any]:
    structure = {
        "events": {"type": "array", "items": _object(fields.EVENT)},
        "eras": {"type": "array", "items": _object(fields.ERA)},
    }
    return {
        "$schema": DRAFT,
        "title": "Exhibit timeline (timeline.yaml)",
        **_object(fields.TIMELINE, structure),
    }


def exhibit_schema() -> dict[str, Any]:
    structure: dict[str, dict[str, Any]] = {
        "languages": {"type": "array", "items": {"type": "string"}, "minItems": 1},
        "default_language": {"type": "string"},
        "sections": {"type": "array", "items": ID, "minItems": 1},
        "sources": {"type": "array", "items": _object(fields.SOURCE)},
        "credits": {"type": "array", "items": _object(fields.CREDIT)},
        "kiosk": _object(fields.KIOSK),
        "presentation": _object(fields.PRESENTATION),
    }
    return {
        "$schema": DRAFT,
        "title": "Exhibit (exhibit.yaml)",
        **_object(fields.EXHIBIT, structure),
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
