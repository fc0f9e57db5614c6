"""Attached to an outreach session: follow-ups promised to residents, photos kept in the data folder."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from db.errors import ValidationFailed
from db.models.community import OutreachFollowUp, OutreachPhoto, OutreachSession
from db.rules.timeutil import now_utc
from db.services.row_views import view_of
from db.services.writes import active_officer, insert_audited, live_row, update_audited
from db.storage.engine import read_session

PHOTO_DIR = "photos"
PHOTO_EXTENSIONS = (".jpg", ".jpeg", ".png")
MAX_PHOTO_BYTES = 20 * 1024 * 1024
MAX_TEXT = 4000
_MAGIC = {".png": b"\x89PNG\r\n\x1a\n", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}
_CHUNK = 1024 * 1024


@dataclass(frozen=True, slots=True)
class FollowUpView:
    id: str
    session_id: str
    description: str
    due_date: date | None
    done_at: datetime | None
    done_by_name: str = ""

    @property
    def done(self) -> bool:
        return self.done_at is not None


@dataclass(frozen=True, slots=True)
class PhotoView:
    id: str
    session_id: str
    relative_path: str
    sha256: str
    caption: str


def follow_up_view(f: OutreachFollowUp, names: dict[str, str]) -> FollowUpView:
    return view_of(FollowUpView, f, done_by_name=names.get(f.done_by_id or "", ""))


def photo_view(p: OutreachPhoto) -> PhotoView:
    return view_of(PhotoView, p)


def open_session(s: Session, session_id: str) -> OutreachSession:
    return live_row(s, OutreachSession, session_id, "outreach session")


@dataclass(frozen=True, slots=True)
class CopiedPhoto:
    relative_path: str  # "photos/<sha256>.<ext>", with forward slashes on every OS
    sha256: str


def copy_photo(source_path: Path | str, data_dir: Path | str) -> CopiedPhoto:
    """Copy `source_path` to data_dir/photos/<sha256><ext>; the original is only read, never moved."""
    source = Path(source_path)
    ext = source.suffix.lower()
    if ext not in PHOTO_EXTENSIONS:
        raise ValidationFailed({"photo": "Only JPEG and PNG photos can be added."})
    try:
        size = source.stat().st_size
    except OSError:
        raise ValidationFailed({"photo": "The photo file cannot be read."}) from None
    if size > MAX_PHOTO_BYTES:
        raise ValidationFailed({"photo": "The photo is too large (at most 20 MB)."})
    if size == 0:
        raise ValidationFailed({"photo": "The photo file is empty."})
    target_dir = Path(data_dir) / PHOTO_DIR
    target_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    # Copy to a temporary file while hashing, then rename: a power cut never leaves half a photo.
    fd, tmp_name = tempfile.mkstemp(dir=target_dir, suffix=".part")
    try:
        with source.open("rb") as src, os.fdopen(fd, "wb") as dst:
            head = src.read(len(_MAGIC[ext]))
            if head != _MAGIC[ext]:
                raise ValidationFailed({"photo": "This file is not a JPEG or PNG photo."})
            digest.update(head)
            dst.write(head)
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        name = f"{sha}{'.jpg' if ext == '.jpeg' else ext}"
        target = target_dir / name
        if target.exists():  # the same picture added before (maybe to another session): keep one copy
            os.unlink(tmp_name)
        else:
            os.replace(tmp_name, target)
    except BaseException:
        if os.path.exists(tmp_name):
            os.unlink(tmp_name)
        raise
    return CopiedPhoto(relative_path=f"{PHOTO_DIR}/{name}", sha256=sha)


def photo_path(data_dir: Path | str, relative_path: str) -> Path:
    """The full path of a stored photo; refuses a relative path that leads out of the data folder."""
    root = Path(data_dir).resolve()
    path = (root / relative_path).resolve()
    if not path.is_relative_to(root):
        raise ValueError(f"photo path outside the data folder: {relative_path}")
    return path


def add_follow_up(
    session_factory: sessionmaker[Session],
    *,
    session_id: str,
    description: str,
    due_date: date | None,
    officer_id: str,
) -> FollowUpView:
    """Note a follow-up promised to the residents."""
    description = description.strip()
    if not description or len(description) > MAX_TEXT:
        raise ValidationFailed({"description": "Describe the follow-up (at most 4000 characters)."})
    with session_factory.begin() as s:
        active_officer(s, officer_id)
        row = open_session(s, session_id)
        f = OutreachFollowUp(
            session_id=row.id, description=description, due_date=due_date, station_code=row.station_code
        )
        values = {"session_id": row.id, "description": description, "due_date": due_date}
        insert_audited(s, f, "outreach_follow_up", by=officer_id, after=values)
        return follow_up_view(f, {})


def mark_follow_up_done(
    session_factory: sessionmaker[Session],
    *,
    follow_up_id: str,
    officer_id: str,
    done: bool = True,
    now: datetime | None = None,
) -> FollowUpView:
    """Tick a follow-up as done (or untick it when ticked by mistake)."""
    with session_factory.begin() as s:
        officer = active_officer(s, officer_id)
        f = live_row(s, OutreachFollowUp, follow_up_id, "follow-up")
        before = {"done_at": f.done_at, "done_by_id": f.done_by_id or ""}
        if done and f.done_at is None:
            f.done_at, f.done_by_id = now or now_utc(), officer.id
        elif not done:
            f.done_at, f.done_by_id = None, None
        after = {"done_at": f.done_at, "done_by_id": f.done_by_id or ""}
        update_audited(
            s,
            f,
            "outreach_follow_up",
            by=officer.id,
            before=before,
            after=after,
            action="done" if done else "reopen",
        )
        return follow_up_view(f, {officer.id: officer.name})


def add_photo(
    session_factory: sessionmaker[Session],
    *,
    session_id: str,
    source_path: Path | str,
    data_dir: Path | str,
    caption: str = "",
    officer_id: str,
) -> PhotoView:
    """Copy a JPEG/PNG (at most 20 MB) into data_dir/photos and attach it; the original stays where it was."""
    caption = caption.strip()
    if len(caption) > 250:
        raise ValidationFailed({"caption": "The caption is too long (at most 250 characters)."})
    with read_session(session_factory) as s:
        active_officer(s, officer_id)
        open_session(s, session_id)
    copied = copy_photo(source_path, data_dir)
    with session_factory.begin() as s:
        row = open_session(s, session_id)
        same = select(OutreachPhoto.id).where(
            OutreachPhoto.session_id == row.id,
            OutreachPhoto.sha256 == copied.sha256,
            OutreachPhoto.deleted_at.is_(None),
        )
        if s.scalar(same):
            raise ValidationFailed({"photo": "This photo is already attached to the session."})
        photo = OutreachPhoto(
            session_id=row.id,
            relative_path=copied.relative_path,
            sha256=copied.sha256,
            caption=caption,
            station_code=row.station_code,
        )
        values = {
            "session_id": row.id,
            "relative_path": copied.relative_path,
            "sha256": copied.sha256,
            "caption": caption,
        }
        insert_audited(s, photo, "outreach_photo", by=officer_id, after=values)
        return photo_view(photo)
