"""Planned failover across two hosts, over the wire (reference 5.3)."""

from __future__ import annotations

import pytest

from hvgui.hyperv.enums import ReplicationMode as M
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import CommandFailed, PreconditionFailed
from hvgui.services.workflows.base import Outcome, StepStatus
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from tests.services.workflows.conftest import SQL, A, B, Bench, C, run


def request(**changes: object) -> PlannedFailoverRequest:
    base = dict(vm_id=SQL, vm_name="SQL01", primary_host=A, replica_host=B)
    return PlannedFailoverRequest(**{**base, **changes})  # type: ignore[arg-type]


def test_planned_failover_shuts_down_prepares_fails_over_reverses_and_starts(bench: Bench) -> None:
    bench.replicate()
    workflow = PlannedFailover(request(), bench.sessions)
    assert [s.key for s in workflow.plan()] == ["shut_down", "prepare", "fail_over", "reverse", "start"]
    assert [s.host for s in workflow.plan()] == [A, A, B, B, B]
    run(workflow.run())
    assert workflow.outcome is Outcome.SUCCEEDED
    new, old = bench.vm(B), bench.vm(A)
    assert (new.replication_mode, new.replication_state, new.state) == (
        M.Primary,
        S.Replicating,
        VMState.Running,
    )
    assert (old.replication_mode, old.replication_state, old.state) == (M.Replica, S.Replicating, VMState.Off)
    # Every step ran exactly once, on its own host.
    assert bench.count(A, "Stop-VM") == 1
    assert bench.count(A, "Start-VMFailover") == 1
    assert bench.count(B, "Start-VMFailover") == 1
    assert bench.count(B, "Set-VMReplication") == 1
    assert bench.count(B, "Start-VM") == 1
    assert all(r.status is StepStatus.DONE for r in workflow.records)
    assert "PreparedForFailover" in " ".join(workflow.records[1].state_after)


def test_without_reverse_and_start_the_replica_waits_for_completion(bench: Bench) -> None:
    bench.replicate()
    run(PlannedFailover(request(reverse=False, start_after=False), bench.sessions).run())
    assert bench.vm(B).replication_state is S.FailedOverWaitingCompletion
    assert bench.vm(A).replication_state is S.PreparedForFailover


def test_a_vm_that_is_off_skips_the_shutdown(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Stop-VM")
    workflow = PlannedFailover(request(), bench.sessions)
    run(workflow.run())
    assert workflow.records[0].status is StepStatus.SKIPPED
    assert bench.count(A, "Stop-VM") == 0


def test_a_running_vm_without_shutdown_is_refused_before_anything_changes(bench: Bench) -> None:
    bench.replicate()
    with pytest.raises(PreconditionFailed, match="running"):
        run(PlannedFailover(request(shut_down_first=False), bench.sessions).run())
    assert bench.vm(A).state is VMState.Running
    assert bench.count(A, "Start-VMFailover") == 0


def test_reverse_needs_the_old_primary_to_accept_the_replica(bench: Bench) -> None:
    bench.replicate()
    bench.lab.host(A).replica.enabled = False
    with pytest.raises(PreconditionFailed, match="not enabled as a Replica server"):
        run(PlannedFailover(request(), bench.sessions).run())
    assert bench.vm(A).state is VMState.Running


def test_replication_must_be_running(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Suspend-VMReplication")
    with pytest.raises(PreconditionFailed, match="not in a state"):
        run(PlannedFailover(request(), bench.sessions).run())


def test_a_primary_already_prepared_is_pointed_to_the_next_step(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Stop-VM")
    bench.on_vm(A, SQL, "Start-VMFailover", Prepare=None, Confirm=False)
    with pytest.raises(PreconditionFailed, match="already prepared"):
        run(PlannedFailover(request(), bench.sessions).run())


def test_the_replica_host_must_be_the_one_replicated_to(bench: Bench) -> None:
    import copy

    bench.replicate()
    # HV-C holds a replica of the same VM (say, from an earlier relationship): still the wrong host.
    bench.lab.host(C).vms[SQL] = copy.deepcopy(bench.lab.host(B).vms[SQL])
    with pytest.raises(PreconditionFailed, match=r"replicates to hv-b\.lab\.test, not to HV-C"):
        run(PlannedFailover(request(replica_host=C), bench.sessions).run())


def test_a_step_hyperv_refuses_is_reported_in_plain_words_with_what_to_do(bench: Bench) -> None:
    bench.replicate()

    # After the checks passed, someone switches HV-A's Replica server off: the reverse is refused.
    def switch_off(host: str, calls: object) -> None:
        if host == B and any(c.name == "Set-VMReplication" for c in calls):  # type: ignore[attr-defined]
            bench.lab.host(A).replica.enabled = False

    bench.served.switch.before.append(switch_off)
    workflow = PlannedFailover(request(), bench.sessions)
    with pytest.raises(WorkflowFailed) as caught:
        run(workflow.run())
    err = caught.value
    assert err.step.key == "reverse" and not err.outcome_unknown
    assert isinstance(err.cause, CommandFailed)
    assert "could not set up replication in the other direction" in err.reason
    assert f"Make {A} a Replica server that authorizes {B}" in err.advice
    assert "Start SQL01 on HV-B when you are ready" in err.advice
    assert [r.status for r in workflow.records][3:] == [StepStatus.FAILED, StepStatus.NOT_RUN]
    assert any("FailedOverWaitingCompletion" in line for line in err.state_after)
    assert bench.count(B, "Set-VMReplication") == 1
