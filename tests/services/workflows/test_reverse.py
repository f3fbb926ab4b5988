"""Reverse replication after a planned and after an unplanned failover (reference 5.3, 5.4 step 5)."""

from __future__ import annotations

from typing import Any

import pytest

from hvgui.hyperv.enums import ReplicationMode as M
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.enums import VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.lab.model import AuthorizationEntry
from hvgui.services.workflows.base import StepStatus
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.services.workflows.reverse import ReverseAfter, ReverseReplication, ReverseReplicationRequest
from tests.services.workflows.conftest import FQDN, SQL, A, B, Bench, C, later, run


def reverse(bench: Bench, after: ReverseAfter = ReverseAfter.UNPLANNED, **changes: Any) -> ReverseReplication:
    base: dict[str, Any] = {
        "vm_id": SQL,
        "vm_name": "SQL01",
        "new_primary_host": B,
        "old_primary_host": A,
        "after": after,
        "old_primary_server": FQDN[A],
        "new_primary_server": FQDN[B],
    }
    return ReverseReplication(ReverseReplicationRequest(**{**base, **changes}), bench.sessions)


def unplanned(bench: Bench, complete: bool = True) -> None:
    """The primary host died, the replica failed over and runs; then the old host came back."""
    bench.replicate()
    bench.lab.set_host_down(A, True)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    bench.on_vm(B, SQL, "Start-VM")
    if complete:
        bench.on_vm(B, SQL, "Complete-VMFailover", Confirm=False)
    bench.lab.set_host_down(A, False)


def test_after_an_unplanned_failover_the_old_primary_is_turned_off_marked_as_replica_and_reversed(
    bench: Bench,
) -> None:
    unplanned(bench)
    assert bench.vm(A).state is VMState.Running  # came back running: the stale copy
    workflow = reverse(bench)
    assert [(s.key, s.host) for s in workflow.plan()] == [
        ("turn_off_old", A),
        ("mark_replica", A),
        ("reverse", B),
        ("initial", B),
    ]
    text = workflow.powershell()
    assert f"Set-VMReplication -AsReplica -AllowedPrimaryServer '{FQDN[B]}'" in text
    assert f"Set-VMReplication -Reverse -ReplicaServerName '{FQDN[A]}'" in text
    run(workflow.run())
    bench.advance(900)
    new, old = bench.vm(B), bench.vm(A)
    assert (new.replication_mode, new.replication_state, new.state) == (
        M.Primary,
        S.Replicating,
        VMState.Running,
    )
    assert (old.replication_mode, old.replication_state, old.state) == (M.Replica, S.Replicating, VMState.Off)


def test_steps_already_done_are_skipped_and_the_initial_replication_can_wait(bench: Bench) -> None:
    unplanned(bench, complete=False)
    bench.on_vm(A, SQL, "Stop-VM", TurnOff=None)
    bench.on_vm(A, SQL, "Set-VMReplication", AsReplica=None, AllowedPrimaryServer=FQDN[B])
    workflow = reverse(bench, start_time=later(2))
    run(workflow.run())
    assert [r.status for r in workflow.records][:2] == [StepStatus.SKIPPED, StepStatus.SKIPPED]
    assert bench.vm(B).replication_state is S.ReadyForInitialReplication
    assert bench.count(A, "Set-VMReplication") == 0


