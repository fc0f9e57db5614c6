#!/usr/bin/env bash
# Sentra Desk: install everything it needs, then start the app on demo data (`app`) or run the tests (`test`).
set -euo pipefail
cd "$(dirname "$0")"

VENV=${SENTRA_VENV:-.venv}
QT_DEBS="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3"
WINDOW_DEBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1"
TEST_DEBS="poppler-utils pgbouncer openssl nsis"  # tests/sync start PgBouncer in front of PostgreSQL (TLS: openssl)

usage() {
  echo "usage: ./run.sh app [--reports N]   install, create demo data once, start Sentra Desk"
  echo "       ./run.sh test [PYTEST ARGS]  install, run ruff, mypy (db/, exports/) and the whole test suite"
  echo "       ./run.sh frozen              install, build dist/SentraDesk (PyInstaller) and run its selftest"
  echo "       ./run.sh package [--test-deb]  frozen app + dist/*.deb + the Windows installer script checked"
  echo "                                    with makensis; --test-deb installs the .deb in a fresh Debian 12 root"
}

# The one-folder app from build.spec, then its own selftest (temporary data folder, offscreen window).
build_frozen() {
  need_debs $QT_DEBS binutils
  need_python "[package]"
  rm -rf dist/SentraDesk
  "$VENV/bin/pyinstaller" --noconfirm --log-level WARN build.spec
  QT_QPA_PLATFORM=offscreen dist/SentraDesk/sentra selftest
  echo "dist/SentraDesk: $(du -sm dist/SentraDesk | cut -f1) MB in $(find dist/SentraDesk -type f | wc -l) files"
}

# Installs the Debian packages Qt needs (as root), or stops with the exact command to run.
need_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    echo "Sentra Desk needs these system libraries: ${missing[*]}" >&2
    return 0  # not Debian/Ubuntu: the user knows their package manager
  fi
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Qt needs system packages that are not installed. Run this, then try again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

need_python() {
  local py=${PYTHON:-python3}
  if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "Sentra Desk needs Python 3.11 or newer (found: $("$py" --version 2>&1 || echo none))." >&2
    exit 1
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$py" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      need_debs python3-venv
      "$py" -m venv "$VENV"
    fi
  fi
  "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
  "$VENV/bin/python" -m pip install -q -e ".$1"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  app)
    need_debs $QT_DEBS $WINDOW_DEBS
    need_python ""
    export SENTRA_DATA_DIR=${SENTRA_DATA_DIR:-$PWD/demo-data}
    reports=500
    if [ "${1:-}" = "--reports" ]; then reports=$2; fi
    if [ ! -f "$SENTRA_DATA_DIR/sentra.sqlite" ]; then
      "$VENV/bin/sentra" demo --reports "$reports"
    fi
    echo "Starting Sentra Desk on $SENTRA_DATA_DIR (demo admin: NRP 85010123, password admin-demo-123)"
    exec "$VENV/bin/sentra"
    ;;
  test)
    need_debs $QT_DEBS $TEST_DEBS
    need_python "[test]"
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/mypy" db exports
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest -q "$@"
    ;;
  frozen)
    build_frozen
    ;;
  package)
    build_frozen
    need_debs nsis
    version=$("$VENV/bin/python" -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
    deb=$(packaging/debian/build_deb.sh "$version")
    echo "$deb: $(du -m "$deb" | cut -f1) MB"
    # On Linux the payload has no .exe: the installer made here only proves the script compiles against the
    # payload's file list, and is named so. The real one is built on Windows (.github/workflows/).
    check="dist/SentraDesk-$version-setup-SCRIPT-CHECK-linux-payload.exe"
    (cd packaging/windows && makensis -WX -V2 -DVERSION="$version" -DCHECK_ONLY \
      -DPAYLOAD=../../dist/SentraDesk -DOUTFILE="../../$check" sentra.nsi)
    echo "$check: NSIS script compiled (not an installer for Windows)"
    if [ "${1:-}" = "--test-deb" ]; then
      newer=$(packaging/debian/build_deb.sh "$version+upgradetest1")
      need_debs debootstrap
      packaging/debian/test_in_chroot.sh "$deb" "$newer"
    fi
    ;;
  *)
    usage
    exit 2
    ;;
esac
