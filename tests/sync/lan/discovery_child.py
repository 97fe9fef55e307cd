"""A child process for discovery tests, run inside a test's network namespace; JSON lines in and out.

Modes: ``peer`` (an Announcer and a Browser), ``hostile`` (malformed announcements), ``fakes`` (many
well-formed announcements claiming one address), ``capture`` (every frame on one device, to a pcap file) and
``query`` (direct mDNS questions, reporting any answer).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import select
import socket
import struct
import sys
import time
from typing import Any

from zeroconf import IPVersion, ServiceInfo, const
from zeroconf._dns import DNSQuestion
from zeroconf._protocol.outgoing import DNSOutgoing
from zeroconf.asyncio import AsyncZeroconf

from sync.lan.discovery import (
    SERVICE_TYPE,
    Announcer,
    Browser,
    PeerEvent,
    PeerFound,
    PeerRemoved,
    encode_txt,
    new_instance_name,
)

_STARTED = time.monotonic()
_MDNS = ("224.0.0.251", 5353)


def emit(event: str, **fields: Any) -> None:
    print(json.dumps({"event": event, "t": round(time.monotonic() - _STARTED, 3), **fields}), flush=True)


_TASKS: set[asyncio.Task[None]] = set()


async def commands() -> asyncio.Queue[dict[str, Any]]:
    """Lines from stdin as a queue of commands; EOF counts as "quit"."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    async def pump() -> None:
        while line := await reader.readline():
            await queue.put(json.loads(line))
        await queue.put({"cmd": "quit"})

    _TASKS.add(loop.create_task(pump()))
    return queue


# --- peer ---------------------------------------------------------------------------------------------------


async def peer(args: argparse.Namespace) -> None:
    # The names a real device holds; discovery must never be given them (the test looks for them on the wire).
    held = {
        k: os.environ.get(k, "")
        for k in ("COMMONS_DEVICE_NAME", "COMMONS_PERSON_NAME", "COMMONS_COMMUNITY_NAME")
    }
    decoy = None
    if args.join_elsewhere:  # like avahi joining the mDNS group on another interface of this device
        decoy = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        decoy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        decoy.bind(("", 0))
        membership = socket.inet_aton(_MDNS[0]) + socket.inet_aton(args.join_elsewhere)
        decoy.setsockopt(socket.IPPROTO_IP, socket.IP_ADD_MEMBERSHIP, membership)

    def report(event: PeerEvent) -> None:
        kind = {PeerFound: "found", PeerRemoved: "removed"}.get(type(event), "updated")
        p = event.peer
        emit(
            kind,
            instance=p.instance,
            addresses=list(p.addresses),
            port=p.port,
            version=p.version,
            nonce=p.nonce.hex(),
            tags=[t.hex() for t in p.tags],
        )

    announcer = Announcer([args.interface], args.port, [bytes.fromhex(t) for t in args.tags.split(",") if t])
    browser = Browser([args.interface], report, own=announcer)
    queue = await commands()
    try:
        if not args.no_browse:
            await browser.start()
        await announcer.start()
        emit("announcing", instance=announcer.instance, hostname=socket.gethostname(), holds=sorted(held))
        while (command := await queue.get())["cmd"] != "quit":
            if command["cmd"] == "update":
                await announcer.update([bytes.fromhex(t) for t in command["tags"]])
                emit("updated_tags")
            elif command["cmd"] == "rotate":
                await announcer.rotate()
                emit("rotated", instance=announcer.instance)
            elif command["cmd"] == "stop_announcer":
                await announcer.stop()
                emit("announcer_stopped")
    finally:
        await announcer.stop()
        await browser.stop()
        if decoy is not None:
            decoy.close()
    emit("bye", rejected=browser.rejected)


# --- hostile ------------------------------------------------------------------------------------------------


def _txt(*strings: bytes) -> bytes:
    return b"".join(bytes([len(s)]) + s for s in strings)


