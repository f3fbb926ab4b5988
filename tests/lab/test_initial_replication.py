"""Enabling replication and the three ways of initial replication (reference 4.2, 4.3, 5.1)."""

from __future__ import annotations

from datetime import timedelta

from hvgui.lab.enums import VMReplicationHealthState as H
from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.runtime import Lab
from tests.lab.conftest import FQDN, SQL_ID, B, Shell, cmd, enable


def test_enable_creates_primary_and_placeholder_replica_with_the_same_id(a: Shell, b: Shell) -> None:
    enable(a, B)
    primary = a.vm()
    assert (primary.properties["ReplicationMode"], primary.properties["ReplicationState"]) == (
        M.Primary,
        S.ReadyForInitialReplication,
    )
    assert primary.properties["ReplicationHealth"] is H.Warning
    replica = b.vm()
    assert replica.properties["Id"] == SQL_ID
    assert (replica.properties["ReplicationMode"], replica.properties["ReplicationState"]) == (
        M.Replica,
        S.WaitingForInitialReplication,
    )
    # Replica NICs are not connected to a switch.
    (nic,) = b.ok(cmd("Get-VMNetworkAdapter", VMName="SQL01"))
    assert nic.properties["SwitchName"] is None


def test_network_initial_replication_shows_progress_then_replicates(lab: Lab, a: Shell, b: Shell) -> None:
    enable(a, B)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
    assert a.prop("SQL01", "ReplicationState") is S.InitialReplicationInProgress
    lab.advance(60)
    assert a.prop("SQL01", "Status").startswith("Sending initial replica (")
    assert b.prop("SQL01", "Status").startswith("Receiving initial replica (")
    lab.advance(600)
    assert a.prop("SQL01", "ReplicationState") is S.Replicating
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
    assert a.prop("SQL01", "ReplicationHealth") is H.Normal


def test_replication_cycles_advance_last_replication_time(lab: Lab, a: Shell, b: Shell) -> None:
    enable(a, B, ReplicationFrequencySec=30)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
    lab.advance(600)
    (first,) = a.ok(cmd("Get-VMReplication", VMName="SQL01"))
    lab.advance(95)
    (later,) = b.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert later.properties["LastReplicationTime"] - first.properties["LastReplicationTime"] >= timedelta(
        seconds=90
    )
    (health,) = a.ok(cmd("Measure-VMReplication", VMName="SQL01"))
    assert health.properties["SuccessfulReplicationCount"] >= 3
    assert health.properties["AverageReplicationSize"] > 0


def test_scheduled_initial_replication_waits_for_its_start_time(lab: Lab, a: Shell) -> None:
    enable(a, B)
    when = (lab.now + timedelta(hours=1)).isoformat()
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01", InitialReplicationStartTime=when))
    lab.advance(1800)
    assert a.prop("SQL01", "ReplicationState") is S.ReadyForInitialReplication
    lab.advance(1800 + 600)
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_schedule_via_set_vmreplication_is_refused_in_the_past_or_beyond_seven_days(
    lab: Lab, a: Shell
) -> None:
    enable(a, B)
    past = (lab.now - timedelta(minutes=1)).isoformat()
    beyond = (lab.now + timedelta(days=7, minutes=1)).isoformat()
    for when in (past, beyond):
        fq = a.fails(cmd("Set-VMReplication", VMName="SQL01", InitialReplicationStartTime=when))
        assert fq.startswith("InvalidParameter,")
    assert a.prop("SQL01", "ReplicationState") is S.ReadyForInitialReplication


def test_external_media_export_then_import_on_the_replica(lab: Lab, a: Shell, b: Shell) -> None:
    enable(a, B)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01", DestinationPath="E:\\Export"))
    assert a.prop("SQL01", "ReplicationState") is S.InitialReplicationInProgress
    lab.advance(3600)
    assert b.prop("SQL01", "ReplicationState") is S.WaitingForInitialReplication
    assert b.fails(cmd("Import-VMInitialReplication", VMName="SQL01", Path="F:\\Wrong")).startswith(
        "ObjectNotFound,"
    )
    b.ok(cmd("Import-VMInitialReplication", VMName="SQL01", Path=f"E:\\Export\\SQL01_{SQL_ID}"))
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_external_media_cannot_combine_with_a_schedule(lab: Lab, a: Shell) -> None:
    enable(a, B)
    when = (lab.now + timedelta(hours=1)).isoformat()
    fq = a.fails(
        cmd(
            "Start-VMInitialReplication",
            VMName="SQL01",
            DestinationPath="E:\\",
            InitialReplicationStartTime=when,
        )
    )
    assert fq.startswith("InvalidParameter,")


def test_existing_vm_on_the_replica_as_initial_copy(lab: Lab, a: Shell, b: Shell) -> None:
    # A restored copy with the same Id sits on B, marked -AsReplica before replication is enabled.
    import copy

    restored = copy.deepcopy(lab.host("HV-A").vms[SQL_ID])
    restored.state = restored.state.__class__.Off
    lab.host("HV-B").vms[SQL_ID] = restored
    b.ok(cmd("Enable-VMReplication", VMName="SQL01", AsReplica=None, AllowedPrimaryServer=FQDN["HV-A"]))
    assert b.prop("SQL01", "ReplicationState") is S.WaitingForInitialReplication
    enable(a, B)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01", UseBackup=None))
    lab.advance(300)
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_stop_initial_replication_returns_to_ready(a: Shell) -> None:
    enable(a, B)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
    a.ok(cmd("Stop-VMInitialReplication", VMName="SQL01"))
    assert a.prop("SQL01", "ReplicationState") is S.ReadyForInitialReplication
    assert a.fails(cmd("Stop-VMInitialReplication", VMName="SQL01")).startswith("InvalidState,")


def test_initial_replication_needs_the_ready_state(lab: Lab, a: Shell) -> None:
    enable(a, B)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
    lab.advance(900)
    assert a.fails(cmd("Start-VMInitialReplication", VMName="SQL01")).startswith("InvalidState,")
