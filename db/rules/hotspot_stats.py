"""The hotspot test: a conditional binomial two-rate test per nagari, Benjamini–Hochberg across them.

Pure functions (no database); docs/hotspot-test.md says why this test and what the simulation shows.

- Two-rate test: the period's count k and the baseline's count b are both Poisson; under "nothing changed"
  (the same rate in both windows) k given n = k + b is Binomial(n, r / (1 + r)), r = period length / baseline
  length. p = P(K >= k | n). Unlike a Poisson test against b·r it does not treat the baseline as exact, and
  needs no floor for a place with no baseline.
- Benjamini–Hochberg at q = 0.05 over every nagari tested in the period (each with a report in the period or
  the baseline): about 74 tests a month would flag 2-3 false hotspots at p < 0.05 each; BH keeps the expected
  share of false ones among those flagged at 5 %, so a quiet month flags none almost always.
- A hotspot also needs at least `MIN_COUNT` reports in the period.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from db.rules.numbers import p_value_text

Q = 0.05
MIN_COUNT = 3


@lru_cache(maxsize=65536)
def binomial_sf(k: int, n: int, p: float) -> float:
    """P(K >= k) for K ~ Binomial(n, p), summed in log space (exact to double precision)."""
    if k <= 0:
        return 1.0
    if k > n or p <= 0.0:
        return 0.0
    if p >= 1.0:
        return 1.0
    log_p, log_q = math.log(p), math.log1p(-p)
    log_n = math.lgamma(n + 1)

    def term(j: int) -> float:
        return math.exp(log_n - math.lgamma(j + 1) - math.lgamma(n - j + 1) + j * log_p + (n - j) * log_q)

    if k > n * p:
        return min(1.0, math.fsum(term(j) for j in range(k, n + 1)))
    return max(0.0, 1.0 - math.fsum(term(j) for j in range(k)))


def two_rate_p(count: int, baseline: int, ratio: float) -> float:
    """One-sided conditional p-value that the period's rate exceeds the baseline's.

    `ratio` = period length / baseline length. 1.0 when the period has no report.
    """
    if count <= 0:
        return 1.0
    return binomial_sf(count, count + baseline, ratio / (1.0 + ratio))


def bh_adjusted(p_values: Sequence[float]) -> list[float]:
    """Benjamini–Hochberg adjusted p-values (q-values), in the order given; reject where adjusted <= q."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        adjusted[i] = min(1.0, running)
    return adjusted


def flag(
    tests: Sequence[tuple[int, int]], ratio: float, *, q: float = Q, min_count: int = MIN_COUNT
) -> list[tuple[bool, float, float]]:
    """For each (period count, baseline count): (flagged, raw p, BH-adjusted p), in the order given."""
    raw = [two_rate_p(k, b, ratio) for k, b in tests]
    adjusted = bh_adjusted(raw)
    return [(k >= min_count and a <= q, p, a) for (k, _b), p, a in zip(tests, raw, adjusted, strict=True)]


WINDOW_HOURS = 6  # a patrol shift's length for the peak window


def poisson_sf(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam), exact and stable: the terms are summed in log space.

    When k lies above the mean the upper terms are summed directly (they fall off geometrically), so tiny
    tails keep their precision; otherwise the complement of the lower terms is taken.
    """
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    log_lam = math.log(lam)

    def term(j: int) -> float:
        return math.exp(-lam + j * log_lam - math.lgamma(j + 1))

    if k > lam:
        terms = []
        j = k
        while True:
            t = term(j)
            terms.append(t)
            if t == 0.0 or t < 1e-17 * terms[0]:
                break
            j += 1
        return min(1.0, math.fsum(terms))
    return max(0.0, 1.0 - math.fsum(term(j) for j in range(k)))


def peak_window(hour_counts: Sequence[int]) -> str:
    """The 6-hour window (whole hours, wrapping at midnight) with the most reports, e.g. "18.00–24.00 WIB"."""
    if not any(hour_counts):
        return ""

    def inside(start: int, skip: int) -> int:  # reports in the window without `skip` hours at either edge
        return sum(hour_counts[(start + i) % 24] for i in range(skip, WINDOW_HOURS - skip))

    # Ties go to the window with the reports nearest its middle, so a patrol does not start as they end.
    best = max(range(24), key=lambda h: (inside(h, 0), inside(h, 1), inside(h, 2), -h))
    end = best + WINDOW_HOURS
    end_label = 24 if end == 24 else end % 24
    return f"{best:02d}.00–{end_label:02d}.00 WIB"


def format_p(p: float, lang: str = "id") -> str:
    """ "p = 0,002" or "p < 0,001"."""
    text = p_value_text(p, lang)
    return f"p {text}" if text.startswith("<") else f"p = {text}"
