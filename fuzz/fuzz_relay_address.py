"""Fuzz `RelayAddress.from_text`, the reader of the relay address a person pastes (and an invite carries).

The contract under test:

- Whatever the text, only RelayError comes out. Anything else (ValueError from base64 or int, IndexError,
  UnicodeError, …) is a finding.
- An address that reads is valid and round-trips: `from_text(a.to_text()) == a`, and its text is what the app
  keeps (it stores `to_text()`): it must be the text that was typed, spaces around it aside, so nothing a
  person typed is silently read as something else. Each server is a host and a port from 1 to 65535, the
  fingerprint 32 bytes.

Inputs are real addresses (one server, a cluster of three, an IPv6 server, the longest names and passwords,
the shared logins), as UTF-8 bytes decoded with replacement (what a text field can hold), mutated: parts of
the address (the scheme, "@", ":", ",", "#sha256=", brackets, ports at and past the limits, digits of other
scripts, controls and spaces) put in or put in place of a word, and byte-level edits.

    python fuzz/fuzz_relay_address.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_relay_address.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import functools
import random
import sys
from collections import Counter
from collections.abc import Callable

try:
    import _driver  # run as a script: this folder is on sys.path
except ModuleNotFoundError:  # imported by a test, with the repository root on sys.path
    from fuzz import _driver

expect = _driver.expect

MAX_SIZE = 1024
TOKENS = tuple(
    t.encode()
    for t in (
        "commons-relay://", "COMMONS-RELAY://", "@", ":", ",", "#sha256=", "#", "[", "]", "[::1]", "::ffff:1.2.3.4",
        "0", "1", "65535", "65536", "99999", "00080", "٣٤", "４２２２", "𝟗", "\x00", " ", "\t", "\n", "\u200b",
        "=", "==", "-", "_", "~", ".", "..", "+", "/", "%40", "é", "a" * 64, "a" * 65, "p" * 128, "p" * 129,
        "h" * 253, "h" * 254, "relay.example", "commons", "AAAA", "____", "----",
    )
)  # fmt: skip


@functools.cache
def seeds() -> tuple[bytes, ...]:
    from sync.relay.address import RelayAddress

    pin = bytes(range(32))
    addresses = [
        RelayAddress((("relay.example.org", 4222),), "space-3f2a", "s3cret-pass_word.~", pin),
        RelayAddress(
            (("10.0.0.1", 4222), ("10.0.0.2", 4223), ("n3.local", 65535)), "u", "12345678", b"\xff" * 32
        ),
        RelayAddress((("[fe80::1]", 1),), "a" * 64, "p" * 128, b"\x00" * 32),
        RelayAddress((("127.0.0.1", 4222),), "commons", "operator-password", pin),
    ]
    return tuple(a.to_text().encode() for a in addresses)


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    if rng.random() < 0.75:
        return _driver.mutate_text(data, rng, corpus, TOKENS, max_size)
    return _driver.mutate_bytes(data, rng, corpus, max_size, prefix=b"commons-relay://")


def check(data: bytes) -> str:
    """ "refused" or "read"; raises only when the contract is broken."""
    from sync.relay import RelayError
    from sync.relay.address import RelayAddress

    text = data.decode("utf-8", "replace")
    try:
        address = RelayAddress.from_text(text)
    except RelayError:
        return "refused"
    written = address.to_text()
    expect(RelayAddress.from_text(written) == address, "an address does not read back from its own text")
    expect(len(address.fingerprint) == 32, "a fingerprint that is not 32 bytes")
    expect(all(0 < port < 65536 and host for host, port in address.servers), "a server without host or port")
    expect(written.isascii() and written.isprintable(), "the kept text is not printable ASCII")
    expect(
        written == text.strip(), "an address reads from text other than its own (it would be kept changed)"
    )
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
        return _driver.mixed_mutator(list(seeds()), mutate, libfuzzer, libfuzzer_share=0.3)

    _driver.run_atheris(argv, modules=("sync.relay.address",), mutator=mutator, check=check)


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
