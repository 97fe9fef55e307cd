"""LAN discovery: the TXT format, manual addresses, and real mDNS between devices in throw-away namespaces."""

from __future__ import annotations

import asyncio
import hashlib
import re
import secrets
import struct
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from zeroconf import ServiceInfo

from sync.lan import discovery, records
from sync.lan.discovery import (
    MAX_TAGS,
    SERVICE_TYPE,
    Announcer,
    BadInterface,
    BadPeerAddress,
    BadTags,
    Browser,
    MalformedAnnouncement,
    NoInterfacesChosen,
    PeerAddress,
    announce_key,
    decode_txt,
    encode_txt,
    new_instance_name,
    parse_peer_address,
)
from sync.lan.records import blind

from .discovery_child import hostile_records
from .netns import (
    Child,
    Link,
    NetLab,
    NetnsUnavailable,
    existing_namespaces,
    netlab,
    netns_unavailable_reason,
)

TAG_A, TAG_A2, TAG_B, TAG_B2 = (hashlib.sha256(n.encode()).digest() for n in ("a", "a2", "b", "b2"))
WAIT = 6.0  # seconds: discovery takes ~1 s here (probing); every wait is bounded by this


def tag_text(value: bytes) -> bytes:
    return records._text(value)


def tags_of(event: dict[str, Any]) -> list[bytes]:
    return [bytes.fromhex(t) for t in event["tags"]]


def announces(event: dict[str, Any], key: bytes) -> bool:
    """Whether a browser's event shows the peer announcing *key*."""
    return len(event["tags"]) == MAX_TAGS and blind(key, bytes.fromhex(event["nonce"])) in tags_of(event)


# --- TXT records (no network) -------------------------------------------------------------------------------


NONCE = bytes(range(16))


def test_the_record_vector_in_the_protocol_document() -> None:
    """docs/protocol.md prints these bytes: the key, the blinded tag and the record's start."""
    key = announce_key(bytes(32))
    assert key.hex() == "c94bf8711c74f287353fb741fb0512558c6cc2fd8bc2d5624c2bc3d3ce81909b"
    tag = blind(key, NONCE)
    assert tag.hex() == "0ec2e755a8f5a09402a9d46196723bbe"
    raw = encode_txt([key], NONCE)
    assert raw.startswith(b"\x03v=2\x1cn=aaaqeayeaudaocajbifqydiob4\xd3t0=")
    assert tag_text(tag) == b"b3boovni6wqjiavj2rqzm4r3xy"
    assert tag_text(tag) in raw


@pytest.mark.parametrize("count", [0, 1, 5, MAX_TAGS])
def test_txt_round_trip_and_every_record_is_the_same_size(count: int) -> None:
    keys = [hashlib.sha256(bytes([i])).digest() for i in range(count)]
    raw = encode_txt(keys, NONCE)
    announcement = decode_txt(raw)
    assert (announcement.version, announcement.nonce) == (2, NONCE)
    assert len(announcement.tags) == MAX_TAGS  # however many spaces: the count is not on the wire
    assert list(announcement.tags) == sorted(announcement.tags)
    assert all(announcement.announces(k) for k in keys)
    assert not announcement.announces(hashlib.sha256(b"another").digest())
    assert len(raw) == len(encode_txt([], NONCE))
    # What other mDNS software sees: v=2, the nonce and two keys of eight tags, nothing else.
    properties = ServiceInfo(SERVICE_TYPE, f"x.{SERVICE_TYPE}", properties=raw).properties
    assert properties[b"v"] == b"2"
    assert set(properties) == {b"v", b"n", b"t0", b"t1"}
    assert len(raw) < 500  # with SRV, A and PTR the answer still fits one Ethernet frame


def test_two_announcements_of_the_same_keys_share_no_tag() -> None:
    """A listener without the key cannot link two announcements of one device: nothing repeats."""
    keys = [TAG_A, TAG_B]
    first, second = decode_txt(encode_txt(keys)), decode_txt(encode_txt(keys))
    assert first.nonce != second.nonce
    assert not set(first.tags) & set(second.tags)
    assert all(first.announces(k) and second.announces(k) for k in keys)


def test_txt_is_compact_base32() -> None:
    assert len(tag_text(NONCE)) == 26
    assert tag_text(NONCE).islower()


