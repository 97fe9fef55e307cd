"""A space's membership log: signed, hash-chained entries, linearised by one deterministic rule.

Every change to who belongs to a space — creating it, adding a device, removing one, changing a role, issuing a
new key — is an `Entry` signed by the device that made it, naming the hashes of the entries it has seen (its
parents). The entries form a DAG; `MembershipLog.state()` replays them in one order that depends only on the
set of entries, so every device that holds the same entries reaches the same state whatever order they
arrived in.

**Linearisation.** Repeatedly take, among the entries whose parents have all been replayed, the one whose
author is the most senior admin in the state replayed so far (seniority = the position at which the author
last became an admin; the creator is 0; authors who are not admins come last), ties broken by the smaller
entry hash. Then apply it if it is valid *in that state*, otherwise record it as void with the reason. So
when two admins remove each other concurrently, the senior one's removal is replayed first and the junior
one's is void: the junior is no longer an admin when its entry comes up.

**Epochs.** The creator's entry and every `remove` and `rekey` introduce a new epoch key (32 random bytes),
sealed with HPKE (RFC 9180, HKDF-SHA256, ChaCha20-Poly1305) to each device the author believed would remain:
with the hybrid KEM ML-KEM-768 + X25519 to a device that published its hybrid key (a `key` entry, written by
the device itself), with DHKEM(X25519) to the others. Once every member has published one, an admin issues a
rekey (`MembershipState.needs_hybrid_rekey`), so what is recorded today cannot be opened by breaking X25519.
An epoch's number is 1 for the creator's entry and, for a later key entry, one
more than the level of its parents, where each key entry (void or not) raises the level by one: it follows
causality, so entries arriving later never renumber an epoch.
Concurrent key entries can share a number; their keys, and so their space tags, differ. An `add` seals the key of the
epoch its author was in to the new device. Concurrent changes can leave a key sealed to a device that has
since been removed, or a member without the current key; the state then says `needs_rekey`, nobody seals
new envelopes in that epoch, and any admin issues a `rekey` (sealed to exactly the current members). Byte
layouts and the key schedule are in docs/protocol.md, "Membership log".
"""

from .entry import (
    HYBRID_SEALED_KEY_SIZE,
    MAX_ENTRY,
    MAX_LOG_ENTRIES,
    MAX_PARENTS,
    MAX_RECIPIENTS,
    SEALED_KEY_SIZE,
    SPACE_ID_SIZE,
    ActorClaim,
    Entry,
    MembershipError,
    Op,
    Role,
    SpaceKind,
    is_hybrid,
    new_space_id,
    open_sealed_key,
    seal_key,
)
from .log import MembershipLog
from .state import ActorBinding, EpochInfo, Member, MembershipState, member_id_of

__all__ = [
    "HYBRID_SEALED_KEY_SIZE",
    "MAX_ENTRY",
    "MAX_LOG_ENTRIES",
    "MAX_PARENTS",
    "MAX_RECIPIENTS",
    "SEALED_KEY_SIZE",
    "SPACE_ID_SIZE",
    "ActorBinding",
    "ActorClaim",
    "Entry",
    "EpochInfo",
    "Member",
    "MembershipError",
    "MembershipLog",
    "MembershipState",
    "Op",
    "Role",
    "SpaceKind",
    "is_hybrid",
    "member_id_of",
    "new_space_id",
    "open_sealed_key",
    "seal_key",
]
