"""LAN sync end to end: two sync services (the real `Service` core over real encrypted profiles) in throw-away
namespaces on one bridged link find each other by mDNS, keep one TLS connection, converge, and put no name on
the wire; a device sharing no space is never connected to."""

from __future__ import annotations

import base64
import json
import os
import secrets
import socket
import struct
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from store import ProfileManager, ProfileSession
from sync.community import CommunityDocument
from sync.community.model import Member, Role
from sync.engine import SyncEngine
from sync.engine.replica import Replica
from sync.identity import DeviceKeys
from sync.lan.records import blind
from sync.ports import InMemoryDocumentStore, InMemoryRelayStateStore, InMemorySpaceStore, device_keys_from
from sync.spaces import Space, SpaceKeyring
from tests.service.test_sync_service import provision_pair
from tests.support import FAST_KDF
from tests.sync.engine.simnet import Peer, community

from . import netns
from .netns import REPO, Child, NetLab, NetnsUnavailable, netlab, netns_unavailable_reason

SYNC_CHILD = Path(__file__).with_name("lan_sync_child.py")  # an engine and a `LanNode` (carol)
SERVICE_CHILD = Path(__file__).with_name("service_child.py")  # the sync service over a profile (alice, bob)
WAIT = 6.0  # seconds, for anything but starting and convergence (a dial, a status)
# Seconds from launching a child until it reports "started": its interpreter and imports (~0.8 s of CPU), the
# profile opened, the listener up and its mDNS name probed (~2 s, mostly waiting). Children start together,
# so on a loaded machine they queue for the CPU: at a load of 25 on 2 cores they took 8-12 s from launch
# (imports alone 6-7 s), and 6 s failed. A child that never starts still fails within this bound.
START = 30.0
CONVERGE = 20.0  # seconds from both devices running until both documents hold every asset
SUBNET = "10.199.250"  # the one bridged link's addresses: they exist only inside our namespaces
ASSETS_EACH = 3
REDIAL = 5.0  # seconds: a lost peer's first retry would be due after BACKOFF_START (1 s)
SETTLE = 2.0  # seconds after converging before the connection is broken


# --- the devices, prepared in this process ------------------------------------------------------------------


def make_peer(name: str, n: int) -> Peer:
    keys = DeviceKeys.generate()
    spaces, documents = InMemorySpaceStore(), InMemoryDocumentStore()
    engine = SyncEngine(keys, spaces, documents, actor_id=bytes([n + 1]) * 16)
    return Peer(name, engine, documents, spaces, keys, InMemoryRelayStateStore())


def raw_keys(keys: DeviceKeys) -> dict[str, str]:
    raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return {
        "signing": keys.signer.private_key.private_bytes(*raw).hex(),
        "agreement": keys.agreement_key.private_bytes(*raw).hex(),
        "hybrid": keys.hybrid.private_bytes().hex() if keys.hybrid is not None else None,
    }


def engine_config(peer: Peer, space: Space, interface: str) -> dict[str, Any]:
    """What an engine-level child needs to become this device again (its `write` and `expect` are added later)."""
    doc = peer.engine.document(space.id)
    return {
        **raw_keys(peer.keys),
        "actor": peer.engine.actor_id.hex(),
        "space_id": space.id.hex(),
        "entries": [e.hex() for e in space.encoded_entries()],
        "snapshot": doc.save().hex() if doc is not None else None,
        "interface": interface,
    }


@dataclass(frozen=True)
class Profile:
    """A provisioned, locked profile: what a service child needs to open it (the key crosses a file in tmp)."""

    profile_id: str
    key: bytes
    device: str  # hex device id

    def config(self, data_dir: Path, space_id: bytes, interface: str) -> dict[str, Any]:
        return {
            "data_dir": str(data_dir),
            "profile_id": self.profile_id,
            "key": self.key.hex(),
            "space_id": space_id.hex(),
            "interface": interface,
        }


def locked(session: ProfileSession) -> Profile:
    profile = Profile(
        session.profile_id, session.database_key(), device_keys_from(session.identity).device_id.hex
    )
    session.lock()
    return profile


def assets(prefix: str, author: str, run: str) -> list[dict[str, str]]:
    return [
        {"id": f"{prefix}-{n}", "title": f"Canary Title {prefix}{n} {run}", "author": author}
        for n in range(ASSETS_EACH)
    ]


