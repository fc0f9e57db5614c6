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