def test_after_a_planned_failover_only_the_reverse_runs(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(A, SQL, "Stop-VM")
    bench.on_vm(A, SQL, "Start-VMFailover", Prepare=None, Confirm=False)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    with pytest.raises(PreconditionFailed, match="planned failover"):
        run(reverse(bench).run())
    workflow = reverse(bench, ReverseAfter.PLANNED)
    assert [s.key for s in workflow.plan()] == ["reverse"]
    run(workflow.run())
    assert bench.vm(B).replication_state is S.Replicating
    assert bench.vm(A).replication_mode is M.Replica


def test_reverse_needs_a_failover_and_an_accepting_old_primary(bench: Bench) -> None:
    bench.replicate()
    with pytest.raises(PreconditionFailed, match="has not failed over"):
        run(reverse(bench).run())
    bench.lab.set_host_down(A, True)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    bench.lab.set_host_down(A, False)
    replica = bench.lab.host(A).replica
    replica.allow_any = False
    replica.entries = [AuthorizationEntry(FQDN[C], "E:\\R", "G")]
    with pytest.raises(PreconditionFailed, match=f"does not authorize {FQDN[B]}"):
        run(reverse(bench).run())
    assert bench.vm(A).state is VMState.Running  # nothing touched


def test_reverse_is_refused_while_the_replica_extends_to_a_third_host(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(B, SQL, "Enable-VMReplication", ReplicaServerName=FQDN[C], ReplicaServerPort=80,
                AuthenticationType="Kerberos", ReplicationFrequencySec=900)  # fmt: skip
    bench.lab.set_host_down(A, True)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    bench.lab.set_host_down(A, False)
    with pytest.raises(PreconditionFailed, match="third host"):
        run(reverse(bench).run())


def test_old_primary_dying_during_as_replica_stops_with_advice(bench: Bench) -> None:
    unplanned(bench)
    bench.kill(A, "Set-VMReplication", after=True)
    with pytest.raises(WorkflowFailed) as caught:
        run(reverse(bench).run())
    err = caught.value
    assert err.step.key == "mark_replica" and err.outcome_unknown
    assert "reverse again (hvgui skips this step)" in err.advice
    assert bench.count(B, "Set-VMReplication") == 0
    bench.heal()
    bench.served.switch.after.clear()
    # The advice holds: running it again skips what happened and finishes.
    workflow = reverse(bench)
    run(workflow.run())
    assert [r.status for r in workflow.records][:2] == [StepStatus.SKIPPED, StepStatus.SKIPPED]
    assert bench.count(A, "Set-VMReplication") == 1


def test_after_an_unplanned_failover_the_reversed_relationship_gets_the_chosen_schedule(bench: Bench) -> None:
    unplanned(bench)
    workflow = reverse(bench, frequency_sec=900, recovery_history=6, vss_hours=2)
    assert (
        f"Set-VMReplication -Reverse -ReplicaServerName '{FQDN[A]}' -ReplicationFrequencySec 900 "
        "-RecoveryHistory 6 -VSSSnapshotFrequencyHour 2"
    ) in workflow.powershell()
    run(workflow.run())
    bench.advance(1800)
    for host in (B, A):
        (relation,) = bench.relations(host)
        assert (relation.frequency_sec, relation.recovery_history, relation.vss_hours) == (900, 6, 2), host


def test_after_a_planned_failover_the_schedule_can_change_and_vss_points_stop(bench: Bench) -> None:
    bench.replicate(RecoveryHistory=4, VSSSnapshotFrequencyHour=2)
    bench.on_vm(A, SQL, "Stop-VM")
    bench.on_vm(A, SQL, "Start-VMFailover", Prepare=None, Confirm=False)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    workflow = reverse(bench, ReverseAfter.PLANNED, frequency_sec=30, recovery_history=0)
    # Without additional recovery points the VSS points go too (Hyper-V refuses them carried over).
    assert (
        "Set-VMReplication -Reverse -ReplicationFrequencySec 30 -RecoveryHistory 0 -DisableVSSSnapshotReplication"
        in workflow.powershell()
    )
    run(workflow.run())
    for host in (B, A):
        (relation,) = bench.relations(host)
        assert (relation.frequency_sec, relation.recovery_history, relation.vss_hours) == (30, 0, 0), host
    assert bench.vm(B).replication_state is S.Replicating


def test_without_a_schedule_the_original_one_is_kept_and_no_setting_is_sent(bench: Bench) -> None:
    bench.replicate(ReplicationFrequencySec=900, RecoveryHistory=3)
    bench.on_vm(A, SQL, "Stop-VM")
    bench.on_vm(A, SQL, "Start-VMFailover", Prepare=None, Confirm=False)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    workflow = reverse(bench, ReverseAfter.PLANNED)
    (line,) = [line for line in workflow.powershell().splitlines() if "-Reverse" in line]
    assert "Frequency" not in line and "RecoveryHistory" not in line and "VSS" not in line
    assert "Compression" not in line
    run(workflow.run())
    (relation,) = bench.relations(B)
    assert (relation.frequency_sec, relation.recovery_history, relation.vss_hours) == (900, 3, 0)
    assert relation.compression is True  # carried over


def test_after_an_unplanned_failover_compression_can_be_turned_off(bench: Bench) -> None:
    unplanned(bench)
    assert bench.relations(B)[0].compression is True
    workflow = reverse(bench, compression=False, frequency_sec=900)
    assert (
        f"Set-VMReplication -Reverse -ReplicaServerName '{FQDN[A]}' -CompressionEnabled $false "
        "-ReplicationFrequencySec 900"
    ) in workflow.powershell()
    run(workflow.run())
    bench.advance(1800)
    for host in (B, A):
        (relation,) = bench.relations(host)
        assert (relation.compression, relation.frequency_sec) == (False, 900), host
    assert bench.vm(B).replication_state is S.Replicating


def test_after_a_planned_failover_compression_can_be_turned_back_on(bench: Bench) -> None:
    bench.replicate(CompressionEnabled=False)
    bench.on_vm(A, SQL, "Stop-VM")
    bench.on_vm(A, SQL, "Start-VMFailover", Prepare=None, Confirm=False)
    bench.on_vm(B, SQL, "Start-VMFailover", Confirm=False)
    assert bench.relations(B)[0].compression is False
    workflow = reverse(bench, ReverseAfter.PLANNED, compression=True)
    assert "Set-VMReplication -Reverse -CompressionEnabled $true" in workflow.powershell()
    run(workflow.run())
    for host in (B, A):
        (relation,) = bench.relations(host)
        assert relation.compression is True, host


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        ({"frequency_sec": 60}, "30, 300, 900 seconds"),
        ({"recovery_history": 25}, "0 to 24 hours"),
        ({"recovery_history": 4, "vss_hours": 13}, "1 to 12 hours"),
        ({"vss_hours": 2}, "need additional recovery points"),  # the original keeps only the latest point
    ],
)
def test_a_schedule_hyper_v_would_refuse_stops_before_anything_changes(
    bench: Bench, schedule: dict[str, int], message: str
) -> None:
    unplanned(bench)
    with pytest.raises(PreconditionFailed, match=message):
        run(reverse(bench, **schedule).run())
    assert bench.vm(A).state is VMState.Running  # nothing touched
    assert bench.count(B, "Set-VMReplication") == 0
