"""What a client receives: objects, values, errors, warnings, as from a Windows Hyper-V host."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

import pytest
from pypsrp.powershell import PowerShell, RunspacePool

from tests.lab.wire.conftest import STARTED, VM_ID, VM_TYPES, FakeLab, run


def props(obj: Any) -> dict[str, Any]:
    return {**obj.adapted_properties, **obj.extended_properties}


@pytest.fixture(scope="module")
def vm_object(http_server: Any) -> Any:
    from tests.lab.wire.conftest import connect

    with RunspacePool(connect(http_server.endpoint("HV-A"))) as rp:
        ps = run(rp, ("Get-VM", {}))
        assert not ps.had_errors and not ps.streams.error
        assert len(ps.output) == 1
        return ps.output[0]


def test_type_names_and_tostring_arrive(vm_object: Any) -> None:
    assert vm_object.types == VM_TYPES
    assert str(vm_object) == f"VirtualMachine (Name = 'VM000') [Id = '{VM_ID}']"
    # Real .NET properties are adapted properties, as a Windows host sends them.
    assert "Name" in vm_object.adapted_properties and not vm_object.extended_properties


def test_enums_carry_type_name_number_and_name(vm_object: Any) -> None:
    state = vm_object.adapted_properties["State"]
    assert state.types[0] == "Microsoft.HyperV.PowerShell.VMState"
    assert state.types[-3:] == ["System.Enum", "System.ValueType", "System.Object"]
    assert str(state) == "Running"
    assert state.property_sets[0] == 2
    mode = vm_object.adapted_properties["ReplicationMode"]
    assert str(mode) == "None" and mode.property_sets[0] == 0
    assert mode.types[0] == "Microsoft.HyperV.PowerShell.VMReplicationMode"


def test_value_types(vm_object: Any) -> None:
    p = vm_object.adapted_properties
    assert p["Id"] == VM_ID and isinstance(p["Id"], uuid.UUID)
    assert p["MemoryAssigned"] == 4 * 1024**3
    assert p["Uptime"] == "PT5H3M"
    assert datetime.fromisoformat(p["CreationTime"]) == STARTED
    assert p["CPUUsage"] == 3 and p["ReplicationState"] == 4
    assert p["Weight"] == 0.5 and p["Notes"] is None and p["IsClustered"] is False
    assert p["Tags"] == ["a", "b"] and p["Extra"] == {"k": 1}
    assert p["ProcessorCount"] == 2 and p["Counter"] == 7
    # Nested objects travel at depth 1: as their ToString.
    assert p["VMHost"] == "HV-A"


def test_integer_widths_on_the_wire() -> None:
    # pypsrp turns all integer tags into int; check the CLIXML itself for the widths.
    import xml.etree.ElementTree as ET

    from psrpcore.types import serialize

    from hvgui.lab.wire.serialize import to_ps
    from tests.lab.wire.conftest import vm

    xml = ET.tostring(serialize(to_ps(vm()), None)).decode()
    assert '<U64 N="MemoryAssigned">4294967296</U64>' in xml
    assert '<U32 N="ProcessorCount">2</U32>' in xml
    assert '<I64 N="Counter">7</I64>' in xml
    assert '<I32 N="CPUUsage">3</I32>' in xml
    assert '<Db N="Weight">0.5</Db>' in xml
    assert '<TS N="Uptime">PT5H3M</TS>' in xml
    assert f'<G N="Id">{VM_ID}</G>' in xml
    # Plain ints outside the Int32 range widen to Int64, in both directions.
    assert ET.tostring(serialize(to_ps(-(2**40)), None)).decode() == f"<I64>{-(2**40)}</I64>"
    assert ET.tostring(serialize(to_ps(2**31), None)).decode() == f"<I64>{2**31}</I64>"


def test_select_object_yields_note_properties(pool: RunspacePool) -> None:
    columns = ["Name", "State", "MemoryAssigned", "Id"]
    ps = run(pool, ("Get-VM", {"Count": 2}), ("Select-Object", {"Property": columns}))
    assert len(ps.output) == 2
    first = ps.output[0]
    assert first.types[0] == "Selected.Microsoft.HyperV.PowerShell.VirtualMachine"
    assert list(first.extended_properties) == columns
    assert str(first.extended_properties["State"]) == "Running"


def test_non_terminating_error_record_fields(pool: RunspacePool) -> None:
    ps = run(pool, ("Warn", {}))
    assert ps.had_errors is False
    assert ps.streams.warning[0].message == "replication is behind"
    [rec] = ps.streams.error
    assert rec.fq_error == "WarnError,Microsoft.HyperV.PowerShell.Commands.Warn"
    assert rec.category == 13  # ObjectNotFound
    assert rec.reason == "VirtualizationException"
    assert rec.target_name == "nope"
    assert rec.message == "ObjectNotFound: (nope:String) [Warn], VirtualizationException"
    assert str(rec) == "VM 'nope' was not found."
    assert rec.exception.adapted_properties["Message"] == "VM 'nope' was not found."
    assert rec.exception.types[0] == "Microsoft.HyperV.PowerShell.VirtualizationException"


def test_terminating_error_fails_the_pipeline(pool: RunspacePool) -> None:
    ps = run(pool, ("Fail", {}))
    assert ps.had_errors is True
    assert ps.state == 5  # PSInvocationState.Failed
    [rec] = ps.streams.error
    assert str(rec) == "The operation failed."
    assert rec.fq_error.startswith("FailError,")
    assert rec.category == 7


def test_pipeline_of_two_commands_with_switch_and_false(pool: RunspacePool, fake_lab: FakeLab) -> None:
    ps = PowerShell(pool)
    ps.add_cmdlet("Get-VM").add_parameter("Id", str(VM_ID))
    ps.add_cmdlet("Start-VMFailover").add_parameter("Prepare").add_parameter("Confirm", False)
    out = ps.invoke()
    assert out == ["VM000 [('Confirm', False), ('Prepare', None)]"]
    host, calls = fake_lab.calls[-1]
    assert host == "HV-A"
    assert [c.name for c in calls] == ["Get-VM", "Start-VMFailover"]
    assert calls[0].args == (("Id", str(VM_ID)),)


def test_parameter_values_arrive_as_plain_python(pool: RunspacePool, fake_lab: FakeLab) -> None:
    ps = PowerShell(pool)
    ps.add_cmdlet("Echo").add_parameter("Id", VM_ID).add_parameter("N", 5).add_parameter("L", ["x", "y"])
    ps.add_argument("positional")
    ps.invoke()
    _, [call] = fake_lab.calls[-1]
    assert call.args == (("Id", VM_ID), ("N", 5), ("L", ["x", "y"]), (None, "positional"))
    assert (
        type(call.args[0][1]) is uuid.UUID and type(call.args[1][1]) is int and type(call.args[2][1]) is list
    )


def test_several_statements_in_one_request(pool: RunspacePool, fake_lab: FakeLab) -> None:
    ps = PowerShell(pool)
    ps.add_cmdlet("Get-VM").add_parameter("Count", 2)
    ps.add_statement()
    ps.add_cmdlet("Warn")
    ps.add_statement()
    ps.add_cmdlet("Get-VM")
    out = ps.invoke()
    assert [str(o.adapted_properties["Name"]) for o in out] == ["VM000", "VM001", "VM000"]
    assert len(ps.streams.error) == 1 and not ps.had_errors
    assert [[c.name for c in calls] for _, calls in fake_lab.calls[-3:]] == [["Get-VM"], ["Warn"], ["Get-VM"]]


def test_failed_statement_ends_the_request(pool: RunspacePool, fake_lab: FakeLab) -> None:
    before = len(fake_lab.calls)
    ps = PowerShell(pool)
    ps.add_cmdlet("Fail").add_statement().add_cmdlet("Get-VM")
    assert ps.invoke() == []
    assert ps.had_errors
    assert len(fake_lab.calls) == before + 1


def test_scripts_are_refused(pool: RunspacePool, fake_lab: FakeLab) -> None:
    before = len(fake_lab.calls)
    ps = PowerShell(pool)
    ps.add_script("Get-VM | Remove-VM")
    ps.invoke()
    assert ps.had_errors
    assert ps.streams.error[0].fq_error == "ScriptsNotAllowed"
    assert len(fake_lab.calls) == before


def test_a_lab_bug_becomes_a_failed_pipeline(pool: RunspacePool) -> None:
    ps = run(pool, ("Boom", {}))
    assert ps.had_errors and ps.streams.error[0].fq_error == "LabInternalError"
    # The pool keeps working.
    assert len(run(pool, ("Get-VM", {})).output) == 1


def test_timespan_and_datetime_round_trip_formats(vm_object: Any) -> None:
    assert timedelta(hours=5, minutes=3) == timedelta(seconds=5 * 3600 + 180)
    assert vm_object.adapted_properties["CreationTime"].endswith("Z")
