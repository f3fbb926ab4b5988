"""Remove replication on one side or several (reference 4.6, 5.7).

Each host keeps its own end of a relationship, so removal runs on each host the user chose; the
replica VM stays (turned off) and can later serve as an initial copy. A replica's primary
relationship cannot go while it still extends to a third host: the extended one goes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.model import VMInfo
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow
from hvgui.services.workflows.common import fail, on_relationship, vm_on_host
from hvgui.services.workflows.reads import extended, read_relations, require_vm


@dataclass(frozen=True)
class RemoveSide:
    host: str
    relationship: RelationshipType = RelationshipType.Simple


@dataclass(frozen=True, kw_only=True)
class RemoveReplicationRequest(VMTarget):
    sides: tuple[RemoveSide, ...]  # in the order to remove; e.g. primary then replica


class RemoveReplication(Workflow[RemoveReplicationRequest, None]):
    kind = "remove_replication"
    title = "Remove replication"
    _left: dict[str, str] = {}

    @property
    def hosts(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.host for s in self.request.sides))

    def describe(self) -> str:
        return f"Remove replication of {self.request.vm_name} on {', '.join(self.hosts)}"

    def _key(self, side: RemoveSide) -> str:
        return f"remove_{side.relationship.name.lower()}_{side.host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        return [
            Step(
                self._key(side),
                f"Remove {'the extended ' if side.relationship is RelationshipType.Extended else ''}"
                f"replication of {q.vm_name} on {side.host}",
                side.host,
                (on_relationship(q.vm_id, side.relationship, "Remove-VMReplication"),),
            )
            for side in q.sides
        ]

    async def _check(self) -> None:
        q = self.request
        if not q.sides:
            raise fail("", "remove_choose_host", "Choose at least one host to remove replication on.")
        removed_extended: set[str] = set()
        for side in q.sides:
            session = self.session(side.host)
            vm = await require_vm(session, q.vm_id, q.vm_name)
            relations = await read_relations(session, vm)
            if side.relationship is RelationshipType.Extended:
                if vm.replication_mode is not ReplicationMode.Replica or extended(relations) is None:
                    raise fail(
                        side.host,
                        "not_extended",
                        "%1 on %2 does not extend replication to a third host.",
                        q.vm_name,
                        side.host,
                    )
                removed_extended.add(side.host.lower())
                continue
            if vm.replication_mode is ReplicationMode.NONE:
                raise fail(
                    side.host, "not_replicated", "%1 is not replicated.", vm_on_host(q.vm_name, side.host)
                )
            has_extended = vm.replication_mode is ReplicationMode.Replica and extended(relations) is not None
            if has_extended and side.host.lower() not in removed_extended:
                raise fail(
                    side.host,
                    "remove_extended_first",
                    "%1 on %2 still replicates on to a third host. Remove the extended replication first "
                    "(choose it too, before this side).",
                    q.vm_name,
                    side.host,
                )

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        vms, lines = await super()._reread(step)
        side = next(s for s in self.request.sides if self._key(s) == step.key)
        left = ""
        if vms and side.relationship is RelationshipType.Extended:
            ext = extended(await read_relations(self.session(step.host), vms[0]))
            left = ext.state.name if ext else ""
        elif vms and vms[0].replication_mode is not ReplicationMode.NONE:
            left = vms[0].replication_state.name
        self._left = {**self._left, step.key: left}
        return vms, lines

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        state = self._left.get(step.key, "")
        return f"After {step.title.lower()}, the relationship is still there ({state})." if state else ""

    def _advice(self, step: Step, status: StepStatus) -> str:
        done = [r.step.host for r in self.records if r.status is StepStatus.DONE]
        gone = f" Replication is already removed on {', '.join(done)}." if done else ""
        return f"Refresh {step.host} and remove replication there again if it is still shown.{gone}"

    def _result(self) -> None:
        return None
