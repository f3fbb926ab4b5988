"""Plans: the PowerShell each workflow will send, known before anything runs (no hosts needed)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from uuid import UUID

import pytest

from hvgui.hyperv.enums import AuthenticationType, RelationshipType
from hvgui.services.workflows.enable import (
    EnableReplication,
    EnableReplicationRequest,
    InitialMethod,
    ReplicationSettings,
)
from hvgui.services.workflows.errors import NotConnected
from hvgui.services.workflows.failover import CompleteFailover, CompleteFailoverRequest
from hvgui.services.workflows.pause import Resynchronize, ResynchronizeRequest
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from hvgui.services.workflows.remove import RemoveReplication, RemoveReplicationRequest, RemoveSide

VM = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")
GET = f"Get-VM -Id '{VM}'"


def test_planned_failover_plan_is_the_reference_sequence_by_id_with_confirm_off() -> None:
    request = PlannedFailoverRequest(
        vm_id=VM, vm_name="SQL01", primary_host="HV-A", replica_host="HV-B", certificate_thumbprint="AB" * 20
    )
    workflow = PlannedFailover(request, {})
    assert [s.powershell for s in workflow.plan()] == [
        f"{GET} | Stop-VM",
        f"{GET} | Start-VMFailover -Prepare -Confirm:$false",
        f"{GET} | Start-VMFailover -Confirm:$false",
        f"{GET} | Set-VMReplication -Reverse -CertificateThumbprint '{'AB' * 20}'",
        f"{GET} | Start-VM",
    ]
    text = workflow.powershell()
    assert text.startswith(f"# Step 1 of 5, on HV-A: Shut down SQL01 on HV-A\n{GET} | Stop-VM\n\n")
    assert "# Step 3 of 5, on HV-B: Fail over SQL01 on HV-B\n" in text


def test_enable_plan_uses_full_parameter_names() -> None:
    settings = ReplicationSettings(
        replica_server="hv-b.lab.test",
        port=443,
        auth=AuthenticationType.Certificate,
        certificate_thumbprint="A" * 40,
        recovery_history=4,
        vss_hours=2,
        initial=InitialMethod.SCHEDULED,
        start_time=datetime(2030, 1, 2, 3, 4, tzinfo=UTC),
    )
    request = EnableReplicationRequest(vm_id=VM, vm_name="SQL01", primary_host="HV-A", replica_host="HV-B",
                                       settings=settings, excluded_vhd_paths=("D:\\page.vhdx",))  # fmt: skip
    test, enable, initial = (s.powershell for s in EnableReplication(request, {}).plan())
    assert test == (
        "Test-VMReplicationConnection -ReplicaServerName 'hv-b.lab.test' -ReplicaServerPort 443 "
        f"-AuthenticationType 'Certificate' -CertificateThumbprint '{'A' * 40}'"
    )
    assert enable.startswith(f"{GET} | Enable-VMReplication -ReplicaServerName 'hv-b.lab.test'")
    for part in ("-CompressionEnabled $true", "-ReplicationFrequencySec 300", "-RecoveryHistory 4",
                 "-VSSSnapshotFrequencyHour 2", "-ExcludedVhdPath 'D:\\page.vhdx'"):  # fmt: skip
        assert part in enable
    assert (
        initial
        == f"{GET} | Start-VMInitialReplication -InitialReplicationStartTime '2030-01-02T03:04:00+00:00'"
    )


def test_extended_relationships_are_reached_through_their_replication_object() -> None:
    request = RemoveReplicationRequest(
        vm_id=VM, vm_name="SQL01", sides=(RemoveSide("HV-B", RelationshipType.Extended), RemoveSide("HV-C"))
    )
    first, second = (s.powershell for s in RemoveReplication(request, {}).plan())
    assert (
        first == f"{GET} | Get-VMReplication -ReplicationRelationshipType 'Extended' | Remove-VMReplication"
    )
    assert second == f"{GET} | Remove-VMReplication"
    resync = Resynchronize(ResynchronizeRequest(vm_id=VM, vm_name="SQL01", host="HV-A", pause_first=True), {})
    assert [s.powershell for s in resync.plan()] == [
        f"{GET} | Suspend-VMReplication",
        f"{GET} | Resume-VMReplication -Resynchronize",
    ]


def test_complete_failover_confirms_off() -> None:
    (step,) = CompleteFailover(
        CompleteFailoverRequest(vm_id=VM, vm_name="SQL01", replica_host="HV-B"), {}
    ).plan()
    assert step.powershell == f"{GET} | Complete-VMFailover -Confirm:$false"


def test_a_host_without_a_session_is_a_plain_precondition_and_a_workflow_runs_once() -> None:
    workflow = CompleteFailover(CompleteFailoverRequest(vm_id=VM, vm_name="SQL01", replica_host="HV-B"), {})
    with pytest.raises(NotConnected, match="Connect to HV-B first"):
        asyncio.run(workflow.run())
    with pytest.raises(RuntimeError, match="runs only once"):
        asyncio.run(workflow.run())
