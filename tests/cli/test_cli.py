"""The command line: exit codes, one-line errors, and real PNGs from `exhibit render`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from exhibit.cli import main
from exhibit.content.bundled import bundled_exhibit
from tests.exhibits import BASE, MakeExhibit


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "exhibit", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
        cwd=cwd,
    )


def test_check_bundled_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "ok (5 sections" in captured.err


def test_check_reports_problems_and_exits_1(
    make_exhibit: MakeExhibit, capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_exhibit(exhibit_yaml="title: X\nsections: [one]\ncolour: red\n")
    assert main(["check", str(root)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"{root}/exhibit.yaml:3:1: error: unknown key 'colour' in exhibit.yaml",
        f"{root}/one/section.yaml:13:13: error: source: no source with id 'memo'",
    ]


def test_check_missing_folder_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "/no/such/folder"]) == 2
    assert capsys.readouterr().err == "exhibit: error: /no/such/folder: no such exhibit folder\n"


def test_check_accepts_the_exhibit_file(make_exhibit: MakeExhibit) -> None:
    assert main(["check", str(make_exhibit() / "exhibit.yaml")]) == 0


def test_check_a_file_that_is_not_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stray = tmp_path / "notes.txt"
    stray.write_text("hi", encoding="utf-8")
    assert main(["check", str(stray)]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_check_without_exhibit_yaml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(tmp_path)]) == 1
    assert (
        capsys.readouterr()
        .out.strip()
        .endswith("error: no exhibit.yaml here; an exhibit folder holds exhibit.yaml at its top")
    )


def test_python_module_and_bad_arguments_never_traceback() -> None:
    result = run("render", "--size", "huge", "--out", "/tmp/x")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "size 'huge' must look like 1920x1080" in result.stderr


def test_render_needs_out() -> None:
    result = run("render")
    assert result.returncode == 2
    assert "--out" in result.stderr and "Traceback" not in result.stderr


def test_render_writes_one_png_per_slide(tmp_path: Path, make_exhibit: MakeExhibit) -> None:
    out = tmp_path / "png"
    result = run("render", str(make_exhibit()), "--out", str(out), "--size", "1280x720")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == f"3 slides rendered to {out}"
    files = sorted(p.name for p in out.iterdir())
    assert files == ["001-s1.png", "002-s2.png", "003-s3.png"]
    from PySide6.QtGui import QImage

    for name in files:
        image = QImage(str(out / name))
        assert (image.width(), image.height()) == (1280, 720)
        colours = {image.pixel(x, y) for x in range(0, 1280, 64) for y in range(0, 720, 48)}
        assert len(colours) > 3, f"{name} looks blank"


def test_render_invalid_exhibit_fails_with_lines(tmp_path: Path, make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(timeline_yaml="events: [\n")
    result = run("render", str(root), "--out", str(tmp_path / "o"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"{root}/timeline.yaml:2:1: error: YAML syntax error")
    assert "Traceback" not in result.stderr


def test_render_unknown_language(tmp_path: Path) -> None:
    result = run("render", "--out", str(tmp_path / "o"), "--lang", "xx")
    assert result.returncode == 2
    assert "--lang xx" in result.stderr


def test_render_unwritable_out(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    result = run("render", "--out", str(blocker / "sub"))
    assert result.returncode == 1
    assert "cannot create folder" in result.stderr and "Traceback" not in result.stderr


def test_run_reports_bad_screen(tmp_path: Path) -> None:
    result = run("--screen", "7")
    assert result.returncode == 2
    assert "--screen 7" in result.stderr


def test_run_invalid_exhibit(make_exhibit: MakeExhibit) -> None:
    root = make_exhibit(exhibit_yaml="sections: [one]\n")
    result = run(str(root))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"{root}/exhibit.yaml:1:1: error: exhibit.yaml is missing required key 'title'",
        f"{root}/one/section.yaml:13:13: error: source: no source with id 'memo'",
    ]


def test_bundled_exhibit_is_found() -> None:
    assert (bundled_exhibit() / "exhibit.yaml").is_file()


def test_kiosk_set_pin_stores_a_hash(tmp_path: Path) -> None:
    from exhibit.kiosk.config import read_config
    from exhibit.kiosk.pin import verify_pin

    config = tmp_path / "kiosk.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "exhibit",
            "kiosk",
            "set-pin",
            "--config",
            str(config),
            "--pin-stdin",
        ],
        input="97531\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    stored = read_config(config).pin_hash
    assert stored is not None and verify_pin("97531", stored)
    assert "97531" not in config.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("pin", "message"),
    [
        ("12", "a PIN is 4 to 12 digits; nothing was changed"),
        ("abcd", "a PIN is 4 to 12 digits; nothing was changed"),
    ],
)
def test_kiosk_set_pin_refuses_bad_pins(tmp_path: Path, pin: str, message: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "exhibit",
            "kiosk",
            "set-pin",
            "--config",
            str(tmp_path / "k.json"),
            "--pin-stdin",
        ],
        input=pin + "\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == f"exhibit: error: {message}\n"
    assert not (tmp_path / "k.json").exists()


def test_kiosk_with_broken_config_is_one_line(tmp_path: Path) -> None:
    config = tmp_path / "kiosk.json"
    config.write_text('{"idle_timeout": "soon"}', encoding="utf-8")
    result = run("--kiosk", "--config", str(config))
    assert result.returncode == 2
    assert result.stderr == (
        f"{config}: error: idle_timeout must be a number of seconds above 0 and at most 86400\n"
    )


@pytest.mark.slow  # renders every slide twice: about 6 s
def test_render_russian_twin_of_every_slide(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    for lang in ("en", "ru"):
        result = run("render", "--out", str(tmp_path / lang), "--size", "960x540", "--lang", lang)
        assert result.returncode == 0, result.stderr
        assert "warning" not in result.stderr.lower()
    english = sorted(p.name for p in (tmp_path / "en").iterdir())
    assert english == sorted(p.name for p in (tmp_path / "ru").iterdir())
    assert len(english) == 41
    for name in english:
        first, second = QImage(str(tmp_path / "en" / name)), QImage(str(tmp_path / "ru" / name))
        assert first.size() == second.size()
        assert first != second, f"{name} looks the same in Russian"


def test_bundled_exhibit_is_complete_in_both_languages(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "missing" not in capsys.readouterr().out


def test_check_decodes_every_picture(make_exhibit: MakeExhibit) -> None:
    """A picture whole in structure but not in its data is found by decoding it."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 100, 100, 8, 2, 0, 0, 0)
    rotten = (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", b"not zlib data" * 10)
        + chunk(b"IEND", b"")
    )
    root = make_exhibit(one__section_yaml=BASE["one/section.yaml"].replace("pic.svg", "pic.png"))
    (root / "one" / "pic.png").write_bytes(rotten)
    result = run("check", str(root))
    assert result.returncode == 1
    assert result.stdout == (
        f"{root}/one/section.yaml:16:12: error: image: 'pic.png' cannot be decoded "
        "(Unable to read image data)\n"
    )
    assert result.stderr == f"{root}: 1 error\n"
