"""Extend replication from a replica to a third host (reference 5.6): A -> B -> C.

Run on B: on a replica VM, Enable-VMReplication and Start-VMInitialReplication act on the extended
relationship. 5 or 15 minutes only, never more often than A -> B, and no application-consistent
points.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from hvgui.hyperv.commands import Value
from hvgui.hyperv.enums import ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import message
from hvgui.hyperv.model import VMInfo
from hvgui.hyperv.rules import Action, replication_items
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow
from hvgui.services.workflows.common import check_schedule, fail, mode_words, on_vm
from hvgui.services.workflows.enable import (
    INITIAL_STATES,
    InitialMethod,
    ReplicationSettings,
    connection_test,
    initial_replication,
    initial_title,
)
from hvgui.services.workflows.reads import (
    blocked,
    extended,
    read_relations,
    read_replica_server,
    read_vm,
    replica_problem,
    require_vm,
    simple,
)


@dataclass(frozen=True, kw_only=True)
class ExtendReplicationRequest(VMTarget):
    replica_host: str  # B: holds the replica and becomes the sender of the extended relationship
    extended_host: str  # C
    settings: ReplicationSettings


class ExtendReplication(Workflow[ExtendReplicationRequest, None]):
    kind = "extend_replication"
    title = "Extend replication"
    _extended_state = S.Disabled

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.replica_host, self.request.extended_host)

    def describe(self) -> str:
        q = self.request
        return f"Extend replication of {q.vm_name} from {q.replica_host} to {q.extended_host}"

    def _build_steps(self) -> list[Step]:
        q, s = self.request, self.request.settings
        b = q.replica_host
        params: dict[str, Value] = {
            **s.connection_params(),
            "CompressionEnabled": s.compression,
            "ReplicationFrequencySec": s.frequency_sec,
            "RecoveryHistory": s.recovery_history,
        }
        return [
            Step(
                "test_connection",
                f"Test the connection from {b} to {s.replica_server}",
                b,
                (connection_test(s),),
                changes_state=False,
            ),
            Step(
                "enable",
                f"Enable extended replication of {q.vm_name} on {b} to {q.extended_host}",
                b,
                (on_vm(q.vm_id, "Enable-VMReplication", **params),),
            ),
            Step(
                "initial", initial_title(q.vm_name, s) + " (extended)", b, (initial_replication(q.vm_id, s),)
            ),
        ]

    async def _check(self) -> None:
        q, s = self.request, self.request.settings
        problem = s.problems(extended=True)
        if not problem and s.initial is InitialMethod.EXISTING_VM:
            problem = message(
                "extended_initial_method", "Extended replication starts with the network or external media."
            )
        if problem:
            raise fail(q.replica_host, problem)
        if s.initial is InitialMethod.SCHEDULED:
            check_schedule(
                q.replica_host, s.start_time, message("initial_replication", "the initial replication")
            )
        b = self.session(q.replica_host)
        vm = await require_vm(b, q.vm_id, q.vm_name)
        if vm.replication_mode is not ReplicationMode.Replica:
            raise fail(
                q.replica_host,
                "extend_needs_replica",
                "Only a replica VM can extend replication; %1 on %2 is %3.",
                q.vm_name,
                q.replica_host,
                mode_words(vm.replication_mode),
            )
        relations = await read_relations(b, vm)
        reason = blocked(replication_items(vm, relations), Action.EXTEND)
        if reason:
            raise fail(
                q.replica_host,
                "cannot_extend",
                "Replication of %1 cannot be extended: %2.",
                q.vm_name,
                reason,
            )
        main = simple(relations)
        if main is not None and s.frequency_sec < main.frequency_sec:
            raise fail(
                q.replica_host,
                "extended_too_frequent",
                "Extended replication cannot be more frequent than %1's replication to %2 (%3 s).",
                q.vm_name,
                q.replica_host,
                str(main.frequency_sec),
            )
        # The extended replica server must accept B under the name A uses for it.
        sender = main.replica_server if main is not None else q.replica_host
        problem = replica_problem(
            await read_replica_server(self.session(q.extended_host)), sender, s.auth, s.port
        )
        if problem:
            raise fail(q.extended_host, problem)
        if await read_vm(self.session(q.extended_host), q.vm_id) is not None:
            raise fail(
                q.extended_host,
                "same_id_exists_extended",
                "%1 already has a virtual machine with the Id of %2.",
                q.extended_host,
                q.vm_name,
            )

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        vms, lines = await super()._reread(step)
        session = self.session(step.host)
        ext = extended(await read_relations(session, vms[0])) if vms else None
        self._extended_state = ext.state if ext else S.Disabled
        lines.append(f"extended relationship: {self._extended_state.name}")
        return vms, lines

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        wanted = (
            (S.ReadyForInitialReplication,)
            if step.key == "enable"
            else INITIAL_STATES[self.request.settings.initial]
        )
        if self._extended_state not in wanted:
            return f"After {step.title.lower()}, the extended relationship is {self._extended_state.name}."
        return ""

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        if step.key in ("test_connection",) or (status is StepStatus.FAILED and step.key == "enable"):
            return "Nothing has changed. Fix the cause and try again."
        return (
            f"Refresh {q.replica_host}. If the extended relationship exists, start its initial replication "
            f"from the Replication menu, or remove the extended replication."
        )

    def _result(self) -> None:
        return None
