"""What workflows read from a host before and after acting: the VM, its relationships, the server.

Each read selects only the properties it parses, on the host. Nested objects reach the client only
as their ToString, so a Replica server's authorization entries are read with their own cmdlet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from uuid import UUID

from hvgui.hyperv import parse
from hvgui.hyperv.commands import Cmd, Pipeline, by_id, select
from hvgui.hyperv.enums import (
    AuthenticationType,
    RelationshipType,
    ReplicationMode,
    ServerAuthenticationType,
    SnapshotType,
)
from hvgui.hyperv.errors import CommandFailed, HvError, Message, message
from hvgui.hyperv.inventory_commands import REPLICATION_COLUMNS
from hvgui.hyperv.model import DiskInfo, PSData, RecoveryPoint, ReplicaServerInfo, ReplicationInfo, VMInfo
from hvgui.hyperv.rules import Item
from hvgui.services.workflows.errors import REASONS, VMNotFound, auth_words, not_found, server_auth_words


class Session(Protocol):
    """What workflows need from hvgui.remoting.session.HostSession (one host, one at a time)."""

    @property
    def name(self) -> str: ...

    async def run(self, *pipelines: Pipeline) -> list[list[PSData]]: ...


VM_PROPS = ("Id", "Name", "State", "Status", "ReplicationState", "ReplicationHealth", "ReplicationMode")
# The inventory's columns plus the certificate the workflows check.
REPLICATION_PROPS = (*REPLICATION_COLUMNS, "CertificateThumbprint")
SERVER_PROPS = (
    "ReplicationEnabled",
    "AllowedAuthenticationType",
    "KerberosAuthenticationPort",
    "CertificateAuthenticationPort",
    "CertificateThumbprint",
    "ReplicationAllowedFromAnyServer",
    "DefaultStorageLocation",
)
POINT_PROPS = ("Id", "Name", "VMId", "SnapshotType", "CreationTime")
RECOVERY_KINDS = (SnapshotType.Replica, SnapshotType.AppConsistentReplica, SnapshotType.SyncedReplica)


# A HardDiskDrive has no sizes on a real host; Get-VHD reads them from the files, keyed by Path.
DISK_PROPS = ("VMId", "Path", "Name")
VHD_PROPS = ("Path", "Size", "FileSize")


@dataclass(frozen=True)
class DiskRead:
    """A VM's disks; sizes_error says why their sizes are not known (Get-VHD failed), None if they are."""

    disks: tuple[DiskInfo, ...]
    sizes_error: HvError | None = None


def vm_pipeline(vm_id: UUID) -> Pipeline:
    return by_id(vm_id, select(*VM_PROPS))


def replication_pipeline(vm_id: UUID, relationship: RelationshipType | None = None) -> Pipeline:
    get = (
        Cmd.of("Get-VMReplication")
        if relationship is None
        else Cmd.of("Get-VMReplication", ReplicationRelationshipType=relationship)
    )
    return by_id(vm_id, get, select(*REPLICATION_PROPS))


def points_pipeline(vm_id: UUID) -> Pipeline:
    return by_id(vm_id, Cmd.of("Get-VMSnapshot"), select(*POINT_PROPS))


def server_pipelines() -> tuple[Pipeline, Pipeline]:
    return (
        Pipeline.of(Cmd.of("Get-VMReplicationServer"), select(*SERVER_PROPS)),
        Pipeline.of(Cmd.of("Get-VMReplicationAuthorizationEntry")),
    )


def host_pipeline() -> Pipeline:
    return Pipeline.of(Cmd.of("Get-VMHost"), select("ComputerName", "FullyQualifiedDomainName"))


def disks_pipeline(vm_id: UUID) -> Pipeline:
    return by_id(vm_id, Cmd.of("Get-VMHardDiskDrive"), select(*DISK_PROPS))


def vhds_pipeline(vm_id: UUID) -> Pipeline:
    """Get-VHD -VMId: every file of the VM's drives (Path, Size, FileSize), on the VM's own host."""
    return Pipeline.of(Cmd.of("Get-VHD", VMId=vm_id), select(*VHD_PROPS))


async def read_disks(session: Session, vm_id: UUID) -> DiskRead:
    """The VM's drives, then their sizes. A failed size read (a file the host may not open, a VHD on
    shared storage in use elsewhere) keeps the drives and says why; a failed drive read raises."""
    (rows,) = await session.run(disks_pipeline(vm_id))
    disks = tuple(parse.disk(row) for row in rows)
    if not disks:
        return DiskRead(disks)
    try:
        (vhds,) = await session.run(vhds_pipeline(vm_id))
    except HvError as err:
        return DiskRead(disks, err)
    return DiskRead(parse.with_sizes(disks, [parse.vhd(row) for row in vhds]))


async def read_vm(session: Session, vm_id: UUID) -> VMInfo | None:
    """The VM with this Id on the session's host, or None if the host has no such VM."""
    try:
        (rows,) = await session.run(vm_pipeline(vm_id))
    except CommandFailed as err:
        if not_found(err):
            return None
        raise
    return parse.vm(rows[0], session.name) if rows else None


