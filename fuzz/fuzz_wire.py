"""Fuzz the sync session's messages (sync.engine.wire): one frame as a peer sends it, and, for a SEALED frame,
what its envelope holds once opened, read the way the session and the relay read it.

Each input is one frame. `decode` reads it; a SEALED frame's envelope bytes are then taken as an opened payload
(the envelope itself is fuzz_envelope's) and go through `decode_inner` and the reader of its kind: HELLO
(`Hello.from_body`, with or without a relay note), PROOFS (`ChangeProof.decode_all`, then the sync message
after them, `CommunityDocument.sync_message_heads`), SYNC (`sync_message_heads`), CHANGES
(`decode_changes_and_proofs`, then the proofs after them), LOG (`decode_log`), SHARE (`SupportShare.from_bytes`)
and ALERT (`SupportRequest.from_bytes`). A SNAPSHOT is a saved document: fuzz_community_load reads those.

The contract under test:

- Only the documented errors come out: ProtocolError from the wire readers, CorruptDocumentError from the
  proofs, SupportCircleError from a circle's share or request. `sync_message_heads` raises nothing (None for
  what it cannot read). Anything else (struct.error, IndexError, UnicodeDecodeError, RecursionError, …) is a
  finding.
- What reads writes back to the same bytes: a LOG, RECEIPT or SEALED frame, a HELLO, the CHANGES with their
  proofs, a LOG payload and the proofs (as many bytes as decode_all said it took). A share or a request reads
  back equal from its own encoding.
- Heads are 32 bytes each, at most 1,024 of them.

Inputs are real messages — LOG frames with real membership entries, RECEIPTs, HELLOs (with and without a
relay note), real Automerge changes with their signed proofs, a real sync message alone and after its proofs,
a circle's share and an "I need support" request — mutated byte-wise (flips, interesting bytes, truncation,
splices, cross-overs, random bytes after a valid kind byte), with their counts and lengths rewritten to
boundary values half of the time.

    python fuzz/fuzz_wire.py --runs 1000000 [--seed 1]   # seeded mutation loop (no extra packages)
    python fuzz/fuzz_wire.py --atheris -runs=1000000      # coverage-guided, if atheris is installed
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

MAX_SIZE = 1 << 13
COUNTS = (
    0,
    1,
    2,
    0x7F,
    0x80,
    0xFF,
    0x100,
    0x3FF,
    0x400,
    0x401,
    0xFFF,
    0x1000,
    0x1001,
    0xFFFF,
    2**31,
    2**32 - 1,
)


@functools.cache
def seeds() -> tuple[bytes, ...]:
    """Frames the session and the relay really send, built by the code that sends them."""
    from sync.community import ChangeProof, CommunityDocument, PeerSync
    from sync.community.model import Member, Role
    from sync.engine import wire
    from sync.identity import DeviceKeys
    from sync.membership import MembershipLog, SpaceKind
    from sync.membership import Role as LogRole
    from sync.support_circle import SharedItem, SharedSection, SupportRequest, SupportShare

    keys = [DeviceKeys.from_private_bytes(bytes([i + 1]) * 32, bytes([i + 0x41]) * 32) for i in range(2)]
    log = MembershipLog.create(SpaceKind.COMMUNITY, keys[0], at_ms=1, space_id=bytes(range(16)))
    log.add(keys[1].card, LogRole.MEMBER, at_ms=2)
    entries = [entry.to_bytes() for entry in log.entries()]
    tag = bytes(range(32))
    doc = CommunityDocument.create("Fuzz Lane", actor_id=b"\x01" * 16)
    doc.add_member(Member("alice", "Alice", Role.ADMIN))
    changes = doc.changes_since([])
    proofs = [
        ChangeProof.sign(keys[0].signer, bytes(range(16)), b"\x01" * 16, n + 1, bytes([n]) * 32)
        for n in range(len(changes))
    ]
    encoded_proofs = ChangeProof.encode_all(proofs)
    other = CommunityDocument.load(doc.save(), actor_id=b"\x02" * 16)
    other.add_member(Member("bob", "Bob", Role.MEMBER))
    sync = other.generate_sync_message(PeerSync()) or b""
    heads = tuple(doc.heads())
    note = wire.RelayNote(b"\x07" * 8, 12345, heads)
    share = SupportShare(
        3, (SharedSection("warning_signs", "Warning signs", (SharedItem("Not sleeping", "Call"),)),)
    )
    inner = [
        wire.Hello(True, wire.log_digest(heads), heads).to_bytes(),
        wire.Hello(False, b"\x00" * 32, ()).to_bytes(),
        wire.Hello(True, wire.log_digest(heads), heads, note).to_bytes(),
        wire.encode_inner(wire.Inner.SNAPSHOT, doc.save()),
        wire.encode_inner(wire.Inner.SYNC, sync),
        wire.encode_inner(wire.Inner.PROOFS, encoded_proofs + sync),
        wire.encode_inner(wire.Inner.PROOFS, encoded_proofs),
        wire.encode_changes(changes),
        wire.encode_changes_with_proofs(changes, encoded_proofs),
        wire.encode_log(entries),
        wire.encode_inner(wire.Inner.SHARE, share.to_bytes()),
        wire.encode_inner(wire.Inner.ALERT, SupportRequest(1_765_000_000_000, "Please call").to_bytes()),
    ]
    return (
        wire.Log(tag, tuple(entries)).to_bytes(),
        wire.Log(tag, ()).to_bytes(),
        wire.Receipt(tag, 1_765_000_000_000).to_bytes(),
        *(wire.Sealed(payload).to_bytes() for payload in inner),
    )


def rewrite_count(data: bytes, rng: random.Random) -> bytes:
    """A count or length field (u16, u32 or u64 big-endian, anywhere) set to a boundary value."""
    if len(data) < 3:
        return data
    size = rng.choice((2, 4, 4, 8))
    at = rng.randrange(max(1, len(data) - size))
    value = rng.choice(COUNTS) % (1 << (8 * size))
    return data[:at] + value.to_bytes(size, "big") + data[at + size :]


JSON_TOKENS = (
    b'"', b"\\", b"\\u0000", b"\\ud800", b"[", b"]", b"{", b"}", b",", b":", b"null", b"true", b"-1", b"1e999",
    b"9" * 400, b'"revision"', b'"sections"', b'"key"', b'"title"', b'"items"', b'"at"', b'"message"',
    b'["a","b"]', b'[[]]', b'{"key":"x","title":"y","items":[]}', "\u00e9\u202e".encode(), b"[" * 2000,
)  # fmt: skip
"""What a circle's share or request (JSON after a magic) is made of, and values at its edges."""


