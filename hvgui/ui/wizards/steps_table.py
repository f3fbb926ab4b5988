"""The steps of a workflow as rows that wrap: number, server, what happens and, while running, the status.

A tree view elides long step titles; on the Summary page every word of "what happens where" counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QWidget


@dataclass(frozen=True)
class StepRow:
    host: str
    title: str
    status: str = ""
    icon: QIcon | None = None


class StepTable(QFrame):
    def __init__(self, parent: QWidget, object_name: str, with_status: bool) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._with_status = with_status
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._grid = QGridLayout(self)
        self._grid.setHorizontalSpacing(12)
        self._grid.setColumnStretch(2, 1)
        columns = 4 if with_status else 3
        self._headers = [QLabel(self) for _ in range(columns)]
        for column, label in enumerate(self._headers):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            self._grid.addWidget(label, 0, column)
        self._rows: list[tuple[QLabel, ...]] = []

    def set_headers(self, *texts: str) -> None:
        for label, text in zip(self._headers, texts, strict=False):
            label.setText(text)

    def set_rows(self, rows: list[StepRow]) -> None:
        while len(self._rows) < len(rows):
            self._rows.append(self._new_row(len(self._rows) + 1))
        for index, labels in enumerate(self._rows):
            shown = index < len(rows)
            for label in labels:
                label.setVisible(shown)
            if not shown:
                continue
            row = rows[index]
            number, host, title, *status = labels
            number.setText(str(index + 1))
            host.setText(row.host)
            title.setText(row.title)
            if status:
                status[0].setText(row.status)
                icon = status[1]
                icon.setPixmap(row.icon.pixmap(16, 16) if row.icon is not None else _blank())

    def _new_row(self, row: int) -> tuple[QLabel, ...]:
        number, host, title = QLabel(self), QLabel(self), QLabel(self)
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = Qt.AlignmentFlag.AlignTop
        self._grid.addWidget(number, row, 0, top)
        self._grid.addWidget(host, row, 1, top)
        self._grid.addWidget(title, row, 2, top)
        if not self._with_status:
            return number, host, title
        status, icon = QLabel(self), QLabel(self)
        status.setObjectName("stepStatus")
        cell = QWidget(self)
        line = QHBoxLayout(cell)
        line.setContentsMargins(0, 0, 0, 0)
        icon.setParent(cell)
        status.setParent(cell)
        line.addWidget(icon)
        line.addWidget(status, 1)
        self._grid.addWidget(cell, row, 3, top)
        return number, host, title, status, icon


def _blank() -> QPixmap:
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return pixmap
