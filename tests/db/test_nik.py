"""NIK rules: 16 digits, known region, real birth date with +40 for women."""

from __future__ import annotations

from datetime import date

import pytest

from db.errors import InvalidNik
from db.rules.nik import check_nik


def test_woman_from_kabupaten_solok():
    facts = check_nik("1302014508900001")
    assert facts.sex == "P"
    assert facts.birth_date == date(1990, 8, 5)
    assert facts.region_code == "13.02"
    assert facts.region_name == "Kabupaten Solok"


def test_man():
    facts = check_nik("1302031203850002")
    assert (facts.sex, facts.birth_date) == ("L", date(1985, 3, 12))


@pytest.mark.parametrize(
    "raw, fragment",
    [
        ("130201450890000", "16 digits"),
        ("13020145089000012", "16 digits"),
        ("13020145O8900001", "16 digits"),
        ("9902014508900001", "region code"),
        ("1399014508900001", "kabupaten/kota"),
        ("1302013102900001", "not a real date"),  # 31 February
        ("1302017208900001", "not a real date"),  # day 72 - 40 = 32
        ("1302014508900000", "0000"),
    ],
)
def test_refused(raw, fragment):
    with pytest.raises(InvalidNik) as err:
        check_nik(raw)
    assert fragment in err.value.message


def test_birth_date_in_future_refused():
    with pytest.raises(InvalidNik):
        # 15 December 2026, seen on 27 November 2026.
        check_nik("1302011512260001", today=date(2026, 11, 27))


def test_century_is_inferred_from_today():
    assert check_nik("1302010101250001", today=date(2026, 11, 27)).birth_date == date(2025, 1, 1)


@pytest.mark.parametrize(
    "raw, code, name",
    [
        ("9101011508850001", "93.01", "Kabupaten Merauke"),
        ("9201011508850001", "96.01", "Kabupaten Sorong"),
        ("9271011508850001", "96.71", "Kota Sorong"),
        ("9109011508850001", "94.04", "Kabupaten Mimika"),
    ],
)
def test_codes_from_before_the_papua_split_are_valid_with_their_current_name(raw, code, name):
    facts = check_nik(raw, today=date(2026, 12, 7))
    assert (facts.region_code, facts.region_name) == (code, name)
    assert facts.birth_date == date(1985, 8, 15)


@pytest.mark.parametrize("raw", ["9199011508850001", "9299011508850001", "9999011508850001"])
def test_a_code_that_never_existed_is_still_refused(raw):
    with pytest.raises(InvalidNik):
        check_nik(raw, today=date(2026, 12, 7))
