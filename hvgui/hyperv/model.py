"""What the client knows about hosts and VMs: frozen values parsed from the hosts' objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID

from hvgui.hyperv.enums import (
    AuthenticationType,
    RelationshipType,
    ReplicationHealth,
    ReplicationMode,
    ReplicationState,
    ServerAuthenticationType,
    SnapshotType,
    VMState,
)


@dataclass(frozen=True)
class EnumValue:
    """An enum as it arrived: its name and number (remoting fills it, parse maps it)."""

    name: str
    value: int


@dataclass(frozen=True)
class PSData:
    """A deserialised PowerShell object, free of pypsrp types."""

    type_names: tuple[str, ...]
    props: dict[str, object] = field(hash=False)
    text: str = ""


@dataclass(frozen=True)
class VMInfo:
    id: UUID
    name: str
    host: str
    state: VMState
    cpu_usage: int
    memory_assigned: int
    uptime: timedelta
    status: str
    replication_state: ReplicationState
    replication_health: ReplicationHealth
    replication_mode: ReplicationMode
    version: str = ""
    generation: int = 0


@dataclass(frozen=True)
class ReplicationInfo:
    vm_id: UUID
    vm_name: str
    host: str
    state: ReplicationState
    health: ReplicationHealth
    mode: ReplicationMode
    relationship: RelationshipType
    primary_server: str
    replica_server: str
    replica_port: int
    auth_type: AuthenticationType
    frequency_sec: int
    recovery_history: int
    vss_hours: int
    compression: bool
    last_replication: datetime | None
    certificate_thumbprint: str = ""
    test_vm_name: str = ""


@dataclass(frozen=True)
class ReplicationStatistics:
    replication: ReplicationInfo
    monitoring_start: datetime | None
    monitoring_end: datetime | None
    average_size: int
    maximum_size: int
    average_latency: timedelta | None
    maximum_latency: timedelta | None
    errors: int
    successful: int
    missed: int
    pending_size: int | None
    health_details: tuple[str, ...]
    last_test_failover: datetime | None


@dataclass(frozen=True)
class RecoveryPoint:
    id: UUID
    name: str
    vm_id: UUID
    kind: SnapshotType
    created: datetime | None


@dataclass(frozen=True)
class AuthorizationEntry:
    allowed_primary_server: str
    storage_location: str
    trust_group: str


@dataclass(frozen=True)
class ReplicaServerInfo:
    host: str
    enabled: bool
    auth: ServerAuthenticationType
    kerberos_port: int
    certificate_port: int
    certificate_thumbprint: str
    allow_any: bool
    default_storage: str
    entries: tuple[AuthorizationEntry, ...]


@dataclass(frozen=True)
class DiskInfo:
    """A VM's hard disk drive (Get-VMHardDiskDrive) with its file's sizes (Get-VHD); 0 = not known."""

    vm_id: UUID
    path: str
    name: str
    size: int = 0
    file_size: int = 0


@dataclass(frozen=True)
class VhdInfo:
    """A virtual hard disk file as Get-VHD describes it: its maximum size and the file's size, in bytes."""

    path: str
    size: int
    file_size: int


@dataclass(frozen=True)
class HostInfo:
    name: str
    fqdn: str
    logical_processors: int
    memory_capacity: int
