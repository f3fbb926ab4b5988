"""The real simulation through the wire: the demo lab served over HTTPS + Basic (the default mode)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypsrp.powershell import PowerShell, RunspacePool

from hvgui.lab.runtime import Lab
from hvgui.lab.wire import LabServer
from tests.lab.wire.conftest import connect

COLUMNS = [
    "Name",
    "State",
    "CPUUsage",
    "MemoryAssigned",
    "Uptime",
    "Status",
    "ReplicationState",
    "ReplicationHealth",
    "ReplicationMode",
    "Id",
]


@pytest.fixture(scope="module")
def demo() -> Lab:
    return Lab.demo()


@pytest.fixture(scope="module")
def server(demo: Lab, lab_dir: Path) -> Iterator[LabServer]:
    srv = LabServer(demo, data_dir=lab_dir)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def pools(server: LabServer) -> Iterator[dict[str, RunspacePool]]:
    opened = {ep.name: RunspacePool(connect(ep)) for ep in server.endpoints()}
    for rp in opened.values():
        rp.open()
    yield opened
    for rp in opened.values():
        with contextlib.suppress(Exception):
            rp.close()


def invoke(pool: RunspacePool, *commands: tuple[str, dict[str, Any]]) -> PowerShell:
    ps = PowerShell(pool)
    for name, params in commands:
        ps.add_cmdlet(name)
        for key, value in params.items():
            ps.add_parameter(key, value)
    ps.invoke()
    return ps


def ok(pool: RunspacePool, *commands: tuple[str, dict[str, Any]]) -> list[Any]:
    ps = invoke(pool, *commands)
    assert not ps.had_errors and not ps.streams.error, [str(e) for e in ps.streams.error]
    return list(ps.output)


def prop(obj: Any, name: str) -> Any:
    return {**obj.adapted_properties, **obj.extended_properties}[name]


def test_every_demo_host_answers_get_vm(server: LabServer, pools: dict[str, RunspacePool]) -> None:
    assert [ep.name for ep in server.endpoints()] == Lab.demo().host_names()
    for rp in pools.values():
        vms = ok(rp, ("Get-VM", {}))
        assert vms
        for vm in vms:
            assert vm.types[0] == "Microsoft.HyperV.PowerShell.VirtualMachine"
            assert vm.types[-1] == "System.Object"
            assert prop(vm, "State").types[0] == "Microsoft.HyperV.PowerShell.VMState"
            assert isinstance(prop(vm, "MemoryAssigned"), int)


def test_the_ten_list_columns(pools: dict[str, RunspacePool]) -> None:
    rp = next(iter(pools.values()))
    rows = ok(rp, ("Get-VM", {}), ("Select-Object", {"Property": COLUMNS}))
    assert rows and all(list(row.extended_properties) == COLUMNS for row in rows)
    assert rows[0].types[0] == "Selected.Microsoft.HyperV.PowerShell.VirtualMachine"


def test_unknown_vm_is_a_non_terminating_error(pools: dict[str, RunspacePool]) -> None:
    rp = next(iter(pools.values()))
    ps = invoke(rp, ("Get-VM", {"Name": "no-such-vm"}))
    assert not ps.had_errors
    [rec] = ps.streams.error
    assert rec.fq_error.startswith("InvalidParameter,")
    assert "no-such-vm" in str(rec)


def test_failover_without_confirm_false_cannot_prompt(pools: dict[str, RunspacePool]) -> None:
    name, vm = _replicating_primary(pools)
    ps = invoke(pools[name], ("Get-VM", {"Id": str(prop(vm, "Id"))}), ("Start-VMFailover", {"Prepare": None}))
    assert ps.had_errors
    assert ps.streams.error[-1].fq_error.startswith("HostFunctionNotImplemented")


def test_planned_failover_through_the_wire(server: LabServer, pools: dict[str, RunspacePool]) -> None:
    primary, vm = _replicating_primary(pools)
    vm_id = str(prop(vm, "Id"))
    by_id = ("Get-VM", {"Id": vm_id})
    [rep] = ok(pools[primary], by_id, ("Get-VMReplication", {}))
    replica = next(ep.name for ep in server.endpoints() if ep.fqdn == prop(rep, "ReplicaServerName"))

    ok(pools[primary], by_id, ("Stop-VM", {}))
    ok(pools[primary], by_id, ("Start-VMFailover", {"Prepare": None, "Confirm": False}))
    ok(pools[replica], by_id, ("Start-VMFailover", {"Confirm": False}))
    ok(pools[replica], by_id, ("Set-VMReplication", {"Reverse": None}))
    ok(pools[replica], by_id, ("Start-VM", {}))

    [new_primary] = ok(pools[replica], by_id)
    assert str(prop(new_primary, "ReplicationMode")) == "Primary"
    assert str(prop(new_primary, "State")) == "Running"
    [old_primary] = ok(pools[primary], by_id)
    assert str(prop(old_primary, "ReplicationMode")) == "Replica"


def test_host_down_is_visible_to_its_partners(
    server: LabServer, demo: Lab, pools: dict[str, RunspacePool]
) -> None:
    names = [ep.name for ep in server.endpoints()]
    server.faults(names[0]).host_down = True
    try:
        assert demo.is_host_down(names[0])
        demo.advance(3600)
        # The partner keeps answering, and its replication towards the dead host turns unhealthy.
        down_fqdn = server.endpoint(names[0]).fqdn
        towards_down = [
            rep
            for rep in ok(pools[names[1]], ("Get-VMReplication", {}))
            if str(prop(rep, "ReplicationMode")) == "Primary" and prop(rep, "ReplicaServerName") == down_fqdn
        ]
        assert towards_down
        assert all(str(prop(rep, "ReplicationHealth")) != "Normal" for rep in towards_down)
    finally:
        server.faults(names[0]).host_down = False
    assert not demo.is_host_down(names[0])
    # The host came back without its shells, as a rebooted Windows host would.
    assert pools[names[0]].is_alive() is False
    pools[names[0]] = RunspacePool(connect(server.endpoint(names[0])))
    pools[names[0]].open()
    assert ok(pools[names[0]], ("Get-VM", {}))


def _replicating_primary(pools: dict[str, RunspacePool]) -> tuple[str, Any]:
    """A running primary in simple (not extended) replication: reversible in one step."""
    extended = {
        prop(rep, "VMId")
        for rp in pools.values()
        for rep in invoke(rp, ("Get-VMReplication", {"ReplicationRelationshipType": "Extended"})).output
    }
    for name, rp in pools.items():
        for vm in ok(rp, ("Get-VM", {})):
            if (
                prop(vm, "Id") not in extended
                and str(prop(vm, "ReplicationMode")) == "Primary"
                and str(prop(vm, "ReplicationState")) == "Replicating"
                and str(prop(vm, "State")) == "Running"
            ):
                return name, vm
    pytest.skip("the demo lab has no running, replicating primary left")


def test_get_vhd_sizes_arrive_as_uint64_on_a_vhd_object(pools: dict[str, RunspacePool]) -> None:
    from xml.etree import ElementTree

    from hvgui.lab.records import CommandCall
    from hvgui.lab.wire.clixml_out import output_message

    name, rp = next(iter(pools.items()))
    vm = ok(rp, ("Get-VM", {}))[0]
    vm_id = prop(vm, "Id")
    drives = ok(rp, ("Get-VMHardDiskDrive", {"VMName": prop(vm, "Name")}))
    assert drives and all("Size" not in d.adapted_properties for d in drives)
    vhds = ok(rp, ("Get-VHD", {"VMId": vm_id}))
    assert [prop(v, "Path") for v in vhds] == [prop(d, "Path") for d in drives]
    vhd = vhds[0]
    assert vhd.types == ["Microsoft.Vhd.PowerShell.VirtualHardDisk", "System.Object"]
    assert str(vhd) == "Microsoft.Vhd.PowerShell.VirtualHardDisk"
    assert prop(vhd, "VhdFormat").types[0] == "Microsoft.Vhd.PowerShell.VhdFormat"
    assert str(prop(vhd, "VhdType")) == "Dynamic"
    assert prop(vhd, "Size") > prop(vhd, "FileSize") > 0
    # pypsrp reads every integer tag as int: the widths are checked in what the lab writes.
    lab_vhd = Lab.demo().invoke(name, [CommandCall.of("Get-VHD", VMId=vm_id)]).output[0]
    raw = output_message(lab_vhd)
    assert raw is not None
    xml = ElementTree.fromstring(raw)
    tags = {el.get("N"): el.tag for el in xml.iter() if el.get("N")}
    assert tags["Size"] == tags["FileSize"] == tags["MinimumSize"] == "U64"
    assert tags["BlockSize"] == tags["LogicalSectorSize"] == "U32"


def test_get_vhd_on_a_missing_path_is_object_not_found(pools: dict[str, RunspacePool]) -> None:
    rp = next(iter(pools.values()))
    ps = invoke(rp, ("Get-VHD", {"Path": "C:\\no\\such.vhdx"}))
    assert not ps.had_errors
    [rec] = ps.streams.error
    assert rec.fq_error == "ObjectNotFound,Microsoft.Vhd.PowerShell.Cmdlets.GetVHD"
    assert rec.category == 13  # ObjectNotFound
