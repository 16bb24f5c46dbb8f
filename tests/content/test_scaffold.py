"""`exhibit new`: the commented sample exhibit is valid, complete and never overwrites."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest
import yaml

from exhibit.content.loader import check
from exhibit.content.model import SLIDE_KINDS
from exhibit.content.newfolder import OutputExists
from exhibit.content.scaffold import create_exhibit, scaffold_files, title_for
from exhibit.content.yamlwrite import schema_comment, schema_uri


def test_new_exhibit_checks_clean_with_every_slide_kind(tmp_path: Path) -> None:
    folder = tmp_path / "harbour-museum"
    create_exhibit(folder)
    result = check(folder)
    assert result.ok and result.problems == [], [p.format() for p in result.problems]
    assert result.exhibit is not None
    assert len(result.exhibit.sections) == 1
    # Every kind but video, which needs a film of the curator's own (its lines are comments).
    assert sorted(s.kind for s in result.exhibit.slides) == sorted(set(SLIDE_KINDS) - {"video"})
    sound = next(s for s in result.exhibit.slides if s.kind == "audio")
    assert sound.media is not None and sound.media.has_audio
    assert 3.9 < sound.media.seconds <= 4.0
    assert result.exhibit.title.get("en") == "Harbour Museum"
    assert (folder / "lighthouse" / "media" / "lighthouse.svg").is_file()


def test_yaml_files_point_at_the_installed_schemas(tmp_path: Path) -> None:
    folder = tmp_path / "x"
    create_exhibit(folder)
    for name, kind in (
        ("exhibit.yaml", "exhibit"),
        ("timeline.yaml", "timeline"),
        ("lighthouse/section.yaml", "section"),
    ):
        text = (folder / name).read_text(encoding="utf-8")
        assert text.splitlines()[0] == schema_comment(kind)
        assert "absolute location" in text  # the comment explaining the line
        uri = schema_uri(kind)
        assert uri.startswith("file:///")
        schema_path = Path(uri.removeprefix("file://"))
        assert schema_path.is_file()
        # the sample is valid against the schema its comment names
        import json

        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        data = yaml.safe_load(text)
        if kind == "timeline":  # YAML reads bare dates as dates; the schema sees strings
            for item in data["events"] + data["eras"]:
                for key in ("date", "start", "end"):
                    if key in item:
                        item[key] = str(item[key])
        if kind == "section":
            for slide in data["slides"]:
                if "date" in slide:
                    slide["date"] = str(slide["date"])
        jsonschema.validate(data, schema)


def test_new_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputExists, match="not empty"):
        create_exhibit(folder)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_new_fills_an_empty_folder(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    create_exhibit(folder, title='Quotes "and": colons')
    result = check(folder)
    assert result.ok and result.exhibit is not None
    assert result.exhibit.title.get("en") == 'Quotes "and": colons'


def test_title_from_folder_name() -> None:
    assert title_for(Path("/x/harbour-museum")) == "Harbour Museum"
    assert title_for(Path("/x/my_first.show")) == "My First Show"
    assert title_for(Path("/")) == "My Exhibit"
    assert len(title_for(Path("/x/" + "long-" * 40))) <= 90


def test_the_files_are_commented() -> None:
    files = scaffold_files("T")
    assert set(files) == {
        "exhibit.yaml",
        "timeline.yaml",
        "lighthouse/section.yaml",
        "lighthouse/keepers-day.md",
        "lighthouse/media/lighthouse.svg",
        "lighthouse/media/foghorn.vtt",
    }
    for name in ("exhibit.yaml", "timeline.yaml", "lighthouse/section.yaml"):
        comments = [line for line in files[name].splitlines() if line.lstrip().startswith("#")]
        assert len(comments) >= 8, name
    section = files["lighthouse/section.yaml"]
    for kind in SLIDE_KINDS:
        assert f"  # {kind}:" in section
