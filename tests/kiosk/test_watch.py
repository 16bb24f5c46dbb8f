"""Live reload: a valid edit swaps in, an invalid or half-written one keeps the last good show."""

from __future__ import annotations

from pathlib import Path

from exhibit.content.loader import CheckResult, check, load
from exhibit.kiosk.watch import ContentWatcher
from tests.exhibits import BASE, MakeExhibit


def test_valid_edit_is_loaded_after_it_settles(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    watcher = ContentWatcher(root, "ex", debounce=2.0)
    assert watcher.poll(0.0) is None
    (root / "exhibit.yaml").write_text(
        (root / "exhibit.yaml").read_text(encoding="utf-8").replace("Small", "Bigger"),
        encoding="utf-8",
    )
    assert watcher.poll(1.0) is None  # seen, not yet settled
    result = watcher.poll(3.0)
    assert result is not None and result.exhibit is not None
    assert result.exhibit.title.get("en") == "Bigger"
    assert watcher.poll(10.0) is None  # nothing new


def test_invalid_edit_reports_file_line_and_keeps_nothing_new(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    watcher = ContentWatcher(root, "ex", debounce=1.0)
    (root / "timeline.yaml").write_text(
        "events:\n  - {id: ev, date: 1993-02-30, title: A}\n", encoding="utf-8"
    )
    watcher.poll(0.0)
    result = watcher.poll(1.0)
    assert result is not None and result.exhibit is None
    assert result.problems[0].format().startswith("ex/timeline.yaml:2:")


def test_half_written_file_then_completed(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    full = (root / "one" / "section.yaml").read_text(encoding="utf-8")
    watcher = ContentWatcher(root, "ex", debounce=1.0)
    (root / "one" / "section.yaml").write_text(full[: len(full) // 2], encoding="utf-8")
    watcher.poll(0.0)
    half = watcher.poll(1.5)
    assert half is not None and half.exhibit is None  # the old exhibit stays on screen
    (root / "one" / "section.yaml").write_text(
        full.replace("Hello", "Hello again"), encoding="utf-8"
    )
    watcher.poll(2.0)
    whole = watcher.poll(3.0)
    assert whole is not None and whole.exhibit is not None
    assert whole.exhibit.slides[0].title.get("en") == "Hello again"


def test_update_file_by_file_is_never_seen_half_done(
    make_exhibit: MakeExhibit, tmp_path: Path
) -> None:
    """A sync tool delivering a new version one file at a time: one load, of the whole."""
    root = make_exhibit()
    new_section = (
        (root / "one" / "section.yaml")
        .read_text(encoding="utf-8")
        .replace("    events: [ev]\n", "    events: [ev2]\n")
    )
    new_timeline = (
        (root / "timeline.yaml").read_text(encoding="utf-8").replace("id: ev\n", "id: ev2\n")
    )
    loads: list[str] = []

    def counting_check(path: Path, label: str):  # type: ignore[no-untyped-def]
        from exhibit.content.loader import check

        result = check(path, label)
        loads.append("ok" if result.ok else "bad")
        return result

    watcher = ContentWatcher(root, "ex", debounce=2.0, checker=counting_check)
    (root / "one" / "section.yaml").write_text(new_section, encoding="utf-8")  # t = 0
    assert watcher.poll(0.0) is None
    assert watcher.poll(1.0) is None
    (root / "timeline.yaml").write_text(new_timeline, encoding="utf-8")  # t = 1.5
    assert watcher.poll(1.5) is None
    assert watcher.poll(3.0) is None
    result = watcher.poll(3.5)
    assert loads == ["ok"]
    assert result is not None and result.exhibit is not None
    assert result.exhibit.slides[0].events == ("ev2",)
    assert load(root).slides[0].events == ("ev2",)


def test_a_load_that_raises_is_reported_and_watching_goes_on(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit()
    calls = []

    def failing_then_fine(folder: Path, label: str) -> CheckResult:
        calls.append(label)
        if len(calls) == 1:
            raise PermissionError(13, "Permission denied")
        return check(folder, label)

    watcher = ContentWatcher(root, "ex", debounce=0.0, checker=failing_then_fine)
    (root / "exhibit.yaml").write_text(
        "title: One\nsections: [one]\nsources: [{id: memo, title: M}]\n", encoding="utf-8"
    )
    watcher.poll(0.0)
    failed = watcher.poll(0.1)
    assert failed is not None and failed.exhibit is None
    assert "could not be loaded (PermissionError" in failed.problems[0].message
    (root / "exhibit.yaml").write_text(
        "title: Two\nsections: [one]\nsources: [{id: memo, title: M}]\n", encoding="utf-8"
    )
    watcher.poll(1.0)
    later = watcher.poll(1.1)
    assert later is not None and later.exhibit is not None
    assert later.exhibit.title.get("en") == "Two"


def test_an_edit_to_a_used_file_in_a_dot_folder_is_seen(make_exhibit: MakeExhibit) -> None:
    section = (
        BASE["one/section.yaml"]
        + "  - id: s4\n    kind: text\n    title: T\n    body_file: one/.drafts/x.md\n"
    )
    root = make_exhibit(one__section_yaml=section, **{"one/.drafts/x_md": "First."})
    first = load(root)
    assert first.hidden_files == ("one/.drafts/x.md",)
    watcher = ContentWatcher(root, "ex", debounce=0.0, hidden=first.hidden_files)
    (root / "one/.drafts/x.md").write_text("Second, longer.", encoding="utf-8")
    watcher.poll(0.0)
    result = watcher.poll(0.1)
    assert result is not None and result.exhibit is not None
    assert "Second" in result.exhibit.slides[3].text("body").get("en")
