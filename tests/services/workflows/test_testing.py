"""Test failover, stop test failover, and test failover over several VMs (reference 5.5)."""

from __future__ import annotations

import pytest

from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.services.workflows.base import Outcome
from hvgui.services.workflows.bulk import run_bulk
from hvgui.services.workflows.health import ListRecoveryPoints, RecoveryPointsRequest
from hvgui.services.workflows.testing import (
    StopTestFailover,
    StopTestFailoverRequest,
    TestFailover,
    TestFailoverRequest,
)
from tests.services.workflows.conftest import APP, NAMES, SQL, WEB, B, Bench, run


def make_test(bench: Bench, vm_id: object = SQL, **changes: object) -> TestFailover:
    request = TestFailoverRequest(vm_id=vm_id, vm_name=NAMES[vm_id], replica_host=B, **changes)  # type: ignore[arg-type, index]
    return TestFailover(request, bench.sessions)


def test_test_failover_creates_and_starts_the_test_vm_then_stop_removes_it(bench: Bench) -> None:
    bench.replicate()
    test_vm = run(make_test(bench, start_test_vm=True).run())
    assert test_vm.name == "SQL01 - Test"
    assert bench.vm(B, test_vm.id).state is VMState.Running
    assert bench.vm(B).replication_state is S.Replicating
    (rel,) = bench.relations(B)
    assert rel.test_vm_name == "SQL01 - Test"

    with pytest.raises(PreconditionFailed, match="already running"):
        run(make_test(bench).run())

    run(
        StopTestFailover(
            StopTestFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
        ).run()
    )
    assert bench.absent(B, test_vm.id)
    with pytest.raises(PreconditionFailed, match="No test failover"):
        run(
            StopTestFailover(
                StopTestFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host=B), bench.sessions
            ).run()
        )


def test_a_vm_with_wildcards_in_its_name_gets_its_test_vm_started(bench: Bench) -> None:
    bench.replicate(WEB)
    test_vm = run(make_test(bench, WEB, start_test_vm=True).run())
    assert test_vm.name == "Web [Test]* - Test"
    assert bench.vm(B, test_vm.id).state is VMState.Running


def test_test_failover_from_a_chosen_point(bench: Bench) -> None:
    bench.replicate(RecoveryHistory=2)
    bench.advance(7200)
    points = run(
        ListRecoveryPoints(RecoveryPointsRequest(vm_id=SQL, vm_name="SQL01", host=B), bench.sessions).run()
    )
    workflow = make_test(bench, recovery_point_id=points[0].id, recovery_point_name=points[0].name)
    assert "-AsTest" in workflow.powershell() and str(points[0].id) in workflow.powershell()
    test_vm = run(workflow.run())
    assert bench.vm(B, test_vm.id).state is VMState.Off


def test_test_failover_is_refused_on_the_primary_side_and_while_resynchronizing(bench: Bench) -> None:
    bench.replicate()
    on_primary = TestFailoverRequest(vm_id=SQL, vm_name="SQL01", replica_host="HV-A")
    with pytest.raises(PreconditionFailed):
        run(TestFailover(on_primary, bench.sessions).run())
    bench.on_vm("HV-A", SQL, "Suspend-VMReplication")
    bench.on_vm("HV-A", SQL, "Resume-VMReplication", Resynchronize=None)
    with pytest.raises(PreconditionFailed, match="resynchronized"):
        run(make_test(bench).run())


def test_bulk_test_failover_reports_each_vm(bench: Bench) -> None:
    bench.replicate(SQL)
    bench.replicate(WEB)
    # APP01 is not replicated: its test failover fails, the others go on.
    workflows = [make_test(bench, vm_id) for vm_id in (SQL, APP, WEB)]
    result = run(run_bulk(workflows))
    assert [i.vm_name for i in result.items] == ["SQL01", "APP01", "Web [Test]*"]
    assert [i.outcome for i in result.items] == [Outcome.SUCCEEDED, Outcome.FAILED, Outcome.SUCCEEDED]
    assert isinstance(result.items[1].error, PreconditionFailed)
    assert {i.result.name for i in result.succeeded} == {"SQL01 - Test", "Web [Test]* - Test"}  # type: ignore[attr-defined]
    assert len(result.failed) == 1