@pytest.mark.parametrize(
    "keys",
    [
        [b"short"],
        [TAG_A + b"x"],
        [TAG_A, TAG_A],
        [hashlib.sha256(bytes([i])).digest() for i in range(MAX_TAGS + 1)],
    ],
    ids=["short", "long", "duplicate", "too-many"],
)
def test_encode_refuses_bad_keys(keys: list[bytes]) -> None:
    with pytest.raises(BadTags):
        encode_txt(keys)


def test_encode_refuses_a_bare_bytes_value() -> None:
    with pytest.raises(BadTags):
        encode_txt(TAG_A)  # type: ignore[arg-type]  # the mistake under test


def _txt(*strings: bytes) -> bytes:
    return b"".join(bytes([len(s)]) + s for s in strings)


_GOOD = encode_txt([TAG_A], NONCE)
_N = b"n=" + tag_text(NONCE)
_T0 = _GOOD[_GOOD.index(b"t0=") : _GOOD.index(b"t0=") + 3 + 8 * 26]
_T1 = _GOOD[_GOOD.index(b"t1=") :]

HOSTILE_TXT = {
    **{flaw: text for flaw, (text, _port) in hostile_records(TAG_A).items() if flaw != "portzero"},
    "empty": b"",
    "empty-string": b"\x00",
    "truncated": _GOOD[:-5],
    "length-past-end": b"\xff" + b"v=2",
    "version-1": _txt(b"v=1", _N, _T0, _T1),
    "no-nonce": _txt(b"v=2", _T0, _T1),
    "short-nonce": _txt(b"v=2", _N[:-1], _T0, _T1),
    "uppercase-tag": _txt(b"v=2", _N, _T0.upper().replace(b"T0=", b"t0="), _T1),
    "hex-nonce": _txt(b"v=2", b"n=" + NONCE.hex().encode(), _T0, _T1),
    "seven-tags": _txt(b"v=2", _N, _T0[:-26], _T1),
    "nine-tags": _txt(b"v=2", _N, _T0 + _T0[3:29], _T1),
    "no-t1": _txt(b"v=2", _N, _T0),
    "tags-out-of-order": _txt(b"v=2", _N, b"t0=" + _T1[3:], b"t1=" + _T0[3:]),
    "tag-key-without-value": _txt(b"v=2", _N, b"t0", _T1),
    "version-02": _txt(b"v=02", _N, _T0, _T1),
    "version-no-value": _txt(b"v"),
    "over-1300-bytes": _GOOD + _txt(b"pad=" + b"x" * 250) * 6,
}


@pytest.mark.parametrize("raw", HOSTILE_TXT.values(), ids=HOSTILE_TXT.keys())
def test_hostile_txt_is_rejected(raw: bytes) -> None:
    with pytest.raises(MalformedAnnouncement):
        decode_txt(raw)


def test_unknown_keys_are_tolerated() -> None:
    raw = _GOOD + _txt(b"future=1", b"flag")
    assert decode_txt(raw).announces(TAG_A)


@given(st.binary(max_size=1400))
def test_decode_never_fails_otherwise(raw: bytes) -> None:
    try:
        decoded = decode_txt(raw)
    except MalformedAnnouncement:
        return
    assert decoded.version == 2
    assert len(decoded.tags) == MAX_TAGS


# --- the announcer's records, and its instance names (no network) -------------------------------------------


class FakeZeroconf:
    """Records what the announcer registers instead of sending it."""

    def __init__(self) -> None:
        self.log: list[tuple[str, ServiceInfo | None]] = []

    async def _done(self) -> None:
        return None

    async def async_register_service(self, info: ServiceInfo, **_: Any) -> Any:
        self.log.append(("register", info))
        return self._done()

    async def async_update_service(self, info: ServiceInfo) -> Any:
        self.log.append(("update", info))
        return self._done()

    async def async_unregister_service(self, info: ServiceInfo) -> Any:
        self.log.append(("unregister", info))
        return self._done()

    async def async_close(self) -> None:
        self.log.append(("close", None))


