"""Unplanned failover to a recovery point, split-brain warning, cancel and complete (reference 5.4)."""

from __future__ import annotations

from typing import Any

import pytest

from hvgui.hyperv.enums import ReplicationMode as M
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.services.workflows.errors import SplitBrainWarning, UnexpectedState, WorkflowFailed
from hvgui.services.workflows.failover import (
    CancelFailover,
    CancelFailoverRequest,
    CompleteFailover,
    CompleteFailoverRequest,
    UnplannedFailover,
    UnplannedFailoverRequest,
)
from hvgui.services.workflows.health import ListRecoveryPoints, RecoveryPointsRequest
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from tests.services.workflows.conftest import SQL, A, B, Bench, run


def failover(bench: Bench, **changes: Any) -> UnplannedFailover:
    base: dict[str, Any] = {"vm_id": SQL, "vm_name": "SQL01", "replica_host": B, "primary_host": A}
    return UnplannedFailover(UnplannedFailoverRequest(**{**base, **changes}), bench.sessions)


def test_unplanned_failover_while_the_primary_is_down(bench: Bench) -> None:
    bench.replicate()
    bench.served.server.faults(A).host_down = True
    run(failover(bench).run())
    vm = bench.vm(B)
    assert (vm.replication_state, vm.state) == (S.FailedOverWaitingCompletion, VMState.Running)


def test_a_running_reachable_primary_is_a_split_brain_warning(bench: Bench) -> None:
    bench.replicate()
    with pytest.raises(SplitBrainWarning) as caught:
        run(failover(bench).run())
    assert caught.value.host == A
    assert "still Running on HV-A" in str(caught.value)
    assert "split brain" in caught.value.advice
    assert bench.count(B, "Start-VMFailover") == 0
    # The user insists: the flag in the request acknowledges the warning.
    run(failover(bench, accept_split_brain=True, start_after=False).run())
    assert bench.vm(B).replication_state is S.FailedOverWaitingCompletion


def test_an_off_primary_is_no_split_brain(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Stop-VM")
    run(failover(bench, start_after=False).run())
    assert bench.vm(B).replication_state is S.FailedOverWaitingCompletion


def test_failover_to_a_chosen_recovery_point_cancel_and_choose_another_then_complete(bench: Bench) -> None:
    bench.replicate(RecoveryHistory=4)
    bench.advance(3 * 3600)
    bench.served.server.faults(A).host_down = True
    points = run(
        ListRecoveryPoints(RecoveryPointsRequest(vm_id=SQL, vm_name="SQL01", host=B), bench.sessions).run()
    )
    assert len(points) >= 3
    oldest, newest = points[0], points[-1]
    workflow = failover(bench, recovery_point_id=oldest.id, recovery_point_name=oldest.name)
    assert f"Get-VMSnapshot -Id '{oldest.id}' | Start-VMFailover -Confirm:$false" in workflow.powershell()
    run(workflow.run())
    assert bench.vm(B).state is VMState.Running

    run(
        CancelFailover(
            CancelFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
        ).run()
    )
    vm = bench.vm(B)
    assert (vm.replication_state, vm.state) == (S.Replicating, VMState.Off)

    run(failover(bench, recovery_point_id=newest.id).run())
    run(
        CompleteFailover(
            CompleteFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
        ).run()
    )
    assert bench.vm(B).replication_state is S.FailedOver
    assert (
        run(
            ListRecoveryPoints(
                RecoveryPointsRequest(vm_id=SQL, vm_name="SQL01", host=B), bench.sessions
            ).run()
        )
        == []
    )


def test_a_recovery_point_that_is_gone_is_refused(bench: Bench) -> None:
    from uuid import uuid4

    bench.replicate(RecoveryHistory=2)
    with pytest.raises(PreconditionFailed, match="no longer exists"):
        run(failover(bench, recovery_point_id=uuid4(), accept_split_brain=True).run())


def test_failover_is_refused_before_any_replication_arrived(bench: Bench) -> None:
    bench.on_vm(A, SQL, "Enable-VMReplication", ReplicaServerName="hv-b.lab.test", ReplicaServerPort=80,
                AuthenticationType="Kerberos")  # fmt: skip
    with pytest.raises(PreconditionFailed, match="cannot fail over"):
        run(failover(bench, accept_split_brain=True).run())


def test_cancel_a_half_done_planned_failover_on_both_hosts(bench: Bench) -> None:
    bench.replicate()
    planned = PlannedFailoverRequest(
        vm_id=SQL, vm_name="SQL01", primary_host=A, replica_host=B, reverse=False, start_after=False
    )
    run(PlannedFailover(planned, bench.sessions).run())
    both = CancelFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B, primary_host=A)
    workflow = CancelFailover(both, bench.sessions)
    assert [s.host for s in workflow.plan()] == [B, A]
    run(workflow.run())
    assert bench.vm(B).replication_state is S.Replicating
    assert bench.vm(A).replication_state is S.Replicating
    assert bench.vm(A).replication_mode is M.Primary


