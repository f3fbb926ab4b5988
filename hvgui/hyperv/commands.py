"""PowerShell pipelines as data: built with cmdlets and parameters, never with script text.

A Pipeline is what remoting sends with add_cmdlet/add_parameter, and what the user sees in
"View PowerShell" (to_powershell()). User input only ever becomes a parameter value.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from uuid import UUID

from hvgui.hyperv.enums import hyperv_name

Value = str | int | bool | None | list[str] | datetime | timedelta | UUID | IntEnum

SWITCH = None  # a parameter given as a bare switch


@dataclass(frozen=True)
class Cmd:
    name: str
    params: tuple[tuple[str, Value], ...] = ()

    @classmethod
    def of(cls, name: str, **params: Value) -> Cmd:
        return cls(name, tuple(params.items()))

    def wire_params(self) -> list[tuple[str, object]]:
        """Parameters in the form pypsrp can serialise (see psrp-wire.md section 6)."""
        return [(name, wire_value(value)) for name, value in self.params]


@dataclass(frozen=True)
class Pipeline:
    commands: tuple[Cmd, ...]

    @classmethod
    def of(cls, *commands: Cmd) -> Pipeline:
        return cls(tuple(commands))

    def to_powershell(self) -> str:
        return " | ".join(_render(cmd) for cmd in self.commands)


def wire_value(value: Value) -> object:
    """pypsrp cannot send datetime, timedelta, UUID or Enum values: send their text forms."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, IntEnum):
        return hyperv_name(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, timedelta):
        total = int(value.total_seconds())
        days, rest = divmod(total, 86400)
        hours, rest = divmod(rest, 3600)
        text = f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"
        return f"{days}.{text}" if days else text
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list):
        return [str(v) for v in value]
    return value


def _render(cmd: Cmd) -> str:
    parts = [cmd.name]
    for name, value in cmd.params:
        if value is SWITCH:
            parts.append(f"-{name}")
        elif isinstance(value, bool) and name in ("Confirm", "WhatIf"):
            parts.append(f"-{name}:{_literal(value)}")
        else:
            parts.append(f"-{name} {_literal(value)}")
    return " ".join(parts)


def _literal(value: Value) -> str:
    if isinstance(value, bool):
        return "$true" if value else "$false"
    if isinstance(value, int) and not isinstance(value, IntEnum):
        return str(value)
    if isinstance(value, list):
        return ", ".join(_quote(str(v)) for v in value)
    return _quote(str(wire_value(value)))


def _quote(text: str) -> str:
    # Single quotes: no expansion; PowerShell also treats the typographic quotes as quotes.
    escaped = "".join(c * 2 if c in "'\u2018\u2019\u201a\u201b" else c for c in text)
    return f"'{escaped}'"


def by_id(vm_id: UUID, *then: Cmd) -> Pipeline:
    """Target one VM by its Id: names are neither unique nor free of wildcard characters."""
    return Pipeline((Cmd.of("Get-VM", Id=vm_id), *then))


def select(*columns: str) -> Cmd:
    return Cmd.of("Select-Object", Property=list(columns))


def confirm_off() -> tuple[str, Value]:
    return ("Confirm", False)


def joined(pipelines: Sequence[Pipeline]) -> str:
    return "\n".join(p.to_powershell() for p in pipelines)
