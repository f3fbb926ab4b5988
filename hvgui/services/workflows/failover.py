"""Unplanned failover to a recovery point, cancel failover and complete failover (reference 5.4, 4.5).

Unplanned failover runs on the replica alone, usually because the primary is gone. PowerShell does
not check whether the primary still runs the VM; Hyper-V Manager does, and so does hvgui: two live
copies of one VM that both change (split brain) are worse than the outage.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from uuid import UUID

from hvgui.hyperv.commands import Cmd, Pipeline
from hvgui.hyperv.enums import ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import ConnectionProblem, message
from hvgui.hyperv.rules import Action, replication_items
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow, expect
from hvgui.services.workflows.common import fail, on_vm, start_vm_step, state_words, vm_state_words
from hvgui.services.workflows.errors import SplitBrainWarning
from hvgui.services.workflows.reads import (
    Session,
    blocked,
    read_recovery_points,
    read_relations,
    read_vm,
    require_vm,
)

# The split-brain check asks a primary that is usually down; it must not hold up the failover long.
PRIMARY_CHECK_TIMEOUT = 10.0
_OFF_STATES = {VMState.Off, VMState.OffCritical, VMState.Saved, VMState.SavedCritical}


def failover_pipeline(vm_id: UUID, point_id: UUID | None, *, test: bool = False) -> Pipeline:
    """Latest point: the VM itself; a chosen point goes in as its snapshot object (psrp-wire.md 6).

    The point is addressed by its Id: names repeat across VMs and may contain wildcard characters.
    """
    switches = {"AsTest": None} if test else {}
    failover = Cmd.of("Start-VMFailover", **switches, Confirm=False)
    if point_id is None:
        return Pipeline.of(Cmd.of("Get-VM", Id=vm_id), failover)
    return Pipeline.of(Cmd.of("Get-VMSnapshot", Id=point_id), failover)


async def check_point(session: Session, vm_id: UUID, point_id: UUID | None) -> None:
    if point_id is None:
        return
    points = await read_recovery_points(session, vm_id)
    if not any(p.id == point_id for p in points):
        raise fail(
            session.name,
            "recovery_point_gone",
            "The chosen recovery point no longer exists (Hyper-V prunes and merges points over time). "
            "Refresh the list and choose again.",
        )


@dataclass(frozen=True, kw_only=True)
class UnplannedFailoverRequest(VMTarget):
    replica_host: str
    primary_host: str = ""  # for the split-brain check; "" when unknown
    recovery_point_id: UUID | None = None  # None: the latest recovery point
    recovery_point_name: str = ""
    start_after: bool = True
    accept_split_brain: bool = False


class UnplannedFailover(Workflow[UnplannedFailoverRequest, None]):
    kind = "unplanned_failover"
    title = "Failover"

    @property
    def hosts(self) -> tuple[str, ...]:
        q = self.request
        return (q.replica_host, q.primary_host) if q.primary_host else (q.replica_host,)

    def describe(self) -> str:
        q = self.request
        return f"Failover of {q.vm_name} on {q.replica_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        r, vm = q.replica_host, q.vm_name
        point = q.recovery_point_name or ("the chosen recovery point" if q.recovery_point_id else "")
        steps = [
            Step(
                "fail_over",
                f"Fail over {vm} on {r} to {point or 'the latest recovery point'}",
                r,
                (failover_pipeline(q.vm_id, q.recovery_point_id),),
                expect=(expect(r, replication=S.FailedOverWaitingCompletion),),
            )
        ]
        if q.start_after:
            steps.append(start_vm_step(q.vm_id, vm, r))
        return steps

    async def _check(self) -> None:
        q = self.request
        r = self.session(q.replica_host)
        replica = await require_vm(r, q.vm_id, q.vm_name)
        reason = blocked(replication_items(replica, await read_relations(r, replica)), Action.FAILOVER)
        if reason:
            raise fail(
                q.replica_host,
                "cannot_fail_over",
                "%1 on %2 cannot fail over: %3.",
                q.vm_name,
                q.replica_host,
                reason,
            )
        await check_point(r, q.vm_id, q.recovery_point_id)
        if q.primary_host and not q.accept_split_brain and self.has_session(q.primary_host):
            await self._check_split_brain()

    async def _check_split_brain(self) -> None:
        q = self.request
        try:
            primary = await asyncio.wait_for(
                read_vm(self.session(q.primary_host), q.vm_id), PRIMARY_CHECK_TIMEOUT
            )
        except (ConnectionProblem, TimeoutError):
            return  # the primary is unreachable: the usual reason for an unplanned failover
        if (
            primary is not None
            and primary.replication_mode is ReplicationMode.Primary
            and primary.state not in _OFF_STATES
        ):
            raise SplitBrainWarning(
                q.primary_host,
                message(
                    "split_brain",
                    "%1 is still %2 on %3, which answers. Prefer a planned failover, or shut it down before "
                    "failing over.",
                    q.vm_name,
                    vm_state_words(primary.state),
                    q.primary_host,
                ),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        r, vm = q.replica_host, q.vm_name
        if step.key == "fail_over":
            if status is StepStatus.FAILED:
                return f"Nothing has changed on {r}. Fix the cause and try again."
            return (
                f"Refresh {r}. If {vm} shows 'Failover complete', do not fail over again: start it, then "
                "complete the failover (Remove Recovery Points) or cancel it. Otherwise try again."
            )
        return (
            f"{vm} has failed over on {r} but did not start. Start it there yourself, then complete the "
            "failover (Remove Recovery Points) or cancel it to choose another recovery point."
        )

    def _result(self) -> None:
        return None


@dataclass(frozen=True, kw_only=True)
class CancelFailoverRequest(VMTarget):
    """Either side or both: the replica's failover (Cancel Failover) and the primary's preparation."""

    replica_host: str = ""
    primary_host: str = ""


class CancelFailover(Workflow[CancelFailoverRequest, None]):
    kind = "cancel_failover"
    title = "Cancel failover"

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(h for h in (self.request.replica_host, self.request.primary_host) if h)

    def describe(self) -> str:
        return f"Cancel the failover of {self.request.vm_name}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        steps = []
        # Replica first: the failed-over copy is discarded before the primary may start again.
        if q.replica_host:
            steps.append(
                Step(
                    "cancel_replica",
                    f"Cancel the failover of {q.vm_name} on {q.replica_host} (turns it off, discards changes)",
                    q.replica_host,
                    (on_vm(q.vm_id, "Stop-VMFailover"),),
                    expect=(expect(q.replica_host, power=VMState.Off, mode=ReplicationMode.Replica),),
                )
            )
        if q.primary_host:
            steps.append(
                Step(
                    "cancel_primary",
                    f"Cancel the planned failover of {q.vm_name} on {q.primary_host}",
                    q.primary_host,
                    (on_vm(q.vm_id, "Stop-VMFailover"),),
                    expect=(expect(q.primary_host, mode=ReplicationMode.Primary),),
                )
            )
        return steps

    async def _check(self) -> None:
        q = self.request
        if not self.plan():
            raise fail("", "cancel_choose_side", "Choose the replica side, the primary side or both.")
        needed = 0
        if q.replica_host:
            replica = await require_vm(self.session(q.replica_host), q.vm_id, q.vm_name)
            if replica.replication_state is S.FailedOver:
                raise fail(
                    q.replica_host,
                    "failover_completed",
                    "The failover of %1 on %2 was completed (recovery points removed) and cannot be "
                    "cancelled any more. Reverse replication instead.",
                    q.vm_name,
                    q.replica_host,
                )
            if replica.replication_state is S.FailedOverWaitingCompletion:
                needed += 1
            else:
                self.skip("cancel_replica", f"{q.vm_name} has not failed over on {q.replica_host}")
        if q.primary_host:
            primary = await require_vm(self.session(q.primary_host), q.vm_id, q.vm_name)
            if primary.replication_state is S.PreparedForFailover:
                needed += 1
            else:
                self.skip("cancel_primary", f"{q.vm_name} is not prepared for failover on {q.primary_host}")
        if not needed:
            raise fail(
                self.hosts[0], "no_failover_to_cancel", "There is no failover of %1 to cancel.", q.vm_name
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        if step.key == "cancel_replica":
            return f"Refresh {q.replica_host} and cancel again if it still shows 'Failover complete'."
        return (
            f"The replica side is back to replicating. Refresh {q.primary_host}; if {q.vm_name} is still "
            "prepared for failover there, cancel again on that host."
        )

    def _result(self) -> None:
        return None


@dataclass(frozen=True, kw_only=True)
class CompleteFailoverRequest(VMTarget):
    replica_host: str


class CompleteFailover(Workflow[CompleteFailoverRequest, None]):
    """Hyper-V Manager's "Remove Recovery Points": commits the failover, deletes the other points."""

    kind = "complete_failover"
    title = "Complete failover"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.replica_host,)

    def describe(self) -> str:
        return f"Complete the failover of {self.request.vm_name} on {self.request.replica_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        return [
            Step(
                "complete",
                f"Complete the failover of {q.vm_name} on {q.replica_host} (removes the other recovery points)",
                q.replica_host,
                (on_vm(q.vm_id, "Complete-VMFailover", Confirm=False),),
                expect=(expect(q.replica_host, replication=S.FailedOver),),
            )
        ]

    async def _check(self) -> None:
        q = self.request
        replica = await require_vm(self.session(q.replica_host), q.vm_id, q.vm_name)
        if replica.replication_state is not S.FailedOverWaitingCompletion:
            raise fail(
                q.replica_host,
                "cannot_complete",
                "%1 on %2 is %3; only a failover that waits for completion can be completed.",
                q.vm_name,
                q.replica_host,
                state_words(replica.replication_state),
            )

    def _advice(self, step: Step, status: StepStatus) -> str:
        return f"Refresh {self.request.replica_host}; if the failover still waits for completion, try again."

    def _result(self) -> None:
        return None
