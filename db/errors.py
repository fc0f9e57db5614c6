"""Typed errors raised by services; the UI shows `field_errors` next to the fields they name."""

from __future__ import annotations


class SentraError(Exception):
    """Base of every error a service raises on purpose."""


class ValidationFailed(SentraError):
    """Input refused; `field_errors` maps an input field name to a message in Indonesian-ready English."""

    def __init__(self, field_errors: dict[str, str]):
        self.field_errors = dict(field_errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.field_errors.items()))


class InvalidNik(ValidationFailed):
    def __init__(self, message: str):
        super().__init__({"nik": message})
        self.message = message


class NotFound(SentraError):
    pass


class PermissionDenied(SentraError):
    pass


class InvalidCredentials(SentraError):
    pass


class AccountLocked(SentraError):
    def __init__(self, until_utc: object):
        self.until = until_utc
        super().__init__(f"account locked until {until_utc}")


class StationNotConfigured(SentraError):
    pass


class DuplicateResponse(SentraError):
    """A survey response with this import key (a paper questionnaire's row digest) is already recorded."""

    def __init__(self, import_key: str):
        self.import_key = import_key
        super().__init__(f"survey response already imported: {import_key}")


class DatabaseTooNew(SentraError):
    """A schema revision this version does not know: written by a newer Sentra Desk, so it is left alone."""

    def __init__(self, revision: str, made_by: str | None = None):
        self.revision = revision
        self.made_by = made_by
        version = f"{made_by} (schema {revision})" if made_by else f"unknown (schema {revision})"
        super().__init__(
            f"this database was made by a newer Sentra Desk, version {version}; "
            "install that version or newer (nothing was changed)"
        )


class DatabaseDamaged(SentraError):
    """The station's database file fails SQLite's check, is empty (0 bytes) or is not an SQLite file."""

    def __init__(self, path: object, detail: str):
        self.path = path
        self.detail = detail
        super().__init__(f"the database {path} is damaged: {detail}")


class NotStationDatabase(SentraError):
    """An SQLite file that is not a Sentra Desk database (another program's tables); never taken for new."""

    def __init__(self, path: object):
        self.path = path
        super().__init__(f"{path} is not a Sentra Desk database (it holds another program's tables)")


class BackupFailed(SentraError):
    """A backup copy could not be written or did not verify; nothing was kept of it."""


class RestoreRefused(SentraError):
    """A file offered for restore failed a check; the current database was not touched."""
