"""How far the demo's reports have come: status by age, handler, difficulty and the deadline that follows."""

from __future__ import annotations

import random
from collections.abc import Sequence, Set
from datetime import date, datetime

from db.rules.deadlines import dumas_due, sp2hp_due
from db.rules.timeutil import to_wib
from db.services.restorative import RJ_NOTE

# (status, weight) by the report's age in days: old cases are mostly settled, new ones mostly open.
_BY_AGE = (
    (30, (("received", 35), ("in_progress", 40), ("forwarded", 20), ("closed", 5))),
    (60, (("in_progress", 25), ("forwarded", 15), ("closed", 50), ("stopped", 10))),
    (10**6, (("in_progress", 1), ("closed", 80), ("stopped", 16), ("rejected", 3))),
)
_UNITS = ("Satreskrim", "Satlantas", "Satintelkam", "Polsek Gunung Talang", "Polsek Kubung")
_DIFFICULTY = (("light", 55), ("medium", 30), ("difficult", 11), ("very_hard", 4))
_OPEN = ("received", "in_progress", "forwarded")
# Share of the demo's closed police reports that ended by restorative justice, and what the parties agreed.
RESTORATIVE_SHARE = 0.2
RESTORATIVE_STATEMENTS = (
    "Para pihak berdamai secara kekeluargaan; kerugian telah diganti dan pelapor mencabut laporannya.",
    "Terlapor meminta maaf dan mengganti biaya pengobatan; kedua pihak berdamai di hadapan niniak mamak.",
    "Barang telah dikembalikan kepada pelapor; para pihak sepakat menyelesaikan perkara secara musyawarah.",
)


def _pick(rng: random.Random, pairs: Sequence[tuple[str, int]]) -> str:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def case_fields(
    rng: random.Random,
    *,
    kind: str,
    received: datetime,
    now: datetime,
    handlers: Sequence[str],
    holidays: Set[date],
) -> dict[str, object]:
    """The follow-up columns of one demo report, consistent with db.rules.deadlines (no letters yet)."""
    fields: dict[str, object] = {
        "status": "received",
        "assigned_officer_id": None,
        "difficulty": "light",
        "forwarded_to": "",
        "dumas_outcome": "",
        "closing_reason": "",
        "next_deadline": None,
        "next_deadline_kind": "",
        "paused_working_days": 0,
        "clock_paused_at": None,
        "voided_at": None,
        "voided_by_id": None,
        "void_reason": "",
    }
    if kind == "INFO":
        return fields
    if kind == "SKTLK":  # the letter is handed over at the counter
        fields["status"] = "closed"
        return fields
    age = (now - received).days
    status = _pick(rng, next(weights for limit, weights in _BY_AGE if age < limit))
    fields["status"] = status
    if kind == "LP_B":
        fields["difficulty"] = _pick(rng, _DIFFICULTY)
    if status != "received":
        fields["assigned_officer_id"] = rng.choice(handlers)
    if status == "forwarded":
        fields["forwarded_to"] = rng.choice(_UNITS)
    if status in ("stopped", "rejected"):
        fields["closing_reason"] = "Tidak cukup bukti" if status == "stopped" else "Bukan tindak pidana"
    if kind == "DUMAS":
        if status == "closed":
            fields["dumas_outcome"] = rng.choice(("selesai_benar", "selesai_tidak_benar"))
        elif status in ("in_progress", "forwarded"):
            fields["dumas_outcome"] = "proses"
    if status in _OPEN:
        day = to_wib(received).date()
        if kind == "LP_B":
            fields["next_deadline"] = sp2hp_due(day, str(fields["difficulty"]), (), 0, holidays)
            fields["next_deadline_kind"] = "SP2HP"
        else:
            fields["next_deadline"], fields["next_deadline_kind"] = dumas_due(day, (), 0, holidays)
    return fields


def restorative_close(
    rng: random.Random, row: dict[str, object], moved: datetime, out: list[dict[str, object]]
) -> str:
    """The history note of a demo report's close: for some closed police reports restorative justice (the
    row's closing reason and `out` get the agreement, as db.services.restorative writes them), else the
    closing reason."""
    if row["kind"] != "LP_B" or row["status"] != "closed" or rng.random() >= RESTORATIVE_SHARE:
        return str(row["closing_reason"])
    statement = rng.choice(RESTORATIVE_STATEMENTS)
    agreed_on = to_wib(moved).date()
    day = agreed_on.strftime("%d-%m-%Y")
    row["closing_reason"] = f"Keadilan restoratif, kesepakatan tanggal {day}: {statement}"
    officer = row["assigned_officer_id"] or row["receiving_officer_id"]
    out.append(
        dict(
            report_id=row["id"],
            agreed_on=agreed_on,
            statement=statement,
            recorded_at=moved,
            recorded_by_id=officer,
        )
    )
    return f"{RJ_NOTE} (kesepakatan {day})"
