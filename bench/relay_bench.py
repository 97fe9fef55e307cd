"""Benchmark of the relay path: envelopes through `RelayClient` against bare nats-py, same relay, same run.

Run with `.venv/bin/python bench/relay_bench.py` (or `make bench`); `--quick` for small batches and few rounds.

One real `RelayServer` (nats-server with JetStream, TLS and its generated credential) runs in a temporary
directory on 127.0.0.1; its COMMONS stream is made with `ensure_stream`. Each side has its own connection, made
once, with the same TLS settings (a context trusting only the relay's certificate, TLS 1.2 or newer):

1. Throughput of 4 KiB bundles. In interleaved rounds (the order of the sides rotates every round), every side
   moves N messages through a subject of its own for that round (`commons.v1.<64 hex>`):
   - ours: each 4 KiB payload sealed (`sync.envelope.seal`, a fresh epoch key per round, hence a fresh space
     tag and subject; one `DeviceSigner`, sequence 1..N), `RelayClient.publish` in batches of 100, then
     `RelayClient.fetch_all` and `open_envelope` of each with a fresh `InMemoryKeyring` that knows the epoch
     and the sender (the replay window is per keyring);
   - ours, transport only: the same `RelayClient.publish` + `fetch_all` of envelopes sealed beforehand (the
     crypto not timed);
   - bare: nats-py's `js.publish_async` of random payloads of the envelope's size with a `Nats-Msg-Id` header
     (a random 64-hex id, as long as ours), the acks gathered per batch of 100 as `RelayClient.publish` does,
     then an ordered push consumer (`DeliverPolicy.ALL`) read with `next_msg` until N have arrived; no crypto;
   - crypto alone: seal + open of N envelopes with no transport;
   - diagnostic: bare again, but passing `wait_stall=` to `publish_async`, as `RelayClient.publish` did until
     this benchmark found it (it now bounds the whole hand-over with one `asyncio.timeout` instead). On
     Python 3.11, `asyncio.wait_for` with a timeout wraps the semaphore's acquire in a task, so every message
     yields to the event loop and nats-py's flusher writes each one on its own (one send per message instead of
     one per batch); on 3.12 and later `wait_for` does not yield there.
   Reported: medians of each side's time per round, msgs/s, and ours ÷ bare throughput (goal ≥ 0.9); the phases
   of ours and bare (seal, publish, fetch, open) timed inside the same rounds.
2. Catch-up of 10,000 envelopes (4 KiB payloads) published once to one subject: in interleaved rounds, a fresh
   `RelayClient` (connected, then timed:) `fetch_all` + `open_envelope` of all of them with a fresh keyring,
   against a fresh bare connection reading the same 10,000 messages with an ordered consumer. Connecting is
   timed apart. `fetch_all` alone is timed too, in the same round, as is opening alone.

Not a test: the only checks are sanity checks (every message arrives, in order, and every envelope opens back
to its payload), and the run stops if one fails. The relay and its directory are removed at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import platform
import ssl
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path

from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import ConsumerConfig, DeliverPolicy

from sync.envelope import OVERHEAD, InMemoryKeyring, open_envelope, seal, space_tag_for
from sync.identity import DeviceSigner
from sync.relay import STREAM_NAME, RelayClient, RelayServer, ensure_stream, find_nats_server
from sync.relay.server import nats_server_version

PAYLOAD = 4096
ENVELOPE = PAYLOAD + OVERHEAD
BATCH = 100
EPOCH = 1
MAX_STORE = 2 * 1024**3
"""The relay's store limit; a full run writes ≈ 0.4 GB (the stream discards the oldest beyond it)."""
TIMEOUT_S = 10.0


class _NoSslEofWarning(logging.Filter):
    """nats-py's protocol returns True from eof_received(), and asyncio warns at every close of a TLS connection."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "eof_received()" not in record.getMessage()


def fail(message: str) -> None:
    sys.exit(f"sanity check failed: {message}")


# --- the two clients ------------------------------------------------------------------------------------------


def tls_context(certificate_pem: bytes) -> ssl.SSLContext:
    """The settings `RelayClient.connect` uses: trust only the relay's certificate, TLS 1.2 or newer."""
    context = ssl.create_default_context(cadata=certificate_pem.decode("ascii"))
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