def test_each_start_uses_a_new_random_name_and_only_chosen_addresses(monkeypatch: pytest.MonkeyPatch) -> None:
    fakes: list[FakeZeroconf] = []

    async def fake_open(ip: str) -> FakeZeroconf:
        fakes.append(FakeZeroconf())
        return fakes[-1]

    monkeypatch.setattr(discovery, "_open_zeroconf", fake_open)
    announcer = Announcer(["10.199.0.1"], 7301, [TAG_A])
    names: list[str] = []

    async def run() -> None:
        for _ in range(3):
            await announcer.start()
            assert announcer.instance is not None
            names.append(announcer.instance)
            if len(names) == 3:
                await announcer.update([TAG_A2])
            await announcer.stop()
            assert announcer.instance is None

    asyncio.run(asyncio.wait_for(run(), 10))
    assert len(set(names)) == 3
    assert all(announcer.is_own(n) for n in names)
    assert [kind for kind, _ in fakes[-1].log] == ["register", "update", "unregister", "close"]
    registered, updated = fakes[-1].log[0][1], fakes[-1].log[1][1]
    assert registered is not None
    assert updated is not None
    assert registered.name == f"{names[-1]}.{SERVICE_TYPE}"
    assert registered.server == f"{names[-1]}.local."
    assert registered.parsed_addresses() == ["10.199.0.1"]
    assert registered.port == 7301
    assert decode_txt(registered.text).announces(TAG_A)
    assert decode_txt(updated.text).announces(TAG_A2)
    assert not decode_txt(updated.text).announces(TAG_A)


def test_instance_names_are_random_labels() -> None:
    names = {new_instance_name() for _ in range(200)}
    assert len(names) == 200
    assert all(len(n) == 16 and n.isalnum() and n == n.lower() for n in names)


# --- refusing to start without chosen interfaces (no network) -----------------------------------------------


def test_no_interfaces_means_no_discovery() -> None:
    with pytest.raises(NoInterfacesChosen):
        Announcer([], 7301, [TAG_A])
    with pytest.raises(NoInterfacesChosen):
        Browser([], lambda event: None)


@pytest.mark.parametrize("interfaces", [["0.0.0.0"], ["eth0"], ["224.0.0.251"], ["::1"], "10.199.0.1"])
def test_interfaces_must_be_single_ipv4_addresses(interfaces: Any) -> None:
    with pytest.raises(BadInterface):
        Announcer(interfaces, 7301, [TAG_A])
    with pytest.raises(BadInterface):
        Browser(interfaces, lambda event: None)


def test_an_address_this_device_lacks_is_refused_before_any_socket() -> None:
    with pytest.raises(BadInterface, match=re.escape("192.0.2.123")):  # TEST-NET-1: on no interface here
        asyncio.run(asyncio.wait_for(Announcer(["192.0.2.123"], 7301, [TAG_A]).start(), 10))
    with pytest.raises(BadInterface, match=re.escape("192.0.2.123")):
        asyncio.run(asyncio.wait_for(Browser(["192.0.2.123"], lambda event: None).start(), 10))


# --- manual peer addresses (no network) ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "host", "port"),
    [
        ("192.168.1.20:7340", "192.168.1.20", 7340),
        ("  10.0.0.5:1 ", "10.0.0.5", 1),
        ("[fe80::1]:7340", "fe80::1", 7340),
        ("[2001:DB8:0:0::1]:65535", "2001:db8::1", 65535),
        ("[fe80::1%eth0]:7340", "fe80::1%eth0", 7340),
        ("laptop.local:7340", "laptop.local", 7340),
        ("drop-in-centre:80", "drop-in-centre", 80),
        ("Host.Example.:443", "Host.Example.", 443),
    ],
)
def test_peer_addresses_parse(text: str, host: str, port: int) -> None:
    assert parse_peer_address(text) == PeerAddress(host, port)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("", "address and port"),
        ("192.168.1.20", "add the port"),
        ("192.168.1.20:", "1 to 65535"),
        ("192.168.1.20:0", "1 to 65535"),
        ("192.168.1.20:65536", "1 to 65535"),
        ("192.168.1.20:-1", "1 to 65535"),
        ("192.168.1.20:+80", "1 to 65535"),
        ("192.168.1.20:８０", "1 to 65535"),
        ("192.168.1.20:http", "1 to 65535"),
        ("999.1.1.1:80", "not a valid IPv4"),
        ("01.2.3.4:80", "not a valid IPv4"),
        ("fe80::1", "brackets"),
        ("fe80::1:7340", "brackets"),
        ("[fe80::1]", "add the port"),
        ("[fe80::1:7340", "closing"),
        ("[192.168.1.20]:80", "not an IPv6"),
        ("http://laptop:80", "without a scheme"),
        (":80", "host before the colon"),
        ("bad_host:80", "neither"),
        ("-lead.local:80", "neither"),
        ("café.local:80", "neither"),
        ("a" * 64 + ".local:80", "neither"),
    ],
)
def test_bad_peer_addresses_say_what_to_fix(text: str, hint: str) -> None:
    with pytest.raises(BadPeerAddress, match=hint):
        parse_peer_address(text)


