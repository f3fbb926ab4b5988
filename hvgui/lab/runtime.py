"""The lab: several simulated Hyper-V hosts on one clock, run one pipeline at a time.

`Lab.invoke(host, calls)` is the cmdlet interface: what a PowerShell runspace on that host would do
with the pipeline, returning output objects and error records. The WinRM server and the tests call it
from any thread; one lock keeps the simulated world consistent.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from hvgui.lab import engine, objects
from hvgui.lab.binder import NO_INPUT, Binder, BoundCall, PipelineInputError
from hvgui.lab.clock import LabClock
from hvgui.lab.context import Context, has_wildcards, wildcard_regex
from hvgui.lab.enums import ErrorCategory
from hvgui.lab.model import LabHost
from hvgui.lab.records import CommandCall, ErrorRecord, LabError, LabObject, PipelineResult

CmdletFn = Callable[[Context, BoundCall], Iterable[LabObject | str]]

# ConfirmImpact High cmdlets prompt under the default $ConfirmPreference; a remote runspace has no
# host to ask, so PowerShell fails them unless -Confirm:$false is given [reference 4, CODE].
HIGH_IMPACT = {"Start-VMFailover", "Complete-VMFailover"}

_REGISTRY: dict[str, CmdletFn] = {}


def cmdlet(name: str) -> Callable[[CmdletFn], CmdletFn]:
    def register(fn: CmdletFn) -> CmdletFn:
        _REGISTRY[name.lower()] = fn
        return fn

    return register


class HostDownError(ConnectionError):
    """The simulated host is down: nothing answers."""


@dataclass
class MediaExport:
    """An initial copy written by Start-VMInitialReplication -DestinationPath (external media)."""

    vm_id: UUID
    vm_name: str
    source_host: str
    path: str
    size_bytes: int


@dataclass
class Lab:
    hosts: dict[str, LabHost]
    clock: LabClock = field(default_factory=LabClock)
    media: list[MediaExport] = field(default_factory=list)
    last_tick: datetime | None = None

    def __post_init__(self) -> None:
        self._lock = threading.RLock()
        self._binder = Binder()
        _load_cmdlets()

    # Construction and persistence ------------------------------------------------------------

    @classmethod
    def demo(cls, speed: float = 0.0) -> Lab:
        from hvgui.lab import scenario

        return scenario.load_demo(speed)

    @classmethod
    def from_scenario_file(cls, path: str | Path, speed: float = 0.0) -> Lab:
        from hvgui.lab import scenario

        return scenario.load_file(Path(path), speed)

    def save(self, path: str | Path) -> None:
        from hvgui.lab import state

        with self._lock:
            state.save(self, Path(path))

    @classmethod
    def load(cls, path: str | Path, speed: float = 0.0) -> Lab:
        from hvgui.lab import state

        return state.load(Path(path), speed)

    # Hosts ----------------------------------------------------------------------------------

    def host_names(self) -> list[str]:
        return [h.name for h in self.hosts.values()]

    def host(self, name: str) -> LabHost:
        for h in self.hosts.values():
            if h.answers_to(name):
                return h
        raise KeyError(name)

    def host_fqdn(self, name: str) -> str:
        return self.host(name).fqdn

    def find_host(self, server_name: str) -> LabHost | None:
        return next((h for h in self.hosts.values() if h.answers_to(server_name)), None)

    def set_host_down(self, name: str, down: bool) -> None:
        with self._lock:
            self._tick_locked()
            self.host(name).down = down

    def is_host_down(self, name: str) -> bool:
        return self.host(name).down

    def set_partition(self, a: str, b: str, cut: bool) -> None:
        """Cut (or heal) the replication network between two hosts, both directions."""
        with self._lock:
            self._tick_locked()
            ha, hb = self.host(a), self.host(b)
            for x, y in ((ha, hb), (hb, ha)):
                if cut:
                    x.unreachable_from.add(y.name)
                else:
                    x.unreachable_from.discard(y.name)

    def reachable(self, source: LabHost, target: LabHost) -> bool:
        return not source.down and not target.down and source.name not in target.unreachable_from

    # Time -----------------------------------------------------------------------------------

    @property
    def now(self) -> datetime:
        return self.clock.now()

    def tick(self) -> None:
        with self._lock:
            self._tick_locked()

    def advance(self, seconds: float) -> None:
        """Step the shared clock (tests) and let replication catch up."""
        with self._lock:
            self.clock.advance(seconds)
            self._tick_locked()

    def _tick_locked(self) -> None:
        now = self.clock.now()
        if self.last_tick is None or now > self.last_tick:
            engine.advance(self, self.last_tick or now, now)
            self.last_tick = now

    # The cmdlet interface -------------------------------------------------------------------

    def invoke(self, host: str, calls: Sequence[CommandCall]) -> PipelineResult:
        with self._lock:
            target = self.host(host)
            if target.down:
                raise HostDownError(f"{target.name} is down")
            self._tick_locked()
            return self._run_pipeline(target, calls)

    def run(self, host: str, *calls: CommandCall) -> PipelineResult:
        return self.invoke(host, list(calls))

    def _run_pipeline(self, host: LabHost, calls: Sequence[CommandCall]) -> PipelineResult:
        result = PipelineResult()
        try:
            names = [self._canonical(c.name) for c in calls]
            stream: list[Any] | None = None
            for call, name in zip(calls, names, strict=True):
                ctx = Context(self, host, name)
                produced: list[Any] = []
                try:
                    for item in [NO_INPUT] if stream is None else stream:
                        produced.extend(self._run_command(ctx, call, item))
                finally:
                    result.errors.extend(ctx.errors)
                    result.warnings.extend(ctx.warnings)
                stream = produced
            result.output = list(stream or [])
        except LabError as err:
            result.failure = err.record
        return result

    def _canonical(self, name: str) -> str:
        if name.lower() == "select-object":
            return "Select-Object"
        if not self._binder.knows(name) or name.lower() not in _REGISTRY:
            raise LabError(_not_recognized(name), terminating=True)
        return self._binder.canonical(name)

    def _run_command(self, ctx: Context, call: CommandCall, item: Any) -> list[Any]:
        if ctx.cmdlet == "Select-Object":
            return _select_object(call, item)
        try:
            bound = self._binder.bind(ctx.cmdlet, call.args, item)
        except PipelineInputError as err:
            if item is NO_INPUT:
                raise
            # A piped object that does not bind is reported and skipped; errors in the command line
            # itself stop the whole pipeline, as in PowerShell.
            ctx.errors.append(err.record)
            return []
        if ctx.cmdlet in HIGH_IMPACT and "Confirm" not in bound.explicit_false:
            raise LabError(_cannot_prompt(ctx.cmdlet), terminating=True)
        if bound.has("WhatIf"):
            return []
        before = len(ctx.errors)
        out: list[Any] = []
        try:
            out.extend(_REGISTRY[ctx.cmdlet.lower()](ctx, bound))
        except LabError as err:
            if err.terminating:
                raise
            ctx.errors.append(err.record)
        if str(bound.get("ErrorAction", "")).lower() == "stop" and len(ctx.errors) > before:
            raise LabError(ctx.errors.pop(before), terminating=True)
        return out


def _not_recognized(name: str) -> ErrorRecord:
    return ErrorRecord(
        message=(
            f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or "
            "operable program. Check the spelling of the name, or if a path was included, verify that "
            "the path is correct and try again."
        ),
        category=ErrorCategory.ObjectNotFound,
        fq_error_id="CommandNotFoundException",
        target_name=name,
        target_type="String",
        reason="CommandNotFoundException",
        exception_type="System.Management.Automation.CommandNotFoundException",
    )


def _cannot_prompt(cmdlet: str) -> ErrorRecord:
    return ErrorRecord(
        message=(
            "A command that prompts the user failed because the host program or the command type does "
            "not support user interaction. The host was attempting to request confirmation with the "
            f"following message: Are you sure you want to perform this action? ({cmdlet})"
        ),
        category=ErrorCategory.NotImplemented,
        fq_error_id=f"HostFunctionNotImplemented,Microsoft.HyperV.PowerShell.Commands.{cmdlet.replace('-', '')}",
        activity=cmdlet,
        reason="HostException",
        exception_type="System.Management.Automation.Host.HostException",
    )


_SELECT_PARAMS = ("Property", "First", "Last", "Skip", "ExpandProperty")


def _select_object(call: CommandCall, item: Any) -> list[Any]:
    """Select-Object -Property/-First/-Last/-Skip/-ExpandProperty, applied per input object.

    First/Last/Skip need the whole stream; the lab applies them per object, which is exact for the
    single-object use hvgui makes of them and documented as a lab limit.
    """
    opts: dict[str, Any] = {}
    for name, value in call.args:
        key = "Property" if name is None else _select_param(name.lstrip("-"))
        opts[key] = value
    if item is NO_INPUT or not isinstance(item, LabObject):
        return [] if item is NO_INPUT else [item]
    if "ExpandProperty" in opts:
        value = item.properties.get(str(opts["ExpandProperty"]))
        return list(value) if isinstance(value, list) else [value]
    wanted = opts.get("Property")
    if wanted is None:
        return [item]
    patterns = (wanted,) if isinstance(wanted, str) else tuple(str(p) for p in wanted)
    names = _selected_names(patterns, tuple(item.properties))
    return [objects.selected(item, list(names))]


@functools.lru_cache(maxsize=256)
def _selected_names(patterns: tuple[str, ...], available: tuple[str, ...]) -> tuple[str, ...]:
    """Which properties Select-Object -Property keeps, in its order; the same for every object of
    one type, so it is worked out once per pattern list and type."""
    names: list[str] = []
    by_lower: dict[str, str] = {}
    for name in available:
        by_lower.setdefault(name.lower(), name)  # the first of two names differing in case wins
    for pattern in patterns:
        if has_wildcards(pattern):
            rx = wildcard_regex(pattern)
            names.extend(n for n in available if rx.fullmatch(n) and n not in names)
        else:
            match = by_lower.get(pattern.lower(), pattern)
            if match not in names:
                names.append(match)
    return tuple(names)  # shared between calls: not to be changed


def _select_param(name: str) -> str:
    matches = [p for p in _SELECT_PARAMS if p.lower().startswith(name.lower())]
    if len(matches) != 1:
        raise LabError(
            ErrorRecord(
                message=f"A parameter cannot be found that matches parameter name '{name}'.",
                category=ErrorCategory.InvalidArgument,
                fq_error_id="NamedParameterNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand",
                target_name=name,
                activity="Select-Object",
                reason="ParameterBindingException",
                exception_type="System.Management.Automation.ParameterBindingException",
            ),
            terminating=True,
        )
    return matches[0]


def _load_cmdlets() -> None:
    # Importing the modules registers their cmdlets.
    from hvgui.lab.cmdlets import enable, failover, initial, replication, server, settings, vhd, vm  # noqa: F401
