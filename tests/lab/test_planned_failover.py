"""Planned failover with reverse replication, step by step (reference 5.3)."""

from __future__ import annotations

from hvgui.lab.enums import SnapshotType, VMState
from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.runtime import Lab
from tests.lab.conftest import Shell, cmd, replicating


def test_planned_failover_reverse_and_start(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM"))
    a.by_id(cmd("Start-VMFailover", Prepare=None, Confirm=False))
    assert a.prop("SQL01", "ReplicationState") is S.PreparedForFailover
    synced = b.ok(cmd("Get-VMSnapshot", VMName="SQL01", SnapshotType="SyncedReplica"))
    assert [s.properties["SnapshotType"] for s in synced] == [SnapshotType.SyncedReplica]

    b.by_id(cmd("Start-VMFailover", Confirm=False))
    assert b.prop("SQL01", "ReplicationState") is S.FailedOverWaitingCompletion
    b.by_id(cmd("Set-VMReplication", Reverse=None))
    b.by_id(cmd("Start-VM"))

    new_primary, old_primary = b.vm(), a.vm()
    assert (new_primary.properties["ReplicationMode"], new_primary.properties["ReplicationState"]) == (
        M.Primary,
        S.Replicating,
    )
    assert new_primary.properties["State"] is VMState.Running
    assert (old_primary.properties["ReplicationMode"], old_primary.properties["ReplicationState"]) == (
        M.Replica,
        S.Replicating,
    )
    (rep,) = b.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert rep.properties["PrimaryServerName"] == "hv-b.lab.test"
    assert rep.properties["ReplicaServerName"] == "hv-a.lab.test"
    before = rep.properties["LastReplicationTime"]
    lab.advance(900)
    (after,) = a.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert after.properties["LastReplicationTime"] > before


def test_prepare_refuses_a_running_primary_and_changes_nothing(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    fq = a.fails(
        cmd("Get-VM", Id=str(a.prop("SQL01", "Id"))), cmd("Start-VMFailover", Prepare=None, Confirm=False)
    )
    assert fq == "InvalidState,Microsoft.HyperV.PowerShell.Commands.StartVMFailover"
    assert a.prop("SQL01", "ReplicationState") is S.Replicating
    assert a.prop("SQL01", "State") is VMState.Running


def test_prepare_needs_replicating_state(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM", TurnOff=None))
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    assert a.fails(cmd("Start-VMFailover", VMName="SQL01", Prepare=None, Confirm=False)).startswith(
        "InvalidState,"
    )


def test_cancel_before_failover_on_the_replica(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM"))
    a.by_id(cmd("Start-VMFailover", Prepare=None, Confirm=False))
    # A prepared primary is locked against starting.
    assert a.fails(cmd("Start-VM", Name="SQL01")).startswith("InvalidState,")
    a.by_id(cmd("Stop-VMFailover"))
    assert a.prop("SQL01", "ReplicationState") is S.Replicating
    a.by_id(cmd("Start-VM"))


def test_cancel_after_failover_on_the_replica(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM"))
    a.by_id(cmd("Start-VMFailover", Prepare=None, Confirm=False))
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    b.by_id(cmd("Stop-VMFailover"))
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
    a.by_id(cmd("Stop-VMFailover"))
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_reverse_fails_when_the_old_primary_is_not_a_replica_server(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    lab.host("HV-A").replica.enabled = False
    a.by_id(cmd("Stop-VM"))
    a.by_id(cmd("Start-VMFailover", Prepare=None, Confirm=False))
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    assert b.fails(cmd("Set-VMReplication", VMName="SQL01", Reverse=None)).startswith("OperationFailed,")
    assert b.prop("SQL01", "ReplicationState") is S.FailedOverWaitingCompletion


def test_high_impact_cmdlets_refuse_to_prompt_without_confirm_false(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM"))
    fq = a.fails(cmd("Get-VM", Name="SQL01"), cmd("Start-VMFailover", Prepare=None))
    assert fq.startswith("HostFunctionNotImplemented,")
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_primary_only_accepts_prepare(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM"))
    assert a.fails(cmd("Start-VMFailover", VMName="SQL01", AsTest=None, Confirm=False)).startswith(
        "InvalidParameter,"
    )
    assert a.fails(cmd("Start-VMFailover", VMName="SQL01", Confirm=False)).startswith("InvalidParameter,")


def test_replica_cannot_start_before_failover(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    assert b.fails(cmd("Start-VM", Name="SQL01")).startswith("InvalidState,")


def test_replica_on_b_shows_b_to_replica_server_name(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    (rep,) = b.ok(cmd("Get-VMReplication"))
    assert rep.properties["ReplicaServerName"] == "hv-b.lab.test"
    assert rep.properties["ReplicationMode"] is M.Replica
