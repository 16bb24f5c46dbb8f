#!/usr/bin/env bash
# Build Exhibit's frozen one-folder app, dist/exhibit/exhibit, with PyInstaller
# (packaging/exhibit.spec); then, on Debian/Ubuntu, dist/exhibit-viewer_<version>_<arch>.deb.
#
#   bash packaging/build.sh                 # from anywhere; writes dist/ and build/ in the checkout
#   PYTHON=/path/to/python bash packaging/build.sh    # build with that Python
#
# The frozen part runs wherever bash does; on Windows, or to skip this script, run
# `pyinstaller --noconfirm packaging/exhibit.spec` from the checkout. Everything after
# "Linux only" below (the .deb) needs dpkg-deb and is skipped elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export PIP_DISABLE_PIP_VERSION_CHECK=1

SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi

say() { echo "build.sh: $*"; }
die() { echo "build.sh: error: $*" >&2; exit 1; }

# -- The Python to build with: $PYTHON, else the checkout's .venv, else python3 when it has
#    Exhibit's dependencies, else a fresh virtual environment in build/venv.
has_deps() { "$1" -c 'import PySide6.QtQuick, yaml, markdown, nh3, platformdirs' >/dev/null 2>&1; }
if [ -z "${PYTHON:-}" ]; then
    if [ -x .venv/bin/python ] && has_deps .venv/bin/python; then
        PYTHON=.venv/bin/python
    elif command -v python3 >/dev/null 2>&1 && has_deps python3; then
        PYTHON=python3
    else
        say "making build/venv with Exhibit's dependencies"
        python3 -m venv build/venv
        build/venv/bin/pip install -q .
        PYTHON=build/venv/bin/python
    fi
fi
has_deps "$PYTHON" || die "$PYTHON lacks Exhibit's dependencies (pip install . first)"

if ! "$PYTHON" -c 'import PyInstaller' >/dev/null 2>&1; then
    say "installing PyInstaller"
    "$PYTHON" -m pip install -q 'pyinstaller>=6.10,<7'
fi

