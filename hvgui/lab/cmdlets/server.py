"""Replica-server settings, authorization entries and Test-VMReplicationConnection."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from hvgui.lab import objects
from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets.common import as_list
from hvgui.lab.context import Context, wildcard_regex
from hvgui.lab.enums import ErrorCategory, RecoveryAuthenticationType, ReplicationAuthenticationType
from hvgui.lab.model import AuthorizationEntry, LabHost
from hvgui.lab.records import LabError, LabObject
from hvgui.lab.runtime import cmdlet

CONNECTION_OK = "The connection to the specified Replica server with the specified parameters was successful."
_VERIFY = (
    "Verify that the specified server is enabled as a Replica server, allows inbound connections on the "
    "specified port, and supports the same authentication scheme."
)
_MONITORING_INTERVALS = {timedelta(hours=h) for h in (1, 2, 3, 4, 6, 8, 12, 24)} | {
    timedelta(days=d) for d in range(2, 8)
}
_FQDN = re.compile(
    r"^(\*|[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


@dataclass(frozen=True)
class Admission:
    """What a Replica server grants a primary: where replicas go and under which trust group."""

    host: LabHost
    storage_location: str
    trust_group: str


def connect_replica_server(
    ctx: Context,
    server_name: str,
    port: int,
    auth: ReplicationAuthenticationType,
    thumbprint: str = "",
) -> LabHost:
    """What the primary's connection attempt meets on the wire (Test-VMReplicationConnection).

    A server that is not a Replica server, a wrong port and an authentication type the server does not
    offer all look the same from the primary: nothing answers on that port with that scheme.
    """
    target = ctx.lab.find_host(server_name)
    if target is None:
        raise _connect_error(
            ctx, server_name, "The server name or address could not be resolved (0x00002EE7)."
        )
    if auth is ReplicationAuthenticationType.Certificate:
        if not thumbprint:
            raise ctx.argument_error(
                "The certificate thumbprint must be specified for certificate-based authentication.",
                "CertificateThumbprint",
            )
        if thumbprint.upper() not in (t.upper() for t in ctx.host.certificates):
            raise ctx.error(
                f"The certificate with thumbprint '{thumbprint}' was not found in the local machine store or "
                "is not valid for Hyper-V Replica (Client and Server Authentication).",
                ErrorCategory.InvalidArgument,
                "InvalidParameter",
                thumbprint,
            )
    elif thumbprint:
        raise ctx.argument_error(
            "A certificate thumbprint can be given only with certificate-based authentication.",
            "CertificateThumbprint",
        )
    if not ctx.lab.reachable(ctx.host, target):
        raise _connect_error(
            ctx, server_name, "A connection with the server could not be established (0x00002EFD)."
        )
    r = target.replica
    kerberos = r.auth in (
        RecoveryAuthenticationType.Kerberos,
        RecoveryAuthenticationType.CertificateAndKerberos,
    )
    certificate = r.auth in (
        RecoveryAuthenticationType.Certificate,
        RecoveryAuthenticationType.CertificateAndKerberos,
    )
    listening = r.enabled and (
        (auth is ReplicationAuthenticationType.Kerberos and kerberos and port == r.kerberos_port)
        or (auth is ReplicationAuthenticationType.Certificate and certificate and port == r.certificate_port)
    )
    if not listening:
        raise _connect_error(
            ctx, server_name, "A connection with the server could not be established (0x00002EFD)."
        )
    return target


def admit(ctx: Context, target: LabHost, primary: LabHost) -> Admission:
    """The Replica server's authorization check for a primary (by its FQDN)."""
    r = target.replica
    if r.allow_any:
        return Admission(target, r.default_storage, "DEFAULT")
    for entry in r.entries:
        if wildcard_regex(entry.allowed_primary_server).fullmatch(primary.fqdn) or (
            entry.allowed_primary_server.lower() == primary.name.lower()
        ):
            return Admission(target, entry.storage_location, entry.trust_group)
    raise ctx.error(
        f"The Replica server '{target.fqdn}' is not authorized to accept replication from the primary server "
        f"'{primary.fqdn}'. Add an authorization entry for the primary server on the Replica server, or allow "
        "replication from any authenticated server.",
        ErrorCategory.PermissionDenied,
        "AccessDenied",
        primary.fqdn,
    )


