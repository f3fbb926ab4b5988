"""Inventory logic with scripted sessions: one round trip per host, diffs, staleness, timeouts, chains."""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from typing import Any
from uuid import UUID

import pytest

from hvgui.hyperv.enums import RelationshipType, ReplicationHealth, ReplicationState, VMState
from hvgui.hyperv.errors import CommandFailed, ErrorInfo, HostTimeout, HostUnreachable
from hvgui.hyperv.inventory_commands import REPLICATION_COLUMNS, VM_COLUMNS
from hvgui.services.connections import HostRegistry
from hvgui.services.events import Connected, Failed, InventoryChanged, Stale
from hvgui.services.inventory import Inventory
from tests.services.inventory_fixtures import FakeClock, Profile, Sessions, password, rep_row, run, vm_row

P, R, X = "hv-a.lab.test", "hv-b.lab.test", "hv-c.lab.test"


async def setup(
    sessions: Sessions, *names: str, clock: FakeClock | None = None, **kwargs: Any
) -> tuple[HostRegistry, Inventory, list[InventoryChanged]]:
    clock = clock or FakeClock()
    reg = HostRegistry(password, session_factory=sessions, clock=clock)
    inv = Inventory(reg, clock=clock, refresh_on_connect=False, **kwargs)
    seen: list[InventoryChanged] = []
    inv.subscribe(seen.append)
    for name in names:
        reg.add(Profile(name))
    await reg.wait_idle()
    return reg, inv, seen


async def teardown(reg: HostRegistry, inv: Inventory) -> None:
    await inv.aclose()
    await reg.aclose()


def ids(vms: Any) -> list[int]:
    return sorted(vm.id.int for vm in vms)


def test_one_invocation_per_host_with_both_lists_and_only_the_shown_columns() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        sessions.prepare("HV-A", [vm_row(i) for i in range(3)])
        sessions.prepare("HV-B", [vm_row(10 + i) for i in range(40)])
        reg, inv, seen = await setup(sessions, "HV-A", "HV-B")
        await inv.refresh()
        for name in ("HV-A", "HV-B"):
            [call] = sessions.by_name[name].runs
            assert [p.to_powershell() for p in call] == [
                "Get-VM | Select-Object -Property " + ", ".join(f"'{c}'" for c in VM_COLUMNS),
                "Get-VMReplication | Select-Object -Property "
                + ", ".join(f"'{c}'" for c in REPLICATION_COLUMNS),
            ]
        assert {e.host: len(e.added) for e in seen} == {"HV-A": 3, "HV-B": 40}
        assert all(e.status_changed and not e.inventory.stale for e in seen)
        assert len(inv.vms()) == 43
        await teardown(reg, inv)

    run(scenario())


def test_a_second_refresh_publishes_exactly_what_changed() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        session = sessions.prepare("HV-A", [vm_row(1), vm_row(2), vm_row(3)])
        reg, inv, seen = await setup(sessions, "HV-A")
        await inv.refresh()
        seen.clear()
        assert await inv.refresh() == []  # nothing changed: nothing published
        session.vms = [vm_row(1), vm_row(2, state="Off"), vm_row(4)]
        [event] = await inv.refresh()
        assert seen == [event]
        assert ids(event.added) == [4] and ids(event.removed) == [3]
        [changed] = event.changed
        assert changed.id == UUID(int=2) and changed.state == VMState.Off
        assert not event.replication_changed and not event.status_changed
        session.replications = [rep_row(1, 1, P, R)]
        [event] = await inv.refresh()
        assert event.replication_changed and not (event.added or event.removed or event.changed)
        await teardown(reg, inv)

    run(scenario())


def test_a_failing_host_keeps_its_vms_marked_stale_and_recovers() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        clock = FakeClock()
        session = sessions.prepare("HV-A", [vm_row(1), vm_row(2)])
        reg, inv, _ = await setup(sessions, "HV-A", clock=clock)
        await inv.refresh()
        good = clock.now
        clock.advance(60)
        session.error = HostUnreachable("HV-A", "refused")
        [event] = await inv.refresh()
        assert event.status_changed and event.inventory.stale
        assert isinstance(event.inventory.error, HostUnreachable)
        assert event.inventory.last_good == good and event.inventory.error_since == clock.now
        assert ids(event.inventory.vms.values()) == [1, 2]  # the last known VMs stay
        status = reg.status("HV-A")
        assert isinstance(status, Stale) and status.error is session.error
        assert await inv.refresh() == []  # still down, same reason: no new event
        session.error = None
        [event] = await inv.refresh()
        assert event.status_changed and not event.inventory.stale
        assert isinstance(reg.status("HV-A"), Connected)
        await teardown(reg, inv)

    run(scenario())


