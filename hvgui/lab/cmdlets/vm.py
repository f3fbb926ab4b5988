"""VM power, inventory and hardware cmdlets: Get-VM, Start/Stop/Save-VM, disks, adapters, host."""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from hvgui.lab import objects
from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets.common import as_list, target_vms
from hvgui.lab.context import Context, has_wildcards, wildcard_regex
from hvgui.lab.enums import ErrorCategory, SnapshotType, VMReplicationMode, VMState
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabVM, NetworkAdapter
from hvgui.lab.records import LabError, LabObject
from hvgui.lab.runtime import cmdlet


@cmdlet("Get-VM")
def get_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    if call.has("Id"):
        vms = [ctx.vm_by_id(UUID(str(call.get("Id"))))]
    elif call.has("Name"):
        vms = ctx.vms_by_name(as_list(call.get("Name")))
    else:
        vms = sorted(ctx.host.vms.values(), key=lambda v: v.name.lower())
    return [objects.vm_object(ctx.host, vm, ctx.now) for vm in vms]


def _passthru(ctx: Context, call: BoundCall, vm: LabVM) -> list[LabObject]:
    return [objects.vm_object(ctx.host, vm, ctx.now)] if call.has("Passthru") else []


@cmdlet("Start-VM")
def start_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    out: list[LabObject] = []
    for vm in target_vms(ctx, call, "Name"):
        try:
            _check_startable(ctx, vm)
        except LabError as err:  # reported per VM, like Hyper-V does
            if err.terminating:
                raise
            ctx.write_error(err)
            continue
        if vm.state is not VMState.Running:
            vm.state = VMState.Running
            vm.started_at = ctx.now
        out += _passthru(ctx, call, vm)
    return out


def _check_startable(ctx: Context, vm: LabVM) -> None:
    side = vm.relation
    if vm.state is VMState.Running:
        raise ctx.error(
            f"'{vm.name}' failed to change state. The operation cannot be performed while the object is "
            "in its current state.",
            ErrorCategory.InvalidOperation,
            "InvalidState",
            vm,
        )
    if side is not None and side.is_source and side.state is S.PreparedForFailover:
        raise ctx.error(
            f"'{vm.name}' failed to start. The virtual machine is prepared for planned failover; cancel the "
            "failover or reverse replication before starting it.",
            ErrorCategory.InvalidOperation,
            "InvalidState",
            vm,
        )
    replica = vm.mode in (VMReplicationMode.Replica, VMReplicationMode.ExtendedReplica)
    if replica and side is not None and side.state not in (S.FailedOverWaitingCompletion, S.FailedOver):
        raise ctx.error(
            f"'{vm.name}' failed to start. A Replica virtual machine cannot be started before it has "
            "been failed over.",
            ErrorCategory.InvalidOperation,
            "InvalidState",
            vm,
        )


@cmdlet("Stop-VM")
def stop_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    out: list[LabObject] = []
    for vm in target_vms(ctx, call, "Name"):
        if vm.state in (VMState.Off, VMState.Saved) and not call.has("TurnOff"):
            ctx.warnings.append(f"The virtual machine '{vm.name}' is already in the specified state.")
            out += _passthru(ctx, call, vm)
            continue
        if call.has("Save"):
            vm.state = VMState.Saved
        elif call.has("TurnOff") or call.has("Force") or not vm.shutdown_blocked:
            vm.state = VMState.Off
        else:
            ctx.write_error(
                ctx.error(
                    f"'{vm.name}' failed to shut down. The guest operating system did not respond to the "
                    "shutdown request. Use -Force or -TurnOff.",
                    ErrorCategory.OperationTimeout,
                    "OperationFailed",
                    vm,
                )
            )
            continue
        vm.started_at = None
        out += _passthru(ctx, call, vm)
    return out


@cmdlet("Save-VM")
def save_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    out: list[LabObject] = []
    for vm in target_vms(ctx, call, "Name"):
        if vm.state is not VMState.Running:
            ctx.write_error(ctx.invalid_vm_state(vm, VMState.Running))
            continue
        vm.state, vm.started_at = VMState.Saved, None
        out += _passthru(ctx, call, vm)
    return out


@cmdlet("Suspend-VM")
def suspend_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    return _pause_resume(ctx, call, VMState.Running, VMState.Paused)


@cmdlet("Resume-VM")
def resume_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    return _pause_resume(ctx, call, VMState.Paused, VMState.Running)


def _pause_resume(ctx: Context, call: BoundCall, needed: VMState, result: VMState) -> list[LabObject]:
    out: list[LabObject] = []
    for vm in target_vms(ctx, call, "Name"):
        if vm.state is not needed:
            ctx.write_error(ctx.invalid_vm_state(vm, needed))
            continue
        vm.state = result
        out += _passthru(ctx, call, vm)
    return out


