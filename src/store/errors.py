"""Errors raised by the personal store, each with a message a person can act on."""

from __future__ import annotations


class StoreError(Exception):
    """Base class for every error the personal store raises."""


class ValidationError(StoreError, ValueError):
    """A value a person entered is not acceptable; the message says what to change."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class WeakPassphraseError(StoreError):
    """The chosen passphrase is too easy to guess."""

    def __init__(self, reason: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.suggestions = suggestions


class WrongPassphraseError(StoreError):
    """The passphrase does not unlock this profile. Nothing was changed."""

    def __init__(self) -> None:
        super().__init__("That passphrase does not unlock this profile. Nothing was changed; try again.")


class ProfileNotFoundError(StoreError):
    """No profile with that id exists in the data directory."""

    def __init__(self, profile_id: str) -> None:
        super().__init__(f"There is no profile {profile_id!r} on this device.")
        self.profile_id = profile_id


class CorruptProfileError(StoreError):
    """The profile's files are damaged or incomplete. The original files are left as they were."""


class UnsupportedFormatError(StoreError):
    """The profile or export file was written by a newer (or unknown) version of Commons."""


class ProfileLockedError(StoreError):
    """The profile was locked; unlock it again to continue."""

    def __init__(self) -> None:
        super().__init__("This profile is locked. Unlock it to continue.")


class NotFoundError(StoreError):
    """A record asked for by id does not exist (it may have been deleted)."""


class ExportFileError(StoreError):
    """An export file cannot be read: wrong passphrase, damaged, or not a Commons export."""


class PersonalDataError(StoreError):
    """A personal-data export (JSON) cannot be imported; *path* names the place in the file (e.g.
    ``checkins[3].mood``). Nothing was stored."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


class SignedLineError(StoreError, ValueError):
    """A signed line copied from a community's ledger cannot be changed or deleted here; it can be hidden."""

    def __init__(self, doing: str) -> None:
        super().__init__(
            f"This line is a signed entry from a community's ledger, so it cannot be {doing} here. "
            "You can hide it instead."
        )
