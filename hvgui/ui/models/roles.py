"""Item data roles shared by the models and the views (Qt's UserRole range)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1  # NodeKind of a navigation item
    HOST = Qt.ItemDataRole.UserRole + 2  # the host's profile name
    VM = Qt.ItemDataRole.UserRole + 3  # the VMInfo
    VM_ID = Qt.ItemDataRole.UserRole + 4
    STALE = Qt.ItemDataRole.UserRole + 5  # bool: shown from the last good refresh of a host in trouble
    SORT = Qt.ItemDataRole.UserRole + 6  # a value that sorts naturally (numbers, datetimes, lower-case text)
    PROBLEM = Qt.ItemDataRole.UserRole + 7  # bool: the overview row needs attention
    CHAIN = Qt.ItemDataRole.UserRole + 8  # the ReplicationChain of an overview row
    JOB = Qt.ItemDataRole.UserRole + 9  # the Job of a jobs row
    PROGRESS = Qt.ItemDataRole.UserRole + 10  # 0..100


class NodeKind(IntEnum):
    ROOT = 0
    HOST = 1
    VM = 2
