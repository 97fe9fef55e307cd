"""A moved or restored profile joins the person's support circles as a new device of the same person.

The copy has new device keys (`store.transfer`: a copied identity would share an actor id and sequence numbers
with the original), but it keeps each circle's log and the old device's keys. A supporter's device knows the old
device alone, so the old keys introduce the new one:

1. as the old device (an admin of the circle), ADD the new device as an admin;
2. as the new device, REMOVE the old one: a new epoch key, sealed to the new device and the supporters, and the
   old device — the computer the profile left, or the lost one a backup replaced — can no longer read or send;
3. as the old device, seal the whole log in the newest epoch it held, for the circle's relay. Its supporters
   open it with the key they hold (the removal is not known to them until they read it), learn the new device
   and the new key, and from then on read what the new device sends, over the relay or on the LAN.

Steps 1 and 2 run once (they are in the stored log); step 3 is repeated at each start until the relay took it.
"""

from __future__ import annotations

import datetime as dt

from sync.engine.wire import encode_log
from sync.envelope import seal
from sync.identity import DeviceKeys
from sync.membership import Role, SpaceKind
from sync.ports import SpaceStore
from sync.spaces import Space, SpaceError, SpaceKeyring

__all__ = ["rejoin_circles"]


def rejoin_circles(
    spaces: SpaceStore, old: DeviceKeys, new: DeviceKeys, *, now: dt.datetime
) -> dict[bytes, bytes]:
    """Join every circle the old device was the person's admin in (steps 1 and 2); returns, per circle, the
    log sealed by the old device for the relay (step 3). Raises SpaceError if a circle's log refuses a step."""
    introductions = {}
    for space_id in spaces.spaces():
        try:
            theirs = Space.load(space_id, old, spaces, SpaceKeyring())
        except SpaceError:
            continue  # not a space the old device held keys for
        if theirs.kind is not SpaceKind.CIRCLE:
            continue
        if theirs.state.role_of(old.device_id) is Role.ADMIN:
            if new.device_id not in theirs.state.members:
                theirs.add(new.card, Role.ADMIN, now=now)
            Space.load(space_id, new, spaces, SpaceKeyring()).remove(old.device_id, now=now)
        elif theirs.state.role_of(new.device_id) is not Role.ADMIN:
            continue  # not a circle of this person's
        introductions[space_id] = _introduction(space_id, spaces, old, new)
    return introductions


def _introduction(space_id: bytes, spaces: SpaceStore, old: DeviceKeys, new: DeviceKeys) -> bytes:
    """The circle's whole log, sealed by the old device in the newest epoch whose key it held."""
    theirs = Space.load(space_id, old, spaces, SpaceKeyring())
    held = [e for e in theirs.state.epochs if e.key is not None and old.device_id in e.senders]
    if not held:
        raise SpaceError("the old device held no key of this support circle")
    epoch = max(held, key=lambda e: e.number)
    assert epoch.key is not None
    sequence = spaces.reserve_sequence(space_id, epoch.number)  # never one the old device used
    payload = encode_log(Space.load(space_id, new, spaces, SpaceKeyring()).encoded_entries())
    return seal(payload, epoch_key=epoch.key, epoch=epoch.number, signer=old.signer, sequence=sequence)
