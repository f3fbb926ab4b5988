"""Failover: prepare (planned), fail over, test failover, cancel, complete, reverse and -Continue."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from uuid import uuid4

from hvgui.lab import engine, objects
from hvgui.lab.binder import BoundCall
from hvgui.lab.cmdlets import enable, server, validation
from hvgui.lab.cmdlets.common import as_list, each_vm, target_vms
from hvgui.lab.context import Context
from hvgui.lab.enums import (
    ErrorCategory,
    ReplicationAuthenticationType,
    SnapshotType,
    VMReplicationMode,
    VMReplicationRelationshipType,
    VMState,
)
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import LabVM, RecoveryPoint, ReplicationSide, ReplicationStats
from hvgui.lab.records import LabObject
from hvgui.lab.runtime import cmdlet

_FAILOVER_FROM = {S.Replicating, S.Resynchronizing, S.Suspended, S.WaitingForUpdateCompletion}
_RECOVERY_TYPES = {SnapshotType.Replica, SnapshotType.AppConsistentReplica, SnapshotType.SyncedReplica}


@cmdlet("Start-VMFailover")
def start_failover(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    if call.has("VMRecoverySnapshot"):
        snap = call.get("VMRecoverySnapshot")
        owner: LabVM = snap.ref[0]
        point: RecoveryPoint = snap.ref[1]
        if ctx.host.vms.get(owner.id) is not owner or point not in owner.recovery_points:
            raise ctx.error(
                "The recovery point no longer exists.",
                ErrorCategory.ObjectNotFound,
                "ObjectNotFound",
                snap.to_string,
            )
        return each_vm(ctx, [owner], lambda v: _failover_one(ctx, call, v, point))
    return each_vm(ctx, target_vms(ctx, call), lambda v: _failover_one(ctx, call, v, None))


def _failover_one(ctx: Context, call: BoundCall, vm: LabVM, point: RecoveryPoint | None) -> list[LabObject]:
    mode = vm.mode
    if mode is VMReplicationMode.Primary:
        if call.has("AsTest") or point is not None:
            raise ctx.argument_error(
                "The only valid parameter for a primary virtual machine is -Prepare.", "AsTest"
            )
        if not call.has("Prepare"):
            raise ctx.argument_error(
                f"'{vm.name}' is a primary virtual machine: specify -Prepare to prepare a planned failover.",
                "Prepare",
            )
        assert vm.relation is not None
        return _prepare(ctx, call, vm, vm.relation)
    if mode is VMReplicationMode.Replica and call.has("Prepare"):
        if vm.extended is None:
            raise ctx.not_applicable(vm, "Replica")
        return _prepare(ctx, call, vm, vm.extended)
    if mode in (VMReplicationMode.None_, VMReplicationMode.TestReplica):
        raise ctx.not_applicable(vm, mode.name.rstrip("_"))
    if call.has("Prepare"):
        raise ctx.not_applicable(vm, "ExtendedReplica")
    side = vm.relation
    assert side is not None
    if vm.state is not VMState.Off:
        raise ctx.invalid_vm_state(vm)
    if side.state not in _FAILOVER_FROM:
        raise ctx.invalid_replication_state(vm)
    if side.last_replication_time is None:
        raise ctx.error(
            f"Failover cannot be started for '{vm.name}' because it has not received any replication yet.",
            ErrorCategory.InvalidOperation,
            "InvalidState",
            vm,
        )
    if point is not None and point.snapshot_type not in _RECOVERY_TYPES:
        raise ctx.argument_error(
            f"The checkpoint '{point.name}' is not a recovery point.", "VMRecoverySnapshot"
        )
    if call.has("AsTest"):
        return [_test_failover(ctx, vm, side)]
    # A suspended or resynchronising replica is resumed before it fails over [CODE].
    side.state_before_failover = S.Replicating
    side.state = S.FailedOverWaitingCompletion
    side.failover_point = point.id if point else None
    return [objects.vm_object(ctx.host, vm, ctx.now)] if call.has("Passthru") else []


def _prepare(ctx: Context, call: BoundCall, vm: LabVM, side: ReplicationSide) -> list[LabObject]:
    if side.state is not S.Replicating:
        raise ctx.invalid_replication_state(vm)
    if vm.state is not VMState.Off:
        raise ctx.invalid_vm_state(vm)
    partner = engine.find_partner(ctx.lab, ctx.host, vm, side)
    target = ctx.lab.find_host(side.settings.replica_server)
    if partner is None or target is None or not ctx.lab.reachable(ctx.host, target):
        raise ctx.error(
            f"The planned failover of '{vm.name}' cannot be prepared: the pending changes cannot be sent to the "
            f"Replica server '{side.settings.replica_server}'.",
            ErrorCategory.ConnectionError,
            "OperationFailed",
            vm,
        )
    # Send what is pending; the replica gets the synced point it will fail over to.
    other_host, other = partner
    side.pending_bytes = 0
    side.last_replication_time = other.last_replication_time = ctx.now
    replica = other_host.vms[vm.id]
    replica.recovery_points.append(
        RecoveryPoint(engine.recovery_point_name(replica, ctx.now), SnapshotType.SyncedReplica, ctx.now)
    )
    side.state = S.PreparedForFailover
    return [objects.vm_object(ctx.host, vm, ctx.now)] if call.has("Passthru") else []


def _test_failover(ctx: Context, vm: LabVM, side: ReplicationSide) -> LabObject:
    if side.state in (S.Resynchronizing, S.WaitingForUpdateCompletion):
        raise ctx.invalid_replication_state(vm)
    if side.test_vm_id is not None and side.test_vm_id in ctx.host.vms:
        raise ctx.error(
            f"A test failover is already running for '{vm.name}'. Stop the test failover before starting another.",
            ErrorCategory.InvalidOperation,
            "InvalidState",
            vm,
        )
    test = dataclasses.replace(
        copy.deepcopy(vm),
        id=uuid4(),
        name=f"{vm.name} - Test",
        state=VMState.Off,
        relation=None,
        extended=None,
        recovery_points=[],
        test_of=vm.id,
        created=ctx.now,
        started_at=None,
    )
    # The test VM is not networked unless the replica's adapter names a test failover switch.
    for adapter in test.adapters:
        adapter.switch_name = adapter.test_replica_switch_name
        adapter.id = uuid4()
    ctx.host.vms[test.id] = test
    side.test_vm_id = test.id
    side.last_test_failover_time = ctx.now
    return objects.vm_object(ctx.host, test, ctx.now)


@cmdlet("Stop-VMFailover")
def stop_failover(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def stop(vm: LabVM) -> list[LabObject]:
        side = vm.relation
        if vm.mode is VMReplicationMode.TestReplica:
            raise ctx.not_applicable(vm, "TestReplica")
        if side is not None and not side.is_source and side.test_vm_id in ctx.host.vms:
            assert side.test_vm_id is not None
            del ctx.host.vms[side.test_vm_id]
            side.test_vm_id = None
        elif side is not None and not side.is_source and side.state is S.FailedOverWaitingCompletion:
            vm.state, vm.started_at = VMState.Off, None
            side.state = side.state_before_failover or S.Replicating
            side.failover_point = None
            side.next_cycle_time = None
        else:
            prepared = next((s for s in vm.sides() if s.is_source and s.state is S.PreparedForFailover), None)
            if prepared is None:
                raise ctx.invalid_replication_state(vm)
            prepared.state = S.Replicating
            prepared.next_cycle_time = None
        return [objects.vm_object(ctx.host, vm, ctx.now)] if call.has("Passthru") else []

    return each_vm(ctx, target_vms(ctx, call), stop)


@cmdlet("Complete-VMFailover")
def complete_failover(ctx: Context, call: BoundCall) -> Iterable[LabObject]:
    def complete(vm: LabVM) -> list[LabObject]:
        side = vm.relation
        if vm.mode not in (VMReplicationMode.Replica, VMReplicationMode.ExtendedReplica) or side is None:
            raise ctx.not_applicable(vm, vm.mode.name.rstrip("_"))
        if side.state is not S.FailedOverWaitingCompletion:
            raise ctx.invalid_replication_state(vm)
        side.state = S.FailedOver
        # Committing keeps the chosen point's data and deletes every recovery point [reference 4.5].
        vm.recovery_points.clear()
        return [objects.vm_object(ctx.host, vm, ctx.now)] if call.has("Passthru") else []

    return each_vm(ctx, target_vms(ctx, call), complete)


def reverse(ctx: Context, call: BoundCall, vm: LabVM) -> ReplicationSide:
    """Set-VMReplication -Reverse on the host that holds the failed-over replica."""
    side = vm.relation
    if vm.mode not in (VMReplicationMode.Replica, VMReplicationMode.ExtendedReplica) or side is None:
        raise ctx.not_applicable(vm, vm.mode.name.rstrip("_"))
    if side.state not in (S.FailedOverWaitingCompletion, S.FailedOver):
        raise ctx.invalid_replication_state(vm)
    if vm.extended is not None:
        raise ctx.error(
            f"Replication of '{vm.name}' cannot be reversed while extended replication is enabled: a virtual "
            "machine can have only one Replica. Remove extended replication, or continue it with "
            "Resume-VMReplication -Continue.",
            ErrorCategory.InvalidOperation,
            "InvalidOperation",
            vm,
        )
    old = side.settings
    name = str(call.get("ReplicaServerName", old.primary_server))
    auth = ReplicationAuthenticationType(int(call.get("AuthenticationType", old.auth_type)))
    port = int(call.get("ReplicaServerPort", old.replica_port))
    if auth is ReplicationAuthenticationType.Certificate and not call.has("CertificateThumbprint"):
        raise ctx.argument_error(
            "-CertificateThumbprint (the certificate of this server, the new primary) is required to reverse "
            "replication with certificate-based authentication.",
            "CertificateThumbprint",
        )
    settings = enable.settings_from_call(call, ctx.host, ctx.host, port, auth, defaults=old)
    # Settings given with -Reverse apply to the reversed relationship [reference 4.2]; they are
    # checked as for a new one, and before anything changes.
    if call.has("DisableVSSSnapshotReplication"):
        settings.vss_hours = 0
    validation.check_frequency(
        ctx,
        settings.frequency_sec if call.has("ReplicationFrequencySec") else None,
        extended=False,
        primary_frequency=None,
    )
    validation.check_vss(ctx, settings.vss_hours, settings.recovery_history, extended=False)
    target = server.connect_replica_server(ctx, name, port, auth, settings.certificate_thumbprint)
    admission = server.admit(ctx, target, ctx.host)
    settings.replica_server = target.fqdn
    old_vm = target.vms.get(vm.id)
    old_side = old_vm.relation if old_vm else None
    planned = old_side is not None and old_side.is_source and old_side.state is S.PreparedForFailover
    if (
        old_vm is not None
        and not planned
        and not (
            old_side is not None
            and not old_side.is_source
            and old_side.state is S.WaitingForInitialReplication
        )
    ):
        raise ctx.error(
            f"The virtual machine '{vm.name}' still exists on '{target.fqdn}' and is not prepared to receive "
            "replication. Turn it off and mark it as a Replica there with Set-VMReplication -AsReplica, then "
            "reverse replication again.",
            ErrorCategory.ResourceExists,
            "ObjectExists",
            vm,
        )
    vm.recovery_points.clear()
    new = ReplicationSide(
        VMReplicationRelationshipType.Simple,
        True,
        S.ReadyForInitialReplication,
        settings,
        ReplicationStats(ctx.now),
    )
    if planned and old_vm is not None:
        old_vm.relation = ReplicationSide(
            VMReplicationRelationshipType.Simple,
            False,
            S.Replicating,
            copy.deepcopy(settings),
            ReplicationStats(ctx.now),
            trust_group=admission.trust_group,
            last_replication_time=ctx.now,
        )
        new.state, new.last_replication_time = S.Replicating, ctx.now
        new.ir_total_bytes = old_vm.relation.ir_total_bytes = vm.total_disk_bytes
    else:
        replica_side = enable.create_replica(
            ctx, vm, target, admission, settings, VMReplicationRelationshipType.Simple
        )
        new.ir_total_bytes = replica_side.ir_total_bytes
    if call.has("InitialReplicationStartTime"):
        # Set-VMReplication -Reverse may schedule the reverse initial replication [reference 4.2].
        new.ir_start_time = validation.check_start_time(
            ctx, call.get("InitialReplicationStartTime"), "InitialReplicationStartTime"
        )
        new.ir_method = "backup" if call.has("UseBackup") else "network"
    vm.relation = new
    return new


def continue_extended(ctx: Context, call: BoundCall, vm: LabVM) -> list[LabObject]:
    """Resume-VMReplication -Continue: after A->B failover keep replicating B->C [CODE, reference 4.4]."""
    side, ext = vm.relation, vm.extended
    if vm.mode is not VMReplicationMode.Replica or side is None or ext is None:
        raise ctx.invalid_replication_state(vm)
    if side.state not in (S.FailedOverWaitingCompletion, S.FailedOver):
        raise ctx.invalid_replication_state(vm)
    vm.recovery_points.clear()
    ext.relationship_type = VMReplicationRelationshipType.Simple
    vm.relation, vm.extended = ext, None
    partner = engine.find_partner(
        ctx.lab,
        ctx.host,
        vm,
        dataclasses.replace(ext, relationship_type=VMReplicationRelationshipType.Extended),
    )
    if partner is not None:
        partner[1].relationship_type = VMReplicationRelationshipType.Simple
    return [objects.replication_object(ctx.host, vm, ext, ctx.now)] if call.has("Passthru") else []


def selected_points(call: BoundCall) -> list[RecoveryPoint]:
    return [o.ref[1] for o in as_list(call.get("VMRecoverySnapshot")) if isinstance(o, LabObject)]
