"""The social-media infographic: the text plan matches the figures, the PNG is 1080x1080 and draws that plan,
long names are shortened to fit, an empty month still renders, and no personal value from a real database
reaches the texts."""

from __future__ import annotations

import dataclasses
import io
from datetime import date
from decimal import Decimal

import pytest
from PIL import Image, ImageColor

from exports.infographic import (
    GOLD,
    NAVY,
    NO_REPORTS,
    NO_SURVEY,
    SIZE,
    change_text,
    fit,
    font,
    plan_infographic,
    render_plan,
    text_width,
    write_infographic,
)
from exports.infographic_data import InfographicData, Tally, infographic_from_report, unit_display_name
from tests.exports.personal_reports import PERSONAL, register_personal_reports

CATEGORIES = (
    Tally("Kehilangan barang/dokumen", 79),
    Tally("Pengrusakan", 14),
    Tally("Curwan (pencurian hewan/ternak)", 11),
    Tally("Kebakaran / pembakaran", 11),
    Tally("Laka lantas", 8),
)


def sample(**overrides) -> InfographicData:
    fields = dict(
        unit="Polres Solok",
        year=2026,
        month=10,
        received=1274,
        previous_received=1158,
        ct=152,
        cc=95,
        clearance_rate=Decimal("62.5"),
        categories=CATEGORIES,
        places=(Tally("X Koto Diatas", 28), Tally("Danau Kembar", 25), Tally("Kubung", 23)),
        outreach_sessions=4,
        outreach_attendance=220,
        ikm_index=Decimal("86.83"),
        ikm_grade="B",
        ikm_grade_label="Baik",
        made_on=date(2026, 11, 27),
    )
    fields.update(overrides)
    return InfographicData(**fields)


EMPTY = sample(
    received=0,
    previous_received=0,
    ct=0,
    cc=0,
    clearance_rate=None,
    categories=(),
    places=(),
    outreach_sessions=0,
    outreach_attendance=0,
    ikm_index=None,
    ikm_grade="",
    ikm_grade_label="",
)
LONG = "Pencurian dengan kekerasan di jalan raya lintas Sumatera oleh kelompok bermotor bersenjata tajam"
LONG_DATA = sample(
    unit="Polsek IX Koto Sungai Lasi Kabupaten Solok Selatan Provinsi Sumatera Barat",
    received=123_456,
    previous_received=0,
    ct=99_999,
    cc=123_456,
    clearance_rate=Decimal("123.5"),
    categories=tuple(Tally(f"{LONG} {i}", 100_000 - i) for i in range(5)),
    places=(Tally("Kecamatan Yang Namanya Sangat Panjang Sekali Sampai Tidak Muat", 28_000),),
    outreach_sessions=12_345,
    outreach_attendance=1_234_567,
    ikm_grade_label="Sangat Baik dengan keterangan yang sangat panjang sekali",
)


def texts(data: InfographicData) -> dict[str, str]:
    return {t.role: t.text for t in plan_infographic(data).texts}


def drawn_box(t) -> tuple[float, float, float, float]:
    left, top, right, bottom = font(t.size, t.bold).getbbox(t.text, anchor=t.anchor)
    return left + t.x, top + t.y, right + t.x, bottom + t.y


def png(data: InfographicData) -> Image.Image:
    buffer = io.BytesIO()
    write_infographic(data, buffer)
    buffer.seek(0)
    image = Image.open(buffer)
    assert image.format == "PNG"
    return image.convert("RGB")


