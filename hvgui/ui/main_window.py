"""The main window, laid out like Hyper-V Manager: navigation tree, centre, Actions pane.

Selecting the root "Hyper-V Manager" shows the cross-host Replication overview; a host shows its
Virtual Machines with the details below; a VM in the tree selects it in the list. Whatever is
selected decides the Actions pane, the Action menu and the context menus, all built from the same
rules. Nothing here waits for a host: every operation and refresh runs as a background task.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QStackedWidget, QWidget

from hvgui import __version__
from hvgui.hyperv.model import ReplicaServerInfo, ReplicationStatistics
from hvgui.hyperv.rules import Action
from hvgui.services.connections import HostRegistry, utc_now
from hvgui.services.inventory import Inventory, ReplicationChain
from hvgui.services.jobs import AuditLog, JobTracker
from hvgui.ui import icons
from hvgui.ui.actions import (
    VmTarget,
    replication_title,
)
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.dialogs import interim
from hvgui.ui.dialogs.confirm import Confirm, ask
from hvgui.ui.dialogs.error import ErrorReport
from hvgui.ui.host_operations import DEFAULT_INTERVAL_MS, Forget, HostOperations, Reenter
from hvgui.ui.host_state import HostStates
from hvgui.ui.jobs_dock import JobsDock
from hvgui.ui.models.overview import OverviewModel
from hvgui.ui.models.roles import NodeKind, Role
from hvgui.ui.models.tree import NavigationModel
from hvgui.ui.models.vms import HostVmProxy, VmTableModel
from hvgui.ui.operations import Operations
from hvgui.ui.runner import OperationRunner
from hvgui.ui.selection_menus import fill_context, vm_sections
from hvgui.ui.statusbar import StatusBar
from hvgui.ui.views.actions_pane import ActionsPane, Section
from hvgui.ui.views.host_page import HostPage
from hvgui.ui.views.item_views import ItemTree
from hvgui.ui.views.overview import OverviewView
from hvgui.ui.window_actions import WindowActions


@dataclass
class WindowServices:
    """What the window works with; app.py builds it (tests build their own)."""

    registry: HostRegistry
    inventory: Inventory
    jobs: JobTracker
    settings: QSettings
    audit: AuditLog | None = None
    clock: Callable[[], datetime] = utc_now
    connect_to_server: Callable[[QWidget], None] | None = None
    connect_unavailable: str = ""  # why Connect to Server is disabled, if it is
    forget_host: Forget | None = None
    reenter_password: Reenter | None = None
    confirm: Confirm | None = None
    refresh_interval_ms: int = DEFAULT_INTERVAL_MS


class MainWindow(QMainWindow):
    closed = Signal()
    """The window was closed: the application should shut down."""

    def __init__(self, services: WindowServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self._settings = services.settings
        self._syncing = False
        self.bridge = ServiceBridge(services.registry, services.inventory, services.jobs, self)
        self.hosts = HostStates(self.bridge, services.clock, self)
        self.tree_model = NavigationModel(self.bridge, self.hosts, self)
        self.vm_model = VmTableModel(self.bridge, self.hosts, self)
        self.vm_proxy = HostVmProxy(self)
        self.vm_proxy.setSourceModel(self.vm_model)
        self.overview_model = OverviewModel(self.bridge, self.hosts, services.inventory, services.clock, self)
        confirm = services.confirm or ask(self)
        self.host_ops = HostOperations(
            services.registry, services.inventory, confirm, self._show_settings,
            self._show_error, services.clock, services.forget_host, services.refresh_interval_ms, self,
        )  # fmt: skip
        self.host_ops.reenter = services.reenter_password
        self.runner = OperationRunner(services.jobs, self, self.host_ops.refresh, self)
        self.operations = Operations(
            self.runner, services.registry, services.inventory, confirm, self.inform, self._show_health, self
        )
        if self.operations.dialogs is not None:
            self.host_ops.open_settings = self.operations.dialogs.open_settings
        self.acts = WindowActions(self)
        self._context_timer = QTimer(self)
        self._context_timer.setSingleShot(True)
        self._context_timer.timeout.connect(self._update_context)
        self._setup_ui()
        self.retranslate_ui()
        self._connect_signals()
        self._restore()
        self.tree.setCurrentIndex(self.tree_model.root_index())

    def _setup_ui(self) -> None:
        self.setObjectName("mainWindow")
        self.setWindowIcon(icons.icon("app"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.tree = ItemTree()
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.expand(self.tree_model.root_index())
        self.stack = QStackedWidget()
        self.overview = OverviewView(self.overview_model, self._settings)
        self.host_page = HostPage(self.vm_proxy, self._settings, self.chain_of, self.acts.host_retry)
        self.stack.addWidget(self.overview)
        self.stack.addWidget(self.host_page)
        self.actions_pane = ActionsPane()
        for widget in (self.tree, self.stack, self.actions_pane):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([230, 900, 230])
        self.setCentralWidget(self.splitter)
        self.jobs_dock = JobsDock(self.bridge, self.runner, self.services.audit, self._settings, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.jobs_dock)
        self.resizeDocks([self.jobs_dock], [170], Qt.Orientation.Vertical)
        self.status = StatusBar(self.hosts, self.host_ops, self.runner, self)
        self.setStatusBar(self.status)
        self.acts.build_menu_bar(self.menuBar(), self.jobs_dock.toggleViewAction())
        self.vm_view = self.host_page.vm_view
        QWidget.setTabOrder(self.tree, self.vm_view)
        QWidget.setTabOrder(self.vm_view, self.host_page.details.tabs)
        QWidget.setTabOrder(self.host_page.details.tabs, self.actions_pane)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hyper-V Manager (hvgui)"))
        self.acts.retranslate_ui()
        self.jobs_dock.toggleViewAction().setText(self.tr("&Operations Panel"))
        self.acts.connect_server.setEnabled(self.services.connect_to_server is not None)
        if self.services.connect_to_server is None:
            self.acts.connect_server.setToolTip(
                self.services.connect_unavailable or self.tr("Not available in this version")
            )
        self._update_context()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
            for widget in (
                self,
                self.host_page,
                self.overview,
                self.jobs_dock,
                self.status,
                self.actions_pane,
            ):
                widget.retranslate_ui()
            self.tree_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 0)
        super().changeEvent(event)

    def _connect_signals(self) -> None:
        a = self.acts
        a.connect_server.triggered.connect(self._on_connect_triggered)
        a.exit.triggered.connect(self.close)
        a.refresh.triggered.connect(self.host_ops.refresh_all)
        a.overview.triggered.connect(self.select_root)
        a.problems_only.toggled.connect(self.overview.problems_only.setChecked)
        self.overview.problems_only.toggled.connect(a.problems_only.setChecked)
        a.problems_only.setChecked(self.overview.problems_only.isChecked())
        a.columns.triggered.connect(self._on_columns_triggered)
        a.show_actions.toggled.connect(self.actions_pane.setVisible)
        a.about.triggered.connect(self._on_about_triggered)
        a.host_refresh.triggered.connect(lambda: self.host_ops.refresh([self.current_host()]))
        a.host_settings.triggered.connect(lambda: self.host_ops.settings(self.current_host()))
        a.host_retry.triggered.connect(lambda: self.host_ops.retry(self.current_host()))
        a.host_disconnect.triggered.connect(lambda: self.host_ops.disconnect_host(self.current_host()))
        a.menu_action.aboutToShow.connect(self._on_menu_action_about_to_show)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current_changed)
        self.tree.context_menu_requested.connect(self._on_tree_context_menu_requested)
        self.vm_view.selectionModel().selectionChanged.connect(self._on_vm_view_selection_changed)
        self.vm_view.context_menu_requested.connect(self._on_vm_view_context_menu_requested)
        self.overview.vm_activated.connect(self.select_vm)
        for signal in (self.bridge.inventory_changed, self.hosts.host_changed, self.hosts.host_removed):
            signal.connect(self._on_something_changed)
        self.tree_model.rowsInserted.connect(self._on_tree_model_rows_inserted)
        self.bridge.inventory_changed.connect(lambda _change: self.status.note_refresh(self.services.clock()))

    # Selection -----------------------------------------------------------------------------------------

    def current_kind(self) -> NodeKind:
        kind = self.tree.currentIndex().data(Role.KIND)
        return NodeKind(kind) if kind is not None else NodeKind.ROOT

    def current_host(self) -> str:
        return str(self.tree.currentIndex().data(Role.HOST) or "")

    def selected_targets(self) -> list[VmTarget]:
        if self.current_kind() is NodeKind.ROOT:
            return []
        rows = self.vm_view.selectionModel().selectedRows()
        targets = []
        for index in sorted(rows, key=lambda i: i.row()):
            vm = index.data(Role.VM)
            if vm is not None:
                available = self.hosts.get(vm.host).available
                targets.append(VmTarget(vm, self.vm_model.relations(vm.host, vm.id), available))
        return targets

    def chain_of(self, vm_id: UUID) -> ReplicationChain | None:
        row = self.overview_model.row_of(vm_id)
        return self.overview_model.chain(row) if row >= 0 else None

    def select_root(self) -> None:
        self.tree.setCurrentIndex(self.tree_model.root_index())

    def select_host(self, host: str) -> None:
        index = self.tree_model.host_index(host)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def select_vm(self, host: str, vm_id: object) -> None:
        if isinstance(vm_id, UUID):
            index = self.tree_model.vm_index(host, vm_id)
            if index.isValid():
                self.tree.expand(index.parent())
                self.tree.setCurrentIndex(index)
                self.vm_view.setFocus()

    def _on_something_changed(self, *_: object) -> None:
        # Coalesced: a refresh of several hosts rebuilds the Actions pane once, after the events.
        self._context_timer.start(0)

    def _on_tree_model_rows_inserted(self, parent: QModelIndex, *_: object) -> None:
        if parent == self.tree_model.root_index():
            self.tree.expand(parent)

    def _on_tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        kind = self.current_kind()
        self.stack.setCurrentWidget(self.overview if kind is NodeKind.ROOT else self.host_page)
        if kind is NodeKind.ROOT:
            self.overview.fit()
        if kind is not NodeKind.ROOT:
            self.vm_proxy.set_host(self.current_host())
            self._syncing = True
            try:
                selection = self.vm_view.selectionModel()
                vm_id = current.data(Role.VM_ID)
                row = self.vm_model.row_of(self.current_host(), vm_id) if isinstance(vm_id, UUID) else -1
                if row >= 0:
                    index = self.vm_proxy.mapFromSource(self.vm_model.index(row, 0))
                    self.vm_view.setCurrentIndex(index)
                    self.vm_view.scrollTo(index)
                else:
                    selection.clearSelection()
            finally:
                self._syncing = False
        self._update_context()

    def _on_vm_view_selection_changed(self, *_: object) -> None:
        if self._syncing:
            return
        current = self.vm_view.currentIndex()
        vm = current.data(Role.VM) if current.isValid() else None
        if vm is not None and len(self.vm_view.selectionModel().selectedRows()) == 1:
            index = self.tree_model.vm_index(vm.host, vm.id)
            if index.isValid() and index != self.tree.currentIndex():
                self._syncing = True
                try:
                    self.tree.setCurrentIndex(index)
                finally:
                    self._syncing = False
        self._update_context()

    # Context: Actions pane, details, host banner ---------------------------------------------------

    def _update_context(self) -> None:
        kind, host = self.current_kind(), self.current_host()
        for act in self.acts.host_actions():
            act.setEnabled(kind is not NodeKind.ROOT and host in self.hosts)
        health = self.hosts.get(host)
        self.acts.host_retry.setVisible(kind is not NodeKind.ROOT and bool(health.problem))
        self.acts.host_settings.setEnabled(kind is not NodeKind.ROOT and health.available)
        targets = self.selected_targets()
        if kind is NodeKind.ROOT:
            sections = [Section(self.tr("Hyper-V Manager"), self.acts.root_actions())]
        else:
            sections = [Section(host, self.acts.host_actions())]
            sections += vm_sections(self.actions_pane, targets, self._trigger(targets))
            self.host_page.banner.show_problem(self.hosts.banner_text(host) if health.stale else "")
            vm = targets[0].vm if len(targets) == 1 else None
            relations = targets[0].relations if vm else ()
            note = self.hosts.vm_tooltip_suffix(host) if vm else ""
            self.host_page.details.show_vm(vm, relations, note)
        self.actions_pane.set_sections(sections)

    def _trigger(self, targets: list[VmTarget]) -> Callable[[Action], None]:
        return lambda action: self.operations.trigger(action, targets)

    # Menus -------------------------------------------------------------------------------------------

    def context_menu(self, for_tree: bool) -> QMenu:
        """The menu the current selection offers (tree or list), also used by the Action menu."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self._fill_context(menu, for_tree)
        return menu

    def _fill_context(self, menu: QMenu, for_tree: bool) -> None:
        targets = self.selected_targets()
        root, host = self.acts.root_actions(), self.acts.host_actions()
        fill_context(menu, self.current_kind(), for_tree, targets, root, host, self._trigger(targets))

    def _on_tree_context_menu_requested(self, pos: QPoint) -> None:
        self.context_menu(for_tree=True).popup(pos)

    def _on_vm_view_context_menu_requested(self, pos: QPoint) -> None:
        self.context_menu(for_tree=False).popup(pos)

    def _on_menu_action_about_to_show(self) -> None:
        menu = self.acts.menu_action
        for act in menu.actions():
            if act not in self.acts.root_actions() + self.acts.host_actions():
                act.deleteLater()
        menu.clear()
        self._fill_context(menu, for_tree=False)

    def _on_columns_triggered(self) -> None:
        view = self.vm_view if self.current_kind() is not NodeKind.ROOT else self.overview.view
        view.column_menu().exec(view.mapToGlobal(QPoint(0, 0)))

    def _on_connect_triggered(self) -> None:
        if self.services.connect_to_server is not None:
            self.services.connect_to_server(self)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About hvgui"),
            self.tr(
                "hvgui %1\nHyper-V Replica management over WinRM, in the spirit of Hyper-V Manager."
            ).replace("%1", __version__),
        )

    # Dialog hooks ------------------------------------------------------------------------------------

    def inform(self, title: str, text: str) -> None:
        interim.show_info(self, title, text)

    def _show_health(self, stats: ReplicationStatistics) -> None:
        vm = stats.replication.vm_name
        interim.show_info(self, replication_title() + f": {vm}", interim.health_text(stats))

    def _show_settings(self, info: ReplicaServerInfo) -> None:
        interim.show_info(
            self, self.tr("Hyper-V Settings: %1").replace("%1", info.host), interim.server_text(info)
        )

    def _show_error(self, report: ErrorReport) -> None:
        self.runner.show_error(report)

    # Lifecycle ---------------------------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = self._settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def fit_columns(self) -> None:
        self.host_page.fit()
        self.overview.fit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("window/splitter", self.splitter.saveState())
        self.host_ops.timer.stop()
        self.bridge.detach()
        super().closeEvent(event)
        self.closed.emit()
