"""`hvgui --demo --screenshots DIR`: a PNG of the main window, the Replication submenu, and every
page of every wizard and state of every dialog, named in a stable order (issue 6, item 8).

The dialogs and wizards walk through their own states (screenshot_states / screenshot_pages) without
changing anything on the hosts; this module only picks a demo VM of the right role for each one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from hvgui.hyperv.enums import ReplicationHealth, ReplicationMode, ReplicationState
from hvgui.hyperv.model import VMInfo
from hvgui.hyperv.rules import Action
from hvgui.services.inventory import Inventory
from hvgui.ui.actions import VmTarget, build_replication_menu
from hvgui.ui.dialog_launcher import DialogLauncher

S = ReplicationState
M = ReplicationMode
Pick = Callable[[VMInfo, tuple[object, ...]], bool]


def _replica(state: S) -> Pick:
    return lambda vm, rels: vm.replication_mode is M.Replica and vm.replication_state is state


def _primary(state: S) -> Pick:
    return lambda vm, rels: vm.replication_mode is M.Primary and vm.replication_state is state


def _testing(vm: VMInfo, rels: tuple[object, ...]) -> bool:
    return vm.replication_mode is M.Replica and any(getattr(r, "test_vm_name", "") for r in rels)


def _not_extended(vm: VMInfo, rels: tuple[object, ...]) -> bool:
    return _replica(S.Replicating)(vm, rels) and len(rels) == 1 and not _testing(vm, rels)


# (file name, action, which demo VM): the order is the order of the files.
PLAN: list[tuple[str, Action, Pick]] = [
    ("enable-replication", Action.ENABLE_REPLICATION, lambda vm, r: vm.replication_mode is M.NONE),
    ("extend-replication", Action.EXTEND, _not_extended),
    ("reverse-replication", Action.REVERSE, _replica(S.FailedOverWaitingCompletion)),
    ("planned-failover", Action.PLANNED_FAILOVER, _primary(S.Replicating)),
    ("failover", Action.FAILOVER, _not_extended),
    ("test-failover", Action.TEST_FAILOVER, _not_extended),
    ("stop-test-failover", Action.STOP_TEST_FAILOVER, _testing),
    ("cancel-failover", Action.CANCEL_FAILOVER, _replica(S.FailedOverWaitingCompletion)),
    ("remove-recovery-points", Action.REMOVE_RECOVERY_POINTS, _replica(S.FailedOverWaitingCompletion)),
    ("pause-replication", Action.PAUSE, _primary(S.Replicating)),
    ("resume-replication", Action.RESUME, _primary(S.WaitingForStartResynchronize)),
    ("import-initial-replica", Action.IMPORT_INITIAL_REPLICA, _replica(S.WaitingForInitialReplication)),
    ("remove-replication", Action.REMOVE, _primary(S.Replicating)),
    (
        "replication-health",
        Action.VIEW_HEALTH,
        lambda vm, r: (
            vm.replication_mode is M.Primary and vm.replication_health is ReplicationHealth.Critical
        ),
    ),
]


class Shooter:
    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.count = 0
        self.written: list[Path] = []
        directory.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, widget: QWidget) -> None:
        self.count += 1
        target = self.directory / f"{self.count:03d}-{name}.png"
        if isinstance(widget, QMenu):
            widget.adjustSize()
        if not widget.grab().save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        self.written.append(target)


def find_target(inventory: Inventory, pick: Pick) -> VmTarget | None:
    for name in sorted(inventory.hosts()):
        state = inventory.host(name)
        if state is None:
            continue
        for vm in sorted(state.vms.values(), key=lambda v: v.name.lower()):
            rels = tuple(r for r in state.replications if r.vm_id == vm.id)
            if pick(vm, rels):
                return VmTarget(vm, rels)
    return None


async def _until(predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate() and time.monotonic() < deadline:
        await asyncio.sleep(0.05)


def _states(widget: QWidget) -> Iterator[tuple[str, QWidget]]:
    from hvgui.ui.dialogs.common import screenshot_states
    from hvgui.ui.wizards import screenshot_pages
    from hvgui.ui.wizards.base import ReplicationWizard

    if isinstance(widget, ReplicationWizard):
        yield from screenshot_pages(widget)
    else:
        yield from screenshot_states(widget)


async def write_all(
    window: QWidget, launcher: DialogLauncher, inventory: Inventory, directory: Path
) -> list[Path]:
    shots = Shooter(directory)
    shots.save("main-window", window)
    menu_target = find_target(inventory, _primary(S.Replicating))
    if menu_target is not None:
        menu = build_replication_menu(window, menu_target, lambda *_: None)
        if menu is not None:
            shots.save("replication-submenu-primary", menu)
    replica_target = find_target(inventory, _not_extended)
    if replica_target is not None:
        menu = build_replication_menu(window, replica_target, lambda *_: None)
        if menu is not None:
            shots.save("replication-submenu-replica", menu)
    for name, action, pick in PLAN:
        target = find_target(inventory, pick)
        if target is None:
            continue
        widget = launcher.open(action, target)
        if widget is not None:
            await _shoot(shots, name, widget)
    hosts = sorted(inventory.hosts())
    if hosts:
        await _shoot(shots, "hyper-v-settings", launcher.open_settings(hosts[0]))
    return shots.written


async def _shoot(shots: Shooter, name: str, widget: QWidget) -> None:
    await _until(lambda: bool(getattr(widget, "ready", True)))
    await asyncio.sleep(0.2)  # let it lay out and paint
    for state, shown in _states(widget):
        await asyncio.sleep(0.05)
        shots.save(f"{name}-{state}", shown)
    reject = getattr(widget, "reject", None)
    if callable(reject):
        reject()
    else:
        widget.close()
    await asyncio.sleep(0.05)
