"""The inventory: every connected host's VMs and replication relationships, refreshed concurrently.

One refresh asks each host one session.run() with two pipelines (the VM list and the replication
list, only the shown columns): a fixed number of round trips whatever the VM count (HostSession runs
them as two invocations on the same pool: Command and Receive each, four WSMan requests). Hosts run as
separate tasks, each with its own deadline, and each host's changes are published the moment they
are known, so a slow or hung host never holds back the others.

Parsing the objects is CPU work that grows with the VM count; it runs on a worker thread, never on the
event loop that also drives the ui.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from types import MappingProxyType
from typing import Any
from uuid import UUID

from hvgui.hyperv import parse
from hvgui.hyperv.enums import RelationshipType, ReplicationHealth, ReplicationMode, ReplicationState
from hvgui.hyperv.errors import HostTimeout, HvError
from hvgui.hyperv.inventory_commands import replication_list, vm_list
from hvgui.hyperv.model import PSData, ReplicationInfo, VMInfo
from hvgui.services.connections import Clock, HostRegistry, Session, same_error, utc_now
from hvgui.services.events import (
    Connected,
    Connecting,
    EventHub,
    EventStream,
    Failed,
    HostInventory,
    HostStatusChanged,
    InventoryChanged,
)

# Issue 4: a dead or hung host is reported within 10 s. A host that is merely slow is reported
# stale at this point too, and fresh again as soon as its late answer arrives.
DEFAULT_HOST_TIMEOUT = 8.0


@dataclass(frozen=True)
class _Fetched:
    vms: dict[UUID, VMInfo]
    replications: tuple[ReplicationInfo, ...]


@dataclass(eq=False)
class _Fetch:
    """One host's request under way, and the session it went to (a retry replaces the session)."""

    session: Session
    task: asyncio.Task[_Fetched]
    watched: bool = False  # a late answer will still be applied


