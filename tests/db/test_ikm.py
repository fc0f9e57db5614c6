"""IKM against hand-computed figures (PermenPANRB 14/2017): exact 1/9, rounding only at the end, grades."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

from db.rules.ikm import compute_ikm, grade_of, sample_size


def test_single_respondent():
    result = compute_ikm([[4, 3, 3, 4, 3, 4, 4, 3, 2]])
    assert result.respondents == 1
    assert result.nrr == tuple(Fraction(x) for x in (4, 3, 3, 4, 3, 4, 4, 3, 2))
    # Σ = 30; IKM = 30/9 = 3.3333…; index = 83.333… -> 83.33, B.
    assert result.ikm == Decimal("3.3333") and result.index == Decimal("83.33")
    assert (result.grade, result.grade_label) == ("B", "Baik")


def test_hand_computed_three_respondents():
    rows = [[4, 4, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 3, 2], [4, 3, 2, 4, 4, 3, 4, 4, 3]]
    result = compute_ikm(rows)
    # NRR U1 = 11/3, U2 = 10/3, U3 = 8/3, U4 = 4, U5 = 10/3, U6 = 3, U7 = 11/3, U8 = 10/3, U9 = 8/3.
    assert result.nrr[0] == Fraction(11, 3) and result.nrr[3] == 4 and result.nrr[8] == Fraction(8, 3)
    # Σ NRR = 89/3; IKM = 89/27 = 3.2962…; index = 2225/27 = 82.407… -> 82.41.
    assert result.ikm_exact == Fraction(89, 27)
    assert result.ikm == Decimal("3.2963") and result.index == Decimal("82.41")
    assert result.grade == "B"


def test_exact_ninth_not_0_11():
    # With 0.11 instead of 1/9 all-4 answers would give 3.96 × 25 = 99.00, not 100.00.
    assert compute_ikm([[4] * 9]).index == Decimal("100.00")


@pytest.mark.parametrize(
    "index, grade",
    [
        ("100.00", "A"),
        ("88.31", "A"),
        ("88.30", "B"),
        ("76.61", "B"),
        ("76.60", "C"),
        ("65.00", "C"),
        ("64.99", "D"),
        ("25.00", "D"),
    ],
)
def test_grade_boundaries(index, grade):
    assert grade_of(Decimal(index))[0] == grade


def _respondents(n: int, bumped: int) -> list[list[int]]:
    """n respondents answering 3 everywhere, `bumped` of them with U1 = 4."""
    return [[4, 3, 3, 3, 3, 3, 3, 3, 3]] * bumped + [[3] * 9] * (n - bumped)


def test_index_76_60_is_c_and_76_61_is_b():
    # index = 25·S/(9·n). n = 45, S = 1241 -> 76.6049… -> 76.60 (C).
    low = compute_ikm(_respondents(45, 26))
    assert low.index == Decimal("76.60") and (low.grade, low.grade_label) == ("C", "Kurang Baik")
    # n = 50, S = 1379 -> 76.6111… -> 76.61 (B).
    high = compute_ikm(_respondents(50, 29))
    assert high.index == Decimal("76.61") and (high.grade, high.grade_label) == ("B", "Baik")


def test_nobody_answered():
    assert compute_ikm([]) is None


@pytest.mark.parametrize("bad", [[0] * 9, [5] * 9, [3] * 8])
def test_bad_answers_refused(bad):
    with pytest.raises(ValueError):
        compute_ikm([bad])


@pytest.mark.parametrize(
    "population, sample",
    [(100, 80), (500, 217), (1000, 278), (2000, 322), (5000, 357), (10000, 370), (5, 5), (0, 0), (105, 86)],
)
def test_krejcie_morgan(population, sample):
    assert sample_size(population) == sample


def test_interval_value_has_four_decimals_and_the_gap_rounds_half_up():
    """REFERENCE.md: n = 100, S = 3179 -> NI 3.532222 (inside the table's gap 3.532-3.5324), index 88.3056."""
    rows = [[4] * 9] * 53 + [[4, 4, 3, 3, 3, 3, 3, 3, 3]] + [[3] * 9] * 46
    result = compute_ikm(rows)
    assert sum(map(sum, rows)) == 3179
    assert result.ikm == Decimal("3.5322") and result.index == Decimal("88.31") and result.grade == "A"
    # An element at exactly 3.53 stays B on its own (88.25 < 88.31); printed 3,5300, not "3,53" twice.
    assert grade_of(Decimal("88.25"))[0] == "B"