def hostile_records(key: bytes) -> dict[str, tuple[bytes, int]]:
    """Flawed announcements by what is wrong with them: (raw TXT, port)."""
    good = encode_txt([key])
    strings = {s[: s.index(b"=")]: s for s in _strings(good)}
    n, t0, t1 = strings[b"n"], strings[b"t0"], strings[b"t1"]
    return {
        "version1": (_txt(b"v=1", n, t0, t1), 7000),
        "version3": (_txt(b"v=3", n, t0, t1), 7000),
        "noversion": (_txt(n, t0, t1), 7000),
        "nononce": (_txt(b"v=2", t0, t1), 7000),
        "garbagetag": (_txt(b"v=2", n, b"t0=" + b"!" * (len(t0) - 3), t1), 7000),
        "noncanonical": (_txt(b"v=2", n, t0[:-1] + b"b", t1), 7000),
        "fewtags": (_txt(b"v=2", n, t0), 7000),
        "duplicatev": (_txt(b"v=2", b"v=2", n, t0, t1), 7000),
        "huge": (_txt(b"v=2", n, t0, t1, *[b"x" * 250] * 12), 7000),
        "portzero": (good, 0),
    }


def _strings(raw: bytes) -> list[bytes]:
    found, pos = [], 0
    while pos < len(raw):
        found.append(raw[pos + 1 : pos + 1 + raw[pos]])
        pos += 1 + raw[pos]
    return found


async def hostile(args: argparse.Namespace) -> None:
    tag = bytes.fromhex(args.tag)  # a key, announced blinded
    azc = AsyncZeroconf(interfaces=[args.interface], ip_version=IPVersion.V4Only)
    queue = await commands()
    infos = []
    for flaw, (text, port) in hostile_records(tag).items():
        label = f"{flaw}{new_instance_name()[:6]}"
        infos.append(
            ServiceInfo(
                SERVICE_TYPE,
                f"{label}.{SERVICE_TYPE}",
                port=port,
                properties=text,
                server=f"{label}.local.",
                addresses=[socket.inet_aton(args.interface)],
            )
        )
    # Loopback-only address, and a name that is not a DNS label, with an otherwise valid record.
    loop_label = f"loopback{new_instance_name()[:6]}"
    infos.append(
        ServiceInfo(
            SERVICE_TYPE,
            f"{loop_label}.{SERVICE_TYPE}",
            port=7000,
            properties=encode_txt([tag]),
            server=f"{loop_label}.local.",
            addresses=[socket.inet_aton("127.0.0.1")],
        )
    )
    infos.append(
        ServiceInfo(
            SERVICE_TYPE,
            f"Not A Label!.{SERVICE_TYPE}",
            port=7000,
            properties=encode_txt([tag]),
            server="weird.local.",
            addresses=[socket.inet_aton(args.interface)],
        )
    )
    try:
        sent = [await azc.async_register_service(i, cooperating_responders=True) for i in infos]
        await asyncio.wait_for(asyncio.gather(*sent), 10)
        emit("hostile_ready", instances=[i.name for i in infos])
        while (await queue.get())["cmd"] != "quit":
            pass
    finally:
        await asyncio.wait_for(azc.async_close(), 10)
    emit("bye")


async def fakes(args: argparse.Namespace) -> None:
    """*count* well-formed announcements, all claiming address *claim*: a table filler."""
    azc = AsyncZeroconf(interfaces=[args.interface], ip_version=IPVersion.V4Only)
    queue = await commands()
    infos = []
    for _ in range(args.count):
        label = f"fake{new_instance_name()[:10]}"
        infos.append(
            ServiceInfo(
                SERVICE_TYPE,
                f"{label}.{SERVICE_TYPE}",
                port=7000,
                properties=encode_txt([os.urandom(32)]),
                server=f"{label}.local.",
                addresses=[socket.inet_aton(args.claim)],
            )
        )
    try:
        sent = [await azc.async_register_service(i, cooperating_responders=True) for i in infos]
        await asyncio.wait_for(asyncio.gather(*sent), 20)
        emit("fakes_ready", instances=[i.name for i in infos])
        while (await queue.get())["cmd"] != "quit":
            pass
    finally:
        await asyncio.wait_for(azc.async_close(), 10)
    emit("bye")


# --- capture ------------------------------------------------------------------------------------------------