def test_a_command_failure_also_keeps_the_last_state() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        session = sessions.prepare("HV-A", [vm_row(1)])
        reg, inv, _ = await setup(sessions, "HV-A")
        await inv.refresh()
        session.error = CommandFailed("HV-A", [ErrorInfo("Access denied", "AccessDenied,Get-VM")])
        [event] = await inv.refresh()
        assert isinstance(event.inventory.error, CommandFailed) and len(event.inventory.vms) == 1
        await teardown(reg, inv)

    run(scenario())


def test_a_hung_host_does_not_delay_the_others_and_is_not_asked_twice() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        hung = sessions.prepare("HV-A", [vm_row(1)])
        sessions.prepare("HV-B", [vm_row(2)])
        reg, inv, _ = await setup(sessions, "HV-A", "HV-B", host_timeout=0.5)
        await inv.refresh()
        hung.hang = True
        sessions.by_name["HV-B"].vms = [vm_row(2), vm_row(3)]
        arrived: dict[str, float] = {}

        def on_change(event: InventoryChanged) -> None:
            arrived.setdefault(event.host, time.monotonic())

        inv.subscribe(on_change)
        start = time.monotonic()
        await inv.refresh()
        assert arrived["HV-B"] < arrived["HV-A"]  # the healthy host was not held back
        assert arrived["HV-B"] - start < 0.5  # nor made to wait for the hung host's deadline
        assert 0.5 <= arrived["HV-A"] - start < 2.0
        state = inv.host("HV-A")
        assert state is not None and isinstance(state.error, HostTimeout) and len(state.vms) == 1
        # The next refresh waits for the request still under way rather than queueing another.
        await inv.refresh()
        assert len(hung.runs) == 2
        hung.hang = False
        hung.release.set()
        await asyncio.sleep(0.01)
        await inv.refresh()
        state = inv.host("HV-A")
        assert state is not None and not state.stale
        await teardown(reg, inv)

    run(scenario())


def test_a_bug_in_one_host_is_raised_after_the_others_published() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        sessions.prepare("HV-A", [vm_row(1)]).replications = [vm_row(5)]  # not a replication: no VMId
        sessions.prepare("HV-B", [vm_row(2)]).delay = 0.05
        reg, inv, seen = await setup(sessions, "HV-A", "HV-B")
        with pytest.raises((TypeError, ValueError)):
            await inv.refresh()
        assert [e.host for e in seen] == ["HV-B"]
        await teardown(reg, inv)

    run(scenario())


def test_failed_and_removed_hosts() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        session = sessions.prepare("HV-A", [vm_row(1), vm_row(2)])
        reg, inv, seen = await setup(sessions, "HV-A")
        await inv.refresh()
        session.connect_error = HostUnreachable("HV-A", "refused")
        assert isinstance(await reg.retry("HV-A"), Failed)
        event = seen[-1]
        assert event.inventory.stale and len(event.inventory.vms) == 2
        assert await inv.refresh() == []  # a failed host has no session to ask
        await reg.remove("HV-A")
        event = seen[-1]
        assert event.host_removed and ids(event.removed) == [1, 2]
        assert inv.host("HV-A") is None and inv.vms() == []
        await teardown(reg, inv)

    run(scenario())


def test_a_newly_connected_host_is_refreshed_at_once() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        sessions.prepare("HV-A", [vm_row(1)])
        reg = HostRegistry(password, session_factory=sessions)
        inv = Inventory(reg)
        with inv.stream() as events:
            reg.add(Profile("HV-A"))
            event = await asyncio.wait_for(events.__anext__(), 1)
        assert event.host == "HV-A" and ids(event.added) == [1]
        await teardown(reg, inv)

    run(scenario())


def test_run_periodically_refreshes_until_cancelled() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        session = sessions.prepare("HV-A", [vm_row(1)])
        reg, inv, _ = await setup(sessions, "HV-A")
        task = asyncio.create_task(inv.run_periodically(0.05))
        await asyncio.sleep(0.22)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        count = len(session.runs)
        assert 3 <= count <= 6
        await asyncio.sleep(0.1)
        assert len(session.runs) == count
        await teardown(reg, inv)

    run(scenario())


