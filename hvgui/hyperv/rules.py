"""Which actions a VM offers, derived from the cmdlets' preconditions (reference sections 4, 5, 6.2).

The ui builds the context menu and the Actions pane from these items; a disabled item carries the
reason, which the ui turns into a translated tooltip. Checking here first avoids opaque host errors;
the host still has the last word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from hvgui.hyperv.enums import RelationshipType, ReplicationMode, VMState
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.model import ReplicationInfo, VMInfo


class Action(Enum):
    START = "start"
    SHUT_DOWN = "shut_down"
    TURN_OFF = "turn_off"
    ENABLE_REPLICATION = "enable_replication"
    PLANNED_FAILOVER = "planned_failover"
    FAILOVER = "failover"
    TEST_FAILOVER = "test_failover"
    STOP_TEST_FAILOVER = "stop_test_failover"
    PAUSE = "pause"
    RESUME = "resume"
    EXTEND = "extend"
    IMPORT_INITIAL_REPLICA = "import_initial_replica"
    CANCEL_FAILOVER = "cancel_failover"
    REMOVE_RECOVERY_POINTS = "remove_recovery_points"
    REVERSE = "reverse"
    VIEW_HEALTH = "view_health"
    REMOVE = "remove"


class Reason(Enum):
    """Why an item is disabled; the ui words each one."""

    VM_NOT_RUNNING = "vm_not_running"
    VM_ALREADY_RUNNING = "vm_already_running"
    VM_NOT_OFF = "vm_not_off"
    REPLICA_NOT_FAILED_OVER = "replica_not_failed_over"
    PREPARED_FOR_FAILOVER = "prepared_for_failover"
    NOT_REPLICATING = "not_replicating"
    NEVER_REPLICATED = "never_replicated"
    RESYNCHRONIZING = "resynchronizing"
    TEST_FAILOVER_RUNNING = "test_failover_running"
    ALREADY_EXTENDED = "already_extended"
    EXTENDED_REPLICATION_EXISTS = "extended_replication_exists"
    HOST_UNAVAILABLE = "host_unavailable"


@dataclass(frozen=True)
class Item:
    action: Action
    enabled: bool = True
    reason: Reason | None = None


_FAILOVER_FROM = {S.Replicating, S.Resynchronizing, S.Suspended, S.WaitingForUpdateCompletion}
_TEST_FROM = {S.Replicating, S.Suspended}
_PAUSABLE = {S.WaitingForInitialReplication, S.InitialReplicationInProgress, S.Resynchronizing, S.Replicating}
_RESUMABLE = {S.Suspended, S.WaitingForStartResynchronize, S.ResynchronizeSuspended, S.Error, S.UpdateError}
_STARTABLE = {VMState.Off, VMState.Saved, VMState.Paused}


def _when(action: Action, reason: Reason | None) -> Item:
    return Item(action, reason is None, reason)


def main_relation(relations: Sequence[ReplicationInfo]) -> ReplicationInfo | None:
    """The relationship Get-VM reports: the primary one (a replica's extended relationship is the second)."""
    for rel in relations:
        if rel.mode is ReplicationMode.Primary or rel.relationship is RelationshipType.Simple:
            return rel
    return relations[0] if relations else None


def extended_relation(vm: VMInfo, relations: Sequence[ReplicationInfo]) -> ReplicationInfo | None:
    if vm.replication_mode is not ReplicationMode.Replica:
        return None
    return next((r for r in relations if r.relationship is RelationshipType.Extended), None)


def vm_items(vm: VMInfo, host_available: bool = True) -> list[Item]:
    """Start, Shut Down..., Turn Off..., and Enable Replication... for a VM that has none."""
    items = [
        _when(Action.START, _start_blocker(vm)),
        _when(Action.SHUT_DOWN, None if vm.state is VMState.Running else Reason.VM_NOT_RUNNING),
        _when(
            Action.TURN_OFF,
            None if vm.state in (VMState.Running, VMState.Paused, VMState.Saved) else Reason.VM_NOT_RUNNING,
        ),
    ]
    if vm.replication_mode is ReplicationMode.NONE:
        items.append(Item(Action.ENABLE_REPLICATION))
    return _offline(items) if not host_available else items


def _start_blocker(vm: VMInfo) -> Reason | None:
    if vm.state not in _STARTABLE:
        return Reason.VM_ALREADY_RUNNING
    state = vm.replication_state
    if vm.replication_mode in (ReplicationMode.Replica, ReplicationMode.ExtendedReplica) and state not in (
        S.FailedOverWaitingCompletion,
        S.FailedOver,
    ):
        return Reason.REPLICA_NOT_FAILED_OVER
    if vm.replication_mode is ReplicationMode.Primary and state is S.PreparedForFailover:
        return Reason.PREPARED_FOR_FAILOVER
    return None


def replication_items(
    vm: VMInfo, relations: Sequence[ReplicationInfo], host_available: bool = True
) -> list[Item]:
    """The Replication submenu for this VM's role and state (reference 6.2); empty when not replicated."""
    mode = vm.replication_mode
    if mode is ReplicationMode.Primary:
        items = _primary_items(vm)
    elif mode in (ReplicationMode.Replica, ReplicationMode.ExtendedReplica):
        items = _replica_items(vm, relations)
    else:
        items = []
    return _offline(items) if not host_available else items


def _pause_or_resume(state: S) -> Item:
    if state in _RESUMABLE:
        return Item(Action.RESUME)
    return _when(Action.PAUSE, None if state in _PAUSABLE else Reason.NOT_REPLICATING)


def _primary_items(vm: VMInfo) -> list[Item]:
    state = vm.replication_state
    if state is S.PreparedForFailover:
        first = Item(Action.CANCEL_FAILOVER)
    else:
        # The Planned Failover dialog offers to shut the VM down, so a running VM does not disable it.
        first = _when(Action.PLANNED_FAILOVER, None if state is S.Replicating else Reason.NOT_REPLICATING)
    return [first, _pause_or_resume(state), Item(Action.VIEW_HEALTH), Item(Action.REMOVE)]


def _replica_items(vm: VMInfo, relations: Sequence[ReplicationInfo]) -> list[Item]:
    state = vm.replication_state
    main = main_relation(relations)
    extended = extended_relation(vm, relations)
    tail = [Item(Action.VIEW_HEALTH), Item(Action.REMOVE)]
    if state is S.WaitingForInitialReplication:
        return [Item(Action.IMPORT_INITIAL_REPLICA), _pause_or_resume(state), *tail]
    if state in (S.FailedOverWaitingCompletion, S.FailedOver):
        reverse = _when(Action.REVERSE, Reason.EXTENDED_REPLICATION_EXISTS if extended else None)
        if state is S.FailedOverWaitingCompletion:
            return [Item(Action.CANCEL_FAILOVER), Item(Action.REMOVE_RECOVERY_POINTS), reverse, *tail]
        return [reverse, *tail]
    never = main is None or main.last_replication is None
    testing = bool(main and main.test_vm_name)
    failover = _when(Action.FAILOVER, _failover_blocker(vm, state, never))
    if testing:
        test = Item(Action.STOP_TEST_FAILOVER)
    else:
        test = _when(Action.TEST_FAILOVER, _test_blocker(vm, state, never))
    items = [failover, test, _pause_or_resume(state)]
    if vm.replication_mode is ReplicationMode.Replica:
        items.append(_when(Action.EXTEND, Reason.ALREADY_EXTENDED if extended else _extend_blocker(state)))
    return items + tail


def _failover_blocker(vm: VMInfo, state: S, never: bool) -> Reason | None:
    if state not in _FAILOVER_FROM:
        return Reason.NOT_REPLICATING
    if never:
        return Reason.NEVER_REPLICATED
    return None if vm.state is VMState.Off else Reason.VM_NOT_OFF


def _test_blocker(vm: VMInfo, state: S, never: bool) -> Reason | None:
    if state in (S.Resynchronizing, S.WaitingForUpdateCompletion):
        return Reason.RESYNCHRONIZING
    if state not in _TEST_FROM:
        return Reason.NOT_REPLICATING
    if never:
        return Reason.NEVER_REPLICATED
    return None if vm.state is VMState.Off else Reason.VM_NOT_OFF


def _extend_blocker(state: S) -> Reason | None:
    return None if state is S.Replicating else Reason.NOT_REPLICATING


def _offline(items: list[Item]) -> list[Item]:
    return [Item(i.action, False, Reason.HOST_UNAVAILABLE) for i in items]


BULK_ACTIONS = (Action.PAUSE, Action.RESUME, Action.TEST_FAILOVER)


def bulk_items(selection: Sequence[tuple[VMInfo, Sequence[ReplicationInfo]]]) -> list[Item]:
    """Pause, Resume and Test Failover for several VMs: enabled when every selected VM allows it."""
    items = []
    for action in BULK_ACTIONS:
        reason = None
        for vm, relations in selection:
            match = next((i for i in replication_items(vm, relations) if i.action is action), None)
            if match is None:
                reason = Reason.NOT_REPLICATING
                break
            if not match.enabled:
                reason = match.reason
                break
        items.append(_when(action, reason))
    return items