def mutate(data: bytes, rng: random.Random, corpus: list[bytes], max_size: int = MAX_SIZE) -> bytes:
    if data[:2] in (b"\x02\x06", b"\x02\x07") and rng.random() < 0.6:  # a share or a request: edit its JSON
        return data[:5] + _driver.mutate_text(data[5:], rng, corpus, JSON_TOKENS, max_size)
    out = data
    if rng.random() < 0.5:
        out = rewrite_count(out, rng)
    if rng.random() < 0.7 or out == data:
        prefix = rng.choice((b"\x01", b"\x02", b"\x03", b"\x02" + bytes([rng.randint(1, 8)])))
        out = _driver.mutate_bytes(out, rng, corpus, max_size, prefix=prefix)
    return out[:max_size]


def check(frame: bytes) -> str:
    """The outcome of one frame ("log", "receipt", "hello", "refused (frame)", …); raises only when the
    contract is broken."""
    from sync.engine import wire

    try:
        message = wire.decode(frame)
    except wire.ProtocolError:
        return "refused (frame)"
    expect(message.to_bytes() == frame, f"{type(message).__name__} does not write back to its frame")
    if isinstance(message, wire.Log):
        return "log"
    if isinstance(message, wire.Receipt):
        return "receipt"
    return check_payload(message.envelope)


def check_payload(payload: bytes) -> str:
    from sync.engine import wire

    try:
        kind, body = wire.decode_inner(payload)
    except wire.ProtocolError:
        return "refused (sealed kind)"
    expect(wire.encode_inner(kind, body) == payload, "the inner kind does not write back")
    read = readers().get(kind)
    if read is None:
        return kind.name.lower()
    return read(body)


