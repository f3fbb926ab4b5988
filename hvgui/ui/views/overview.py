"""The Replication overview page, shown when the tree's root "Hyper-V Manager" is selected."""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hvgui.ui.models.overview import Column, OverviewModel, ProblemFilterProxy
from hvgui.ui.models.roles import Role
from hvgui.ui.views.item_views import ColumnsTree, fit_columns

SETTINGS_KEY = "overview/header"
PROBLEMS_KEY = "overview/problems_only"


class OverviewView(QWidget):
    vm_activated = Signal(str, object)
    """host, VM Id: the user opened a relationship (double-click or Enter) on that host's copy."""

    def __init__(self, model: OverviewModel, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._settings = settings
        self._fitted = False
        self.proxy = ProblemFilterProxy(self)
        self.proxy.setSourceModel(model)
        self._setup_ui()
        self.retranslate_ui()
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self._on_model_changed)
        self._on_model_changed()
        self.fit()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self._title = QLabel()
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._summary = QLabel()
        self.problems_only = QCheckBox()
        self.problems_only.setChecked(bool(self._settings.value(PROBLEMS_KEY, False, type=bool)))
        self.proxy.set_problems_only(self.problems_only.isChecked())
        self.problems_only.toggled.connect(self._on_problems_only_toggled)
        head.addWidget(self._title)
        head.addSpacing(12)
        head.addWidget(self._summary, 1)
        head.addWidget(self.problems_only)
        layout.addLayout(head)
        self.view = ColumnsTree(self._settings, SETTINGS_KEY)
        self.view.setModel(self.proxy)
        self.view.activated.connect(self._on_view_activated)
        layout.addWidget(self.view, 1)
        self.view.restore_columns()
        if not self.view.restored:
            self.view.sortByColumn(Column.HEALTH, Qt.SortOrder.DescendingOrder)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Replication Overview"))
        self.problems_only.setText(self.tr("Show &problems only"))
        self.problems_only.setToolTip(
            self.tr(
                "Only relationships with a warning or critical health, a host in trouble, or overdue replication"
            )
        )
        self._on_model_changed()

    def fit(self) -> None:
        """Column widths for the first start, once there are rows to measure."""
        if self.view.restored or self._fitted:
            return
        if self.proxy.rowCount() == 0:
            self.proxy.rowsInserted.connect(
                self._on_proxy_rows_inserted, Qt.ConnectionType.SingleShotConnection
            )
            return
        self._fitted = True
        fit_columns(self.view, maximum=190)
        self.view.header().setStretchLastSection(True)

    def _on_proxy_rows_inserted(self, *_: object) -> None:
        # Later: the rows of the other hosts arrive in the same moment.
        QTimer.singleShot(200, self.fit)

    def _on_model_changed(self, *_: object) -> None:
        total = self.model.rowCount()
        problems = sum(1 for row in range(total) if self.model.index(row, 0).data(Role.PROBLEM))
        relationships = self.tr("%n relationship(s)", "", total)
        attention = self.tr("%n need(s) attention", "", problems)
        self._summary.setText(f"{relationships}, {attention}" if problems else relationships)

    def _on_problems_only_toggled(self, checked: bool) -> None:
        self.proxy.set_problems_only(checked)
        self._settings.setValue(PROBLEMS_KEY, checked)

    def _on_view_activated(self, index: QModelIndex) -> None:
        host = index.data(Role.HOST)
        vm_id = index.data(Role.VM_ID)
        if host and isinstance(vm_id, UUID):
            self.vm_activated.emit(host, vm_id)
