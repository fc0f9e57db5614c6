"""The police ranks an officer form offers (one may also be typed), from BRIPDA up; PENATA and PENGATUR
are civilian staff (PNS Polri). A pure list: the log-in window's fields read it without loading the database
layer."""

from __future__ import annotations

# fmt: off
RANKS = (
    "BRIPDA", "BRIPTU", "BRIGPOL", "BRIPKA", "AIPDA", "AIPTU", "IPDA", "IPTU", "AKP", "KOMPOL", "AKBP",
    "KOMBES POL", "PENATA", "PENGATUR",
)
# fmt: on