# On Linux PyInstaller needs objdump (binutils) and Python's shared library, which Debian
# and Ubuntu ship apart from python3 (libpython3.X, or libpython3.Xt64 on Ubuntu 24.04).
apt_install() {
    command -v apt-get >/dev/null 2>&1 || return 1
    $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
if [ "$(uname -s)" = Linux ]; then
    if ! command -v objdump >/dev/null 2>&1; then
        say "installing binutils (objdump) for PyInstaller"
        apt_install binutils || die "PyInstaller needs objdump: install binutils"
    fi
    has_libpython() {
        "$PYTHON" -c 'import ctypes.util, os, sys, sysconfig
name = sysconfig.get_config_var("INSTSONAME") or ""
libdir = sysconfig.get_config_var("LIBDIR") or ""
found = ".so" in name and os.path.isfile(os.path.join(libdir, name))
sys.exit(0 if found or ctypes.util.find_library("python%d.%d" % sys.version_info[:2]) else 1)'
    }
    if ! has_libpython; then
        py=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
        say "installing libpython$py (Python's shared library) for PyInstaller"
        apt_install "libpython$py" || apt_install "libpython${py}t64" \
            || die "PyInstaller needs Python's shared library: install libpython$py"
    fi
fi

VERSION=$("$PYTHON" -c 'import sys; sys.path.insert(0, "packaging"); import bundle_rules; print(bundle_rules.read_version())')
APP_ID=io.github.exhibit.Exhibit
# The .deb is named as the Python distribution is (the name "exhibit" is someone else's on PyPI);
# it replaces the .deb of the old name, which shipped the same /usr/bin/exhibit.
DEB_PACKAGE=exhibit-viewer

say "building Exhibit $VERSION with $("$PYTHON" -m PyInstaller --version) ($PYTHON)"
start=$SECONDS
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/exhibit.spec
[ -x dist/exhibit/exhibit ] || [ -f dist/exhibit/exhibit.exe ] || die "no dist/exhibit/exhibit"
say "dist/exhibit: $(du -sh dist/exhibit | cut -f1) in $((SECONDS - start)) s"

# -- Linux only from here: the .deb (Debian, Ubuntu and their derivatives). -----------------
if [ "$(uname -s)" != Linux ] || ! command -v dpkg-deb >/dev/null 2>&1; then
    say "no dpkg-deb here: skipping the .deb"
    exit 0
fi

# The Debian packages of the system libraries the bundle links against (the bundle carries
# Qt, Python and their own libraries; see bundle_rules.is_system_library). Ubuntu's "t64"
# packages provide these names too.
DEPENDS=(
    libc6 libstdc++6 libgcc-s1 zlib1g libzstd1 libglib2.0-0 libdbus-1-3
    libfontconfig1 libfreetype6 libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0
    libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0
    libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    libpulse0 libdrm2 libbz2-1.0 libxext6 libxrandr2
)

# Every library the bundle needs and does not carry must be installed here and belong to a
# package in DEPENDS; otherwise the .deb would install but not start.
bundle_files=$(find dist/exhibit -type f \( -name '*.so' -o -name '*.so.*' -o -path dist/exhibit/exhibit \))
bundled_names=$(find dist/exhibit \( -type f -o -type l \) -printf '%f\n' | sort -u)
missing=$(for file in $bundle_files; do ldd "$file" 2>/dev/null | grep 'not found' || true; done | sort -u)
[ -z "$missing" ] || die "libraries the bundle needs are not installed here:
$missing"
needed=$(for file in $bundle_files; do
             objdump -p "$file" | awk '$1 == "NEEDED" {print $2}'
         done | sort -u | grep -vxF -f <(echo "$bundled_names") || true)
ARCH=$(dpkg --print-architecture)
problems=""
for soname in $needed; do
    # "libx11-6:amd64: /usr/lib/x86_64-linux-gnu/libX11.so.6" -> libx11-6 (this architecture's)
    package=$(dpkg -S "*/$soname" 2>/dev/null | grep -E "^[^:]+(:$ARCH)?: " | head -n1 \
              | cut -d: -f1 || true)
    package=${package%t64}
    if [ -z "$package" ]; then
        problems+="  $soname: no installed Debian package holds it"$'\n'
    elif [[ " ${DEPENDS[*]} " != *" $package "* ]]; then
        problems+="  $soname: from $package, which is not in DEPENDS in packaging/build.sh"$'\n'
    fi
done
[ -z "$problems" ] || die "the .deb's Depends would be incomplete:
$problems"

STAGE=build/deb/$DEB_PACKAGE
DOC=$STAGE/usr/share/doc/$DEB_PACKAGE
DEB=dist/${DEB_PACKAGE}_${VERSION}_${ARCH}.deb
say "building $DEB"
rm -rf "$STAGE"
mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/metainfo" "$STAGE/usr/share/icons/hicolor/scalable/apps" \
    "$STAGE/usr/lib/systemd/user" "$DOC"
cp -a dist/exhibit "$STAGE/opt/exhibit"
ln -s /opt/exhibit/exhibit "$STAGE/usr/bin/exhibit"
cp packaging/linux/$APP_ID.desktop "$STAGE/usr/share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$STAGE/usr/share/metainfo/"
cp assets/icons/$APP_ID.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/"
for size in 48 128 256; do
    mkdir -p "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "assets/icons/${size}x${size}/$APP_ID.png" \
        "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/"
done
cp packaging/linux/exhibit-kiosk.service "$STAGE/usr/lib/systemd/user/"
# The README is the kiosk unit's Documentation= (file:///usr/share/doc/exhibit-viewer/README.md).
cp README.md LICENSE "$DOC/"
cat > "$DOC/copyright" <<'EOF'
Exhibit: MIT licence (LICENSE beside this file).
Noto Serif, Noto Sans and Noto Sans Mono (opt/exhibit/_internal/exhibit/assets/fonts): SIL Open
Font License 1.1, the text of which is in OFL.txt beside them.
Bundled third-party software under opt/exhibit/_internal: Qt 6 and Qt for Python (PySide6,
Shiboken6) under the GNU LGPL v3; ICU under the Unicode licence; Python under the PSF licence;
PyYAML, Markdown, nh3 and platformdirs under their own permissive licences (see their dist-info folders).
EOF
chmod -R u+rwX,go+rX,go-w "$STAGE"
cat > "$STAGE/DEBIAN/control" <<EOF
Package: $DEB_PACKAGE
Version: $VERSION
Architecture: $ARCH
Maintainer: ${DEB_MAINTAINER:-Exhibit developers <exhibit@example.invalid>}
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Depends: $(IFS=,; echo "${DEPENDS[*]}" | sed 's/,/, /g')
Conflicts: exhibit
Replaces: exhibit
Section: education
Priority: optional
Description: digital museum exhibit viewer and kiosk
 Exhibit shows a curated exhibit as a kiosk-style slideshow with captions, quotations,
 document facsimiles and a side timeline; curators write it as YAML and Markdown files.
 It has a window for browsing, a locked-down kiosk mode, a presenter view and printable
 handouts. The first exhibit, "A Path Not Taken: Clinton, Yeltsin and 1993", ships with it.
 .
 A self-contained build (Python and Qt inside) installed under /opt/exhibit.
EOF
mkdir -p dist
rm -f dist/exhibit_*.deb dist/${DEB_PACKAGE}_*.deb
dpkg-deb --root-owner-group --build "$STAGE" "$DEB" >/dev/null
say "$DEB: $(du -h "$DEB" | cut -f1), $((SECONDS - start)) s in all"
