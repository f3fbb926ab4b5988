"""Test failover: a "<name> - Test" VM, one at a time, removed by Stop-VMFailover (reference 5.5)."""

from __future__ import annotations

from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.runtime import Lab
from tests.lab.conftest import Shell, cmd, replicating


def test_test_failover_creates_and_stop_removes_the_test_vm(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    (test_vm,) = b.by_id(cmd("Start-VMFailover", AsTest=None, Confirm=False))
    assert test_vm.properties["Name"] == "SQL01 - Test"
    assert test_vm.properties["ReplicationMode"] is M.TestReplica
    assert test_vm.properties["Id"] != b.prop("SQL01", "Id")
    # Not connected to a network unless a test failover switch is configured.
    (nic,) = b.ok(cmd("Get-VMNetworkAdapter", VMName="SQL01 - Test"))
    assert nic.properties["SwitchName"] is None
    # Replication continues during the test.
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
    (rep,) = b.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert rep.properties["TestVirtualMachine"] is not None

    assert b.fails(cmd("Start-VMFailover", VMName="SQL01", AsTest=None, Confirm=False)).startswith(
        "InvalidState,"
    )
    b.by_id(cmd("Stop-VMFailover"))
    assert [v.properties["Name"] for v in b.ok(cmd("Get-VM"))] == ["SQL01"]


def test_test_failover_uses_the_test_switch_and_a_chosen_point(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a, RecoveryHistory=2)
    lab.advance(7200)
    b.ok(cmd("Set-VMNetworkAdapter", VMName="SQL01", TestReplicaSwitchName="Isolated"))
    (point, *_) = b.ok(cmd("Get-VMSnapshot", VMName="SQL01"))
    (test_vm,) = b.ok(
        cmd("Get-VMSnapshot", VMName="SQL01", Name=point.properties["Name"]),
        cmd("Start-VMFailover", AsTest=None, Confirm=False),
    )
    (nic,) = b.ok(cmd("Get-VMNetworkAdapter", VMName=test_vm.properties["Name"]))
    assert nic.properties["SwitchName"] == "Isolated"


def test_test_failover_refused_on_primary_and_while_resynchronizing(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    a.by_id(cmd("Stop-VM"))
    assert a.fails(cmd("Start-VMFailover", VMName="SQL01", AsTest=None, Confirm=False)).startswith(
        "InvalidParameter"
    )
    a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    a.ok(cmd("Resume-VMReplication", VMName="SQL01", Resynchronize=None))
    assert b.prop("SQL01", "ReplicationState") is S.Resynchronizing
    assert b.fails(cmd("Start-VMFailover", VMName="SQL01", AsTest=None, Confirm=False)).startswith(
        "InvalidState,"
    )
