"""Specify Connection Parameters: port, Kerberos or certificate, compression; with a connection test."""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)
from qasync import asyncSlot

from hvgui.hyperv.enums import AuthenticationType
from hvgui.hyperv.errors import HvError
from hvgui.services.workflows.enable import ReplicationSettings, connection_test
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.page import PageId, WizardPage, alive

THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")


class ConnectionPage(WizardPage):
    page_id = PageId.CONNECTION

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._prefilled_for = ""
        self._last_auth = AuthenticationType.Kerberos
        self._test_result = ""
        self._generation = 0
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._server_label = QLabel(self)
        self._server = QLabel(self)
        self._server.setObjectName("serverName")
        form.addRow(self._server_label, self._server)
        self._port_label = QLabel(self)
        self._port = QLineEdit(self)
        self._port.setObjectName("port")
        self._port.setMaximumWidth(100)
        self._port_label.setBuddy(self._port)
        form.addRow(self._port_label, self._port)
        layout.addLayout(form)

        self._auth_box = QGroupBox(self)
        box = QVBoxLayout(self._auth_box)
        self._kerberos = QRadioButton(self._auth_box)
        self._kerberos.setObjectName("kerberos")
        self._certificate = QRadioButton(self._auth_box)
        self._certificate.setObjectName("certificate")
        self._auth = QButtonGroup(self)
        self._auth.addButton(self._kerberos)
        self._auth.addButton(self._certificate)
        self._kerberos.setChecked(True)
        box.addWidget(self._kerberos)
        box.addWidget(self._certificate)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        self._thumb_label = QLabel(self._auth_box)
        row.addWidget(self._thumb_label)
        self._thumbprint = QComboBox(self._auth_box)
        self._thumbprint.setObjectName("thumbprint")
        self._thumbprint.setEditable(True)
        self._thumbprint.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._thumbprint.setMinimumWidth(340)
        self._thumb_label.setBuddy(self._thumbprint)
        row.addWidget(self._thumbprint, 1)
        box.addLayout(row)
        layout.addWidget(self._auth_box)

        self._compression = QCheckBox(self)
        self._compression.setObjectName("compression")
        # Not part of the per-server pre-fill: the choice does not depend on the server, so it stays.
        self._compression.setChecked(self.owner.default_compression())
        layout.addWidget(self._compression)
        self._kept = QLabel(self)
        self._kept.setObjectName("keptSettings")
        self._kept.setWordWrap(True)
        layout.addWidget(self._kept)

        test_row = QHBoxLayout()
        self._test = QPushButton(self)
        self._test.setObjectName("testConnection")
        test_row.addWidget(self._test)
        test_row.addStretch(1)
        layout.addLayout(test_row)
        self._test_label = QLabel(self)
        self._test_label.setObjectName("testResult")
        self._test_label.setWordWrap(True)
        layout.addWidget(self._test_label)

        self.registerField("port", self._port)
        self.registerField("kerberos", self._kerberos)
        self.registerField("certificate", self._certificate)
        self.registerField("thumbprint", self._thumbprint, "currentText", self._thumbprint.currentTextChanged)
        self.registerField("compression", self._compression)
        self._port.textChanged.connect(self._on_port_text_changed)
        self._auth.buttonToggled.connect(self._on_auth_button_toggled)
        self._thumbprint.currentTextChanged.connect(self._on_thumbprint_current_text_changed)
        self._test.clicked.connect(self._on_test_clicked)
        self.add_note(layout)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Specify Connection Parameters"))
        self.setSubTitle(self.tr("Choose how the data is sent to the Replica server."))
        self._server_label.setText(self.tr("Replica server:"))
        self._port_label.setText(self.tr("Replica server &port:"))
        self._auth_box.setTitle(self.tr("Authentication type"))
        self._kerberos.setText(self.tr("Use &Kerberos authentication (HTTP)"))
        self._certificate.setText(self.tr("Use certificate-based &authentication (HTTPS)"))
        self._thumb_label.setText(self.tr("C&ertificate (thumbprint):"))
        edit = self._thumbprint.lineEdit()
        if edit is not None:
            edit.setPlaceholderText(self.tr("40 hexadecimal characters"))
        self._compression.setText(self.tr("&Compress the data that is transmitted over the network"))
        self._test.setText(self.tr("&Test Connection"))
        self._kept.setText(self.owner.connection_note())
        self._kept.setVisible(bool(self._kept.text()))

    # Values --------------------------------------------------------------------------------------

    def auth(self) -> AuthenticationType:
        return (
            AuthenticationType.Certificate if self._certificate.isChecked() else AuthenticationType.Kerberos
        )

    def port(self) -> int | None:
        text = self._port.text().strip()
        return int(text) if text.isdigit() else None

    def thumbprint(self) -> str:
        return (
            self._thumbprint.currentText().strip().upper()
            if self.auth() is AuthenticationType.Certificate
            else ""
        )

    def compression(self) -> bool:
        return self._compression.isChecked()

    def settings(self) -> ReplicationSettings:
        return ReplicationSettings(
            replica_server=self.owner.draft.target_server,
            port=self.port() or 0,
            auth=self.auth(),
            certificate_thumbprint=self.thumbprint(),
            compression=self.compression(),
        )

    # Page ----------------------------------------------------------------------------------------

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        draft, wizard = self.owner.draft, self.owner
        self._server.setText(draft.target_server)
        if self._prefilled_for != draft.target_host:
            self._prefilled_for = draft.target_host
            self._prefill()
        editable = wizard.connection_editable()
        self._port.setReadOnly(not editable)
        self._kerberos.setEnabled(editable)
        self._certificate.setEnabled(editable)
        self._test_result = ""
        self._test_label.setText("")
        self.retranslate_ui()
        self.revalidate()

    def _prefill(self) -> None:
        wizard, draft = self.owner, self.owner.draft
        auth = wizard.preferred_auth()
        self._last_auth = auth
        (self._certificate if auth is AuthenticationType.Certificate else self._kerberos).setChecked(True)
        self._port.setText(str(wizard.preferred_port(auth)))
        self._thumbprint.clear()
        self._thumbprint.addItems(list(draft.thumbprints))
        self._thumbprint.setEditText(draft.thumbprints[0] if draft.thumbprints else "")
        self._update_enabled()

    def _update_enabled(self) -> None:
        cert = self._certificate.isChecked()
        self._thumbprint.setEnabled(cert)
        self._thumb_label.setEnabled(cert)

    def problem(self) -> str:
        port = self.port()
        if port is None or not 1 <= port <= 65535:
            return self.tr("Enter the port as a number from 1 to 65535.")
        server = self.owner.draft.server
        if server is not None and self.owner.connection_editable():
            problem = texts.connection_problem(server, self.auth(), port)
            if problem:
                return problem
        if self.auth() is AuthenticationType.Certificate and not THUMBPRINT.match(self.thumbprint()):
            return self.tr(
                "Choose the certificate %1 authenticates with: its thumbprint has 40 hexadecimal characters "
                "(0-9, A-F)."
            ).replace("%1", self.owner.vm.host)
        return self._test_result

    # Slots ---------------------------------------------------------------------------------------

    def _on_port_text_changed(self, _text: str) -> None:
        self._forget_test()

    def _on_thumbprint_current_text_changed(self, _text: str) -> None:
        self._forget_test()

    def _on_auth_button_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        # Follow the server's port for the chosen authentication unless the user typed another one.
        server = self.owner.draft.server
        untouched = server is not None and self.port() in (None, texts.server_port(server, self._last_auth))
        if server is not None and untouched and self.auth() is not self._last_auth:
            self._port.setText(str(texts.server_port(server, self.auth())))
        self._last_auth = self.auth()
        self._update_enabled()
        self._forget_test()

    def _forget_test(self) -> None:
        self._generation += 1
        self._test_result = ""
        self._test_label.setText("")
        self.revalidate()

    def _on_test_clicked(self) -> None:
        if self.port() is None or self.owner.offline:
            return
        self._generation += 1
        self._test_label.setText(self.tr("Testing the connection from %1…").replace("%1", self.owner.vm.host))
        self._run_test(self.settings(), self._generation)

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _run_test(self, settings: ReplicationSettings, generation: int) -> None:
        if not alive(self):
            return  # the wizard closed before this task got to run
        source = self.owner.session(self.owner.vm.host)
        problem = ""
        try:
            if source is None:
                problem = self.tr("hvgui is not connected to %1.").replace("%1", self.owner.vm.host)
            else:
                await source.run(connection_test(settings))
        except HvError as err:
            problem = texts.test_failed(
                err, self.owner.vm.host, settings.replica_server, settings.auth, settings.port
            )
            problem += "\n" + texts.host_says(err)
        if not alive(self) or generation != self._generation:
            return
        self._test_result = problem
        self._test_label.setText("" if problem else self.tr("The connection test was successful."))
        self.revalidate()