@dataclass
class Plan:
    data_dir: Path
    alice: Profile
    bob: Profile
    carol: Peer
    space_id: bytes
    space_tag: bytes
    elsewhere: Space  # carol's own community: she shares nothing with alice and bob
    canaries: list[str]
    hostnames: dict[str, str]


def plan(run: str, tmp_path: Path) -> Plan:
    """Alice's and Bob's profiles in one data dir: Alice's community (a document, canary names) that Bob has
    joined through the invite handshake (membership only); both locked again. Carol is an engine in memory."""
    manager = ProfileManager(tmp_path / "data", kdf=FAST_KDF)
    ana, ben, space_id = provision_pair(manager)
    people = {"alice": f"Canary Alice {run}", "bob": f"Canary Bob {run}"}
    replica = Replica(space_id, ana.documents, ana.identity.get().actor_id)
    replica.change(lambda d: d.set_name(f"Canary Community {run}"))
    for member_id, session in (("alice", ana), ("bob", ben)):
        member = Member(
            member_id, people[member_id], Role.ADMIN, (device_keys_from(session.identity).device_id.hex,)
        )
        replica.change(partial(CommunityDocument.add_member, member=member))
    tag = Space.load(space_id, device_keys_from(ana.identity), ana.spaces, SpaceKeyring()).space_tag
    assert tag is not None
    alice, bob = locked(ana), locked(ben)
    carol = make_peer("carol", 2)
    elsewhere = carol.engine.create_community(f"Canary Elsewhere {run}")
    hostnames = {name: f"canaryhost{name}{run}" for name in ("alice", "bob", "carol")}
    titles = [a["title"] for p in ("a", "b", "c") for a in assets(p, "x", run)]
    canaries = [
        "Canal Street",  # the community's first name (provision_pair's), still in the document's history
        f"Canary Community {run}",
        f"Canary Elsewhere {run}",
        *people.values(),
        *titles,
        *hostnames.values(),
    ]
    return Plan(manager.data_dir, alice, bob, carol, space_id, tag, elsewhere, canaries, hostnames)


def write_configs(
    tmp_path: Path, p: Plan, run: str, alice: Device, bob: Device, carol: Device | None = None
) -> tuple[dict[str, Path], list[str]]:
    """Each child's JSON file; alice and bob expect all six assets, carol only her own. Also those six assets'
    titles (alice's and bob's services make each asset's id, so they tell assets apart by title)."""
    # Each asset names its writer's member id, which each device's card derives from its device id.
    mine, theirs = assets("a", p.alice.device[:32], run), assets("b", p.bob.device[:32], run)
    everything = sorted(a["title"] for a in mine + theirs)
    configs = {
        "alice": {**p.alice.config(p.data_dir, p.space_id, alice.ip), "write": mine},
        "bob": {**p.bob.config(p.data_dir, p.space_id, bob.ip), "write": theirs},
    }
    configs["alice"]["expect"] = configs["bob"]["expect"] = everything
    if carol is not None:
        configs["carol"] = {
            **engine_config(p.carol, p.elsewhere, carol.ip),
            "write": assets("c", "carol", run),
            "expect": [f"c-{n}" for n in range(ASSETS_EACH)],
        }
    files = {}
    for name, body in configs.items():
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(json.dumps(body), encoding="utf-8")
        files[name].chmod(0o600)  # alice's and bob's hold their profile's database key
    return files, everything


# --- the network: three devices and a bridge, each in its own namespace ---------------------------------------


@dataclass(frozen=True)
class Device:
    namespace: str
    ifname: str
    ip: str


@pytest.fixture
def lab() -> Iterator[NetLab]:
    if (reason := netns_unavailable_reason()) is not None:
        pytest.skip(reason)
    with netlab() as lab:
        try:
            lab.namespace()
        except NetnsUnavailable as e:
            pytest.skip(str(e))
        yield lab


def ip_ok(lab: NetLab, *args: str) -> None:
    done = lab.ip(*args)
    assert done.returncode == 0, f"ip {' '.join(args)}: {done.stderr.strip()}"


