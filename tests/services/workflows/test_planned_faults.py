"""A host dies during each step of a planned failover: the workflow stops there, says where and what
the user can do, and never sends a step twice (issue 4)."""

from __future__ import annotations

import pytest

from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import ConnectionProblem
from hvgui.services.workflows.base import Outcome, StepStatus
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from hvgui.services.workflows.reverse import ReverseAfter, ReverseReplication, ReverseReplicationRequest
from tests.services.workflows.conftest import SQL, A, B, Bench, run

STEPS = [
    ("shut_down", A, "Stop-VM"),
    ("prepare", A, "Start-VMFailover"),
    ("fail_over", B, "Start-VMFailover"),
    ("reverse", B, "Set-VMReplication"),
    ("start", B, "Start-VM"),
]
KEYS = [key for key, _, _ in STEPS]
# What each step's advice must tell the user (the host names are part of it).
ADVICE = {
    "shut_down": "check whether SQL01 is off",
    "prepare": f"Cancel Failover (Stop-VMFailover) on {A}",
    "fail_over": "do not fail over again",
    "reverse": f"Reverse Replication on {B}",
    "start": f"Start it on {B} yourself",
}


def request() -> PlannedFailoverRequest:
    return PlannedFailoverRequest(vm_id=SQL, vm_name="SQL01", primary_host=A, replica_host=B)


@pytest.mark.parametrize("after", [False, True], ids=["dies-before-running-it", "dies-after-running-it"])
@pytest.mark.parametrize(("key", "host", "cmdlet"), STEPS, ids=KEYS)
def test_a_host_dying_in_a_step_stops_the_workflow_there(
    bench: Bench, key: str, host: str, cmdlet: str, after: bool
) -> None:
    bench.replicate()
    bench.served.switch.received.clear()
    workflow = PlannedFailover(request(), bench.sessions)
    bench.kill(host, cmdlet, after=after)
    with pytest.raises(WorkflowFailed) as caught:
        run(workflow.run())
    err = caught.value
    index = KEYS.index(key)
    assert err.step.key == key and err.step.host == host
    assert err.outcome_unknown
    assert isinstance(err.cause, ConnectionProblem)
    assert [s.key for s in err.completed] == KEYS[:index]
    assert ADVICE[key] in err.advice
    assert f'"{err.step.title}" on {host}' in str(err)
    assert any(f"{host} could not be read" in line for line in err.state_after)
    assert workflow.outcome is Outcome.FAILED
    statuses = [r.status for r in workflow.records]
    assert statuses == [StepStatus.DONE] * index + [StepStatus.UNKNOWN] + [StepStatus.NOT_RUN] * (4 - index)
    # Never repeated, and nothing after it was sent.
    assert bench.count(host, cmdlet) == 1
    for later_key, later_host, later_cmdlet in STEPS[index + 1 :]:
        if (later_host, later_cmdlet) != (host, cmdlet):
            assert bench.count(later_host, later_cmdlet) == 0, later_key

    bench.heal()
    expected = {
        ("shut_down", False): (A, VMState.Running, S.Replicating),
        ("shut_down", True): (A, VMState.Off, S.Replicating),
        ("prepare", False): (A, VMState.Off, S.Replicating),
        ("prepare", True): (A, VMState.Off, S.PreparedForFailover),
        ("fail_over", False): (B, VMState.Off, S.Replicating),
        ("fail_over", True): (B, VMState.Off, S.FailedOverWaitingCompletion),
        ("reverse", False): (B, VMState.Off, S.FailedOverWaitingCompletion),
        ("reverse", True): (B, VMState.Off, S.Replicating),
        ("start", False): (B, VMState.Off, S.Replicating),
        ("start", True): (B, VMState.Running, S.Replicating),
    }
    if (key, after) in expected:
        where, power, state = expected[key, after]
        vm = bench.vm(where)
        assert (vm.state, vm.replication_state) == (power, state)


def test_after_the_replica_died_in_the_failover_the_advised_reverse_finishes_the_job(bench: Bench) -> None:
    bench.replicate()
    bench.kill(B, "Start-VMFailover", after=True)
    with pytest.raises(WorkflowFailed):
        run(PlannedFailover(request(), bench.sessions).run())
    bench.heal()
    bench.served.switch.after.clear()
    assert bench.vm(B).replication_state is S.FailedOverWaitingCompletion
    reverse = ReverseReplicationRequest(
        vm_id=SQL, vm_name="SQL01", new_primary_host=B, old_primary_host=A, after=ReverseAfter.PLANNED
    )
    run(ReverseReplication(reverse, bench.sessions).run())
    assert bench.vm(B).replication_state is S.Replicating
    assert bench.count(B, "Start-VMFailover") == 1