def _connect_error(ctx: Context, server: str, cause: str) -> LabError:
    return ctx.error(
        f"Hyper-V cannot connect to the specified Replica server '{server}'. Error: {cause} {_VERIFY}",
        ErrorCategory.ConnectionError,
        "OperationFailed",
        server,
    )


@cmdlet("Test-VMReplicationConnection")
def test_connection(ctx: Context, call: BoundCall) -> Iterable[str]:
    target = connect_replica_server(
        ctx,
        str(call.get("ReplicaServerName")),
        int(call.get("ReplicaServerPort")),
        ReplicationAuthenticationType(int(call.get("AuthenticationType"))),
        str(call.get("CertificateThumbprint") or ""),
    )
    admit(ctx, target, ctx.host)
    return [CONNECTION_OK]


@cmdlet("Get-VMReplicationServer")
def get_replication_server(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    return [objects.replication_server_object(ctx.host)]


@cmdlet("Set-VMReplicationServer")
def set_replication_server(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    r = ctx.host.replica
    enabled = bool(call.get("ReplicationEnabled", r.enabled))
    auth = RecoveryAuthenticationType(int(call.get("AllowedAuthenticationType", r.auth)))
    allow_any = bool(call.get("ReplicationAllowedFromAnyServer", r.allow_any))
    storage = str(call.get("DefaultStorageLocation", r.default_storage) or "")
    thumbprint = str(call.get("CertificateThumbprint", r.certificate_thumbprint) or "")
    ports = {
        p: int(call.get(p, getattr(r, a)))
        for p, a in (
            ("KerberosAuthenticationPort", "kerberos_port"),
            ("CertificateAuthenticationPort", "certificate_port"),
        )
    }
    for param in ("KerberosAuthenticationPortMapping", "CertificateAuthenticationPortMapping"):
        if call.has(param):
            raise ctx.error(
                f"-{param} applies to a failover cluster; the lab's hosts are standalone.",
                ErrorCategory.InvalidOperation,
                "InvalidOperation",
                param,
            )
    for param, port in ports.items():
        if not 1 <= port <= 65535:
            raise ctx.argument_error(f"The port {port} is not valid. Specify a port from 1 to 65535.", param)
    if allow_any and not storage:
        raise ctx.argument_error(
            "A default storage location must be specified when replication is allowed from any server.",
            "DefaultStorageLocation",
        )
    wants_cert = auth in (
        RecoveryAuthenticationType.Certificate,
        RecoveryAuthenticationType.CertificateAndKerberos,
    )
    if enabled and wants_cert:
        if not thumbprint:
            raise ctx.argument_error(
                "A certificate thumbprint must be specified for certificate-based authentication.",
                "CertificateThumbprint",
            )
        if thumbprint.upper() not in (t.upper() for t in ctx.host.certificates):
            raise ctx.argument_error(
                f"The certificate with thumbprint '{thumbprint}' was not found in the local machine store.",
                "CertificateThumbprint",
            )
    interval = call.get("MonitoringInterval")
    if interval is not None and interval not in _MONITORING_INTERVALS:
        raise ctx.argument_error(
            "The monitoring interval must be 1, 2, 3, 4, 6, 8, 12 or 24 hours, or 2 to 7 days.",
            "MonitoringInterval",
        )
    start = call.get("MonitoringStartTime")
    if start is not None and not timedelta(0) <= start < timedelta(days=1):
        raise ctx.argument_error("The monitoring start time must be a time of day.", "MonitoringStartTime")
    r.enabled, r.auth, r.allow_any, r.default_storage = enabled, auth, allow_any, storage
    r.certificate_thumbprint = thumbprint
    r.kerberos_port = ports["KerberosAuthenticationPort"]
    r.certificate_port = ports["CertificateAuthenticationPort"]
    if interval is not None:
        r.monitoring_interval = interval
    if start is not None:
        r.monitoring_start = start
    return [objects.replication_server_object(ctx.host)] if call.has("Passthru") else []


@cmdlet("Get-VMReplicationAuthorizationEntry")
def get_entries(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    out = []
    for entry in ctx.host.replica.entries:
        if not _matches(call, "AllowedPrimaryServer", entry.allowed_primary_server):
            continue
        if not _matches(call, "ReplicaStorageLocation", entry.storage_location):
            continue
        if not _matches(call, "TrustGroup", entry.trust_group):
            continue
        out.append(objects.authorization_entry_object(ctx.host, entry))
    return out


def _matches(call: BoundCall, param: str, value: str) -> bool:
    wanted = call.get(param)
    return wanted is None or bool(wildcard_regex(str(wanted)).fullmatch(value))


def _check_primary_name(ctx: Context, name: str) -> None:
    if not _FQDN.fullmatch(name) and name != "*":
        raise ctx.argument_error(
            f"The primary server '{name}' is not valid. Specify a fully qualified domain name; a wildcard is "
            "allowed only as the first label (for example *.contoso.com).",
            "AllowedPrimaryServer",
        )


@cmdlet("New-VMReplicationAuthorizationEntry")
def new_entry(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    r = ctx.host.replica
    name = str(call.get("AllowedPrimaryServer"))
    if r.allow_any:
        raise ctx.error(
            "Authorization entries cannot be added while the Replica server allows replication from any "
            "authenticated server.",
            ErrorCategory.InvalidOperation,
            "InvalidOperation",
            name,
        )
    _check_primary_name(ctx, name)
    if any(e.allowed_primary_server.lower() == name.lower() for e in r.entries):
        raise ctx.error(
            f"An authorization entry for the primary server '{name}' already exists.",
            ErrorCategory.ResourceExists,
            "ObjectExists",
            name,
        )
    entry = AuthorizationEntry(name, str(call.get("ReplicaStorageLocation")), str(call.get("TrustGroup")))
    r.entries.append(entry)
    return [objects.authorization_entry_object(ctx.host, entry)] if call.has("Passthru") else []


def _entries(ctx: Context, call: BoundCall) -> list[AuthorizationEntry]:
    if call.has("VMReplicationAuthorizationEntry"):
        return [
            o.ref[1] for o in as_list(call.get("VMReplicationAuthorizationEntry")) if isinstance(o, LabObject)
        ]
    found = []
    for entry in ctx.host.replica.entries:
        if call.has("AllowedPrimaryServer") and not _matches(
            call, "AllowedPrimaryServer", entry.allowed_primary_server
        ):
            continue
        if (
            call.has("TrustGroup")
            and not call.has("AllowedPrimaryServer")
            and not _matches(call, "TrustGroup", entry.trust_group)
        ):
            continue
        found.append(entry)
    if not found:
        name = call.get("AllowedPrimaryServer") or call.get("TrustGroup")
        raise ctx.error(
            f"No authorization entry matches '{name}'.",
            ErrorCategory.ObjectNotFound,
            "ObjectNotFound",
            str(name),
        )
    return found


@cmdlet("Set-VMReplicationAuthorizationEntry")
def set_entry(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    out = []
    for entry in _entries(ctx, call):
        if call.has("ReplicaStorageLocation"):
            entry.storage_location = str(call.get("ReplicaStorageLocation"))
        if call.has("TrustGroup"):
            entry.trust_group = str(call.get("TrustGroup"))
        if call.has("Passthru"):
            out.append(objects.authorization_entry_object(ctx.host, entry))
    return out


@cmdlet("Remove-VMReplicationAuthorizationEntry")
def remove_entry(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    removed = _entries(ctx, call)
    ctx.host.replica.entries = [e for e in ctx.host.replica.entries if e not in removed]
    return [objects.authorization_entry_object(ctx.host, e) for e in removed] if call.has("Passthru") else []
