"""Initial replication: over the network (now or scheduled), from a backup, or via external media."""

from __future__ import annotations

from collections.abc import Iterable

from hvgui.lab import engine, objects
from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets import validation
from hvgui.lab.cmdlets.common import each_vm, target_vms
from hvgui.lab.context import Context
from hvgui.lab.enums import ErrorCategory, VMReplicationMode
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabVM, ReplicationSide
from hvgui.lab.records import LabObject
from hvgui.lab.runtime import MediaExport, cmdlet


def _sending_side(ctx: Context, vm: LabVM) -> ReplicationSide:
    """On a primary the main relationship; on a replica the extended one [reference 4.3]."""
    if vm.mode is VMReplicationMode.Primary and vm.relation is not None:
        return vm.relation
    if vm.mode is VMReplicationMode.Replica:
        if vm.extended is None:
            raise ctx.not_applicable(vm, "Replica")
        return vm.extended
    raise ctx.not_applicable(vm, vm.mode.name.rstrip("_"))


def _passthru(ctx: Context, call: BoundCall, vm: LabVM) -> list[LabObject]:
    return [objects.vm_object(ctx.host, vm, ctx.now)] if call.has("Passthru") else []


@cmdlet("Start-VMInitialReplication")
def start_initial_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    if call.has("DestinationPath") and (call.has("InitialReplicationStartTime") or call.has("UseBackup")):
        raise ctx.argument_error(
            "-DestinationPath cannot be combined with -InitialReplicationStartTime or -UseBackup.",
            "DestinationPath",
        )
    when = (
        validation.check_start_time(
            ctx, call.get("InitialReplicationStartTime"), "InitialReplicationStartTime"
        )
        if call.has("InitialReplicationStartTime")
        else None
    )

    def start(vm: LabVM) -> list[LabObject]:
        side = _sending_side(ctx, vm)
        if side.state is not S.ReadyForInitialReplication:
            raise ctx.invalid_replication_state(vm)
        partner = engine.find_partner(ctx.lab, ctx.host, vm, side)
        target = ctx.lab.find_host(side.settings.replica_server)
        if partner is None or target is None or not ctx.lab.reachable(ctx.host, target):
            raise ctx.error(
                f"Hyper-V cannot connect to the Replica server '{side.settings.replica_server}' to start initial "
                f"replication for '{vm.name}'. Error: A connection with the server could not be established "
                "(0x00002EFD).",
                ErrorCategory.ConnectionError,
                "OperationFailed",
                vm,
            )
        other = partner[1]
        side.ir_sent_bytes = other.ir_sent_bytes = 0
        if call.has("UseBackup"):
            if other.ir_method != "backup":
                raise ctx.error(
                    f"The Replica virtual machine '{vm.name}' on '{target.fqdn}' was not prepared as the initial "
                    "copy. Mark the existing virtual machine with Set-VMReplication -AsReplica first.",
                    ErrorCategory.InvalidOperation,
                    "InvalidOperation",
                    vm,
                )
            side.ir_method = "backup"
        elif call.has("DestinationPath"):
            folder = f"{str(call.get('DestinationPath')).rstrip(chr(92))}\\{vm.name}_{vm.id}"
            ctx.lab.media.append(MediaExport(vm.id, vm.name, ctx.host.name, folder, side.ir_total_bytes))
            side.ir_method, side.export_path = "export", folder
            side.ir_sent_bytes = side.ir_total_bytes
            side.state = S.InitialReplicationInProgress
            return _passthru(ctx, call, vm)
        else:
            side.ir_method = "network"
        if when is not None:
            # UNCERTAIN (reference 5.1): the state while a scheduled start waits; the lab keeps
            # ReadyForInitialReplication with InitialReplicationStartTime set, as Get-VMReplication shows it.
            side.ir_start_time = when
        else:
            side.ir_start_time = ctx.now
            side.state = S.InitialReplicationInProgress
        return _passthru(ctx, call, vm)

    return each_vm(ctx, target_vms(ctx, call), start)


@cmdlet("Stop-VMInitialReplication")
def stop_initial_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def stop(vm: LabVM) -> list[LabObject]:
        side = _sending_side(ctx, vm)
        running = side.state is S.InitialReplicationInProgress and side.ir_method != "export"
        paused = side.state is S.Suspended and side.state_before_suspend is S.InitialReplicationInProgress
        scheduled = side.state is S.ReadyForInitialReplication and side.ir_start_time is not None
        never = side.state is S.Error and side.last_replication_time is None
        if not (running or paused or scheduled or never):
            # An export that has finished can no longer be stopped: the replica imports it [reference 4.3].
            raise ctx.invalid_replication_state(vm)
        side.state = S.ReadyForInitialReplication
        side.ir_sent_bytes, side.ir_start_time, side.state_before_suspend = 0, None, None
        partner = engine.find_partner(ctx.lab, ctx.host, vm, side)
        if partner is not None:
            partner[1].ir_sent_bytes, partner[1].ir_start_time = 0, None
        return _passthru(ctx, call, vm)

    return each_vm(ctx, target_vms(ctx, call), stop)


@cmdlet("Import-VMInitialReplication")
def import_initial_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    path = str(call.get("Path")).rstrip("\\").lower()

    def do_import(vm: LabVM) -> list[LabObject]:
        side = vm.relation
        if vm.mode not in (VMReplicationMode.Replica, VMReplicationMode.ExtendedReplica) or side is None:
            raise ctx.not_applicable(vm, vm.mode.name.rstrip("_"))
        if side.state is not S.WaitingForInitialReplication:
            raise ctx.invalid_replication_state(vm)
        export = next(
            (
                m
                for m in reversed(ctx.lab.media)
                if m.vm_id == vm.id and path in (m.path.lower(), m.path.lower().rsplit("\\", 1)[0])
            ),
            None,
        )
        if export is None:
            raise ctx.error(
                f"The path '{call.get('Path')}' does not contain an initial replica of virtual machine "
                f"'{vm.name}' (expected a folder named '{vm.name}_{vm.id}').",
                ErrorCategory.ObjectNotFound,
                "ObjectNotFound",
                str(call.get("Path")),
            )
        source_host = ctx.lab.find_host(export.source_host)
        source_vm = source_host.vms.get(vm.id) if source_host else None
        source = next(
            (
                s
                for s in (source_vm.sides() if source_vm else [])
                if s.is_source and s.state is S.InitialReplicationInProgress and s.ir_method == "export"
            ),
            None,
        )
        if source is None:
            side.state = S.Replicating
            side.last_replication_time = ctx.now
        else:
            engine.complete_initial_replication(vm, source, side, ctx.now)
        return _passthru(ctx, call, vm)

    return each_vm(ctx, target_vms(ctx, call), do_import)