async def quiet(_exc: Exception) -> None:
    pass


async def connect_ours(relay: RelayServer) -> RelayClient:
    credential = relay.credential
    return await RelayClient.connect(
        relay.url, credential.user, credential.password, relay.certificate_pem, timeout=TIMEOUT_S
    )


async def connect_bare(relay: RelayServer) -> tuple[Client, JetStreamContext]:
    nc = Client()
    await nc.connect(
        relay.url,
        tls=tls_context(relay.certificate_pem),
        user=relay.credential.user,
        password=relay.credential.password,
        allow_reconnect=False,
        max_reconnect_attempts=1,
        connect_timeout=round(TIMEOUT_S),
        error_cb=quiet,
    )
    return nc, nc.jetstream(timeout=TIMEOUT_S)


async def bare_publish(
    js: JetStreamContext,
    subject: str,
    payloads: Sequence[bytes],
    ids: Sequence[str],
    wait_stall: float | None = None,
) -> None:
    """publish_async with a Nats-Msg-Id, the acks gathered per batch (as RelayClient.publish is called)."""
    for start in range(0, len(payloads), BATCH):
        futures = [
            await js.publish_async(subject, payload, wait_stall=wait_stall, headers={"Nats-Msg-Id": msg_id})
            for payload, msg_id in zip(
                payloads[start : start + BATCH], ids[start : start + BATCH], strict=True
            )
        ]
        await asyncio.gather(*futures)


async def bare_fetch(js: JetStreamContext, subject: str, n: int) -> list[bytes]:
    """An ordered push consumer from the subject's first message, read with next_msg until *n* have come."""
    sub = await js.subscribe(
        subject,
        stream=STREAM_NAME,
        ordered_consumer=True,
        config=ConsumerConfig(deliver_policy=DeliverPolicy.ALL),
    )
    try:
        return [(await sub.next_msg(timeout=TIMEOUT_S)).data for _ in range(n)]
    finally:
        await sub.unsubscribe()


# --- sealing and opening --------------------------------------------------------------------------------------


@dataclass
class Epoch:
    """A fresh epoch (key, space tag, subject) and a keyring that knows it and the sender."""

    signer: DeviceSigner
    key: bytes = field(default_factory=lambda: os.urandom(32))
    tag: bytes = field(init=False)

    def __post_init__(self) -> None:
        self.tag = space_tag_for(self.key)  # held by the caller, as the engine holds it

    def keyring(self) -> InMemoryKeyring:
        keyring = InMemoryKeyring()
        keyring.add_device(self.signer.public_key)
        keyring.add_epoch(EPOCH, self.key, [self.signer.device_id])
        return keyring

    def seal(self, payloads: Sequence[bytes], first: int = 1) -> list[bytes]:
        return [
            seal(
                p, epoch_key=self.key, epoch=EPOCH, signer=self.signer, sequence=first + i, space_tag=self.tag
            )
            for i, p in enumerate(payloads)
        ]


def open_all(envelopes: Sequence[bytes], keyring: InMemoryKeyring) -> list[bytes]:
    return [open_envelope(e, keyring=keyring).payload for e in envelopes]


# --- timing ---------------------------------------------------------------------------------------------------


class Phases:
    """Wall time of the phases of one timed call, in seconds."""

    def __init__(self) -> None:
        self.times: dict[str, float] = {}
        self._mark = 0.0

    def start(self) -> None:
        gc.collect()
        self._mark = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.times[name] = self.times.get(name, 0.0) + now - self._mark
        self._mark = now

    @property
    def total(self) -> float:
        return sum(self.times.values())


Side = Callable[[Phases], Awaitable[None]]


