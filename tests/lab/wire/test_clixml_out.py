"""The lab writes its output objects as CLIXML itself, and writes exactly what psrpcore would.

Every object the demo lab's read cmdlets produce (whole objects and Select-Object's) is written both
ways and compared byte for byte; so are objects made to hit the corners (escaping, big integers,
time zones, empty lists, nested objects without a ToString).
"""

from __future__ import annotations

import datetime as dt
import uuid
from xml.etree import ElementTree

import pytest
from psrpcore.types import serialize

from hvgui.hyperv.inventory_commands import REPLICATION_COLUMNS, VM_COLUMNS
from hvgui.lab.enums import VMReplicationState, VMState
from hvgui.lab.records import CommandCall, Int64, LabObject, UInt32, UInt64
from hvgui.lab.runtime import Lab
from hvgui.lab.wire.clixml_out import output_message
from hvgui.lab.wire.serialize import to_ps

READS = (
    [CommandCall.of("Get-VM")],
    [CommandCall.of("Get-VM"), CommandCall.of("Select-Object", Property=list(VM_COLUMNS))],
    [CommandCall.of("Get-VMReplication")],
    [
        CommandCall.of("Get-VMReplication"),
        CommandCall.of("Select-Object", Property=list(REPLICATION_COLUMNS)),
    ],
    [CommandCall.of("Get-VM"), CommandCall.of("Measure-VMReplication")],
    [CommandCall.of("Get-VMReplicationServer")],
    [CommandCall.of("Get-VMReplicationAuthorizationEntry")],
    [CommandCall.of("Get-VM"), CommandCall.of("Get-VMSnapshot")],
    [CommandCall.of("Get-VM"), CommandCall.of("Get-VMHardDiskDrive")],
    [CommandCall.of("Get-VM"), CommandCall.of("Get-VMHardDiskDrive"), CommandCall.of("Get-VHD")],
    [CommandCall.of("Get-VM"), CommandCall.of("Get-VMNetworkAdapter")],
    [CommandCall.of("Get-VMHost")],
)


def by_psrpcore(obj: object) -> bytes:
    return ElementTree.tostring(serialize(to_ps(obj), None), encoding="utf-8", method="xml")


def demo_outputs() -> list[tuple[str, object]]:
    lab = Lab.demo()
    found: list[tuple[str, object]] = []
    for host in lab.host_names():
        for pipeline in READS:
            result = lab.invoke(host, pipeline)
            assert result.failure is None, result.failure
            label = " | ".join(call.name for call in pipeline)
            found += [(f"{host}: {label}", obj) for obj in result.output]
    return found


def test_every_object_of_the_demo_lab_is_written_as_psrpcore_writes_it() -> None:
    written = 0
    for label, obj in demo_outputs():
        raw = output_message(obj)
        if raw is not None:
            assert raw == by_psrpcore(obj), label
            written += 1
    assert written > 100


def test_the_inventory_reads_are_all_written_directly() -> None:
    lab = Lab.demo()
    for host in lab.host_names():
        for pipeline in READS[1], READS[3]:
            for obj in lab.invoke(host, pipeline).output:
                assert output_message(obj) is not None


def corner(**properties: object) -> LabObject:
    return LabObject(["Microsoft.HyperV.PowerShell.Test"], dict(properties), 'Test <&> "ToString"')


@pytest.mark.parametrize(
    "obj",
    [
        corner(
            Name="A & B <C> \"D\" 'E'", Tab="a\tb\nc\r", Ctl="\x00\x07\x1f\x7f\x9f", Under="_x0041_ and _X"
        ),
        corner(Emoji="VM \U0001f600", Umlaut="Düsseldorf ß", Empty="", Space=" "),
        corner(Big=2**40, Neg=-(2**35), U64=UInt64(7), U32=UInt32(2**32 - 1), I64=Int64(3), Zero=0, No=False),
        corner(
            Utc=dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC),
            Local=dt.datetime(2026, 11, 25, 12, 0, 1, 250000, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            Naive=dt.datetime(2026, 1, 2, 3, 4, 5),
        ),
        corner(
            Short=dt.timedelta(seconds=30),
            Long=dt.timedelta(days=3, hours=4, microseconds=5),
            Nothing=dt.timedelta(),
        ),
        corner(
            Id=uuid.UUID(int=12345),
            Nil=None,
            Enum=VMState.Running,
            Again=VMState.Off,
            Other=VMReplicationState.Error,
        ),
        corner(Empty=[], Items=["a", VMState.Off, None, 5], Nested=LabObject(["X"], {}, "nested text")),
        corner(NestedNone=LabObject(["X"], {}, None)),  # type: ignore[arg-type]
        LabObject(
            [
                "Selected.Microsoft.HyperV.PowerShell.VirtualMachine",
                "System.Management.Automation.PSCustomObject",
            ],
            {"Name": "x"},
            "@{Name=x}",
        ),
        LabObject(["Microsoft.HyperV.PowerShell.Empty", "System.Object"], {}, ""),
        LabObject(['Weird "type" <name>'], {'Odd "name"\n': 1}, "t"),
    ],
)
def test_corner_cases_match_psrpcore(obj: LabObject) -> None:
    raw = output_message(obj)
    assert raw is not None
    assert raw == by_psrpcore(obj)


def test_what_it_does_not_write_goes_the_psrpcore_way() -> None:
    assert output_message("a bare string") is None
    assert output_message(corner(Table={"a": 1})) is None
    assert output_message(corner(Ratio=0.5)) is None
