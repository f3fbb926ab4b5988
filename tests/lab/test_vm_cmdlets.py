"""VM inventory and power cmdlets, and PowerShell's pipeline rules the lab follows."""

from __future__ import annotations

from datetime import timedelta
from uuid import UUID

from hvgui.lab.enums import VMState
from hvgui.lab.records import UInt64
from hvgui.lab.runtime import Lab
from tests.lab.conftest import SQL_ID, Shell, cmd


def test_get_vm_lists_sorted_and_finds_by_id(a: Shell) -> None:
    assert [v.properties["Name"] for v in a.ok(cmd("Get-VM"))] == ["SQL01", "Web [Test]*"]
    (vm,) = a.ok(cmd("Get-VM", Id=str(SQL_ID)))
    assert vm.type_names[0] == "Microsoft.HyperV.PowerShell.VirtualMachine"
    assert vm.type_names[-1] == "System.Object"
    assert isinstance(vm.properties["MemoryAssigned"], UInt64)


def test_unknown_id_or_name_is_an_error(a: Shell) -> None:
    assert a.fails(cmd("Get-VM", Id=str(UUID(int=9)))).startswith("InvalidParameter,")
    assert (
        a.fails(cmd("Get-VM", Name="Nope")) == "InvalidParameter,Microsoft.HyperV.PowerShell.Commands.GetVM"
    )


def test_names_are_wildcards_so_brackets_do_not_match_literally(a: Shell) -> None:
    # "Web [Test]*" as a pattern means "Web " + one of T,e,s,t + anything: it does not find itself.
    assert a.ok(cmd("Get-VM", Name="Web [Test]*")) == []
    (vm,) = a.ok(cmd("Get-VM", Name="Web `[Test`]`*"))
    assert vm.properties["Name"] == "Web [Test]*"


def test_select_object_returns_selected_objects(a: Shell) -> None:
    (row,) = a.ok(cmd("Get-VM", Id=str(SQL_ID)), cmd("Select-Object", Property=["Name", "State", "Uptime"]))
    assert row.type_names[0] == "Selected.Microsoft.HyperV.PowerShell.VirtualMachine"
    assert list(row.properties) == ["Name", "State", "Uptime"]


def test_stop_start_save_and_uptime(lab: Lab, a: Shell) -> None:
    lab.advance(120)
    assert a.prop("SQL01", "Uptime") >= timedelta(seconds=120)
    a.by_id(cmd("Save-VM"))
    assert a.prop("SQL01", "State") is VMState.Saved
    a.by_id(cmd("Start-VM"))
    a.by_id(cmd("Stop-VM", Force=None))
    assert a.prop("SQL01", "State") is VMState.Off
    assert a.prop("SQL01", "Uptime") == timedelta(0)


def test_stopping_a_stopped_vm_warns(a: Shell) -> None:
    result = a.run(cmd("Stop-VM", Name="Web*"))
    assert result.warnings and not result.errors


def test_a_guest_that_refuses_shutdown_needs_force(lab: Lab, a: Shell) -> None:
    lab.host("HV-A").vms[SQL_ID].shutdown_blocked = True
    assert a.fails(cmd("Stop-VM", Name="SQL01")).startswith("OperationFailed,")
    a.ok(cmd("Stop-VM", Name="SQL01", TurnOff=None))


def test_unknown_cmdlet_and_bad_parameter_fail_the_pipeline(a: Shell) -> None:
    result = a.run(cmd("Remove-Everything"))
    assert result.failure is not None and result.failure.fq_error_id == "CommandNotFoundException"
    assert a.fails(cmd("Get-VM", Bogus=1)).startswith("NamedParameterNotFound,")


def test_error_action_stop_makes_an_error_terminating(a: Shell) -> None:
    result = a.run(cmd("Get-VM", Name="Nope", ErrorAction="Stop"))
    assert result.failure is not None and not result.errors


def test_whatif_changes_nothing(a: Shell) -> None:
    a.ok(cmd("Stop-VM", Name="SQL01", TurnOff=None, WhatIf=None))
    assert a.prop("SQL01", "State") is VMState.Running


def test_double_hop_to_another_computer_is_refused(a: Shell) -> None:
    assert a.fails(cmd("Get-VM", ComputerName=["hv-b.lab.test"])).startswith("AccessDenied,")


def test_host_and_failover_ip_configuration(a: Shell) -> None:
    (host,) = a.ok(cmd("Get-VMHost"))
    assert host.properties["FullyQualifiedDomainName"] == "hv-a.lab.test"
    a.ok(
        cmd(
            "Set-VMNetworkAdapterFailoverConfiguration",
            VMName="SQL01",
            IPv4Address="10.0.0.5",
            IPv4SubnetMask="255.255.255.0",
        )
    )
    (cfg,) = a.ok(cmd("Get-VMNetworkAdapterFailoverConfiguration", VMName="SQL01"))
    assert cfg.properties["IPv4Address"] == "10.0.0.5"