def test_the_plan_writes_the_figures():
    t = texts(sample())
    assert t["title"] == "Polres Solok — Oktober 2026"
    assert t["tile.received.value"] == "1.274"
    assert t["tile.ct.value"] == "152"
    assert t["tile.cc.value"] == "95"
    assert t["tile.rate.value"] == "62,5%"
    assert t["tile.change.value"] == "▲ 10,0%"  # (1274 - 1158) / 1158
    assert t["tile.change.caption"] == "September: 1.158 laporan"
    assert t["tile.ikm.value"] == "86,83" and t["tile.ikm.grade"] == "B"
    assert t["tile.ikm.caption"] == "mutu pelayanan: Baik"
    assert [t[f"categories.{i}.name"] for i in range(5)] == [c.name for c in CATEGORIES]
    assert [t[f"categories.{i}.count"] for i in range(5)] == ["79", "14", "11", "11", "8"]
    assert t["outreach.sessions.value"] == "4" and t["outreach.attendance.value"] == "220"
    assert t["places.0.name"] == "X Koto Diatas" and t["places.0.count"] == "28"
    assert t["footer"] == "Sumber: SPKT Polres Solok · dibuat 27 November 2026"
    assert NO_REPORTS not in t.values()


def test_bars_are_proportional_and_the_first_is_gold():
    plan = plan_infographic(sample())
    widths = [
        plan.shape(f"categories.{i}.bar").box[2] - plan.shape(f"categories.{i}.bar").box[0] for i in range(5)
    ]
    track = plan.shape("categories.0.track").box
    assert widths[0] == track[2] - track[0]
    assert widths[1] == round(widths[0] * 14 / 79) and widths[2] == widths[3] > widths[4]
    assert plan.shape("categories.0.bar").fill == GOLD and plan.shape("categories.1.bar").fill != GOLD


@pytest.mark.parametrize(
    ("now", "before", "expected"),
    [
        (274, 249, "▲ 10,0%"),
        (200, 250, "▼ 20,0%"),
        (5, 5, "0,0%"),
        (3, 0, "tidak ada data"),
        (0, 0, "tidak ada data"),
        (1, 3, "▼ 66,7%"),
    ],
)
def test_change_against_the_previous_month(now, before, expected):
    assert change_text(now, before) == expected


