"""Hyper-V Settings for a host, Replication Configuration page (reference 4.1, 6.6).

The page loads the host's Replica server settings and authorization entries; OK leads to a summary
of every change as a step (entries removed, server settings, entries changed and added), then
applies them as one job. The firewall rule is not touched: the page says what to enable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.enums import ServerAuthenticationType as Auth
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import AuthorizationEntry, ReplicaServerInfo
from hvgui.services.workflows import ReplicaServerRequest, ReplicaServerSettings, Step
from hvgui.services.workflows.reads import read_replica_server
from hvgui.ui import error_texts
from hvgui.ui.dialogs.common import DialogContext, OperationDialog, run_states, screenshot_states
from hvgui.ui.dialogs.common_widgets import fill, hint_label
from hvgui.ui.dialogs.settings_entries import WINDOWS_PATH, EntryDialog

__all__ = ["HyperVSettingsDialog", "screenshot_states"]

_THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")


class HyperVSettingsDialog(OperationDialog):
    def __init__(self, parent: QWidget | None, ctx: DialogContext, host: str) -> None:
        super().__init__(parent, ctx)
        self._host = host
        self.loaded: ReplicaServerInfo | None = None
        self.load_error = ""
        self.entries: list[AuthorizationEntry] = []
        self.entry_dialog: EntryDialog | None = None
        self._setup_ui()
        self.setMinimumSize(900, 720)
        self.retranslate_ui()
        self._spawn(self._load())

    # The page --------------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget()
        outer = QHBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self._nav = QListWidget()
        self._nav.setMaximumWidth(190)
        self._nav.addItem("")
        self._nav.setCurrentRow(0)
        outer.addWidget(self._nav)
        right = QVBoxLayout()
        outer.addLayout(right, 1)
        self.enable_box = QCheckBox()
        right.addWidget(self.enable_box)
        self._auth_box = QGroupBox()
        grid = QGridLayout(self._auth_box)
        self.kerberos_box, self.certificate_box = QCheckBox(), QCheckBox()
        self._kerberos_port_label, self._certificate_port_label = QLabel(), QLabel()
        self.kerberos_port, self.certificate_port = QLineEdit("80"), QLineEdit("443")
        self._thumb_label, self.thumbprint_edit = QLabel(), QLineEdit()
        grid.addWidget(self.kerberos_box, 0, 0, 1, 3)
        grid.addWidget(self._kerberos_port_label, 1, 1)
        grid.addWidget(self.kerberos_port, 1, 2)
        grid.addWidget(self.certificate_box, 2, 0, 1, 3)
        grid.addWidget(self._certificate_port_label, 3, 1)
        grid.addWidget(self.certificate_port, 3, 2)
        grid.addWidget(self._thumb_label, 4, 1)
        grid.addWidget(self.thumbprint_edit, 4, 2)
        grid.setColumnMinimumWidth(0, 20)
        grid.setColumnStretch(2, 1)
        right.addWidget(self._auth_box)
        self._authz_box = QGroupBox()
        authz = QVBoxLayout(self._authz_box)
        self.any_radio, self.specified_radio = QRadioButton(), QRadioButton()
        group = QButtonGroup(page)
        group.addButton(self.any_radio)
        group.addButton(self.specified_radio)
        self._storage_label, self.storage_edit = QLabel(), QLineEdit()
        authz.addWidget(self.any_radio)
        row = QHBoxLayout()
        row.setContentsMargins(20, 0, 0, 0)
        row.addWidget(self._storage_label)
        row.addWidget(self.storage_edit, 1)
        authz.addLayout(row)
        authz.addWidget(self.specified_radio)
        self.table = QTableWidget(0, 3)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(120)
        authz.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.add_button, self.edit_button, self.remove_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        authz.addLayout(buttons)
        right.addWidget(self._authz_box)
        self._firewall = hint_label("firewall")
        self._firewall.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self._firewall)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.itemSelectionChanged.connect(self._on_input_changed)
        self.table.itemDoubleClicked.connect(self._on_edit_button_clicked)
        for box in (
            self.enable_box,
            self.kerberos_box,
            self.certificate_box,
            self.any_radio,
            self.specified_radio,
        ):
            box.toggled.connect(self._on_input_changed)
        for edit in (self.kerberos_port, self.certificate_port, self.thumbprint_edit, self.storage_edit):
            edit.textChanged.connect(self._on_input_changed)
        self.specified_radio.setChecked(True)
        return page

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Hyper-V Settings for %1"), self._host))
        self._header.setText(self.tr("Replication Configuration"))
        item = self._nav.item(0)
        if item is not None:
            item.setText(self.tr("Replication Configuration"))
        self.enable_box.setText(self.tr("&Enable this computer as a Replica server"))
        self._auth_box.setTitle(self.tr("Authentication and ports"))
        self.kerberos_box.setText(self.tr("Use &Kerberos (HTTP)"))
        self.certificate_box.setText(self.tr("Use certificate-based Authentication (HTTP&S)"))
        self._kerberos_port_label.setText(self.tr("Specify the port:"))
        self._certificate_port_label.setText(self.tr("Specify the port:"))
        self._thumb_label.setText(self.tr("Certificate thumbprint:"))
        self.thumbprint_edit.setPlaceholderText(
            self.tr("40 hexadecimal characters, from the host's personal store")
        )
        self._authz_box.setTitle(self.tr("Authorization and storage"))
        self.any_radio.setText(self.tr("Allow replication from &any authenticated server"))
        self._storage_label.setText(self.tr("Default location to store Replica files:"))
        self.specified_radio.setText(self.tr("Allow replication from the speci&fied servers:"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Primary Server"), self.tr("Storage Location"), self.tr("Trust Group")]
        )
        self.add_button.setText(self.tr("A&dd…"))
        self.edit_button.setText(self.tr("Ed&it…"))
        self.remove_button.setText(self.tr("Re&move"))
        self._firewall.setText(
            self.tr(
                "Remember the firewall: this page does not open it. On the Replica server, enable the "
                "inbound rule “Hyper-V Replica HTTP Listener (TCP-In)” for Kerberos or “Hyper-V Replica "
                "HTTPS Listener (TCP-In)” for certificates, e.g. Enable-NetFirewallRule -Name "
                "VIRT-HVRHTTPL-In-TCP-NoScope (VIRT-HVRHTTPSL-In-TCP-NoScope for HTTPS). If you use other "
                "ports, create rules for them."
            )
        )
        super().retranslate_ui()

    def _action_text(self) -> str:
        return self.tr("&Apply")

    # Loading and editing ---------------------------------------------------------------------------

    async def _load(self) -> None:
        session = self._ctx.session(self._host)
        if session is None:
            self.load_error = fill(self.tr("hvgui is not connected to %1."), self._host)
            self._revalidate()
            return
        try:
            info = await read_replica_server(session)
        except HvError as err:
            self.load_error = error_texts.explanation(error_texts.root_cause(err))
            self._revalidate()
            return
        self.loaded = info
        self.enable_box.setChecked(info.enabled)
        self.kerberos_box.setChecked(info.auth is not Auth.Certificate)
        self.certificate_box.setChecked(info.auth is not Auth.Kerberos)
        self.kerberos_port.setText(str(info.kerberos_port or 80))
        self.certificate_port.setText(str(info.certificate_port or 443))
        self.thumbprint_edit.setText(info.certificate_thumbprint)
        (self.any_radio if info.allow_any else self.specified_radio).setChecked(True)
        self.storage_edit.setText(info.default_storage)
        self.entries = list(info.entries)
        self._show_entries()
        self._on_input_changed()

    def _show_entries(self) -> None:
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            for column, text in enumerate(
                (entry.allowed_primary_server, entry.storage_location, entry.trust_group)
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _selected(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _on_input_changed(self) -> None:
        enabled = self.enable_box.isChecked()
        for widget in (self._auth_box, self._authz_box):
            widget.setEnabled(enabled)
        self.kerberos_port.setEnabled(self.kerberos_box.isChecked())
        self.certificate_port.setEnabled(self.certificate_box.isChecked())
        self.thumbprint_edit.setEnabled(self.certificate_box.isChecked())
        self.storage_edit.setEnabled(self.any_radio.isChecked())
        specified = self.specified_radio.isChecked()
        self.table.setEnabled(specified)
        self.add_button.setEnabled(specified)
        self.edit_button.setEnabled(specified and self._selected() >= 0)
        self.remove_button.setEnabled(specified and self._selected() >= 0)
        self._revalidate()

    def _open_entry_dialog(self, index: int) -> None:
        others = [e.allowed_primary_server for i, e in enumerate(self.entries) if i != index]
        current = self.entries[index] if index >= 0 else None
        dialog = EntryDialog(self, self._host, others, current, self.storage_edit.text().strip())
        dialog.entry_accepted.connect(lambda entry: self._on_entry_dialog_entry_accepted(index, entry))
        self.entry_dialog = dialog
        dialog.open()

    def _on_entry_dialog_entry_accepted(self, index: int, entry: AuthorizationEntry) -> None:
        if index >= 0:
            self.entries[index] = entry
        else:
            self.entries.append(entry)
        self._show_entries()
        self._on_input_changed()

    def _on_add_button_clicked(self) -> None:
        self._open_entry_dialog(-1)

    def _on_edit_button_clicked(self) -> None:
        if self._selected() >= 0:
            self._open_entry_dialog(self._selected())

    def _on_remove_button_clicked(self) -> None:
        index = self._selected()
        if index >= 0:
            del self.entries[index]
            self._show_entries()
            self._on_input_changed()

    # Validation and the workflow -----------------------------------------------------------------

    def _auth(self) -> Auth:
        if self.kerberos_box.isChecked() and self.certificate_box.isChecked():
            return Auth.CertificateAndKerberos
        return Auth.Certificate if self.certificate_box.isChecked() else Auth.Kerberos

    @staticmethod
    def _port(edit: QLineEdit) -> int:
        text = edit.text().strip()
        return int(text) if text.isdigit() and 1 <= int(text) <= 65535 else 0

    def problem(self) -> str:
        if self.load_error:
            return self.load_error
        if self.loaded is None:
            return fill(self.tr("Reading the Replica server settings of %1…"), self._host)
        if self.enable_box.isChecked():
            if not (self.kerberos_box.isChecked() or self.certificate_box.isChecked()):
                return self.tr("Choose Kerberos, certificate-based authentication, or both.")
            if self.kerberos_box.isChecked() and not self._port(self.kerberos_port):
                return self.tr("The Kerberos port must be a number from 1 to 65535.")
            if self.certificate_box.isChecked() and not self._port(self.certificate_port):
                return self.tr("The certificate port must be a number from 1 to 65535.")
            if self._auth() is Auth.CertificateAndKerberos and self._port(self.kerberos_port) == self._port(
                self.certificate_port
            ):
                return self.tr("Kerberos and certificate-based authentication need different ports.")
            if self.certificate_box.isChecked() and not _THUMBPRINT.match(
                self.thumbprint_edit.text().strip()
            ):
                return self.tr(
                    "Certificate-based authentication needs the thumbprint of the host's certificate (40 hexadecimal characters)."
                )
            if self.any_radio.isChecked() and not WINDOWS_PATH.match(self.storage_edit.text().strip()):
                return self.tr(
                    "Enter the default storage location as a full path on the host, like E:\\Replica."
                )
            if self.specified_radio.isChecked() and not self.entries:
                return self.tr(
                    "Add at least one authorization entry, or allow replication from any authenticated server."
                )
        if not self._changed():
            return self.tr("Nothing has changed.")
        return ""

    def _changed(self) -> bool:
        q, info = self._request(), self.loaded
        assert info is not None
        if q.remove_entries or q.change_entries or q.add_entries or q.enabled != info.enabled:
            return True
        if not q.enabled:
            return False
        kerberos = q.auth is not Auth.Certificate and q.kerberos_port != info.kerberos_port
        certificate = q.auth is not Auth.Kerberos and (
            q.certificate_port != info.certificate_port
            or q.certificate_thumbprint.upper() != info.certificate_thumbprint.upper()
        )
        storage = q.allow_any and q.default_storage != info.default_storage
        return (q.auth, q.allow_any) != (info.auth, info.allow_any) or kerberos or certificate or storage

    def _request(self) -> ReplicaServerRequest:
        old = {e.allowed_primary_server.lower(): e for e in (self.loaded.entries if self.loaded else ())}
        specified = self.enable_box.isChecked() and self.specified_radio.isChecked()
        new = {e.allowed_primary_server.lower(): e for e in (self.entries if specified else old.values())}
        if self.enable_box.isChecked() and not specified:
            new = {}  # Hyper-V keeps entries only while replication is limited to them
        certificate = self.certificate_box.isChecked()
        return ReplicaServerRequest(
            host=self._host,
            enabled=self.enable_box.isChecked(),
            auth=self._auth(),
            kerberos_port=self._port(self.kerberos_port) or 80,
            certificate_port=self._port(self.certificate_port) or 443,
            certificate_thumbprint=self.thumbprint_edit.text().strip().upper() if certificate else "",
            allow_any=self.any_radio.isChecked(),
            default_storage=self.storage_edit.text().strip(),
            remove_entries=tuple(e.allowed_primary_server for k, e in old.items() if k not in new),
            change_entries=tuple(e for k, e in new.items() if k in old and old[k] != e),
            add_entries=tuple(e for k, e in new.items() if k not in old),
        )

    def make_workflow(self) -> ReplicaServerSettings:
        return ReplicaServerSettings(self._request(), self._ctx.sessions(self._host))

    def step_title(self, step: Step) -> str:
        key, host = step.key, self._host
        for prefix, text in (
            ("remove_entry_", self.tr("Remove the authorization entry for %1")),
            ("change_entry_", self.tr("Change the authorization entry for %1")),
            ("add_entry_", self.tr("Authorize %1 as a primary server")),
        ):
            if key.startswith(prefix):
                return fill(text, key.removeprefix(prefix))
        if self.enable_box.isChecked():
            return fill(self.tr("Apply the Replica server settings on %1"), host)
        return fill(self.tr("Stop %1 from being a Replica server"), host)

    def _consequences(self) -> str:
        if not self.enable_box.isChecked():
            return fill(
                self.tr(
                    "%1 stops accepting replication. Virtual machines replicating to it will report errors."
                ),
                self._host,
            )
        return self.tr(
            "Virtual machines that already replicate here keep their settings. Check the firewall rule afterwards."
        )

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("The Replica server settings were applied."), self.tr(
            "If the firewall does not allow inbound replication traffic yet, enable the rule now."
        )

    @property
    def ready(self) -> bool:
        return self.loaded is not None or bool(self.load_error)

    def screenshot_states(self) -> Iterator[tuple[str, QWidget]]:
        if self.loaded is not None:
            yield "0-loaded", self
            self._on_add_button_clicked()
            if self.entry_dialog is not None:
                self.entry_dialog.server_edit.setText("*.contoso")
                yield "0-entry", self.entry_dialog
                self.entry_dialog.reject()
            self.certificate_box.setChecked(True)
            self.certificate_port.setText("70000")
        yield from run_states(self)
