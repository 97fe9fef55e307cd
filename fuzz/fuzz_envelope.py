"""Fuzz `open_envelope` against a fixed keyring.

The keyring: Alice and Bob are members of epochs 7 and 8; Carol was a member of epoch 7 and has been removed
(she may send in neither, though she holds epoch 7's key and, leaked, epoch 8's); Dave is a device the keyring
does not know.

The contract under test:

- Only `EnvelopeError` subclasses come out: `MalformedEnvelope` (and its `EnvelopeTooLarge`), `UnknownSpace`,
  `WrongEpoch`, `UnknownSender`, `RemovedSender`, `BadSignature`, `DecryptionFailed`, `Replayed`.
  Anything else that escapes is a finding.
- No forgery opens: an envelope that opens is byte-identical to one Alice or Bob sealed, and opens to exactly
  what was sealed.
- Every envelope Alice or Bob sealed opens (with unused replay windows), so no rejected input burned its
  sequence number.
- An envelope that opened is `Replayed` when it comes again, and so is another envelope with the same sender,
  epoch and sequence number.

Inputs are the envelopes sealed for the keyring (payloads of 0 bytes to 6 KB), mutated: byte-level edits
(flips, truncation, extension, splices, cross-overs), edits of header fields (magic, version, space tag, epoch,
sender, sequence, nonce, length field), of the ciphertext (cut or extended, with the length field following or
not), of the commitment and of the signature (including S + L, the malleation Ed25519 must refuse), and random
bytes. Most structured mutants are then re-signed by an attacker: a member who writes her own pseudonym into the
sender field (her device id masked for that nonce with the epoch key she holds), recomputes the key commitment
and signs, so that the tampered envelope passes the signature check and reaches the AEAD and padding checks; or
Carol, or Dave.

Only an envelope that opens changes the replay windows, so a fresh keyring is made after each one that opens.
`seal` draws random nonces: runs with one seed make the same mutations of different ciphertexts. A finding is
reproduced from its bytes alone (the keyring is fixed).

    python fuzz/fuzz_envelope.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_envelope.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
"""

from __future__ import annotations

import functools
import hmac
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
    from sync.envelope import InMemoryKeyring, Opened
    from sync.identity import DeviceSigner

expect = _driver.expect

MAX_SIZE = 1 << 13
EPOCH_1, EPOCH_2 = 7, 8
KEY_1, KEY_2, KEY_UNKNOWN = bytes(range(32)), bytes(range(32, 64)), bytes(range(64, 96))
PAYLOAD_SIZES = (0, 1, 16, 100, 1000, 6000)
SEQUENCES = (0, 1, 5, 1023, 2**32, 2**64 - 1)
ED25519_ORDER = 2**252 + 27742317777372353535851937790883648493  # L: S + L verifies on a lax verifier

# Offsets of the fields (docs/protocol.md, "Envelopes"); the last 96 bytes are commitment and signature.
MAGIC_END, TAG, EPOCH, SENDER, SEQUENCE, NONCE, LENGTH, CIPHERTEXT = 2, 3, 35, 39, 71, 79, 91, 95
TAIL = 32 + 64
OVERHEAD = (
    CIPHERTEXT + 16 + TAIL
)  # a version 1 envelope's; version 2 adds the padding marker and pads to 256+


