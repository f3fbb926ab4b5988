"""What the flat table models share: row and column counts, selectable items, the index types."""

from __future__ import annotations

from enum import IntEnum
from typing import ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
TOP = QModelIndex()  # the invisible root, as the default parent


def selectable(index: Index) -> Qt.ItemFlag:
    """Read-only items: enabled and selectable, nothing else (the root has no flags)."""
    if not index.isValid():
        return Qt.ItemFlag.NoItemFlags
    return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TableModel(QAbstractTableModel):
    """A flat, read-only table whose columns are an IntEnum; subclasses say how many rows they hold."""

    columns: ClassVar[type[IntEnum]]

    def row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: Index = TOP) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = TOP) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return selectable(index)
