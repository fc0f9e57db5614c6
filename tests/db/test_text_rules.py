"""Free text: control characters refused next to their field (tab and line breaks allowed), length limits,
and control characters stripped from rows the centre sends."""

from __future__ import annotations

import pytest

from db.errors import ValidationFailed
from db.models import Report
from db.rules.text_rules import has_control_characters, strip_control_characters
from db.services.report_input import MAX_LENGTHS, CitizenInput, LostItemInput
from db.services.reports import register_report
from tests.db.test_reports import count, report


@pytest.mark.parametrize("char", ["\x00", "\x07", "\x0b", "\x1b", "\x7f", "\x85"])
def test_control_characters_are_refused_next_to_the_field(session_factory, station, char):
    _, admin = station
    bad = report(
        citizen=CitizenInput(name=f"Siti{char}Rahmah", nik="1302014508900001"),
        chronology=f"Motor hilang{char}",
        lost_items=(LostItemInput(f"SIM{char}"),),
        kind="SKTLK",
    )
    with pytest.raises(ValidationFailed) as err:
        register_report(session_factory, data=bad, officer_id=admin.id)
    errors = err.value.field_errors
    for field in ("citizen.name", "chronology", "lost_items"):
        assert "control characters" in errors[field]
    assert count(session_factory, Report) == 0


def test_tabs_and_line_breaks_are_kept(session_factory, station):
    _, admin = station
    view = register_report(
        session_factory, data=report(chronology="Baris satu\r\n\tBaris dua\n"), officer_id=admin.id
    )
    assert view.number


def test_every_text_field_has_a_limit(session_factory, station):
    _, admin = station
    for field, limit in MAX_LENGTHS.items():
        if field.startswith("citizen."):
            continue
        with pytest.raises(ValidationFailed) as err:
            register_report(session_factory, data=report(**{field: "x" * (limit + 1)}), officer_id=admin.id)
        assert err.value.field_errors[field] == "This text is longer than the field allows."
    long_name = CitizenInput(name="A" * (MAX_LENGTHS["citizen.name"] + 1), nik="1302014508900001")
    with pytest.raises(ValidationFailed) as err:
        register_report(session_factory, data=report(citizen=long_name), officer_id=admin.id)
    assert "citizen.name" in err.value.field_errors
    assert count(session_factory, Report) == 0


def test_strip_keeps_text_and_turns_soft_breaks_into_newlines():
    assert strip_control_characters("a\x00b\x0bc\td\ne\x1b") == "ab\nc\td\ne"
    assert not has_control_characters("tab\tand\r\nbreaks")


def test_rows_from_the_centre_lose_control_characters():
    from db.models import Base
    from db.sync.apply import _values

    table = Base.metadata.tables["citizen"]
    values = _values(table, {"name": "Budi\x00\x1b Santoso", "address": "Jl.\x0bMerdeka"})
    assert values["name"] == "Budi Santoso" and values["address"] == "Jl.\nMerdeka"


def test_imported_cells_lose_control_characters():
    from db.importing.register_rows import _raw
    from db.importing.sheet_cells import cell_text

    assert _raw("Jl. Merdeka\x0bNo. 5\x00") == "Jl. Merdeka\nNo. 5"
    assert cell_text("Budi\x1b Santoso\x07") == "Budi Santoso"


def test_the_other_forms_refuse_control_characters_and_pasted_documents():
    from datetime import date

    from db.rules.text_rules import DEFAULT_MAX_LENGTH
    from db.services.devices import DeviceInput, validate_device
    from db.services.letters import LetterInput, validate_letter
    from db.services.training import TrainingInput, validate_training

    with pytest.raises(ValidationFailed) as err:
        validate_device(
            DeviceInput(kind="cctv", name="Kamera\x1b1", owner="Pemda", notes="x" * (DEFAULT_MAX_LENGTH + 1)),
            today=date(2026, 12, 7),
        )
    assert "control characters" in err.value.field_errors["name"]
    assert "notes" in err.value.field_errors
    with pytest.raises(ValidationFailed) as err:
        validate_training(
            TrainingInput(officer_id="x", course="Lalu\x00lintas", held_on=date(2026, 12, 1), hours=2),
            today=date(2026, 12, 7),
        )
    assert "control characters" in err.value.field_errors["course"]
    letter = LetterInput(
        kind="SP2HP", addressee="Sdr. Budi", facts="a\x07", actions="b", obstacles="", next_steps=""
    )
    with pytest.raises(ValidationFailed) as err:
        validate_letter(letter)
    assert "control characters" in err.value.field_errors["facts"]


def test_a_validation_ends_with_the_text_rules_on_the_fields_still_without_an_error():
    import dataclasses

    from db.rules.text_rules import raise_field_errors

    @dataclasses.dataclass(frozen=True)
    class Note:
        title: str
        body: str
        tags: tuple[str, ...] = ()

    raise_field_errors({}, Note(title="Patroli", body="Baris\tsatu\r\nBaris dua"))  # nothing wrong: returns
    with pytest.raises(ValidationFailed) as err:
        raise_field_errors({"title": "Write a title."}, Note(title="\x07", body="ok\x1b", tags=("a\x00",)))
    assert err.value.field_errors == {
        "title": "Write a title.",  # an earlier error wins over the text rules
        "body": "Remove the control characters (only tabs and line breaks are allowed).",
        "tags": "Remove the control characters (only tabs and line breaks are allowed).",
    }
    with pytest.raises(ValidationFailed) as err:
        raise_field_errors({}, Note(title="x" * 11, body=""), {"title": 10})
    assert err.value.field_errors == {"title": "This text is longer than the field allows."}
    with pytest.raises(ValidationFailed) as err:
        raise_field_errors({"when": "The time cannot be in the future."}, Note(title="", body=""))
    assert err.value.field_errors == {"when": "The time cannot be in the future."}