def test_peer_address_prints_back() -> None:
    assert str(parse_peer_address("[fe80::1]:7340")) == "[fe80::1]:7340"
    assert str(parse_peer_address("10.0.0.5:9")) == "10.0.0.5:9"


# --- real mDNS between namespaces ---------------------------------------------------------------------------


@pytest.fixture
def lab() -> Iterator[NetLab]:
    reason = netns_unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with netlab() as lab:
        try:
            lab.namespace()
        except NetnsUnavailable as e:
            pytest.skip(str(e))
        yield lab


@pytest.fixture
def pair(lab: NetLab) -> Link:
    return lab.link(lab.namespaces[0], lab.namespace())


def peer_args(side: Any, port: int, *tags: bytes) -> list[str]:
    return ["peer", "--interface", side.ip, "--port", str(port), "--tags", ",".join(t.hex() for t in tags)]


def test_lab_leaves_nothing_behind() -> None:
    if (reason := netns_unavailable_reason()) is not None:
        pytest.skip(reason)
    with pytest.raises(RuntimeError, match="boom"), netlab() as lab:
        try:
            link = lab.link(lab.namespace(), lab.namespace())
        except NetnsUnavailable as e:
            pytest.skip(str(e))
        names = set(lab.namespaces)
        assert names <= existing_namespaces()
        assert len(link.a.device) <= 15
        raise RuntimeError("boom")
    assert not names & existing_namespaces()


def test_two_devices_find_each_other_follow_updates_and_goodbyes(pair: Link) -> None:
    hostile_args = ["hostile", "--interface", pair.b.ip, "--tag", TAG_B.hex()]
    with Child(pair.b.namespace, hostile_args) as hostile:
        # Flawed announcements are already on the link when the peers start: both must ignore every one.
        flawed = hostile.expect("hostile_ready", WAIT)["instances"]
        with (
            Child(pair.a.namespace, peer_args(pair.a, 7301, TAG_A)) as a,
            Child(pair.b.namespace, peer_args(pair.b, 7302, TAG_B)) as b,
        ):
            a_name = a.expect("announcing", WAIT)["instance"]
            b_name = b.expect("announcing", WAIT)["instance"]
            found_b = a.expect(lambda e: e["event"] == "found" and e["instance"] == b_name, WAIT)
            found_a = b.expect(lambda e: e["event"] == "found" and e["instance"] == a_name, WAIT)
            assert (found_b["addresses"], found_b["port"], found_b["version"]) == ([pair.b.ip], 7302, 2)
            assert (found_a["addresses"], found_a["port"], found_a["version"]) == ([pair.a.ip], 7301, 2)
            assert announces(found_b, TAG_B)
            assert not announces(found_b, TAG_A)
            assert announces(found_a, TAG_A)
            assert not announces(found_a, TAG_B)

            sent = time.monotonic()
            b.send(cmd="update", tags=[TAG_B2.hex(), TAG_B.hex()])
            updated = a.expect(lambda e: e["event"] == "updated" and e["instance"] == b_name, WAIT)
            assert announces(updated, TAG_B2)
            assert announces(updated, TAG_B)
            assert not set(tags_of(updated)) & set(tags_of(found_b))  # a new nonce: nothing repeats
            update_s = updated["_at"] - sent

            sent = time.monotonic()
            b.send(cmd="stop_announcer")
            removed = a.expect(lambda e: e["event"] == "removed" and e["instance"] == b_name, WAIT)
            assert tags_of(removed) == tags_of(updated)
            removal_s = removed["_at"] - sent
            b.expect("announcer_stopped", WAIT)
        print(
            f"\ndiscovery after process start: {found_b['t']:.2f} s / {found_a['t']:.2f} s; "
            f"tag update seen after {update_s * 1000:.0f} ms; goodbye seen after {removal_s * 1000:.0f} ms"
        )
    for child, other in ((a, b_name), (b, a_name)):
        seen = {e["instance"] for e in child.events if e["event"] in ("found", "updated", "removed")}
        assert seen == {other}, "only the other good peer: not ourselves, not any hostile record"
        assert child.expect("bye", 0)["rejected"] >= len(flawed), "the flawed records did arrive"
        assert "Traceback" not in child.stderr()


