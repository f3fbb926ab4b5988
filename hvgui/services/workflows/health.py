"""Replication health (Measure-VMReplication), Reset Statistics, and the list of recovery points.

Measuring and listing change nothing; they are workflows all the same so that the Replication
Health dialog and the failover dialogs can show the PowerShell they ran.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from hvgui.hyperv import parse
from hvgui.hyperv.commands import Cmd, Pipeline, by_id, select
from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.errors import Message
from hvgui.hyperv.model import PSData, RecoveryPoint, ReplicationStatistics
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow
from hvgui.services.workflows.common import fail, on_relationship, vm_on_host
from hvgui.services.workflows.reads import (
    POINT_PROPS,
    RECOVERY_KINDS,
    read_relations,
    require_vm,
)


@dataclass(frozen=True, kw_only=True)
class HealthRequest(VMTarget):
    host: str
    relationship: RelationshipType = RelationshipType.Simple


@dataclass(frozen=True, kw_only=True)
class RecoveryPointsRequest(VMTarget):
    host: str  # the replica host


R = TypeVar("R")


class _OneRelationship(Workflow[HealthRequest, R]):
    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.host,)

    def _what(self) -> str:
        return str(self._what_words())

    def _what_words(self) -> Message:
        q = self.request
        return vm_on_host(q.vm_name, q.host, q.relationship)

    async def _check(self) -> None:
        q = self.request
        session = self.session(q.host)
        vm = await require_vm(session, q.vm_id, q.vm_name)
        if not any(r.relationship is q.relationship for r in await read_relations(session, vm)):
            raise fail(q.host, "not_replicated", "%1 is not replicated.", self._what_words())

    def _advice(self, step: Step, status: StepStatus) -> str:
        return f"Refresh {self.request.host} and try again."


class MeasureReplication(_OneRelationship[ReplicationStatistics]):
    kind = "measure_replication"
    title = "Replication health"
    _stats: ReplicationStatistics | None = None

    def describe(self) -> str:
        return f"Replication health of {self._what()}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        measure = (
            Cmd.of("Measure-VMReplication")
            if q.relationship is RelationshipType.Simple
            else Cmd.of("Measure-VMReplication", ReplicationRelationshipType=q.relationship)
        )
        return [Step("measure", self.describe(), q.host, (by_id(q.vm_id, measure),), changes_state=False)]

    def _after_step(self, step: Step, output: tuple[PSData, ...]) -> None:
        if output:
            self._stats = parse.statistics(output[0], step.host)

    def _result(self) -> ReplicationStatistics:
        if self._stats is None:
            raise fail(
                self.request.host,
                "no_health",
                "%1 reported no replication health for %2.",
                self.request.host,
                self._what_words(),
            )
        return self._stats


class ResetStatistics(_OneRelationship[None]):
    kind = "reset_statistics"
    title = "Reset replication statistics"

    def describe(self) -> str:
        return f"Reset the replication statistics of {self._what()}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        return [
            Step(
                "reset",
                self.describe(),
                q.host,
                (on_relationship(q.vm_id, q.relationship, "Reset-VMReplicationStatistics"),),
            )
        ]

    def _result(self) -> None:
        return None


class ListRecoveryPoints(Workflow[RecoveryPointsRequest, list[RecoveryPoint]]):
    kind = "recovery_points"
    title = "Recovery points"
    _points: list[RecoveryPoint] = []

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.host,)

    def describe(self) -> str:
        return f"Recovery points of {self.request.vm_name} on {self.request.host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        pipeline: Pipeline = by_id(q.vm_id, Cmd.of("Get-VMSnapshot"), select(*POINT_PROPS))
        return [Step("list", self.describe(), q.host, (pipeline,), changes_state=False)]

    async def _check(self) -> None:
        q = self.request
        vm = await require_vm(self.session(q.host), q.vm_id, q.vm_name)
        if vm.replication_mode not in (ReplicationMode.Replica, ReplicationMode.ExtendedReplica):
            raise fail(
                q.host,
                "not_a_replica",
                "%1 on %2 is not a replica; only replicas have recovery points.",
                q.vm_name,
                q.host,
            )

    def _after_step(self, step: Step, output: tuple[PSData, ...]) -> None:
        points = [parse.recovery_point(row) for row in output]
        self._points = sorted(
            (p for p in points if p.kind in RECOVERY_KINDS), key=lambda p: (p.created is None, p.created)
        )

    def _advice(self, step: Step, status: StepStatus) -> str:
        return f"Refresh {self.request.host} and try again."

    def _result(self) -> list[RecoveryPoint]:
        return self._points
