"""The Actions pane on the right: a section per selected thing (host, VM), as in Hyper-V Manager.

Each entry is a flat button bound to a QAction built by ui.actions, so the pane offers exactly what
the context menu offers, with the same enabled state and the same "why not" tooltip. The pane is
rebuilt when the selection changes; entries are focusable, so Tab reaches them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)


@dataclass
class Section:
    title: str
    entries: Sequence[QAction | QMenu] = field(default_factory=list)


class ActionButton(QPushButton):
    """A flat, left-aligned button that mirrors a QAction (or opens a submenu)."""

    def __init__(self, entry: QAction | QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QPushButton { text-align: left; padding: 3px 6px; }")
        self.entry = entry
        if isinstance(entry, QMenu):
            self.setText(entry.title())
            self.setIcon(entry.icon())
            self.setMenu(entry)
        else:
            entry.changed.connect(self._on_entry_changed)
            self.clicked.connect(entry.trigger)
            self._on_entry_changed()

    def release(self) -> None:
        """Stop mirroring: the window's actions outlive this button."""
        if isinstance(self.entry, QAction):
            self.entry.changed.disconnect(self._on_entry_changed)
            self.clicked.disconnect(self.entry.trigger)

    def _on_entry_changed(self) -> None:
        action = self.entry
        assert isinstance(action, QAction)
        self.setText(action.text())
        self.setIcon(action.icon() if not action.icon().isNull() else QIcon())
        self.setEnabled(action.isEnabled())
        self.setToolTip(action.toolTip() if not action.isEnabled() else "")
        self.setVisible(action.isVisible())


class ActionsPane(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[Section] = []
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumWidth(200)
        self._title = QLabel()
        self._title.setObjectName("actionsTitle")
        self.set_sections([])

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Actions"))

    def buttons(self) -> list[ActionButton]:
        widget = self.widget()
        return widget.findChildren(ActionButton) if widget else []

    def set_sections(self, sections: Sequence[Section]) -> None:
        """Replace the content. Entries created for this content (parented to the pane) move into
        it and are deleted with it; the window's own actions stay where they are."""
        for button in self.buttons():
            button.release()
        self.sections = list(sections)
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._title.setParent(None)
        layout.addWidget(self._header(self._title, top=True))
        for section in sections:
            title = QLabel(section.title)
            title.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(self._header(title))
            for entry in section.entries:
                if entry.parent() is self:
                    if isinstance(entry, QMenu):
                        entry.setParent(content, entry.windowFlags())
                    else:
                        entry.setParent(content)
                layout.addWidget(ActionButton(entry, content))
        layout.addStretch(1)
        old = self.takeWidget()
        self.setWidget(content)
        if old is not None:
            old.deleteLater()

    @staticmethod
    def _header(label: QLabel, top: bool = False) -> QFrame:
        frame = QFrame()
        frame.setAutoFillBackground(True)
        frame.setBackgroundRole(QPalette.ColorRole.Mid if top else QPalette.ColorRole.Button)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(6, 3, 6, 3)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        inner.addWidget(label)
        return frame
