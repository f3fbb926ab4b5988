"""The lab's simulated world: hosts, their replica-server settings, VMs and replication sides.

Each end of a replication relationship keeps its own ReplicationSide, as Hyper-V keeps its own
configuration on each host: removing replication on one host leaves the other end as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from uuid import UUID, uuid4

from hvgui.lab.enums import (
    RecoveryAuthenticationType,
    ReplicationAuthenticationType,
    SnapshotType,
    VMReplicationMode,
    VMReplicationRelationshipType,
    VMReplicationState,
    VMReplicationType,
    VMState,
)

GIB = 1024**3
MIB = 1024**2


@dataclass
class VirtualDisk:
    path: str
    size_bytes: int
    file_bytes: int
    controller_type: str = "SCSI"
    controller_number: int = 0
    controller_location: int = 0


@dataclass
class FailoverIP:
    """Set-VMNetworkAdapterFailoverConfiguration: injected into the replica at failover."""

    ipv4_address: str = ""
    ipv4_subnet_mask: str = ""
    ipv4_default_gateway: str = ""
    ipv4_preferred_dns: str = ""
    ipv4_alternate_dns: str = ""
    ipv6_address: str = ""
    ipv6_subnet_prefix_length: str = ""
    ipv6_default_gateway: str = ""
    ipv6_preferred_dns: str = ""
    ipv6_alternate_dns: str = ""


@dataclass
class NetworkAdapter:
    name: str = "Network Adapter"
    switch_name: str | None = None
    mac_address: str = "00155D000000"
    ip_addresses: list[str] = field(default_factory=list)
    test_replica_switch_name: str | None = None
    failover: FailoverIP = field(default_factory=FailoverIP)
    id: UUID = field(default_factory=uuid4)


@dataclass
class RecoveryPoint:
    name: str
    snapshot_type: SnapshotType
    creation_time: datetime
    id: UUID = field(default_factory=uuid4)


@dataclass
class ReplicationStats:
    """What Measure-VMReplication reports for the current monitoring window."""

    monitoring_start: datetime
    successful: int = 0
    missed: int = 0
    errors: int = 0
    total_bytes: int = 0
    max_bytes: int = 0
    total_latency: float = 0.0
    max_latency: float = 0.0
    last_type: VMReplicationType = VMReplicationType.None_
    last_vss_time: datetime | None = None


@dataclass
class ReplicationSettings:
    """The per-relationship settings of Enable-/Set-VMReplication (copied to both ends)."""

    primary_server: str
    replica_server: str
    replica_port: int
    auth_type: ReplicationAuthenticationType
    certificate_thumbprint: str = ""
    compression: bool = True
    frequency_sec: int = 300
    recovery_history: int = 0
    vss_hours: int = 0
    bypass_proxy: bool = False
    replicate_host_kvp: bool = True
    auto_resync: bool = True
    auto_resync_start: timedelta = timedelta(hours=18, minutes=30)
    auto_resync_end: timedelta = timedelta(hours=6)
    excluded_disks: list[str] = field(default_factory=list)


@dataclass
class ReplicationSide:
    """One VM's end of one relationship. is_source: this end sends (primary, or B towards C)."""

    relationship_type: VMReplicationRelationshipType
    is_source: bool
    state: VMReplicationState
    settings: ReplicationSettings
    stats: ReplicationStats
    # Initial replication: method ("network", "export", "backup"), progress and schedule.
    ir_method: str = ""
    ir_total_bytes: int = 0
    ir_sent_bytes: int = 0
    ir_start_time: datetime | None = None
    export_path: str = ""
    last_replication_time: datetime | None = None
    next_cycle_time: datetime | None = None
    pending_bytes: int = 0
    failing_since: datetime | None = None
    last_error: str = ""
    resync_start_time: datetime | None = None
    resync_done_bytes: int = 0
    resync_interrupted: bool = False
    # Replica end: the state to return to when a failover is cancelled.
    state_before_failover: VMReplicationState | None = None
    state_before_suspend: VMReplicationState | None = None
    allowed_primary_server: str = ""
    trust_group: str = ""
    test_vm_id: UUID | None = None
    last_test_failover_time: datetime | None = None
    failover_point: UUID | None = None
    last_recovery_point_time: datetime | None = None
    last_vss_point_time: datetime | None = None

    @property
    def replicated_bytes_total(self) -> int:
        return self.ir_total_bytes


