"""Jobs: progress events, cancellation, and the audit log that survives restarts (issue 4)."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.services.jobs import AUDIT_FILE, AuditLog, Job, JobTracker
from hvgui.services.workflows.base import Outcome, StepStatus
from hvgui.services.workflows.errors import WorkflowCancelled, WorkflowFailed
from hvgui.services.workflows.pause import PauseReplication, PauseRequest
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from tests.services.workflows.conftest import NAMES, SQL, WEB, A, B, Bench, run


def planned(bench: Bench, **changes: Any) -> PlannedFailover:
    base: dict[str, Any] = {"vm_id": SQL, "vm_name": "SQL01", "primary_host": A, "replica_host": B}
    return PlannedFailover(PlannedFailoverRequest(**{**base, **changes}), bench.sessions)


def on_cmdlet(bench: Bench, host: str, cmdlet: str, action: Any) -> None:
    def hook(target: str, calls: Any) -> None:
        if target == host and any(c.name == cmdlet for c in calls):
            action()

    bench.served.switch.before.append(hook)


def test_a_job_shows_host_vm_step_and_progress_then_goes_to_the_audit_log(
    bench: Bench, tmp_path: Path
) -> None:
    bench.replicate()
    tracker = JobTracker(AuditLog(tmp_path / AUDIT_FILE), operator="anna")
    seen: list[Job] = []
    tracker.subscribe(seen.append)
    workflow = planned(bench)
    before = datetime.now(UTC)
    run(tracker.run(workflow))

    steps = list(dict.fromkeys(j.step for j in seen))
    assert steps == ["Checking preconditions", *(s.title for s in workflow.plan())]
    assert {j.step_host for j in seen} == {A, B}
    progress = [j.progress for j in seen]
    assert progress == sorted(progress) and progress[-1] == 1.0
    (job,) = tracker.jobs()
    assert (job.hosts, job.vm_name, job.vm_id, job.outcome) == ((A, B), "SQL01", SQL, Outcome.SUCCEEDED)
    assert before <= job.started <= job.finished  # type: ignore[operator]

    # A new AuditLog on the same file: what a restarted application reads.
    (record,) = AuditLog(tmp_path / AUDIT_FILE).read()
    assert record.os_user == "anna"
    username = bench.served.server.endpoint(A).username
    assert record.accounts == {A: username, B: username}
    assert (record.kind, record.hosts, record.vm_name, record.vm_id) == (
        "planned_failover",
        (A, B),
        "SQL01",
        str(SQL),
    )
    assert record.what == "Planned failover of SQL01 from HV-A to HV-B"
    assert record.result == "succeeded"
    assert datetime.fromisoformat(record.started).utcoffset() == UTC.utcoffset(None)
    assert [s.powershell for s in record.steps] == [s.powershell for s in workflow.plan()]
    assert record.steps[1].powershell == f"Get-VM -Id '{SQL}' | Start-VMFailover -Prepare -Confirm:$false"
    assert all(s.status == "done" for s in record.steps)
    assert "PreparedForFailover" in " ".join(record.steps[1].state_after)
    assert record.request["vm_name"] == "SQL01" and record.request["reverse"] is True


def test_failed_and_refused_jobs_are_logged_newest_first_and_no_password_is_written(
    bench: Bench, tmp_path: Path
) -> None:
    bench.replicate()
    log = AuditLog(tmp_path / AUDIT_FILE)
    tracker = JobTracker(log)
    with pytest.raises(PreconditionFailed):
        run(tracker.run(planned(bench, shut_down_first=False)))
    bench.kill(B, "Start-VMFailover", after=True)
    with pytest.raises(WorkflowFailed):
        run(tracker.run(planned(bench)))
    failed, refused = AuditLog(tmp_path / AUDIT_FILE).read()
    assert refused.result == failed.result == "failed"
    assert "running" in refused.message and all(s.status == "not_run" for s in refused.steps)
    assert [s.status for s in failed.steps] == ["done", "done", "unknown", "not_run", "not_run"]
    assert "Fail over SQL01 on HV-B" in failed.message
    assert [j.outcome for j in tracker.jobs()] == [Outcome.FAILED, Outcome.FAILED]
    text = (tmp_path / AUDIT_FILE).read_text(encoding="utf-8")
    assert bench.served.password not in text
    assert "password" not in text.lower()


def test_the_audit_log_lives_in_the_data_directory_and_skips_a_torn_line(
    bench: Bench, hvgui_home: Path
) -> None:
    bench.replicate(SQL)
    bench.replicate(WEB)
    log = AuditLog.default()
    assert log.path == hvgui_home / "data" / AUDIT_FILE
    tracker = JobTracker(log)
    run(tracker.run(PauseReplication(PauseRequest(vm_id=SQL, vm_name="SQL01", host=A), bench.sessions)))
    with log.path.open("a", encoding="utf-8") as f:
        f.write('{"id": "cut short by a crash", "kind": \n')
    run(tracker.run(PauseReplication(PauseRequest(vm_id=WEB, vm_name=NAMES[WEB], host=A), bench.sessions)))
    records = AuditLog.default().read(limit=10)
    assert [r.vm_name for r in records] == [NAMES[WEB], "SQL01"]
    assert AuditLog.default().read(limit=1)[0].vm_name == NAMES[WEB]
    assert json.loads(log.path.read_text(encoding="utf-8").splitlines()[0])["result"] == "succeeded"


def test_jobs_stream_as_an_async_iterator(bench: Bench) -> None:
    bench.replicate()
    tracker = JobTracker()

    async def main() -> list[Job]:
        got: list[Job] = []
        with tracker.stream() as events:
            task = asyncio.create_task(
                tracker.run(
                    PauseReplication(PauseRequest(vm_id=SQL, vm_name="SQL01", host=A), bench.sessions)
                )
            )
            async for job in events:
                got.append(job)
                if not job.running:
                    break
            await task
        return got

    jobs = run(main())
    assert jobs[0].outcome is Outcome.RUNNING and jobs[-1].outcome is Outcome.SUCCEEDED


def test_cancel_takes_effect_before_the_next_step_and_says_what_to_do(bench: Bench, tmp_path: Path) -> None:
    bench.replicate()
    tracker = JobTracker(AuditLog(tmp_path / AUDIT_FILE))
    workflow = planned(bench)
    # The user presses Cancel while the primary is being prepared: that step finishes, no more.
    on_cmdlet(bench, A, "Start-VMFailover", lambda: tracker.cancel(workflow.id))
    with pytest.raises(WorkflowCancelled) as caught:
        run(tracker.run(workflow))
    err = caught.value
    assert [s.key for s in err.completed] == ["shut_down", "prepare"]
    assert f"Cancel Failover (Stop-VMFailover) on {A}" in err.advice
    assert bench.count(B, "Start-VMFailover") == 0
    assert bench.vm(A).replication_state is S.PreparedForFailover
    (job,) = tracker.jobs()
    assert job.outcome is Outcome.CANCELLED
    (record,) = AuditLog(tmp_path / AUDIT_FILE).read()
    assert record.result == "cancelled"
    assert [s.status for s in record.steps] == ["done", "done", "not_run", "not_run", "not_run"]


def test_cancel_waits_where_stopping_would_leave_the_vm_unprotected(bench: Bench) -> None:
    bench.replicate()
    workflow = planned(bench)
    on_cmdlet(bench, B, "Start-VMFailover", workflow.cancel)
    with pytest.raises(WorkflowCancelled) as caught:
        run(workflow.run())
    # Failed over but not reversed would leave the VM unprotected: the reverse still ran.
    assert [s.key for s in caught.value.completed] == ["shut_down", "prepare", "fail_over", "reverse"]
    assert bench.vm(B).replication_state is S.Replicating
    assert bench.vm(B).state is VMState.Off
    assert bench.count(B, "Start-VM") == 0


def test_cancel_before_any_change(bench: Bench) -> None:
    bench.replicate()
    workflow = planned(bench)
    on_cmdlet(bench, B, "Get-VMReplicationServer", workflow.cancel)  # during the precondition checks
    on_cmdlet(bench, A, "Get-VMReplicationServer", workflow.cancel)
    with pytest.raises(WorkflowCancelled, match="Nothing was changed"):
        run(workflow.run())
    assert bench.vm(A).state is VMState.Running


def test_an_interrupted_task_marks_the_running_step_unknown_and_sends_nothing_more(
    bench: Bench, tmp_path: Path
) -> None:
    bench.replicate()
    tracker = JobTracker(AuditLog(tmp_path / AUDIT_FILE))
    workflow = planned(bench)
    on_cmdlet(bench, A, "Stop-VM", lambda: time.sleep(0.5))

    async def main() -> None:
        task = asyncio.create_task(tracker.run(workflow))
        while workflow.step_status("shut_down") is not StepStatus.RUNNING:
            await asyncio.sleep(0.01)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    run(main())
    assert [r.status for r in workflow.records][:2] == [StepStatus.UNKNOWN, StepStatus.NOT_RUN]
    assert tracker.jobs()[0].outcome is Outcome.CANCELLED
    assert AuditLog(tmp_path / AUDIT_FILE).read()[0].result == "cancelled"
    time.sleep(0.6)
    assert bench.count(A, "Start-VMFailover") == 0


def test_bulk_jobs_share_a_batch_and_keep_their_own_outcome(bench: Bench) -> None:
    bench.replicate(SQL)
    tracker = JobTracker()
    pauses = [
        PauseReplication(PauseRequest(vm_id=v, vm_name=NAMES[v], host=A), bench.sessions) for v in (SQL, WEB)
    ]
    result = run(tracker.run_bulk(pauses))
    assert [i.outcome for i in result.items] == [Outcome.SUCCEEDED, Outcome.FAILED]
    jobs = tracker.jobs()
    assert len({j.batch for j in jobs}) == 1 and jobs[0].batch
    assert [j.outcome for j in jobs] == [Outcome.SUCCEEDED, Outcome.FAILED]


def test_cancel_a_bulk_operation(bench: Bench) -> None:
    bench.replicate(SQL)
    bench.replicate(WEB)
    tracker = JobTracker()
    batches: list[str] = []
    on_cmdlet(bench, A, "Suspend-VMReplication", lambda: tracker.cancel_batch(batches[0]))
    pauses = [
        PauseReplication(PauseRequest(vm_id=v, vm_name=NAMES[v], host=A), bench.sessions) for v in (SQL, WEB)
    ]
    result = run(tracker.run_bulk(pauses, on_batch=batches.append))
    assert [i.outcome for i in result.items] == [Outcome.SUCCEEDED, Outcome.CANCELLED]
    assert bench.vm(A, WEB).replication_state is S.Replicating
    assert not tracker.cancel_batch(batches[0])  # finished batches are forgotten
