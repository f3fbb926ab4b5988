"""The centre of the window for a host: a trouble banner, the Virtual Machines list and the details."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from hvgui.ui import icons
from hvgui.ui.models.vms import Column, HostVmProxy
from hvgui.ui.views.details import ChainOf, DetailsPane
from hvgui.ui.views.item_views import ColumnsTree, fit_columns

VM_HEADER_KEY = "vms/header"
SPLITTER_KEY = "vms/splitter"


class HostBanner(QFrame):
    """Shown while the host is in trouble: what is wrong, since when, and Retry."""

    def __init__(self, retry: QAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("HostBanner { background: #fff4ce; border: 1px solid #e0c060; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self._icon = QLabel()
        self._icon.setPixmap(icons.icon("badge-stale").pixmap(20, 20))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry = QPushButton()
        self.retry.clicked.connect(retry.trigger)
        self._retry_action = retry
        layout.addWidget(self._icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry)
        self.setVisible(False)

    def show_problem(self, text: str) -> None:
        self.text.setText(text)
        self.retry.setText(self._retry_action.text())
        self.setVisible(bool(text))


class HostPage(QWidget):
    def __init__(
        self,
        proxy: HostVmProxy,
        settings: QSettings,
        chain_of: ChainOf,
        retry: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self.proxy = proxy
        self._fitted = False
        self._setup_ui(chain_of, retry)
        self.retranslate_ui()
        self.fit()

    def _setup_ui(self, chain_of: ChainOf, retry: QAction) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = HostBanner(retry)
        layout.addWidget(self.banner)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.title.setFont(font)
        top_layout.addWidget(self.title)
        self.vm_view = ColumnsTree(self._settings, VM_HEADER_KEY)
        self.vm_view.setModel(self.proxy)
        self.vm_view.restore_columns()
        top_layout.addWidget(self.vm_view, 1)
        self.details = DetailsPane(chain_of)
        self.splitter.addWidget(top)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        saved = self._settings.value(SPLITTER_KEY)
        if saved is not None:
            self.splitter.restoreState(saved)
        else:
            # About a dozen VMs above, and room for both replication hops below.
            self.splitter.setSizes([300, 360])
        self.splitter.splitterMoved.connect(self._on_splitter_splitter_moved)
        layout.addWidget(self.splitter, 1)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Virtual Machines"))
        self.details.retranslate_ui()

    def fit(self) -> None:
        """Column widths for the first start, once there are rows to measure; later the user's widths
        are restored from the settings instead."""
        if self.vm_view.restored or self._fitted:
            return
        if self.proxy.rowCount() == 0:
            self.proxy.rowsInserted.connect(
                self._on_proxy_rows_inserted, Qt.ConnectionType.SingleShotConnection
            )
            return
        self._fitted = True
        fit_columns(self.vm_view, maximum=200)
        self.vm_view.setColumnWidth(Column.NAME, max(self.vm_view.columnWidth(Column.NAME), 150))

    def _on_proxy_rows_inserted(self, *_: object) -> None:
        self.fit()

    def _on_splitter_splitter_moved(self, *_: object) -> None:
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