class Inventory:
    """What every host has, kept current by refresh() and published as InventoryChanged events."""

    def __init__(
        self,
        registry: HostRegistry,
        *,
        host_timeout: float = DEFAULT_HOST_TIMEOUT,
        clock: Clock = utc_now,
        refresh_on_connect: bool = True,
    ) -> None:
        self._registry = registry
        self._host_timeout = host_timeout
        self._clock = clock
        self._refresh_on_connect = refresh_on_connect
        self._hosts: dict[str, HostInventory] = {}
        self._events: EventHub[InventoryChanged] = EventHub()
        # One fetch per host at a time: a refresh that finds the previous fetch still running (a slow
        # host) waits for it instead of queueing another request behind it on the host's worker.
        self._inflight: dict[str, _Fetch] = {}
        self._background: set[asyncio.Task[Any]] = set()
        self._unsubscribe = registry.subscribe(self._on_registry_status)

    # Observing -----------------------------------------------------------------------------------

    def subscribe(self, callback: Callable[[InventoryChanged], None]) -> Callable[[], None]:
        return self._events.subscribe(callback)

    def stream(self) -> EventStream[InventoryChanged]:
        return self._events.stream()

    def host(self, name: str) -> HostInventory | None:
        return self._hosts.get(name)

    def hosts(self) -> dict[str, HostInventory]:
        return dict(self._hosts)

    def vms(self) -> list[VMInfo]:
        return [vm for inv in self._hosts.values() for vm in inv.vms.values()]

    def relationships(self, now: datetime | None = None) -> list[ReplicationChain]:
        """Every replicated VM's chain primary -> replica -> extended replica, across all hosts."""
        return join_chains(self._hosts.values(), now or self._clock())

    # Refreshing ----------------------------------------------------------------------------------

    async def refresh(self) -> list[InventoryChanged]:
        """Refresh every connected or stale host at once; returns the events published."""
        names = self._registry.active()
        results = await asyncio.gather(*(self.refresh_host(n) for n in names), return_exceptions=True)
        bugs = [r for r in results if isinstance(r, BaseException)]
        if bugs:
            # Expected failures were handled per host; anything else is a bug for the crash report,
            # raised only after every other host has had its say.
            raise bugs[0]
        return [r for r in results if isinstance(r, InventoryChanged)]

    async def refresh_host(self, name: str) -> InventoryChanged | None:
        session = self._registry.session(name)
        if session is None:
            return None
        fetch = self._inflight.get(name)
        if fetch is None or fetch.task.done() or fetch.session is not session:
            task = asyncio.create_task(self._fetch(name, session), name=f"hvgui-inventory-{name}")
            fetch = self._inflight[name] = _Fetch(session, task)
        try:
            fetched = await asyncio.wait_for(asyncio.shield(fetch.task), self._host_timeout)
        except TimeoutError:
            if not fetch.watched:
                fetch.watched = True
                late = fetch
                fetch.task.add_done_callback(lambda _: self._on_late(name, late))
            error = HostTimeout(name, f"The inventory got no answer within {self._host_timeout:g} s.")
            return self._failed(name, fetch, error)
        except HvError as exc:
            return self._failed(name, fetch, exc)
        except asyncio.CancelledError:
            current = asyncio.current_task()
            if current is not None and current.cancelling():
                raise
            return None  # the fetch was dropped: its host was removed
        return self._apply(name, fetch, fetched)

    async def run_periodically(self, interval: float) -> None:
        """Refresh every `interval` seconds until cancelled; a bug is reported and the timer goes on."""
        loop = asyncio.get_running_loop()
        while True:
            started = loop.time()
            try:
                await self.refresh()
            except Exception as exc:
                loop.call_exception_handler({"message": "inventory refresh failed", "exception": exc})
            await asyncio.sleep(max(0.0, interval - (loop.time() - started)))

    async def aclose(self) -> None:
        self._unsubscribe()
        pending = [*(f.task for f in self._inflight.values()), *self._background]
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.gather(*pending, return_exceptions=True)
        self._inflight.clear()

    # Internals -----------------------------------------------------------------------------------

    async def _fetch(self, name: str, session: Session) -> _Fetched:
        vm_rows, replication_rows = await session.run(vm_list(), replication_list())
        return await asyncio.to_thread(_parse, name, vm_rows, replication_rows)

    def _current(self, name: str, fetch: _Fetch) -> bool:
        """Whether the answer still matters: the host was neither removed nor reconnected meanwhile."""
        return self._registry.session(name) is fetch.session

    def _apply(self, name: str, fetch: _Fetch, fetched: _Fetched) -> InventoryChanged | None:
        if not self._current(name, fetch):
            return None
        old = self._hosts.get(name) or HostInventory(name)
        # Read-only: the same mapping travels in events to every subscriber.
        vms = MappingProxyType(fetched.vms)
        new = HostInventory(name, vms, fetched.replications, last_good=self._clock())
        self._hosts[name] = new
        self._registry.report_success(name)
        event = InventoryChanged(
            host=name,
            inventory=new,
            added=tuple(vm for vm_id, vm in new.vms.items() if vm_id not in old.vms),
            removed=tuple(vm for vm_id, vm in old.vms.items() if vm_id not in new.vms),
            changed=tuple(vm for vm_id, vm in new.vms.items() if vm_id in old.vms and old.vms[vm_id] != vm),
            replication_changed=old.replications != new.replications,
            status_changed=old.stale or old.last_good is None,
        )
        return self._publish(event)

    def _on_late(self, name: str, fetch: _Fetch) -> None:
        """A fetch that missed its deadline finished after all: its answer is still the newest."""
        if fetch.task.cancelled() or self._inflight.get(name) is not fetch:
            return
        error = fetch.task.exception()
        if error is None:
            self._apply(name, fetch, fetch.task.result())
        elif isinstance(error, HvError):
            self._failed(name, fetch, error)  # the real reason replaces "no answer in time"
        else:
            asyncio.get_running_loop().call_exception_handler(
                {"message": f"inventory of {name} failed", "exception": error}
            )

    def _failed(self, name: str, fetch: _Fetch, error: HvError) -> InventoryChanged | None:
        if not self._current(name, fetch):
            return None
        self._registry.report_failure(name, error)
        return self._mark_stale(name, error)

    def _mark_stale(self, name: str, error: HvError) -> InventoryChanged | None:
        if name not in self._registry.names:
            return None
        old = self._hosts.get(name) or HostInventory(name)
        if old.error is not None and same_error(old.error, error):
            return None
        since = old.error_since if old.error_since is not None else self._clock()
        new = replace(old, error=error, error_since=since)
        self._hosts[name] = new
        return self._publish(InventoryChanged(host=name, inventory=new, status_changed=True))

    def _publish(self, event: InventoryChanged) -> InventoryChanged | None:
        if event.empty:
            return None
        self._events.publish(event)
        return event

    def _on_registry_status(self, change: HostStatusChanged) -> None:
        name, status = change.host, change.status
        if status is None:
            self._forget(name)
        elif isinstance(status, Failed) and name in self._hosts:
            # A retry that failed: the last known VMs stay, now marked stale with the reason.
            self._mark_stale(name, status.error)
        elif (
            isinstance(status, Connected)
            and isinstance(change.previous, Connecting)
            and self._refresh_on_connect
        ):
            # A host that just connected fills the tree now, not at the next timer tick.
            task = asyncio.create_task(self.refresh_host(name), name=f"hvgui-inventory-first-{name}")
            self._background.add(task)
            task.add_done_callback(self._first_refresh_done)

    def _first_refresh_done(self, task: asyncio.Task[Any]) -> None:
        self._background.discard(task)
        if not task.cancelled() and task.exception() is not None:
            asyncio.get_running_loop().call_exception_handler(
                {"message": "inventory refresh failed", "exception": task.exception(), "task": task}
            )

    def _forget(self, name: str) -> None:
        fetch = self._inflight.pop(name, None)
        if fetch is not None:
            fetch.task.cancel()
        old = self._hosts.pop(name, None)
        if old is not None:
            empty = HostInventory(name)
            removed = tuple(old.vms.values())
            self._events.publish(
                InventoryChanged(host=name, inventory=empty, removed=removed, host_removed=True)
            )


