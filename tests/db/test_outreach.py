"""Outreach sessions: recording, editing, filtering, partners, topics, follow-ups, photos and the summary."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from db.errors import PermissionDenied, ValidationFailed
from db.models import AuditEntry
from db.queries.outreach_stats import outreach_summary
from db.rules.timeutil import WIB
from db.services.outreach import (
    FollowUpInput,
    SessionFilter,
    SessionInput,
    add_follow_up,
    add_partner,
    add_photo,
    add_topic,
    get_session,
    list_partners,
    list_sessions,
    list_topics,
    mark_follow_up_done,
    photo_path,
    record_session,
    update_session,
)
from tests.builders import add_officer

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
NOW = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)


def _input(**overrides) -> SessionInput:
    base = SessionInput(
        held_at=datetime(2026, 11, 14, 9, 30, tzinfo=WIB),
        kind="penyuluhan",
        venue="Aula Kantor Wali Nagari",
        kecamatan_code="13.02.08",
        nagari_code="13.02.08.2005",
        jorong="Jorong Koto",
        target_groups="Pelajar SMA, orang tua",
        attendance_men=40,
        attendance_women=35,
        concerns="Peredaran sabu di pos ronda",
        notes="",
    )
    return dataclasses.replace(base, **overrides)


@pytest.fixture
def admin(station):
    return station[1]


def test_record_and_read_back(session_factory, admin):
    topics = list_topics(session_factory)
    assert "Narkoba" in [t.name for t in topics]
    partner = add_partner(
        session_factory, name="KAN Dilam", kind="tokoh_adat", contact="0812", officer_id=admin.id
    )
    data = _input(
        topic_ids=(topics[0].id,),
        speaker_ids=(admin.id,),
        partner_ids=(partner.id,),
        follow_ups=(FollowUpInput("Patroli malam di pos ronda", date(2026, 11, 30)),),
    )
    view = record_session(session_factory, data=data, officer_id=admin.id, now=NOW)
    again = get_session(session_factory, view.id)
    assert again == view
    assert again.attendance == 75 and again.nagari_name == "Dilam" and again.kecamatan_name == "Bukit Sundi"
    assert [t.id for t in again.topics] == [topics[0].id]
    assert [s.name for s in again.speakers] == [admin.name]
    assert [p.name for p in again.partners] == ["KAN Dilam"]
    assert [f.description for f in again.follow_ups] == ["Patroli malam di pos ronda"]
    assert again.open_follow_ups == 1 and again.recorded_by_name == admin.name
    with session_factory() as s:
        actions = s.scalars(select(AuditEntry.entity).where(AuditEntry.entity_id == view.id)).all()
    assert actions == ["outreach_session"]


def test_validation(session_factory, admin):
    with pytest.raises(ValidationFailed) as err:
        record_session(
            session_factory,
            data=_input(held_at=None, kind="x", venue=" ", attendance_men=-1, nagari_code="13.02.07.2001"),
            officer_id=admin.id,
            now=NOW,
        )
    assert set(err.value.field_errors) == {"held_at", "kind", "venue", "attendance_men", "nagari_code"}
    with pytest.raises(ValidationFailed) as err:
        record_session(
            session_factory, data=_input(held_at=NOW + timedelta(days=1)), officer_id=admin.id, now=NOW
        )
    assert "held_at" in err.value.field_errors
    with pytest.raises(ValidationFailed):
        record_session(session_factory, data=_input(topic_ids=("nope",)), officer_id=admin.id, now=NOW)


def test_update_by_recorder_or_admin_only(session_factory, admin):
    view = record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    other = add_officer(session_factory, admin.id, name="Andi", nrp="90010001", rank="BRIPKA")
    with pytest.raises(PermissionDenied):
        update_session(session_factory, session_id=view.id, data=_input(), officer_id=other.id, now=NOW)
    changed = update_session(
        session_factory,
        session_id=view.id,
        data=_input(kind="sambang", attendance_women=50, speaker_ids=(other.id,)),
        officer_id=admin.id,
        now=NOW,
    )
    assert (
        changed.kind == "sambang"
        and changed.attendance == 90
        and [s.id for s in changed.speakers] == [other.id]
    )


def test_filters_and_escaped_search(session_factory, admin):
    narkoba = next(t for t in list_topics(session_factory) if t.name == "Narkoba")
    a = record_session(session_factory, data=_input(topic_ids=(narkoba.id,)), officer_id=admin.id, now=NOW)
    b = record_session(
        session_factory,
        data=_input(
            held_at=datetime(2026, 10, 1, 6, 0, tzinfo=WIB),
            kind="dialog",
            venue="Masjid Raya 100% ramai",
            kecamatan_code="13.02.07",
            nagari_code="",
            concerns="Judi online",
        ),
        officer_id=admin.id,
        now=NOW,
    )

    def ids(**kw) -> list[str]:
        return [v.id for v in list_sessions(session_factory, filters=SessionFilter(**kw))]

    assert ids() == [a.id, b.id]
    assert ids(date_from=date(2026, 11, 1), date_to=date(2026, 11, 30)) == [a.id]
    assert ids(date_to=date(2026, 10, 1)) == [b.id]
    assert ids(kind="dialog") == [b.id]
    assert ids(kecamatan_code="13.02.08") == [a.id]
    assert ids(nagari_code="13.02.08.2005") == [a.id]
    assert ids(topic_id=narkoba.id) == [a.id]
    assert ids(text="judi") == [b.id]
    assert ids(text="100%") == [b.id]
    assert ids(text="%") == [b.id]  # a literal percent sign, not a wildcard
    assert ids(text="_") == []


def test_topics_admin_only_and_partners_unique(session_factory, admin):
    topic = add_topic(session_factory, name="  Tawuran  ", officer_id=admin.id)
    assert topic.name == "Tawuran" and topic.id in [t.id for t in list_topics(session_factory)]
    with pytest.raises(ValidationFailed):
        add_topic(session_factory, name="tawuran", officer_id=admin.id)
    other = add_officer(session_factory, admin.id, name="Andi", nrp="90010001", rank="BRIPKA")
    with pytest.raises(PermissionDenied):
        add_topic(session_factory, name="Begal", officer_id=other.id)
    add_partner(session_factory, name="Dinas Pendidikan", kind="pemda", officer_id=other.id)
    with pytest.raises(ValidationFailed) as err:
        add_partner(session_factory, name="dinas pendidikan", kind="pemda", officer_id=other.id)
    assert "name" in err.value.field_errors
    with pytest.raises(ValidationFailed) as err:
        add_partner(session_factory, name="X", kind="bank", officer_id=other.id)
    assert "kind" in err.value.field_errors
    assert [p.name for p in list_partners(session_factory)] == ["Dinas Pendidikan"]


def test_follow_up_done_and_reopened(session_factory, admin):
    view = record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    with pytest.raises(ValidationFailed):
        add_follow_up(
            session_factory, session_id=view.id, description=" ", due_date=None, officer_id=admin.id
        )
    f = add_follow_up(
        session_factory,
        session_id=view.id,
        description="Pasang lampu",
        due_date=date(2026, 12, 1),
        officer_id=admin.id,
    )
    done = mark_follow_up_done(session_factory, follow_up_id=f.id, officer_id=admin.id, now=NOW)
    assert done.done and done.done_at == NOW and done.done_by_name == admin.name
    assert get_session(session_factory, view.id).open_follow_ups == 0
    reopened = mark_follow_up_done(session_factory, follow_up_id=f.id, officer_id=admin.id, done=False)
    assert not reopened.done


def test_photo_copied_deduplicated_and_original_kept(session_factory, admin, tmp_path):
    view = record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    data_dir = tmp_path / "data"
    source = tmp_path / "IMG_0001.JPG"
    source.write_bytes(b"\xff\xd8\xff\xe0" + b"x" * 100)
    photo = add_photo(
        session_factory,
        session_id=view.id,
        source_path=source,
        data_dir=data_dir,
        caption="Peserta",
        officer_id=admin.id,
    )
    stored = photo_path(data_dir, photo.relative_path)
    assert source.exists() and stored.read_bytes() == source.read_bytes()
    assert stored.parent == (data_dir / "photos").resolve() and stored.name == f"{photo.sha256}.jpg"
    with pytest.raises(ValidationFailed) as err:
        add_photo(
            session_factory, session_id=view.id, source_path=source, data_dir=data_dir, officer_id=admin.id
        )
    assert "photo" in err.value.field_errors
    # The same picture on another session shares the one copy.
    other = record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    copy = tmp_path / "copy.jpeg"
    copy.write_bytes(source.read_bytes())
    add_photo(session_factory, session_id=other.id, source_path=copy, data_dir=data_dir, officer_id=admin.id)
    assert len(list((data_dir / "photos").iterdir())) == 1
    assert [p.caption for p in get_session(session_factory, view.id).photos] == ["Peserta"]
    with pytest.raises(ValueError):
        photo_path(data_dir, "../sentra.sqlite")


@pytest.mark.parametrize(
    ("name", "content"),
    [("doc.pdf", b"%PDF-1.4"), ("fake.png", b"not a png at all"), ("empty.png", b"")],
)
def test_photo_refused(session_factory, admin, tmp_path, name, content):
    view = record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    source = tmp_path / name
    source.write_bytes(content)
    with pytest.raises(ValidationFailed) as err:
        add_photo(
            session_factory,
            session_id=view.id,
            source_path=source,
            data_dir=tmp_path / "d",
            officer_id=admin.id,
        )
    assert "photo" in err.value.field_errors and source.exists()
    assert not any((tmp_path / "d" / "photos").glob("*")) if (tmp_path / "d" / "photos").exists() else True


def test_photo_too_large(session_factory, admin, tmp_path, monkeypatch):
    import db.services.outreach_records as records

    monkeypatch.setattr(records, "MAX_PHOTO_BYTES", 10)
    view = record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    source = tmp_path / "big.png"
    source.write_bytes(PNG)
    with pytest.raises(ValidationFailed) as err:
        add_photo(
            session_factory, session_id=view.id, source_path=source, data_dir=tmp_path, officer_id=admin.id
        )
    assert "20 MB" in err.value.field_errors["photo"]


def test_summary_groups_by_wib_month_kind_and_kecamatan(session_factory, admin):
    record_session(session_factory, data=_input(), officer_id=admin.id, now=NOW)
    # 1 November 00:30 WIB is still 31 October in UTC: it counts in November.
    record_session(
        session_factory,
        data=_input(
            held_at=datetime(2026, 11, 1, 0, 30, tzinfo=WIB),
            kind="sambang",
            kecamatan_code="",
            nagari_code="",
        ),
        officer_id=admin.id,
        now=NOW,
    )
    record_session(
        session_factory,
        data=_input(held_at=datetime(2026, 9, 1, 9, 0, tzinfo=WIB)),
        officer_id=admin.id,
        now=NOW,
    )
    summary = outreach_summary(session_factory, date_from=date(2026, 10, 1), date_to=date(2026, 11, 30))
    assert (summary.sessions, summary.men, summary.women, summary.attendance) == (2, 80, 70, 150)
    assert [(c.key, c.sessions) for c in summary.by_month] == [("2026-11", 2)]
    assert [(c.key, c.sessions) for c in summary.by_kind] == [("penyuluhan", 1), ("sambang", 1)]
    assert [(c.key, c.sessions, c.attendance) for c in summary.by_kecamatan] == [
        ("", 1, 75),
        ("13.02.08", 1, 75),
    ]