def test_cancel_only_what_needs_cancelling(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Stop-VM")
    bench.on_vm(A, SQL, "Start-VMFailover", Prepare=None, Confirm=False)
    both = CancelFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B, primary_host=A)
    workflow = CancelFailover(both, bench.sessions)
    run(workflow.run())
    assert [r.status.value for r in workflow.records] == ["skipped", "done"]
    assert bench.count(B, "Stop-VMFailover") == 0
    with pytest.raises(PreconditionFailed, match="no failover"):
        run(CancelFailover(both, bench.sessions).run())


def test_a_completed_failover_cannot_be_cancelled_and_complete_needs_a_failover(bench: Bench) -> None:
    bench.replicate()
    complete = CompleteFailover(
        CompleteFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
    )
    with pytest.raises(PreconditionFailed, match="waits for completion"):
        run(complete.run())
    run(failover(bench, accept_split_brain=True).run())
    run(
        CompleteFailover(
            CompleteFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
        ).run()
    )
    with pytest.raises(PreconditionFailed, match="cannot be cancelled"):
        run(
            CancelFailover(
                CancelFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
            ).run()
        )


def test_a_failover_refused_by_hyperv_becomes_a_plain_error(bench: Bench) -> None:
    bench.replicate()

    # Between the check and the step someone starts the replica VM by other means: Hyper-V refuses.
    def start_replica(host: str, calls: Any) -> None:
        if host == B and any(c.name == "Start-VMFailover" for c in calls):
            bench.lab.host(B).vms[SQL].state = bench.lab.host(B).vms[SQL].state.__class__.Running

    bench.served.switch.before.append(start_replica)
    with pytest.raises(WorkflowFailed) as caught:
        run(failover(bench, accept_split_brain=True).run())
    err = caught.value
    assert not err.outcome_unknown
    assert "must be turned off" in err.reason
    assert "Nothing has changed on HV-B" in err.advice


def test_a_step_that_reports_success_but_changes_nothing_is_caught_by_the_re_read(bench: Bench) -> None:
    bench.replicate(RecoveryHistory=2)
    bench.advance(7200)
    points = run(
        ListRecoveryPoints(RecoveryPointsRequest(vm_id=SQL, vm_name="SQL01", host=B), bench.sessions).run()
    )

    # Hyper-V merges the chosen point away between the check and the step: Get-VMSnapshot finds
    # nothing, Start-VMFailover gets no input and, like PowerShell, reports no error at all.
    def merge_point(host: str, calls: Any) -> None:
        if host == B and calls[0].name == "Get-VMSnapshot":
            vm = bench.lab.host(B).vms[SQL]
            vm.recovery_points = [p for p in vm.recovery_points if p.id != points[0].id]

    bench.served.switch.before.append(merge_point)
    with pytest.raises(WorkflowFailed) as caught:
        run(failover(bench, recovery_point_id=points[0].id, accept_split_brain=True).run())
    err = caught.value
    assert isinstance(err.cause, UnexpectedState)
    assert "replication Replicating instead of FailedOverWaitingCompletion" in str(err.cause)
    assert bench.count(B, "Start-VM") == 0
