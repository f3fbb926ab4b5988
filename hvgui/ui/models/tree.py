"""The navigation tree: "Hyper-V Manager", then the hosts, then each host's VMs (sorted by name).

Nodes are a small class apart from the model (as in Qt's editabletreemodel example). Every change
arrives as an event and is applied as exactly that change: rows inserted, removed or moved, and
dataChanged for what was updated; the model is never reset, so selection and expansion survive.
"""

from __future__ import annotations

import bisect
from typing import Any
from uuid import UUID

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from hvgui.hyperv.model import VMInfo
from hvgui.services.events import InventoryChanged
from hvgui.ui import icons, labels
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.host_state import HostStates
from hvgui.ui.models.roles import NodeKind, Role
from hvgui.ui.models.table import TOP, Index, selectable


class Node:
    def __init__(self, kind: NodeKind, name: str, parent: Node | None, vm: VMInfo | None = None) -> None:
        self.kind = kind
        self.name = name
        self.parent = parent
        self.vm = vm
        self.children: list[Node] = []

    @property
    def host(self) -> str:
        if self.kind is NodeKind.HOST:
            return self.name
        if self.kind is NodeKind.VM and self.parent is not None:
            return self.parent.name
        return ""

    def row(self) -> int:
        return self.parent.children.index(self) if self.parent is not None else 0

    def sort_key(self) -> tuple[str, str]:
        return (self.name.lower(), str(self.vm.id) if self.vm else "")

    def position_for(self, key: tuple[str, str]) -> int:
        return bisect.bisect_left([c.sort_key() for c in self.children], key)


