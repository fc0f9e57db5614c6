"""The app reads the wall clock in one place, `db.rules.timeutil.now_utc`, so tests can freeze it.

A "today" read elsewhere (`date.today()`, `QDate.currentDate()`, a local `datetime.now()`) escapes the frozen
clock and can disagree with WIB near midnight. Migrations are history and keep their own `now`.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLOCK = ROOT / "db" / "rules" / "timeutil.py"
READS = re.compile(
    r"\b(datetime\.(now|utcnow|today)|date\.today|time\.time|"
    r"QDate\.currentDate|QDateTime\.current\w*|QTime\.currentTime)\s*\("
)


def clock_reads(root: Path) -> list[str]:
    found = []
    for folder in ("desktop", "ui", "db", "exports"):
        for path in sorted((root / folder).rglob("*.py")):
            if path == CLOCK or "migrations" in path.relative_to(root).parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if READS.search(line.split("#", 1)[0]):
                    found.append(f"{path.relative_to(root)}:{number}: {line.strip()}")
    return found


def test_the_clock_is_read_in_one_place():
    assert clock_reads(ROOT) == [], "read the clock through db.rules.timeutil (now_utc, today_wib)"


def test_a_clock_read_elsewhere_is_found(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "page.py").write_text("today = QDate.currentDate()\nok = now_utc()  # date.today()\n")
    (tmp_path / "db" / "rules").mkdir(parents=True)
    (tmp_path / "db" / "rules" / "x.py").write_text("from datetime import date\nd = date.today()\n")
    assert sorted(f.split(":")[:2] for f in clock_reads(tmp_path)) == [
        ["db/rules/x.py", "2"],
        ["ui/page.py", "1"],
    ]
