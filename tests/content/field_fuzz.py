"""Random values in every field of the bundled exhibit: the loader may only say ContentError.

Used by `test_fuzz.py` for a short run in the suite; for a long run:
`python -m tests.content.field_fuzz --minutes 10` (prints the count, exits 1 on a finding).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

import yaml

from exhibit.content.bundled import bundled_exhibit
from exhibit.content.errors import ContentError
from exhibit.content.loader import check, load

HOSTILE: list[object] = [
    None,
    True,
    0,
    -1,
    1e308,
    float("inf"),
    float("nan"),
    10**400 // 10**300,
    "",
    " ",
    "\x00",
    "a\x00b.png",
    "../../etc/passwd",
    "/etc/passwd",
    "http://127.0.0.1:9/x.png",
    "file:///etc/passwd",
    "C:/x.png",
    "x" * 300 + ".md",
    "é" * 5000,
    "\u202e" + "txt",
    "\x1b]0;title\x07",
    "line\nbreak",
    '<img src="http://127.0.0.1:9/x.png">',
    "<script>x</script>",
    "&lt;b&gt;",
    "1993-02-30",
    "-99999999",
    "0000",
    "{a: b}",
    [],
    [1, 2],
    ["a", "b"],
    {},
    {"en": 5},
    {"xx": "a"},
    {"en": "a", "ru": None},
    "2026-13-45",
    "one/pic.svg",
    "lighthouse.svg",
    "nowhere.md",
    3.5,
    "*",
]


def mutate(value: object, rng: random.Random) -> object:
    """Replace a random leaf of `value` (a YAML document) by a hostile value."""
    if isinstance(value, dict) and value and rng.random() < 0.85:
        key = rng.choice(list(value))
        copy = dict(value)
        copy[key] = mutate(value[key], rng)
        return copy
    if isinstance(value, list) and value and rng.random() < 0.85:
        index = rng.randrange(len(value))
        copy = list(value)
        copy[index] = mutate(value[index], rng)
        return copy
    return rng.choice(HOSTILE)


def one_case(source: Path, work: Path, rng: random.Random) -> None:
    """Copy the exhibit, mutate one to three values in its YAML files, check and load it."""
    if work.exists():
        shutil.rmtree(work)
    shutil.copytree(source, work)
    files = sorted(work.rglob("*.yaml"))
    for _ in range(rng.randint(1, 3)):
        path = rng.choice(files)
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump(mutate(data, rng), allow_unicode=True), encoding="utf-8")
    result = check(work, "ex")
    for problem in result.problems:
        assert problem.line >= 1 and problem.column >= 1, problem
    with contextlib.suppress(ContentError):
        load(work, "ex")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng, cases, deadline = random.Random(seed), 0, time.monotonic() + args.minutes * 60
    with tempfile.TemporaryDirectory() as scratch:
        while time.monotonic() < deadline:
            try:
                one_case(bundled_exhibit(), Path(scratch) / "ex", rng)
            except Exception:
                traceback.print_exc()
                print(f"finding after {cases} cases (seed {seed})", file=sys.stderr)
                return 1
            cases += 1
    print(f"{cases} cases in {args.minutes:g} min, nothing but ContentError (seed {seed})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
