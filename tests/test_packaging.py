"""The desktop packaging (packaging/): bundle rules, desktop entry, metainfo, icons, build script.

Nothing here builds; `bash packaging/build.sh` and its smoke test in .ci/run do that.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

import exhibit
from exhibit.system import qtlibs as systemlibs

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
ICONS = ROOT / "assets" / "icons"
APP_ID = "io.github.exhibit.Exhibit"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
BUILD_SH = PACKAGING / "build.sh"


def _load_rules() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_rules", PACKAGING / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load_rules()


# -- version: one source of truth ---------------------------------------------------------


def test_version_is_read_from_the_package() -> None:
    assert rules.read_version() == exhibit.__version__


def test_read_version_parses_the_assignment(tmp_path: Path) -> None:
    init = tmp_path / "__init__.py"
    init.write_text('"""Doc."""\n\n__version__ = "2.3.4rc1"\n', encoding="utf-8")
    assert rules.read_version(init) == "2.3.4rc1"
    init.write_text('"""No version here."""\n', encoding="utf-8")
    with pytest.raises(ValueError, match="__version__"):
        rules.read_version(init)


def test_spec_takes_its_version_from_the_package_and_runs_the_launcher() -> None:
    spec = (PACKAGING / "exhibit.spec").read_text(encoding="utf-8")
    assert 'rules.read_version(ROOT / "exhibit" / "__init__.py")' in spec
    assert exhibit.__version__ not in spec
    assert '"launcher.py"' in spec
    assert '"content"), "exhibit/bundled"' in spec
    assert '(str(ROOT / "assets"), "exhibit/assets")' in spec
    launcher = (PACKAGING / "launcher.py").read_text(encoding="utf-8")
    assert "from exhibit.cli import main" in launcher
    assert "sys.exit(main())" in launcher


def test_appstream_releases_if_any_match_the_version() -> None:
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    if releases:
        assert releases[0].get("version") == exhibit.__version__


# -- what the bundle keeps ----------------------------------------------------------------

KEPT = [
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/plugins/platforms/qwindows.dll",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/imageformats/libqgif.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-egl-integration.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/qml/QtQuick/qmldir",
    "PySide6/Qt/qml/QtQuick/libqtquick2plugin.so",
    "PySide6/Qt/qml/QtQuick/Window/qmldir",
    "PySide6/Qt/qml/QtQml/qmldir",
    "PySide6/Qt/qml/QtQml/Models/libmodelsplugin.so",
    "PySide6/Qt/qml/QtQml/WorkerScript/qmldir",
    "PySide6/qml/QtQuick/qmldir",
    "PySide6/Qt/lib/libQt6Core.so.6",  # libraries are kept or dropped by what needs them
    "exhibit/ui/qml/Exhibit/Main.qml",
    "exhibit/bundled/exhibit.yaml",
    "exhibit/assets/fonts/NotoSerif-Regular.ttf",
    "exhibit/assets/icons/256x256/io.github.exhibit.Exhibit.png",
]

DROPPED = [
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/imageformats/libqtiff.so",
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/qmltooling/libqmldbg_debugger.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/plugins/sqldrivers/qsqlite.dll",
    "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    "PySide6/Qt/qml/QtQuick/Controls/Basic/qmldir",
    "PySide6/Qt/qml/QtQuick/Layouts/qmldir",
    "PySide6/Qt/qml/QtQuick/Shapes/qmldir",
    "PySide6/Qt/qml/QtQuick/tooling/Component.qml",
    "PySide6/Qt/qml/QtQuick3D/qmldir",
    "PySide6/Qt/qml/QtWayland/Compositor/qmldir",
    "PySide6/Qt/qml/Qt/labs/settings/qmldir",
    "PySide6/Qt/qml/builtins.qmltypes",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/translations/qtdeclarative_fr.qm",
]


@pytest.mark.parametrize("dest", KEPT)
def test_bundle_keeps(dest: str) -> None:
    assert rules.keep_qt_file(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_bundle_drops(dest: str) -> None:
    assert not rules.keep_qt_file(dest)


def test_windows_separators_are_understood() -> None:
    assert rules.keep_qt_file("PySide6\\plugins\\platforms\\qwindows.dll")
    assert not rules.keep_qt_file("PySide6\\plugins\\platformthemes\\qxdgdesktopportal.dll")


def test_every_qml_import_of_the_views_is_bundled() -> None:
    """A view that imports another Qt module needs it added to KEEP_QML (and to CI's render)."""
    imports = set()
    for qml in (ROOT / "exhibit" / "ui" / "qml").rglob("*.qml"):
        for line in qml.read_text(encoding="utf-8").splitlines():
            match = re.match(r"\s*import\s+([A-Za-z][\w.]*)", line)
            if match:
                imports.add(match.group(1))
    assert imports
    qt_imports = {name for name in imports if name.startswith("Qt")}
    assert {name.replace(".", "/") for name in qt_imports} <= rules.KEEP_QML


def test_no_pyside_module_the_code_imports_is_excluded() -> None:
    used = set()
    for source in (ROOT / "exhibit").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert used
    excluded = {name.removeprefix("PySide6.") for name in rules.EXCLUDE_MODULES}
    assert not used & excluded


@pytest.mark.parametrize(
    ("name", "system"),
    [
        ("libxcb-cursor.so.0", True),
        ("libxcb.so.1", True),
        ("libX11.so.6", True),
        ("libxkbcommon-x11.so.0", True),
        ("libfontconfig.so.1", True),
        ("libstdc++.so.6", True),
        ("libwayland-client.so.0", True),
        ("libz.so.1", True),
        ("libQt6Core.so.6", False),
        ("libQt6XcbQpa.so.6", False),
        ("libicudata.so.73", False),
        ("libpython3.11.so.1.0", False),
        ("libssl.so.3", False),
        ("libffi.so.8", False),
        ("libzip.so.4", False),
        ("Qt6Core.dll", False),
        ("libfreetype.6.dylib", False),
    ],
)
def test_system_libraries_are_linux_sonames(name: str, system: bool) -> None:
    assert rules.is_system_library(name) is system


# -- Linux desktop integration ------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Exhibit"
    assert entry["Exec"].split()[0] == "exhibit"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    assert entry["StartupWMClass"] == "Exhibit"  # Qt's WM_CLASS class is the application name
    assert entry["Comment"]


def test_metainfo_names_the_same_app() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP.name
    assert root.findtext("provides/binary") == "exhibit"
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert root.findtext("metadata_license")
    assert root.findtext("project_license") == "MIT AND OFL-1.1"  # as pyproject.toml says


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_icon_svg_and_its_png_sizes() -> None:
    svg = ET.parse(ICONS / f"{APP_ID}.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert svg.get("viewBox") == "0 0 256 256"
    for size in (48, 128, 256):
        png = ICONS / f"{size}x{size}" / f"{APP_ID}.png"
        assert _png_size(png) == (size, size)


def test_build_script_is_executable_bash() -> None:
    assert BUILD_SH.stat().st_mode & 0o111
    assert BUILD_SH.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    if shutil.which("bash"):
        subprocess.run(["bash", "-n", str(BUILD_SH)], check=True, timeout=30)


def test_deb_depends_on_every_package_the_window_preflight_names() -> None:
    """The .deb must install what `exhibit` asks for, for every library the bundle takes from
    the system (it carries the others, e.g. Kerberos and Brotli for QtNetwork)."""
    text = BUILD_SH.read_text(encoding="utf-8")
    block = re.search(r"^DEPENDS=\((.*?)^\)", text, re.MULTILINE | re.DOTALL)
    assert block is not None
    depends = set(block.group(1).split())
    from_system = {p for s, p in systemlibs.PACKAGES.items() if rules.is_system_library(s)}
    assert "libglib2.0-0" in from_system and from_system <= depends
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libdbus-1-3"} <= depends


def test_deb_installs_under_opt_with_a_launcher_on_path() -> None:
    text = BUILD_SH.read_text(encoding="utf-8")
    assert 'cp -a dist/exhibit "$STAGE/opt/exhibit"' in text
    assert 'ln -s /opt/exhibit/exhibit "$STAGE/usr/bin/exhibit"' in text
    assert "dpkg-deb --root-owner-group --build" in text


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and "error" not in result.stdout, result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_kiosk_units_documentation_is_a_file_the_deb_installs() -> None:
    unit = (LINUX / "exhibit-kiosk.service").read_text(encoding="utf-8")
    text = BUILD_SH.read_text(encoding="utf-8")
    package = re.search(r"^DEB_PACKAGE=(\S+)$", text, re.MULTILINE)
    assert package is not None and package.group(1) == "exhibit-viewer"
    assert f"Documentation=file:///usr/share/doc/{package.group(1)}/README.md\n" in unit
    assert "DOC=$STAGE/usr/share/doc/$DEB_PACKAGE" in text
    assert 'cp README.md LICENSE "$DOC/"' in text
    assert 'cp packaging/linux/exhibit-kiosk.service "$STAGE/usr/lib/systemd/user/"' in text
    assert "installs it as /usr/lib/systemd/user/exhibit-kiosk.service" in unit
    assert "example.invalid" not in unit


def test_the_deb_and_the_distribution_share_one_name() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["name"] == "exhibit-viewer"
    assert project["scripts"] == {"exhibit": "exhibit.cli:main"}
    assert "Package: $DEB_PACKAGE" in BUILD_SH.read_text(encoding="utf-8")
    assert {"LICENSE", "assets/fonts/OFL.txt"} <= set(project["license-files"])
    assert all((ROOT / name).is_file() for name in project["license-files"])


def test_ci_proves_the_frozen_build_and_the_deb_decode_the_bundled_media() -> None:
    """.ci/run has the frozen binary, then the installed .deb, decode the bundled video's first
    frame and a second of its sound (`exhibit check --media`), and holds both to 200 MB."""
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'check --media \\\n        >"$frozen_log/$name.out"' in ci
    assert "first frame [0-9]+x[0-9]+, [1-9][0-9.]* s of sound at [0-9]+ Hz$" in ci
    assert 'frozen_media media "$frozen"' in ci
    assert "frozen_media deb-media /usr/bin/exhibit" in ci
    assert '[ "$size_mb" -gt 200 ]' in ci and '[ "$deb_mb" -le 200 ]' in ci
    assert "multimedia" in rules.KEEP_PLUGINS and "QtMultimedia" in rules.KEEP_QML
    bundled = sorted((ROOT / "content").rglob("*.webm"))
    assert bundled and all(path.stat().st_size < 2_000_000 for path in bundled)
