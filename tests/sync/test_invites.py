"""Invites: both forms round-trip, typing mistakes are caught, proofs work once and before the expiry."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.invites import (
    Invite,
    InviteError,
    InviteMistyped,
    new_invite,
    parse_qr,
    parse_short_code,
)

NOW = dt.datetime(2026, 11, 24, 10, 17, tzinfo=dt.UTC)
SPACE, INVITER, JOINER = os.urandom(16), os.urandom(32), os.urandom(32)


def _invite(**kw: object) -> Invite:
    args: dict[str, object] = {
        "now": NOW,
        "hints": ("10.0.0.5:7420", "[fe80::1]:7420"),
        "relay": "tls://relay.example:4222",
    }
    args.update(kw)
    return new_invite(SPACE, INVITER, **args)  # type: ignore[arg-type]


def test_qr_payload_round_trips() -> None:
    invite = _invite()
    text = invite.qr_payload()
    assert text.startswith("COMMONS-INVITE:")
    assert parse_qr(text) == invite
    assert parse_qr(text.lower()) == invite  # case does not matter
    assert "<svg" in invite.qr_svg()


def test_short_code_round_trips_and_reads_like_a_code() -> None:
    invite = _invite()
    code = invite.short_code()
    assert len(code) == 39
    assert code.count("-") == 7
    parsed = parse_short_code(code)
    assert parsed.secret == invite.secret
    assert parsed.matches(INVITER)
    assert not parsed.matches(JOINER)
    assert parsed.expires_at == invite.expires_at
    assert parse_short_code(code.lower().replace("-", " ")).secret == invite.secret


def test_expiry_is_whole_hours_after_the_validity() -> None:
    invite = _invite(valid_for=dt.timedelta(hours=2))
    assert invite.expires_at == dt.datetime(2026, 11, 24, 13, tzinfo=dt.UTC)


def test_every_single_typo_in_a_short_code_is_caught() -> None:
    code = _invite().short_code()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    missed = 0
    for i, ch in enumerate(code):
        if ch == "-":
            continue
        for other in alphabet:
            if other == ch:
                continue
            typo = code[:i] + other + code[i + 1 :]
            try:
                parse_short_code(typo)
            except InviteMistyped:
                continue
            missed += 1
    assert missed <= 3  # a 16-bit checksum: about 1 in 65,536 typos slips through; here there are ~1,000


@pytest.mark.parametrize(
    "text", ["", "hello", "COMMONS-INVITE:", "COMMONS-INVITE:AAAA", "COMMONS-INVITE:!!!!"]
)
def test_bad_qr_payloads(text: str) -> None:
    with pytest.raises(InviteError):
        parse_qr(text)


def test_tampered_qr_payload_is_refused() -> None:
    text = _invite().qr_payload()
    i = len("COMMONS-INVITE:") + 10
    tampered = text[:i] + ("A" if text[i] != "A" else "B") + text[i + 1 :]
    with pytest.raises(InviteMistyped):
        parse_qr(tampered)


@pytest.mark.parametrize("kw", [{"hints": ("a:1",) * 5}, {"relay": "x" * 201}, {"relay": "bad\nline"}])
def test_invalid_invites_are_refused(kw: dict[str, object]) -> None:
    with pytest.raises(InviteError):
        _invite(**kw)


def test_an_expiry_the_payload_cannot_hold_is_refused() -> None:
    with pytest.raises(InviteError, match="out of range"):
        Invite(bytes(16), bytes(32), bytes(10), dt.datetime(2100, 1, 1, 1, tzinfo=dt.UTC))
    latest = Invite(bytes(16), bytes(32), bytes(10), dt.datetime(2100, 1, 1, tzinfo=dt.UTC))
    assert parse_qr(latest.qr_payload()) == latest


@given(st.binary(max_size=200))
def test_any_text_gives_an_invite_or_an_invite_error(data: bytes) -> None:
    text = data.decode("latin-1")
    for parse in (parse_qr, parse_short_code):
        with contextlib.suppress(InviteError):
            parse(text)
    with contextlib.suppress(InviteError):
        parse_qr("COMMONS-INVITE:" + base64.b32encode(data).decode())
