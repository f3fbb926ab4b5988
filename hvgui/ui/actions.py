"""Menus built from hyperv.rules: the VM context menu, its Replication submenu, and bulk actions.

The context menu, the Action menu of the menu bar and the Actions pane all call these builders, so
the three always offer the same items in the same state. A disabled item carries the rule's reason
as its tooltip (menus show tooltips), so nobody has to guess why something is greyed out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QWidget

from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.hyperv.rules import BULK_ACTIONS, Action, Item, Reason, bulk_items, replication_items, vm_items
from hvgui.ui import icons, labels
from hvgui.ui.plurals import plurals

Trigger = Callable[[Action], None]

REPLICATION = QT_TRANSLATE_NOOP("Menu", "Replication")

_ICONS = {
    Action.START: "start",
    Action.SHUT_DOWN: "shutdown",
    Action.TURN_OFF: "turnoff",
    Action.ENABLE_REPLICATION: "replication",
    Action.PAUSE: "pause",
    Action.RESUME: "resume",
    Action.PLANNED_FAILOVER: "failover",
    Action.FAILOVER: "failover",
    Action.TEST_FAILOVER: "failover",
    Action.VIEW_HEALTH: "health-normal",
}


@dataclass(frozen=True)
class VmTarget:
    """A VM as the menus see it: its values, its relationships on its host, and whether the host answers."""

    vm: VMInfo
    relations: tuple[ReplicationInfo, ...] = ()
    host_available: bool = True

    @property
    def host(self) -> str:
        return self.vm.host


def replication_title() -> str:
    return QCoreApplication.translate("Menu", str(REPLICATION))


def bulk_title(count: int) -> str:
    return plurals().selected_vms(count)


def action_icon(action: Action) -> QIcon:
    name = _ICONS.get(action)
    return icons.icon(name) if name else QIcon()


def item_action(item: Item, parent: QObject, trigger: Trigger) -> QAction:
    """One menu item; its data is the rules' Action value (tests and the Actions pane read it)."""
    act = QAction(action_icon(item.action), labels.action(item.action), parent)
    act.setData(item.action.value)
    act.setEnabled(item.enabled)
    if item.reason is not None:
        act.setToolTip(labels.reason(item.reason))
    act.triggered.connect(lambda _checked=False, a=item.action: trigger(a))
    return act


def vm_menu_items(target: VmTarget) -> list[Item]:
    return vm_items(target.vm, target.host_available)


def replication_menu_items(target: VmTarget) -> list[Item]:
    return replication_items(target.vm, target.relations, target.host_available)


def build_replication_menu(parent: QWidget, target: VmTarget, trigger: Trigger) -> QMenu | None:
    """The Replication submenu for the VM's role and state (reference 6.2); None when not replicated."""
    items = replication_menu_items(target)
    if not items:
        return None
    menu = QMenu(replication_title(), parent)
    menu.setIcon(icons.icon("replication"))
    menu.setToolTipsVisible(True)
    for item in items:
        menu.addAction(item_action(item, menu, trigger))
    return menu


def fill_vm_menu(menu: QMenu, target: VmTarget, trigger: Trigger) -> None:
    """Start, Shut Down…, Turn Off…, Enable Replication… or the Replication submenu."""
    menu.setToolTipsVisible(True)
    for item in vm_menu_items(target):
        menu.addAction(item_action(item, menu, trigger))
    submenu = build_replication_menu(menu, target, trigger)
    if submenu is not None:
        menu.addSeparator()
        menu.addMenu(submenu)


def fill_bulk_menu(menu: QMenu, targets: Sequence[VmTarget], trigger: Trigger) -> None:
    """Pause, Resume and Test Failover for several VMs, enabled when every one of them allows it."""
    menu.setToolTipsVisible(True)
    header = menu.addAction(bulk_title(len(targets)))
    header.setEnabled(False)
    menu.addSeparator()
    for item in bulk_selection_items(targets):
        menu.addAction(item_action(item, menu, trigger))


def bulk_selection_items(targets: Sequence[VmTarget]) -> list[Item]:
    if any(not t.host_available for t in targets):
        return [Item(a, False, Reason.HOST_UNAVAILABLE) for a in BULK_ACTIONS]
    return bulk_items([(t.vm, t.relations) for t in targets])


def menu_snapshot(menu: QMenu) -> list[tuple[str, bool, str]]:
    """(text, enabled, tooltip) of each item, for tests and the Actions pane's checks."""
    return [(a.text(), a.isEnabled(), a.toolTip()) for a in menu.actions() if not a.isSeparator()]
