"""Errors of the sync package. Every one is a `SyncError`: the wire layer's (frames, envelopes) are here;
the pulse and the community document subclass it in their own modules.

Receivers map each rejection to one class, so callers can count and log them without parsing messages.
"""

# The wire errors are named for what was rejected (the names the protocol doc and callers use), not "…Error".
# ruff: noqa: N818

from __future__ import annotations


class SyncError(Exception):
    """Base class for every error the sync package raises."""


# --- frames -------------------------------------------------------------------------------------------------


class FrameError(SyncError):
    """A length-prefixed frame stream is unusable; the connection should be dropped."""


class FrameTooLarge(FrameError):
    """A frame header announced (or a sender tried to send) more bytes than the cap allows."""

    def __init__(self, length: int, limit: int) -> None:
        super().__init__(f"frame of {length} bytes exceeds the limit of {limit} bytes")
        self.length = length
        self.limit = limit


class TruncatedFrame(FrameError):
    """The stream ended in the middle of a frame (inside its header or its payload)."""


class EndOfStream(FrameError):
    """The stream ended cleanly, at a frame boundary, before the next frame began."""


# --- envelopes ----------------------------------------------------------------------------------------------


class EnvelopeError(SyncError):
    """An envelope was rejected. Subclasses say why."""


class MalformedEnvelope(EnvelopeError):
    """The bytes are not an envelope of a known version: wrong magic, truncated, inconsistent lengths."""


class EnvelopeTooLarge(MalformedEnvelope):
    """The envelope is larger than the size cap; nothing else was looked at."""


class UnknownSpace(EnvelopeError):
    """No space known to this device uses the envelope's space tag."""


class WrongEpoch(EnvelopeError):
    """The space tag is known but the envelope claims an epoch that does not belong to it."""


class UnknownSender(EnvelopeError):
    """The sender device id has no known public key."""


class RemovedSender(EnvelopeError):
    """The sender is known but was not a member of the space in the envelope's epoch (e.g. it was removed)."""


class BadSignature(EnvelopeError):
    """The Ed25519 signature does not verify under the sender's public key."""


class DecryptionFailed(EnvelopeError):
    """The key commitment does not match the epoch key, or the AEAD tag does not verify."""


class Replayed(EnvelopeError):
    """The sender's sequence number was already accepted, or is too old for the replay window."""