class Target:
    """The cast, the keyring, what the members sealed (the only envelopes that may open) and the seeds."""

    def __init__(self) -> None:
        from sync.envelope import Opened, derive_keys, seal, space_tag_for
        from sync.identity import DeviceSigner

        self.alice, self.bob, self.carol, self.dave = (
            DeviceSigner.from_private_bytes(bytes([n]) * 32) for n in (1, 2, 3, 4)
        )
        self.people = (self.alice, self.bob, self.carol, self.dave)
        keys = {EPOCH_1: KEY_1, EPOCH_2: KEY_2}
        # Each space tag with the commitment key that goes with it: what an attacker holding the key can compute.
        self.commitment_keys = {
            space_tag_for(k): derive_keys(k).commitment for k in (*keys.values(), KEY_UNKNOWN)
        }
        # ...and the key that masks the sender under that tag: an attacker holding the key writes any pseudonym.
        self.sender_keys = {space_tag_for(k): derive_keys(k).sender for k in (*keys.values(), KEY_UNKNOWN)}
        self.tags = list(self.commitment_keys)
        self.keyring = self.fresh_keyring()
        self.legit: dict[bytes, Opened] = {}
        self.same_sequence: dict[tuple[int, bytes, int], list[bytes]] = {}
        rng = random.Random(0)

        def sealed(signer: DeviceSigner, epoch: int, key: bytes, size: int, sequence: int) -> bytes:
            payload = rng.randbytes(size)
            envelope = seal(payload, epoch_key=key, epoch=epoch, signer=signer, sequence=sequence)
            if signer in (self.alice, self.bob) and keys.get(epoch) == key:
                self.legit[envelope] = Opened(payload, space_tag_for(key), epoch, signer.device_id, sequence)
                self.same_sequence.setdefault((epoch, signer.device_id.raw, sequence), []).append(envelope)
            return envelope

        for signer in (self.alice, self.bob):
            for epoch, key in keys.items():
                for size, sequence in zip(PAYLOAD_SIZES, SEQUENCES, strict=True):
                    sealed(signer, epoch, key, size, sequence)
        self.seeds = [
            *self.legit,
            sealed(self.alice, EPOCH_1, KEY_1, 40, 5),  # another envelope with a sequence number already used
            sealed(self.carol, EPOCH_1, KEY_1, 40, 0),  # removed
            sealed(self.carol, EPOCH_2, KEY_2, 40, 0),  # removed, with a leaked key
            sealed(self.dave, EPOCH_1, KEY_1, 40, 0),  # unknown device, with a leaked key
            sealed(self.alice, EPOCH_1, KEY_UNKNOWN, 40, 0),  # a space this keyring does not know
            sealed(self.alice, EPOCH_2, KEY_1, 40, 0),  # epoch 7's key and tag, claiming epoch 8
        ]

    def fresh_keyring(self) -> InMemoryKeyring:
        from sync.envelope import InMemoryKeyring

        keyring = InMemoryKeyring()
        for person in (self.alice, self.bob, self.carol):
            keyring.add_device(person.public_key)
        ids = [self.alice.device_id, self.bob.device_id]
        tag_1 = keyring.add_epoch(EPOCH_1, KEY_1, [*ids, self.carol.device_id])
        keyring.add_epoch(EPOCH_2, KEY_2, ids)
        keyring.remove_member(tag_1, EPOCH_1, self.carol.device_id)
        return keyring


@functools.cache
def target() -> Target:
    return Target()


# --- the check ------------------------------------------------------------------------------------------------


def check(data: bytes) -> str:
    """The name of the `EnvelopeError` raised, or "opened"; raises only if the contract is broken."""
    from sync.envelope import EnvelopeError, Replayed, open_envelope

    t = target()
    try:
        opened = open_envelope(data, keyring=t.keyring)
    except EnvelopeError as exc:
        expect(data not in t.legit, f"an envelope a member sealed was refused: {exc!r}")
        return type(exc).__name__
    try:
        sealed = t.legit.get(data)
        if sealed is None:
            raise _driver.ContractError("an envelope no member sealed opened: a forgery")
        expect(opened == sealed, f"opened as {opened!r}, sealed as {sealed!r}")
        for again in t.same_sequence[(sealed.epoch, sealed.sender.raw, sealed.sequence)]:
            try:
                open_envelope(again, keyring=t.keyring)
            except Replayed:
                continue
            except EnvelopeError as exc:
                raise _driver.ContractError(f"a replay was refused as {exc!r}, not Replayed") from None
            raise _driver.ContractError("an envelope opened twice, or with a sequence number already used")
    finally:
        t.keyring = t.fresh_keyring()
    return "opened"


# --- inputs ---------------------------------------------------------------------------------------------------


def _edit_field(out: bytearray, rng: random.Random, t: Target, corpus: list[bytes]) -> bool:
    """One edit of a field in an envelope laid out as the format says; True if it set the length field."""
    body = len(out) - CIPHERTEXT - TAIL
    what = rng.randrange(11)
    if what == 0:  # magic or version
        at = rng.randrange(TAG)
        out[at] = rng.choice((0, 1, 2, 0xFF, out[at] ^ 1))
    elif what == 1:  # space tag: another epoch's, an unknown space's, or garbage
        out[TAG:EPOCH] = rng.choice(t.tags) if rng.random() < 0.7 else rng.randbytes(32)
    elif what == 2:  # epoch
        epoch = int.from_bytes(out[EPOCH:SENDER], "big")
        new = rng.choice((EPOCH_1, EPOCH_2, epoch + 1, epoch - 1, 0, 2**32 - 1, rng.getrandbits(32)))
        out[EPOCH:SENDER] = (new % 2**32).to_bytes(4, "big")
    elif what == 3:  # sender: someone else's pseudonym, a device id in clear, or garbage
        roll = rng.random()
        if roll < 0.6:
            out[SENDER:SEQUENCE] = pseudonym(out, rng.choice(t.people).device_id.raw)
        elif roll < 0.8:
            out[SENDER:SEQUENCE] = rng.choice(t.people).device_id.raw
        else:
            out[SENDER:SEQUENCE] = rng.randbytes(32)
    elif what == 4:  # sequence
        sequence = int.from_bytes(out[SEQUENCE:NONCE], "big")
        new = rng.choice((sequence + 1, sequence - 1, 0, 2**64 - 1, rng.getrandbits(64)))
        out[SEQUENCE:NONCE] = (new % 2**64).to_bytes(8, "big")
    elif what == 5:  # nonce
        out[NONCE + rng.randrange(12)] ^= 1 << rng.randrange(8)
    elif what == 6:  # length field: inconsistent with the size
        length = rng.choice((0, 15, 16, body - 1, body + 1, 2**32 - 1)) % 2**32
        out[LENGTH:CIPHERTEXT] = length.to_bytes(4, "big")
        return True
    elif what == 7 and body:  # ciphertext: a flipped bit
        out[CIPHERTEXT + rng.randrange(body)] ^= 1 << rng.randrange(8)
    elif what == 8:  # ciphertext cut (possibly below the 16-byte tag) or extended
        at = CIPHERTEXT + rng.randint(0, body)
        if rng.random() < 0.5:
            del out[at : min(at + rng.randint(1, 64), CIPHERTEXT + body)]
        else:
            out[at:at] = rng.randbytes(rng.randint(1, 64))
    elif what == 9:  # commitment: a flipped bit, or another envelope's
        other = rng.choice(corpus)
        start = len(out) - TAIL
        if len(other) >= OVERHEAD and rng.random() < 0.5:
            out[start : start + 32] = other[-TAIL:-64]
        else:
            out[start + rng.randrange(32)] ^= 1 << rng.randrange(8)
    else:  # signature: S + L (a malleation), a flipped bit, or another envelope's R
        start = len(out) - 64
        s = int.from_bytes(out[start + 32 :], "little")
        roll = rng.random()
        if roll < 0.4 and s + ED25519_ORDER < 2**256:
            out[start + 32 :] = (s + ED25519_ORDER).to_bytes(32, "little")
        elif roll < 0.8:
            out[start + rng.randrange(64)] ^= 1 << rng.randrange(8)
        else:
            out[start : start + 32] = rng.choice(corpus)[-64:-32].ljust(32, b"\x00")
    return False