def _hello(body: bytes) -> str:
    from sync.engine import wire

    try:
        hello = wire.Hello.from_body(body)
    except wire.ProtocolError:
        return "hello refused"
    _heads_ok(hello.heads)
    expect(hello.to_bytes() == bytes([wire.Inner.HELLO]) + body, "a HELLO does not write back")
    if hello.relay is not None:
        _heads_ok(hello.relay.heads)
        return "hello with relay note"
    return "hello"


def _proofs(body: bytes) -> tuple[str, int]:
    """("proofs" or "proofs refused", the bytes they took)."""
    from sync.community import ChangeProof, CorruptDocumentError

    try:
        proofs, end = ChangeProof.decode_all(body)
    except CorruptDocumentError:
        return "proofs refused", 0
    expect(0 < end <= len(body), "decode_all took more bytes than it had")
    expect(ChangeProof.encode_all(proofs) == body[:end], "the proofs do not write back")
    return "proofs", end


def _proofs_then_sync(body: bytes) -> str:
    outcome, end = _proofs(body)
    if outcome == "proofs" and end < len(body):
        return f"proofs + {_sync(body[end:])}"
    return outcome


def _sync(body: bytes) -> str:
    from sync.community import CommunityDocument

    heads = CommunityDocument.sync_message_heads(body)
    if heads is None:
        return "sync (heads unreadable)"
    _heads_ok(heads)
    return "sync"


def _changes(body: bytes) -> str:
    from sync.engine import wire

    try:
        changes, proofs = wire.decode_changes_and_proofs(body)
    except wire.ProtocolError:
        return "changes refused"
    expect(all(changes), "an empty change was read")
    again = wire.encode_changes_with_proofs(changes, proofs)
    expect(again == bytes([wire.Inner.CHANGES]) + body, "CHANGES do not write back")
    if not proofs:
        return "changes"
    return "changes + " + _proofs(proofs)[0]


def _log(body: bytes) -> str:
    from sync.engine import wire

    try:
        entries = wire.decode_log(body)
    except wire.ProtocolError:
        return "log payload refused"
    expect(wire.encode_log(entries) == bytes([wire.Inner.LOG]) + body, "a LOG payload does not write back")
    return "log payload"


def _share(body: bytes) -> str:
    from sync.support_circle import SupportCircleError, SupportShare

    try:
        share = SupportShare.from_bytes(body)
    except SupportCircleError:
        return "share refused"
    try:
        again = share.to_bytes()
    except SupportCircleError:
        return "share (too large to send again)"
    expect(SupportShare.from_bytes(again) == share, "a share does not read back from its own bytes")
    return "share"


def _alert(body: bytes) -> str:
    from sync.support_circle import SupportCircleError, SupportRequest

    try:
        request = SupportRequest.from_bytes(body)
    except SupportCircleError:
        return "alert refused"
    expect(SupportRequest.from_bytes(request.to_bytes()) == request, "a request does not read back")
    return "alert"


def _heads_ok(heads: tuple[bytes, ...]) -> None:
    expect(len(heads) <= 1024 and all(len(h) == 32 for h in heads), "heads that are not 32 bytes each")


@functools.cache
def readers() -> dict[object, Callable[[bytes], str]]:
    """The reader of each sealed kind (SNAPSHOT has none here)."""
    from sync.engine.wire import Inner

    return {
        Inner.HELLO: _hello,
        Inner.PROOFS: _proofs_then_sync,
        Inner.SYNC: _sync,
        Inner.CHANGES: _changes,
        Inner.LOG: _log,
        Inner.SHARE: _share,
        Inner.ALERT: _alert,
    }


# --- drivers --------------------------------------------------------------------------------------------------


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

    _driver.run_atheris(
        argv, modules=("sync.engine.wire", "sync.support_circle", "sync.community.authority"), mutator=mutator,
        check=check,
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(_driver.main(__doc__, loop=run_loop, atheris=run_atheris, check=check))
