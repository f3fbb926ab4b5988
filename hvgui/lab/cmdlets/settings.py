"""Set-VMReplication: change a relationship's settings, or -Reverse / -AsReplica after a failover."""

from __future__ import annotations

from collections.abc import Iterable

from hvgui.lab import engine, objects
from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets import enable, server, validation
from hvgui.lab.cmdlets.common import as_list, each_vm, target_vms
from hvgui.lab.context import Context
from hvgui.lab.enums import ErrorCategory, ReplicationAuthenticationType, VMReplicationMode
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabVM, ReplicationSide
from hvgui.lab.records import LabObject
from hvgui.lab.runtime import cmdlet

_SELECTION = {
    "VMName",
    "VM",
    "VMReplication",
    "ComputerName",
    "CimSession",
    "Credential",
    "Passthru",
    "AsJob",
    "Confirm",
    "WhatIf",
    "ErrorAction",
    "WarningAction",
    "Verbose",
    "Debug",
    "InformationAction",
    "ErrorVariable",
    "WarningVariable",
    "InformationVariable",
    "OutVariable",
    "OutBuffer",
    "PipelineVariable",
}
_CONNECTION = ("ReplicaServerName", "ReplicaServerPort", "AuthenticationType", "CertificateThumbprint")
_DISKS = ("ReplicatedDisks", "ReplicatedDiskPaths")


@cmdlet("Set-VMReplication")
def set_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    given = [p for p in call.params if p not in _SELECTION]
    validation.check_ranges(ctx, call)
    if call.has("AsReplica"):
        others = [p for p in given if p not in ("AsReplica", "AllowedPrimaryServer")]
        if others:
            raise ctx.argument_error(f"-AsReplica cannot be combined with -{others[0]}.", others[0])
    if call.has("Reverse") and any(call.has(p) for p in _DISKS):
        raise ctx.argument_error(
            "-Reverse cannot be combined with -ReplicatedDisks or -ReplicatedDiskPaths.", "Reverse"
        )
    if call.has("UseBackup") and not call.has("InitialReplicationStartTime"):
        raise ctx.argument_error(
            "-UseBackup can be used only together with -InitialReplicationStartTime.", "UseBackup"
        )
    if not given:
        raise ctx.error(
            "No replication settings were specified to change.",
            ErrorCategory.InvalidArgument,
            "InvalidParameter",
            "Set-VMReplication",
        )

    def apply(vm: LabVM) -> list[LabObject]:
        if call.has("AsReplica"):
            enable.mark_as_replica(ctx, vm, str(call.get("AllowedPrimaryServer") or ""))
            side = vm.relation
        elif call.has("Reverse"):
            from hvgui.lab.cmdlets.failover import reverse

            side = reverse(ctx, call, vm)
        else:
            side = _change(ctx, call, vm)
        assert side is not None
        return [objects.replication_object(ctx.host, vm, side, ctx.now)] if call.has("Passthru") else []

    return each_vm(ctx, target_vms(ctx, call), apply)


def _change(ctx: Context, call: BoundCall, vm: LabVM) -> ReplicationSide:
    mode = vm.mode
    if mode is VMReplicationMode.None_ or mode in (
        VMReplicationMode.TestReplica,
        VMReplicationMode.ExtendedReplica,
    ):
        raise ctx.not_applicable(vm, mode.name.rstrip("_"))
    if mode is VMReplicationMode.Replica:
        if vm.extended is None:
            raise ctx.error(
                f"The replication settings of the Replica virtual machine '{vm.name}' cannot be changed. Change "
                "them on the primary server.",
                ErrorCategory.InvalidOperation,
                "InvalidOperation",
                vm,
            )
        side = vm.extended
    else:
        assert vm.relation is not None
        side = vm.relation
    extended = side is vm.extended
    s = side.settings
    if call.has("InitialReplicationStartTime"):
        if side.state is not S.ReadyForInitialReplication:
            raise ctx.invalid_replication_state(vm)
        when = validation.check_start_time(
            ctx, call.get("InitialReplicationStartTime"), "InitialReplicationStartTime"
        )
    primary_freq = vm.relation.settings.frequency_sec if extended and vm.relation else None
    new = enable.settings_from_call(
        call,
        ctx.host,
        ctx.host,
        int(call.get("ReplicaServerPort", s.replica_port)),
        ReplicationAuthenticationType(int(call.get("AuthenticationType", s.auth_type))),
        defaults=s,
    )
    new.replica_server = s.replica_server
    if call.has("DisableVSSSnapshotReplication"):
        new.vss_hours = 0
    validation.check_frequency(
        ctx,
        new.frequency_sec if call.has("ReplicationFrequencySec") else None,
        extended=extended,
        primary_frequency=primary_freq,
    )
    validation.check_vss(ctx, new.vss_hours, new.recovery_history, extended=extended)
    if any(call.has(p) for p in _DISKS):
        if extended:
            raise ctx.argument_error(
                "The replicated disks of an extended relationship cannot be changed.", "ReplicatedDiskPaths"
            )
        new.excluded_disks = _excluded_from_included(ctx, call, vm)
    if any(call.has(p) for p in _CONNECTION):
        name = str(call.get("ReplicaServerName", s.replica_server))
        target = server.connect_replica_server(
            ctx, name, new.replica_port, new.auth_type, new.certificate_thumbprint
        )
        if not target.answers_to(s.replica_server):
            raise ctx.argument_error(
                "The Replica server of an existing relationship cannot be changed to a different server. Remove "
                "replication and enable it again with the new Replica server.",
                "ReplicaServerName",
            )
    side.settings = new
    if call.has("InitialReplicationStartTime"):
        side.ir_start_time = when
        side.ir_method = "backup" if call.has("UseBackup") else "network"
    partner = engine.find_partner(ctx.lab, ctx.host, vm, side)
    if partner is not None:
        partner[1].settings = new.__class__(**vars(new))
    return side


def _excluded_from_included(ctx: Context, call: BoundCall, vm: LabVM) -> list[str]:
    included = [str(p).lower() for p in as_list(call.get("ReplicatedDiskPaths"))]
    included += [
        o.ref[1].path.lower() for o in as_list(call.get("ReplicatedDisks")) if isinstance(o, LabObject)
    ]
    known = {d.path.lower() for d in vm.disks}
    for path in included:
        if path not in known:
            raise ctx.argument_error(
                f"The virtual hard disk '{path}' is not attached to '{vm.name}'.", "ReplicatedDiskPaths"
            )
    return [d.path for d in vm.disks if d.path.lower() not in included]
