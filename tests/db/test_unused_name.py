"""db.storage.backup_catalog.unused_name: the name a backup or a set-aside file is written under."""

from __future__ import annotations

from db.storage.backup_catalog import unused_name


def test_the_first_name_is_plain_and_later_ones_are_numbered_after_the_stamp(tmp_path):
    first = unused_name(tmp_path, "sentra", "20261207-101500", "manual", ".sqlite")
    assert first == tmp_path / "sentra-20261207-101500-manual.sqlite"
    first.touch()
    second = unused_name(tmp_path, "sentra", "20261207-101500", "manual", ".sqlite")
    assert second == tmp_path / "sentra-20261207-101500-2-manual.sqlite"
    second.touch()
    assert unused_name(tmp_path, "sentra", "20261207-101500", "manual", ".sqlite").name == (
        "sentra-20261207-101500-3-manual.sqlite"
    )
    assert unused_name(tmp_path, "sentra", "20261207-101500", "before-restore", ".sqlite").name == (
        "sentra-20261207-101500-before-restore.sqlite"
    )
