"""Benchmark of envelopes: seal + open against bare ChaCha20-Poly1305 encrypt + decrypt of the same payloads.

Run with `.venv/bin/python bench/envelope_bench.py` (or `make bench`); `--quick` for fewer, shorter rounds.

For payloads of 1 KiB and 1 MiB, in interleaved rounds (the order of the two sides alternates every round), each
side runs a batch of round trips; rates are medians over the rounds and the ratio is envelope time / bare time:

- envelope: `seal(payload, …)` then `open_envelope(envelope, keyring=…)`, one member sealing to itself in one
  epoch; each seal takes the next sequence number, so the replay window accepts every one, as in real use;
- bare: `encrypt(nonce, payload, header)` then `decrypt(…)` on one `ChaCha20Poly1305` object, with a fresh
  random 12-byte nonce and 91 bytes of associated data (an envelope header's size): the least that encrypting
  and authenticating the same payload takes.

Then, for scale, the parts of the envelope's extra work timed alone (medians): Ed25519 sign + verify of the
signed bytes, and the key derivation that seal and open each do (`derive_keys`: four HKDF-SHA256; cached).

Last, key rotation in a 50-device space: an admin removing one device (a new epoch key sealed with HPKE to the 49
others, signed, replayed into the state) against 49 bare HPKE seals, and a member taking that entry and opening
its new key (the log replayed) against one bare HPKE open; measured in one run for a space sealed the older way
(X25519 HPKE) and for one sealed with hybrid HPKE (ML-KEM-768 + X25519, every device having published its hybrid
key), and the hybrid figure given as a multiple of the older one.

Not a test: the only checks are sanity checks (each payload opens back; the member gets the admin's new key).
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from typing import Any

import cryptography
from cryptography.hazmat.backends.openssl import backend
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from sync.envelope import InMemoryKeyring, derive_keys, open_envelope, seal
from sync.identity import DeviceKeys, DeviceSigner, hybrid_public_key, verify_signature
from sync.membership import Entry, MembershipLog, Role, SpaceKind

SIZES = (("1 KiB", 1024), ("1 MiB", 1024 * 1024))
EPOCH = 1
EPOCH_KEY = bytes(range(32))
ASSOCIATED_DATA = os.urandom(91)


class Member:
    """One member sealing to itself: seal, then open, with the next sequence number each time."""

    def __init__(self) -> None:
        self.signer = DeviceSigner.generate()
        self.keyring = InMemoryKeyring()
        self.keyring.add_device(self.signer.public_key)
        self.keyring.add_epoch(EPOCH, EPOCH_KEY, [self.signer.device_id])
        self.sequence = 0

    def seal(self, payload: bytes) -> bytes:
        self.sequence += 1
        return seal(payload, epoch_key=EPOCH_KEY, epoch=EPOCH, signer=self.signer, sequence=self.sequence)

    def round_trip(self, payload: bytes) -> bytes:
        return open_envelope(self.seal(payload), keyring=self.keyring).payload


def bare_round_trip(aead: ChaCha20Poly1305, payload: bytes) -> bytes:
    nonce = os.urandom(12)
    return aead.decrypt(nonce, aead.encrypt(nonce, payload, ASSOCIATED_DATA), ASSOCIATED_DATA)


# --- timing ---------------------------------------------------------------------------------------------------


Call = Callable[[], object]


def per_call(call: Call, n: int) -> float:
    """Seconds per call over a batch of *n* calls."""
    gc.collect()
    start = time.perf_counter()
    for _ in range(n):
        call()
    return (time.perf_counter() - start) / n


def batch_size(call: Call, seconds: float) -> int:
    """How many calls take about *seconds* (after a warm-up call)."""
    call()
    n, elapsed = 0, 0.0
    start = time.perf_counter()
    while elapsed < min(seconds, 0.02):
        call()
        n += 1
        elapsed = time.perf_counter() - start
    return max(1, round(n * seconds / elapsed))


def compare(name: str, ours: Call, bare: Call, rounds: int, seconds: float) -> tuple[float, float]:
    """Interleaved rounds (ours then bare, then bare then ours, …); prints and returns the medians in s/call."""
    a: list[float] = []
    b: list[float] = []
    pair = [(a, ours, batch_size(ours, seconds)), (b, bare, batch_size(bare, seconds))]
    for r in range(rounds):
        for samples, call, n in pair if r % 2 == 0 else reversed(pair):
            samples.append(per_call(call, n))
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    med_a, med_b = statistics.median(a), statistics.median(b)
    print(
        f"{name:<8} {1 / med_a:>12,.0f} {med_a * 1e6:>10.1f}   {1 / med_b:>12,.0f} {med_b * 1e6:>10.1f}"
        f"   {med_a / med_b:7.2f}   ({min(ratios):.2f}–{max(ratios):.2f})"
    )
    return med_a, med_b


def median_call(call: Call, rounds: int, seconds: float) -> float:
    n = batch_size(call, seconds)
    return statistics.median(per_call(call, n) for _ in range(rounds))


# --- the run --------------------------------------------------------------------------------------------------


def run(rounds: int, seconds: float) -> None:
    print(f"Envelope benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; cryptography {cryptography.__version__}"
        f" ({backend.openssl_version_text()})"
    )
    print(f"{rounds} interleaved rounds of about {seconds:.2f} s per side; medians")
    print()
    member = Member()
    aead = ChaCha20Poly1305(derive_keys(EPOCH_KEY).encryption)
    payloads = {name: os.urandom(size) for name, size in SIZES}
    for payload in payloads.values():
        if member.round_trip(payload) != payload or bare_round_trip(aead, payload) != payload:
            sys.exit("sanity check failed: a payload did not open back")

    print(
        f"{'':<8} {'seal+open/s':>12} {'µs each':>10}   {'bare AEAD/s':>12} {'µs each':>10}   {'ratio':>7}   (range)"
    )
    medians = {
        name: compare(
            name,
            lambda p=payload: member.round_trip(p),
            lambda p=payload: bare_round_trip(aead, p),
            rounds,
            seconds,
        )
        for name, payload in payloads.items()
    }

    print()
    print(f"{'where the time goes, µs per round trip (medians)':<52}" + "".join(f"{n:>11}" for n in payloads))
    envelope = [medians[name][0] for name in payloads]
    bare = [medians[name][1] for name in payloads]
    signing: list[float] = []
    deriving: list[float] = []
    for payload in payloads.values():
        signed = member.seal(payload)[:-64]
        signature = member.signer.sign(signed)

        def sign_and_verify(message: bytes = signed, sig: bytes = signature) -> None:
            member.signer.sign(message)
            verify_signature(member.signer.public_key, sig, message)

        signing.append(median_call(sign_and_verify, rounds, seconds))
        deriving.append(2 * median_call(lambda: derive_keys(EPOCH_KEY), rounds, seconds))
    rest = [e - b - s - d for e, b, s, d in zip(envelope, bare, signing, deriving, strict=True)]
    for label, values in (
        ("envelope seal + open", envelope),
        ("bare ChaCha20-Poly1305 encrypt + decrypt", bare),
        ("Ed25519 sign + verify of the signed bytes", signing),
        ("derive_keys, in seal and in open", deriving),
        ("the rest: copies, HMAC, parsing, checks", rest),
    ):
        print(f"{label:<52}" + "".join(f"{v * 1e6:>11.1f}" for v in values))


# --- key rotation ---------------------------------------------------------------------------------------------

SPACE_DEVICES = 50


def timed_pair(r: int, *steps: tuple[list[float], Call]) -> None:
    """Time one call of each step, in alternating order by round *r*."""
    for samples, call in steps if r % 2 == 0 else reversed(steps):
        gc.collect()
        start = time.perf_counter()
        call()
        samples.append(time.perf_counter() - start)


def take(log: MembershipLog, entry: Entry) -> bytes | None:
    """A member takes a membership entry and reads the current key."""
    log.add_entries([entry])
    return log.state().epoch.key


def _space(hybrid: bool) -> tuple[list[DeviceKeys], list[bytes]]:
    """50 devices in one community, each added with its hybrid key (*hybrid*) or without one."""
    devices = [DeviceKeys.generate(hybrid=hybrid) for _ in range(SPACE_DEVICES)]
    log = MembershipLog.create(SpaceKind.COMMUNITY, devices[0], at_ms=0)
    for n, keys in enumerate(devices[1:], 1):
        log.add(keys.card, Role.MEMBER, at_ms=n, hybrid_key=keys.hybrid.public_bytes if keys.hybrid else None)
    return devices, [e.to_bytes() for e in log.entries()]


def rotation(rounds: int, *, hybrid: bool) -> tuple[float, float]:
    """Removing one device from a 50-device space: the admin's new epoch key sealed to the 49 others (HPKE), and
    a member taking the removal and opening its new key; against the bare HPKE work in the same run. Returns
    the medians (remove, take)."""
    devices, encoded = _space(hybrid)
    admin, member, leaving = devices[0], devices[1], devices[-1]
    key = os.urandom(32)
    if hybrid:
        suite = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
        recipients: list[Any] = [hybrid_public_key(k.hybrid.public_bytes) for k in devices[:-1] if k.hybrid]
        assert member.hybrid is not None
        member_key: Any = member.hybrid.private_key
    else:
        suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)
        recipients = [k.card.agreement_public_key() for k in devices[:-1]]
        member_key = member.agreement_key

    removing: list[float] = []
    bare_sealing: list[float] = []
    taking: list[float] = []
    bare_opening: list[float] = []
    for r in range(rounds):
        admins = MembershipLog.from_entries(encoded, admin)
        members = MembershipLog.from_entries(encoded, member)
        admins.state(), members.state()
        sealed = suite.encrypt(key, recipients[1], b"info")
        timed_pair(
            r,
            (removing, partial(admins.remove, leaving.device_id, at_ms=10_000)),
            (bare_sealing, lambda: [suite.encrypt(key, pk, b"info") for pk in recipients]),
        )
        timed_pair(
            r,
            (taking, partial(take, members, admins.entries()[-1])),
            (bare_opening, partial(suite.decrypt, sealed, member_key, b"info")),
        )
        if members.state().epoch.key != admins.state().epoch.key:
            sys.exit("sanity check failed: the member did not get the new key")

    how = "hybrid ML-KEM-768 + X25519" if hybrid else "X25519 only (the older way)"
    print()
    print(
        f"Key rotation in a {SPACE_DEVICES}-device space (remove one device), {how}, medians of {rounds} rounds"
    )
    for label, ours, bare, bare_label in (
        ("admin: remove (new key sealed to 49)", removing, bare_sealing, "49 bare HPKE seals"),
        ("member: take the removal, open its key", taking, bare_opening, "1 bare HPKE open"),
    ):
        a, b = statistics.median(ours), statistics.median(bare)
        print(f"{label:<42} {a * 1e3:>8.2f} ms   {bare_label:<20} {b * 1e3:>8.2f} ms   {a / b:7.2f}×")
    return statistics.median(removing), statistics.median(taking)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="fewer and shorter rounds (about 3 s)")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of each comparison")
    args = parser.parse_args()
    rounds = args.rounds or (5 if args.quick else 15)
    run(rounds, 0.05 if args.quick else 0.2)
    classic = rotation(rounds, hybrid=False)
    hybrid = rotation(rounds, hybrid=True)
    print()
    print("Hybrid sealing against the older way, same run (the issue asks for at most 2×):")
    for label, old, new in zip(("admin: remove", "member: take"), classic, hybrid, strict=True):
        print(f"{label:<42} {old * 1e3:>8.2f} ms → {new * 1e3:>8.2f} ms   {new / old:7.2f}×")


if __name__ == "__main__":
    main()
