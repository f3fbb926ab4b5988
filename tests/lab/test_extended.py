"""Extended replication A -> B -> C, and removing replication (reference 5.6, 5.7)."""

from __future__ import annotations

from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.enums import VMReplicationRelationshipType as R
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.runtime import Lab
from tests.lab.conftest import FQDN, C, Shell, cmd, enable, replicating


def extended(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    enable(b, C, ReplicationFrequencySec=900)
    b.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
    lab.advance(1200)


def test_extend_from_the_replica_to_a_third_host(lab: Lab, a: Shell, b: Shell, c: Shell) -> None:
    extended(lab, a, b)
    assert c.prop("SQL01", "ReplicationMode") is M.ExtendedReplica
    assert c.prop("SQL01", "ReplicationState") is S.Replicating
    relations = b.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert [r.properties["ReplicationRelationshipType"] for r in relations] == [R.Simple, R.Extended]
    (ext,) = b.ok(cmd("Get-VMReplication", VMName="SQL01", ReplicationRelationshipType="Extended"))
    assert ext.properties["ReplicaServerName"] == FQDN[C]
    assert ext.properties["ReplicationFrequencySec"] == 900
    (health,) = b.ok(cmd("Measure-VMReplication", VMName="SQL01", ReplicationRelationshipType="Extended"))
    assert health.properties["SuccessfulReplicationCount"] >= 1


def test_extended_frequency_rules(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a, ReplicationFrequencySec=900)
    base = {
        "VMName": "SQL01",
        "ReplicaServerName": FQDN[C],
        "ReplicaServerPort": 80,
        "AuthenticationType": "Kerberos",
    }
    assert b.fails(cmd("Enable-VMReplication", **base, ReplicationFrequencySec=30)).startswith(
        "InvalidParameter,"
    )
    # Not shorter than the primary relationship's 15 minutes.
    assert b.fails(cmd("Enable-VMReplication", **base, ReplicationFrequencySec=300)).startswith(
        "InvalidParameter,"
    )
    fq = b.fails(
        cmd(
            "Enable-VMReplication",
            **base,
            ReplicationFrequencySec=900,
            RecoveryHistory=2,
            VSSSnapshotFrequencyHour=1,
        )
    )
    assert fq.startswith("InvalidParameter,")
    assert b.ok(cmd("Get-VMReplication", VMName="SQL01", ReplicationRelationshipType="Extended")) == []


def test_extended_replica_cannot_be_extended_again(lab: Lab, a: Shell, b: Shell, c: Shell) -> None:
    extended(lab, a, b)
    fq = c.fails(
        cmd(
            "Enable-VMReplication",
            VMName="SQL01",
            ReplicaServerName=FQDN["HV-A"],
            ReplicaServerPort=80,
            AuthenticationType="Kerberos",
        )
    )
    assert fq.startswith("InvalidOperation,")


def test_failover_a_to_b_then_continue_b_to_c(lab: Lab, a: Shell, b: Shell, c: Shell) -> None:
    extended(lab, a, b)
    lab.set_host_down("HV-A", True)
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    # Reversing is refused while B -> C exists: a VM has only one Replica.
    assert b.fails(cmd("Set-VMReplication", VMName="SQL01", Reverse=None)).startswith("InvalidOperation,")
    b.ok(cmd("Resume-VMReplication", VMName="SQL01", Continue=None))
    assert b.prop("SQL01", "ReplicationMode") is M.Primary
    assert c.prop("SQL01", "ReplicationMode") is M.Replica
    lab.advance(1800)
    assert b.prop("SQL01", "ReplicationState") is S.Replicating


def test_remove_extended_then_both_ends(lab: Lab, a: Shell, b: Shell, c: Shell) -> None:
    extended(lab, a, b)
    # The primary relationship of B cannot go while B -> C exists.
    assert b.fails(cmd("Remove-VMReplication", VMName="SQL01")).startswith("InvalidOperation,")
    b.ok(cmd("Remove-VMReplication", VMName="SQL01", ReplicationRelationshipType="Extended"))
    c.ok(cmd("Remove-VMReplication", VMName="SQL01"))
    a.ok(cmd("Remove-VMReplication", VMName="SQL01"))
    b.ok(cmd("Remove-VMReplication", VMName="SQL01"))
    for shell in (a, b, c):
        assert shell.prop("SQL01", "ReplicationMode") is M.None_
        assert shell.prop("SQL01", "ReplicationState") is S.Disabled
    assert a.fails(cmd("Remove-VMReplication", VMName="SQL01")).startswith("InvalidOperation,")


def test_removing_only_the_primary_side_leaves_the_replica(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    a.ok(cmd("Remove-VMReplication", VMName="SQL01"))
    assert b.prop("SQL01", "ReplicationMode") is M.Replica
    lab.advance(2 * 3600)
    # Nothing arrives any more: the replica falls behind and says so.
    (health,) = b.ok(cmd("Measure-VMReplication", VMName="SQL01"))
    assert any("behind" in r for r in health.properties["ReplicationHealthDetails"])


def test_extended_replication_ships_what_arrived_from_the_primary(lab: Lab, a: Shell, b: Shell) -> None:
    extended(lab, a, b)
    lab.advance(1800)
    (health,) = b.ok(cmd("Measure-VMReplication", VMName="SQL01", ReplicationRelationshipType="Extended"))
    assert health.properties["AverageReplicationSize"] > 0
    (disk,) = Shell(lab, C).ok(cmd("Get-VMHardDiskDrive", VMName="SQL01"), cmd("Get-VHD"))
    assert disk.properties["FileSize"] > 0
