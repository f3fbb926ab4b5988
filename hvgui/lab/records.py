"""What goes in and out of the lab at its cmdlet interface.

A pipeline is a list of CommandCall; running it yields a PipelineResult with output objects,
non-terminating error records, warnings and at most one terminating error. The WinRM/PSRP server
serialises these exactly as a Windows host would; tests use them directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from hvgui.lab.enums import ErrorCategory


class UInt64(int):
    """An int that a Windows host serialises as UInt64 (<U64>): sizes in bytes."""


class UInt32(int):
    """An int serialised as UInt32 (<U32>): counters such as ReplicationErrors."""


class Int64(int):
    """An int serialised as Int64 (<I64>)."""


# A value a parameter may carry: what PSRP deserialises (str, int, bool, float, None, list, dict,
# datetime, timedelta, UUID) or a LabObject produced on the host itself.
ParamValue = Any


@dataclass(frozen=True)
class CommandCall:
    """One command of a pipeline. args keep the order given; name None means positional.

    A bare switch has value None (as psrpcore delivers it); `-Confirm:$false` has value False.
    """

    name: str
    args: tuple[tuple[str | None, ParamValue], ...] = ()

    @classmethod
    def of(cls, name: str, *positional: ParamValue, **named: ParamValue) -> CommandCall:
        """Test convenience: CommandCall.of("Get-VM", Id=vm_id)."""
        args = [(None, v) for v in positional] + [(k, v) for k, v in named.items()]
        return cls(name, tuple(args))


@dataclass
class LabObject:
    """A .NET object as a Hyper-V host would serialise it.

    type_names runs from the most derived type to System.Object. properties keep Hyper-V's
    order; values are plain Python values, lab enums (IntEnum from hvgui.lab.enums), datetime,
    timedelta, UUID, lists, dicts, or nested LabObjects (serialised at depth 1 as their ToString).
    ref points at the live lab entity so that a later command of the same pipeline can bind it.
    """

    type_names: list[str]
    properties: dict[str, Any]
    to_string: str
    ref: Any = field(default=None, compare=False, repr=False)

    @property
    def type_name(self) -> str:
        return self.type_names[0]


# The Hyper-V module's VHD cmdlets are classes of their own namespace (Microsoft.Vhd.PowerShell.Cmdlets.GetVHD).
_VHD_CMDLETS = frozenset({"get-vhd"})


def command_type(cmdlet: str) -> str:
    """The cmdlet's .NET class, as a FullyQualifiedErrorId names it after the comma."""
    namespace = (
        "Microsoft.Vhd.PowerShell.Cmdlets"
        if cmdlet.lower() in _VHD_CMDLETS
        else "Microsoft.HyperV.PowerShell.Commands"
    )
    return f"{namespace}.{cmdlet.replace('-', '')}"


@dataclass(frozen=True)
class ErrorRecord:
    """A PowerShell ErrorRecord: message, CategoryInfo and FullyQualifiedErrorId."""

    message: str
    category: ErrorCategory
    fq_error_id: str
    target_name: str = ""
    target_type: str = ""
    activity: str = ""
    reason: str = "VirtualizationException"
    exception_type: str = "Microsoft.HyperV.PowerShell.VirtualizationException"


class LabError(Exception):
    """Raised inside the lab; terminating errors stop the pipeline, others are recorded."""

    def __init__(self, record: ErrorRecord, *, terminating: bool = False) -> None:
        super().__init__(record.message)
        self.record = record
        self.terminating = terminating


@dataclass
class PipelineResult:
    output: list[LabObject] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failure: ErrorRecord | None = None

    @property
    def had_errors(self) -> bool:
        return self.failure is not None or bool(self.errors)


def pipeline(*calls: CommandCall) -> Sequence[CommandCall]:
    return list(calls)