def test_the_png_is_1080_square_and_draws_the_plan():
    data = sample()
    image = png(data)
    assert image.size == (SIZE, SIZE) == (1080, 1080)
    assert image.getpixel((5, 5)) == ImageColor.getrgb(NAVY)  # header
    assert image.getpixel((5, SIZE - 5)) == ImageColor.getrgb(NAVY)  # footer
    plan = plan_infographic(data)
    bar = plan.shape("categories.0.bar").box
    assert image.getpixel(((bar[0] + bar[2]) // 2, (bar[1] + bar[3]) // 2)) == ImageColor.getrgb(GOLD)
    for t in plan.texts:
        left, top, right, bottom = (round(v) for v in drawn_box(t))
        colours = image.crop((left, top, right, bottom)).getcolors(maxcolors=1_000_000)
        assert colours and len(colours) > 2, t.role  # ink on a background, anti-aliased
    assert image.tobytes() == render_plan(plan).tobytes()


def test_every_text_stays_inside_its_area_even_with_long_names():
    for data in (sample(), EMPTY, LONG_DATA):
        plan = plan_infographic(data)
        for t in plan.texts:
            left, top, right, bottom = drawn_box(t)
            x0, y0, x1, y1 = t.area
            assert x0 <= left and right <= x1 and y0 <= top and bottom <= y1, (t.role, t.text)
            assert left >= 0 and right <= SIZE and top >= 0 and bottom <= SIZE


def test_long_names_are_shortened_and_the_title_splits():
    t = texts(LONG_DATA)
    assert t["categories.0.name"].endswith("…") and t["categories.0.name"].startswith("Pencurian dengan")
    assert t["places.0.name"].endswith("…")
    assert t["title"].startswith("Polsek IX Koto") and t["title.month"] == "Oktober 2026"
    assert t["tile.received.value"] == "123.456" and t["outreach.attendance.value"] == "1.234.567"
    assert t["tile.change.value"] == "–" and t["tile.change.caption"].endswith(": tidak ada data")
    assert png(LONG_DATA).size == (1080, 1080)


def test_fit_shrinks_then_cuts_at_a_word():
    assert fit("Pengrusakan", 500, 22, True) == ("Pengrusakan", 22)
    text, size = fit(LONG, 300, 22, True, 18)
    assert size == 18 and text.endswith("…") and text_width(text, size, True) <= 300
    assert LONG.startswith(text[:-1]) and not text[:-1].endswith(" ")
    text, _ = fit("Supercalifragilisticexpialidocious", 60, 20, False, 20)
    assert text.endswith("…") and text_width(text, 20, False) <= 60


def test_an_empty_month_still_makes_an_image():
    t = texts(EMPTY)
    assert t["tile.received.value"] == t["tile.ct.value"] == t["tile.cc.value"] == "0"
    assert t["tile.received.caption"] == NO_REPORTS and t["categories.empty"] == NO_REPORTS
    assert t["tile.rate.value"] == "–" and t["tile.change.value"] == "–"
    assert t["tile.change.caption"] == "September: tidak ada data"
    assert t["tile.ikm.value"] == "–" and t["tile.ikm.caption"] == NO_SURVEY
    assert "tile.ikm.grade" not in t and not any(role.startswith("categories.0") for role in t)
    assert t["outreach.sessions.value"] == t["outreach.attendance.value"] == "0"
    assert png(EMPTY).size == (1080, 1080)


def test_january_compares_with_december_of_the_year_before():
    assert texts(sample(month=1))["tile.change.caption"] == "Desember: 1.158 laporan"


def test_the_data_holds_aggregates_only():
    names = {f.name for f in dataclasses.fields(InfographicData)}
    assert names == {
        "unit", "year", "month", "received", "previous_received", "ct", "cc", "clearance_rate", "categories",
        "places", "outreach_sessions", "outreach_attendance", "ikm_index", "ikm_grade", "ikm_grade_label",
        "made_on",
    }  # fmt: skip
    assert {f.name for f in dataclasses.fields(Tally)} == {"name", "count"}
    with pytest.raises(ValueError):
        sample(received=-1)
    with pytest.raises(ValueError):
        sample(categories=(("Curat", 3),))
    with pytest.raises(ValueError):
        Tally("Curat", -2)


def test_unit_display_name():
    assert unit_display_name("POLRES SOLOK") == "Polres Solok"
    assert unit_display_name("POLSEK IX KOTO SUNGAI LASI") == "Polsek IX Koto Sungai Lasi"
    assert unit_display_name("POLSEK  X KOTO DIATAS") == "Polsek X Koto Diatas"


def test_from_a_database_no_personal_value_reaches_the_image(session_factory, station):
    from db.queries.monthly import monthly_report_data
    from db.services.categories import list_categories

    _, admin = station
    category = next(c for c in list_categories(session_factory) if c.name.startswith("Curanmor"))
    kinds = ("LP_B", "LP_B", "SKTLK", "DUMAS")
    register_personal_reports(
        session_factory, admin.id, kinds, offense=PERSONAL["offense"], category_id=category.id
    )
    report = monthly_report_data(session_factory, year=2026, month=11, today=date(2026, 12, 1))
    data = infographic_from_report(report)
    assert (data.received, data.ct, data.unit, data.made_on) == (4, 2, "Polres Solok", date(2026, 12, 1))
    assert data.categories == (Tally(category.name, 2),)  # reports without a category are left out
    assert data.places == (Tally("Bukit Sundi", 4),)
    plan_text = " ".join(texts(data).values()).casefold()
    assert (
        category.name.casefold() in plan_text and "bukit sundi" in plan_text and "polres solok" in plan_text
    )
    people = [*PERSONAL.values(), admin.name, admin.nrp, report.signatory.name, report.signatory.nrp]
    for value in people:
        assert value.casefold() not in plan_text, value
        assert value.split()[0].casefold() not in plan_text, value
    assert png(data).size == (1080, 1080)
