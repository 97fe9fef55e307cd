"""Pulse rounds on receipt: a hostile member's raw writes against real guarded documents are refused on every
honest copy — a roster under five, someone else's key or post, a second post, a changed roster."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from sync.community import CommunityDocument, PulseRound
from sync.community.pulse_rounds import mask_answers
from sync.pulse import public_key_bytes

from .test_authority import Device, assert_refused_everywhere, community, honest, same_view, sync_all

T0 = dt.datetime.now(dt.UTC).replace(microsecond=0)
OTHERS = ("zoe", "yan")  # on the roster, never on a device here


def _round(devices: dict[str, Device]) -> PulseRound:
    roster = tuple(devices[n].member for n in ("admin", "alice", "bob", "mallory")) + OTHERS
    return PulseRound("r1", roster, T0, T0 + dt.timedelta(days=7), devices["admin"].member)


def _raw_entry(doc: CommunityDocument, name: str, member: str, value: str) -> None:
    """What a modified client writes: the entry straight into the round, past the document's own checks."""
    reader = doc._safe.reader()
    record = doc._require(reader, "pulse_rounds", "r1", "pulse round")
    doc._run([doc._keyed_put(reader, record, name, member, value)], ("pulse_rounds", "r1"))


def _attack(write: Callable[[Device, dict[str, Device]], None], reason: str) -> None:
    _log, devices = community()
    admin, mallory = devices["admin"], devices["mallory"]
    admin.edit(lambda doc: doc.add_pulse_round(_round(devices)))
    sync_all(devices)
    before = admin.doc.view().pulse_rounds
    mallory.edit(lambda doc: write(mallory, devices))
    sync_all(devices)
    assert_refused_everywhere(devices, reason)
    for d in honest(devices):
        assert d.doc.view().pulse_rounds == before
    same_view(devices)


def test_honest_keys_and_posts_pass() -> None:
    _log, devices = community()
    devices["admin"].edit(lambda doc: doc.add_pulse_round(_round(devices)))
    sync_all(devices)
    keys = {n: X25519PrivateKey.generate() for n in ("alice", "bob")}
    for n, key in keys.items():
        d = devices[n]
        d.edit(lambda doc, d=d, key=key: doc.add_pulse_key("r1", d.member, public_key_bytes(key).hex()))
    sync_all(devices)
    for d in devices.values():
        assert set(d.doc.view().pulse_rounds["r1"].keys) == {devices[n].member for n in keys}
        assert d.doc.quarantined == ()


def test_a_roster_of_four_is_refused_on_receipt() -> None:
    _log, devices = community()
    mallory = devices["mallory"]
    small = _round(devices)
    object.__setattr__(small, "roster", small.roster[:4])  # past the model's own check
    object.__setattr__(small, "author", mallory.member)
    mallory.edit(lambda doc: doc.add_pulse_round(small))
    sync_all(devices)
    assert_refused_everywhere(devices, "at least 5 people on its roster")
    for d in honest(devices):
        assert d.doc.view().pulse_rounds == {}


def test_someone_elses_key_is_refused() -> None:
    key = public_key_bytes(X25519PrivateKey.generate()).hex()
    _attack(lambda m, ds: _raw_entry(m.doc, "keys", ds["alice"].member, key), "only their own pulse key")


def test_someone_elses_post_is_refused() -> None:
    _attack(
        lambda m, ds: _raw_entry(m.doc, "submissions", ds["bob"].member, "00" * 32),
        "their own pulse key and answer",
    )


def test_a_second_key_or_post_is_refused() -> None:
    first, second = (public_key_bytes(X25519PrivateKey.generate()).hex() for _ in range(2))

    def twice(m: Device, _: dict[str, Device]) -> None:
        m.doc.add_pulse_key("r1", m.member, first)
        m.doc.prove(m.keys.signer)
        _raw_entry(m.doc, "keys", m.member, second)

    _log, devices = community()
    devices["admin"].edit(lambda doc: doc.add_pulse_round(_round(devices)))
    sync_all(devices)
    mallory = devices["mallory"]
    mallory.edit(lambda doc: twice(mallory, devices))
    sync_all(devices)
    assert_refused_everywhere(devices, "a pulse key is written once")
    for d in honest(devices):
        assert d.doc.view().pulse_rounds["r1"].keys == {mallory.member: first}


def test_a_changed_roster_is_refused() -> None:
    def shrink(m: Device, ds: dict[str, Device]) -> None:
        record = m.doc.view().pulse_rounds["r1"]
        m.doc.add_pulse_round(dataclasses.replace(record, roster=(*record.roster[:5], "xavier")))

    _attack(shrink, "pulse round 'r1' is fixed once opened")


def test_a_masked_post_is_accepted_once_every_key_is_in() -> None:
    _log, devices = community()
    devices["admin"].edit(lambda doc: doc.add_pulse_round(_round(devices)))
    sync_all(devices)
    alice = devices["alice"]
    key = X25519PrivateKey.generate()
    alice.edit(lambda doc: doc.add_pulse_key("r1", alice.member, public_key_bytes(key).hex()))
    record = alice.doc.view().pulse_rounds["r1"]
    full = dataclasses.replace(
        record,
        keys=record.keys
        | {
            m: public_key_bytes(X25519PrivateKey.generate()).hex() for m in record.roster if m != alice.member
        },
    )
    masked = mask_answers(full, alice.member, key, (7, 8, 6, 2))
    alice.edit(lambda doc: doc.add_pulse_post("r1", alice.member, masked))
    sync_all(devices)
    for d in devices.values():
        assert d.doc.view().pulse_rounds["r1"].submissions == {alice.member: masked}
        assert d.doc.quarantined == ()