def capture(args: argparse.Namespace) -> None:
    """Every frame on one device, both directions, until "quit" (or the time limit), written as a pcap file."""
    sock = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(0x0003))  # ETH_P_ALL
    sock.bind((args.device, 0))
    emit("capturing")
    frames: list[tuple[float, bytes]] = []
    deadline = time.monotonic() + args.seconds
    buffered = b""
    while time.monotonic() < deadline:
        ready, _, _ = select.select([sock, sys.stdin], [], [], 0.2)
        if sock in ready:
            frames.append((time.time(), sock.recv(65535)))
        if sys.stdin in ready:
            chunk = os.read(sys.stdin.fileno(), 4096)
            buffered += chunk
            if not chunk or b"quit" in buffered:
                break
    while select.select([sock], [], [], 0)[0]:  # what already arrived belongs to the test too
        frames.append((time.time(), sock.recv(65535)))
    sock.close()
    with open(args.out, "wb") as out:
        out.write(struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1))
        for at, frame in frames:
            out.write(struct.pack("<IIII", int(at), int(at % 1 * 1e6), len(frame), len(frame)) + frame)
    emit("captured", frames=len(frames))
    emit("bye")


# --- query --------------------------------------------------------------------------------------------------


def query(args: argparse.Namespace) -> None:
    """Ask for our service type directly (legacy unicast) and by multicast with the QU bit; report every answer."""
    out = DNSOutgoing(const._FLAGS_QR_QUERY)
    out.add_question(DNSQuestion(SERVICE_TYPE, const._TYPE_PTR, const._CLASS_IN))
    packet = out.packets()[0]
    qu = DNSOutgoing(const._FLAGS_QR_QUERY)
    question = DNSQuestion(SERVICE_TYPE, const._TYPE_PTR, const._CLASS_IN)
    question.unicast = True
    qu.add_question(question)
    legacy = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    legacy.bind(("", 0))
    mdns = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    mdns.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    mdns.bind(("", 5353))
    mdns.setsockopt(
        socket.IPPROTO_IP,
        socket.IP_ADD_MEMBERSHIP,
        socket.inet_aton(_MDNS[0]) + socket.inet_aton(args.interface),
    )
    mdns.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_IF, socket.inet_aton(args.interface))
    mdns.setsockopt(socket.IPPROTO_IP, socket.IP_MULTICAST_LOOP, 0)
    for target in args.targets:
        legacy.sendto(packet, (target, 5353))
    mdns.sendto(qu.packets()[0], _MDNS)
    answers = []
    deadline = time.monotonic() + args.seconds
    while (left := deadline - time.monotonic()) > 0:
        for sock in select.select([legacy, mdns], [], [], left)[0]:
            data, sender = sock.recvfrom(65535)
            if data != qu.packets()[0]:
                answers.append({"from": sender[0], "hex": data.hex()})
    legacy.close()
    mdns.close()
    emit("answers", answers=answers)
    emit("bye")


def main() -> None:
    parser = argparse.ArgumentParser()
    modes = parser.add_subparsers(dest="mode", required=True)
    p = modes.add_parser("peer")
    p.add_argument("--interface", required=True)
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--tags", default="")
    p.add_argument("--no-browse", action="store_true")
    p.add_argument("--join-elsewhere", help="also join the mDNS group on this other address, as avahi would")
    h = modes.add_parser("hostile")
    h.add_argument("--interface", required=True)
    h.add_argument("--tag", required=True)
    f = modes.add_parser("fakes")
    f.add_argument("--interface", required=True)
    f.add_argument("--claim", required=True)
    f.add_argument("--count", type=int, default=64)
    c = modes.add_parser("capture")
    c.add_argument("--device", required=True)
    c.add_argument("--out", required=True)
    c.add_argument("--seconds", type=float, default=30)
    q = modes.add_parser("query")
    q.add_argument("--interface", required=True)
    q.add_argument("--targets", nargs="*", default=[])
    q.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    try:
        if args.mode == "peer":
            asyncio.run(peer(args))
        elif args.mode == "hostile":
            asyncio.run(hostile(args))
        elif args.mode == "fakes":
            asyncio.run(fakes(args))
        elif args.mode == "capture":
            capture(args)
        else:
            query(args)
    except Exception as e:
        emit("error", message=f"{type(e).__name__}: {e}")
        raise


if __name__ == "__main__":
    main()
