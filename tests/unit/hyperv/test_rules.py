"""The Replication submenu per role and state follows reference 6.2; disabled items say why."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

import pytest

from hvgui.hyperv.enums import (
    AuthenticationType,
    RelationshipType,
    ReplicationHealth,
    ReplicationMode,
    ReplicationState,
    VMState,
)
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.hyperv.rules import Action, Reason, bulk_items, replication_items, vm_items

S = ReplicationState
M = ReplicationMode
ID = UUID(int=1)
WHEN = datetime(2026, 11, 25, tzinfo=UTC)


def vm(mode: M, state: S, power: VMState = VMState.Off) -> VMInfo:
    return VMInfo(ID, "SQL01", "HV-A", power, 0, 0, timedelta(0), "", state, ReplicationHealth.Normal, mode)


def rel(
    mode: M,
    state: S,
    *,
    kind: RelationshipType = RelationshipType.Simple,
    last: datetime | None = WHEN,
    test_vm: str = "",
) -> ReplicationInfo:
    return ReplicationInfo(
        ID,
        "SQL01",
        "HV-A",
        state,
        ReplicationHealth.Normal,
        mode,
        kind,
        "a",
        "b",
        80,
        AuthenticationType.Kerberos,
        300,
        0,
        0,
        True,
        last,
        test_vm_name=test_vm,
    )


def menu(v: VMInfo, *rels: ReplicationInfo) -> list[tuple[Action, bool]]:
    return [(i.action, i.enabled) for i in replication_items(v, rels)]


A = Action
CASES = [
    ("not replicated", vm(M.NONE, S.Disabled), (), []),
    (
        "primary",
        vm(M.Primary, S.Replicating, VMState.Running),
        (rel(M.Primary, S.Replicating),),
        [(A.PLANNED_FAILOVER, True), (A.PAUSE, True), (A.VIEW_HEALTH, True), (A.REMOVE, True)],
    ),
    (
        "primary paused",
        vm(M.Primary, S.Suspended),
        (rel(M.Primary, S.Suspended),),
        [(A.PLANNED_FAILOVER, False), (A.RESUME, True), (A.VIEW_HEALTH, True), (A.REMOVE, True)],
    ),
    (
        "primary prepared",
        vm(M.Primary, S.PreparedForFailover),
        (rel(M.Primary, S.PreparedForFailover),),
        [(A.CANCEL_FAILOVER, True), (A.PAUSE, False), (A.VIEW_HEALTH, True), (A.REMOVE, True)],
    ),
    (
        "replica",
        vm(M.Replica, S.Replicating),
        (rel(M.Replica, S.Replicating),),
        [
            (A.FAILOVER, True),
            (A.TEST_FAILOVER, True),
            (A.PAUSE, True),
            (A.EXTEND, True),
            (A.VIEW_HEALTH, True),
            (A.REMOVE, True),
        ],
    ),
    (
        "replica placeholder",
        vm(M.Replica, S.WaitingForInitialReplication),
        (rel(M.Replica, S.WaitingForInitialReplication, last=None),),
        [(A.IMPORT_INITIAL_REPLICA, True), (A.PAUSE, True), (A.VIEW_HEALTH, True), (A.REMOVE, True)],
    ),
    (
        "replica testing",
        vm(M.Replica, S.Replicating),
        (rel(M.Replica, S.Replicating, test_vm="SQL01 - Test"),),
        [
            (A.FAILOVER, True),
            (A.STOP_TEST_FAILOVER, True),
            (A.PAUSE, True),
            (A.EXTEND, True),
            (A.VIEW_HEALTH, True),
            (A.REMOVE, True),
        ],
    ),
    (
        "replica failed over",
        vm(M.Replica, S.FailedOverWaitingCompletion),
        (rel(M.Replica, S.FailedOverWaitingCompletion),),
        [
            (A.CANCEL_FAILOVER, True),
            (A.REMOVE_RECOVERY_POINTS, True),
            (A.REVERSE, True),
            (A.VIEW_HEALTH, True),
            (A.REMOVE, True),
        ],
    ),
    (
        "replica committed",
        vm(M.Replica, S.FailedOver),
        (rel(M.Replica, S.FailedOver),),
        [(A.REVERSE, True), (A.VIEW_HEALTH, True), (A.REMOVE, True)],
    ),
    (
        "extended replica",
        vm(M.ExtendedReplica, S.Replicating),
        (rel(M.ExtendedReplica, S.Replicating, kind=RelationshipType.Extended),),
        [
            (A.FAILOVER, True),
            (A.TEST_FAILOVER, True),
            (A.PAUSE, True),
            (A.VIEW_HEALTH, True),
            (A.REMOVE, True),
        ],
    ),
    ("test replica", vm(M.TestReplica, S.Disabled), (), []),
]


@pytest.mark.parametrize(("_name", "v", "rels", "expected"), CASES, ids=[c[0] for c in CASES])
def test_replication_submenu(
    _name: str, v: VMInfo, rels: tuple[ReplicationInfo, ...], expected: list[tuple[Action, bool]]
) -> None:
    assert menu(v, *rels) == expected


def reason(v: VMInfo, action: Action, *rels: ReplicationInfo) -> Reason | None:
    return next(i.reason for i in replication_items(v, rels) if i.action is action)


def test_disabled_items_say_why() -> None:
    resync = vm(M.Replica, S.Resynchronizing)
    assert reason(resync, A.TEST_FAILOVER, rel(M.Replica, S.Resynchronizing)) is Reason.RESYNCHRONIZING
    never = vm(M.Replica, S.Replicating)
    assert reason(never, A.FAILOVER, rel(M.Replica, S.Replicating, last=None)) is Reason.NEVER_REPLICATED
    extended = (rel(M.Replica, S.Replicating), rel(M.Primary, S.Replicating, kind=RelationshipType.Extended))
    assert reason(never, A.EXTEND, *extended) is Reason.ALREADY_EXTENDED
    failed = vm(M.Replica, S.FailedOver)
    ext_after = (rel(M.Replica, S.FailedOver), rel(M.Primary, S.Replicating, kind=RelationshipType.Extended))
    assert reason(failed, A.REVERSE, *ext_after) is Reason.EXTENDED_REPLICATION_EXISTS


def test_power_items_follow_the_vm_state_and_replica_role() -> None:
    running = {i.action: i for i in vm_items(vm(M.NONE, S.Disabled, VMState.Running))}
    assert not running[A.START].enabled and running[A.START].reason is Reason.VM_ALREADY_RUNNING
    assert running[A.SHUT_DOWN].enabled and A.ENABLE_REPLICATION in running
    replica = {i.action: i for i in vm_items(vm(M.Replica, S.Replicating))}
    assert replica[A.START].reason is Reason.REPLICA_NOT_FAILED_OVER
    assert A.ENABLE_REPLICATION not in replica
    prepared = {i.action: i for i in vm_items(vm(M.Primary, S.PreparedForFailover))}
    assert prepared[A.START].reason is Reason.PREPARED_FOR_FAILOVER


def test_everything_is_disabled_while_the_host_is_unavailable() -> None:
    items = replication_items(
        vm(M.Primary, S.Replicating), [rel(M.Primary, S.Replicating)], host_available=False
    )
    assert items and all(not i.enabled and i.reason is Reason.HOST_UNAVAILABLE for i in items)


def test_bulk_items_need_every_vm_to_allow_the_action() -> None:
    ok = (vm(M.Replica, S.Replicating), [rel(M.Replica, S.Replicating)])
    paused = (vm(M.Primary, S.Suspended), [rel(M.Primary, S.Suspended)])
    items = {i.action: i.enabled for i in bulk_items([ok, paused])}
    assert items == {A.PAUSE: False, A.RESUME: False, A.TEST_FAILOVER: False}
    items = {i.action: i.enabled for i in bulk_items([ok, ok])}
    assert items == {A.PAUSE: True, A.RESUME: False, A.TEST_FAILOVER: True}