@dataclass
class LabVM:
    id: UUID
    name: str
    state: VMState = VMState.Off
    generation: int = 2
    version: str = "10.0"
    processor_count: int = 2
    memory_startup: int = 4 * GIB
    path: str = ""
    disks: list[VirtualDisk] = field(default_factory=list)
    adapters: list[NetworkAdapter] = field(default_factory=list)
    # Bytes per second the guest writes while running: what replication has to ship.
    change_rate: int = 64 * 1024
    started_at: datetime | None = None
    cpu_usage: int = 0
    heartbeat: str = "OkApplicationsUnknown"
    notes: str = ""
    relation: ReplicationSide | None = None
    extended: ReplicationSide | None = None
    test_of: UUID | None = None
    recovery_points: list[RecoveryPoint] = field(default_factory=list)
    # Who runs into a guest that refuses a graceful shutdown (a demo and test case).
    shutdown_blocked: bool = False
    created: datetime | None = None

    @property
    def mode(self) -> VMReplicationMode:
        if self.test_of is not None:
            return VMReplicationMode.TestReplica
        if self.relation is None:
            return VMReplicationMode.None_
        if self.relation.is_source:
            return VMReplicationMode.Primary
        if self.relation.relationship_type is VMReplicationRelationshipType.Extended:
            return VMReplicationMode.ExtendedReplica
        return VMReplicationMode.Replica

    @property
    def total_disk_bytes(self) -> int:
        return sum(d.file_bytes for d in self.disks)

    @property
    def running(self) -> bool:
        return self.state in (VMState.Running, VMState.Paused)

    def side(self, rel_type: VMReplicationRelationshipType) -> ReplicationSide | None:
        """The side for a relationship type as Get-VMReplication -ReplicationRelationshipType sees it."""
        if rel_type is VMReplicationRelationshipType.Extended and self.mode is VMReplicationMode.Replica:
            return self.extended
        if self.relation is not None and self.relation.relationship_type is rel_type:
            return self.relation
        return None

    def sides(self) -> list[ReplicationSide]:
        return [s for s in (self.relation, self.extended) if s is not None]


@dataclass
class AuthorizationEntry:
    allowed_primary_server: str
    storage_location: str
    trust_group: str


@dataclass
class ReplicaServerSettings:
    enabled: bool = False
    auth: RecoveryAuthenticationType = RecoveryAuthenticationType.Kerberos
    kerberos_port: int = 80
    certificate_port: int = 443
    certificate_thumbprint: str = ""
    allow_any: bool = False
    default_storage: str = ""
    entries: list[AuthorizationEntry] = field(default_factory=list)
    monitoring_interval: timedelta = timedelta(hours=12)
    monitoring_start: timedelta = timedelta(hours=9)


@dataclass
class LabHost:
    name: str
    domain: str
    vms: dict[UUID, LabVM] = field(default_factory=dict)
    replica: ReplicaServerSettings = field(default_factory=ReplicaServerSettings)
    down: bool = False
    # Hosts (by name) whose replication traffic cannot reach this host: a network partition.
    unreachable_from: set[str] = field(default_factory=set)
    # Thumbprints of the machine certificates this host has (certificate authentication).
    certificates: list[str] = field(default_factory=list)
    logical_processors: int = 32
    memory_capacity: int = 256 * GIB
    os_version: str = "10.0.20348"
    vm_path: str = r"C:\ProgramData\Microsoft\Windows\Hyper-V"
    vhd_path: str = r"C:\ProgramData\Microsoft\Windows\Virtual Hard Disks"

    @property
    def fqdn(self) -> str:
        return f"{self.name}.{self.domain}".lower() if self.domain else self.name.lower()

    def answers_to(self, server_name: str) -> bool:
        """Whether a replica server name (NetBIOS, FQDN, any case) means this host."""
        wanted = server_name.strip().lower()
        return wanted in (self.name.lower(), self.fqdn)

    def vms_named(self, name: str) -> list[LabVM]:
        return [vm for vm in self.vms.values() if vm.name.lower() == name.lower()]
