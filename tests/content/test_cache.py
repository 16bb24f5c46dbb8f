"""The exhibit cache: the same exhibit back, rebuilt after any edit, never trusted blindly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from exhibit.content import cache
from exhibit.content.bundled import bundled_exhibit
from exhibit.content.errors import ContentError
from exhibit.content.loader import load
from tests.exhibits import BASE, MakeExhibit


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def test_bundled_exhibit_round_trips() -> None:
    first = cache.load_cached(bundled_exhibit(), "b")
    second = cache.load_cached(bundled_exhibit(), "b")  # from the cache this time
    assert first == second == load(bundled_exhibit())
    picture = next(slide for slide in second.slides if slide.kind == "image")
    assert picture.image is not None and picture.image.is_file()
    # a picture per language comes back from the cache too
    assert [Path(p).is_file() for p in picture.text("images").all_texts()] == [True, True]


def test_an_edit_is_seen(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    assert cache.load_cached(root, "ex").title.get("en") == "Small"
    text = (root / "exhibit.yaml").read_text(encoding="utf-8").replace("Small", "Larger")
    (root / "exhibit.yaml").write_text(text, encoding="utf-8")
    os.utime(root / "exhibit.yaml", ns=(1, 1))
    assert cache.load_cached(root, "ex").title.get("en") == "Larger"


def test_invalid_content_raises_even_after_a_good_cache(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    cache.load_cached(root, "ex")
    (root / "timeline.yaml").write_text("events: [", encoding="utf-8")
    with pytest.raises(ContentError):
        cache.load_cached(root, "ex")


def test_broken_cache_file_is_ignored(make_exhibit: MakeExhibit, private_cache: Path) -> None:
    root = make_exhibit()
    cache.load_cached(root, "ex")
    for path in (private_cache / "exhibit" / "exhibits").glob("*.json"):
        path.write_text('{"stamp": 1, "exhibit": [', encoding="utf-8")
    assert cache.load_cached(root, "ex") == load(root)


def test_unwritable_cache_still_loads(make_exhibit: MakeExhibit, private_cache: Path) -> None:
    private_cache.mkdir()
    (private_cache / "exhibit").write_text("a file where a folder should be", encoding="utf-8")
    root = make_exhibit()
    assert cache.load_cached(root, "ex") == load(root)


def test_a_copy_elsewhere_has_its_own_entry(make_exhibit: MakeExhibit, tmp_path: Path) -> None:
    """The stamp names the folder: a copy with the very same files is cached on its own."""
    import shutil

    root = make_exhibit()
    copy = tmp_path / "elsewhere" / "ex"
    shutil.copytree(root, copy, copy_function=shutil.copy2)  # same names, sizes and times
    (path, stamp), (copy_path, copy_stamp) = cache.cache_entry(root), cache.cache_entry(copy)
    assert path != copy_path and stamp != copy_stamp
    assert path.name.startswith("ex-") and path.suffix == ".json"
    assert cache.load_cached(root, "ex") == load(root)
    assert cache.load_cached(copy, "ex") == load(copy)  # not the first folder's exhibit
    assert path.is_file() and copy_path.is_file()
    assert cache.load_cached(copy, "ex").root == load(copy).root != load(root).root


@pytest.mark.parametrize("change", ["unknown field", "missing field"])
def test_an_entry_that_does_not_fit_the_model_is_ignored(
    make_exhibit: MakeExhibit, change: str
) -> None:
    """A stamp that matches but data from another model: loaded again, not trusted."""
    import json

    root = make_exhibit()
    cache.load_cached(root, "ex")
    path, _ = cache.cache_entry(root)
    stored = json.loads(path.read_text(encoding="utf-8"))
    if change == "unknown field":
        stored["exhibit"]["sections"][0]["slides"][0]["colour"] = "red"
    else:
        del stored["exhibit"]["title"]
    path.write_text(json.dumps(stored), encoding="utf-8")
    assert cache.load_cached(root, "ex") == load(root)
    assert "colour" not in path.read_text(encoding="utf-8")  # and written afresh


def test_an_edit_to_a_used_file_in_a_dot_folder_is_seen(make_exhibit: MakeExhibit) -> None:
    """The folder's fingerprint skips '.' names, but not the files the exhibit uses."""
    section = BASE["one/section.yaml"] + (
        "  - id: s4\n    kind: text\n    title: T\n    body_file: one/.drafts/x.md\n"
    )
    root = make_exhibit(one__section_yaml=section, **{"one/.drafts/x_md": "First."})
    assert "First" in cache.load_cached(root, "ex").slides[3].text("body").get("en")
    body = root / "one/.drafts/x.md"
    body.write_text("Second, and longer.", encoding="utf-8")
    assert "Second" in cache.load_cached(root, "ex").slides[3].text("body").get("en")
    (root / "one/.unused").write_text("a sync tool's temporary file", encoding="utf-8")
    path, stamp = cache.cache_entry(root, ("one/.drafts/x.md",))
    assert '"stamp": ' + json.dumps(stamp) in path.read_text(encoding="utf-8")
