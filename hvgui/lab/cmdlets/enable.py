"""Enable-VMReplication: a new primary relationship, an extended one (on a replica), or -AsReplica."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable

from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets import server, validation
from hvgui.lab.cmdlets.common import as_list, target_vms
from hvgui.lab.context import Context, wildcard_regex
from hvgui.lab.enums import (
    ErrorCategory,
    ReplicationAuthenticationType,
    VMReplicationMode,
    VMReplicationRelationshipType,
    VMState,
)
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import (
    LabHost,
    LabVM,
    ReplicationSettings,
    ReplicationSide,
    ReplicationStats,
    VirtualDisk,
)
from hvgui.lab.records import LabError, LabObject
from hvgui.lab.runtime import cmdlet


@cmdlet("Enable-VMReplication")
def enable_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    validation.check_ranges(ctx, call)
    for vm in target_vms(ctx, call):
        try:
            if call.has("AsReplica"):
                mark_as_replica(ctx, vm, str(call.get("AllowedPrimaryServer") or ""))
            else:
                _enable(ctx, call, vm)
        except LabError as err:
            if err.terminating:
                raise
            ctx.write_error(err)
    return []


def mark_as_replica(ctx: Context, vm: LabVM, allowed_primary: str) -> None:
    """An existing VM on the Replica server becomes the target of a future initial replication."""
    if vm.mode is not VMReplicationMode.None_ and not (
        vm.mode is VMReplicationMode.Primary and ctx.cmdlet == "Set-VMReplication"
    ):
        raise ctx.invalid_replication_state(vm)
    if vm.state is not VMState.Off:
        # UNCERTAIN: the reference does not say; a VM that will receive replication must not run.
        raise ctx.invalid_vm_state(vm)
    r = ctx.host.replica
    if not r.enabled:
        raise ctx.error(
            f"The computer '{ctx.host.fqdn}' is not enabled as a Replica server.",
            ErrorCategory.InvalidOperation,
            "InvalidOperation",
            vm,
        )
    if not allowed_primary and not (r.allow_any or any(e.allowed_primary_server == "*" for e in r.entries)):
        raise ctx.argument_error(
            "-AllowedPrimaryServer must be specified because the Replica server does not allow replication from "
            "any server.",
            "AllowedPrimaryServer",
        )
    if allowed_primary and not r.allow_any:
        primary = ctx.lab.find_host(allowed_primary)
        names = [allowed_primary] + ([primary.fqdn] if primary else [])
        if not any(wildcard_regex(e.allowed_primary_server).fullmatch(n) for e in r.entries for n in names):
            raise ctx.argument_error(
                f"The primary server '{allowed_primary}' does not match any authorization entry of this Replica "
                "server.",
                "AllowedPrimaryServer",
            )
    settings = ReplicationSettings(
        primary_server=allowed_primary,
        replica_server=ctx.host.fqdn,
        replica_port=r.kerberos_port,
        auth_type=ReplicationAuthenticationType.Kerberos,
    )
    vm.relation = ReplicationSide(
        VMReplicationRelationshipType.Simple,
        False,
        S.WaitingForInitialReplication,
        settings,
        ReplicationStats(ctx.now),
        allowed_primary_server=allowed_primary,
    )
    vm.relation.ir_method = "backup"


def settings_from_call(
    call: BoundCall,
    primary: LabHost,
    replica: LabHost,
    port: int,
    auth: ReplicationAuthenticationType,
    defaults: ReplicationSettings | None = None,
) -> ReplicationSettings:
    base = (
        copy.deepcopy(defaults) if defaults else ReplicationSettings(primary.fqdn, replica.fqdn, port, auth)
    )
    base.primary_server, base.replica_server, base.replica_port, base.auth_type = (
        primary.fqdn,
        replica.fqdn,
        port,
        auth,
    )
    base.certificate_thumbprint = str(call.get("CertificateThumbprint", base.certificate_thumbprint) or "")
    if auth is ReplicationAuthenticationType.Kerberos:
        base.certificate_thumbprint = ""
    for param, attr in _SETTING_PARAMS.items():
        if call.has(param):
            setattr(base, attr, call.get(param))
    return base


_SETTING_PARAMS = {
    "CompressionEnabled": "compression",
    "ReplicationFrequencySec": "frequency_sec",
    "RecoveryHistory": "recovery_history",
    "VSSSnapshotFrequencyHour": "vss_hours",
    "BypassProxyServer": "bypass_proxy",
    "ReplicateHostKvpItems": "replicate_host_kvp",
    "AutoResynchronizeEnabled": "auto_resync",
    "AutoResynchronizeIntervalStart": "auto_resync_start",
    "AutoResynchronizeIntervalEnd": "auto_resync_end",
}


def _enable(ctx: Context, call: BoundCall, vm: LabVM) -> None:
    mode = vm.mode
    if mode is VMReplicationMode.Primary or (mode is VMReplicationMode.Replica and vm.extended is not None):
        raise ctx.error(
            f"Replication is already enabled for virtual machine '{vm.name}'.",
            ErrorCategory.InvalidOperation,
            "InvalidOperation",
            vm,
        )
    if mode in (VMReplicationMode.TestReplica, VMReplicationMode.ExtendedReplica):
        raise ctx.not_applicable(vm, mode.name)
    extended = mode is VMReplicationMode.Replica
    if (
        extended
        and vm.relation is not None
        and vm.relation.state
        in (
            S.WaitingForInitialReplication,
            S.FailedOverWaitingCompletion,
            S.FailedOver,
        )
    ):
        raise ctx.invalid_replication_state(vm)
    name = str(call.get("ReplicaServerName"))
    validation.check_server_name(ctx, name)
    port = int(call.get("ReplicaServerPort"))
    auth = ReplicationAuthenticationType(int(call.get("AuthenticationType")))
    if call.has("EnableWriteOrderPreservationAcrossDisks"):
        # [CODE]: Enable-VMReplication always preserves write order; the parameter only warns.
        ctx.warnings.append("Write order preservation across disks is always enabled for new relationships.")
    primary_freq = vm.relation.settings.frequency_sec if extended and vm.relation else None
    settings = settings_from_call(call, ctx.host, ctx.host, port, auth)
    validation.check_frequency(
        ctx,
        settings.frequency_sec if call.has("ReplicationFrequencySec") or extended else None,
        extended=extended,
        primary_frequency=primary_freq,
    )
    validation.check_vss(ctx, settings.vss_hours, settings.recovery_history, extended=extended)
    settings.excluded_disks = _excluded(ctx, call, vm)
    target = server.connect_replica_server(
        ctx, name, port, auth, str(call.get("CertificateThumbprint") or "")
    )
    if target is ctx.host:
        raise ctx.argument_error(
            "The Replica server cannot be the primary server itself.", "ReplicaServerName"
        )
    admission = server.admit(ctx, target, ctx.host)
    settings.replica_server = target.fqdn
    rel_type = VMReplicationRelationshipType.Extended if extended else VMReplicationRelationshipType.Simple
    replica_side = create_replica(ctx, vm, target, admission, settings, rel_type)
    source = ReplicationSide(
        rel_type, True, S.ReadyForInitialReplication, settings, ReplicationStats(ctx.now)
    )
    source.ir_total_bytes = replica_side.ir_total_bytes
    if extended:
        vm.extended = source
    else:
        vm.relation = source


def _excluded(ctx: Context, call: BoundCall, vm: LabVM) -> list[str]:
    paths = [str(p) for p in as_list(call.get("ExcludedVhdPath"))]
    paths += [o.ref[1].path for o in as_list(call.get("ExcludedVhd")) if isinstance(o, LabObject)]
    known = {d.path.lower(): d.path for d in vm.disks}
    for path in paths:
        if path.lower() not in known:
            raise ctx.argument_error(
                f"The virtual hard disk '{path}' is not attached to '{vm.name}'.", "ExcludedVhdPath"
            )
    return [known[p.lower()] for p in paths]


def create_replica(
    ctx: Context,
    vm: LabVM,
    target: LabHost,
    admission: server.Admission,
    settings: ReplicationSettings,
    rel_type: VMReplicationRelationshipType,
) -> ReplicationSide:
    """The receiving end on the Replica server: a placeholder VM, or a VM marked -AsReplica before."""
    existing = target.vms.get(vm.id)
    replicated = [d for d in vm.disks if d.path not in settings.excluded_disks]
    total = sum(d.file_bytes for d in replicated)
    if existing is not None:
        side = existing.relation
        if side is None or side.is_source or side.state is not S.WaitingForInitialReplication:
            raise ctx.error(
                f"A virtual machine with the ID '{vm.id}' already exists on the Replica server '{target.fqdn}'.",
                ErrorCategory.ResourceExists,
                "ObjectExists",
                vm,
            )
        side.settings = copy.deepcopy(settings)
        side.relationship_type = rel_type
        side.trust_group = admission.trust_group
        side.ir_total_bytes = total
        return side
    storage = admission.storage_location.rstrip("\\")
    folder = f"{storage}\\Hyper-V Replica\\Virtual hard disks\\{vm.id}".upper()
    replica = LabVM(
        id=vm.id,
        name=vm.name,
        state=VMState.Off,
        generation=vm.generation,
        version=vm.version,
        processor_count=vm.processor_count,
        memory_startup=vm.memory_startup,
        path=f"{storage}\\Hyper-V Replica\\Virtual machines\\{vm.id}".upper(),
        disks=[
            VirtualDisk(
                f"{folder}\\{d.path.rsplit(chr(92), 1)[-1]}",
                d.size_bytes,
                # The lab does not model half-written VHDX files: the replica's disk is sized for the copy.
                d.file_bytes,
                d.controller_type,
                d.controller_number,
                d.controller_location,
            )
            for d in replicated
        ],
        # Replica NICs are not connected to a switch [reference 7.7].
        adapters=[
            dataclasses.replace(a, switch_name=None, ip_addresses=[]) for a in copy.deepcopy(vm.adapters)
        ],
        change_rate=vm.change_rate,
        created=ctx.now,
    )
    side = ReplicationSide(
        rel_type,
        False,
        S.WaitingForInitialReplication,
        copy.deepcopy(settings),
        ReplicationStats(ctx.now),
        trust_group=admission.trust_group,
        ir_total_bytes=total,
    )
    replica.relation = side
    target.vms[vm.id] = replica
    return side
