"""Enable replication with each way of initial replication, import, and extend (reference 4.2, 4.3, 5.6)."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from hvgui.hyperv.enums import AuthenticationType
from hvgui.hyperv.enums import RelationshipType as R
from hvgui.hyperv.enums import ReplicationMode as M
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import CommandFailed, PreconditionFailed
from hvgui.lab.model import AuthorizationEntry
from hvgui.services.workflows.base import StepStatus
from hvgui.services.workflows.enable import (
    EnableReplication,
    EnableReplicationRequest,
    ImportInitialReplica,
    ImportInitialReplicaRequest,
    InitialMethod,
    ReplicationSettings,
)
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.services.workflows.extend import ExtendReplication, ExtendReplicationRequest
from tests.services.workflows.conftest import FQDN, SQL, WEB, A, B, Bench, C, later, run


def enable(bench: Bench, vm_id: Any = SQL, name: str = "SQL01", **settings: Any) -> EnableReplication:
    request = EnableReplicationRequest(
        vm_id=vm_id,
        vm_name=name,
        primary_host=A,
        replica_host=B,
        primary_server=FQDN[A],
        settings=ReplicationSettings(replica_server=FQDN[B], **settings),
    )
    return EnableReplication(request, bench.sessions)


def test_enable_and_replicate_over_the_network(bench: Bench) -> None:
    workflow = enable(bench, recovery_history=2)
    assert [s.key for s in workflow.plan()] == ["test_connection", "enable", "initial"]
    run(workflow.run())
    assert bench.vm(A).replication_mode is M.Primary
    assert bench.vm(A).replication_state in (S.InitialReplicationInProgress, S.Replicating)
    assert bench.vm(B).replication_mode is M.Replica
    bench.advance(900)
    assert bench.vm(A).replication_state is S.Replicating
    assert bench.vm(B).replication_state is S.Replicating
    (rel,) = bench.relations(A)
    assert (rel.recovery_history, rel.replica_server) == (2, FQDN[B])
    assert bench.count(A, "Test-VMReplicationConnection") == 1


def test_a_vm_whose_name_has_wildcards_is_reached_by_id(bench: Bench) -> None:
    run(enable(bench, WEB, "Web [Test]*").run())
    assert bench.vm(A, WEB).replication_mode is M.Primary
    assert bench.vm(A).replication_mode is M.NONE


def test_scheduled_initial_replication_waits(bench: Bench) -> None:
    run(enable(bench, initial=InitialMethod.SCHEDULED, start_time=later(2)).run())
    bench.advance(1800)
    assert bench.vm(A).replication_state is S.ReadyForInitialReplication


def test_external_media_export_then_import_on_the_replica(bench: Bench) -> None:
    run(enable(bench, initial=InitialMethod.EXTERNAL_MEDIA, export_path="E:\\Export").run())
    assert bench.vm(A).replication_state is S.InitialReplicationInProgress
    bench.advance(3600)
    assert bench.vm(B).replication_state is S.WaitingForInitialReplication
    wrong = ImportInitialReplicaRequest(vm_id=SQL, vm_name="SQL01", replica_host=B, path="F:\\Nope")
    with pytest.raises(WorkflowFailed) as caught:
        run(ImportInitialReplica(wrong, bench.sessions).run())
    assert isinstance(caught.value.cause, CommandFailed)
    assert "No initial copy was found" in caught.value.reason
    right = ImportInitialReplicaRequest(
        vm_id=SQL, vm_name="SQL01", replica_host=B, path=f"E:\\Export\\SQL01_{SQL}"
    )
    run(ImportInitialReplica(right, bench.sessions).run())
    assert bench.vm(B).replication_state is S.Replicating
    assert bench.vm(A).replication_state is S.Replicating


def test_existing_copy_on_the_replica_is_marked_and_used(bench: Bench) -> None:
    restored = copy.deepcopy(bench.lab.host(A).vms[SQL])
    restored.state = restored.state.__class__.Off
    bench.lab.host(B).vms[SQL] = restored
    workflow = enable(bench, initial=InitialMethod.EXISTING_VM)
    assert workflow.plan()[0].host == B
    assert f"-AllowedPrimaryServer '{FQDN[A]}'" in workflow.plan()[0].powershell
    run(workflow.run())
    bench.advance(600)
    assert bench.vm(A).replication_state is S.Replicating
    assert bench.vm(B).replication_mode is M.Replica


def test_a_host_that_is_not_a_replica_server_is_refused_before_anything_changes(bench: Bench) -> None:
    bench.lab.host(B).replica.enabled = False
    with pytest.raises(PreconditionFailed, match="not enabled as a Replica server"):
        run(enable(bench).run())
    assert bench.count(A, "Test-VMReplicationConnection") == 0
    assert bench.vm(A).replication_mode is M.NONE


def test_a_replica_server_that_does_not_authorize_this_primary(bench: Bench) -> None:
    replica = bench.lab.host(B).replica
    replica.allow_any = False
    replica.entries = [AuthorizationEntry("*.other.test", "E:\\R", "G")]
    with pytest.raises(PreconditionFailed, match=r"does not authorize hv-a\.lab\.test"):
        run(enable(bench).run())
    replica.entries.append(AuthorizationEntry("*.lab.test", "E:\\R", "G"))
    run(enable(bench).run())


def test_wrong_authentication_and_port_are_caught_early(bench: Bench) -> None:
    with pytest.raises(PreconditionFailed, match="port 80, not 8080"):
        run(enable(bench, port=8080).run())
    with pytest.raises(PreconditionFailed, match="does not accept Certificate"):
        run(
            enable(
                bench, port=443, auth=AuthenticationType.Certificate, certificate_thumbprint="B" * 40
            ).run()
        )
    with pytest.raises(PreconditionFailed, match="frequency"):
        run(enable(bench, frequency_sec=60).run())
    with pytest.raises(PreconditionFailed, match="past"):
        run(enable(bench, initial=InitialMethod.SCHEDULED, start_time=later(-1)).run())


def test_a_failed_connection_test_changes_nothing(bench: Bench) -> None:
    bench.lab.set_partition(A, B, cut=True)
    workflow = enable(bench)
    with pytest.raises(WorkflowFailed) as caught:
        run(workflow.run())
    err = caught.value
    assert err.step.key == "test_connection" and not err.outcome_unknown
    assert "could not be reached with these settings" in err.reason
    assert "Nothing has changed" in err.advice
    assert [r.status for r in workflow.records] == [StepStatus.FAILED, StepStatus.NOT_RUN, StepStatus.NOT_RUN]
    assert bench.count(A, "Enable-VMReplication") == 0


def test_already_replicated_vms_are_refused(bench: Bench) -> None:
    bench.replicate()
    with pytest.raises(PreconditionFailed, match="already replicated"):
        run(enable(bench).run())


def extend(bench: Bench, **settings: Any) -> ExtendReplication:
    request = ExtendReplicationRequest(
        vm_id=SQL,
        vm_name="SQL01",
        replica_host=B,
        extended_host=C,
        settings=ReplicationSettings(replica_server=FQDN[C], **{"frequency_sec": 900, **settings}),
    )
    return ExtendReplication(request, bench.sessions)


def test_extend_replication_from_the_replica_to_a_third_host(bench: Bench) -> None:
    bench.replicate()
    run(extend(bench).run())
    bench.advance(1800)
    assert bench.vm(C).replication_mode is M.ExtendedReplica
    assert bench.vm(C).replication_state is S.Replicating
    kinds = [r.relationship for r in bench.relations(B)]
    assert kinds == [R.Simple, R.Extended]


def test_extend_refuses_bad_frequencies_and_non_replicas(bench: Bench) -> None:
    bench.replicate(ReplicationFrequencySec=900)
    with pytest.raises(PreconditionFailed, match="frequency"):
        run(extend(bench, frequency_sec=30).run())
    with pytest.raises(PreconditionFailed, match="more frequent"):
        run(extend(bench, frequency_sec=300).run())
    primary = ExtendReplicationRequest(
        vm_id=SQL,
        vm_name="SQL01",
        replica_host=A,
        extended_host=C,
        settings=ReplicationSettings(replica_server=FQDN[C]),
    )
    with pytest.raises(PreconditionFailed, match="Only a replica"):
        run(ExtendReplication(primary, bench.sessions).run())
    run(extend(bench).run())
    with pytest.raises(PreconditionFailed, match="already extended"):
        run(extend(bench).run())
