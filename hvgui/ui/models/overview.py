"""The Replication overview: every relationship across all hosts, primary -> replica -> extended.

Rows are the inventory's ReplicationChains, keyed by VM Id. After each inventory event the chains
are joined again and compared with what is shown: new chains are inserted, vanished ones removed,
changed ones updated in place. "Data at risk" (time since the last replication) grows with the
clock, so that one column is refreshed by a timer.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, timedelta
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
    QTimer,
)
from PySide6.QtGui import QFont

from hvgui.hyperv.enums import RelationshipType
from hvgui.services.inventory import Inventory, ReplicationChain, ReplicationLink
from hvgui.ui import format, icons, labels
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.host_state import HostStates
from hvgui.ui.models.reasons import chain_reasons, is_problem
from hvgui.ui.models.roles import Role
from hvgui.ui.models.table import Index, TableModel

AT_RISK_TICK_MS = 5000


class Column(IntEnum):
    # Health and the data at risk come first after the path: they are what the page is for.
    VM = 0
    PRIMARY = 1
    REPLICA = 2
    EXTENDED = 3
    HEALTH = 4
    AT_RISK = 5
    STATE = 6
    REASONS = 7
    LAST_REPLICATION = 8


HEADERS = {
    Column.VM: QT_TRANSLATE_NOOP("OverviewColumn", "Virtual Machine"),
    Column.PRIMARY: QT_TRANSLATE_NOOP("OverviewColumn", "Primary Server"),
    Column.REPLICA: QT_TRANSLATE_NOOP("OverviewColumn", "Replica Server"),
    Column.EXTENDED: QT_TRANSLATE_NOOP("OverviewColumn", "Extended Replica"),
    Column.STATE: QT_TRANSLATE_NOOP("OverviewColumn", "Replication State"),
    Column.HEALTH: QT_TRANSLATE_NOOP("OverviewColumn", "Replication Health"),
    Column.LAST_REPLICATION: QT_TRANSLATE_NOOP("OverviewColumn", "Last Replication"),
    Column.AT_RISK: QT_TRANSLATE_NOOP("OverviewColumn", "Data at Risk"),
    Column.REASONS: QT_TRANSLATE_NOOP("OverviewColumn", "Reasons"),
}
TOOLTIPS = {
    Column.AT_RISK: QT_TRANSLATE_NOOP(
        "OverviewColumn",
        "Time since the last replication: the changes of this period would be lost if the primary "
        "failed now.",
    ),
}


def _comparable(chain: ReplicationChain) -> ReplicationChain:
    """at_risk depends on when the chains were joined; it is recomputed for display anyway."""
    return dataclasses.replace(
        chain, links=tuple(dataclasses.replace(link, at_risk=None) for link in chain.links)
    )


def _hop(chain: ReplicationChain, relationship: RelationshipType) -> ReplicationLink | None:
    return next((link for link in chain.links if link.relationship == relationship), None)


class OverviewModel(TableModel):
    columns = Column

    def __init__(
        self,
        bridge: ServiceBridge,
        hosts: HostStates,
        inventory: Inventory,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._inventory = inventory
        self._clock = clock
        self._chains: list[ReplicationChain] = []
        self._shown: dict[UUID, ReplicationChain] = {}
        self._timer = QTimer(self)
        self._timer.setInterval(AT_RISK_TICK_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()
        bridge.inventory_changed.connect(self._on_inventory_event)
        hosts.host_changed.connect(self._on_inventory_event)
        hosts.host_removed.connect(self._on_inventory_event)
        self.reload()

    def chain(self, row: int) -> ReplicationChain:
        return self._chains[row]

    def row_of(self, vm_id: UUID) -> int:
        return next((row for row, c in enumerate(self._chains) if c.vm_id == vm_id), -1)

    # QAbstractTableModel -------------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._chains)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = Column(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OverviewColumn", str(HEADERS[column]))
        if role == Qt.ItemDataRole.ToolTipRole and column in TOOLTIPS:
            return QCoreApplication.translate("OverviewColumn", str(TOOLTIPS[column]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._chains):
            return None
        chain = self._chains[index.row()]
        column = Column(index.column())
        now = self._clock()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(chain, column, now)
        if role == Role.SORT:
            return self._sort_value(chain, column, now)
        if role == Qt.ItemDataRole.DecorationRole:
            if column is Column.HEALTH:
                return icons.health(chain.health)
            if column is Column.VM:
                return icons.icon("replication")
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            reasons = chain_reasons(chain, now)
            return "\n".join(reasons) if reasons else None
        if role == Qt.ItemDataRole.FontRole and any(link.stale for link in chain.links):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.CHAIN:
            return chain
        if role == Role.VM_ID:
            return chain.vm_id
        if role == Role.PROBLEM:
            return is_problem(chain, now)
        if role == Role.HOST:
            return self._host_for(chain, column)
        return None

    def _host_for(self, chain: ReplicationChain, column: Column) -> str | None:
        """The host whose copy of the VM a click on this column means."""
        if column is Column.REPLICA:
            return chain.replica_host
        if column is Column.EXTENDED:
            return chain.extended_host
        return chain.primary_host or chain.replica_host or chain.extended_host

    @staticmethod
    def _server(host: str | None, server: str | None) -> str:
        return host or (server or "")

    def _at_risk(self, chain: ReplicationChain, now: datetime) -> timedelta | None:
        risks = [now - link.last_replication for link in chain.links if link.last_replication is not None]
        return max(timedelta(0), max(risks)) if risks else None

    def _text(self, chain: ReplicationChain, column: Column, now: datetime) -> str:
        simple = _hop(chain, RelationshipType.Simple)
        extended = _hop(chain, RelationshipType.Extended)
        first = simple or extended
        match column:
            case Column.VM:
                return chain.vm_name
            case Column.PRIMARY:
                return self._server(chain.primary_host, simple.source_server if simple else None)
            case Column.REPLICA:
                target = simple.target_server if simple else (extended.source_server if extended else None)
                return self._server(chain.replica_host, target)
            case Column.EXTENDED:
                return self._server(chain.extended_host, extended.target_server if extended else None)
            case Column.STATE:
                if first is None:
                    return ""
                text = labels.replication_state(first.state)
                if extended is not None and simple is not None and extended.state != simple.state:
                    extra = QCoreApplication.translate("Overview", "extended: %1").replace(
                        "%1", labels.replication_state(extended.state)
                    )
                    text = f"{text}; {extra}"
                return text
            case Column.HEALTH:
                return labels.replication_health(chain.health)
            case Column.LAST_REPLICATION:
                times = [link.last_replication for link in chain.links if link.last_replication is not None]
                return format.when(min(times)) if times else QCoreApplication.translate("Overview", "Never")
            case Column.AT_RISK:
                return format.duration(self._at_risk(chain, now))
            case Column.REASONS:
                return "; ".join(chain_reasons(chain, now))

    def _sort_value(self, chain: ReplicationChain, column: Column, now: datetime) -> Any:
        if column is Column.HEALTH:
            return int(chain.health)
        if column is Column.AT_RISK:
            risk = self._at_risk(chain, now)
            return risk.total_seconds() if risk is not None else -1.0
        if column is Column.LAST_REPLICATION:
            times = [link.last_replication for link in chain.links if link.last_replication is not None]
            return min(times).timestamp() if times else 0.0
        return self._text(chain, column, now).lower()

    # Changes ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Join the chains again and apply the difference to the rows."""
        fresh = {c.vm_id: c for c in self._inventory.relationships(self._clock())}
        for row in reversed(range(len(self._chains))):
            if self._chains[row].vm_id not in fresh:
                self.beginRemoveRows(QModelIndex(), row, row)
                gone = self._chains.pop(row)
                self._shown.pop(gone.vm_id, None)
                self.endRemoveRows()
        for row, chain in enumerate(self._chains):
            new = fresh.pop(chain.vm_id)
            comparable = _comparable(new)
            self._chains[row] = new
            if self._shown.get(chain.vm_id) != comparable:
                self._shown[chain.vm_id] = comparable
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(Column) - 1))
        if fresh:
            first = len(self._chains)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            for chain in fresh.values():
                self._chains.append(chain)
                self._shown[chain.vm_id] = _comparable(chain)
            self.endInsertRows()

    def _on_inventory_event(self, *_: object) -> None:
        self.reload()

    def _on_timer_timeout(self) -> None:
        if self._chains:
            # From column 0: the problems-only filter looks there, and "overdue" depends on the time.
            top, bottom = self.index(0, 0), self.index(len(self._chains) - 1, len(Column) - 1)
            self.dataChanged.emit(top, bottom)


class ProblemFilterProxy(QSortFilterProxyModel):
    """Sorts the overview and, when asked, shows only the relationships that need attention."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._problems_only = False
        self.setSortRole(Role.SORT)
        self.setDynamicSortFilter(True)

    @property
    def problems_only(self) -> bool:
        return self._problems_only

    def set_problems_only(self, value: bool) -> None:
        if value != self._problems_only:
            self.beginFilterChange()
            self._problems_only = value
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._problems_only:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return bool(index.data(Role.PROBLEM))
