"""The shared builders that hold logic of their own: a copied database is the test's own."""

from __future__ import annotations

from db.services.station import is_configured
from tests.builders import session_factory_on_copy
from tests.conftest import set_up_solok


def test_a_copy_changes_apart_from_its_source(template_db, tmp_path):
    with session_factory_on_copy(template_db, tmp_path / "one.sqlite") as one:
        set_up_solok(one)
        assert is_configured(one)
    with session_factory_on_copy(template_db, tmp_path / "two.sqlite") as two:
        assert not is_configured(two)  # the source was not changed through the first copy
    with session_factory_on_copy(tmp_path / "one.sqlite", tmp_path / "three.sqlite") as three:
        assert is_configured(three)
