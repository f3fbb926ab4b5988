"""Parsing tolerates what pypsrp delivers: enum objects or numbers, .NET date and duration texts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from hvgui.hyperv import parse
from hvgui.hyperv.enums import ReplicationHealth, ReplicationMode, ReplicationState, VMState
from hvgui.hyperv.model import EnumValue, PSData

VM_ID = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")


def test_vm_from_a_selected_object() -> None:
    data = PSData(
        ("Selected.Microsoft.HyperV.PowerShell.VirtualMachine",),
        {
            "Id": VM_ID,
            "Name": "SQL01",
            "State": EnumValue("Running", 2),
            "CPUUsage": 7,
            "MemoryAssigned": 4294967296,
            "Uptime": "PT1H2M3.5S",
            "Status": "Operating normally",
            "ReplicationState": EnumValue("Replicating", 4),
            "ReplicationHealth": 2,
            "ReplicationMode": "None",
        },
    )
    vm = parse.vm(data, "HV-A")
    assert (vm.state, vm.replication_state, vm.replication_health, vm.replication_mode) == (
        VMState.Running,
        ReplicationState.Replicating,
        ReplicationHealth.Warning,
        ReplicationMode.NONE,
    )
    assert vm.uptime == timedelta(hours=1, minutes=2, seconds=3.5)
    assert vm.memory_assigned == 4 * 1024**3


def test_dotnet_datetimes_with_seven_fraction_digits() -> None:
    assert parse.when("2026-11-25T08:00:00.1234567+00:00") == datetime(
        2026, 11, 25, 8, 0, 0, 123456, tzinfo=UTC
    )
    assert parse.when("2026-11-25T08:00:00Z") == datetime(2026, 11, 25, 8, tzinfo=UTC)
    assert parse.when(None) is None
    assert parse.when("not a date") is None


def test_durations_in_iso_and_clock_forms() -> None:
    assert parse.duration("PT5H3M") == timedelta(hours=5, minutes=3)
    assert parse.duration("P1DT2H") == timedelta(days=1, hours=2)
    assert parse.duration("18:30:00") == timedelta(hours=18, minutes=30)
    assert parse.duration("1.00:00:01") == timedelta(days=1, seconds=1)
    assert parse.duration("PT0S") == timedelta(0)
    assert parse.duration("garbage") is None


def test_unknown_enum_values_fall_back_instead_of_crashing() -> None:
    assert parse.enum(VMState, 99999, VMState.Other) is VMState.Other
    assert (
        parse.enum(ReplicationState, "SomethingNew", ReplicationState.Disabled) is ReplicationState.Disabled
    )


def test_replication_reads_the_test_vm_name_from_its_depth_one_text() -> None:
    data = PSData(
        ("Microsoft.HyperV.PowerShell.VMReplication",),
        {
            "VMId": str(VM_ID),
            "VMName": "SQL01",
            "TestVirtualMachine": f"VirtualMachine (Name = 'SQL01 - Test') [Id = '{VM_ID}']",
            "LastReplicationTime": "2026-11-25T08:00:00.0000000+00:00",
        },
    )
    rep = parse.replication(data, "HV-B")
    assert rep.test_vm_name == "SQL01 - Test"
    assert rep.vm_id == VM_ID
    assert rep.last_replication == datetime(2026, 11, 25, 8, tzinfo=UTC)
