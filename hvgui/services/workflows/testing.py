"""Test failover and stop test failover (reference 5.5): a "<name> - Test" VM on the replica host.

Replication goes on during the test. The test VM is reached through the replica's VMReplication
object, not by name: its name is built from the VM's, which may contain wildcard characters.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from uuid import UUID

from hvgui.hyperv import parse
from hvgui.hyperv.commands import Cmd, by_id
from hvgui.hyperv.enums import RelationshipType, ReplicationMode, VMState
from hvgui.hyperv.model import PSData, VMInfo
from hvgui.hyperv.rules import Action, replication_items
from hvgui.services.workflows.base import Step, StepStatus, VMTarget, Workflow, expect
from hvgui.services.workflows.common import fail, on_vm
from hvgui.services.workflows.failover import check_point, failover_pipeline
from hvgui.services.workflows.reads import (
    blocked,
    describe,
    read_relations,
    read_vm,
    require_vm,
    simple,
)

_REPLICA_MODES = (ReplicationMode.Replica, ReplicationMode.ExtendedReplica)


@dataclass(frozen=True, kw_only=True)
class TestFailoverRequest(VMTarget):
    __test__ = False  # not a pytest test class

    replica_host: str
    recovery_point_id: UUID | None = None
    recovery_point_name: str = ""
    start_test_vm: bool = False


@dataclass(frozen=True)
class TestVM:
    __test__ = False

    id: UUID
    name: str
    host: str


class TestFailover(Workflow[TestFailoverRequest, TestVM]):
    __test__ = False
    kind = "test_failover"
    title = "Test failover"

    _test_vm: TestVM | None = None
    _test_state: VMState | None = None

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.replica_host,)

    def describe(self) -> str:
        return f"Test failover of {self.request.vm_name} on {self.request.replica_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        r = q.replica_host
        point = q.recovery_point_name or ("the chosen recovery point" if q.recovery_point_id else "")
        steps = [
            Step(
                "create",
                f"Create the test VM of {q.vm_name} on {r} from {point or 'the latest recovery point'}",
                r,
                (failover_pipeline(q.vm_id, q.recovery_point_id, test=True),),
                expect=(expect(r, mode=_REPLICA_MODES),),
            )
        ]
        if q.start_test_vm:
            steps.append(
                Step(
                    "start",
                    f"Start the test VM of {q.vm_name} on {r}",
                    r,
                    (
                        by_id(
                            q.vm_id,
                            Cmd.of("Get-VMReplication", ReplicationRelationshipType=RelationshipType.Simple),
                            Cmd.of("Select-Object", ExpandProperty="TestVirtualMachine"),
                            Cmd.of("Start-VM"),
                        ),
                    ),
                )
            )
        return steps

    async def _check(self) -> None:
        q = self.request
        r = self.session(q.replica_host)
        replica = await require_vm(r, q.vm_id, q.vm_name)
        relations = await read_relations(r, replica)
        items = replication_items(replica, relations)
        if any(i.action is Action.STOP_TEST_FAILOVER for i in items):
            raise fail(
                q.replica_host,
                "test_running",
                "A test failover of %1 is already running on %2; stop it first (one at a time per VM).",
                q.vm_name,
                q.replica_host,
            )
        reason = blocked(items, Action.TEST_FAILOVER)
        if reason:
            raise fail(
                q.replica_host,
                "cannot_test",
                "%1 on %2 cannot be tested: %3.",
                q.vm_name,
                q.replica_host,
                reason,
            )
        await check_point(r, q.vm_id, q.recovery_point_id)

    def _after_step(self, step: Step, output: tuple[PSData, ...]) -> None:
        if step.key == "create" and output:
            props = output[0].props
            self._test_vm = TestVM(
                parse.guid(props.get("Id") or props.get("VMId")), str(props.get("Name", "")), step.host
            )

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        vms, lines = await super()._reread(step)
        if self._test_vm is not None:
            test = await read_vm(self.session(step.host), self._test_vm.id)
            if test is not None:
                lines.append(describe(test))
                self._test_state = test.state
            else:
                self._test_state = None
        return vms, lines

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        problem = super()._verify(step, vms)
        if problem:
            return problem
        if self._test_vm is None:
            return f"Hyper-V reported no test VM for {self.request.vm_name}."
        state = self._test_state
        if state is None:
            return f"The test VM {self._test_vm.name} is not on {step.host}."
        if step.key == "start" and state is not VMState.Running:
            return f"The test VM {self._test_vm.name} is {state.name}, not Running."
        return ""

    def _advice(self, step: Step, status: StepStatus) -> str:
        q = self.request
        if step.key == "create":
            if status is StepStatus.FAILED:
                return f"Nothing has changed on {q.replica_host}. Fix the cause and try again."
            return (
                f"Refresh {q.replica_host}. If a test VM '{q.vm_name} - Test' exists, use it or stop the "
                "test failover (Stop Test Failover) before trying again."
            )
        return (
            f"The test VM exists on {q.replica_host} but did not start. Start it yourself, or stop the test "
            "failover (Stop Test Failover)."
        )

    def _result(self) -> TestVM:
        assert self._test_vm is not None  # _verify refused to finish without one
        return self._test_vm


@dataclass(frozen=True, kw_only=True)
class StopTestFailoverRequest(VMTarget):
    replica_host: str


class StopTestFailover(Workflow[StopTestFailoverRequest, None]):
    kind = "stop_test_failover"
    title = "Stop test failover"

    @property
    def hosts(self) -> tuple[str, ...]:
        return (self.request.replica_host,)

    def describe(self) -> str:
        return f"Stop the test failover of {self.request.vm_name} on {self.request.replica_host}"

    def _build_steps(self) -> list[Step]:
        q = self.request
        return [
            Step(
                "stop",
                f"Stop the test failover of {q.vm_name} on {q.replica_host} (deletes the test VM)",
                q.replica_host,
                (on_vm(q.vm_id, "Stop-VMFailover"),),
                expect=(expect(q.replica_host, mode=_REPLICA_MODES),),
            )
        ]

    async def _check(self) -> None:
        q = self.request
        r = self.session(q.replica_host)
        replica = await require_vm(r, q.vm_id, q.vm_name)
        main = simple(await read_relations(r, replica))
        if main is None or not main.test_vm_name:
            raise fail(
                q.replica_host,
                "no_test_running",
                "No test failover of %1 is running on %2.",
                q.vm_name,
                q.replica_host,
            )

    _left = ""

    async def _reread(self, step: Step) -> tuple[list[VMInfo], list[str]]:
        vms, lines = await super()._reread(step)
        session = self.session(step.host)
        self._left = ""
        for vm in vms:
            main = simple(await read_relations(session, vm))
            self._left = main.test_vm_name if main else ""
        return vms, lines

    def _verify(self, step: Step, vms: Sequence[VMInfo]) -> str:
        left = self._left
        return super()._verify(step, vms) or (f"The test VM {left} still exists." if left else "")

    def _advice(self, step: Step, status: StepStatus) -> str:
        return f"Refresh {self.request.replica_host}; if the test VM is still there, stop the test again."

    def _result(self) -> None:
        return None
