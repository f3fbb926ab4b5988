"""Enable-/Set-VMReplication refuse bad settings with Hyper-V's errors and change nothing."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import pytest

from hvgui.lab.enums import VMReplicationMode as M
from hvgui.lab.model import AuthorizationEntry, LabVM
from hvgui.lab.runtime import Lab
from tests.lab.conftest import FQDN, A, B, Shell, cmd, enable, replicating

BASE = {
    "VMName": "SQL01",
    "ReplicaServerName": FQDN[B],
    "ReplicaServerPort": 80,
    "AuthenticationType": "Kerberos",
}


@pytest.mark.parametrize(
    ("extra", "fq"),
    [
        ({"ReplicationFrequencySec": 60}, "InvalidParameter,"),
        ({"ReplicationFrequencySec": 20}, "ParameterArgumentValidationError,"),
        ({"ReplicationFrequencySec": 3600}, "ParameterArgumentValidationError,"),
        ({"RecoveryHistory": 25}, "ParameterArgumentValidationError,"),
        ({"VSSSnapshotFrequencyHour": 13, "RecoveryHistory": 4}, "ParameterArgumentValidationError,"),
        ({"VSSSnapshotFrequencyHour": 4}, "InvalidParameter,"),
        ({"ReplicaServerPort": 70000}, "ParameterArgumentValidationError,"),
        ({"AuthenticationType": "Certificate", "ReplicaServerPort": 443}, "InvalidParameter,"),
        ({"CertificateThumbprint": "A" * 40}, "InvalidParameter,"),
        ({"ExcludedVhdPath": ["C:\\nope.vhdx"]}, "InvalidParameter,"),
        ({"ReplicaServerName": "bad name!"}, "InvalidParameter,"),
        ({"ReplicaServerName": "hv-z.lab.test"}, "OperationFailed,"),
    ],
)
def test_bad_settings_are_refused(a: Shell, extra: dict[str, Any], fq: str) -> None:
    assert a.fails(cmd("Enable-VMReplication", **{**BASE, **extra})).startswith(fq)
    assert a.prop("SQL01", "ReplicationMode") is M.None_


def test_a_host_that_is_not_a_replica_server_cannot_be_reached(lab: Lab, a: Shell) -> None:
    lab.host(B).replica.enabled = False
    assert a.fails(cmd("Enable-VMReplication", **BASE)).startswith("OperationFailed,")


def test_wrong_port_or_authentication_looks_like_no_listener(lab: Lab, a: Shell) -> None:
    assert a.fails(cmd("Enable-VMReplication", **{**BASE, "ReplicaServerPort": 8080})).startswith(
        "OperationFailed,"
    )
    fq = a.fails(
        cmd(
            "Enable-VMReplication",
            **{
                **BASE,
                "ReplicaServerPort": 443,
                "AuthenticationType": "Certificate",
                "CertificateThumbprint": "A" * 40,
            },
        )
    )
    assert fq.startswith("OperationFailed,")


def test_an_unauthorized_primary_is_refused(lab: Lab, a: Shell) -> None:
    replica = lab.host(B).replica
    replica.allow_any = False
    fq = a.fails(cmd("Enable-VMReplication", **BASE))
    assert fq == "AccessDenied,Microsoft.HyperV.PowerShell.Commands.EnableVMReplication"
    replica.entries.append(AuthorizationEntry("*.lab.test", "E:\\Replicas", "Zentrale"))
    enable(a, B)
    (rep,) = Shell(lab, B).ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert rep.properties["ReplicationMode"] is M.Replica


def test_certificate_replication_with_a_valid_thumbprint(lab: Lab, a: Shell) -> None:
    server = lab.host(B)
    server.replica.auth = server.replica.auth.__class__.CertificateAndKerberos
    enable_cert = {
        **BASE,
        "ReplicaServerPort": 443,
        "AuthenticationType": "Certificate",
        "CertificateThumbprint": "A" * 40,
    }
    a.ok(cmd("Enable-VMReplication", **enable_cert))
    (rep,) = a.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert rep.properties["CertificateThumbprint"] == "A" * 40


def test_enabling_twice_is_refused(a: Shell) -> None:
    enable(a, B)
    assert a.fails(cmd("Enable-VMReplication", **BASE)).startswith("InvalidOperation,")


def test_set_replication_changes_settings_on_both_ends(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    a.ok(cmd("Set-VMReplication", VMName="SQL01", ReplicationFrequencySec=30, RecoveryHistory=6))
    (primary,) = a.ok(cmd("Get-VMReplication", VMName="SQL01"))
    (replica,) = b.ok(cmd("Get-VMReplication", VMName="SQL01"))
    assert (
        primary.properties["ReplicationFrequencySec"] == replica.properties["ReplicationFrequencySec"] == 30
    )
    assert replica.properties["RecoveryHistory"] == 6


def test_set_replication_needs_a_setting_and_is_refused_on_the_replica(lab: Lab, a: Shell, b: Shell) -> None:
    replicating(lab, a)
    assert a.fails(cmd("Set-VMReplication", VMName="SQL01")).startswith("InvalidParameter,")
    assert b.fails(cmd("Set-VMReplication", VMName="SQL01", RecoveryHistory=2)).startswith(
        "InvalidOperation,"
    )
    assert a.fails(cmd("Set-VMReplication", VMName="SQL01", AsReplica=None, RecoveryHistory=2)).startswith(
        "InvalidParameter,"
    )


def test_replica_server_cannot_be_swapped_for_another_host(lab: Lab, a: Shell) -> None:
    replicating(lab, a)
    fq = a.fails(cmd("Set-VMReplication", VMName="SQL01", ReplicaServerName="hv-c.lab.test"))
    assert fq.startswith("InvalidParameter,")


def test_as_replica_needs_an_allowed_primary_when_not_open_to_any(lab: Lab, b: Shell) -> None:
    lab.host(B).replica.allow_any = False
    restored = LabVM(id=UUID(int=77), name="Restored")
    lab.host(B).vms[restored.id] = restored
    assert b.fails(cmd("Set-VMReplication", VMName="Restored", AsReplica=None)).startswith(
        "InvalidParameter,"
    )
    assert b.fails(
        cmd("Set-VMReplication", VMName="Restored", AsReplica=None, AllowedPrimaryServer=FQDN[A])
    ).startswith("InvalidParameter,")
    lab.host(B).replica.entries.append(AuthorizationEntry(FQDN[A], "E:\\R", "G"))
    b.ok(cmd("Set-VMReplication", VMName="Restored", AsReplica=None, AllowedPrimaryServer=FQDN[A]))
    assert b.prop("Restored", "ReplicationMode") is M.Replica
