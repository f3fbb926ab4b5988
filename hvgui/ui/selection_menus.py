"""What the current selection offers, for the Actions pane, the context menus and the Action menu."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from hvgui.hyperv.rules import Action
from hvgui.ui.actions import (
    VmTarget,
    build_replication_menu,
    bulk_selection_items,
    bulk_title,
    fill_bulk_menu,
    fill_vm_menu,
    item_action,
    vm_menu_items,
)
from hvgui.ui.models.roles import NodeKind
from hvgui.ui.views.actions_pane import Section

Trigger = Callable[[Action], None]


def vm_sections(owner: QWidget, targets: Sequence[VmTarget], trigger: Trigger) -> list[Section]:
    """The Actions pane's VM section (one VM) or bulk section (several); owner keeps the entries."""
    if len(targets) == 1:
        entries: list[QAction | QMenu] = [item_action(i, owner, trigger) for i in vm_menu_items(targets[0])]
        submenu = build_replication_menu(owner, targets[0], trigger)
        if submenu is not None:
            entries.append(submenu)
        return [Section(targets[0].vm.name, entries)]
    if len(targets) > 1:
        items = bulk_selection_items(targets)
        return [Section(bulk_title(len(targets)), [item_action(i, owner, trigger) for i in items])]
    return []


def fill_context(
    menu: QMenu,
    kind: NodeKind,
    for_tree: bool,
    targets: Sequence[VmTarget],
    root_actions: Sequence[QAction],
    host_actions: Sequence[QAction],
    trigger: Trigger,
) -> None:
    """Root: Connect to Server and the overview; host: its actions; VMs: the VM or bulk menu."""
    if kind is NodeKind.ROOT:
        menu.addActions(list(root_actions))
    elif (for_tree and kind is NodeKind.HOST) or not targets:
        menu.addActions(list(host_actions))
    elif len(targets) == 1:
        fill_vm_menu(menu, targets[0], trigger)
    else:
        fill_bulk_menu(menu, targets, trigger)
