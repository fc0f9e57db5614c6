#!/usr/bin/env bash
# Installs the .deb in a fresh Debian 12 root (debootstrap, chroot), then as two officers of the desk's group:
# `sentra selftest`, demo records in the PC's folder, the GUI for a few seconds under Xvfb; upgrades to a newer
# package and checks every record is still there; purges the package and checks the data stays.
# Usage (as root): packaging/debian/test_in_chroot.sh OLD.deb NEW.deb
# The bare debootstrap is cached in $SENTRA_DEB_BASE (default /var/tmp/sentra-debian12-base); every run copies
# it to a new folder, so each test starts from a clean system.
set -euo pipefail
OLD_DEB=$(realpath "$1")
NEW_DEB=$(realpath "$2")
BASE=${SENTRA_DEB_BASE:-/var/tmp/sentra-debian12-base}
MIRROR=${SENTRA_DEB_MIRROR:-http://deb.debian.org/debian}
say() { echo "[deb-test] $*"; }

if [ ! -x "$BASE/bin/sh" ]; then
  command -v debootstrap >/dev/null || { apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null; }
  say "debootstrap bookworm (minbase) into $BASE"
  rm -rf "$BASE.part"
  debootstrap --variant=minbase bookworm "$BASE.part" "$MIRROR" >/dev/null
  mv "$BASE.part" "$BASE"
fi

ROOT=$(mktemp -d /var/tmp/sentra-deb-test.XXXXXX)
cleanup() {
  for m in dev/pts dev proc sys; do mountpoint -q "$ROOT/$m" && umount -l "$ROOT/$m"; done
  rm -rf "$ROOT"
}
trap cleanup EXIT
cp -a "$BASE/." "$ROOT/"
mount -t proc proc "$ROOT/proc"
mount -t sysfs sys "$ROOT/sys"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
cp "$OLD_DEB" "$ROOT/tmp/old.deb"
cp "$NEW_DEB" "$ROOT/tmp/new.deb"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
as_officer() { in_root su - "$1" -c "$2"; }

say "install $(basename "$OLD_DEB") and its dependencies (apt)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/old.deb xvfb xauth >/dev/null
[ "$(in_root readlink -f /usr/bin/sentra)" = /opt/sentra-desk/sentra ] || { say "sentra is not on the PATH"; exit 1; }
in_root test -f /usr/share/applications/sentra-desk.desktop
in_root test -f /usr/share/icons/hicolor/256x256/apps/sentra-desk.png
in_root useradd -m -G sentra-desk yoga
in_root useradd -m -G sentra-desk rina

say "selftest as an officer"
as_officer yoga "sentra selftest"
say "demo records in the PC's folder (as yoga), more added by a second officer (rina)"
as_officer yoga "sentra demo --reports 40 >/dev/null"
as_officer rina "sentra demo --reports 5 >/dev/null"
DB="$ROOT/var/lib/sentra-desk/sentra.sqlite"
records() {  # every report's id, number and chronology, and the count of every table: the station's records
  python3 - "$DB" <<'PY'
import hashlib, sqlite3, sys
con = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'report_fts%' ORDER BY name")]
digest = hashlib.sha256(repr(con.execute("SELECT id, number, chronology FROM report ORDER BY id").fetchall()).encode()).hexdigest()
counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
print(counts["report"], digest[:16], sum(counts.values()))
PY
}
BEFORE=$(records)
say "records: $BEFORE (reports, digest, rows in all tables)"
[ "$(echo "$BEFORE" | cut -d' ' -f1)" -ge 45 ] || { say "expected at least 45 reports"; exit 1; }

say "the audit key and the sync password are the desk's: set up by yoga, used by rina"
in_root test -d /var/lib/sentra-desk-keys
[ "$(in_root stat -c '%a %G' /var/lib/sentra-desk-keys)" = "2770 sentra-desk" ]
as_officer yoga "echo rahasia-polres | sentra sync setup --url postgresql://polres.invalid:6432/sentra --role sentra_st_test --password-stdin" | grep -q "key folder"
for f in "$ROOT"/var/lib/sentra-desk-keys/*; do
  [ "$(stat -c '%a' "$f")" = 660 ] || { say "$f is not 0660 for the desk's group"; exit 1; }
done
set +e
sync_err=$(as_officer rina "sentra sync" 2>&1)
set -e
echo "$sync_err" | grep -q "offline" || { say "rina could not use the stored password: $sync_err"; exit 1; }
as_officer rina "sentra audit verify --quiet" || { say "the audit trail of two officers does not verify"; exit 1; }

say "GUI for 8 seconds under Xvfb"
set +e
as_officer yoga "timeout 8 xvfb-run -a /opt/sentra-desk/SentraDesk"
rc=$?
set -e
[ $rc -eq 124 ] || { say "the GUI exited early (status $rc)"; exit 1; }
grep -q "Sentra Desk starting on /var/lib/sentra-desk/sentra.sqlite" "$ROOT/var/lib/sentra-desk/logs/"*.log

# What the station holds now (the sync set-up, the audit check and the GUI's start wrote too).
BEFORE=$(records)
say "records before the upgrade: $BEFORE"
say "upgrade to $(basename "$NEW_DEB")"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/new.deb >/dev/null
as_officer rina "sentra selftest"
AFTER=$(records)
[ "$AFTER" = "$BEFORE" ] || { say "records changed by the upgrade: $BEFORE -> $AFTER"; exit 1; }
# A receipt shows a citizen's data: it needs an officer's login and is audited (one more audit entry).
as_officer rina "SENTRA_PASSWORD=petugas-demo-1 sentra receipt --last --nrp 95060211 --out /tmp/after-upgrade.pdf >/dev/null"
in_root test -s /tmp/after-upgrade.pdf
BEFORE=$(records)

say "purge the package: the station's data stays"
in_root env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq sentra-desk >/dev/null
in_root test ! -e /opt/sentra-desk
in_root test ! -e /usr/bin/sentra
[ "$(records)" = "$BEFORE" ] || { say "records changed by removing the package"; exit 1; }
say "passed: install, selftest, GUI, two officers, upgrade and purge kept $BEFORE"
