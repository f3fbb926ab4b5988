"""The inventory over real WinRM against the lab (HTTPS + Basic; NTLM once)."""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

import pytest

from hvgui.hyperv.enums import RelationshipType, ReplicationState, VMState
from hvgui.hyperv.errors import HostTimeout, HostUnreachable
from hvgui.lab.records import CommandCall, PipelineResult
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import LabServer
from hvgui.services.events import Connected, Failed, InventoryChanged, Stale
from tests.services.inventory_fixtures import (
    RequestCounter,
    demo_server,
    lab_dir,
    scaled_lab,
    start_server,
    wired,
)

__all__ = ["demo_server", "lab_dir"]  # fixtures used by name
PRIMARY = "HV-MUENCHEN-01"


def lab_vm_ids(lab: Lab, host: str) -> set[UUID]:
    result = lab.invoke(host, [CommandCall.of("Get-VM")])
    return {obj.properties["Id"] for obj in result.output}


def test_refresh_of_the_demo_lab_publishes_every_vm(demo_server: tuple[Lab, LabServer]) -> None:
    lab, server = demo_server

    async def scenario() -> None:
        async with wired(server) as (registry, inventory):
            events = await inventory.refresh()
            assert sorted(e.host for e in events) == sorted(lab.host_names())
            for event in events:
                assert {vm.id for vm in event.added} == lab_vm_ids(lab, event.host)
                assert not event.removed and not event.changed and event.status_changed
                assert all(vm.host == event.host for vm in event.added)
            assert all(isinstance(s, Connected) for s in registry.statuses().values())
            sql = next(vm for vm in inventory.vms() if (vm.host, vm.name) == (PRIMARY, "SQL-PROD-01"))
            assert sql.state == VMState.Running and sql.memory_assigned > 0
            assert sql.replication_state == ReplicationState.Replicating

    asyncio.run(scenario())


def test_a_lab_action_produces_exactly_the_changed_events(demo_server: tuple[Lab, LabServer]) -> None:
    lab, server = demo_server

    async def scenario() -> None:
        async with wired(server) as (_registry, inventory):
            await inventory.refresh()
            assert await inventory.refresh() == []
            # Names are not unique: the replica of SQL-PROD-01 has the same name on its host.
            target = next(vm for vm in inventory.vms() if (vm.host, vm.name) == (PRIMARY, "SQL-PROD-01"))
            stopped = lab.invoke(target.host, [CommandCall.of("Get-VM", Id=str(target.id)), _call("Stop-VM")])
            assert stopped.failure is None and not stopped.errors
            [event] = await inventory.refresh()
            assert event.host == target.host and not event.added and not event.removed
            [changed] = event.changed
            assert changed.id == target.id and changed.state == VMState.Off

            gone = next(vm for vm in inventory.vms() if vm.name == "BUILD-AGENT-07")
            del lab.host(gone.host).vms[gone.id]  # the lab has no Remove-VM: remove it from its model
            [event] = await inventory.refresh()
            assert event.host == gone.host and [vm.id for vm in event.removed] == [gone.id]
            assert not event.added and not event.changed
            assert all(vm.id != gone.id for vm in inventory.vms())

    asyncio.run(scenario())


def _call(name: str, **params: Any) -> CommandCall:
    return CommandCall.of(name, **params)


