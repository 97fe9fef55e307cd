"""Bounded runs of the wire fuzzers (fuzz/fuzz_frames.py, fuzz/fuzz_envelope.py; `make fuzz` runs 1,000,000
inputs each), and proof that their checks catch the faults they are there for.

Frames: mutated multi-frame streams, cut into random feeds, go through FrameDecoder and read_frame; only the
FrameError a reference reading predicts may come out, at the place it predicts. Envelopes: mutated and
re-signed envelopes go into open_envelope; only EnvelopeError may come out, nothing a member did not seal may
open, and what opened is Replayed the second time.
"""

from __future__ import annotations

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

import sync.envelope
import sync.frames
from sync.frames import MAX_FRAME, FrameDecoder, FrameTooLarge, encode_frame
from tests.support import fuzz_driver


def test_four_thousand_mutated_streams_never_escape() -> None:
    outcomes, findings = fuzz_driver("fuzz_frames").run_loop(4_000, seed=20261201, report=None)
    assert findings == []
    assert min(outcomes["clean"], outcomes["truncated"], outcomes["too large"]) > 500, outcomes


def test_three_thousand_mutated_envelopes_never_escape_and_none_is_forged() -> None:
    outcomes, findings = fuzz_driver("fuzz_envelope").run_loop(3_000, seed=20261201, report=None)
    assert findings == []
    assert outcomes["opened"] > 20  # every one of them checked against the sealed set and replayed
    assert outcomes["DecryptionFailed"] > 100  # re-signed mutants get past the signature to the AEAD
    for refused in ("MalformedEnvelope", "UnknownSpace", "WrongEpoch", "UnknownSender", "RemovedSender"):
        assert outcomes[refused] > 20, outcomes
    assert outcomes["BadSignature"] > 100


@pytest.mark.parametrize("length", [MAX_FRAME + 1, 2**31, 2**32 - 1])
def test_huge_headers_are_refused_before_any_payload(length: int) -> None:
    check = fuzz_driver("fuzz_frames").check
    header = length.to_bytes(4, "big")
    for data in (header, header + b"\x00" * 300, encode_frame(b"ok") * 3 + header + b"x"):
        assert check(data) == "too large"


# --- the checks have teeth ------------------------------------------------------------------------------------


class _CapAfterPayload(FrameDecoder):
    """Buffers a whole frame first and only then compares it with the cap: the allocation the cap prevents."""

    def __init__(self, *, max_frame: int = MAX_FRAME) -> None:
        super().__init__(max_frame=2**32 - 1)
        self.cap = max_frame

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        frames = super().feed(data)
        for frame in frames:
            if len(frame) > self.cap:
                raise FrameTooLarge(len(frame), self.cap)
        return frames


def test_frames_check_catches_a_decoder_that_buffers_before_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync.frames, "FrameDecoder", _CapAfterPayload)
    _, findings = fuzz_driver("fuzz_frames").run_loop(500, seed=1, report=None)
    assert any("did not raise" in what for _, what in findings), findings[:3]


class _ReservesFirst(FrameDecoder):
    """Reserves room for the announced frame before checking the cap (and then refuses it correctly)."""

    def feed(self, data: bytes | bytearray | memoryview) -> list[bytes]:
        head = (bytes(self._header) + bytes(data))[:4] if self._need is None else b""
        if len(head) == 4 and int.from_bytes(head, "big") > self._max:
            bytearray(min(int.from_bytes(head, "big"), 2**20))  # a mebibyte is enough to be seen
        return super().feed(data)


def test_frames_check_catches_an_allocation_before_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync.frames, "FrameDecoder", _ReservesFirst)
    _, findings = fuzz_driver("fuzz_frames").run_loop(300, seed=1, report=None)
    assert any("allocated" in what for _, what in findings), findings[:3]


class _NoTag:
    """ChaCha20-Poly1305 that returns something for any ciphertext, as if the tag were not checked."""

    def __init__(self, key: bytes) -> None:
        self._aead = ChaCha20Poly1305(key)

    def encrypt(self, nonce: bytes, data: bytes, associated_data: bytes) -> bytes:
        return self._aead.encrypt(nonce, data, associated_data)

    def decrypt(self, nonce: bytes, data: bytes, associated_data: bytes) -> bytes:
        try:
            return self._aead.decrypt(nonce, data, associated_data)
        except InvalidTag:
            return b"forged\x80"  # padded as an envelope's plaintext is, so it gets past the padding check


def test_envelope_check_catches_forgeries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync.envelope, "ChaCha20Poly1305", _NoTag)
    _, findings = fuzz_driver("fuzz_envelope").run_loop(500, seed=1, report=None)
    assert any("forgery" in what for _, what in findings), findings[:3]


def test_envelope_check_catches_replays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync.envelope.ReplayWindow, "mark", lambda self, sequence: None)
    _, findings = fuzz_driver("fuzz_envelope").run_loop(500, seed=1, report=None)
    assert any("opened twice" in what for _, what in findings), findings[:3]