@cmdlet("Restart-VM")
def restart_vm(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    out: list[LabObject] = []
    for vm in target_vms(ctx, call, "Name"):
        if vm.state is not VMState.Running:
            ctx.write_error(ctx.invalid_vm_state(vm, VMState.Running))
            continue
        vm.started_at = ctx.now
        out += _passthru(ctx, call, vm)
    return out


@cmdlet("Get-VMHost")
def get_vmhost(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    ctx.check_computer_name(call.get("ComputerName"))
    return [objects.host_object(ctx.host, len(ctx.host.vms))]


@cmdlet("Get-VMSnapshot")
def get_vmsnapshot(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    if call.has("ParentOf") or call.has("ChildOf"):
        return []  # Recovery points form no checkpoint tree in the lab.
    vms = list(ctx.host.vms.values()) if call.has("Id") else target_vms(ctx, call)
    wanted_type = call.get("SnapshotType")
    name = call.get("Name")
    pattern = wildcard_regex(str(name)) if name is not None else None
    out: list[LabObject] = []
    for vm in vms:
        for point in vm.recovery_points:
            if call.has("Id") and point.id != UUID(str(call.get("Id"))):
                continue
            if wanted_type is not None and point.snapshot_type is not SnapshotType(int(wanted_type)):
                continue
            if pattern is not None and not pattern.fullmatch(point.name):
                continue
            out.append(objects.snapshot_object(ctx.host, vm, point))
    if name is not None and not has_wildcards(str(name)) and not out:
        ctx.write_error(
            ctx.error(
                f'Hyper-V was unable to find a checkpoint with name "{name}".',
                ErrorCategory.ObjectNotFound,
                "ObjectNotFound",
                str(name),
            )
        )
    return out


@cmdlet("Get-VMHardDiskDrive")
def get_vmharddiskdrive(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    out: list[LabObject] = []
    for vm in target_vms(ctx, call):
        for disk in vm.disks:
            if (
                call.has("ControllerType")
                and str(call.get("ControllerType")).upper() != disk.controller_type.upper()
            ):
                continue
            if call.has("ControllerNumber") and call.get("ControllerNumber") != disk.controller_number:
                continue
            if call.has("ControllerLocation") and call.get("ControllerLocation") != disk.controller_location:
                continue
            out.append(objects.disk_object(ctx.host, vm, disk))
    return out


@cmdlet("Get-VMNetworkAdapter")
def get_vmnetworkadapter(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    if call.has("ManagementOS"):
        return []  # The lab's hosts have no host vNICs.
    vms = list(ctx.host.vms.values()) if call.has("All") else target_vms(ctx, call)
    name = call.get("Name")
    pattern = wildcard_regex(str(name)) if name else None
    return [
        objects.adapter_object(ctx.host, vm, a)
        for vm in vms
        for a in vm.adapters
        if pattern is None or pattern.fullmatch(a.name)
    ]


@cmdlet("Set-VMNetworkAdapter")
def set_vmnetworkadapter(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    unsupported = [p for p in call.params if p not in _SET_ADAPTER_SUPPORTED]
    if unsupported:
        raise ctx.error(
            f"The Hyper-V lab does not simulate Set-VMNetworkAdapter -{unsupported[0]}.",
            ErrorCategory.NotImplemented,
            "NotSupported",
            unsupported[0],
        )
    out: list[LabObject] = []
    for vm, adapter in _adapters(ctx, call):
        if call.has("TestReplicaSwitchName"):
            adapter.test_replica_switch_name = str(call.get("TestReplicaSwitchName")) or None
        if call.has("Passthru"):
            out.append(objects.adapter_object(ctx.host, vm, adapter))
    return out


_SET_ADAPTER_SUPPORTED = {
    "VMName",
    "VM",
    "VMNetworkAdapter",
    "Name",
    "TestReplicaSwitchName",
    "Passthru",
    "ComputerName",
    "Confirm",
    "WhatIf",
    "ErrorAction",
    "WarningAction",
    "Verbose",
    "Debug",
}


def _adapters(ctx: Context, call: BoundCall) -> list[tuple[LabVM, NetworkAdapter]]:
    if call.has("VMNetworkAdapter"):
        return [o.ref for o in as_list(call.get("VMNetworkAdapter")) if isinstance(o, LabObject)]
    name = call.get("Name") or call.get("VMNetworkAdapterName")
    pattern = wildcard_regex(str(name)) if name else None
    return [
        (vm, a)
        for vm in target_vms(ctx, call)
        for a in vm.adapters
        if pattern is None or pattern.fullmatch(a.name)
    ]


@cmdlet("Get-VMNetworkAdapterFailoverConfiguration")
def get_failover_config(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    return [objects.failover_config_object(ctx.host, vm, a) for vm, a in _adapters(ctx, call)]


_FAILOVER_FIELDS = {
    "IPv4Address": "ipv4_address",
    "IPv4SubnetMask": "ipv4_subnet_mask",
    "IPv4DefaultGateway": "ipv4_default_gateway",
    "IPv4PreferredDNSServer": "ipv4_preferred_dns",
    "IPv4AlternateDNSServer": "ipv4_alternate_dns",
    "IPv6Address": "ipv6_address",
    "IPv6SubnetPrefixLength": "ipv6_subnet_prefix_length",
    "IPv6DefaultGateway": "ipv6_default_gateway",
    "IPv6PreferredDNSServer": "ipv6_preferred_dns",
    "IPv6AlternateDNSServer": "ipv6_alternate_dns",
}


@cmdlet("Set-VMNetworkAdapterFailoverConfiguration")
def set_failover_config(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    out: list[LabObject] = []
    for vm, adapter in _adapters(ctx, call):
        f = adapter.failover
        if call.has("ClearFailoverIPv4Settings"):
            for attr in [a for k, a in _FAILOVER_FIELDS.items() if k.startswith("IPv4")]:
                setattr(f, attr, "")
        if call.has("ClearFailoverIPv6Settings"):
            for attr in [a for k, a in _FAILOVER_FIELDS.items() if k.startswith("IPv6")]:
                setattr(f, attr, "")
        for param, attr in _FAILOVER_FIELDS.items():
            if call.has(param):
                setattr(f, attr, str(call.get(param)))
        if call.has("Passthru"):
            out.append(objects.failover_config_object(ctx.host, vm, adapter))
    return out
