"""The hosts the user works with: one remoting session each, connected in the background.

HostRegistry owns the sessions and the host status (Connecting, Connected, Failed, Stale) and
publishes every status change. It never blocks its caller on a host: connecting, retrying and closing
run as tasks, each bounded by a timeout, because a host that does not answer must not freeze the
application or delay the other hosts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from datetime import UTC, datetime
from typing import Any, Protocol

from hvgui.core.profiles import ConnectionProfile, ProfileInvalid
from hvgui.hyperv.commands import Pipeline
from hvgui.hyperv.errors import HostTimeout, HvError, Message, PreconditionFailed, message
from hvgui.hyperv.model import PSData
from hvgui.remoting.session import HostSession
from hvgui.services.events import (
    Connected,
    Connecting,
    EventHub,
    EventStream,
    Failed,
    HostStatus,
    HostStatusChanged,
    Stale,
)

log = logging.getLogger(__name__)

# Issue 4: a dead host must be reported within 10 s. Refused connections fail at once; this bounds a
# host that swallows packets, whatever the transport's own timeouts are.
DEFAULT_CONNECT_TIMEOUT = 8.0
# Closing a session whose worker thread is stuck in a hung request would wait for that request.
CLOSE_TIMEOUT = 5.0


class Session(Protocol):
    """What the services need from hvgui.remoting.session.HostSession."""

    @property
    def name(self) -> str: ...

    async def connect(self) -> None: ...

    async def run(self, *pipelines: Pipeline) -> list[list[PSData]]: ...

    async def run_one(self, pipeline: Pipeline) -> list[PSData]: ...

    async def close(self) -> None: ...


PasswordProvider = Callable[[ConnectionProfile], Awaitable[str]]
SessionFactory = Callable[[ConnectionProfile, str], Session]
Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def remoting_session(profile: ConnectionProfile, password: str) -> Session:
    return HostSession(profile, password)


def unusable(name: str, exc: ValueError) -> Message:
    """Why a session could not be made, as a Message the ui can translate.

    The profile's own check (ConnectionProfile.validate) says what is wrong with it. Any other
    ValueError comes from the session's settings (e.g. its timeouts), not from anything the user
    typed: its English text goes to the log, the user reads a sentence by key.
    """
    if isinstance(exc, ProfileInvalid):
        return exc.message
    log.warning("%s: the session could not be set up: %s", name, exc)
    return message(
        "session_settings_invalid",
        "hvgui could not set up a connection to %1 with its settings; the log has the details.",
        name,
    )


class _Host:
    def __init__(self, profile: ConnectionProfile, status: HostStatus) -> None:
        self.profile = profile
        self.status = status
        self.session: Session | None = None
        self.connecting: asyncio.Task[HostStatus] | None = None
        self.last_good: datetime | None = None


class HostRegistry:
    """Hosts by profile name, their sessions and their status.

    The inventory reports each refresh's outcome (report_failure/report_success): a connected host
    whose refresh fails becomes Stale, and Connected again when a refresh succeeds. A host that could
    not be connected stays Failed until retry().
    """

    def __init__(
        self,
        passwords: PasswordProvider,
        *,
        session_factory: SessionFactory = remoting_session,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        clock: Clock = utc_now,
    ) -> None:
        self._passwords = passwords
        self._factory = session_factory
        self._connect_timeout = connect_timeout
        self._clock = clock
        self._hosts: dict[str, _Host] = {}
        self._events: EventHub[HostStatusChanged] = EventHub()
        self._background: set[asyncio.Task[Any]] = set()

    # Observing -----------------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[HostStatusChanged], None]) -> Callable[[], None]:
        return self._events.subscribe(callback)

    def stream(self) -> EventStream[HostStatusChanged]:
        return self._events.stream()

    @property
    def names(self) -> list[str]:
        return list(self._hosts)

    def profile(self, name: str) -> ConnectionProfile:
        return self._hosts[name].profile

    def status(self, name: str) -> HostStatus:
        return self._hosts[name].status

    def statuses(self) -> dict[str, HostStatus]:
        return {name: host.status for name, host in self._hosts.items()}

    def session(self, name: str) -> Session | None:
        """The host's session if it has been connected (Connected or Stale), else None."""
        host = self._hosts.get(name)
        if host is None or not isinstance(host.status, Connected | Stale):
            return None
        return host.session

    def active(self) -> list[str]:
        """The hosts a refresh should ask: connected ones, and stale ones (they may be back)."""
        return [name for name in self._hosts if self.session(name) is not None]

    # Changing ------------------------------------------------------------------------------------

    def add(self, profile: ConnectionProfile) -> asyncio.Task[HostStatus]:
        """Start connecting to a new host in the background; the task ends with its status."""
        if profile.name in self._hosts:
            raise ValueError(f"a host named {profile.name!r} is already registered")
        self._hosts[profile.name] = _Host(profile, Connecting(self._clock()))
        self._publish(profile.name, None)
        return self._start_connect(self._hosts[profile.name])

    def retry(self, name: str) -> asyncio.Task[HostStatus]:
        """Reconnect with a fresh session (and the password asked again). Joins a running attempt."""
        host = self._hosts[name]
        if host.connecting is not None and not host.connecting.done():
            return host.connecting
        old, host.session = host.session, None
        if old is not None:
            self._spawn(self._close(old))
        self._set(host, Connecting(self._clock()))
        return self._start_connect(host)

    async def remove(self, name: str) -> None:
        host = self._hosts.pop(name, None)
        if host is None:
            return
        if host.connecting is not None and not host.connecting.done():
            host.connecting.cancel()
            await asyncio.wait({host.connecting}, timeout=CLOSE_TIMEOUT)
        if host.session is not None:
            await self._close(host.session)
        self._events.publish(HostStatusChanged(name, None, host.status))

    async def wait_idle(self) -> None:
        """Wait until no host is connecting (start-up, tests)."""
        tasks = [h.connecting for h in self._hosts.values() if h.connecting is not None]
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    async def aclose(self) -> None:
        for name in list(self._hosts):
            await self.remove(name)
        if self._background:
            await asyncio.wait(set(self._background), timeout=CLOSE_TIMEOUT)

    # Outcomes reported by the users of a session ------------------------------------------------

    def report_failure(self, name: str, error: HvError) -> None:
        host = self._hosts.get(name)
        if host is None:
            return
        status = host.status
        if isinstance(status, Stale) and same_error(status.error, error):
            return
        if isinstance(status, Connected | Stale):
            since = status.since if isinstance(status, Stale) else self._clock()
            self._set(host, Stale(error, since, host.last_good))

    def report_success(self, name: str) -> None:
        host = self._hosts.get(name)
        if host is None or not isinstance(host.status, Connected | Stale):
            return
        host.last_good = self._clock()
        if isinstance(host.status, Stale):
            self._set(host, Connected(host.last_good))

    # Internals -----------------------------------------------------------------------------------

    def _start_connect(self, host: _Host) -> asyncio.Task[HostStatus]:
        task = asyncio.create_task(self._connect(host), name=f"hvgui-connect-{host.profile.name}")
        task.add_done_callback(_report_bug)
        host.connecting = task
        return task

    async def _connect(self, host: _Host) -> HostStatus:
        name = host.profile.name
        session: Session | None = None
        try:
            password = await self._passwords(host.profile)
            try:
                session = self._factory(host.profile, password)
            except ValueError as exc:  # the profile itself is unusable (HostSession validates it)
                raise PreconditionFailed(name, unusable(name, exc)) from exc
            host.session = session
            await asyncio.wait_for(session.connect(), self._connect_timeout)
        except TimeoutError:
            error: HvError = HostTimeout(name, f"No connection within {self._connect_timeout:g} s.")
        except HvError as exc:
            error = exc
        except asyncio.CancelledError:
            if session is not None:
                host.session = None
                self._spawn(self._close(session))
            raise
        else:
            host.last_good = self._clock()
            self._set(host, Connected(host.last_good))
            return host.status
        log.info("%s: connecting failed: %s", name, error)
        if session is not None:
            host.session = None
            self._spawn(self._close(session))
        self._set(host, Failed(error, self._clock()))
        return host.status

    async def _close(self, session: Session) -> None:
        try:
            await asyncio.wait_for(session.close(), CLOSE_TIMEOUT)
        except (TimeoutError, HvError) as exc:
            # The host is gone or hung; its shell times out on the host's side.
            log.info("%s: closing the session failed: %s", session.name, exc)

    def _set(self, host: _Host, status: HostStatus) -> None:
        if host.status == status or self._hosts.get(host.profile.name) is not host:
            return
        previous, host.status = host.status, status
        self._publish(host.profile.name, previous)

    def _publish(self, name: str, previous: HostStatus | None) -> None:
        self._events.publish(HostStatusChanged(name, self._hosts[name].status, previous))

    def _spawn(self, coro: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)


def _report_bug(task: asyncio.Task[Any]) -> None:
    # Nobody may be awaiting a background connect: a bug in it must still reach the crash report.
    if not task.cancelled() and task.exception() is not None:
        asyncio.get_running_loop().call_exception_handler(
            {"message": "connecting failed unexpectedly", "exception": task.exception(), "task": task}
        )


def same_error(a: HvError, b: HvError) -> bool:
    """Repeated failures of the same kind are one status, not a new event on every refresh."""
    return type(a) is type(b) and str(a) == str(b)