class NavigationModel(QAbstractItemModel):
    def __init__(self, bridge: ServiceBridge, hosts: HostStates, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._states = hosts
        self._top = Node(NodeKind.ROOT, "", None)  # invisible; its one child is "Hyper-V Manager"
        self._root = Node(NodeKind.ROOT, "", self._top)
        self._top.children.append(self._root)
        self._vms: dict[tuple[str, UUID], Node] = {}
        hosts.host_added.connect(self._on_hosts_host_added)
        hosts.host_removed.connect(self._on_hosts_host_removed)
        hosts.host_changed.connect(self._on_hosts_host_changed)
        bridge.inventory_changed.connect(self._on_bridge_inventory_changed)
        for name in hosts.names():
            self._on_hosts_host_added(name)

    # Lookups ---------------------------------------------------------------------------------------

    def root_index(self) -> QModelIndex:
        return self.createIndex(0, 0, self._root)

    def host_index(self, host: str) -> QModelIndex:
        node = self._host_node(host)
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()

    def vm_index(self, host: str, vm_id: UUID) -> QModelIndex:
        node = self._vms.get((host, vm_id))
        return self.createIndex(node.row(), 0, node) if node else QModelIndex()

    def _host_node(self, host: str) -> Node | None:
        return next((n for n in self._root.children if n.name == host), None)

    def _node(self, index: Index) -> Node:
        if not index.isValid():
            return self._top
        node = index.internalPointer()
        assert isinstance(node, Node)
        return node

    def _index_of(self, node: Node, column: int = 0) -> QModelIndex:
        return self.createIndex(node.row(), column, node)

    # QAbstractItemModel ----------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = TOP) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: Index = TOP) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent = self._node(index).parent
        if parent is None or parent is self._top:
            return QModelIndex()
        return self._index_of(parent)

    def rowCount(self, parent: Index = TOP) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = TOP) -> int:  # noqa: N802
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        return selectable(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if node.kind is NodeKind.ROOT:
            return self._root_data(role)
        if node.kind is NodeKind.HOST:
            return self._host_data(node, role)
        return self._vm_data(node, role)

    def _root_data(self, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Hyper-V Manager")
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.icon("manager")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("All connected hosts and the replication overview")
        if role == Role.KIND:
            return NodeKind.ROOT
        return None

    def _host_data(self, node: Node, role: int) -> Any:
        health = self._states.get(node.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return node.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.host(health.problem)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._states.tooltip(node.name)
        if role == Role.KIND:
            return NodeKind.HOST
        if role == Role.HOST:
            return node.name
        if role == Role.STALE:
            return health.stale
        return None

    def _vm_data(self, node: Node, role: int) -> Any:
        vm = node.vm
        assert vm is not None
        stale = self._states.get(node.host).stale
        if role == Qt.ItemDataRole.DisplayRole:
            return vm.name
        if role == Qt.ItemDataRole.DecorationRole:
            return icons.vm(vm.state, vm.replication_health)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = f"{vm.name}\n{labels.vm_state(vm.state)}"
            suffix = self._states.vm_tooltip_suffix(node.host)
            return f"{text}\n{suffix}" if suffix else text
        if role == Qt.ItemDataRole.FontRole and stale:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and stale:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Role.KIND:
            return NodeKind.VM
        if role == Role.HOST:
            return node.host
        if role == Role.VM:
            return vm
        if role == Role.VM_ID:
            return vm.id
        if role == Role.STALE:
            return stale
        return None

    # Changes ---------------------------------------------------------------------------------------

    def _on_hosts_host_added(self, host: str) -> None:
        if self._host_node(host) is not None:
            return
        node = Node(NodeKind.HOST, host, self._root)
        row = self._root.position_for(node.sort_key())
        self.beginInsertRows(self.root_index(), row, row)
        self._root.children.insert(row, node)
        self.endInsertRows()

    def _on_hosts_host_removed(self, host: str) -> None:
        node = self._host_node(host)
        if node is None:
            return
        row = node.row()
        self.beginRemoveRows(self.root_index(), row, row)
        self._root.children.pop(row)
        for child in node.children:
            self._vms.pop((host, child.vm.id if child.vm else UUID(int=0)), None)
        self.endRemoveRows()

    def _on_hosts_host_changed(self, host: str) -> None:
        node = self._host_node(host)
        if node is None:
            return
        index = self._index_of(node)
        self.dataChanged.emit(index, index)
        if node.children:
            first, last = self._index_of(node.children[0]), self._index_of(node.children[-1])
            self.dataChanged.emit(first, last)

    def _on_bridge_inventory_changed(self, change: InventoryChanged) -> None:
        host = self._host_node(change.host)
        if host is None or change.host_removed:
            return
        for vm in change.removed:
            self._remove_vm(host, vm.id)
        for vm in change.changed:
            self._update_vm(host, vm)
        for vm in change.added:
            if (host.name, vm.id) in self._vms:
                self._update_vm(host, vm)
            else:
                self._insert_vm(host, vm)

    def _insert_vm(self, host: Node, vm: VMInfo) -> None:
        node = Node(NodeKind.VM, vm.name, host, vm)
        row = host.position_for(node.sort_key())
        self.beginInsertRows(self._index_of(host), row, row)
        host.children.insert(row, node)
        self._vms[host.name, vm.id] = node
        self.endInsertRows()

    def _remove_vm(self, host: Node, vm_id: UUID) -> None:
        node = self._vms.get((host.name, vm_id))
        if node is None:
            return
        row = node.row()
        self.beginRemoveRows(self._index_of(host), row, row)
        host.children.pop(row)
        del self._vms[host.name, vm_id]
        self.endRemoveRows()

    def _update_vm(self, host: Node, vm: VMInfo) -> None:
        node = self._vms.get((host.name, vm.id))
        if node is None:
            self._insert_vm(host, vm)
            return
        renamed = node.name != vm.name
        node.vm, node.name = vm, vm.name
        if renamed:
            self._move_to_sorted_place(host, node)
        index = self._index_of(node)
        self.dataChanged.emit(index, index)

    def _move_to_sorted_place(self, host: Node, node: Node) -> None:
        old = node.row()
        others = [c for c in host.children if c is not node]
        new = bisect.bisect_left([c.sort_key() for c in others], node.sort_key())
        if new == old:
            return
        parent = self._index_of(host)
        # beginMoveRows counts the destination before the move: moving down needs one more.
        destination = new + 1 if new > old else new
        self.beginMoveRows(parent, old, old, parent, destination)
        host.children.pop(old)
        host.children.insert(new, node)
        self.endMoveRows()
