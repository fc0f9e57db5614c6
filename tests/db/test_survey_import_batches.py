"""Survey import staged and published in batches: progress told, a failure or a cancel keeps the earlier
batches, a re-import adds the rest, a walk-in save waits for one batch at most."""

from __future__ import annotations

import pytest

from db.importing.staging import ImportCancelled, staging_dir
from db.importing.survey_import import import_surveys
from tests.builders import fail_on_call
from tests.db.test_register_import_batches import walk_in_during_import
from tests.db.test_survey_import import count, fill_template, row


def test_batches_progress_and_a_failure_half_way(session_factory, station, tmp_path, monkeypatch):
    import db.importing.survey_import as module

    path = fill_template(tmp_path / "paper.xlsx", [row(saran=f"Kuesioner {i}") for i in range(7)])
    real = module._add
    fail_on_call(monkeypatch, module, "_add", 4)
    with pytest.raises(RuntimeError):
        import_surveys(session_factory, path=path, batch_rows=3)
    assert count(session_factory) == 3  # the first batch; the second rolled back whole
    monkeypatch.setattr(module, "_add", real)
    told = []
    result = import_surveys(session_factory, path=path, batch_rows=3, progress=told.append)
    assert (result.added, result.duplicates) == (4, 3)
    assert count(session_factory) == 7
    # The sheet is checked into the staging table (7 rows), then the 4 rows not stored yet are published.
    assert [(p.phase, p.done, p.total) for p in told] == [
        ("checking", 3, None),
        ("checking", 6, None),
        ("checking", 7, None),
        ("publishing", 3, 4),
        ("publishing", 4, 4),
    ]
    assert all(p.rate > 0 for p in told)


def test_a_dry_run_stores_nothing_and_says_what_would_be_added(session_factory, station, tmp_path):
    path = fill_template(tmp_path / "paper.xlsx", [row(saran=f"K{i}") for i in range(5)] + [row(u3=9)])
    import_surveys(session_factory, path=fill_template(tmp_path / "first.xlsx", [row(saran="K0")]))
    result = import_surveys(session_factory, path=path, dry_run=True)
    assert (result.dry_run, result.added, result.duplicates, len(result.rejected)) == (True, 4, 1, 1)
    assert count(session_factory) == 1
    # The scratch staging file beside the database is gone.
    assert not list(staging_dir(session_factory).glob(".import-staging-*"))


def test_a_cancel_between_batches_keeps_what_was_published(session_factory, station, tmp_path):
    path = fill_template(tmp_path / "paper.xlsx", [row(saran=f"K{i}") for i in range(7)])
    told = []

    def cancelled() -> bool:
        return any(p.phase == "publishing" for p in told)  # after the first published batch

    result = import_surveys(session_factory, path=path, batch_rows=3, progress=told.append, cancel=cancelled)
    assert result.cancelled and result.added == 3 and count(session_factory) == 3
    again = import_surveys(session_factory, path=path, batch_rows=3)
    assert (again.added, again.duplicates, again.cancelled) == (4, 3, False)


def test_a_cancel_while_checking_writes_nothing(session_factory, station, tmp_path):
    path = fill_template(tmp_path / "paper.xlsx", [row(saran=f"K{i}") for i in range(7)])
    with pytest.raises(ImportCancelled):
        import_surveys(session_factory, path=path, batch_rows=3, cancel=lambda: True)
    assert count(session_factory) == 0


def test_a_walk_in_saved_during_a_survey_import_is_stored(session_factory, station, tmp_path):
    path = fill_template(tmp_path / "paper.xlsx", [row(saran=f"K{i}") for i in range(1_200)])
    result, _, seen = walk_in_during_import(
        session_factory,
        station[1].id,
        lambda progress: import_surveys(session_factory, path=path, progress=progress, batch_rows=100),
    )
    assert result.added == 1_200 and count(session_factory) == 1_200
    assert [p.done for p in seen if p.phase == "publishing"][-1] == 1_200
