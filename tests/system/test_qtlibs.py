"""A machine lacking a system library Qt needs, or a screen, gets one line naming the fix."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from exhibit.system import qtlibs

ROOT = Path(__file__).resolve().parents[2]


def _loads_all_but(*absent: str) -> qtlibs.Loader:
    return lambda soname: soname not in absent


GLIB = ImportError("libglib-2.0.so.0: cannot open shared object file: No such file or directory")


def test_an_import_error_names_every_missing_core_library_and_its_package() -> None:
    line = qtlibs.import_failure(
        GLIB, _loads_all_but("libglib-2.0.so.0", "libgthread-2.0.so.0", "libEGL.so.1")
    )
    assert line == (
        "Qt cannot start: system libraries are missing "
        "(libglib-2.0.so.0, libgthread-2.0.so.0, libEGL.so.1); "
        "install them with: sudo apt-get install libglib2.0-0 libegl1"
    )


def test_a_library_outside_the_table_is_still_named() -> None:
    error = ImportError("libfoo.so.3: cannot open shared object file: No such file or directory")
    line = qtlibs.import_failure(error, _loads_all_but())
    assert line is not None
    assert line.endswith(
        "install them with: sudo apt-get install <the package holding libfoo.so.3>"
    )


def test_other_import_errors_are_not_ours() -> None:
    assert qtlibs.import_failure(ImportError("No module named 'PySide6'"), _loads_all_but()) is None


def test_every_library_in_the_tables_loads_here() -> None:
    """The tables name real sonames: this machine (CI installs the README's line) has them all."""
    assert qtlibs.missing(qtlibs.PACKAGES) == []


def test_the_readme_apt_line_holds_every_package() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    line = readme.split("sudo apt-get install --no-install-recommends", 1)[1].split("```", 1)[0]
    assert set(qtlibs.PACKAGES.values()) - {"libstdc++6", "libgcc-s1", "zlib1g", "libzstd1"} <= set(
        line.replace("\\", " ").split()
    )


X11 = {"DISPLAY": ":0"}


def test_window_preflight_names_the_platform_plugins_libraries() -> None:
    line = qtlibs.window_preflight(X11, _loads_all_but("libxcb-cursor.so.0", "libxcb-icccm.so.4"))
    assert line == (
        "Qt cannot open a window (xcb): system libraries are missing "
        "(libxcb-cursor.so.0, libxcb-icccm.so.4); "
        "install them with: sudo apt-get install libxcb-cursor0 libxcb-icccm4"
    )
    wayland = {"WAYLAND_DISPLAY": "wayland-0"}
    line = qtlibs.window_preflight(wayland, _loads_all_but("libwayland-egl.so.1"))
    assert line is not None and line.endswith("sudo apt-get install libwayland-egl1")


def test_window_preflight_is_quiet_when_a_window_can_open() -> None:
    assert qtlibs.window_preflight(X11, _loads_all_but()) is None
    assert qtlibs.window_preflight({"QT_QPA_PLATFORM": "offscreen"}, _loads_all_but("x")) is None
    # Qt falls back along a list: the kiosk unit's wayland;xcb works on X11 without Wayland.
    both = {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}
    assert qtlibs.window_preflight(both, _loads_all_but("libwayland-egl.so.1")) is None


def test_no_display_is_one_line_naming_what_is_missing() -> None:
    line = qtlibs.window_preflight({}, _loads_all_but())
    assert line is not None
    assert "neither DISPLAY (X11) nor WAYLAND_DISPLAY (Wayland) is set" in line
    assert "exhibit render" in line and "exhibit check" in line
    line = qtlibs.window_preflight({"QT_QPA_PLATFORM": "xcb"}, _loads_all_but())
    assert line is not None and "DISPLAY is not set" in line


def test_platform_names_from_the_environment() -> None:
    assert qtlibs.platform_names({"QT_QPA_PLATFORM": "xcb:foo"}) == ["xcb"]
    assert qtlibs.platform_names({"QT_QPA_PLATFORM": "wayland;xcb"}) == ["wayland", "xcb"]
    assert qtlibs.platform_names({"WAYLAND_DISPLAY": "w"}) == ["wayland"]
    assert qtlibs.platform_names({"DISPLAY": ":0", "WAYLAND_DISPLAY": "w"}) == ["xcb"]


def _exhibit(
    args: list[str], env: dict[str, str], prelude: str = ""
) -> subprocess.CompletedProcess[str]:
    code = f"import sys; {prelude}\nfrom exhibit.cli import main; sys.exit(main({args!r}))"
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def _environment(**extra: str) -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "XDG_RUNTIME_DIR")
    return {**{k: v for k, v in os.environ.items() if k in keep}, **extra}


def test_a_window_with_no_screen_exits_1_with_one_line_not_an_abort() -> None:
    done = _exhibit([], _environment())
    assert done.returncode == 1, done.stderr
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("exhibit: error: no screen to open a window on:")


def test_pyside6_missing_a_library_is_one_line_with_the_package_for_every_command(
    tmp_path: Path,
) -> None:
    """What the dynamic loader says when PySide6's Qt lacks glib, for an offscreen command."""
    fake = tmp_path / "PySide6"
    fake.mkdir()
    (fake / "__init__.py").write_text(f"raise ImportError({str(GLIB)!r})\n", encoding="utf-8")
    prelude = f"sys.path.insert(0, {str(tmp_path)!r})"
    done = _exhibit(["check"], _environment(QT_QPA_PLATFORM="offscreen"), prelude)
    assert done.returncode == 1, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("exhibit: error: Qt cannot start: system libraries are missing (")
    assert "libglib2.0-0" in done.stderr


def test_the_windows_quick_look_finds_what_the_loader_finds() -> None:
    assert qtlibs._present("libc.so.6")
    assert not qtlibs._present("libexhibit-nothing-here.so.9")
    assert qtlibs.missing(["libc.so.6", "libexhibit-nothing-here.so.9"]) == [
        "libexhibit-nothing-here.so.9"
    ]


def test_an_import_error_that_is_not_a_library_stays_an_internal_error(tmp_path: Path) -> None:
    fake = tmp_path / "PySide6"
    fake.mkdir()
    (fake / "__init__.py").write_text("raise ImportError('cannot import name X')\n", "utf-8")
    prelude = f"sys.path.insert(0, {str(tmp_path)!r})"
    done = _exhibit(["check"], _environment(QT_QPA_PLATFORM="offscreen"), prelude)
    assert done.returncode == 70, done.stderr
    assert done.stderr == (
        "exhibit: internal error: ImportError: cannot import name X "
        "(set EXHIBIT_DEBUG=1 for details)\n"
    )
