"""Pause, resume and resynchronize one relationship of a VM on one host (reference 4.4, 5.1, 5.2).

A replica that extends replication has two relationships; the request names which one. The state
checked and re-read is the relationship's own (Get-VMReplication), not the VM's summary column,
which shows only the primary relationship.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from hvgui.hyperv.commands import SWITCH, Value
from hvgui.hyperv.enums import RelationshipType
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import Message, message
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow
from hvgui.services.workflows.common import check_schedule, fail, on_relationship, state_words, vm_on_host
from hvgui.services.workflows.reads import read_relations, require_vm

PAUSABLE = frozenset(
    {S.WaitingForInitialReplication, S.InitialReplicationInProgress, S.Resynchronizing, S.Replicating}
)
RESUMABLE = frozenset({S.Suspended, S.ResynchronizeSuspended, S.Error, S.UpdateError})
RESYNCABLE = frozenset({S.WaitingForStartResynchronize, S.Suspended, S.ResynchronizeSuspended})


@dataclass(frozen=True, kw_only=True)
class RelationshipRequest(VMTarget):
    host: str
    relationship: RelationshipType = RelationshipType.Simple


@dataclass(frozen=True, kw_only=True)
class PauseRequest(RelationshipRequest):
    pass


@dataclass(frozen=True, kw_only=True)
class ResumeRequest(RelationshipRequest):
    pass


@dataclass(frozen=True, kw_only=True)
class ResynchronizeRequest(RelationshipRequest):
    start_time: datetime | None = None  # None: now
    # A healthy relationship is resynchronized by pausing it first (reference 4.4).
    pause_first: bool = False


class RelationshipWorkflow(Workflow[RelationshipRequest, None]):
    """Re-reads and checks the chosen relationship after each step."""

    after: ClassVar[dict[str, frozenset[S]]] = {}
    _state_after = S.Disabled

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.host,)

    def _what(self) -> str:
        return str(self._what_words())

    def _what_words(self) -> Message:
        q = self.request
        return vm_on_host(q.vm_name, q.host, q.relationship)

    def _step(self, key: str, title: str, cmdlet: str, **params: Value) -> Step:
        q = self.request
        return Step(key, title, q.host, (on_relationship(q.vm_id, q.relationship, cmdlet, **params),))

    async def _relation(self) -> ReplicationInfo:
        q = self.request
        session = self.session(q.host)
        vm = await require_vm(session, q.vm_id, q.vm_name)
        found = next((r for r in await read_relations(session, vm) if r.relationship is q.relationship), None)
        if found is None:
            raise fail(q.host, "not_replicated", "%1 is not replicated.", self._what_words())
        return found

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        vms, lines = await super()._reread(step)
        self._state_after = (await self._relation()).state
        lines.append(f"{self.request.relationship.name} relationship: {self._state_after.name}")
        return vms, lines

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        wanted = self.after.get(step.key)
        if wanted and self._state_after not in wanted:
            names = " or ".join(sorted(s.name for s in wanted))
            return f"After {step.title.lower()}, replication is {self._state_after.name}, not {names}."
        return ""

    def _result(self) -> None:
        return None


class PauseReplication(RelationshipWorkflow):
    kind = "pause_replication"
    title = "Pause replication"
    after = {"pause": frozenset({S.Suspended})}

    def describe(self) -> str:
        return f"Pause replication of {self._what()}"

    def _build_steps(self) -> list[Step]:
        return [self._step("pause", f"Pause replication of {self._what()}", "Suspend-VMReplication")]

    async def _check(self) -> None:
        state = (await self._relation()).state
        if state not in PAUSABLE:
            raise fail(
                self.request.host,
                "cannot_pause",
                "Replication of %1 is %2; it cannot be paused.",
                self._what_words(),
                state_words(state),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        return f"Refresh {self.request.host} and pause again if replication still runs."


class ResumeReplication(RelationshipWorkflow):
    kind = "resume_replication"
    title = "Resume replication"
    after = {
        "resume": frozenset(
            {
                S.Replicating,
                S.Resynchronizing,
                S.WaitingForInitialReplication,
                S.InitialReplicationInProgress,
                S.WaitingForUpdateCompletion,
                S.Error,
            }
        )
    }

    def describe(self) -> str:
        return f"Resume replication of {self._what()}"

    def _build_steps(self) -> list[Step]:
        return [self._step("resume", f"Resume replication of {self._what()}", "Resume-VMReplication")]

    async def _check(self) -> None:
        state = (await self._relation()).state
        if state is S.WaitingForStartResynchronize:
            raise fail(
                self.request.host,
                "resume_needs_resync",
                "Replication of %1 needs a resynchronization; resume it with Resynchronize.",
                self._what_words(),
            )
        if state not in RESUMABLE:
            raise fail(
                self.request.host,
                "nothing_to_resume",
                "Replication of %1 is %2; nothing to resume.",
                self._what_words(),
                state_words(state),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        return f"Refresh {self.request.host}; if replication is still paused or in error, fix the cause and resume again."


class Resynchronize(RelationshipWorkflow):
    kind = "resynchronize"
    title = "Resynchronize replication"
    after = {
        "pause": frozenset({S.Suspended}),
        "resync": frozenset({S.Resynchronizing, S.WaitingForStartResynchronize, S.Replicating}),
    }

    @property
    def _q(self) -> ResynchronizeRequest:
        assert isinstance(self.request, ResynchronizeRequest)
        return self.request

    def describe(self) -> str:
        return f"Resynchronize {self._what()}"

    def _build_steps(self) -> list[Step]:
        q = self._q
        steps = []
        if q.pause_first:
            steps.append(self._step("pause", f"Pause replication of {self._what()}", "Suspend-VMReplication"))
        params: dict[str, Value] = {"Resynchronize": SWITCH}
        when = "now"
        if q.start_time is not None:
            params["ResynchronizeStartTime"] = q.start_time
            when = f"at {q.start_time.isoformat(timespec='minutes')}"
        steps.append(
            self._step("resync", f"Resynchronize {self._what()} {when}", "Resume-VMReplication", **params)
        )
        return steps

    async def _check(self) -> None:
        q = self._q
        if q.start_time is not None:
            check_schedule(q.host, q.start_time, message("resynchronization", "the resynchronization"))
        state = (await self._relation()).state
        if q.pause_first and state in PAUSABLE:
            return
        if q.pause_first:
            self.skip("pause", f"replication is already {state.name}")
        if state is S.Replicating:
            raise fail(
                q.host,
                "resync_while_replicating",
                "Replication of %1 is running normally. To force a resynchronization, let hvgui pause it "
                "first.",
                self._what_words(),
            )
        if state not in RESYNCABLE:
            raise fail(
                q.host,
                "cannot_resync",
                "Replication of %1 is %2; it cannot be resynchronized now.",
                self._what_words(),
                state_words(state),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        if step.key == "pause":
            return f"Refresh {self.request.host}; replication may be paused now. Resume it or resynchronize again."
        return (
            f"Replication of {self._what()} is paused or waits for resynchronization. Refresh and "
            "resynchronize again."
        )