async def interleaved(sides: dict[str, Side], rounds: int) -> dict[str, list[Phases]]:
    """Each side once per round, the order rotating by one every round."""
    names = list(sides)
    samples: dict[str, list[Phases]] = {name: [] for name in names}
    for r in range(rounds):
        k = r % len(names)
        for name in names[k:] + names[:k]:
            phases = Phases()
            await sides[name](phases)
            samples[name].append(phases)
    return samples


def median(samples: list[Phases], phase: str | None = None) -> float:
    return statistics.median(p.total if phase is None else p.times.get(phase, 0.0) for p in samples)


# --- 1. throughput --------------------------------------------------------------------------------------------


async def throughput(relay: RelayServer, n: int, rounds: int) -> None:
    signer = DeviceSigner.generate()
    ours = await connect_ours(relay)
    nc, js = await connect_bare(relay)
    try:

        async def ours_full(t: Phases) -> None:
            epoch = Epoch(signer)
            payloads = [os.urandom(PAYLOAD) for _ in range(n)]
            keyring = epoch.keyring()
            t.start()
            for start in range(0, n, BATCH):
                batch = epoch.seal(payloads[start : start + BATCH], first=start + 1)
                t.lap("seal")
                await ours.publish(epoch.tag, batch)
                t.lap("publish")
            fetched = await ours.fetch_all(epoch.tag)
            t.lap("fetch")
            opened = open_all([e for _, e in fetched], keyring)
            t.lap("open")
            if opened != payloads:
                fail(f"ours: {len(opened)} of {n} payloads came back, or not in order")

        async def ours_transport(t: Phases) -> None:
            epoch = Epoch(signer)
            envelopes = epoch.seal([os.urandom(PAYLOAD) for _ in range(n)])
            t.start()
            for start in range(0, n, BATCH):
                await ours.publish(epoch.tag, envelopes[start : start + BATCH])
            t.lap("publish")
            fetched = await ours.fetch_all(epoch.tag)
            t.lap("fetch")
            if [e for _, e in fetched] != envelopes:
                fail(f"ours, transport: {len(fetched)} of {n} envelopes came back, or not in order")

        async def bare(t: Phases, wait_stall: float | None = None) -> None:
            subject = "commons.v1." + os.urandom(32).hex()
            payloads = [os.urandom(ENVELOPE) for _ in range(n)]
            ids = [os.urandom(32).hex() for _ in range(n)]
            t.start()
            await bare_publish(js, subject, payloads, ids, wait_stall)
            t.lap("publish")
            fetched = await bare_fetch(js, subject, n)
            t.lap("fetch")
            if fetched != payloads:
                fail(f"bare: {len(fetched)} of {n} messages came back, or not in order")

        async def bare_stalling(t: Phases) -> None:
            await bare(t, wait_stall=TIMEOUT_S)

        async def crypto(t: Phases) -> None:
            epoch = Epoch(signer)
            payloads = [os.urandom(PAYLOAD) for _ in range(n)]
            keyring = epoch.keyring()
            t.start()
            envelopes = epoch.seal(payloads)
            t.lap("seal")
            opened = open_all(envelopes, keyring)
            t.lap("open")
            if opened != payloads:
                fail("crypto: a payload did not open back")

        sides: dict[str, Side] = {
            "ours": ours_full,
            "transport": ours_transport,
            "bare": bare,
            "crypto": crypto,
            "stall": bare_stalling,
        }
        await interleaved(sides, 1)  # warm-up: connections, consumers, the stream's first blocks
        samples = await interleaved(sides, rounds)
    finally:
        await ours.close()
        await nc.close()

    bare_time = median(samples["bare"])
    print(
        f"1. Throughput: {n:,} bundles of {PAYLOAD:,} B payload ({ENVELOPE:,} B envelopes) per round and side,"
        f" batches of {BATCH}; medians of {rounds} interleaved rounds"
    )
    print()
    print(f"{'':<46} {'ms/round':>9} {'msgs/s':>9} {'thrpt ÷ bare':>13}   (per-round range)")
    for name, label in (
        ("ours", "ours: seal, publish, fetch_all, open"),
        ("transport", "ours, transport only: publish, fetch_all"),
        ("bare", "bare nats-py: publish_async, ordered consumer"),
        ("crypto", "crypto alone: seal + open"),
        ("stall", "diagnostic: bare + wait_stall (old client)"),
    ):
        m = median(samples[name])
        ratios = [b.total / s.total for s, b in zip(samples[name], samples["bare"], strict=True)]
        print(
            f"{label:<46} {m * 1e3:>9.1f} {n / m:>9,.0f} {bare_time / m:>13.2f}"
            f"   ({min(ratios):.2f}–{max(ratios):.2f})"
        )
    goal = bare_time / median(samples["ours"])
    print(f"goal: ours ≥ 0.9 × bare throughput: {goal:.2f} — {'met' if goal >= 0.9 else 'NOT met'}")

    print()
    print(
        f"{'phases, µs per message (medians)':<46} {'ours':>9} {'transp.':>9} {'bare':>9} {'crypto':>9}"
        f" {'diagn.':>9}"
    )
    for phase in ("seal", "publish", "fetch", "open"):
        cells = [median(samples[s], phase) for s in sides]
        print(f"{phase:<46}" + "".join(f" {c / n * 1e6:>9.1f}" if c else f" {'':>9}" for c in cells))
    print(f"{'total':<46}" + "".join(f" {median(samples[s]) / n * 1e6:>9.1f}" for s in sides))
    ours_time = median(samples["ours"])
    crypto_time = median(samples["crypto"])
    print(
        f"split of ours: crypto alone {crypto_time / ours_time:.0%}, the rest (transport) "
        f"{1 - crypto_time / ours_time:.0%}; inside ours' rounds, seal + open took "
        f"{(median(samples['ours'], 'seal') + median(samples['ours'], 'open')) / ours_time:.0%}"
    )
    for name, label in (("transport", "transport only"), ("stall", "diagnostic")):
        print(
            f"{label} ÷ bare, time: publish"
            f" {median(samples[name], 'publish') / median(samples['bare'], 'publish'):.2f},"
            f" fetch {median(samples[name], 'fetch') / median(samples['bare'], 'fetch'):.2f},"
            f" both {median(samples[name]) / bare_time:.2f}"
        )


