"""Survey import in batches: progress told, a failure keeps the earlier batches, a re-import adds the rest."""

from __future__ import annotations

import pytest

from db.importing.survey_import import import_surveys
from tests.builders import fail_on_call
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
    assert [p.done for p in told] == [3, 6, 7]
    assert all(p.phase == "publishing" and p.total == 7 and p.rate > 0 for p in told)
