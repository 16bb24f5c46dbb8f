"""Content reload waits for a quiet folder, so a file-by-file update loads once, whole."""

from __future__ import annotations

import os
from pathlib import Path

from exhibit.content.fingerprint import fingerprint
from exhibit.kiosk.reload import ReloadPolicy


def test_fingerprint_sees_edits_and_ignores_hidden(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text("x", encoding="utf-8")
    before = fingerprint(tmp_path)
    (tmp_path / ".syncthing.a.yaml.tmp").write_text("partial", encoding="utf-8")
    assert fingerprint(tmp_path) == before
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.yaml").write_text("y", encoding="utf-8")
    assert fingerprint(tmp_path) != before
    assert [e[0] for e in fingerprint(tmp_path)] == ["a.yaml", os.path.join("sub", "b.yaml")]


def test_file_by_file_update_loads_once_after_quiet() -> None:
    policy = ReloadPolicy(current=(("a", 1, 1),), debounce=2.0)
    states = [(("a", 2, 2),), (("a", 2, 2), ("b", 1, 3)), (("a", 2, 2), ("b", 5, 4))]
    decisions = []
    for step, state in enumerate(states):  # a file lands every 0.5 s
        decisions.append(policy.observe(state, step * 0.5))
        decisions.append(policy.observe(state, step * 0.5 + 0.4))
    assert decisions == [False] * 6
    assert not policy.observe(states[-1], 2.9)
    assert policy.observe(states[-1], 3.0)
    policy.loaded(states[-1])
    assert not policy.observe(states[-1], 10.0)


def test_change_reverted_before_quiet_does_nothing() -> None:
    original = (("a", 1, 1),)
    policy = ReloadPolicy(current=original)
    assert not policy.observe((("a", 9, 9),), 0.0)
    assert not policy.observe(original, 1.0)
    assert not policy.observe(original, 5.0)