def test_relationships_join_the_hosts_into_chains() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        clock = FakeClock()
        a = sessions.prepare("HV-A", [vm_row(1, mode=1), vm_row(2, mode=1)])
        b = sessions.prepare("HV-B", [vm_row(1, mode=2), vm_row(2, mode=2)])
        c = sessions.prepare("HV-C", [vm_row(1, mode=4)])
        late = "2026-11-25T11:30:00.0000000Z"
        a.replications = [rep_row(1, 1, P, R), rep_row(2, 1, P, R, state=9, health=3, last=late)]
        b.replications = [
            rep_row(1, 2, P, R),
            rep_row(1, 2, R, X, extended=True, last=late),
            rep_row(2, 2, P, R, state=9, health=3, last=late),
        ]
        c.replications = [rep_row(1, 4, R, X, extended=True, last=late)]
        reg, inv, _ = await setup(sessions, "HV-A", "HV-B", "HV-C", clock=clock)
        await inv.refresh()
        one, two = inv.relationships()
        assert (one.vm_id, one.primary_host, one.replica_host, one.extended_host) == (
            UUID(int=1),
            "HV-A",
            "HV-B",
            "HV-C",
        )
        simple, extended = one.links
        assert (simple.relationship, simple.source_server, simple.target_server) == (
            RelationshipType.Simple,
            P,
            R,
        )
        assert (extended.source_server, extended.target_server) == (R, X)
        assert len(simple.views) == 2 and len(extended.views) == 2
        assert simple.at_risk == timedelta(minutes=5) and extended.at_risk == timedelta(minutes=30)
        assert one.at_risk == timedelta(minutes=30) and one.health == ReplicationHealth.Normal
        assert two.extended_host is None and two.health == ReplicationHealth.Critical
        assert two.links[0].state == ReplicationState.Error
        # The primary goes stale: its hop is now described by the replica's (fresh) report.
        a.error = HostUnreachable("HV-A", "down")
        await inv.refresh()
        one = inv.relationships()[0]
        assert one.primary_host == "HV-A" and one.links[0].source_host == "HV-A"
        assert not one.links[0].stale
        c.error = HostUnreachable("HV-C", "down")
        await inv.refresh()
        assert inv.relationships()[0].links[1].stale is False  # the replica still reports the hop
        await teardown(reg, inv)

    run(scenario())


def test_a_slow_hosts_late_answer_is_applied_when_it_arrives() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        slow = sessions.prepare("HV-A", [vm_row(1)])
        reg, inv, seen = await setup(sessions, "HV-A", host_timeout=0.1)
        await inv.refresh()
        slow.delay = 0.3
        slow.vms = [vm_row(1), vm_row(2)]
        [event] = await inv.refresh()
        assert isinstance(event.inventory.error, HostTimeout) and len(event.inventory.vms) == 1
        await asyncio.sleep(0.3)
        late = seen[-1]
        assert ids(late.added) == [2] and late.status_changed and not late.inventory.stale
        assert isinstance(reg.status("HV-A"), Connected)
        await teardown(reg, inv)

    run(scenario())


def test_an_answer_from_a_replaced_session_is_ignored() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        old = sessions.prepare("HV-A", [vm_row(1)])
        reg, inv, seen = await setup(sessions, "HV-A", host_timeout=0.1)
        await inv.refresh()
        old.hang = True
        await inv.refresh()  # times out: HV-A is stale
        fresh = sessions.prepare("HV-A", [vm_row(1), vm_row(3)])
        assert isinstance(await reg.retry("HV-A"), Connected)
        await inv.refresh()
        assert ids(inv.vms()) == [1, 3] and fresh.runs
        count = len(seen)
        old.error = HostUnreachable("HV-A", "the old connection broke")
        old.release.set()
        await asyncio.sleep(0.05)
        assert len(seen) == count  # the old session's failure says nothing about the new one
        assert isinstance(reg.status("HV-A"), Connected)
        await teardown(reg, inv)

    run(scenario())


def test_removing_a_host_during_its_refresh_does_not_break_the_refresh() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        hung = sessions.prepare("HV-A", [vm_row(1)])
        sessions.prepare("HV-B", [vm_row(2)])
        reg, inv, seen = await setup(sessions, "HV-A", "HV-B")
        await inv.refresh()
        hung.hang = True
        sessions.by_name["HV-B"].vms.append(vm_row(3))
        refresh = asyncio.create_task(inv.refresh())
        await asyncio.sleep(0.05)
        assert len(hung.runs) == 2  # HV-A's second fetch is under way
        await reg.remove("HV-A")
        events = await asyncio.wait_for(refresh, 1)
        assert [(e.host, ids(e.added)) for e in events] == [("HV-B", [3])]
        assert seen[-1].host_removed and inv.host("HV-A") is None
        await teardown(reg, inv)

    run(scenario())