def bridged(lab: NetLab, count: int) -> list[Device]:
    """*count* device namespaces on one link: each has a veth to a bridge in the lab's first namespace, and an
    address in SUBNET (replacing the veth's own little subnet)."""
    hub = lab.namespaces[0]
    # 224.0.0.251 is link-local and flooded anyway; without snooping nothing depends on IGMP timing.
    ip_ok(lab, "-n", hub, "link", "add", "br0", "type", "bridge", "mcast_snooping", "0")
    ip_ok(lab, "-n", hub, "link", "set", "br0", "up")
    devices = []
    for n in range(count):
        link = lab.link(lab.namespace(), hub)
        ip_ok(lab, "-n", hub, "addr", "flush", "dev", link.b.device)
        ip_ok(lab, "-n", hub, "link", "set", link.b.device, "master", "br0")
        ip_ok(lab, "-n", link.a.namespace, "addr", "flush", "dev", link.a.device)
        address = f"{SUBNET}.{n + 1}"
        ip_ok(lab, "-n", link.a.namespace, "addr", "add", f"{address}/24", "dev", link.a.device)
        devices.append(Device(link.a.namespace, link.a.device, address))
    return devices


def sync_child(device: Device, config_file: Path, hostname: str, script: Path = SERVICE_CHILD) -> Child:
    """*script* (the service child, or `lan_sync_child.py`) in *device*'s namespace, under the canary *hostname*.

    netns.Child always runs discovery_child.py; it reads CHILD_SCRIPT when it starts the process, so point it
    at our child for that moment only. The service child imports `tests.*`, so the repository is on its path.
    """
    env = {"PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(netns, "CHILD_SCRIPT", script)
        return Child(device.namespace, ["--config", str(config_file)], env=env, hostname=hostname)


# --- what the capture saw -----------------------------------------------------------------------------------


def read_pcap(path: Path) -> list[bytes]:
    data = path.read_bytes()
    frames, pos = [], 24
    while pos < len(data):
        length = struct.unpack_from("<I", data, pos + 8)[0]
        frames.append(data[pos + 16 : pos + 16 + length])
        pos += 16 + length
    return frames


def _ipv4(frame: bytes, protocol: int) -> int | None:
    """The offset of the transport header if *frame* is Ethernet + IPv4 carrying *protocol*."""
    if len(frame) < 34 or frame[12:14] != b"\x08\x00" or frame[23] != protocol:
        return None
    return 14 + (frame[14] & 0x0F) * 4


def is_mdns(frame: bytes) -> bool:
    udp = _ipv4(frame, 17)
    return udp is not None and len(frame) >= udp + 4 and 5353 in struct.unpack_from("!HH", frame, udp)


def connection_attempts(frames: list[bytes]) -> list[tuple[str, str, int]]:
    """(from, to, port) of every TCP SYN without ACK: one per connection someone opened."""
    attempts = []
    for frame in frames:
        tcp = _ipv4(frame, 6)
        if tcp is None or len(frame) < tcp + 14:
            continue
        flags = frame[tcp + 13]
        if flags & 0x02 and not flags & 0x10:
            src, dst = socket.inet_ntoa(frame[26:30]), socket.inet_ntoa(frame[30:34])
            attempts.append((src, dst, struct.unpack_from("!H", frame, tcp + 2)[0]))
    return attempts


def announces(heard: dict[str, Any], keys: list[str]) -> bool:
    """Whether an announcement a node heard names every one of *keys* (hex)."""
    tags = {bytes.fromhex(t) for t in heard["tags"]}
    nonce = bytes.fromhex(heard["nonce"])
    return bool(keys) and all(blind(bytes.fromhex(k), nonce) in tags for k in keys)


def tag_text(tag: bytes) -> bytes:
    """A space tag as the TXT record spells it (unpadded lowercase base32)."""
    return base64.b32encode(tag).rstrip(b"=").lower()


# --- the test -----------------------------------------------------------------------------------------------


def test_two_devices_sync_over_the_lan_and_a_stranger_is_never_connected(lab: NetLab, tmp_path: Path) -> None:
    run = secrets.token_hex(3)
    p = plan(run, tmp_path)
    a_dev, b_dev, c_dev = bridged(lab, 3)
    alice_id, bob_id, carol_id = p.alice.device, p.bob.device, p.carol.keys.device_id.hex
    files, everything = write_configs(tmp_path, p, run, a_dev, b_dev, c_dev)
    pcap = tmp_path / "alice.pcap"
    capture_args = ["capture", "--device", a_dev.ifname, "--out", str(pcap), "--seconds", "90"]

    with Child(a_dev.namespace, capture_args) as capture:
        capture.expect("capturing", START)
        with (
            sync_child(a_dev, files["alice"], p.hostnames["alice"]) as a,
            sync_child(b_dev, files["bob"], p.hostnames["bob"]) as b,
            sync_child(c_dev, files["carol"], p.hostnames["carol"], SYNC_CHILD) as c,
        ):
            started = {
                name: child.expect("started", START)
                for name, child in (("alice", a), ("bob", b), ("carol", c))
            }
            begun = max(started["alice"]["_at"], started["bob"]["_at"])  # both running
            a_port, carol_keys = started["alice"]["port"], started["carol"]["keys"]
            assert {name: s["hostname"] for name, s in started.items()} == p.hostnames
            assert (started["alice"]["device"], started["bob"]["device"]) == (alice_id, bob_id)
            assert started["alice"]["spaces"] == started["bob"]["spaces"] == [p.space_id.hex()]
            a_done = a.expect("converged", CONVERGE)
            b_done = b.expect("converged", max(0.1, CONVERGE - (time.monotonic() - begun)))
            converged_s = time.monotonic() - begun
            c.expect("converged", WAIT)  # her own assets, in her own space

            # Carol dials alice by hand, naming alice's device: the handshake is refused, nothing is synced.
            c.send(cmd="dial", host=a_dev.ip, port=a_port, candidates=[alice_id])
            dialed = c.expect(lambda e: e["event"] in ("dialed", "dial_failed"), WAIT)
            time.sleep(0.5)  # a second connection or a late dial would show up in the status now
            a.send(cmd="status")
            a_status = a.expect("status", WAIT)
            b.send(cmd="status")
            b_status = b.expect("status", WAIT)
        capture.send(cmd="quit")
        capture.expect("captured", WAIT)
    a_bye, b_bye, c_bye = (child.expect("bye", 0) for child in (a, b, c))
    for child in (a, b, c):
        assert "Traceback" not in child.stderr(), child.stderr()

    # Both converge, over exactly one TLS connection that stays up.
    assert converged_s < CONVERGE
    for done in (a_done, b_done):
        assert set(everything) <= set(done["assets"])
    assert (a_done["connected"], a_status["connected"], a_status["sessions"]) == ([bob_id], [bob_id], 1)
    assert (b_done["connected"], b_status["connected"], b_status["sessions"]) == ([alice_id], [alice_id], 1)
    frames = read_pcap(pcap)
    attempts = connection_attempts(frames)
    between = [(s, d) for s, d, _ in attempts if {s, d} == {a_dev.ip, b_dev.ip}]
    assert between, "the capture saw no connection between alice and bob"
    # Both may dial at the same moment (each finds the other); the node then keeps one, the same on both
    # sides. What must not happen is dialing a device already connected (its session would be replaced).
    assert len(between) <= 2, f"alice and bob connected {len(between)} times: {between}"
    for bye, other in ((a_bye, bob_id), (b_bye, alice_id)):
        assert set(bye["opened"]) == {other}
        assert len(bye["opened"]) <= len(between)  # a session only for a connection that was made
        assert bye["redundant"] == [], "dialed a device it was already connected to"

    # Carol: alice heard her announce a space alice does not hold, never dialed her, and refused her dial.
    heard_carol = [i for i, heard in a_bye["heard"].items() if announces(heard, carol_keys)]
    assert heard_carol, f"alice never heard carol's announcement: {a_bye['heard']}"
    assert (dialed["event"], dialed.get("error")) == ("dial_failed", "HandshakeRefused"), dialed
    assert not [at for at in attempts if at[0] == a_dev.ip and at[1] == c_dev.ip], "alice dialed carol"
    assert (c_dev.ip, a_dev.ip, a_port) in attempts, "carol's dial is in the capture"
    for bye in (a_bye, b_bye):
        assert carol_id not in bye["opened"]
    assert (c_bye["opened"], c_bye["connected"]) == ([], [])

    # The wire: the spaces are announced blinded; no space tag, community, member, asset or host name is
    # anywhere on it.
    mdns = [f for f in frames if is_mdns(f)]
    for heard in (*a_bye["heard"].values(), *b_bye["heard"].values()):
        assert any(tag_text(bytes.fromhex(heard["tags"][0])) in f for f in mdns), "the capture missed one"
    for tag in (p.space_tag, p.elsewhere.space_tag):
        assert tag is not None
        assert not [f for f in frames if tag_text(tag) in f or tag.hex().encode() in f or tag in f]
    for canary in p.canaries:
        for form in {canary, canary.replace(" ", ""), canary.split()[-1]}:
            hits = [f for f in frames if form.lower().encode() in f.lower()]
            assert not hits, f"{form!r} leaked in {len(hits)} frames ({sum(map(is_mdns, hits))} mDNS)"
    assert len(mdns) >= 6, f"too little mDNS captured ({len(mdns)} of {len(frames)} frames)"
    print(
        f"\nLAN sync: converged {a_done['t']:.2f} s / {b_done['t']:.2f} s after each child started "
        f"({converged_s:.2f} s after both were running); {len(between)} TCP connection(s) alice-bob; "
        f"{len(frames)} frames captured, {len(mdns)} mDNS"
    )


def test_a_lost_connection_is_made_again(lab: NetLab, tmp_path: Path) -> None:
    """Both devices stay announced, so no discovery event comes: the node itself must dial again."""
    run = secrets.token_hex(3)
    p = plan(run, tmp_path)
    a_dev, b_dev = bridged(lab, 2)
    files, _ = write_configs(tmp_path, p, run, a_dev, b_dev)
    with (
        sync_child(a_dev, files["alice"], p.hostnames["alice"]) as a,
        sync_child(b_dev, files["bob"], p.hostnames["bob"]) as b,
    ):
        a.expect("started", START)
        b.expect("started", START)
        a.expect("converged", CONVERGE)
        b.expect("converged", CONVERGE)
        # Let both dialers finish: the one that lost the race (it found its peer after being dialed) ends at its
        # next check. Broken within ~0.1 s of connecting, that late dialer would redial even without the node
        # doing so, and this test would prove nothing.
        time.sleep(SETTLE)
        # The connection breaks as after a Wi-Fi hiccup: the kernel drops bob's socket (RST to alice); both
        # processes and their announcements stay.
        killed = subprocess.run(
            ["ip", "netns", "exec", b_dev.namespace, "ss", "-K", "-t", "state", "established"],
            capture_output=True,
            text=True,
            timeout=WAIT,
            check=False,
        )
        if killed.returncode != 0 or a_dev.ip not in killed.stdout:
            pytest.skip(f"`ss -K` cannot close sockets here: {killed.stderr.strip() or killed.stdout}")
        deadline = time.monotonic() + REDIAL
        while True:
            time.sleep(0.2)
            states = []
            for child in (a, b):
                child.send(cmd="status")
                states.append(child.expect("status", WAIT))
            if all(len(s["opened"]) > 1 and s["connected"] for s in states):
                break  # a new session on each side, and connected now
            assert time.monotonic() < deadline, f"not connected again within {REDIAL} s: {states}"


def test_members_stay_connected_and_recognise_each_other_across_rotations(
    lab: NetLab, tmp_path: Path
) -> None:
    """Each announcement gets a new name and nonce every 1.5 s here (10 minutes in use): the peers keep their
    one connection, and each still recognises the other's every announcement, which share no tag."""
    a_dev, b_dev = bridged(lab, 2)
    (alice, bob), space_id = community(2)
    files = {}
    for name, peer, device in (("alice", alice, a_dev), ("bob", bob, b_dev)):
        space = peer.engine.space(space_id)
        assert space is not None
        body = {**engine_config(peer, space, device.ip), "write": [], "expect": [], "rotate_seconds": 1.5}
        files[name] = tmp_path / f"{name}.json"
        files[name].write_text(json.dumps(body), encoding="utf-8")
    with (
        sync_child(a_dev, files["alice"], "rotatinghosta", SYNC_CHILD) as a,
        sync_child(b_dev, files["bob"], "rotatinghostb", SYNC_CHILD) as b,
    ):
        keys = a.expect("started", START)["keys"]
        b.expect("started", START)
        assert b.expect("converged", CONVERGE)["connected"]  # bob has no copy until alice's reaches him
        time.sleep(5.0)  # a rotation or two (registering a new name takes its probing time)
        statuses = []
        for child in (a, b):
            child.send(cmd="status")
            statuses.append(child.expect("status", WAIT))
    for status, other in zip(statuses, (bob, alice), strict=True):
        assert status["connected"] == [other.keys.device_id.hex]
        assert status["opened"] == [other.keys.device_id.hex], "the connection was not made again"
        heard = list(status["heard"].values())
        assert len(heard) >= 2, f"no rotation heard: {len(heard)} announcement"
        assert all(announces(h, keys) for h in heard)  # the same community, every time
        tags = [t for h in heard for t in h["tags"]]
        assert len(tags) == len(set(tags)), "two announcements shared a tag"
