"""The central PostgreSQL side of sync (docs/sync-protocol.md, docs/central-deployment.md). No Qt here."""

from __future__ import annotations

from db.sync.central.migrate import CentralError, current_epoch, durability_warnings, init_central, new_epoch
from db.sync.central.moves import move_complaint
from db.sync.central.stations import add_station, role_name, submit_online_complaint

__all__ = [
    "CentralError",
    "add_station",
    "current_epoch",
    "durability_warnings",
    "init_central",
    "move_complaint",
    "new_epoch",
    "role_name",
    "submit_online_complaint",
]
