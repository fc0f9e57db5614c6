#!/usr/bin/env bash
# Builds dist/sentra-desk_VERSION_amd64.deb from the one-folder app in dist/SentraDesk (pyinstaller build.spec).
# Usage: packaging/debian/build_deb.sh [VERSION]   (default: pyproject.toml's version)
set -euo pipefail
cd "$(dirname "$0")/../.."
HERE=packaging/debian
APP=dist/SentraDesk
[ -x "$APP/sentra" ] || { echo "build_deb: $APP/sentra missing; run pyinstaller build.spec first" >&2; exit 2; }
VERSION=${1:-$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')}
# The bundle links against this machine's glibc: that is the floor a target PC needs.
# sed reads ldd's whole output: `head -1` closed the pipe early and pipefail turned SIGPIPE into exit 141.
GLIBC=$(ldd --version | sed -n '1s/.* \([0-9][0-9]*\.[0-9][0-9]*\)$/\1/p')
ROOT=$(mktemp -d)
trap 'rm -rf "$ROOT"' EXIT
mkdir -p "$ROOT/DEBIAN" "$ROOT/opt" "$ROOT/usr/bin" "$ROOT/etc/sentra-desk" "$ROOT/usr/share/applications" \
  "$ROOT/usr/share/icons/hicolor/256x256/apps" "$ROOT/usr/share/icons/hicolor/scalable/apps"
cp -a "$APP" "$ROOT/opt/sentra-desk"
ln -s /opt/sentra-desk/sentra "$ROOT/usr/bin/sentra"
install -m 644 "$HERE/sentra.ini" "$ROOT/etc/sentra-desk/sentra.ini"
install -m 644 "$HERE/sentra-desk.desktop" "$ROOT/usr/share/applications/sentra-desk.desktop"
install -m 644 resources/icons/sentra.png "$ROOT/usr/share/icons/hicolor/256x256/apps/sentra-desk.png"
install -m 644 resources/icons/sentra.svg "$ROOT/usr/share/icons/hicolor/scalable/apps/sentra-desk.svg"
install -m 755 "$HERE/postinst" "$HERE/postrm" "$ROOT/DEBIAN/"
echo /etc/sentra-desk/sentra.ini > "$ROOT/DEBIAN/conffiles"
SIZE=$(du -sk --exclude=DEBIAN "$ROOT" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SIZE@/$SIZE/" -e "s/@GLIBC@/$GLIBC/" "$HERE/control.in" > "$ROOT/DEBIAN/control"
OUT=dist/sentra-desk_${VERSION}_amd64.deb
# gzip: xz made a 65 MB package instead of ~85 MB but took 5 minutes on a 2-core machine.
dpkg-deb --root-owner-group -Zgzip --build "$ROOT" "$OUT" >/dev/null
echo "$OUT"
