"""Get/Measure, Suspend/Resume/Stop, Remove and Reset of replication relationships."""

from __future__ import annotations

from collections.abc import Iterable

from hvgui.lab import engine, health, objects
from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets import validation
from hvgui.lab.cmdlets.common import each_vm, requested_side, target_vms
from hvgui.lab.context import Context, wildcard_regex
from hvgui.lab.enums import ErrorCategory, VMReplicationMode, VMReplicationRelationshipType
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabVM, ReplicationSide, ReplicationStats
from hvgui.lab.records import LabObject
from hvgui.lab.runtime import cmdlet


def _listed_sides(ctx: Context, call: BoundCall) -> list[tuple[LabVM, ReplicationSide]]:
    """Get-/Measure-VMReplication: every relationship of the chosen VMs that passes the filters."""
    explicit = call.has("VMName") or call.has("VM")
    vms = target_vms(ctx, call) if explicit else sorted(ctx.host.vms.values(), key=lambda v: v.name.lower())
    rel = call.get("ReplicationRelationshipType")
    out: list[tuple[LabVM, ReplicationSide]] = []
    for vm in vms:
        sides = vm.sides()
        if not sides and explicit:
            ctx.write_error(ctx.not_applicable(vm, "None"))
            continue
        for side in sides:
            if rel is not None and side.relationship_type is not VMReplicationRelationshipType(int(rel)):
                continue
            if _filtered_out(ctx, call, vm, side):
                continue
            out.append((vm, side))
    return out


def _filtered_out(ctx: Context, call: BoundCall, vm: LabVM, side: ReplicationSide) -> bool:
    checks = (
        ("ReplicaServerName", side.settings.replica_server),
        ("PrimaryServerName", side.settings.primary_server),
        ("TrustGroup", side.trust_group),
    )
    for param, value in checks:
        wanted = call.get(param)
        if wanted is not None and not wildcard_regex(str(wanted)).fullmatch(value):
            return True
    if call.get("ReplicationState") is not None and side.state != call.get("ReplicationState"):
        return True
    if call.get("ReplicationMode") is not None and vm.mode != call.get("ReplicationMode"):
        return True
    wanted_health = call.get("ReplicationHealth")
    return wanted_health is not None and health.evaluate(vm, side, ctx.now)[0] != wanted_health


@cmdlet("Get-VMReplication")
def get_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    return [objects.replication_object(ctx.host, vm, side, ctx.now) for vm, side in _listed_sides(ctx, call)]


@cmdlet("Measure-VMReplication")
def measure_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    return [objects.replication_health_object(ctx.host, vm, s, ctx.now) for vm, s in _listed_sides(ctx, call)]


def _passthru(ctx: Context, call: BoundCall, vm: LabVM, side: ReplicationSide) -> list[LabObject]:
    return [objects.replication_object(ctx.host, vm, side, ctx.now)] if call.has("Passthru") else []


_SUSPENDABLE = {
    S.WaitingForInitialReplication,
    S.InitialReplicationInProgress,
    S.Resynchronizing,
    S.Replicating,
}


@cmdlet("Suspend-VMReplication")
def suspend_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def suspend(vm: LabVM) -> list[LabObject]:
        side = requested_side(ctx, call, vm)
        if side.state not in _SUSPENDABLE:
            raise ctx.invalid_replication_state(vm)
        side.state_before_suspend = side.state
        side.state = S.Suspended
        return _passthru(ctx, call, vm, side)

    return each_vm(ctx, target_vms(ctx, call), suspend)


_RESUMABLE = {S.Suspended, S.WaitingForStartResynchronize, S.ResynchronizeSuspended, S.Error, S.UpdateError}


@cmdlet("Resume-VMReplication")
def resume_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    if call.has("ResynchronizeStartTime") and not call.has("Resynchronize"):
        raise ctx.argument_error(
            "-ResynchronizeStartTime can be used only together with -Resynchronize.", "ResynchronizeStartTime"
        )
    start = (
        validation.check_start_time(ctx, call.get("ResynchronizeStartTime"), "ResynchronizeStartTime")
        if call.has("ResynchronizeStartTime")
        else None
    )

    def resume(vm: LabVM) -> list[LabObject]:
        if call.has("Continue"):
            from hvgui.lab.cmdlets.failover import continue_extended

            return continue_extended(ctx, call, vm)
        side = requested_side(ctx, call, vm)
        if side.state not in _RESUMABLE:
            raise ctx.invalid_replication_state(vm)
        if call.has("Resynchronize"):
            if not side.is_source:
                raise ctx.not_applicable(vm, "Replica")
            if start is not None:
                side.state, side.resync_start_time = S.WaitingForStartResynchronize, start
            else:
                engine.start_resync(ctx.lab, ctx.host, vm, side)
        elif side.state in (S.WaitingForStartResynchronize, S.ResynchronizeSuspended):
            engine.start_resync(ctx.lab, ctx.host, vm, side)
        elif side.state is S.UpdateError:
            side.state = S.WaitingForUpdateCompletion
        elif side.state is S.Suspended and side.state_before_suspend in (
            S.WaitingForInitialReplication,
            S.InitialReplicationInProgress,
            S.Resynchronizing,
        ):
            side.state = side.state_before_suspend
        else:
            side.state = S.Replicating
            side.failing_since = None
            side.next_cycle_time = None
        side.state_before_suspend = None
        return _passthru(ctx, call, vm, side)

    return each_vm(ctx, target_vms(ctx, call), resume)


@cmdlet("Stop-VMReplication")
def stop_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def stop(vm: LabVM) -> list[LabObject]:
        side = requested_side(ctx, call, vm)
        if side.state is not S.Resynchronizing:
            raise ctx.invalid_replication_state(vm)
        # After cancelling, the VM stays "resynchronization required"; the next resync starts over.
        side.state = S.WaitingForStartResynchronize
        side.resync_done_bytes = 0
        side.resync_start_time = None
        partner = engine.find_partner(ctx.lab, ctx.host, vm, side)
        if partner is not None and partner[1].state is S.Resynchronizing:
            partner[1].state = S.Replicating
        return _passthru(ctx, call, vm, side)

    return each_vm(ctx, target_vms(ctx, call), stop)


@cmdlet("Remove-VMReplication")
def remove_replication(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def remove(vm: LabVM) -> list[LabObject]:
        side = requested_side(ctx, call, vm)
        if side.state is S.Disabled:
            raise ctx.not_applicable(vm, "None")
        out = _passthru(ctx, call, vm, side)
        if side is vm.extended:
            vm.extended = None
            return out
        if vm.extended is not None:
            raise ctx.error(
                f"The replication relationship of '{vm.name}' with its primary server cannot be removed while "
                "extended replication is enabled. Remove extended replication first.",
                ErrorCategory.InvalidOperation,
                "InvalidOperation",
                vm,
            )
        was_replica = vm.mode in (VMReplicationMode.Replica, VMReplicationMode.ExtendedReplica)
        vm.relation = None
        if was_replica:
            # The replica VM stays, turned off, without its recovery points [reference 5.7].
            vm.recovery_points.clear()
        return out

    return each_vm(ctx, target_vms(ctx, call), remove)


@cmdlet("Reset-VMReplicationStatistics")
def reset_statistics(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def reset(vm: LabVM) -> list[LabObject]:
        side = requested_side(ctx, call, vm)
        side.stats = ReplicationStats(monitoring_start=ctx.now)
        return _passthru(ctx, call, vm, side)

    return each_vm(ctx, target_vms(ctx, call), reset)
