"""What the services publish, and the hub that delivers it to plain callbacks and async iterators.

The ui adapts these to Qt signals; a command line or a test reads them directly. Every event is a
frozen value: subscribers on any layer can keep it without copying.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Generic, TypeVar
from uuid import UUID

from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicationInfo, VMInfo

T = TypeVar("T")


# Host status (published by HostRegistry) -------------------------------------------------------


@dataclass(frozen=True)
class Connecting:
    since: datetime


@dataclass(frozen=True)
class Connected:
    since: datetime


@dataclass(frozen=True)
class Failed:
    """The connection could not be made; there is no usable session until Retry."""

    error: HvError
    since: datetime


@dataclass(frozen=True)
class Stale:
    """The host was connected, but its last refresh failed: what is shown may be out of date."""

    error: HvError
    since: datetime
    last_good: datetime | None


HostStatus = Connecting | Connected | Failed | Stale


@dataclass(frozen=True)
class HostStatusChanged:
    host: str
    status: HostStatus | None  # None: the host was removed
    previous: HostStatus | None


# Inventory ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HostInventory:
    """One host's last known VMs and replication relationships.

    A failed refresh keeps the last good data and sets error (stale): the views grey it out and say
    why, instead of emptying the tree whenever a host hiccups.
    """

    host: str
    vms: Mapping[UUID, VMInfo] = field(default_factory=dict, hash=False)
    replications: tuple[ReplicationInfo, ...] = ()
    last_good: datetime | None = None
    error: HvError | None = None
    error_since: datetime | None = None

    @property
    def stale(self) -> bool:
        return self.error is not None


@dataclass(frozen=True, kw_only=True)
class InventoryChanged:
    """What one host's refresh changed. The ui applies exactly this: inserts, removals, dataChanged.

    changed holds the new values of VMs whose shown properties differ; status_changed says the host's
    staleness or error changed (see inventory); host_removed that the host left the registry.
    """

    host: str
    inventory: HostInventory
    added: tuple[VMInfo, ...] = ()
    removed: tuple[VMInfo, ...] = ()
    changed: tuple[VMInfo, ...] = ()
    replication_changed: bool = False
    status_changed: bool = False
    host_removed: bool = False

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.changed
            or self.replication_changed
            or self.status_changed
            or self.host_removed
        )


# Delivery -------------------------------------------------------------------------------------------


class EventHub(Generic[T]):
    """Fan-out to callbacks and async iterators, on the event loop's thread.

    A subscriber that raises is a bug in that subscriber: it goes to the loop's exception handler
    (which the app routes to the crash report) and the others still get the event.
    """

    def __init__(self) -> None:
        self._callbacks: list[Callable[[T], None]] = []
        self._streams: list[EventStream[T]] = []

    def subscribe(self, callback: Callable[[T], None]) -> Callable[[], None]:
        self._callbacks.append(callback)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._callbacks.remove(callback)

        return unsubscribe

    def stream(self) -> EventStream[T]:
        """An async iterator of every event from now on (registered before the first await)."""
        events = EventStream(self)
        self._streams.append(events)
        return events

    def publish(self, event: T) -> None:
        for callback in list(self._callbacks):
            try:
                callback(event)
            except Exception as exc:
                _report(exc, f"event subscriber {callback!r} failed")
        for events in list(self._streams):
            events.queue.put_nowait(event)

    def _drop(self, events: EventStream[T]) -> None:
        with contextlib.suppress(ValueError):
            self._streams.remove(events)


class EventStream(Generic[T]):
    def __init__(self, hub: EventHub[T]) -> None:
        self.queue: asyncio.Queue[T] = asyncio.Queue()
        self._hub = hub

    def __aiter__(self) -> EventStream[T]:
        return self

    async def __anext__(self) -> T:
        return await self.queue.get()

    def close(self) -> None:
        self._hub._drop(self)

    def __enter__(self) -> EventStream[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _report(exc: BaseException, message: str) -> None:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        raise exc from None
    loop.call_exception_handler({"message": message, "exception": exc})
