"""The details area under the VM list: tabs Summary and Replication, as in Hyper-V Manager."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from uuid import UUID

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.enums import AuthenticationType, RelationshipType, ReplicationMode
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.inventory import ReplicationChain
from hvgui.ui import format, icons, labels
from hvgui.ui.format import fill

ChainOf = Callable[[UUID], ReplicationChain | None]


def _value(text: str) -> QLabel:
    label = QLabel(text or "\N{EN DASH}")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class DetailsPane(QWidget):
    def __init__(self, chain_of: ChainOf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chain_of = chain_of
        self._vm: VMInfo | None = None
        self._relations: tuple[ReplicationInfo, ...] = ()
        self._note = ""
        self._setup_ui()
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self._icon = QLabel()
        self._title = QLabel()
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self._title.setFont(font)
        head.addWidget(self._icon)
        head.addWidget(self._title, 1)
        layout.addLayout(head)
        self._stale = QLabel()
        self._stale.setWordWrap(True)
        self._stale.setStyleSheet("color: palette(mid); font-style: italic;")
        layout.addWidget(self._stale)
        self.tabs = QTabWidget()
        self._summary = QWidget()
        self._summary_form = QFormLayout(self._summary)
        self._summary_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._replication_area = QScrollArea()
        self._replication_area.setWidgetResizable(True)
        self._replication_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.tabs.addTab(self._summary, "")
        self.tabs.addTab(self._replication_area, "")
        layout.addWidget(self.tabs, 1)

    def retranslate_ui(self) -> None:
        self.tabs.setTabText(0, self.tr("Summary"))
        self.tabs.setTabText(1, self.tr("Replication"))
        self._render()

    # Content -----------------------------------------------------------------------------------------

    def show_vm(self, vm: VMInfo | None, relations: Sequence[ReplicationInfo] = (), note: str = "") -> None:
        self._vm, self._relations, self._note = vm, tuple(relations), note
        self._render()

    def current_vm(self) -> VMInfo | None:
        return self._vm

    def _render(self) -> None:
        vm = self._vm
        self._stale.setText(self._note)
        self._stale.setVisible(bool(self._note))
        self._icon.setPixmap(icons.vm(vm.state).pixmap(24, 24) if vm else icons.icon("vm-off").pixmap(24, 24))
        self._title.setText(vm.name if vm else self.tr("No virtual machine selected"))
        self._fill_summary(vm)
        self._fill_replication(vm)

    def _fill_summary(self, vm: VMInfo | None) -> None:
        form = self._summary_form
        while form.rowCount():
            form.removeRow(0)
        if vm is None:
            form.addRow(_value(self.tr("Select a virtual machine to see its details.")))
            return
        running = vm.uptime > timedelta(0)
        form.addRow(self.tr("Host:"), _value(vm.host))
        form.addRow(self.tr("State:"), _value(labels.vm_state(vm.state)))
        form.addRow(self.tr("CPU Usage:"), _value(format.percent(vm.cpu_usage) if running else ""))
        form.addRow(
            self.tr("Assigned Memory:"), _value(format.size(vm.memory_assigned) if vm.memory_assigned else "")
        )
        form.addRow(self.tr("Uptime:"), _value(format.uptime(vm.uptime)))
        form.addRow(self.tr("Status:"), _value(vm.status))
        # The inventory reads only what the list shows; version and generation may be unknown.
        if vm.version:
            form.addRow(self.tr("Configuration Version:"), _value(vm.version))
        if vm.generation:
            form.addRow(self.tr("Generation:"), _value(str(vm.generation)))
        if vm.replication_mode is not ReplicationMode.NONE:
            form.addRow(
                self.tr("Replication Health:"), _value(labels.replication_health(vm.replication_health))
            )

    def _fill_replication(self, vm: VMInfo | None) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        if vm is None or not self._relations:
            text = (
                self.tr("Replication is not enabled for this virtual machine.")
                if vm is not None
                else self.tr("Select a virtual machine to see its replication.")
            )
            layout.addWidget(_value(text))
        else:
            row = QHBoxLayout()
            ordered = sorted(self._relations, key=lambda r: r.relationship)
            for relation in ordered:
                row.addWidget(self._relation_box(vm, relation), 1)
            layout.addLayout(row)
        layout.addStretch(1)
        self._replication_area.setWidget(page)

    def _relation_box(self, vm: VMInfo, rel: ReplicationInfo) -> QGroupBox:
        extended = rel.relationship is RelationshipType.Extended
        box = QGroupBox(self.tr("Extended Replication") if extended else self.tr("Replication"))
        form = QFormLayout(box)
        form.addRow(self.tr("Replication Mode:"), _value(labels.replication_mode(rel.mode)))
        form.addRow(self.tr("Replication State:"), _value(labels.replication_state(rel.state)))
        health = _value(labels.replication_health(rel.health))
        form.addRow(self.tr("Replication Health:"), health)
        form.addRow(self.tr("Primary Server:"), _value(rel.primary_server))
        form.addRow(self.tr("Replica Server:"), _value(rel.replica_server))
        chain = self._chain_of(vm.id)
        if not extended and chain is not None and chain.extended_host:
            ext = next((link for link in chain.links if link.relationship == RelationshipType.Extended), None)
            form.addRow(
                self.tr("Extended Replica Server:"), _value(ext.target_server if ext else chain.extended_host)
            )
        form.addRow(
            self.tr("Replication Frequency:"), _value(format.duration(timedelta(seconds=rel.frequency_sec)))
        )
        points = (
            self.tr("%n additional hourly recovery point(s)", "", rel.recovery_history)
            if rel.recovery_history
            else self.tr("Latest recovery point only")
        )
        form.addRow(self.tr("Recovery Points:"), _value(points))
        never = self.tr("Never")
        form.addRow(
            self.tr("Last Synchronized:"),
            _value(format.when(rel.last_replication) if rel.last_replication else never),
        )
        auth = (
            "Kerberos (HTTP)"
            if rel.auth_type is AuthenticationType.Kerberos
            else self.tr("Certificate (HTTPS)")
        )
        auth_port = fill(self.tr("%1, port %2"), auth, str(rel.replica_port))
        form.addRow(self.tr("Authentication:"), _value(auth_port))
        if rel.test_vm_name:
            form.addRow(self.tr("Test Virtual Machine:"), _value(rel.test_vm_name))
        return box
