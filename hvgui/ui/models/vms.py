"""The Virtual Machines list: every VM of every host in one table, shown one host at a time.

Keeping all hosts in one source model means switching hosts only changes the proxy's filter; the
inventory's events are applied as row inserts, removals and dataChanged, never as a reset.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any
from uuid import UUID

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.hyperv.rules import main_relation
from hvgui.services.events import InventoryChanged
from hvgui.ui import format, icons, labels
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.host_state import HostStates
from hvgui.ui.models.roles import Role
from hvgui.ui.models.table import Index, TableModel


class Column(IntEnum):
    NAME = 0
    STATE = 1
    CPU = 2
    MEMORY = 3
    UPTIME = 4
    STATUS = 5
    REPLICATION_STATE = 6
    REPLICATION_HEALTH = 7
    REPLICATION_MODE = 8
    LAST_REPLICATION = 9


HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("VmColumn", "Name"),
    Column.STATE: QT_TRANSLATE_NOOP("VmColumn", "State"),
    Column.CPU: QT_TRANSLATE_NOOP("VmColumn", "CPU Usage"),
    Column.MEMORY: QT_TRANSLATE_NOOP("VmColumn", "Assigned Memory"),
    Column.UPTIME: QT_TRANSLATE_NOOP("VmColumn", "Uptime"),
    Column.STATUS: QT_TRANSLATE_NOOP("VmColumn", "Status"),
    Column.REPLICATION_STATE: QT_TRANSLATE_NOOP("VmColumn", "Replication State"),
    Column.REPLICATION_HEALTH: QT_TRANSLATE_NOOP("VmColumn", "Replication Health"),
    Column.REPLICATION_MODE: QT_TRANSLATE_NOOP("VmColumn", "Replication Mode"),
    Column.LAST_REPLICATION: QT_TRANSLATE_NOOP("VmColumn", "Last Replication"),
}


def header(column: Column) -> str:
    return QCoreApplication.translate("VmColumn", str(HEADERS[column]))


Key = tuple[str, UUID]


class VmTableModel(TableModel):
    columns = Column

    def __init__(self, bridge: ServiceBridge, hosts: HostStates, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._states = hosts
        self._rows: list[Key] = []
        self._vms: dict[Key, VMInfo] = {}
        self._relations: dict[Key, tuple[ReplicationInfo, ...]] = {}
        bridge.inventory_changed.connect(self._on_bridge_inventory_changed)
        hosts.host_changed.connect(self._on_hosts_host_changed)
        hosts.host_removed.connect(self._on_hosts_host_removed)

    # Lookups ---------------------------------------------------------------------------------------

    def vm(self, host: str, vm_id: UUID) -> VMInfo | None:
        return self._vms.get((host, vm_id))

    def relations(self, host: str, vm_id: UUID) -> tuple[ReplicationInfo, ...]:
        return self._relations.get((host, vm_id), ())

    def row_of(self, host: str, vm_id: UUID) -> int:
        try:
            return self._rows.index((host, vm_id))
        except ValueError:
            return -1

    # QAbstractTableModel -------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._rows)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header(Column(section))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        key = self._rows[index.row()]
        vm = self._vms[key]
        column = Column(index.column())
        stale = self._states.get(key[0]).stale
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(vm, column, key)
        if role == Role.SORT:
            return self._sort_value(vm, column, key)
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Column.NAME:
                return icons.vm(vm.state)
            if column is Column.REPLICATION_HEALTH:
                return icons.health(vm.replication_health)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (Column.CPU, Column.MEMORY, Column.UPTIME):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._states.vm_tooltip_suffix(key[0]) or None
        if role == Qt.ItemDataRole.FontRole and stale:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and stale:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Role.HOST:
            return key[0]
        if role == Role.VM:
            return vm
        if role == Role.VM_ID:
            return vm.id
        if role == Role.STALE:
            return stale
        return None

    def _last_replication(self, key: Key) -> datetime | None:
        main = main_relation(self._relations.get(key, ()))
        return main.last_replication if main else None

    def _text(self, vm: VMInfo, column: Column, key: Key) -> str:
        running = vm.uptime.total_seconds() > 0
        replicated = vm.replication_mode.value != 0
        match column:
            case Column.NAME:
                return vm.name
            case Column.STATE:
                return labels.vm_state(vm.state)
            case Column.CPU:
                return format.percent(vm.cpu_usage) if running else ""
            case Column.MEMORY:
                return format.size(vm.memory_assigned) if vm.memory_assigned else ""
            case Column.UPTIME:
                return format.uptime(vm.uptime)
            case Column.STATUS:
                return vm.status
            case Column.REPLICATION_STATE:
                shown = replicated and vm.replication_state.value != 0
                return labels.replication_state(vm.replication_state) if shown else ""
            case Column.REPLICATION_HEALTH:
                applies = vm.replication_health.value != 0  # NotApplicable: a test replica, say
                return labels.replication_health(vm.replication_health) if applies else ""
            case Column.REPLICATION_MODE:
                return labels.replication_mode(vm.replication_mode) if replicated else ""
            case Column.LAST_REPLICATION:
                return format.when(self._last_replication(key))

    def _sort_value(self, vm: VMInfo, column: Column, key: Key) -> Any:
        match column:
            case Column.NAME:
                return vm.name.lower()
            case Column.CPU:
                return vm.cpu_usage
            case Column.MEMORY:
                return vm.memory_assigned
            case Column.UPTIME:
                return vm.uptime.total_seconds()
            case Column.REPLICATION_HEALTH:
                return int(vm.replication_health)
            case Column.LAST_REPLICATION:
                last = self._last_replication(key)
                return last.timestamp() if last else 0.0
            case _:
                return str(self._text(vm, column, key)).lower()

    # Changes ---------------------------------------------------------------------------------------

    def _on_bridge_inventory_changed(self, change: InventoryChanged) -> None:
        host = change.host
        if change.host_removed:
            self._on_hosts_host_removed(host)
            return
        for vm in change.removed:
            row = self.row_of(host, vm.id)
            if row >= 0:
                self.beginRemoveRows(QModelIndex(), row, row)
                key = self._rows.pop(row)
                self._vms.pop(key, None)
                self._relations.pop(key, None)
                self.endRemoveRows()
        for vm in change.changed:
            self._update(host, vm)
        new = [vm for vm in change.added if (host, vm.id) not in self._vms]
        for vm in change.added:
            if (host, vm.id) in self._vms:
                self._update(host, vm)
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            for vm in new:
                self._rows.append((host, vm.id))
                self._vms[host, vm.id] = vm
            self.endInsertRows()
        if change.replication_changed or new:
            self._apply_relations(host, change.inventory.replications)

    def _update(self, host: str, vm: VMInfo) -> None:
        row = self.row_of(host, vm.id)
        if row < 0:
            return
        self._vms[host, vm.id] = vm
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))

    def _apply_relations(self, host: str, replications: tuple[ReplicationInfo, ...]) -> None:
        grouped: dict[Key, list[ReplicationInfo]] = {}
        for info in replications:
            grouped.setdefault((host, info.vm_id), []).append(info)
        keys = {k for k in self._relations if k[0] == host} | set(grouped)
        for key in keys:
            new = tuple(grouped.get(key, ()))
            if self._relations.get(key, ()) == new:
                continue
            if new:
                self._relations[key] = new
            else:
                self._relations.pop(key, None)
            row = self.row_of(*key)
            if row >= 0:
                cell = self.index(row, Column.LAST_REPLICATION)
                self.dataChanged.emit(cell, cell)

    def _on_hosts_host_changed(self, host: str) -> None:
        rows = [row for row, key in enumerate(self._rows) if key[0] == host]
        if rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(Column) - 1))

    def _on_hosts_host_removed(self, host: str) -> None:
        # Rows of one host need not be contiguous (hosts refresh in any order): remove from the end.
        for row in reversed(range(len(self._rows))):
            if self._rows[row][0] == host:
                self.beginRemoveRows(QModelIndex(), row, row)
                key = self._rows.pop(row)
                self._vms.pop(key, None)
                self._relations.pop(key, None)
                self.endRemoveRows()


class HostVmProxy(QSortFilterProxyModel):
    """One host's rows of the VM table, sorted by the column's natural order (Role.SORT)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = ""
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    @property
    def host(self) -> str:
        return self._host

    def set_host(self, host: str) -> None:
        if host != self._host:
            self.beginFilterChange()
            self._host = host
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(self._host) and index.data(Role.HOST) == self._host
