"""Replica-server settings, authorization entries and Test-VMReplicationConnection (reference 4.1)."""

from __future__ import annotations

from datetime import timedelta

from hvgui.lab.cmdlets.server import CONNECTION_OK
from hvgui.lab.enums import RecoveryAuthenticationType
from hvgui.lab.runtime import Lab
from tests.lab.conftest import FQDN, B, Shell, cmd

TEST = {"ReplicaServerName": FQDN[B], "ReplicaServerPort": 80, "AuthenticationType": "Kerberos"}


def test_connection_succeeds_with_matching_settings(a: Shell) -> None:
    assert a.ok(cmd("Test-VMReplicationConnection", **TEST)) == [CONNECTION_OK]


def test_connection_fails_for_each_mismatch(lab: Lab, a: Shell) -> None:
    assert a.fails(cmd("Test-VMReplicationConnection", **{**TEST, "ReplicaServerPort": 81})).startswith(
        "OperationFailed"
    )
    lab.host(B).replica.allow_any = False
    assert a.fails(cmd("Test-VMReplicationConnection", **TEST)).startswith("AccessDenied,")
    lab.host(B).replica.enabled = False
    assert a.fails(cmd("Test-VMReplicationConnection", **TEST)).startswith("OperationFailed")
    lab.host(B).replica.enabled = True
    lab.set_host_down(B, True)
    assert a.fails(cmd("Test-VMReplicationConnection", **TEST)).startswith("OperationFailed")


def test_get_and_set_replication_server(b: Shell) -> None:
    b.ok(
        cmd(
            "Set-VMReplicationServer",
            ReplicationEnabled=True,
            AllowedAuthenticationType="CertificateAndKerberos",
            CertificateThumbprint="B" * 40,
            CertificateAuthenticationPort=8443,
            KerberosAuthenticationPort=8080,
            MonitoringInterval="06:00:00",
        )
    )
    (srv,) = b.ok(cmd("Get-VMReplicationServer"))
    p = srv.properties
    assert p["AllowedAuthenticationType"] is RecoveryAuthenticationType.CertificateAndKerberos
    assert (p["KerberosAuthenticationPort"], p["CertificateAuthenticationPort"]) == (8080, 8443)
    assert p["MonitoringInterval"] == timedelta(hours=6)


def test_replication_server_validation(b: Shell) -> None:
    fails = [
        {"AllowedAuthenticationType": "Certificate", "CertificateThumbprint": "F" * 40},
        {"ReplicationAllowedFromAnyServer": True, "DefaultStorageLocation": ""},
        {"KerberosAuthenticationPort": 0},
        {"MonitoringInterval": "05:00:00"},
    ]
    for params in fails:
        assert b.fails(cmd("Set-VMReplicationServer", **params)).startswith("InvalidParameter,"), params


def test_authorization_entries_crud_and_wildcards(lab: Lab, b: Shell) -> None:
    b.ok(cmd("Set-VMReplicationServer", ReplicationAllowedFromAnyServer=False))
    b.ok(cmd("New-VMReplicationAuthorizationEntry", "*.lab.test", "E:\\Replica", "Zentrale"))
    assert b.fails(cmd("New-VMReplicationAuthorizationEntry", "*.lab.test", "F:\\", "X")).startswith(
        "ObjectExists,"
    )
    assert b.fails(cmd("New-VMReplicationAuthorizationEntry", "hv.*.test", "F:\\", "X")).startswith(
        "InvalidParameter"
    )
    b.ok(cmd("Set-VMReplicationAuthorizationEntry", AllowedPrimaryServer="*.lab.test", TrustGroup="Nord"))
    (entry,) = b.ok(cmd("Get-VMReplicationAuthorizationEntry"))
    assert entry.properties["TrustGroup"] == "Nord"
    assert Shell(lab, "HV-A").ok(cmd("Test-VMReplicationConnection", **TEST)) == [CONNECTION_OK]
    b.ok(cmd("Remove-VMReplicationAuthorizationEntry", TrustGroup="Nord"))
    assert b.ok(cmd("Get-VMReplicationAuthorizationEntry")) == []


def test_entries_are_refused_while_any_server_is_allowed(b: Shell) -> None:
    fq = b.fails(cmd("New-VMReplicationAuthorizationEntry", "*.lab.test", "E:\\", "G"))
    assert fq.startswith("InvalidOperation,")
