"""What the widgets need from the composition root, handed in through constructors."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ui.task_runner import TaskRunner

if TYPE_CHECKING:  # keeps SQLAlchemy out of the imports that run before the login window shows
    from sqlalchemy.orm import Session, sessionmaker

    from db.services.officers import OfficerView
    from db.services.station import StationView


@dataclass
class UiContext:
    session_factory: sessionmaker[Session]
    runner: TaskRunner
    data_dir: Path
    station: StationView | None = None
    officer: OfficerView | None = None
    # Where receipts and other generated PDFs are written.
    output_dir: Path = field(default_factory=lambda: Path.cwd())
    # The PC's station shared by every officer of the desk (installed app): secrets live in its key folder.
    shared_station: bool = False

    @property
    def officer_id(self) -> str:
        """The logged-in officer's id, "" when nobody is (a service then refuses the write)."""
        return self.officer.id if self.officer else ""
