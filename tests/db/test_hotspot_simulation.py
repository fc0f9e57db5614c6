"""The hotspot rule under simulation: a district where nothing changed, and one nagari whose rate doubled.

The rates (LP/B per 30 days, per nagari) are an assumed spread for Kabupaten Solok's 74 nagari, since no
per-nagari figures are public: one busy market nagari, a few town centres, most villages quiet (about 1,260
reports a year in all). docs/hotspot-test.md has the figures of this simulation for other rates too.
"""

from __future__ import annotations

import random

from db.rules.hotspot_stats import flag, two_rate_p

PERIOD_DAYS, BASELINE_DAYS = 30, 365
RATIO = PERIOD_DAYS / BASELINE_DAYS
DISTRICT_RATES = (20.0,) + (8.0,) * 3 + (3.0,) * 8 + (1.0,) * 20 + (0.4,) * 42


def poisson(rng: random.Random, lam: float) -> int:
    """A Poisson draw: the number of unit-rate arrivals before `lam`."""
    n, t = 0, rng.expovariate(1.0)
    while t < lam:
        n += 1
        t += rng.expovariate(1.0)
    return n


def simulated_month(rng: random.Random, rates: tuple[float, ...], planted: int | None = None) -> list[bool]:
    """Which nagari the rule flags in one month (the planted one's rate doubled in the month only)."""
    tests = []
    for i, lam in enumerate(rates):
        baseline = poisson(rng, lam * BASELINE_DAYS / PERIOD_DAYS)
        count = poisson(rng, lam * (2 if i == planted else 1))
        tests.append((count, baseline))
    return [flagged for flagged, _p, _adjusted in flag(tests, RATIO)]


def test_district_has_74_nagari():
    assert len(DISTRICT_RATES) == 74


def test_nothing_changed_flags_under_a_tenth_of_a_hotspot_a_month():
    rng = random.Random(20261207)
    months = 1000
    false_alarms = sum(sum(simulated_month(rng, DISTRICT_RATES)) for _ in range(months))
    assert false_alarms / months < 0.1
    # Uncorrected p < 0.05 on the same district flags about 2-3 a month (REFERENCE.md section 2).
    rng = random.Random(20261207)
    uncorrected = 0
    for _ in range(200):
        for lam in DISTRICT_RATES:
            b, k = poisson(rng, lam * BASELINE_DAYS / PERIOD_DAYS), poisson(rng, lam)
            uncorrected += k >= 3 and two_rate_p(k, b, RATIO) < 0.05
    assert uncorrected / 200 > 1.0


def test_a_doubling_in_the_busiest_nagari_is_found_in_most_months():
    rng = random.Random(7)
    months = 300
    found = sum(simulated_month(rng, DISTRICT_RATES, planted=0)[0] for _ in range(months))
    assert found / months > 0.5
