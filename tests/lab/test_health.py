"""Health and state over time when things go wrong (reference 5.8), pause/resume and resync."""

from __future__ import annotations

from hvgui.lab.enums import VMReplicationHealthState as H
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import GIB
from hvgui.lab.runtime import Lab
from tests.lab.conftest import SQL_ID, B, Shell, cmd, replicating


def test_replica_down_goes_warning_then_error_then_resync_required(lab: Lab, a: Shell) -> None:
    replicating(lab, a, ReplicationFrequencySec=30)
    lab.set_host_down(B, True)
    lab.advance(300)
    assert a.prop("SQL01", "ReplicationState") is S.Replicating
    assert a.prop("SQL01", "ReplicationHealth") is H.Warning
    lab.advance(1800)
    assert a.prop("SQL01", "ReplicationState") is S.Error
    assert a.prop("SQL01", "ReplicationHealth") is H.Critical
    (health,) = a.ok(cmd("Measure-VMReplication", VMName="SQL01"))
    assert health.properties["MissedReplicationCount"] > 0
    assert health.properties["PendingReplicationSize"] > 0
    assert any("in error" in r for r in health.properties["ReplicationHealthDetails"])
    # The change log keeps growing until it passes half the disk: resynchronization required.
    lab.host("HV-A").vms[SQL_ID].change_rate = 10 * 1024**2
    lab.advance(1200)
    assert a.prop("SQL01", "ReplicationState") is S.WaitingForStartResynchronize
    lab.set_host_down(B, False)
    a.ok(cmd("Resume-VMReplication", VMName="SQL01", Resynchronize=None))
    assert a.prop("SQL01", "ReplicationState") is S.Resynchronizing
    lab.advance(600)
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_resume_after_error_replicates_again(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    lab.set_partition("HV-A", B, cut=True)
    lab.advance(3600)
    assert a.prop("SQL01", "ReplicationState") is S.Error
    lab.set_partition("HV-A", B, cut=False)
    a.ok(cmd("Resume-VMReplication", VMName="SQL01"))
    lab.advance(600)
    assert a.prop("SQL01", "ReplicationState") is S.Replicating


def test_pause_on_primary_is_warning_and_on_replica_critical(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    assert (a.prop("SQL01", "ReplicationState"), a.prop("SQL01", "ReplicationHealth")) == (
        S.Suspended,
        H.Warning,
    )
    a.ok(cmd("Resume-VMReplication", VMName="SQL01"))
    b.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    assert (b.prop("SQL01", "ReplicationState"), b.prop("SQL01", "ReplicationHealth")) == (
        S.Suspended,
        H.Critical,
    )
    b.ok(cmd("Resume-VMReplication", VMName="SQL01"))
    assert b.prop("SQL01", "ReplicationState") is S.Replicating


def test_paused_changes_are_sent_after_resume(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    lab.advance(1800)
    (paused,) = a.ok(cmd("Measure-VMReplication", VMName="SQL01"))
    assert paused.properties["PendingReplicationSize"] > 0
    a.ok(cmd("Resume-VMReplication", VMName="SQL01"))
    lab.advance(600)
    (resumed,) = a.ok(cmd("Measure-VMReplication", VMName="SQL01"))
    assert resumed.properties["PendingReplicationSize"] < paused.properties["PendingReplicationSize"]


def test_resume_and_suspend_refuse_wrong_states(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    assert a.fails(cmd("Resume-VMReplication", VMName="SQL01")).startswith("InvalidState,")
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    assert a.fails(cmd("Suspend-VMReplication", VMName="SQL01")).startswith("InvalidState,")


def test_stop_replication_cancels_a_resync(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    lab.host("HV-A").vms[SQL_ID].disks[0].file_bytes = 800 * GIB
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    a.ok(cmd("Resume-VMReplication", VMName="SQL01", Resynchronize=None))
    a.ok(cmd("Stop-VMReplication", VMName="SQL01"))
    assert a.prop("SQL01", "ReplicationState") is S.WaitingForStartResynchronize
    assert a.fails(cmd("Stop-VMReplication", VMName="SQL01")).startswith("InvalidState,")


def test_scheduled_resync_needs_resynchronize_and_a_valid_time(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    when = lab.now.replace(year=lab.now.year + 1).isoformat()
    assert a.fails(cmd("Resume-VMReplication", VMName="SQL01", ResynchronizeStartTime=when)).startswith(
        "InvalidParameter"
    )
    assert a.fails(
        cmd("Resume-VMReplication", VMName="SQL01", Resynchronize=None, ResynchronizeStartTime=when)
    ).startswith("InvalidParameter")


def test_reset_statistics_turns_missed_cycle_warning_back_to_normal(lab: Lab, a: Shell) -> None:
    replicating(lab, a, ReplicationFrequencySec=30)
    lab.set_partition("HV-A", B, cut=True)
    lab.advance(240)
    lab.set_partition("HV-A", B, cut=False)
    lab.advance(60)
    assert a.prop("SQL01", "ReplicationHealth") is H.Warning
    a.ok(cmd("Reset-VMReplicationStatistics", VMName="SQL01"))
    assert a.prop("SQL01", "ReplicationHealth") is H.Normal