# --- 2. catch-up ----------------------------------------------------------------------------------------------


async def catch_up(relay: RelayServer, n: int, rounds: int) -> None:
    epoch = Epoch(DeviceSigner.generate())
    payloads = [os.urandom(PAYLOAD) for _ in range(n)]
    publisher = await connect_ours(relay)
    try:
        start = time.perf_counter()
        envelopes = epoch.seal(payloads)
        for s in range(0, n, BATCH):
            await publisher.publish(epoch.tag, envelopes[s : s + BATCH])
        published = time.perf_counter() - start
    finally:
        await publisher.close()
    subject = "commons.v1." + epoch.tag.hex()

    async def ours(t: Phases) -> None:
        keyring = epoch.keyring()
        t.start()
        client = await connect_ours(relay)
        t.lap("connect")
        try:
            fetched = await client.fetch_all(epoch.tag)
            t.lap("fetch")
            opened = open_all([e for _, e in fetched], keyring)
            t.lap("open")
        finally:
            await client.close()
        if opened != payloads:
            fail(f"catch-up, ours: {len(opened)} of {n} payloads came back, or not in order")

    async def fetch_only(t: Phases) -> None:
        t.start()
        client = await connect_ours(relay)
        t.lap("connect")
        try:
            fetched = await client.fetch_all(epoch.tag)
            t.lap("fetch")
        finally:
            await client.close()
        if [e for _, e in fetched] != envelopes:
            fail(f"catch-up, fetch_all: {len(fetched)} of {n} envelopes came back, or not in order")

    async def bare(t: Phases) -> None:
        t.start()
        nc, js = await connect_bare(relay)
        t.lap("connect")
        try:
            fetched = await bare_fetch(js, subject, n)
            t.lap("fetch")
        finally:
            await nc.close()
        if fetched != envelopes:
            fail(f"catch-up, bare: {len(fetched)} of {n} messages came back, or not in order")

    async def open_alone(t: Phases) -> None:
        keyring = epoch.keyring()
        t.start()
        opened = open_all(envelopes, keyring)
        t.lap("open")
        if opened != payloads:
            fail("catch-up: a payload did not open back")

    sides: dict[str, Side] = {"ours": ours, "fetch_all": fetch_only, "bare": bare, "open": open_alone}
    samples = await interleaved(sides, rounds)

    def timed(name: str) -> float:  # the catch-up itself, without connecting
        return statistics.median(p.total - p.times.get("connect", 0.0) for p in samples[name])

    bare_time = timed("bare")
    print()
    print(
        f"2. Catch-up: {n:,} envelopes ({ENVELOPE:,} B, {n * ENVELOPE / 1e6:.1f} MB) on one subject, a fresh"
        f" connection per round (not timed); medians of {rounds} interleaved rounds"
    )
    print(f"   (sealing and publishing them, once: {published:.2f} s, {n / published:,.0f} msgs/s)")
    print()
    print(f"{'':<46} {'seconds':>9} {'msgs/s':>9} {'time ÷ bare':>12}   (per-round range)")
    for name, label in (
        ("ours", "fresh RelayClient: fetch_all + open each"),
        ("fetch_all", "fresh RelayClient: fetch_all alone"),
        ("bare", "bare nats-py: ordered consumer, next_msg"),
        ("open", "open_envelope alone, no transport"),
    ):
        m = timed(name)
        ratios = [
            (s.total - s.times.get("connect", 0.0)) / (b.total - b.times["connect"])
            for s, b in zip(samples[name], samples["bare"], strict=True)
        ]
        print(
            f"{label:<46} {m:>9.3f} {n / m:>9,.0f} {m / bare_time:>12.2f}   ({min(ratios):.2f}–{max(ratios):.2f})"
        )
    print(
        f"connect (TLS + login): RelayClient"
        f" {median(samples['ours'], 'connect') * 1e3:.1f} ms, bare {median(samples['bare'], 'connect') * 1e3:.1f} ms"
    )


