"""LabObjects shaped like the Hyper-V module's output types (property names and order as on a host)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any

from hvgui.lab import health
from hvgui.lab.enums import (
    RecoveryAuthenticationType,
    VMReplicationHealthState,
    VMReplicationRelationshipType,
    VMReplicationState,
    VMState,
)
from hvgui.lab.model import (
    AuthorizationEntry,
    LabHost,
    LabVM,
    NetworkAdapter,
    RecoveryPoint,
    ReplicationSide,
    VirtualDisk,
)
from hvgui.lab.records import LabObject, UInt32, UInt64

NS = "Microsoft.HyperV.PowerShell."
BASE = [NS + "VirtualizationObject", "System.Object"]


def _types(*names: str, base: list[str] | None = None) -> list[str]:
    return [NS + n for n in names] + (BASE if base is None else base)


def vm_to_string(vm: LabVM) -> str:
    return f"VirtualMachine (Name = '{vm.name}') [Id = '{vm.id}']"


def cpu_usage(vm: LabVM, now: datetime) -> int:
    """A deterministic, lively CPU figure for running VMs (changes each lab minute)."""
    if vm.state is not VMState.Running:
        return 0
    digest = hashlib.sha256(f"{vm.id}{int(now.timestamp()) // 60}".encode()).digest()
    return 1 + digest[0] % 23


def status_text(vm: LabVM) -> str:
    side = vm.relation
    if (
        side is not None
        and side.ir_total_bytes
        and side.state
        in (
            VMReplicationState.InitialReplicationInProgress,
            VMReplicationState.WaitingForInitialReplication,
        )
        and side.ir_method == "network"
        and side.ir_start_time is not None
    ):
        pct = min(99, side.ir_sent_bytes * 100 // max(side.ir_total_bytes, 1))
        verb = "Sending" if side.is_source else "Receiving"
        return f"{verb} initial replica ({pct}%)"
    if side is not None and side.state is VMReplicationState.Resynchronizing:
        pct = min(99, side.resync_done_bytes * 100 // max(vm.total_disk_bytes, 1))
        return f"Resynchronizing ({pct}%)"
    return "Operating normally"


def vm_object(host: LabHost, vm: LabVM, now: datetime) -> LabObject:
    side = vm.relation
    rep_health, _ = health.evaluate(vm, side, now)
    running = vm.state is VMState.Running
    uptime = now - vm.started_at if running and vm.started_at else timedelta(0)
    props: dict[str, Any] = {
        "VMName": vm.name,
        "VMId": vm.id,
        "Id": vm.id,
        "Name": vm.name,
        "State": vm.state,
        "Status": status_text(vm),
        "Heartbeat": vm.heartbeat if running else None,
        "ReplicationState": side.state if side else VMReplicationState.Disabled,
        "ReplicationHealth": rep_health,
        "ReplicationMode": vm.mode,
        "CPUUsage": cpu_usage(vm, now),
        "MemoryAssigned": UInt64(vm.memory_startup if running else 0),
        "MemoryDemand": UInt64(vm.memory_startup * 3 // 4 if running else 0),
        "MemoryStartup": UInt64(vm.memory_startup),
        "DynamicMemoryEnabled": False,
        "ProcessorCount": vm.processor_count,
        "Uptime": timedelta(seconds=int(uptime.total_seconds())),
        "ComputerName": host.name,
        "IsDeleted": False,
        "IsClustered": False,
        "Version": vm.version,
        "Generation": vm.generation,
        "Notes": vm.notes,
        "Path": vm.path,
        "ConfigurationLocation": vm.path,
        "CreationTime": vm.created or now,
        "ParentSnapshotName": vm.recovery_points[-1].name if vm.recovery_points else None,
        "NetworkAdapters": [adapter_object(host, vm, a) for a in vm.adapters],
        "HardDrives": [disk_object(host, vm, d) for d in vm.disks],
    }
    return LabObject(_types("VirtualMachine", "VirtualMachineBase"), props, vm_to_string(vm), ref=vm)


def disk_name(disk: VirtualDisk) -> str:
    return (
        f"Hard Drive on {disk.controller_type} controller number {disk.controller_number} "
        f"at location {disk.controller_location}"
    )


def disk_object(host: LabHost, vm: LabVM, disk: VirtualDisk) -> LabObject:
    props: dict[str, Any] = {
        "Path": disk.path,
        "ControllerType": disk.controller_type,
        "ControllerNumber": disk.controller_number,
        "ControllerLocation": disk.controller_location,
        "Name": disk_name(disk),
        "VMName": vm.name,
        "VMId": vm.id,
        "ComputerName": host.name,
    }
    text = f"HardDiskDrive (Name = '{disk_name(disk)}') [VMName = '{vm.name}']"
    return LabObject(_types("HardDiskDrive", "Drive"), props, text, ref=(vm, disk))


def adapter_object(host: LabHost, vm: LabVM, adapter: NetworkAdapter) -> LabObject:
    props: dict[str, Any] = {
        "Name": adapter.name,
        "Id": f"Microsoft:{vm.id}\\{adapter.id}",
        "VMName": vm.name,
        "VMId": vm.id,
        "SwitchName": adapter.switch_name,
        "MacAddress": adapter.mac_address,
        "IPAddresses": list(adapter.ip_addresses) if vm.state is VMState.Running else [],
        "Connected": adapter.switch_name is not None,
        "TestReplicaSwitchName": adapter.test_replica_switch_name,
        "ComputerName": host.name,
    }
    text = f"VMNetworkAdapter (Name = '{adapter.name}', VMName = '{vm.name}') [VMId = '{vm.id}']"
    return LabObject(_types("VMNetworkAdapter", "VMNetworkAdapterBase"), props, text, ref=(vm, adapter))


def failover_config_object(host: LabHost, vm: LabVM, adapter: NetworkAdapter) -> LabObject:
    f = adapter.failover
    props: dict[str, Any] = {
        "VMName": vm.name,
        "VMNetworkAdapterName": adapter.name,
        "IPv4Address": f.ipv4_address,
        "IPv4SubnetMask": f.ipv4_subnet_mask,
        "IPv4DefaultGateway": f.ipv4_default_gateway,
        "IPv4PreferredDNSServer": f.ipv4_preferred_dns,
        "IPv4AlternateDNSServer": f.ipv4_alternate_dns,
        "IPv6Address": f.ipv6_address,
        "IPv6SubnetPrefixLength": f.ipv6_subnet_prefix_length,
        "IPv6DefaultGateway": f.ipv6_default_gateway,
        "IPv6PreferredDNSServer": f.ipv6_preferred_dns,
        "IPv6AlternateDNSServer": f.ipv6_alternate_dns,
        "ComputerName": host.name,
    }
    return LabObject(
        _types("VMNetworkAdapterFailoverSetting"),
        props,
        f"VMNetworkAdapterFailoverSetting ({adapter.name})",
        ref=(vm, adapter),
    )


def snapshot_object(host: LabHost, vm: LabVM, point: RecoveryPoint) -> LabObject:
    props: dict[str, Any] = {
        "Name": point.name,
        "Id": point.id,
        "VMName": vm.name,
        "VMId": vm.id,
        "SnapshotType": point.snapshot_type,
        "CreationTime": point.creation_time,
        "ParentSnapshotName": None,
        "IsDeleted": False,
        "ComputerName": host.name,
        "State": VMState.Off,
        "Path": vm.path,
    }
    text = f"VMSnapshot (Name = '{point.name}', VMName = '{vm.name}') [Id = '{point.id}']"
    return LabObject(_types("VMSnapshot", "VirtualMachineBase"), props, text, ref=(vm, point))


def _side_identity(host: LabHost, vm: LabVM, side: ReplicationSide, now: datetime) -> dict[str, Any]:
    s = side.settings
    rep_health, _ = health.evaluate(vm, side, now)
    test_vm = host.vms.get(side.test_vm_id) if side.test_vm_id else None
    mode = vm.mode
    return {
        "VMName": vm.name,
        "VMId": vm.id,
        "ReplicationState": side.state,
        "ReplicationHealth": rep_health,
        "ReplicationMode": mode,
        "ReplicationRelationshipType": side.relationship_type,
        "PrimaryServerName": s.primary_server,
        "ReplicaServerName": s.replica_server,
        "CurrentReplicaServerName": s.replica_server,
        "ReplicaServerPort": s.replica_port,
        "AuthenticationType": s.auth_type,
        "CertificateThumbprint": s.certificate_thumbprint or None,
        "CompressionEnabled": s.compression,
        "ReplicationFrequencySec": s.frequency_sec,
        "RecoveryHistory": s.recovery_history,
        "VSSSnapshotFrequencyHour": s.vss_hours,
        "VSSSnapshotReplicationEnabled": s.vss_hours > 0,
        "BypassProxyServer": s.bypass_proxy,
        "ReplicateHostKvpItems": s.replicate_host_kvp,
        "EnableWriteOrderPreservationAcrossDisks": True,
        "AutoResynchronizeEnabled": s.auto_resync,
        "AutoResynchronizeIntervalStart": s.auto_resync_start,
        "AutoResynchronizeIntervalEnd": s.auto_resync_end,
        "InitialReplicationStartTime": side.ir_start_time
        if side.state is VMReplicationState.ReadyForInitialReplication
        else None,
        "ResynchronizeStartTime": side.resync_start_time,
        "LastReplicationTime": side.last_replication_time,
        "LastAppliedLogTime": side.last_replication_time if not side.is_source else None,
        "AllowedPrimaryServer": side.allowed_primary_server or None,
        "ReplicatedDisks": [disk_object(host, vm, d) for d in vm.disks if d.path not in s.excluded_disks],
        "ExcludedDisks": [disk_object(host, vm, d) for d in vm.disks if d.path in s.excluded_disks],
        "TestVirtualMachine": vm_object(host, test_vm, now) if test_vm else None,
        "IsDeleted": False,
        "ComputerName": host.name,
    }


def replication_object(host: LabHost, vm: LabVM, side: ReplicationSide, now: datetime) -> LabObject:
    props = _side_identity(host, vm, side, now)
    text = f"VMReplication (VMName = '{vm.name}') [Id = '{vm.id}']"
    return LabObject(_types("VMReplication"), props, text, ref=(vm, side))


def replication_health_object(host: LabHost, vm: LabVM, side: ReplicationSide, now: datetime) -> LabObject:
    props = _side_identity(host, vm, side, now)
    stats = side.stats
    ok = stats.successful
    _, reasons = health.evaluate(vm, side, now)
    test_vm = host.vms.get(side.test_vm_id) if side.test_vm_id else None
    props.update(
        {
            "MonitoringStartTime": stats.monitoring_start,
            "MonitoringEndTime": now,
            "LastReplicationType": stats.last_type,
            "LastTestFailoverInitiatedTime": side.last_test_failover_time,
            "LastVSSSnapshotTime": stats.last_vss_time,
            "InitialReplicationSize": UInt64(side.ir_total_bytes),
            "PendingReplicationSize": UInt64(side.pending_bytes) if side.is_source else None,
            "AverageReplicationSize": UInt64(stats.total_bytes // ok if ok else 0),
            "MaximumReplicationSize": UInt64(stats.max_bytes),
            "AverageReplicationLatency": timedelta(seconds=round(stats.total_latency / ok)) if ok else None,
            "MaximumReplicationLatency": timedelta(seconds=round(stats.max_latency)) if ok else None,
            "ReplicationErrors": UInt32(stats.errors),
            "SuccessfulReplicationCount": UInt32(stats.successful),
            "MissedReplicationCount": UInt32(stats.missed),
            "ReplicationHealthDetails": reasons,
            "CurrentTask": _current_task(side),
            "TestFailoverStatus": "Running" if test_vm else "NotRunning",
        }
    )
    text = f"VMReplicationHealth (VMName = '{vm.name}') [Id = '{vm.id}']"
    return LabObject(_types("VMReplicationHealth"), props, text, ref=(vm, side))


def _current_task(side: ReplicationSide) -> str | None:
    if side.state is VMReplicationState.InitialReplicationInProgress:
        return "Sending initial replica"
    if side.state is VMReplicationState.Resynchronizing:
        return "Resynchronizing"
    return None


def replication_server_object(host: LabHost) -> LabObject:
    r = host.replica
    cert = r.auth in (
        RecoveryAuthenticationType.Certificate,
        RecoveryAuthenticationType.CertificateAndKerberos,
    )
    props: dict[str, Any] = {
        "ComputerName": host.name,
        "ReplicationEnabled": r.enabled,
        "AllowedAuthenticationType": r.auth,
        "KerberosAuthenticationPort": r.kerberos_port,
        "CertificateAuthenticationPort": r.certificate_port,
        "KerberosAuthenticationPortMapping": None,
        "CertificateAuthenticationPortMapping": None,
        "CertificateThumbprint": r.certificate_thumbprint if cert else None,
        "ReplicationAllowedFromAnyServer": r.allow_any,
        "DefaultStorageLocation": r.default_storage or None,
        "AuthorizationEntries": [authorization_entry_object(host, e) for e in r.entries],
        "MonitoringInterval": r.monitoring_interval,
        "MonitoringStartTime": r.monitoring_start,
        "OperationalStatus": ["Ok"],
        "StatusDescriptions": ["OK"],
    }
    return LabObject([NS + "VMReplicationServer", "System.Object"], props, "VMReplicationServer", ref=host)


def authorization_entry_object(host: LabHost, entry: AuthorizationEntry) -> LabObject:
    props: dict[str, Any] = {
        "AllowedPrimaryServer": entry.allowed_primary_server,
        "ReplicaStorageLocation": entry.storage_location,
        "TrustGroup": entry.trust_group,
        "ComputerName": host.name,
    }
    text = f"VMReplicationAuthorizationEntry (AllowedPrimaryServer = '{entry.allowed_primary_server}')"
    return LabObject(_types("VMReplicationAuthorizationEntry"), props, text, ref=(host, entry))


def host_object(host: LabHost, vm_count: int) -> LabObject:
    props: dict[str, Any] = {
        "ComputerName": host.name,
        "Name": host.name,
        "FullyQualifiedDomainName": host.fqdn,
        "LogicalProcessorCount": host.logical_processors,
        "MemoryCapacity": UInt64(host.memory_capacity),
        "VirtualMachinePath": host.vm_path,
        "VirtualHardDiskPath": host.vhd_path,
        "OperatingSystemVersion": host.os_version,  # not a VMHost property; handy for the client
        "SupportedVmVersions": ["9.0", "9.1", "9.2", "9.3", "10.0"],
        "VirtualMachineCount": vm_count,
    }
    return LabObject([NS + "VMHost", "System.Object"], props, f"VMHost (Name = '{host.name}')", ref=host)


def selected(obj: LabObject, names: list[str]) -> LabObject:
    """Select-Object -Property: a PSCustomObject named Selected.<type> with note properties."""
    props = {name: obj.properties.get(name) for name in names}
    return LabObject(
        [f"Selected.{obj.type_name}", "System.Management.Automation.PSCustomObject", "System.Object"],
        props,
        "@{" + "; ".join(f"{k}={_plain(v)}" for k, v in props.items()) + "}",
        ref=obj.ref,
    )


def _plain(value: Any) -> str:
    if isinstance(value, VMReplicationHealthState | VMReplicationState | VMReplicationRelationshipType):
        return value.name
    return "" if value is None else str(value)
