"""Turn deserialised PowerShell objects (PSData) into the client's frozen values.

Everything here is pure and runs off the UI thread. Values arrive as pypsrp delivers them: enums as
EnumValue (name and number), DateTime as ISO text with 7 fractional digits, TimeSpan as an ISO-8601
duration, Guid as UUID or text; a missing property reads as its empty value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import TypeVar
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
from hvgui.hyperv.model import (
    AuthorizationEntry,
    DiskInfo,
    EnumValue,
    HostInfo,
    PSData,
    RecoveryPoint,
    ReplicaServerInfo,
    ReplicationInfo,
    ReplicationStatistics,
    VhdInfo,
    VMInfo,
)

E = TypeVar("E", bound=IntEnum)
_DURATION = re.compile(
    r"^(?P<sign>-)?P(?:(?P<d>\d+(?:\.\d+)?)D)?(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<s>\d+(?:\.\d+)?)S)?)?$"
)
_CLOCK = re.compile(r"^(?:(?P<d>\d+)\.)?(?P<h>\d+):(?P<m>\d+):(?P<s>\d+(?:\.\d+)?)$")


def enum(cls: type[E], value: object, default: E) -> E:
    if isinstance(value, EnumValue):
        value = value.value
    if isinstance(value, bool) or value is None:
        return default
    if isinstance(value, int):
        try:
            return cls(value)
        except ValueError:
            return default
    text = str(value).strip().lower()
    for member in cls:
        if member.name.lower() == text or (member.name == "NONE" and text == "none"):
            return member
    return default


def when(value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    text = str(value).strip()
    # .NET writes 7 fractional digits; Python reads at most 6.
    text = re.sub(r"(\.\d{6})\d+", r"\1", text).replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def duration(value: object) -> timedelta | None:
    if value is None or value == "":
        return None
    if isinstance(value, timedelta):
        return value
    text = str(value).strip()
    match = _DURATION.match(text)
    if match and text not in ("P", "PT"):
        parts = {k: float(v) for k, v in match.groupdict().items() if v and k != "sign"}
        span = timedelta(
            days=parts.get("d", 0),
            hours=parts.get("h", 0),
            minutes=parts.get("m", 0),
            seconds=parts.get("s", 0),
        )
        return -span if match.group("sign") else span
    match = _CLOCK.match(text)
    if match:
        return timedelta(
            days=int(match.group("d") or 0),
            hours=int(match.group("h")),
            minutes=int(match.group("m")),
            seconds=float(match.group("s")),
        )
    return None


def guid(value: object) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))


def _int(value: object) -> int:
    if isinstance(value, EnumValue):
        return value.value
    try:
        return int(str(value)) if value is not None else 0
    except ValueError:
        return 0


def _str(value: object) -> str:
    return "" if value is None else str(value)


def _strings(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(str(v) for v in value)
    return (str(value),)


def vm(data: PSData, host: str) -> VMInfo:
    p = data.props
    return VMInfo(
        id=guid(p.get("Id") or p.get("VMId")),
        name=_str(p.get("Name")),
        host=host,
        state=enum(VMState, p.get("State"), VMState.Other),
        cpu_usage=_int(p.get("CPUUsage")),
        memory_assigned=_int(p.get("MemoryAssigned")),
        uptime=duration(p.get("Uptime")) or timedelta(0),
        status=_str(p.get("Status")),
        replication_state=enum(ReplicationState, p.get("ReplicationState"), ReplicationState.Disabled),
        replication_health=enum(
            ReplicationHealth, p.get("ReplicationHealth"), ReplicationHealth.NotApplicable
        ),
        replication_mode=enum(ReplicationMode, p.get("ReplicationMode"), ReplicationMode.NONE),
        version=_str(p.get("Version")),
        generation=_int(p.get("Generation")),
    )


def replication(data: PSData, host: str) -> ReplicationInfo:
    p = data.props
    test_vm = p.get("TestVirtualMachine")
    test_name = test_vm.props.get("Name") if isinstance(test_vm, PSData) else test_vm
    return ReplicationInfo(
        vm_id=guid(p.get("VMId")),
        vm_name=_str(p.get("VMName")),
        host=host,
        state=enum(ReplicationState, p.get("ReplicationState"), ReplicationState.Disabled),
        health=enum(ReplicationHealth, p.get("ReplicationHealth"), ReplicationHealth.NotApplicable),
        mode=enum(ReplicationMode, p.get("ReplicationMode"), ReplicationMode.NONE),
        relationship=enum(RelationshipType, p.get("ReplicationRelationshipType"), RelationshipType.Simple),
        primary_server=_str(p.get("PrimaryServerName")),
        replica_server=_str(p.get("ReplicaServerName")),
        replica_port=_int(p.get("ReplicaServerPort")),
        auth_type=enum(AuthenticationType, p.get("AuthenticationType"), AuthenticationType.Kerberos),
        frequency_sec=_int(p.get("ReplicationFrequencySec")),
        recovery_history=_int(p.get("RecoveryHistory")),
        vss_hours=_int(p.get("VSSSnapshotFrequencyHour")),
        compression=bool(p.get("CompressionEnabled")),
        last_replication=when(p.get("LastReplicationTime")),
        certificate_thumbprint=_str(p.get("CertificateThumbprint")),
        test_vm_name=_test_vm_name(test_name),
    )


def _test_vm_name(value: object) -> str:
    """A nested VM arrives as its ToString at depth 1: "VirtualMachine (Name = 'x') [Id = '...']"."""
    text = _str(value)
    match = re.search(r"Name = '(.*)'\) \[Id", text)
    return match.group(1) if match else text


def statistics(data: PSData, host: str) -> ReplicationStatistics:
    p = data.props
    pending = p.get("PendingReplicationSize")
    return ReplicationStatistics(
        replication=replication(data, host),
        monitoring_start=when(p.get("MonitoringStartTime")),
        monitoring_end=when(p.get("MonitoringEndTime")),
        average_size=_int(p.get("AverageReplicationSize")),
        maximum_size=_int(p.get("MaximumReplicationSize")),
        average_latency=duration(p.get("AverageReplicationLatency")),
        maximum_latency=duration(p.get("MaximumReplicationLatency")),
        errors=_int(p.get("ReplicationErrors")),
        successful=_int(p.get("SuccessfulReplicationCount")),
        missed=_int(p.get("MissedReplicationCount")),
        pending_size=None if pending is None else _int(pending),
        health_details=_strings(p.get("ReplicationHealthDetails")),
        last_test_failover=when(p.get("LastTestFailoverInitiatedTime")),
    )


def recovery_point(data: PSData) -> RecoveryPoint:
    p = data.props
    return RecoveryPoint(
        id=guid(p.get("Id")),
        name=_str(p.get("Name")),
        vm_id=guid(p.get("VMId")),
        kind=enum(SnapshotType, p.get("SnapshotType"), SnapshotType.Standard),
        created=when(p.get("CreationTime")),
    )


def replica_server(data: PSData, host: str) -> ReplicaServerInfo:
    p = data.props
    entries = p.get("AuthorizationEntries") or []
    return ReplicaServerInfo(
        host=host,
        enabled=bool(p.get("ReplicationEnabled")),
        auth=enum(
            ServerAuthenticationType, p.get("AllowedAuthenticationType"), ServerAuthenticationType.Kerberos
        ),
        kerberos_port=_int(p.get("KerberosAuthenticationPort")),
        certificate_port=_int(p.get("CertificateAuthenticationPort")),
        certificate_thumbprint=_str(p.get("CertificateThumbprint")),
        allow_any=bool(p.get("ReplicationAllowedFromAnyServer")),
        default_storage=_str(p.get("DefaultStorageLocation")),
        entries=tuple(authorization_entry(e) for e in entries if isinstance(e, PSData))
        if isinstance(entries, list)
        else (),
    )


def authorization_entry(data: PSData) -> AuthorizationEntry:
    p = data.props
    return AuthorizationEntry(
        allowed_primary_server=_str(p.get("AllowedPrimaryServer")),
        storage_location=_str(p.get("ReplicaStorageLocation")),
        trust_group=_str(p.get("TrustGroup")),
    )


def disk(data: PSData) -> DiskInfo:
    """A HardDiskDrive: it has no sizes on a real host (they come from Get-VHD, see with_sizes)."""
    p = data.props
    return DiskInfo(vm_id=guid(p.get("VMId")), path=_str(p.get("Path")), name=_str(p.get("Name")))


def vhd(data: PSData) -> VhdInfo:
    p = data.props
    return VhdInfo(path=_str(p.get("Path")), size=_int(p.get("Size")), file_size=_int(p.get("FileSize")))


def with_sizes(disks: Sequence[DiskInfo], vhds: Sequence[VhdInfo]) -> tuple[DiskInfo, ...]:
    """The drives with their files' sizes, matched by path as Windows compares paths (ignoring case).

    A drive whose file Get-VHD did not describe keeps size 0: not known.
    """
    by_path = {v.path.casefold(): v for v in vhds}
    out: list[DiskInfo] = []
    for d in disks:
        found = by_path.get(d.path.casefold())
        out.append(replace(d, size=found.size, file_size=found.file_size) if found else d)
    return tuple(out)


def host_info(data: PSData) -> HostInfo:
    p = data.props
    return HostInfo(
        name=_str(p.get("ComputerName") or p.get("Name")),
        fqdn=_str(p.get("FullyQualifiedDomainName")),
        logical_processors=_int(p.get("LogicalProcessorCount")),
        memory_capacity=_int(p.get("MemoryCapacity")),
    )