@pytest.mark.slow
def test_round_trips_per_host_do_not_grow_with_the_vm_count(
    lab_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = RequestCounter().install(monkeypatch)

    def per_refresh(vms: int) -> tuple[Counter[str], Counter[str], Counter[str]]:
        """(commands, fewest WSMan requests, lab invocations) per host for one refresh."""
        lab = scaled_lab(hosts=2, vms=vms, replicated=min(vms, 5))
        invocations: Counter[str] = Counter()
        original = lab.invoke

        def counting(host: str, calls: Sequence[CommandCall]) -> PipelineResult:
            invocations[host] += 1
            return original(host, calls)

        lab.invoke = counting  # type: ignore[method-assign]
        server = start_server(lab, lab_dir)
        commands: Counter[str] = Counter()
        fewest: Counter[str] = Counter()
        calls: Counter[str] = Counter()

        async def scenario() -> None:
            async with wired(server) as (_registry, inventory):
                await inventory.refresh()  # the first refresh after connecting
                for attempt in range(3):
                    counter.take()
                    invocations.clear()
                    await inventory.refresh()
                    assert len(inventory.vms()) == 2 * vms + min(vms, 5)  # with the replicas
                    actions = counter.take_actions()
                    for host in ("HV-00", "HV-01"):
                        total = sum(n for (h, _), n in actions.items() if h == host)
                        fewest[host] = total if attempt == 0 else min(fewest[host], total)
                        commands[host] = actions[host, "Command"]
                    calls.update(invocations)

        try:
            asyncio.run(scenario())
        finally:
            server.stop()
        return commands, fewest, calls

    small = per_refresh(5)
    large = per_refresh(50)
    # Not one request more for ten times the VMs: the VM list and the replication list, each one
    # pipeline (Command, then a Receive that brings all of the output).
    assert small == large
    commands, fewest, calls = small
    assert commands == Counter({"HV-00": 2, "HV-01": 2})
    assert fewest == Counter({"HV-00": 4, "HV-01": 4})
    assert calls == Counter({"HV-00": 6, "HV-01": 6})  # two lab pipelines per refresh, three refreshes


@pytest.mark.slow
def test_a_hung_host_does_not_delay_the_others(demo_server: tuple[Lab, LabServer]) -> None:
    lab, server = demo_server
    hung = "HV-FRANKFURT-02"

    async def scenario() -> None:
        async with wired(server, host_timeout=3.0) as (registry, inventory):
            await inventory.refresh()
            before = {vm.id for vm in inventory.vms() if vm.host == hung}
            # One change on every other host, so that each of them has something to publish.
            for name in lab.host_names():
                if name != hung:
                    vm = next(v for v in inventory.vms() if v.host == name and v.state == VMState.Running)
                    lab.invoke(name, [_call("Get-VM", Id=str(vm.id)), _call("Stop-VM", TurnOff=None)])
            arrived: dict[str, tuple[float, InventoryChanged]] = {}

            def on_change(event: InventoryChanged) -> None:
                arrived.setdefault(event.host, (time.monotonic(), event))

            inventory.subscribe(on_change)
            server.faults(hung).hang = True
            start = time.monotonic()
            await inventory.refresh()
            others = [arrived[h][0] - start for h in lab.host_names() if h != hung]
            took, event = arrived[hung]
            assert max(others) < took - start  # nobody waited for the hung host
            assert max(others) < 2.5  # well inside its 3 s deadline
            assert 3.0 <= took - start < 6.0
            assert isinstance(event.inventory.error, HostTimeout)
            assert {vm.id for vm in event.inventory.vms.values()} == before  # the last known VMs
            status = registry.status(hung)
            assert isinstance(status, Stale) and isinstance(status.error, HostTimeout)

            server.faults(hung).hang = False
            await registry.retry(hung)
            await inventory.refresh()
            state = inventory.host(hung)
            assert state is not None and not state.stale

    asyncio.run(scenario())


def test_a_dead_host_is_reported_within_ten_seconds(demo_server: tuple[Lab, LabServer]) -> None:
    _, server = demo_server
    dead = "HV-DUESSELDORF-03"

    async def scenario() -> None:
        async with wired(server) as (registry, inventory):
            await inventory.refresh()
            server.faults(dead).refuse = True
            start = time.monotonic()
            await inventory.refresh()
            assert time.monotonic() - start < 10
            status = registry.status(dead)
            assert isinstance(status, Stale) and isinstance(status.error, HostUnreachable)
            state = inventory.host(dead)
            assert state is not None and state.stale and state.vms

            # A dead host at start-up: the connect fails, also in time.
            start = time.monotonic()
            failed = await registry.retry(dead)
            assert time.monotonic() - start < 10
            assert isinstance(failed, Failed)
            server.faults(dead).refuse = False

    asyncio.run(scenario())


def test_chains_across_hosts_for_the_extended_vm(demo_server: tuple[Lab, LabServer]) -> None:
    lab, server = demo_server

    async def scenario() -> None:
        async with wired(server) as (_registry, inventory):
            await inventory.refresh()
            chains = {c.vm_name: c for c in inventory.relationships(now=lab.now)}
            fs = chains["FS-MUC-01"]
            assert (fs.primary_host, fs.replica_host, fs.extended_host) == (
                "HV-MUENCHEN-01",
                "HV-FRANKFURT-02",
                "HV-DUESSELDORF-03",
            )
            simple, extended = fs.links
            assert simple.relationship == RelationshipType.Simple
            assert extended.relationship == RelationshipType.Extended
            assert simple.target_server == extended.source_server == lab.host_fqdn("HV-FRANKFURT-02")
            assert extended.target_server == lab.host_fqdn("HV-DUESSELDORF-03")
            assert all(link.state == ReplicationState.Replicating for link in fs.links)
            assert simple.at_risk is not None and extended.at_risk is not None
            assert extended.at_risk > simple.at_risk  # the extended hop runs every 15 minutes
            # A VM replicated in one hop only, and one replicated each way: joined by Id, not name.
            assert chains["SQL-PROD-01"].extended_host is None
            assert len(chains) == len({c.vm_id for c in chains.values()})

    asyncio.run(scenario())


@pytest.mark.slow
def test_refresh_over_ntlm_with_message_encryption(lab_dir: Path) -> None:
    lab = scaled_lab(hosts=2, vms=3, replicated=1)
    server = start_server(lab, lab_dir, https=False, auth="negotiate")

    async def scenario() -> None:
        async with wired(server) as (_registry, inventory):
            events = await inventory.refresh()
            assert {e.host: len(e.added) for e in events} == {"HV-00": 3, "HV-01": 4}
            [chain] = inventory.relationships()
            assert (chain.primary_host, chain.replica_host) == ("HV-00", "HV-01")

    try:
        asyncio.run(scenario())
    finally:
        server.stop()