def read_pcap(path: Path) -> list[bytes]:
    data = path.read_bytes()
    frames, pos = [], 24
    while pos < len(data):
        length = struct.unpack_from("<I", data, pos + 8)[0]
        frames.append(data[pos + 16 : pos + 16 + length])
        pos += 16 + length
    return frames


def is_mdns(frame: bytes) -> bool:
    """An Ethernet frame carrying IPv4 UDP to or from port 5353."""
    if len(frame) < 42 or frame[12:14] != b"\x08\x00" or frame[23] != 17:
        return False
    udp = 14 + (frame[14] & 0x0F) * 4
    return 5353 in struct.unpack_from("!HH", frame, udp)


def test_announcements_carry_no_names(pair: Link, tmp_path: Path) -> None:
    run = secrets.token_hex(3)
    canaries = {
        "COMMONS_DEVICE_NAME": f"canarydevice{run}",  # also the system host name in each child
        "COMMONS_PERSON_NAME": f"Canary Person {run}",
        "COMMONS_COMMUNITY_NAME": f"Canary Community {run}",
    }
    pcap = tmp_path / "a.pcap"
    capture_args = ["capture", "--device", pair.a.device, "--out", str(pcap), "--seconds", "30"]
    with Child(pair.a.namespace, capture_args) as capture:
        capture.expect("capturing", WAIT)
        host = canaries["COMMONS_DEVICE_NAME"]
        with (
            Child(pair.a.namespace, peer_args(pair.a, 7301, TAG_A), env=canaries, hostname=host) as a,
            Child(pair.b.namespace, peer_args(pair.b, 7302, TAG_B), env=canaries, hostname=host) as b,
        ):
            announcing = a.expect("announcing", WAIT)
            assert announcing["hostname"] == canaries["COMMONS_DEVICE_NAME"]
            assert set(announcing["holds"]) == set(canaries)
            a_name, b_name = announcing["instance"], b.expect("announcing", WAIT)["instance"]
            a.expect("found", WAIT)
            first = b.expect("found", WAIT)
            a.send(cmd="update", tags=[TAG_A2.hex()])
            second = b.expect(lambda e: e["event"] == "updated" and e["instance"] == a_name, WAIT)
            a.send(cmd="stop_announcer")
            b.expect(lambda e: e["event"] == "removed" and e["instance"] == a_name, WAIT)
        capture.send(cmd="quit")
        capture.expect("captured", WAIT)
    frames = read_pcap(pcap)
    mdns = [f for f in frames if is_mdns(f)]
    assert len(mdns) >= 4, f"the capture saw too little: {len(frames)} frames, {len(mdns)} mDNS"
    blinded = [tag_text(blind(k, bytes.fromhex(e["nonce"]))) for e, k in ((first, TAG_A), (second, TAG_A2))]
    for needle in (*blinded, a_name.encode(), b_name.encode()):
        assert any(needle in f for f in mdns), f"{needle!r} never seen: the capture missed the announcements"
    for key in (TAG_A, TAG_A2, TAG_B):  # the keys themselves never travel
        for form in (key, tag_text(key[:16]), key.hex().encode()):
            assert not any(form in f for f in frames)
    for canary in canaries.values():
        for form in {canary, canary.lower(), canary.replace(" ", ""), canary.split()[-1]}:
            hits = [f for f in frames if form.lower().encode() in f.lower()]
            assert not hits, f"{form!r} leaked in {len(hits)} frames"