async def require_vm(session: Session, vm_id: UUID, vm_name: str) -> VMInfo:
    vm = await read_vm(session, vm_id)
    if vm is None:
        raise VMNotFound(
            session.name,
            message(
                "vm_not_found", "%1 has no virtual machine %2 (Id %3).", session.name, vm_name, str(vm_id)
            ),
        )
    return vm


async def read_relations(session: Session, vm: VMInfo) -> list[ReplicationInfo]:
    """Every relationship of the VM on this host (a replica that extends has two); none if not replicated."""
    if vm.replication_mode is ReplicationMode.NONE:
        return []
    (rows,) = await session.run(replication_pipeline(vm.id))
    return [parse.replication(row, session.name) for row in rows]


def simple(relations: Sequence[ReplicationInfo]) -> ReplicationInfo | None:
    return next((r for r in relations if r.relationship is RelationshipType.Simple), None)


def extended(relations: Sequence[ReplicationInfo]) -> ReplicationInfo | None:
    return next((r for r in relations if r.relationship is RelationshipType.Extended), None)


async def read_recovery_points(session: Session, vm_id: UUID) -> list[RecoveryPoint]:
    """The points a failover can use, oldest first (other checkpoint types are left out)."""
    (rows,) = await session.run(points_pipeline(vm_id))
    points = [parse.recovery_point(row) for row in rows]
    return sorted(
        (p for p in points if p.kind in RECOVERY_KINDS),
        key=lambda p: (p.created is None, p.created),
    )


async def read_replica_server(session: Session) -> ReplicaServerInfo:
    server_rows, entry_rows = await session.run(*server_pipelines())
    info = parse.replica_server(server_rows[0], session.name) if server_rows else _disabled(session.name)
    entries = tuple(parse.authorization_entry(row) for row in entry_rows)
    return ReplicaServerInfo(**{**info.__dict__, "entries": entries})


def _disabled(host: str) -> ReplicaServerInfo:
    return ReplicaServerInfo(host, False, ServerAuthenticationType.Kerberos, 80, 443, "", False, "", ())


async def read_host_fqdn(session: Session) -> str:
    (rows,) = await session.run(host_pipeline())
    if not rows:
        return session.name
    props = rows[0].props
    return str(props.get("FullyQualifiedDomainName") or props.get("ComputerName") or session.name)


def entry_matches(pattern: str, server: str) -> bool:
    """An authorization entry's AllowedPrimaryServer: an FQDN, or a wildcard in its first label."""
    pattern, server = pattern.strip().lower(), server.strip().lower()
    if pattern == "*":
        return True
    if pattern.startswith("*."):
        return server.endswith(pattern[1:])
    if "." in pattern and "." in server:
        return pattern == server
    # A NetBIOS name on one side: compare host names.
    return pattern.split(".")[0] == server.split(".")[0]


def replica_problem(
    server: ReplicaServerInfo,
    primary: str,
    auth: AuthenticationType | None = None,
    port: int | None = None,
) -> Message | None:
    """Why this Replica server would refuse replication from primary, in plain words (None if it would not)."""
    host = server.host
    if not server.enabled:
        return message(
            "replica_not_enabled",
            "%1 is not enabled as a Replica server (Hyper-V Settings > Replication Configuration).",
            host,
        )
    if auth is not None:
        allowed = {
            ServerAuthenticationType.Kerberos: {AuthenticationType.Kerberos},
            ServerAuthenticationType.Certificate: {AuthenticationType.Certificate},
            ServerAuthenticationType.CertificateAndKerberos: set(AuthenticationType),
        }[server.auth]
        if auth not in allowed:
            return message(
                "replica_auth_refused",
                "%1 does not accept %2 authentication (it accepts %3).",
                host,
                auth_words(auth),
                server_auth_words(server.auth),
            )
        wanted = server.kerberos_port if auth is AuthenticationType.Kerberos else server.certificate_port
        if port is not None and port != wanted:
            return message(
                "replica_port_differs",
                "%1 listens for %2 replication on port %3, not %4.",
                host,
                auth_words(auth),
                str(wanted),
                str(port),
            )
    if server.allow_any:
        return None
    if not any(entry_matches(e.allowed_primary_server, primary) for e in server.entries):
        return message(
            "replica_not_authorized",
            "%1 does not authorize %2 as a primary server: add an authorization entry for it in its "
            "Replica server settings.",
            host,
            primary,
        )
    return None


def blocked(items: Sequence[Item], action: object) -> Message | None:
    """The menu rule's reason an action is unavailable, in words (None if it is available)."""
    item = next((i for i in items if i.action is action), None)
    if item is None:
        return message(
            "reason_wrong_role", "this action does not apply to the virtual machine's replication role"
        )
    if item.enabled or item.reason is None:
        return None
    return REASONS[item.reason]


def describe(vm: VMInfo) -> str:
    """One line for "State now:" and the audit log."""
    text = f"{vm.name} on {vm.host}: {vm.state.name}"
    if vm.replication_mode is not ReplicationMode.NONE:
        text += f", {vm.replication_mode.name} {vm.replication_state.name} ({vm.replication_health.name})"
    return text
