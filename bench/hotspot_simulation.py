"""Figures of docs/hotspot-test.md: false hotspots a month and the power to find a doubling (1,000 months).

Run: `.venv/bin/python bench/hotspot_simulation.py` (about 15 s on the 2-core test machine). Uses the
simulated district and the rule of tests/db/test_hotspot_simulation.py.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from db.rules.hotspot_stats import two_rate_p  # noqa: E402
from tests.db.test_hotspot_simulation import (  # noqa: E402
    BASELINE_DAYS,
    DISTRICT_RATES,
    PERIOD_DAYS,
    RATIO,
    poisson,
    simulated_month,
)

MONTHS = 1000


def main() -> None:
    rng = random.Random(20261207)
    flagged = [sum(simulated_month(rng, DISTRICT_RATES)) for _ in range(MONTHS)]
    share = sum(map(bool, flagged)) / MONTHS
    print(f"two-rate + BH: {sum(flagged) / MONTHS:.3f} false a month, {share:.1%} of months")
    rng = random.Random(20261207)
    uncorrected = []
    for _ in range(MONTHS):
        n = 0
        for lam in DISTRICT_RATES:
            b, k = poisson(rng, lam * BASELINE_DAYS / PERIOD_DAYS), poisson(rng, lam)
            n += k >= 3 and two_rate_p(k, b, RATIO) < 0.05
        uncorrected.append(n)
    print(
        f"uncorrected p < 0.05: {sum(uncorrected) / MONTHS:.2f} false a month, "
        f"{sum(map(bool, uncorrected)) / MONTHS:.0%} of months"
    )
    for rate in (3, 5, 8, 10, 15, 20, 30):
        rates = (float(rate),) + DISTRICT_RATES[1:]
        rng = random.Random(7)
        found = sum(simulated_month(rng, rates, planted=0)[0] for _ in range(MONTHS))
        print(f"doubling of a nagari at {rate}/month found in {found / MONTHS:.0%} of months")


if __name__ == "__main__":
    main()
