"""Replication health, reset statistics and recovery points (reference 2.3, 4.2, 5.8)."""

from __future__ import annotations

import pytest

from hvgui.hyperv.enums import RelationshipType as R
from hvgui.hyperv.enums import ReplicationHealth as H
from hvgui.hyperv.enums import SnapshotType
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.services.jobs import AuditLog, JobTracker
from hvgui.services.workflows.health import (
    HealthRequest,
    ListRecoveryPoints,
    MeasureReplication,
    RecoveryPointsRequest,
    ResetStatistics,
)
from tests.services.workflows.conftest import FQDN, SQL, WEB, A, B, Bench, C, run


def test_measure_then_reset_statistics_turns_warning_back_to_normal(bench: Bench, tmp_path: object) -> None:
    bench.replicate(ReplicationFrequencySec=30)
    bench.lab.set_partition(A, B, cut=True)
    bench.advance(240)
    bench.lab.set_partition(A, B, cut=False)
    bench.advance(60)
    stats = run(MeasureReplication(HealthRequest(vm_id=SQL, vm_name="SQL01", host=A), bench.sessions).run())
    assert stats.replication.health is H.Warning
    assert stats.missed > 0 and stats.successful > 0
    assert stats.pending_size is not None
    run(ResetStatistics(HealthRequest(vm_id=SQL, vm_name="SQL01", host=A), bench.sessions).run())
    assert bench.vm(A).replication_health is H.Normal


def test_measuring_changes_nothing_and_is_not_audited(bench: Bench, tmp_path: pytest.TempPathFactory) -> None:
    bench.replicate()
    audit = AuditLog(tmp_path / "audit.jsonl")  # type: ignore[operator]
    workflow = MeasureReplication(HealthRequest(vm_id=SQL, vm_name="SQL01", host=B), bench.sessions)
    assert not any(step.changes_state for step in workflow.plan())
    stats = run(JobTracker(audit).run(workflow))
    assert stats.replication.vm_id == SQL
    assert audit.read() == []


def test_measure_the_extended_relationship(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(B, SQL, "Enable-VMReplication", ReplicaServerName=FQDN[C], ReplicaServerPort=80,
                AuthenticationType="Kerberos", ReplicationFrequencySec=900)  # fmt: skip
    bench.on_vm(B, SQL, "Start-VMInitialReplication")
    bench.advance(3600)
    request = HealthRequest(vm_id=SQL, vm_name="SQL01", host=B, relationship=R.Extended)
    stats = run(MeasureReplication(request, bench.sessions).run())
    assert stats.replication.relationship is R.Extended
    assert stats.replication.replica_server == FQDN[C]
    run(ResetStatistics(request, bench.sessions).run())


def test_health_of_a_vm_that_is_not_replicated(bench: Bench) -> None:
    with pytest.raises(PreconditionFailed, match="not replicated"):
        run(MeasureReplication(HealthRequest(vm_id=WEB, vm_name="Web [Test]*", host=A), bench.sessions).run())


def test_recovery_points_are_the_replica_kinds_oldest_first(bench: Bench) -> None:
    bench.replicate(RecoveryHistory=3, VSSSnapshotFrequencyHour=2)
    bench.advance(6 * 3600)
    points = run(
        ListRecoveryPoints(RecoveryPointsRequest(vm_id=SQL, vm_name="SQL01", host=B), bench.sessions).run()
    )
    assert len(points) == 3
    assert {p.kind for p in points} <= {SnapshotType.Replica, SnapshotType.AppConsistentReplica}
    assert [p.created for p in points] == sorted(p.created for p in points)  # type: ignore[type-var]
    with pytest.raises(PreconditionFailed, match="not a replica"):
        run(
            ListRecoveryPoints(
                RecoveryPointsRequest(vm_id=SQL, vm_name="SQL01", host=A), bench.sessions
            ).run()
        )