def _parse(host: str, vm_rows: list[PSData], replication_rows: list[PSData]) -> _Fetched:
    vms = {vm.id: vm for vm in (parse.vm(row, host) for row in vm_rows)}
    # A canonical order, so that "the relationships changed" is a plain tuple comparison.
    replications = sorted(
        (parse.replication(row, host) for row in replication_rows),
        key=lambda r: (str(r.vm_id), r.relationship, r.mode),
    )
    return _Fetched(vms, tuple(replications))


# The cross-host Replication overview -------------------------------------------------------------


@dataclass(frozen=True)
class ReplicationLink:
    """One hop of a VM's replication, from the server that sends to the server that receives.

    Both ends report the hop; state, health and the last replication time come from the sending
    side when its host is known (it is the side that knows what has not been sent yet), otherwise
    from the receiving side. views keeps each host's own report.
    """

    relationship: RelationshipType
    source_server: str
    target_server: str
    source_host: str | None
    target_host: str | None
    state: ReplicationState
    health: ReplicationHealth
    last_replication: datetime | None
    frequency_sec: int
    at_risk: timedelta | None  # changes made since the last replication, lost if the source dies now
    stale: bool  # the report used comes from a host whose last refresh failed
    views: tuple[ReplicationInfo, ...] = field(hash=False)


@dataclass(frozen=True)
class ReplicationChain:
    vm_id: UUID
    vm_name: str
    links: tuple[ReplicationLink, ...]  # the primary's hop first, then the extended hop

    def _end(self, relationship: RelationshipType, source: bool) -> str | None:
        for link in self.links:
            if link.relationship == relationship:
                return link.source_host if source else link.target_host
        return None

    @property
    def primary_host(self) -> str | None:
        return self._end(RelationshipType.Simple, source=True)

    @property
    def replica_host(self) -> str | None:
        return self._end(RelationshipType.Simple, source=False) or self._end(
            RelationshipType.Extended, source=True
        )

    @property
    def extended_host(self) -> str | None:
        return self._end(RelationshipType.Extended, source=False)

    @property
    def health(self) -> ReplicationHealth:
        return max((link.health for link in self.links), default=ReplicationHealth.NotApplicable)

    @property
    def at_risk(self) -> timedelta | None:
        risks = [link.at_risk for link in self.links if link.at_risk is not None]
        return max(risks) if risks else None


def _sends(info: ReplicationInfo) -> bool:
    if info.relationship == RelationshipType.Extended:
        return info.mode == ReplicationMode.Replica
    return info.mode == ReplicationMode.Primary


def join_chains(hosts: Iterable[HostInventory], now: datetime) -> list[ReplicationChain]:
    """Join each host's relationships by VM Id (names are not unique) into chains."""
    hosts = list(hosts)
    stale = {inv.host for inv in hosts if inv.stale}
    by_hop: dict[tuple[UUID, RelationshipType], list[ReplicationInfo]] = {}
    for inv in hosts:
        for info in inv.replications:
            by_hop.setdefault((info.vm_id, info.relationship), []).append(info)
    links: dict[UUID, list[ReplicationLink]] = {}
    names: dict[UUID, str] = {}
    for (vm_id, relationship), views in sorted(by_hop.items(), key=lambda kv: (str(kv[0][0]), kv[0][1])):
        sender = next((v for v in views if _sends(v)), None)
        receiver = next((v for v in views if not _sends(v)), None)
        best = sender or views[0]
        if sender is not None and sender.host in stale and receiver is not None:
            best = receiver if receiver.host not in stale else sender
        at_risk = None if best.last_replication is None else max(timedelta(0), now - best.last_replication)
        links.setdefault(vm_id, []).append(
            ReplicationLink(
                relationship=relationship,
                source_server=best.primary_server,
                target_server=best.replica_server,
                source_host=sender.host if sender else None,
                target_host=receiver.host if receiver else None,
                state=best.state,
                health=best.health,
                last_replication=best.last_replication,
                frequency_sec=best.frequency_sec,
                at_risk=at_risk,
                stale=best.host in stale,
                views=tuple(views),
            )
        )
        names.setdefault(vm_id, best.vm_name)
    chains = [ReplicationChain(vm_id, names[vm_id], tuple(hops)) for vm_id, hops in links.items()]
    return sorted(chains, key=lambda c: (c.vm_name.lower(), str(c.vm_id)))
