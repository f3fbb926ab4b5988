"""The values a workflow is made of: steps, what is expected after them, records and progress.

All frozen: the ui and the job list keep them without copying.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import Enum
from uuid import UUID

from hvgui.hyperv.commands import Pipeline, joined
from hvgui.hyperv.enums import ReplicationMode, ReplicationState, VMState
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import PSData, VMInfo


class StepStatus(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"  # the host answered with an error: Hyper-V refused or failed it
    UNKNOWN = "unknown"  # the connection broke while it ran: it may or may not have happened
    SKIPPED = "skipped"  # the preconditions found it unnecessary
    NOT_RUN = "not_run"  # the workflow stopped (failure or cancel) before it


class Outcome(Enum):
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"


@dataclass(frozen=True, kw_only=True)
class VMTarget:
    """The VM a request is about. Hyper-V names are neither unique nor wildcard-free: the Id counts."""

    vm_id: UUID
    vm_name: str


@dataclass(frozen=True)
class Expect:
    """What the VM on host must look like after a step (empty sets: anything)."""

    host: str
    power: frozenset[VMState] = frozenset()
    replication: frozenset[ReplicationState] = frozenset()
    mode: frozenset[ReplicationMode] = frozenset()

    def problem(self, vm: VMInfo | None) -> str:
        if vm is None:
            return f"the virtual machine is no longer on {self.host}"
        wrong = []
        if self.power and vm.state not in self.power:
            wrong.append(f"{vm.state.name} instead of {_names(self.power)}")
        if self.mode and vm.replication_mode not in self.mode:
            wrong.append(f"role {vm.replication_mode.name} instead of {_names(self.mode)}")
        if self.replication and vm.replication_state not in self.replication:
            wrong.append(f"replication {vm.replication_state.name} instead of {_names(self.replication)}")
        return f"{vm.name} on {self.host} is " + ", ".join(wrong) if wrong else ""


def _names(members: frozenset[VMState] | frozenset[ReplicationState] | frozenset[ReplicationMode]) -> str:
    return " or ".join(sorted(m.name for m in members))


def expect(
    host: str,
    *,
    power: VMState | Sequence[VMState] = (),
    replication: ReplicationState | Sequence[ReplicationState] = (),
    mode: ReplicationMode | Sequence[ReplicationMode] = (),
) -> Expect:
    def many(value: object) -> frozenset[object]:
        return frozenset(value) if isinstance(value, Sequence) else frozenset([value])

    return Expect(host, many(power), many(replication), many(mode))  # type: ignore[arg-type]


@dataclass(frozen=True)
class Step:
    """One thing done on one host. key is stable (tests, advice); title is for people."""

    key: str
    title: str
    host: str
    pipelines: tuple[Pipeline, ...]
    changes_state: bool = True
    cancellable: bool = True
    expect: tuple[Expect, ...] = ()

    @property
    def powershell(self) -> str:
        return joined(self.pipelines)


@dataclass(frozen=True)
class StepRecord:
    step: Step
    status: StepStatus = StepStatus.PENDING
    started: datetime | None = None
    finished: datetime | None = None
    output: tuple[PSData, ...] = ()
    state_after: tuple[str, ...] = ()
    vms_after: tuple[VMInfo, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class Progress:
    """Published after every change: the whole picture, so a late subscriber needs nothing else."""

    workflow_id: str
    title: str
    records: tuple[StepRecord, ...]
    current: int  # index of the step running or last run; -1 while checking preconditions
    fraction: float
    outcome: Outcome
    error: HvError | None = field(default=None, compare=False)

    @property
    def step(self) -> StepRecord | None:
        return self.records[self.current] if 0 <= self.current < len(self.records) else None


def utcnow() -> datetime:
    return datetime.now(UTC)