def test_announcements_stay_off_other_networks(lab: NetLab, tmp_path: Path) -> None:
    """A device on the home link and a café link announces on home only; the café gets no answer at all.

    Plain python-zeroconf answers such unicast queries through its 0.0.0.0:5353 socket (and hears multicast on
    any interface another program joined); the announcer binds its sockets to the chosen device.
    """
    device, home_peer, cafe = lab.namespaces[0], lab.namespace(), lab.namespace()
    home = lab.link(device, home_peer)
    cafe_link = lab.link(device, cafe)
    # The café host may send to the home address through the device (it is on the same wire).
    done = lab.ip("-n", cafe, "route", "add", f"{home.a.ip}/32", "via", cafe_link.a.ip)
    assert done.returncode == 0, done.stderr
    pcap = tmp_path / "cafe.pcap"
    capture_args = ["capture", "--device", cafe_link.b.device, "--out", str(pcap), "--seconds", "30"]
    announce = [*peer_args(home.a, 7301, TAG_A), "--no-browse", "--join-elsewhere", cafe_link.a.ip]
    with Child(cafe, capture_args) as capture, Child(device, announce) as a:
        capture.expect("capturing", WAIT)
        name = a.expect("announcing", WAIT)["instance"]
        asked_from_cafe = ["query", "--interface", cafe_link.b.ip, "--targets", cafe_link.a.ip, home.a.ip]
        asked_from_home = ["query", "--interface", home.b.ip, "--targets", home.a.ip]
        with Child(cafe, asked_from_cafe) as from_cafe, Child(home_peer, asked_from_home) as from_home:
            cafe_answers = from_cafe.expect("answers", WAIT)["answers"]
            home_answers = from_home.expect("answers", WAIT)["answers"]
        capture.send(cmd="quit")
        capture.expect("captured", WAIT)
    assert any(name.encode().hex() in answer["hex"] for answer in home_answers), "control: home gets answers"
    assert cafe_answers == []
    leaked = [f for f in read_pcap(pcap) if name.encode() in f or b"v=2" in f]
    assert leaked == []


def test_fakes_from_one_address_cannot_crowd_out_a_real_peer(pair: Link) -> None:
    """64 well-formed announcements, all for one address, are on the link before the real peer arrives."""
    claim = pair.b.ip.rsplit(".", 1)[0] + ".250"
    with Child(pair.a.namespace, [*peer_args(pair.a, 7301, TAG_A)]) as a:
        a.expect("announcing", WAIT)
        with Child(pair.b.namespace, ["fakes", "--interface", pair.b.ip, "--claim", claim]) as fakes:
            fakes.expect("fakes_ready", 30)
            a.expect(lambda e: e["event"] == "found" and e["addresses"] == [claim], WAIT)
            time.sleep(2)  # every fake has been heard and resolved (or ignored)
            with Child(pair.b.namespace, peer_args(pair.b, 7302, TAG_B)) as b:
                b_name = b.expect("announcing", WAIT)["instance"]
                found = a.expect(lambda e: e["event"] == "found" and e["instance"] == b_name, WAIT)
                assert announces(found, TAG_B)
    fakes_kept = {e["instance"] for e in a.events if e["event"] == "found" and e["addresses"] == [claim]}
    assert 1 <= len(fakes_kept) <= discovery.MAX_PEERS_PER_ADDRESS


def test_a_rotated_announcement_links_to_nothing_but_members_still_recognise_it(pair: Link) -> None:
    with (
        Child(pair.a.namespace, peer_args(pair.a, 7301, TAG_A)) as a,
        Child(pair.b.namespace, peer_args(pair.b, 7302, TAG_B)) as b,
    ):
        b_name = b.expect("announcing", WAIT)["instance"]
        before = a.expect(lambda e: e["event"] == "found" and e["instance"] == b_name, WAIT)
        b.send(cmd="rotate")
        new_name = b.expect("rotated", WAIT)["instance"]
        after = a.expect(lambda e: e["event"] == "found" and e["instance"] == new_name, WAIT)
        a.expect(lambda e: e["event"] == "removed" and e["instance"] == b_name, WAIT)
    assert new_name != b_name
    assert before["nonce"] != after["nonce"]
    assert not set(before["tags"]) & set(after["tags"])  # nothing in common for a listener without the key
    assert announces(before, TAG_B)
    assert announces(after, TAG_B)
