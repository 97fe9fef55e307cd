"""RelayStateStore: the in-memory fake and the encrypted store behave alike (sync.ports)."""

from __future__ import annotations

import inspect
import os

import pytest

from store import RelayRepository
from sync.ports import InMemoryRelayStateStore, RelayStateStore, ReplayWindowRow
from tests.conformance.conftest import Adapters

ADDRESS = "commons-relay://commons:password-123@127.0.0.1:4222#sha256=" + "A" * 43


def _space() -> bytes:
    return os.urandom(16)


@pytest.mark.parametrize("adapter", [InMemoryRelayStateStore, RelayRepository])
def test_adapter_methods_match_the_protocol(adapter: type) -> None:
    for name, member in inspect.getmembers(RelayStateStore, inspect.isfunction):
        if name.startswith("_"):
            continue
        expected = list(inspect.signature(member).parameters)
        assert list(inspect.signature(getattr(adapter, name)).parameters) == expected, name


def test_a_space_has_no_relay_at_first(adapters: Adapters) -> None:
    space = _space()
    assert adapters.relay.relay_state(space) is None
    assert adapters.relay.replay_windows(space) == []


def test_progress_and_certificate_survive_a_restart(adapters: Adapters) -> None:
    space, heads = _space(), [os.urandom(32), os.urandom(32)]
    adapters.relay.set_relay_address(space, ADDRESS)
    adapters.relay.set_relay_certificate(space, b"-----BEGIN CERTIFICATE-----")
    adapters.relay.save_relay_progress(space, 41, heads)
    adapters.reopen()
    state = adapters.relay.relay_state(space)
    assert state is not None
    assert (state.address, state.certificate, state.cursor, list(state.heads)) == (
        ADDRESS,
        b"-----BEGIN CERTIFICATE-----",
        41,
        heads,
    )


def test_the_same_address_keeps_progress_and_another_starts_over(adapters: Adapters) -> None:
    space = _space()
    adapters.relay.set_relay_address(space, ADDRESS)
    adapters.relay.set_relay_certificate(space, b"pem")
    adapters.relay.save_relay_progress(space, 7, [os.urandom(32)])
    adapters.relay.set_relay_address(space, ADDRESS)
    state = adapters.relay.relay_state(space)
    assert state is not None
    assert (state.cursor, state.certificate) == (7, b"pem")
    adapters.relay.set_relay_address(space, ADDRESS.replace("4222", "4223"))
    state = adapters.relay.relay_state(space)
    assert state is not None
    assert (state.cursor, state.certificate, state.heads) == (0, None, ())
    adapters.relay.set_relay_address(space, None)
    assert adapters.relay.relay_state(space) is None


def test_progress_needs_a_relay(adapters: Adapters) -> None:
    space = _space()
    with pytest.raises(ValueError, match="no relay"):
        adapters.relay.save_relay_progress(space, 1, [])
    with pytest.raises(ValueError, match="no relay"):
        adapters.relay.set_relay_certificate(space, b"pem")
    assert adapters.relay.relay_state(space) is None


@pytest.mark.parametrize(
    ("cursor", "heads"),
    [(-1, []), (2**63, []), (True, []), (1, [b"short"]), (1, b"x" * 32), (1, [os.urandom(32)] * 1025)],
)
def test_bad_progress_is_refused_and_nothing_changes(
    adapters: Adapters, cursor: object, heads: object
) -> None:
    space = _space()
    adapters.relay.set_relay_address(space, ADDRESS)
    adapters.relay.save_relay_progress(space, 3, [])
    with pytest.raises(ValueError, match=r"Relay (cursor|head)"):
        adapters.relay.save_relay_progress(space, cursor, heads)  # type: ignore[arg-type]
    state = adapters.relay.relay_state(space)
    assert state is not None
    assert (state.cursor, state.heads) == (3, ())


@pytest.mark.parametrize("address", ["", "x" * 1025, b"bytes"])
def test_bad_addresses_are_refused(adapters: Adapters, address: object) -> None:
    space = _space()
    with pytest.raises(ValueError, match="Relay address"):
        adapters.relay.set_relay_address(space, address)  # type: ignore[arg-type]
    assert adapters.relay.relay_state(space) is None


def test_replay_windows_are_replaced_per_tag_and_sender(adapters: Adapters) -> None:
    space, tag, a, b = _space(), os.urandom(32), os.urandom(32), os.urandom(32)
    adapters.relay.save_replay_windows(
        space, [ReplayWindowRow(tag, a, 5, b"\x1f"), ReplayWindowRow(tag, b, 2, b"")]
    )
    adapters.relay.save_replay_windows(space, [ReplayWindowRow(tag, a, 9, b"\x01\x02")])
    adapters.reopen()
    rows = sorted(adapters.relay.replay_windows(space), key=lambda r: r.sender)
    expected = sorted([(tag, a, 9, b"\x01\x02"), (tag, b, 2, b"")], key=lambda r: r[1])
    assert [(r.space_tag, r.sender, r.highest, r.seen) for r in rows] == expected
    assert adapters.relay.replay_windows(_space()) == []


def test_a_bad_window_in_a_batch_stores_none_of_it(adapters: Adapters) -> None:
    space, tag = _space(), os.urandom(32)
    good = ReplayWindowRow(tag, os.urandom(32), 1, b"")
    with pytest.raises(ValueError, match="Replay window 1"):
        adapters.relay.save_replay_windows(space, [good, ReplayWindowRow(tag, b"short", 1, b"")])
    with pytest.raises(ValueError, match="Replay window 1"):
        adapters.relay.save_replay_windows(space, [good, ReplayWindowRow(tag, os.urandom(32), 1, b"x" * 129)])
    assert adapters.relay.replay_windows(space) == []


def test_forget_relay_drops_the_relay_and_windows_of_one_space(adapters: Adapters) -> None:
    gone, kept = _space(), _space()
    window = ReplayWindowRow(os.urandom(32), os.urandom(32), 9, b"\x01")
    for space in (gone, kept):
        adapters.relay.set_relay_address(space, ADDRESS)
        adapters.relay.save_relay_progress(space, 7, [os.urandom(32)])
        adapters.relay.save_replay_windows(space, [window])
    adapters.relay.forget_relay(gone)
    adapters.relay.forget_relay(_space())  # an unknown space: nothing happens
    adapters.reopen()
    assert adapters.relay.relay_state(gone) is None
    assert adapters.relay.replay_windows(gone) == []
    kept_state = adapters.relay.relay_state(kept)
    assert kept_state is not None
    assert kept_state.cursor == 7
    assert len(adapters.relay.replay_windows(kept)) == 1
