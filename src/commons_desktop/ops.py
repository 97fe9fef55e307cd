"""The store runner: one worker thread runs every store call; results come back to the Qt thread as signals.

Screens never touch SQLite. They hand the runner a small function (an *op*, as in Anki) and two callbacks;
the runner runs the function on its single worker thread and calls back on the Qt thread. The open
ProfileSession lives only on the worker thread (sqlcipher3 binds a connection to the thread that opened
it), so the Qt side never holds a reference to it: it knows only a SessionInfo.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from commons_desktop.diagnostics import log_unexpected
from store import (
    ProfileLockedError,
    ProfileManager,
    ProfileSession,
    StoreError,
    ValidationError,
    WeakPassphraseError,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass(frozen=True)
class SessionInfo:
    """What the Qt side may know about the unlocked profile."""

    profile_id: str
    label: str
    guest: bool


@dataclass
class _Job:
    work: Callable[[], Any]
    on_success: Success | None
    on_failure: Failure | None
    owner: QObject | None
    epoch: int | None  # None: deliver even if the session was closed meanwhile


def describe_error(exc: BaseException) -> str:
    """A message a person can read. Unexpected errors are logged by type and place only (no data)."""
    if isinstance(exc, ValidationError):
        return f"{exc.field}: {exc.message}"
    if isinstance(exc, WeakPassphraseError):
        return " ".join((exc.reason, *exc.suggestions))
    if isinstance(exc, StoreError):
        return str(exc)
    return QCoreApplication.translate(
        "ops",
        "Something unexpected went wrong, and the last change may not have been saved. "
        "Please try again; if it keeps happening, restart Commons.",
    )


class StoreRunner(QObject):
    """Serialises every store call on one worker thread and delivers results on the Qt thread."""

    sig_busy_changed = Signal(bool)
    sig_failed = Signal(str)  # a failure no caller handled, as a readable message
    _sig_finished = Signal(object, object, object)  # job, result, error (worker → Qt thread)

    def __init__(self, manager: ProfileManager, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.manager = manager
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._session: ProfileSession | None = None  # touched only on the worker thread
        self._epoch = 0  # Qt thread: bumped when a session closes, so late results are dropped
        self._pending = 0
        self._stopped = False
        self._sig_finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._loop, name="commons-store", daemon=True)
        self._thread.start()

    # -- submitting work (Qt thread) ------------------------------------------------------------

    def run(
        self,
        work: Callable[[ProfileManager], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run *work(manager)*: listing, creating, unlocking or deleting profiles."""
        manager = self.manager
        self._submit(_Job(lambda: work(manager), on_success, on_failure, owner, None))

    def with_session(
        self,
        work: Callable[[ProfileSession], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run *work(session)* on the unlocked profile. Dropped silently if the profile locks first."""
        self._submit(_Job(lambda: work(self._current()), on_success, on_failure, owner, self._epoch))

    def open_session(
        self,
        opener: Callable[[ProfileManager], ProfileSession],
        on_success: Callable[[SessionInfo], None],
        on_failure: Failure | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Create or unlock a profile with *opener*; the session stays on the worker thread."""
        manager = self.manager

        def work() -> SessionInfo:
            self._close_current(None, wipe_guest=True)
            session = opener(manager)
            self._session = session
            return SessionInfo(session.profile_id, session.label, session.guest)

        self._submit(_Job(work, on_success, on_failure, owner, None))

    def close_session(
        self,
        before: Callable[[ProfileSession], None] | None = None,
        *,
        wipe_guest: bool = False,
        on_done: Callable[[None], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run *before(session)* (e.g. save the window geometry), then lock, or wipe a guest profile.

        Every op submitted earlier still runs first (the queue is FIFO), but its result is no longer
        delivered: personal data must not reach widgets that were just cleared.
        """
        self._epoch += 1
        self._submit(
            _Job(lambda: self._close_current(before, wipe_guest=wipe_guest), on_done, None, owner, None)
        )

    def shutdown(
        self, before: Callable[[ProfileSession], None] | None = None, *, wipe_guest: bool = True
    ) -> None:
        """Lock (or wipe a guest), then stop the worker. Blocks until done; for application exit."""
        self._stopped = True
        if not self._thread.is_alive():
            return
        self._epoch += 1
        self._jobs.put(
            _Job(lambda: self._close_current(before, wipe_guest=wipe_guest), None, None, None, None)
        )
        self._jobs.put(None)
        self._thread.join()

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def _submit(self, job: _Job) -> None:
        if self._stopped:
            log.debug("an op arrived after shutdown and was dropped")
            return
        self._pending += 1
        if self._pending == 1:
            self.sig_busy_changed.emit(True)
        self._jobs.put(job)

    # -- the worker thread ----------------------------------------------------------------------

    def _loop(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                result = job.work()
            except BaseException as exc:  # delivered to the Qt thread, never lost
                self._sig_finished.emit(job, None, exc)
            else:
                self._sig_finished.emit(job, result, None)

    def _current(self) -> ProfileSession:
        if self._session is None:
            raise ProfileLockedError()
        return self._session

    def _close_current(self, before: Callable[[ProfileSession], None] | None, *, wipe_guest: bool) -> None:
        session, self._session = self._session, None
        if session is None or session.locked:
            return
        try:
            if before is not None:
                before(session)
        finally:
            if wipe_guest and session.guest:
                self.manager.end_guest_session(session)
            else:
                session.lock()

    # -- delivering results (Qt thread) ---------------------------------------------------------

    def _deliver(self, job: _Job, result: object, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.sig_busy_changed.emit(False)
        if self._stopped:
            return  # the app is closing: nobody is waiting for this any more
        if job.epoch is not None and job.epoch != self._epoch:
            return  # the session closed after this op was submitted
        if job.owner is not None and not shiboken6.isValid(job.owner):
            return  # the widget that asked is gone
        if error is None:
            if job.on_success is not None:
                job.on_success(result)
            return
        if not isinstance(error, StoreError):
            log_unexpected(error)
        if job.on_failure is not None:
            job.on_failure(error)
        else:
            self.sig_failed.emit(describe_error(error))
