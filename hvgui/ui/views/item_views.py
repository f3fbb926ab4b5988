"""Tree and table views with what every list in hvgui needs.

- The context menu opens from the keyboard too (Menu key, Shift+F10) at the current item, not at
  the mouse pointer somewhere else on the screen.
- The header has its own context menu to show and hide columns; the header's state (order, widths,
  hidden columns, sort column) is saved in QSettings under a key and restored.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget


class ItemTree(QTreeView):
    context_menu_requested = Signal(QPoint)
    """Global position where the context menu for the current selection should open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt override)
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            rect = self.visualRect(self.currentIndex())
            point = rect.bottomLeft() if rect.isValid() else QPoint(0, 0)
            self.context_menu_requested.emit(self.viewport().mapToGlobal(point))
        else:
            index = self.indexAt(self.viewport().mapFromGlobal(event.globalPos()))
            if index.isValid() and not self.selectionModel().isSelected(index):
                self.setCurrentIndex(index)
            self.context_menu_requested.emit(event.globalPos())
        event.accept()


class ColumnsTree(ItemTree):
    """A flat list with sortable, hideable, movable columns whose layout is remembered."""

    def __init__(self, settings: QSettings, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._key = key
        self.setRootIsDecorated(False)
        self.setSortingEnabled(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        head = self.header()
        head.setSectionsMovable(True)
        head.setStretchLastSection(True)
        head.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        head.customContextMenuRequested.connect(self._on_header_custom_context_menu_requested)
        head.sectionMoved.connect(self._on_header_changed)
        head.sectionResized.connect(self._on_header_changed)
        head.sortIndicatorChanged.connect(self._on_header_changed)
        self._restoring = False
        self.restored = False  # the user's saved layout was applied (then widths are not fitted)

    def restore_columns(self, default_hidden: tuple[int, ...] = ()) -> None:
        """Apply the saved header state, or the defaults on first start."""
        saved = self._settings.value(self._key)
        self._restoring = True
        try:
            if isinstance(saved, QByteArray | bytes) and self.header().restoreState(QByteArray(saved)):
                self.restored = True
                return
            for column in default_hidden:
                self.header().setSectionHidden(column, True)
            self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        finally:
            self._restoring = False

    def save_columns(self) -> None:
        self._settings.setValue(self._key, self.header().saveState())

    def column_menu(self) -> QMenu:
        """Show/hide each column; the first column always stays."""
        menu = QMenu(self.tr("Columns"), self)
        model = self.model()
        head = self.header()
        for section in range(head.count()):
            title = str(model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole))
            act = menu.addAction(title)
            act.setCheckable(True)
            act.setChecked(not head.isSectionHidden(section))
            act.setEnabled(section != 0)
            act.toggled.connect(lambda shown, s=section: self._on_column_action_toggled(s, shown))
        return menu

    def _on_header_custom_context_menu_requested(self, pos: QPoint) -> None:
        self.column_menu().exec(self.header().mapToGlobal(pos))

    def _on_column_action_toggled(self, section: int, shown: bool) -> None:
        self.header().setSectionHidden(section, not shown)
        if shown and self.header().sectionSize(section) < 30:
            self.resizeColumnToContents(section)
        self.save_columns()

    def _on_header_changed(self, *_: object) -> None:
        # QSettings keeps this in memory and writes the file later on its own: no disk on this path.
        if not self._restoring:
            self.save_columns()


def fit_columns(view: QTreeView, minimum: int = 60, maximum: int = 360) -> None:
    """Size columns to their contents within bounds (the first time, before the user has a say)."""
    head: QHeaderView = view.header()
    for section in range(head.count()):
        if not head.isSectionHidden(section):
            view.resizeColumnToContents(section)
            head.resizeSection(section, max(minimum, min(maximum, head.sectionSize(section))))
