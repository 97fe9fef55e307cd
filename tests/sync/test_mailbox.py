"""Relay mail (joins through the relay): padded to the envelopes' bucket sizes, the padding checked, and mail
from before padding (version 1) still opened."""

from __future__ import annotations

import os

import pytest
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from sync.envelope import BUCKETS
from sync.join import JoinError
from sync.mailbox import MailKind, _key, mailbox_id, open_mail, seal_mail

SECRET = bytes(range(16))


@pytest.mark.parametrize("size", [0, 164, 1380, 5000, 70_000])
def test_mail_is_a_bucket_size_and_opens_to_what_was_sealed(size: int) -> None:
    body = os.urandom(size)
    mail = seal_mail(SECRET, MailKind.REQUEST, body)
    assert len(mail) in BUCKETS
    assert open_mail(SECRET, mail) == (MailKind.REQUEST, body)


def _sealed(version: int, plaintext: bytes) -> bytes:
    header = b"CM" + bytes([version, MailKind.REPLY]) + mailbox_id(SECRET) + os.urandom(12)
    return header + ChaCha20Poly1305(_key(SECRET)).encrypt(header[-12:], plaintext, header)


def test_mail_from_before_padding_still_opens() -> None:
    assert open_mail(SECRET, _sealed(1, b"an old reply")) == (MailKind.REPLY, b"an old reply")


def test_padding_that_is_not_ours_is_refused() -> None:
    with pytest.raises(JoinError, match="padding"):
        open_mail(SECRET, _sealed(2, b"no marker" + bytes(100)))
