"""Which optional parts of the report form each kind of report shows."""

from __future__ import annotations

# Which optional parts of the form each kind shows (chronology and the reporter are always there).
SHOWS = {
    "offense": ("LP_B", "DUMAS", "INFO"),
    "category": ("LP_B",),
    "incident": ("LP_B", "DUMAS", "SKTLK"),
    "parties": ("LP_B", "DUMAS"),
    "loss": ("LP_B", "SKTLK"),
    "lost_items": ("SKTLK",),
}
