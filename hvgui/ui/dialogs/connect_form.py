"""The fields of a connection profile with inline validation (used by ConnectDialog).

The form says why a profile cannot be used yet (problem()) instead of letting ConnectionProfile's
own validate() raise: the user sees the reason under the form while typing, in their language.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QFontDatabase, QRegularExpressionValidator, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from hvgui.core.profiles import HTTP_PORT, HTTPS_PORT, ConnectionProfile, credssp_available
from hvgui.ui.credentials import needs_password

# (auth id, shown name). The protocol names are the same in every language; only the notes are not.
_METHODS = ("negotiate", "kerberos", "ntlm", "basic", "credssp")
_HOST_PORT = re.compile(r"^[^:\[\]]+:\d*$")  # "hv1:5986" (an IPv6 address has several colons)


def _server_shape(host: str) -> str:
    """Which mistake the host field shows: "", "empty", "scheme", "path", "space", "user", "port", "bad"."""
    if not host:
        return "empty"
    if "://" in host:
        return "scheme"
    if any(ch.isspace() for ch in host):
        return "space"
    if "/" in host or "\\" in host:
        return "path"
    if "@" in host:
        return "user"
    if _HOST_PORT.match(host):
        return "port"
    if "?" in host or "#" in host:
        return "bad"
    return ""


class ConnectionForm(QWidget):
    """Host, transport, authentication, credentials, trust and display name.

    Signals:
        edited: any field changed (validation, and a tested result, may no longer hold).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, taken_names: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self._taken = frozenset(n.casefold() for n in taken_names)
        self._pin = ""
        self._pinned_for: tuple[str, str, bool] = ("", "", True)
        self._keyring = True
        self._credssp = credssp_available()
        self._file_dialog: QFileDialog | None = None
        self._setup_ui()
        self.retranslate_ui()

    # Building --------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._form = form
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("hostEdit")
        self.https_check = QCheckBox()
        self.https_check.setObjectName("httpsCheck")
        self.https_check.setChecked(True)
        self.port_edit = QLineEdit(str(HTTPS_PORT))
        self.port_edit.setObjectName("portEdit")
        self.port_edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self))
        self.port_edit.setMaximumWidth(self.port_edit.fontMetrics().horizontalAdvance("000000") + 16)
        self._port_label = QLabel()
        transport = QHBoxLayout()
        transport.addWidget(self.https_check)
        transport.addStretch(1)
        transport.addWidget(self._port_label)
        transport.addWidget(self.port_edit)
        self._port_label.setBuddy(self.port_edit)

        self.auth_combo = QComboBox()
        self.auth_combo.setObjectName("authCombo")
        for method in _METHODS:
            self.auth_combo.addItem("", method)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userEdit")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.save_check = QCheckBox()
        self.save_check.setObjectName("saveCheck")
        self._save_note = self._note("saveNote")
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("caEdit")
        self.browse_button = QPushButton()
        self.browse_button.setObjectName("browseButton")
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_edit, 1)
        ca_row.addWidget(self.browse_button)
        self._pin_value = QLabel()
        self._pin_value.setObjectName("pinValue")
        self._pin_value.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")

        self._labels = [QLabel() for _ in range(7)]
        rows: list[QWidget | QHBoxLayout] = [
            self.host_edit,
            transport,
            self.auth_combo,
            self.user_edit,
            self.password_edit,
            ca_row,
            self.name_edit,
        ]
        for label, field in zip(self._labels, rows, strict=True):
            form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self._labels[5].setBuddy(self.ca_edit)
        form.insertRow(5, "", self.save_check)
        form.insertRow(6, "", self._save_note)
        self._pin_label = QLabel()
        form.insertRow(8, self._pin_label, self._pin_value)
        form.setRowVisible(self._pin_value, False)

        self.host_edit.textChanged.connect(self._on_host_edit_text_changed)
        self.https_check.toggled.connect(self._on_https_check_toggled)
        self.port_edit.textChanged.connect(self._on_field_changed)
        self.auth_combo.currentIndexChanged.connect(self._on_field_changed)
        self.user_edit.textChanged.connect(self._on_field_changed)
        self.password_edit.textChanged.connect(self._on_field_changed)
        self.save_check.toggled.connect(self._on_field_changed)
        self.ca_edit.textChanged.connect(self._on_field_changed)
        self.name_edit.textChanged.connect(self._on_field_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self._update_states()

    def _note(self, name: str) -> QLabel:
        note = QLabel()
        note.setObjectName(name)
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setEnabled(False)  # the style's muted text colour, as Qt has no "secondary" role
        # Without a minimum width QFormLayout sizes a wrapping label by its narrow height-for-width hint.
        note.setMinimumWidth(360)
        return note

    def retranslate_ui(self) -> None:
        captions = (
            self.tr("&Server:"),
            self.tr("Transport:"),
            self.tr("&Authentication:"),
            self.tr("&User name:"),
            self.tr("&Password:"),
            self.tr("&CA file:"),
            self.tr("&Display name:"),
        )
        for label, text in zip(self._labels, captions, strict=True):
            label.setText(text)
        self.host_edit.setPlaceholderText(self.tr("e.g. hv01.contoso.com or 192.0.2.10"))
        self.https_check.setText(self.tr("Use &HTTPS (encrypted)"))
        self._port_label.setText(self.tr("P&ort:"))
        names = {
            "negotiate": self.tr("Negotiate (Kerberos or NTLM)"),
            "kerberos": "Kerberos",
            "ntlm": "NTLM",
            "basic": self.tr("Basic (HTTPS only)"),
            "credssp": "CredSSP" if self._credssp else self.tr("CredSSP (needs requests-credssp)"),
        }
        for index, method in enumerate(_METHODS):
            self.auth_combo.setItemText(index, names[method])
        self.save_check.setText(self.tr("Sa&ve password"))
        self._save_note.setText(
            self.tr(
                "No password store (keyring) was found on this computer: the password is kept for "
                "this session only and asked again next time."
            )
        )
        self.ca_edit.setPlaceholderText(self.tr("Optional: trust the certificates this CA issued"))
        self.browse_button.setText(self.tr("&Browse…"))
        self._pin_label.setText(self.tr("Trusted certificate:"))
        self._update_states()

    # State -----------------------------------------------------------------------------------------

    def set_profile(self, profile: ConnectionProfile) -> None:
        self.host_edit.setText(profile.host)
        self.https_check.setChecked(profile.use_https)
        self.port_edit.setText(str(profile.effective_port()))
        index = self.auth_combo.findData(profile.auth)
        self.auth_combo.setCurrentIndex(max(index, 0))
        self.user_edit.setText(profile.username)
        self.save_check.setChecked(profile.save_password and self._keyring)
        self.ca_edit.setText(profile.ca_file)
        self.name_edit.setText("" if profile.name == profile.host else profile.name)
        self.set_pin(profile.pinned_sha256)

    def set_keyring_available(self, available: bool) -> None:
        self._keyring = available
        if not available:
            self.save_check.setChecked(False)
        self._update_states()

    def set_pin(self, fingerprint: str) -> None:
        """Trust this certificate for the server as it is entered now (cleared if that changes)."""
        self._pin = fingerprint
        self._pinned_for = self._endpoint()
        self._update_states()

    def pin(self) -> str:
        return self._pin

    def server_text(self) -> str:
        return f"{self.host_edit.text().strip()}:{self.port_edit.text()}"

    def password(self) -> str:
        # isEnabledTo: the dialog disables the whole form while it connects.
        return self.password_edit.text() if self.password_edit.isEnabledTo(self) else ""

    def problem(self) -> str | None:
        """Why these fields do not make a usable profile, in the user's language; None if they do."""
        host = self.host_edit.text().strip()
        shape = _server_shape(host)
        messages = {
            "empty": self.tr("Enter the name or IP address of the server."),
            "scheme": self.tr("Enter only the server name, without http:// or https://."),
            "space": self.tr("The server name must not contain spaces."),
            "path": self.tr("Enter only the server name, without a path."),
            "user": self.tr("Enter the user name in the User name field, not with the server name."),
            "port": self.tr("Enter the port in the Port field, not after the server name."),
            "bad": self.tr("This is not a valid server name."),
        }
        if shape:
            return messages[shape]
        port = int(self.port_edit.text() or "0")
        if not 1 <= port <= 65535:
            return self.tr("The port must be a number from 1 to 65535.")
        method = self.method()
        if method == "basic" and not self.https_check.isChecked():
            return self.tr(
                "Basic authentication sends the password readable on the network; it is allowed only with HTTPS."
            )
        if method == "credssp" and not self._credssp:
            return self.tr("CredSSP needs the Python package requests-credssp, which is not installed.")
        if method in ("basic", "ntlm", "credssp") and not self.user_edit.text().strip():
            return self.tr("%1 authentication needs a user name.").replace(
                "%1", self.auth_combo.currentText().split(" (")[0]
            )
        if self.user_edit.text().strip() and not self.password_edit.text():
            # Windows refuses network sign-ins with a blank password (LimitBlankPasswordUse).
            return self.tr("Enter the password for this user name.")
        if self.display_name().casefold() in self._taken:
            return self.tr("A server named %1 is already in the list.").replace("%1", self.display_name())
        return None

    def method(self) -> str:
        return str(self.auth_combo.currentData())

    def display_name(self) -> str:
        return self.name_edit.text().strip() or self.host_edit.text().strip()

    def profile(self) -> ConnectionProfile:
        """The profile these fields describe; only valid when problem() is None."""
        https = self.https_check.isChecked()
        port = int(self.port_edit.text() or "0")
        return ConnectionProfile(
            name=self.display_name(),
            host=self.host_edit.text().strip(),
            port=0 if port == (HTTPS_PORT if https else HTTP_PORT) else port,
            use_https=https,
            auth=self.method(),
            username=self.user_edit.text().strip(),
            ca_file=self.ca_edit.text().strip() if https else "",
            pinned_sha256=self._pin if https else "",
            save_password=self.save_check.isChecked() and self.save_check.isEnabledTo(self),
        )

    def _endpoint(self) -> tuple[str, str, bool]:
        return (self.host_edit.text().strip().casefold(), self.port_edit.text(), self.https_check.isChecked())

    def _update_states(self) -> None:
        https = self.https_check.isChecked()
        model = self.auth_combo.model()
        assert isinstance(model, QStandardItemModel)
        reasons = {
            "basic": "" if https else self.tr("Basic is available only with HTTPS."),
            "credssp": "" if self._credssp else self.tr("CredSSP needs the Python package requests-credssp."),
        }
        for index, method in enumerate(_METHODS):
            item = model.item(index)
            reason = reasons.get(method, "")
            item.setEnabled(not reason)
            item.setToolTip(reason)
        profile_needs = needs_password(self.method(), self.user_edit.text().strip())
        self.password_edit.setEnabled(profile_needs)
        self.save_check.setEnabled(self._keyring and profile_needs)
        self._form.setRowVisible(self._save_note, not self._keyring)
        implicit = self.method() in ("negotiate", "kerberos")
        self.user_edit.setPlaceholderText(
            self.tr("DOMAIN\\user, or empty for your current sign-in")
            if implicit
            else self.tr("DOMAIN\\user")
        )
        self.password_edit.setPlaceholderText(
            "" if profile_needs else self.tr("Not needed: your current sign-in is used")
        )

        self.ca_edit.setEnabled(https)
        self.browse_button.setEnabled(https)
        if self._pin and self._endpoint() != self._pinned_for:
            self._pin = ""  # a pin belongs to the server it was accepted for
        self._form.setRowVisible(self._pin_value, bool(self._pin) and https)
        if self._pin:
            short = ":".join(self._pin[i : i + 2] for i in range(0, 16, 2)).upper()
            self._pin_value.setText(f"SHA-256 {short}…")
            self._pin_value.setToolTip(self._pin.upper())
        host = self.host_edit.text().strip()
        self.name_edit.setPlaceholderText(host or self.tr("Same as the server name"))

    # Slots -------------------------------------------------------------------------------------

    def _on_host_edit_text_changed(self, _text: str) -> None:
        self._on_field_changed()

    def _on_https_check_toggled(self, checked: bool) -> None:
        # The port follows the scheme unless the user chose another one.
        old_default, new_default = (HTTP_PORT, HTTPS_PORT) if checked else (HTTPS_PORT, HTTP_PORT)
        if self.port_edit.text() in ("", str(old_default)):
            self.port_edit.setText(str(new_default))
        self._on_field_changed()

    def _on_field_changed(self) -> None:
        self._update_states()
        self.edited.emit()

    def _on_browse_button_clicked(self) -> None:
        # open() keeps the event loop (and any connection test) running while the user browses.
        dialog = QFileDialog(self, self.tr("CA Certificate File"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Certificates (*.pem *.crt *.cer)"), self.tr("All files (*)")])
        dialog.fileSelected.connect(self._on_file_dialog_file_selected)
        dialog.finished.connect(dialog.deleteLater)
        self._file_dialog = dialog
        dialog.open()

    def _on_file_dialog_file_selected(self, path: str) -> None:
        self.ca_edit.setText(path)
