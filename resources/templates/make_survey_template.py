"""Regenerates survei_ikm.xlsx, the blank sheet for paper IKM questionnaires (run from anywhere)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from db.importing.survey_template import write_template  # noqa: E402

if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "survei_ikm.xlsx"
    write_template(target)
    print(target)
