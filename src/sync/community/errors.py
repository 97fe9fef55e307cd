"""Errors raised by the community document, each saying what is wrong and where."""

from __future__ import annotations

from ..errors import SyncError


class CommunityError(SyncError):
    """Base class for every error of the community package."""


class InvalidValueError(CommunityError, ValueError):
    """A value is not acceptable. *path* says where (e.g. "assets/3f…/title")."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class CorruptDocumentError(CommunityError):
    """Bytes from a peer or a file are not a usable community document. The last good state was kept."""


class BindingPanicError(CommunityError):
    """The Automerge binding panicked; the document was discarded and reloaded from its last good save."""


class NotFoundError(CommunityError, KeyError):
    """An entity asked for by id does not exist in this document."""


class StaleChoiceError(CommunityError, ValueError):
    """A choice made on a conflict that is no longer there as it was: settled already, or written again."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


class NotAllowedError(CommunityError, PermissionError):
    """The write rules (sync.community.authority) would refuse this write on every peer; nothing was written."""


class CollectionMissingError(CommunityError, LookupError):
    """The document was made by an earlier version and has no map for this kind of record (e.g. areas)."""