def pseudonym(envelope: bytearray, device: bytes) -> bytes:
    """*device* as the sender field of *envelope* says it (version 2: masked for its nonce under its tag's key, if
    the tag is one the cast knows; else the id itself)."""
    key = target().sender_keys.get(bytes(envelope[TAG:EPOCH]))
    if key is None or envelope[MAGIC_END] != 2:
        return device
    mask = hmac.digest(key, bytes(envelope[NONCE:LENGTH]), "sha512")
    return bytes(a ^ b for a, b in zip(device, mask[:32], strict=True))


def structured(data: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    """Field edits, then (mostly) a re-signature by an attacker who claims to be the sender and holds the key."""
    t = target()
    out = bytearray(data)
    length_set = False
    for _ in range(rng.choice((1, 1, 2))):
        length_set |= _edit_field(out, rng, t, corpus)
    if not length_set and rng.random() < 0.9:
        out[LENGTH:CIPHERTEXT] = (len(out) - CIPHERTEXT - TAIL).to_bytes(4, "big")
    if rng.random() < 0.7:
        attacker = rng.choice((t.alice, t.alice, t.bob, t.bob, t.carol, t.dave))
        if rng.random() < 0.85:
            out[SENDER:SEQUENCE] = pseudonym(out, attacker.device_id.raw)
        commitment_key = t.commitment_keys.get(bytes(out[TAG:EPOCH]))
        start = len(out) - TAIL
        if commitment_key is not None and rng.random() < 0.85:
            out[start : start + 32] = hmac.digest(commitment_key, bytes(out[NONCE:LENGTH]), "sha256")
        out[-64:] = attacker.sign(bytes(out[:-64]))
    return bytes(out)


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    roll = rng.random()
    if roll < 0.02:
        return data[:max_size]  # as sealed: must open (or be refused for what it is)
    if roll < 0.3 or (roll < 0.92 and len(data) < OVERHEAD):
        return _driver.mutate_bytes(data, rng, corpus, max_size)
    if roll < 0.92:
        return structured(data, rng, corpus)[:max_size]
    prefix = b"CE\x02" if rng.random() < 0.5 else b""
    return prefix + rng.randbytes(rng.randint(0, 400))


# --- drivers --------------------------------------------------------------------------------------------------


def run_loop(
    runs: int, seed: int, report: Callable[[str], None] | None = print
) -> tuple[Counter[str], _driver.Findings]:
    """(how many inputs opened or were refused with each error, findings): a finding is any exception that
    escaped the check, a broken contract included, with its input."""
    return _driver.run_loop(
        runs,
        seed,
        corpus=list(target().seeds),
        make=lambda rng, corpus: mutate(rng.choice(corpus), rng, corpus),
        check=check,
        report=report,
    )


def run_atheris(argv: list[str]) -> None:
    def mutator(libfuzzer: Callable[[bytes, int], bytes]) -> _driver.Mutator:
        return _driver.mixed_mutator(list(target().seeds), mutate, libfuzzer, libfuzzer_share=0.25)

    _driver.run_atheris(argv, modules=("sync.envelope",), mutator=mutator, check=check)


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
