"""The certificate prompt: trust an unknown server certificate by its SHA-256 fingerprint, or refuse a
changed one.

    pin = await ask_certificate(parent, "hv1.example.com:5986", error)   # CertificateUntrusted
    if pin:
        profile = profile.with_pin(pin)
    await ask_certificate(parent, server, changed_error)                 # CertificateChanged: always None

A CertificateChanged error only informs: there is no trust button. A renewed certificate and an
interception look the same from here, so the user must remove the server and add it again on
purpose rather than click through a warning.

CertificatePrompt can also be used with exec() from a plain (non-async) slot; pin() then holds the
accepted fingerprint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from hvgui.core.profiles import normalize_fingerprint
from hvgui.hyperv.errors import CertificateChanged, CertificateUntrusted
from hvgui.ui.dialogs.modal import open_and_wait

# How to read the SHA-256 of the WinRM HTTPS listener's certificate on the server. The certificate
# store shows only the SHA-1 "Thumbprint", which never matches a SHA-256 fingerprint; computing the
# hash from RawData works on every Windows PowerShell and .NET version (GetCertHashString with a
# hash algorithm needs .NET Framework 4.8).
HOST_COMMANDS = (
    "winrm enumerate winrm/config/listener\n"
    "$c = Get-Item Cert:\\LocalMachine\\My\\<CertificateThumbprint>\n"
    "[BitConverter]::ToString([Security.Cryptography.SHA256]::Create().ComputeHash($c.RawData))"
)


def format_fingerprint(fingerprint: str, per_line: int = 16) -> str:
    """ "ab12..." -> "AB:12:..." in lines of `per_line` bytes, for reading aloud and comparing."""
    hex_digits = normalize_fingerprint(fingerprint).upper()
    pairs = [hex_digits[i : i + 2] for i in range(0, len(hex_digits), 2)]
    lines = [":".join(pairs[i : i + per_line]) for i in range(0, len(pairs), per_line)]
    return "\n".join(lines)


class CertificatePrompt(QDialog):
    """Shows an untrusted (trust or cancel) or changed (refuse only) server certificate.

    server: what the user typed to reach it, e.g. "hv1.example.com:5986".
    """

    def __init__(
        self, parent: QWidget | None, server: str, error: CertificateUntrusted | CertificateChanged
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._error = error
        self._pin = ""
        self._setup_ui()
        self.retranslate_ui()

    @property
    def changed(self) -> bool:
        return isinstance(self._error, CertificateChanged)

    def pin(self) -> str:
        """The fingerprint to pin (for ConnectionProfile.with_pin), "" unless the user trusted it."""
        return self._pin

    def _setup_ui(self) -> None:
        self.setObjectName("certificatePrompt")
        self.setModal(True)
        self.setMinimumWidth(640)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        layout = QVBoxLayout(self)
        # Wrapped labels need their height for the final width, which a plain layout underestimates.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)

        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if self.changed
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        self._icon = QLabel()
        self._icon.setPixmap(self.style().standardIcon(icon).pixmap(32, 32))
        self._headline = QLabel()
        self._headline.setWordWrap(True)
        self._headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self._headline.font()
        font.setBold(True)
        self._headline.setFont(font)
        self._explanation = QLabel()
        self._explanation.setWordWrap(True)
        self._explanation.setTextFormat(Qt.TextFormat.PlainText)

        self._fingerprint_caption = QLabel()
        self._fingerprint = QLabel()
        self._fingerprint.setFont(mono)
        self._fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._fingerprint.setObjectName("fingerprint")
        self._actual_caption = QLabel()
        self._actual = QLabel()
        self._actual.setFont(mono)
        self._actual.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._actual.setObjectName("actualFingerprint")

        self._how_to_check = QLabel()
        self._how_to_check.setWordWrap(True)
        self._how_to_check.setTextFormat(Qt.TextFormat.PlainText)
        self._commands = QPlainTextEdit(HOST_COMMANDS)
        self._commands.setReadOnly(True)
        self._commands.setFont(mono)
        self._commands.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self._commands.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._commands.setObjectName("hostCommands")
        metrics = self._commands.fontMetrics()
        self._commands.setFixedHeight(metrics.lineSpacing() * 3 + 2 * self._commands.frameWidth() + 12)
        widest = max(metrics.horizontalAdvance(line) for line in HOST_COMMANDS.splitlines())
        self._commands.setMinimumWidth(widest + 2 * self._commands.frameWidth() + 16)

        top = QHBoxLayout()
        top.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(self._headline)
        texts.addWidget(self._explanation)
        top.addLayout(texts, 1)
        layout.addLayout(top)
        layout.addSpacing(6)
        layout.addWidget(self._fingerprint_caption)
        layout.addWidget(self._fingerprint)
        layout.addWidget(self._actual_caption)
        layout.addWidget(self._actual)
        layout.addSpacing(6)
        layout.addWidget(self._how_to_check)
        layout.addWidget(self._commands)

        self._buttons = QDialogButtonBox(self)
        self._trust_button: QPushButton | None = None
        error = self._error
        if isinstance(error, CertificateChanged):
            self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
            self._buttons.rejected.connect(self.reject)
            self._fingerprint.setText(format_fingerprint(error.expected))
            self._actual.setText(format_fingerprint(error.actual) if error.actual else "")
        else:
            self._trust_button = self._buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
            self._trust_button.setObjectName("trustButton")
            # Trusting must be a deliberate click: Enter cancels, and focus never makes Trust default.
            self._trust_button.setAutoDefault(False)
            cancel = self._buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            cancel.setDefault(True)
            self._buttons.accepted.connect(self._on_buttons_accepted)
            self._buttons.rejected.connect(self.reject)
            self._fingerprint.setText(format_fingerprint(error.fingerprint))
            self._actual_caption.hide()
            self._actual.hide()
        layout.addWidget(self._buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Certificate"))
        if self.changed:
            self._headline.setText(
                self.tr("The certificate of %1 has changed. hvgui does not connect.").replace(
                    "%1", self._server
                )
            )
            self._explanation.setText(
                self.tr(
                    "You trusted a different certificate for this server. The certificate may have "
                    "been renewed, or someone may be intercepting the connection and reading your "
                    "password. Ask the server's administrator, or check the fingerprint on the server "
                    "yourself. If the new certificate is correct, remove the server from hvgui and add "
                    "it again to trust the new certificate."
                )
            )
            self._fingerprint_caption.setText(self.tr("Trusted SHA-256 fingerprint:"))
            self._actual_caption.setText(self.tr("The server now presents:"))
            if not self._actual.text():
                self._actual.setText(self.tr("(could not be read)"))
        else:
            self._headline.setText(
                self.tr("The identity of %1 cannot be verified.").replace("%1", self._server)
            )
            self._explanation.setText(
                self.tr(
                    "Its certificate was not issued by an authority this computer trusts; WinRM "
                    "servers often use a self-signed certificate. If you trust this certificate, "
                    "hvgui remembers its fingerprint for this server and from then on connects only "
                    "when the server presents exactly this certificate. Trust it only if the "
                    "fingerprint below matches the one on the server: if they differ, someone may be "
                    "intercepting the connection. Alternatively, cancel and enter the CA file of the "
                    "authority that issued the certificate."
                )
            )
            self._fingerprint_caption.setText(self.tr("SHA-256 fingerprint:"))
            if self._trust_button is not None:
                self._trust_button.setText(self.tr("&Trust This Certificate"))
        self._how_to_check.setText(
            self.tr(
                "To read it on the server, run these commands in PowerShell as administrator. The "
                "first shows the CertificateThumbprint of the HTTPS listener; put it into the second. "
                "That thumbprint is a SHA-1 hash and looks different: compare the SHA-256 that the "
                "last command prints (with dashes instead of colons)."
            )
        )

    def _on_buttons_accepted(self) -> None:
        if isinstance(self._error, CertificateUntrusted) and self._error.fingerprint:
            self._pin = normalize_fingerprint(self._error.fingerprint)
            self.accept()


async def ask_certificate(
    parent: QWidget | None, server: str, error: CertificateUntrusted | CertificateChanged
) -> str | None:
    """Show the prompt window-modally (without a nested event loop); the pin if trusted, else None."""
    prompt = CertificatePrompt(parent, server, error)
    try:
        await open_and_wait(prompt)
        return prompt.pin() or None
    finally:
        prompt.deleteLater()
