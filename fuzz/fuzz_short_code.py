"""Fuzz `parse_short_code`, the reader of the 32-character invite code a person types.

The contract under test:

- Whatever the text, only InviteError (and its InviteMistyped) comes out. Anything else is a finding.
- A code that reads holds a 10-byte secret and a 4-byte inviter prefix, its expiry is a whole hour, and it
  round-trips: an invite with that secret, an inviter with that prefix and that expiry writes the same code
  again (the code as typed, in capitals without separators, look-alike digits read as the letters). A code
  whose expiry is past what an invite may carry (2100) is counted apart: it reads, and it is refused later,
  when the inviter is asked.

Inputs are the codes of real invites, as UTF-8 decoded with replacement. Half of the mutants edit the code's
18 bytes and write a correct 2-byte checksum again, so the reader beyond it is reached (the version, the
expiry's hours at their limits, byte-level edits); the rest are edits of the text a person could make —
case, missing or extra separators and spaces, look-alike digits, a character changed, dropped, doubled or
swapped with its neighbour — and byte-level edits, which the checksum must catch (1 in 65,536 passes it).

    python fuzz/fuzz_short_code.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_short_code.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import base64
import functools
import random
import sys
from collections import Counter
from collections.abc import Callable

try:
    import _driver  # run as a script: this folder is on sys.path
    import fuzz_invite_qr
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver, fuzz_invite_qr

expect = _driver.expect

MAX_SIZE = 256
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
TOKENS = (
    b"-",
    b" ",
    b"--",
    b"\t",
    b"\n",
    b"0",
    b"1",
    b"8",
    b"=",
    b"9",
    b"\xc3\xa9",
    b"\xef\xbc\xa1",
    b"\x00",
)


@functools.cache
def seeds() -> tuple[bytes, ...]:
    return tuple(invite.short_code().encode() for invite in fuzz_invite_qr.invites())


def wrap(body: bytes) -> bytes:
    from sync.invites import _checksum

    text = base64.b32encode(body + _checksum(body, 2)).decode().rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4)).encode()


@functools.lru_cache(maxsize=64)
def unwrap(data: bytes) -> bytes | None:
    text = data.decode("ascii", "replace").replace("-", "")
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except ValueError:
        return None
    return raw[:18] if len(raw) == 20 else None


def mutate_body(body: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    out = bytearray(body)
    roll = rng.random()
    if roll < 0.3:  # the expiry, in hours since 2020
        out[15:18] = rng.choice((0, 1, 700_000, 701_256, 701_257, 2**24 - 1)).to_bytes(3, "big")
    elif roll < 0.45:
        out[0] = rng.choice((0, 1, 2, 0xFF))
    else:
        out = bytearray(_driver.mutate_bytes(bytes(out), rng, [body], 18).ljust(18, b"\x00"))
    return bytes(out[:18])


def retype(data: bytes, rng: random.Random) -> bytes:
    """A person typing the code: case, separators, look-alikes, one character wrong, dropped, doubled or swapped."""
    text = data.decode("utf-8", "replace")
    choice = rng.randrange(7)
    at = rng.randrange(len(text)) if text else 0
    if choice == 0:
        text = text.lower()
    elif choice == 1:
        text = text.replace("-", rng.choice(("", " ", "  ", "\t")))
    elif choice == 2:
        text = text.replace("O", "0").replace("I", "1").replace("B", "8")
    elif choice == 3:
        text = text[:at] + rng.choice(ALPHABET) + text[at + 1 :]
    elif choice == 4:
        text = text[:at] + text[at + 1 :]
    elif choice == 5:
        text = text[:at] + text[at : at + 1] * 2 + text[at + 1 :]
    else:
        text = text[:at] + text[at + 1 : at + 2] + text[at : at + 1] + text[at + 2 :]
    return text.encode()


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    body = unwrap(data)
    roll = rng.random()
    if body is not None and roll < 0.5:
        return wrap(mutate_body(body, rng, corpus))
    if roll < 0.8:
        return retype(data, rng)[:max_size]
    return _driver.mutate_text(data, rng, corpus, TOKENS, max_size)


def check(data: bytes) -> str:
    """ "refused", "mistyped", "read" or "read, expiry past 2100"; raises only when the contract is broken."""
    from sync.invites import _LATEST, Invite, InviteError, InviteMistyped, parse_short_code

    text = data.decode("utf-8", "replace")
    try:
        code = parse_short_code(text)
    except InviteMistyped:
        return "mistyped"
    except InviteError:
        return "refused"
    expect(len(code.secret) == 10 and len(code.inviter_prefix) == 4, "a secret or prefix of the wrong size")
    expect(
        code.expires_at.tzinfo is not None and code.expires_at.minute == 0, "an expiry that is not an hour"
    )
    if code.expires_at > _LATEST:
        return "read, expiry past 2100"
    inviter = code.inviter_prefix + bytes(28)
    invite = Invite(bytes(16), inviter, code.secret, code.expires_at)
    typed = text.upper().translate(str.maketrans("018", "OIB"))
    typed = "".join(ch for ch in typed if ch not in " -\t\n")
    expect(invite.short_code().replace("-", "") == typed, "a code does not write back as it was typed")
    expect(code.matches(inviter), "a code does not match its own inviter")
    return "read"


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
