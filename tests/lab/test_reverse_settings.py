"""Set-VMReplication -Reverse with settings: they apply to the reversed relationship (reference 4.2).

Without settings the reversed relationship carries the original ones over; settings given with
-Reverse are checked as Enable-VMReplication checks them, and a refused call changes nothing.
"""

from __future__ import annotations

from typing import Any

import pytest

from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.runtime import Lab
from tests.lab.conftest import FQDN, A, B, Shell, cmd, replicating

SETTINGS = ("ReplicationFrequencySec", "RecoveryHistory", "VSSSnapshotFrequencyHour", "CompressionEnabled")


def planned(lab: Lab, a: Shell, b: Shell, **original: Any) -> None:
    """SQL01 failed over A -> B after a planned failover; A is prepared and waits for the reverse."""
    replicating(lab, a, **original)
    a.by_id(cmd("Stop-VM"))
    a.by_id(cmd("Start-VMFailover", Prepare=None, Confirm=False))
    b.by_id(cmd("Start-VMFailover", Confirm=False))


def unplanned(lab: Lab, a: Shell, b: Shell, **original: Any) -> None:
    """SQL01 failed over A -> B while A was down; the old copy on A is off and marked as replica."""
    replicating(lab, a, **original)
    lab.set_host_down(A, True)
    b.by_id(cmd("Start-VMFailover", Confirm=False))
    b.by_id(cmd("Complete-VMFailover", Confirm=False))
    lab.set_host_down(A, False)
    a.by_id(cmd("Stop-VM", TurnOff=None))
    a.by_id(cmd("Set-VMReplication", AsReplica=None, AllowedPrimaryServer=FQDN[B]))


def settings(shell: Shell) -> dict[str, Any]:
    (rep,) = shell.ok(cmd("Get-VMReplication", VMName="SQL01"))
    return {name: rep.properties[name] for name in SETTINGS}


def test_without_settings_the_reversed_relationship_keeps_the_original_ones(
    lab: Lab, a: Shell, b: Shell
) -> None:
    planned(lab, a, b, ReplicationFrequencySec=900, RecoveryHistory=4, VSSSnapshotFrequencyHour=2)
    b.by_id(cmd("Set-VMReplication", Reverse=None))
    kept = {
        "ReplicationFrequencySec": 900,
        "RecoveryHistory": 4,
        "VSSSnapshotFrequencyHour": 2,
        "CompressionEnabled": True,
    }
    assert settings(b) == settings(a) == kept


def test_settings_given_with_reverse_apply_to_both_ends_after_a_planned_failover(
    lab: Lab, a: Shell, b: Shell
) -> None:
    planned(lab, a, b)
    b.by_id(
        cmd(
            "Set-VMReplication",
            Reverse=None,
            ReplicationFrequencySec=30,
            RecoveryHistory=6,
            VSSSnapshotFrequencyHour=3,
            CompressionEnabled=False,
        )
    )
    chosen = {
        "ReplicationFrequencySec": 30,
        "RecoveryHistory": 6,
        "VSSSnapshotFrequencyHour": 3,
        "CompressionEnabled": False,
    }
    assert settings(b) == settings(a) == chosen
    assert (b.prop("SQL01", "ReplicationMode"), b.prop("SQL01", "ReplicationState")) == (
        M.Primary,
        S.Replicating,
    )


def test_settings_given_with_reverse_apply_after_an_unplanned_failover(lab: Lab, a: Shell, b: Shell) -> None:
    unplanned(lab, a, b, RecoveryHistory=4, VSSSnapshotFrequencyHour=2)
    b.by_id(
        cmd(
            "Set-VMReplication",
            Reverse=None,
            ReplicaServerName=FQDN[A],
            ReplicationFrequencySec=900,
            RecoveryHistory=0,
            DisableVSSSnapshotReplication=None,
        )
    )
    b.by_id(cmd("Start-VMInitialReplication"))
    lab.advance(1800)
    assert b.prop("SQL01", "ReplicationState") is S.Replicating
    expected = {
        "ReplicationFrequencySec": 900,
        "RecoveryHistory": 0,
        "VSSSnapshotFrequencyHour": 0,
        "CompressionEnabled": True,
    }
    assert settings(b) == settings(a) == expected


@pytest.mark.parametrize(
    ("extra", "fq"),
    [
        ({"ReplicationFrequencySec": 60}, "InvalidParameter,"),
        ({"ReplicationFrequencySec": 20}, "ParameterArgumentValidationError,"),
        ({"RecoveryHistory": 25}, "ParameterArgumentValidationError,"),
        ({"VSSSnapshotFrequencyHour": 13, "RecoveryHistory": 4}, "ParameterArgumentValidationError,"),
        ({"VSSSnapshotFrequencyHour": 4}, "InvalidParameter,"),
        ({"VSSSnapshotFrequencyHour": 4, "RecoveryHistory": 0}, "InvalidParameter,"),
    ],
)
def test_bad_settings_with_reverse_are_refused_and_change_nothing(
    lab: Lab, a: Shell, b: Shell, extra: dict[str, Any], fq: str
) -> None:
    planned(lab, a, b)
    assert b.fails(cmd("Get-VM", Name="SQL01"), cmd("Set-VMReplication", Reverse=None, **extra)).startswith(
        fq
    )
    assert (b.prop("SQL01", "ReplicationMode"), b.prop("SQL01", "ReplicationState")) == (
        M.Replica,
        S.FailedOverWaitingCompletion,
    )
    assert a.prop("SQL01", "ReplicationState") is S.PreparedForFailover


def test_dropping_the_history_of_a_relationship_with_vss_points_needs_vss_turned_off(
    lab: Lab, a: Shell, b: Shell
) -> None:
    unplanned(lab, a, b, RecoveryHistory=4, VSSSnapshotFrequencyHour=2)
    reverse = {"Reverse": None, "ReplicaServerName": FQDN[A], "RecoveryHistory": 0}
    # The VSS frequency carried over would outlive the recovery points it belongs to.
    assert b.fails(cmd("Get-VM", Name="SQL01"), cmd("Set-VMReplication", **reverse)).startswith(
        "InvalidParameter,"
    )
    assert b.prop("SQL01", "ReplicationMode") is M.Replica
    b.by_id(cmd("Set-VMReplication", VSSSnapshotFrequencyHour=0, **reverse))
    assert settings(b)["VSSSnapshotFrequencyHour"] == 0
