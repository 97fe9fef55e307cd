"""Fuzz `parse_qr`, the reader of an invite's QR payload (scanned by the camera, or pasted).

The contract under test:

- Whatever the text, only InviteError (and its InviteMistyped) comes out. Anything else (struct.error,
  UnicodeDecodeError, ValueError from a date, OverflowError, …) is a finding.
- An invite that reads is valid (the dataclass checks its sizes, expiry and addresses) and round-trips: its own
  payload reads back equal, and its bytes too. A payload written otherwise than the invite writes it (lower
  case, spaces or dashes, the look-alike digits 0, 1 and 8 for O, I and B) is counted apart.

Inputs are payloads of real invites (no address, four hints of every kind and a relay address, the longest
addresses), as UTF-8 decoded with replacement. Most mutants edit the invite's bytes behind the 4-byte checksum
and write a correct one again, so the reader beyond it is reached: byte-level edits, the address count or an
address length set to boundary values, addresses cut or made of invalid UTF-8, controls, the expiry at its
limits, the version changed; the rest are edits of the text itself (case, separators, look-alikes, cut or
doubled characters) that the checksum must catch.

    python fuzz/fuzz_invite_qr.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_invite_qr.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import random
import sys
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

if TYPE_CHECKING:
    from sync.invites import Invite

expect = _driver.expect

MAX_SIZE = 2048
HEADER = 1 + 16 + 32 + 10 + 4  # version, space id, inviter, secret, expiry; then the address count
TEXT_TOKENS = (b" ", b"-", b"\t", b"\n", b"0", b"1", b"8", b"=", b"==", b"a", b"\xc3\xa9", b"\xe2\x80\x8b")
BYTE_VALUES = (0, 1, 4, 5, 0x7F, 0x80, 0xC8, 0xC9, 0xFF)


@functools.cache
def invites() -> tuple[Invite, ...]:
    from sync.invites import Invite
    from sync.relay.address import RelayAddress

    relay = RelayAddress((("relay.example.org", 4222),), "space-3f2a", "s3cret-pass_word", bytes(range(32)))
    expiry = dt.datetime(2026, 12, 8, 10, tzinfo=dt.UTC)
    return (
        Invite(bytes(range(16)), bytes(range(32, 64)), bytes(range(10)), expiry),
        Invite(
            b"\x11" * 16,
            b"\x22" * 32,
            b"\x33" * 10,
            expiry,
            ("192.168.1.20:7340", "[fe80::1]:7340", "laptop.local:7340", "10.0.0.1:1"),
            relay.to_text(),
        ),
        Invite(b"\xff" * 16, b"\x00" * 32, b"\xff" * 10, dt.datetime(2099, 12, 31, 23, tzinfo=dt.UTC),
               ("h" * 200,), "r" * 200),
    )  # fmt: skip


@functools.cache
def seeds() -> tuple[bytes, ...]:
    return tuple(invite.qr_payload().encode() for invite in invites())


def wrap(body: bytes) -> bytes:
    """A payload holding *body* with a correct checksum."""
    from sync.invites import QR_PREFIX, _checksum

    raw = body + _checksum(body, 4)
    return (QR_PREFIX + base64.b32encode(raw).decode().rstrip("=")).encode()


@functools.lru_cache(maxsize=256)  # mutants are made from the few corpus entries: base32 in Python is slow
def unwrap(data: bytes) -> bytes | None:
    """The invite bytes inside a well-formed payload (None when it is not one)."""
    from sync.invites import QR_PREFIX

    text = data.decode("ascii", "replace").removeprefix(QR_PREFIX)
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        return None
    return raw[:-4] if len(raw) > 4 else None


def mutate_body(body: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    """Edits of the invite's own bytes: fields and lengths at their edges, or byte-level edits."""
    out = bytearray(body)
    roll = rng.random()
    if roll < 0.35 and len(out) > HEADER:  # the address count or one address length
        lengths = [HEADER]
        pos = HEADER + 1
        while pos < len(out):
            lengths.append(pos)
            pos += 1 + out[pos]
        out[rng.choice(lengths)] = rng.choice(BYTE_VALUES)
    elif roll < 0.5 and len(out) > HEADER:  # an address made of other bytes
        at = rng.randrange(HEADER + 1, len(out))
        out[at : at + 2] = rng.choice((b"\xff\xfe", b"\x00\x01", b"\xc3", b"\xed\xa0\x80", b"\x1b["))
    elif roll < 0.6 and len(out) >= HEADER:  # the expiry
        out[HEADER - 4 : HEADER] = rng.choice(
            (0, 1, 2**31, 2**32 - 1, 1_577_836_799, 4_102_444_800)
        ).to_bytes(4)
    elif roll < 0.65 and out:  # the version
        out[0] = rng.choice(BYTE_VALUES)
    else:
        bodies = [b for b in (unwrap(c) for c in corpus) if b is not None] or [bytes(out)]
        out = bytearray(_driver.mutate_bytes(bytes(out), rng, bodies, 1024))
    return bytes(out)


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    body = unwrap(data)
    if body is not None and rng.random() < 0.75:
        return wrap(mutate_body(body, rng, corpus))[:max_size]
    if rng.random() < 0.5:
        return retype(data, rng)[:max_size]
    return _driver.mutate_text(data, rng, corpus, TEXT_TOKENS, max_size)


def retype(data: bytes, rng: random.Random) -> bytes:
    """The same payload typed or copied as a person might: case, separators, look-alikes."""
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(4)
    if choice == 0:
        text = text.lower()
    elif choice == 1:
        text = " ".join(text[i : i + 4] for i in range(0, len(text), 4))
    elif choice == 2:
        text = text.replace("O", "0").replace("I", "1").replace("B", "8")
    else:
        at = rng.randrange(len(text) + 1)
        text = text[:at] + rng.choice(("-", " ", "\n", "")) + text[at:]
    return f" {text}\n".encode() if rng.random() < 0.2 else text.encode()


def check(data: bytes) -> str:
    """ "refused", "mistyped", "read" or "read, typed otherwise"; raises only when the contract is broken."""
    from sync.invites import Invite, InviteError, InviteMistyped, parse_qr

    text = data.decode("utf-8", "replace")
    try:
        invite = parse_qr(text)
    except InviteMistyped:
        return "mistyped"
    except InviteError:
        return "refused"
    expect(parse_qr(invite.qr_payload()) == invite, "an invite does not read back from its own payload")
    expect(Invite.from_bytes(invite.to_bytes()) == invite, "an invite does not read back from its own bytes")
    return "read" if invite.qr_payload() == text else "read, typed otherwise"


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    return _driver.run_loop(
        runs,
        seed,
        corpus=list(seeds()),
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(list(seeds()), mutate, libfuzzer, libfuzzer_share=0.2)

    _driver.run_atheris(argv, modules=("sync.invites",), mutator=mutator, check=check)


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
