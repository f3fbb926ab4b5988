"""Unplanned failover to a recovery point, cancel, complete and failback (reference 5.4)."""

from __future__ import annotations

from datetime import timedelta

from hvgui.lab.enums import SnapshotType, VMState
from hvgui.lab.enums import VMReplicationHealthState as H
from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.runtime import Lab
from tests.lab.conftest import FQDN, A, B, Shell, cmd, replicating


def test_unplanned_failover_complete_and_failback_with_as_replica(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    lab.set_host_down(A, True)
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    b.by_id(cmd("Start-VM"))
    assert b.prop("SQL01", "State") is VMState.Running
    b.by_id(cmd("Complete-VMFailover", Confirm=False))
    assert b.prop("SQL01", "ReplicationState") is S.FailedOver
    assert b.prop("SQL01", "ReplicationHealth") is H.Warning

    # The old primary comes back; it must be turned off and marked as replica before reversing.
    lab.set_host_down(A, False)
    assert b.fails(
        cmd("Set-VMReplication", VMName="SQL01", Reverse=None, ReplicaServerName=FQDN[A])
    ).startswith("ObjectExists,")
    a.by_id(cmd("Stop-VM", TurnOff=None))
    a.by_id(cmd("Set-VMReplication", AsReplica=None, AllowedPrimaryServer=FQDN[B]))
    assert a.prop("SQL01", "ReplicationMode") is M.Replica
    assert a.prop("SQL01", "ReplicationState") is S.WaitingForInitialReplication
    b.by_id(cmd("Set-VMReplication", Reverse=None, ReplicaServerName=FQDN[A]))
    assert b.prop("SQL01", "ReplicationState") is S.ReadyForInitialReplication
    b.by_id(cmd("Start-VMInitialReplication"))
    lab.advance(900)
    assert (b.prop("SQL01", "ReplicationMode"), b.prop("SQL01", "ReplicationState")) == (
        M.Primary,
        S.Replicating,
    )
    assert (a.prop("SQL01", "ReplicationMode"), a.prop("SQL01", "ReplicationState")) == (
        M.Replica,
        S.Replicating,
    )


def test_failover_to_a_chosen_recovery_point_then_cancel_and_choose_another(
    lab: Lab, a: Shell, b: Shell
) -> None:
    replicating(lab, a, RecoveryHistory=4)
    lab.advance(3 * 3600)
    points = b.ok(cmd("Get-VMSnapshot", VMName="SQL01", SnapshotType="Replica"))
    assert len(points) >= 3
    oldest = points[0].properties["Name"]
    b.ok(cmd("Get-VMSnapshot", VMName="SQL01", Name=oldest), cmd("Start-VMFailover", Confirm=False))
    assert b.prop("SQL01", "ReplicationState") is S.FailedOverWaitingCompletion
    b.by_id(cmd("Start-VM"))
    b.by_id(cmd("Stop-VMFailover"))
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
    assert b.prop("SQL01", "State") is VMState.Off
    newest = points[-1].properties["Name"]
    b.ok(cmd("Get-VMSnapshot", VMName="SQL01", Name=newest), cmd("Start-VMFailover", Confirm=False))
    b.by_id(cmd("Complete-VMFailover", Confirm=False))
    assert b.ok(cmd("Get-VMSnapshot", VMName="SQL01")) == []


def test_recovery_points_are_hourly_and_app_consistent_and_pruned(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a, RecoveryHistory=3, VSSSnapshotFrequencyHour=2)
    lab.advance(6 * 3600)
    points = b.ok(cmd("Get-VMSnapshot", VMName="SQL01"))
    kinds = [p.properties["SnapshotType"] for p in points]
    assert len(points) == 3
    assert SnapshotType.AppConsistentReplica in kinds
    assert set(kinds) <= {SnapshotType.Replica, SnapshotType.AppConsistentReplica}


def test_failover_is_refused_before_any_replication_arrived(a: Shell, b: Shell) -> None:
    a.ok(
        cmd(
            "Enable-VMReplication",
            VMName="SQL01",
            ReplicaServerName=FQDN[B],
            ReplicaServerPort=80,
            AuthenticationType="Kerberos",
        )
    )
    assert b.fails(cmd("Start-VMFailover", VMName="SQL01", Confirm=False)).startswith("InvalidState,")


def test_complete_needs_a_failover_in_progress(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    fq = b.fails(cmd("Complete-VMFailover", VMName="SQL01", Confirm=False))
    assert fq == "InvalidState,Microsoft.HyperV.PowerShell.Commands.CompleteVMFailover"


def test_split_brain_primary_keeps_running_and_falls_into_error(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    lab.advance(3600)
    # The primary cannot ship to a replica that has failed over: it ends in Error, Critical.
    assert a.prop("SQL01", "State") is VMState.Running
    assert a.prop("SQL01", "ReplicationState") is S.Error
    assert a.prop("SQL01", "ReplicationHealth") is H.Critical


def test_reverse_after_unplanned_failover_can_schedule_its_initial_replication(
    lab: Lab, a: Shell, b: Shell
) -> None:
    replicating(lab, a)
    lab.set_host_down(A, True)
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    lab.set_host_down(A, False)
    a.by_id(cmd("Stop-VM", TurnOff=None))
    a.by_id(cmd("Set-VMReplication", AsReplica=None, AllowedPrimaryServer=FQDN[B]))
    when = (lab.now + timedelta(hours=2)).isoformat()
    b.by_id(
        cmd("Set-VMReplication", Reverse=None, ReplicaServerName=FQDN[A], InitialReplicationStartTime=when)
    )
    lab.advance(3600)
    assert b.prop("SQL01", "ReplicationState") is S.ReadyForInitialReplication
    lab.advance(3600 + 900)
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
