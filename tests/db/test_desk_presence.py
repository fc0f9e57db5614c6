"""The presence lock: desks share the data folder, a restore needs it alone (issue 13, point 10)."""

from __future__ import annotations

import pytest

from db.storage.desk_presence import DeskOpenElsewhere, DeskPresence, no_desk_open


def test_desks_share_the_folder_and_a_restore_waits_for_them_all(tmp_path):
    first, second = DeskPresence(tmp_path), DeskPresence(tmp_path)
    assert first.claim() and second.claim() and first.claim()  # a second claim keeps the one lock
    with pytest.raises(DeskOpenElsewhere, match="close it there first"), first.alone():
        pass
    assert first.claim()  # its own shared lock is taken again after the refusal
    second.release()
    with first.alone():
        assert not DeskPresence(tmp_path).claim()  # no desk opens the folder during the restore
    assert first.claim()  # held again after the restore (the app restarts anyway)
    first.release()
    with no_desk_open(tmp_path):  # no desk left: the command line's restore goes ahead
        pass
