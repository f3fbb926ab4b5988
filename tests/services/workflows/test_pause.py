"""Pause, resume and resynchronize, for one VM, an extended relationship, and several VMs (4.4)."""

from __future__ import annotations

from typing import Any

import pytest

from hvgui.hyperv.enums import RelationshipType as R
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.lab.model import GIB
from hvgui.services.workflows.base import Outcome
from hvgui.services.workflows.bulk import run_bulk
from hvgui.services.workflows.pause import (
    PauseReplication,
    PauseRequest,
    ResumeReplication,
    ResumeRequest,
    Resynchronize,
    ResynchronizeRequest,
)
from tests.services.workflows.conftest import APP, FQDN, NAMES, SQL, WEB, A, B, Bench, C, later, run


def target(vm_id: Any = SQL, host: str = A, **extra: Any) -> dict[str, Any]:
    return {"vm_id": vm_id, "vm_name": NAMES[vm_id], "host": host, **extra}


def test_pause_and_resume_on_the_primary(bench: Bench) -> None:
    bench.replicate()
    run(PauseReplication(PauseRequest(**target()), bench.sessions).run())
    assert bench.vm(A).replication_state is S.Suspended
    with pytest.raises(PreconditionFailed, match="cannot be paused"):
        run(PauseReplication(PauseRequest(**target()), bench.sessions).run())
    run(ResumeReplication(ResumeRequest(**target()), bench.sessions).run())
    assert bench.vm(A).replication_state is S.Replicating
    with pytest.raises(PreconditionFailed, match="nothing to resume"):
        run(ResumeReplication(ResumeRequest(**target()), bench.sessions).run())


def test_pause_on_the_replica(bench: Bench) -> None:
    bench.replicate()
    run(PauseReplication(PauseRequest(**target(host=B)), bench.sessions).run())
    assert bench.vm(B).replication_state is S.Suspended
    run(ResumeReplication(ResumeRequest(**target(host=B)), bench.sessions).run())
    assert bench.vm(B).replication_state is S.Replicating


def test_pause_and_resume_the_extended_relationship_only(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(B, SQL, "Enable-VMReplication", ReplicaServerName=FQDN[C], ReplicaServerPort=80,
                AuthenticationType="Kerberos", ReplicationFrequencySec=900)  # fmt: skip
    bench.on_vm(B, SQL, "Start-VMInitialReplication")
    bench.advance(1800)
    workflow = PauseReplication(PauseRequest(**target(host=B, relationship=R.Extended)), bench.sessions)
    assert (
        "Get-VMReplication -ReplicationRelationshipType 'Extended' | Suspend-VMReplication"
        in workflow.powershell()
    )
    run(workflow.run())
    states = {r.relationship: r.state for r in bench.relations(B)}
    assert states == {R.Simple: S.Replicating, R.Extended: S.Suspended}
    run(ResumeReplication(ResumeRequest(**target(host=B, relationship=R.Extended)), bench.sessions).run())
    assert {r.relationship: r.state for r in bench.relations(B)}[R.Extended] is S.Replicating


def test_resynchronize_now_after_pausing_a_healthy_relationship(bench: Bench) -> None:
    bench.replicate()
    bench.lab.host(A).vms[SQL].disks[0].file_bytes = 90 * GIB
    with pytest.raises(PreconditionFailed, match="pause it first"):
        run(Resynchronize(ResynchronizeRequest(**target()), bench.sessions).run())
    workflow = Resynchronize(ResynchronizeRequest(**target(), pause_first=True), bench.sessions)
    assert [s.key for s in workflow.plan()] == ["pause", "resync"]
    run(workflow.run())
    assert bench.vm(A).replication_state is S.Resynchronizing
    bench.advance(3 * 3600)
    assert bench.vm(A).replication_state is S.Replicating


def test_resynchronize_at_a_time(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Suspend-VMReplication")
    run(Resynchronize(ResynchronizeRequest(**target(), start_time=later(2)), bench.sessions).run())
    assert bench.vm(A).replication_state is S.WaitingForStartResynchronize
    with pytest.raises(PreconditionFailed, match="more than 7 days"):
        run(Resynchronize(ResynchronizeRequest(**target(), start_time=later(24 * 8)), bench.sessions).run())


def test_resume_refuses_a_relationship_that_needs_resynchronization(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Suspend-VMReplication")
    bench.on_vm(
        A, SQL, "Resume-VMReplication", Resynchronize=None, ResynchronizeStartTime=later(3).isoformat()
    )
    with pytest.raises(PreconditionFailed, match="needs a resynchronization"):
        run(ResumeReplication(ResumeRequest(**target()), bench.sessions).run())


def test_bulk_pause_and_resume_report_each_vm(bench: Bench) -> None:
    bench.replicate(SQL)
    bench.replicate(WEB)
    bench.on_vm(A, WEB, "Suspend-VMReplication")  # already paused: its pause fails, the others do not
    pauses = [PauseReplication(PauseRequest(**target(vm_id)), bench.sessions) for vm_id in (SQL, WEB, APP)]
    result = run(run_bulk(pauses))
    assert [i.outcome for i in result.items] == [Outcome.SUCCEEDED, Outcome.FAILED, Outcome.FAILED]
    assert "cannot be paused" in str(result.items[1].error)
    assert "not replicated" in str(result.items[2].error)
    assert bench.vm(A, SQL).replication_state is S.Suspended
    resumes = [ResumeReplication(ResumeRequest(**target(vm_id)), bench.sessions) for vm_id in (SQL, WEB)]
    result = run(run_bulk(resumes))
    assert all(i.succeeded for i in result.items)
    assert {bench.vm(A, v).replication_state for v in (SQL, WEB)} == {S.Replicating}


def test_a_stopped_bulk_leaves_the_vms_not_yet_started_alone(bench: Bench) -> None:
    import asyncio

    bench.replicate(SQL)
    bench.replicate(WEB)
    stop = asyncio.Event()
    pauses = [PauseReplication(PauseRequest(**target(vm_id)), bench.sessions) for vm_id in (SQL, WEB)]
    pauses[0].subscribe(lambda p: stop.set() if p.outcome is Outcome.SUCCEEDED else None)
    result = run(run_bulk(pauses, stop=stop))
    assert [i.outcome for i in result.items] == [Outcome.SUCCEEDED, Outcome.CANCELLED]
    assert bench.vm(A, WEB).replication_state is S.Replicating
