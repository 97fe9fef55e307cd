"""Relay addresses as people paste them: they round-trip, and a mistake is explained without quoting the
credential back."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sync.relay import RelayError
from sync.relay.address import RelayAddress

PIN = os.urandom(32)


@given(
    servers=st.lists(
        st.tuples(st.from_regex(r"[a-z][a-z0-9.-]{0,20}", fullmatch=True), st.integers(1, 65535)),
        min_size=1,
        max_size=3,
    ),
    user=st.from_regex(r"[A-Za-z0-9._~-]{1,64}", fullmatch=True),
    password=st.from_regex(r"[A-Za-z0-9._~-]{8,128}", fullmatch=True),
)
def test_an_address_round_trips(servers: list[tuple[str, int]], user: str, password: str) -> None:
    address = RelayAddress(tuple(servers), user, password, PIN)
    assert RelayAddress.from_text(address.to_text()) == address
    assert RelayAddress.from_text(f"  {address.to_text()}\n") == address


@pytest.mark.parametrize(
    "password", ["Kq9zX@relay.example.org:4222,Pm3x", "Vb7q@Wz4k:Yt8n@Hj2m", "Rr5tQ@@@@"]
)
def test_a_password_with_an_at_sign_is_refused_without_being_quoted(password: str) -> None:
    good = RelayAddress((("relay.example.org", 4222),), "member", "placeholder-pass", PIN).to_text()
    text = good.replace("placeholder-pass", password)
    with pytest.raises(RelayError) as refused:
        RelayAddress.from_text(text)
    for piece in password.replace(":", "@").split("@"):
        if len(piece) >= 4:
            assert piece not in str(refused.value)


@given(st.text(max_size=300))
def test_any_text_is_an_address_or_a_relay_error(text: str) -> None:
    try:
        RelayAddress.from_text(text)
    except RelayError as exc:
        assert str(exc)


# Found by fuzz/fuzz_relay_address.py: base64 decoding skipped characters outside its alphabet and ignored the
# last character's spare bits, and ports were read in any script's digits, so a damaged address read as another.
@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda pin: pin[:20] + ".." + pin[20:], "fingerprint"),
        (lambda pin: pin[:1] + "==" + pin[1:], "fingerprint"),
        (lambda pin: pin + "=", "fingerprint"),
        (lambda pin: pin[:-1] + "x", "last character"),
    ],
)
def test_a_damaged_fingerprint_is_refused(damage: Callable[[str], str], reason: str) -> None:
    good = RelayAddress(
        (("relay.example.org", 4222),), "member", "placeholder-pass", bytes(range(32))
    ).to_text()
    head, pin = good.split("#sha256=")
    with pytest.raises(RelayError, match=reason):
        RelayAddress.from_text(f"{head}#sha256={damage(pin)}")


@pytest.mark.parametrize("port", ["٤٢٢٢", "４２２２", "42𝟗2", "04222"])
def test_a_port_is_written_in_ascii_digits_without_a_leading_zero(port: str) -> None:
    text = RelayAddress((("relay.example.org", 4222),), "member", "placeholder-pass", PIN).to_text()
    with pytest.raises(RelayError, match="HOST:PORT"):
        RelayAddress.from_text(text.replace(":4222", f":{port}"))