# --- the run --------------------------------------------------------------------------------------------------


async def run(relay: RelayServer, n: int, rounds: int, catch_up_n: int, catch_up_rounds: int) -> None:
    nc, js = await connect_bare(relay)
    try:
        await ensure_stream(js, max_bytes=MAX_STORE)
    finally:
        await nc.close()
    await throughput(relay, n, rounds)
    await catch_up(relay, catch_up_n, catch_up_rounds)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small batches and few rounds (under 20 s)")
    parser.add_argument("--rounds", type=int, default=0, help="rounds of the throughput comparison")
    parser.add_argument("-n", type=int, default=0, help="bundles per round and side in the throughput part")
    parser.add_argument("--catch-up", type=int, default=0, help="envelopes in the catch-up part")
    parser.add_argument("--catch-up-rounds", type=int, default=0, help="rounds of the catch-up part")
    args = parser.parse_args()
    n = args.n or (500 if args.quick else 2000)
    rounds = args.rounds or (3 if args.quick else 9)
    catch_up_n = args.catch_up or (2000 if args.quick else 10_000)
    catch_up_rounds = args.catch_up_rounds or (3 if args.quick else 5)

    logging.getLogger("asyncio").addFilter(_NoSslEofWarning())
    binary = find_nats_server()
    print(f"Relay benchmark — {platform.python_implementation()} {platform.python_version()},")
    print(
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs; nats-server"
        f" {'.'.join(map(str, nats_server_version(binary)))}, nats-py {version('nats-py')}; TLS on 127.0.0.1"
    )
    print()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="relay-bench-") as tmp:
        relay = RelayServer(Path(tmp) / "relay", max_store=MAX_STORE, binary=binary)
        relay.start()
        try:
            asyncio.run(run(relay, n, rounds, catch_up_n, catch_up_rounds))
        finally:
            relay.stop()
    print()
    print(f"(the whole run took {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
