"""Add or edit one authorization entry of a Replica server (reference 6.6): which primary server may
replicate here, where its replicas are stored, and its trust group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.model import AuthorizationEntry
from hvgui.ui.dialogs.common_widgets import Mark, fill, hint_label, mark_pixmap

# An FQDN or NetBIOS name; a wildcard may only be the whole first label (*.contoso.com).
_SERVER = re.compile(r"^(\*|[A-Za-z0-9-]+)(\.[A-Za-z0-9-]+)*$")
WINDOWS_PATH = re.compile(r"^([A-Za-z]:\\|\\\\[^\\/]+\\[^\\/]+)")


class EntryDialog(QDialog):
    entry_accepted = Signal(object)
    """AuthorizationEntry: the user confirmed the entry (OK)."""

    def __init__(
        self,
        parent: QWidget | None,
        host: str,
        others: Sequence[str],
        entry: AuthorizationEntry | None = None,
        default_storage: str = "",
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._others = {o.lower() for o in others}  # the servers of the other entries
        self._editing = entry is not None
        self._setup_ui()
        if entry is not None:
            self.server_edit.setText(entry.allowed_primary_server)
            self.storage_edit.setText(entry.storage_location)
            self.trust_edit.setText(entry.trust_group)
        else:
            self.storage_edit.setText(default_storage)
        self.retranslate_ui()

    def _setup_ui(self) -> None:
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self._intro = hint_label("intro")
        layout.addWidget(self._intro)
        form = QFormLayout()
        self._server_label, self._storage_label, self._trust_label = QLabel(), QLabel(), QLabel()
        self.server_edit, self.storage_edit, self.trust_edit = QLineEdit(), QLineEdit(), QLineEdit()
        for label, edit in (
            (self._server_label, self.server_edit),
            (self._storage_label, self.storage_edit),
            (self._trust_label, self.trust_edit),
        ):
            label.setBuddy(edit)
            edit.textChanged.connect(self._revalidate)
            form.addRow(label, edit)
        layout.addLayout(form)
        self._trust_hint = hint_label("trust_hint")
        layout.addWidget(self._trust_hint)
        self._problem_icon = QLabel()
        self._problem_icon.setPixmap(mark_pixmap(Mark.WARNING))
        self.problem_label = hint_label("problem")
        row = QHBoxLayout()
        row.addWidget(self._problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.problem_label, 1)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(
            self.tr("Edit Authorization Entry") if self._editing else self.tr("Add Authorization Entry")
        )
        self._intro.setText(
            fill(
                self.tr(
                    "Allow a primary server to replicate to %1. Use its fully qualified name, or a wildcard for "
                    "the first part to allow every server of a domain (*.contoso.com)."
                ),
                self._host,
            )
        )
        self._server_label.setText(self.tr("&Primary server:"))
        self._storage_label.setText(self.tr("&Storage location:"))
        self._trust_label.setText(self.tr("&Trust group:"))
        self.server_edit.setPlaceholderText(self.tr("hv-host.contoso.com or *.contoso.com"))
        self.storage_edit.setPlaceholderText(self.tr("a folder on the Replica server, like E:\\Replica"))
        self._trust_hint.setText(
            self.tr(
                "Primary servers in the same trust group may take over each other's virtual machines, for "
                "example the nodes of one cluster."
            )
        )
        self._revalidate()

    def entry(self) -> AuthorizationEntry:
        return AuthorizationEntry(
            self.server_edit.text().strip(), self.storage_edit.text().strip(), self.trust_edit.text().strip()
        )

    def problem(self) -> str:
        entry = self.entry()
        server = entry.allowed_primary_server
        if not server:
            return self.tr("Enter the primary server.")
        if not _SERVER.match(server):
            return self.tr(
                "This is not a server name. Use letters, digits, hyphens and dots; a wildcard may only stand "
                "for the whole first part, as in *.contoso.com."
            )
        if server.lower() in self._others:
            return fill(self.tr("There is already an entry for %1."), server)
        if not entry.storage_location:
            return self.tr("Enter the folder where the replicas of this server are stored.")
        if not WINDOWS_PATH.match(entry.storage_location):
            return self.tr(
                "Enter a full path on the Replica server, like E:\\Replica or \\\\server\\share\\Replica."
            )
        if not entry.trust_group:
            return self.tr("Enter a trust group.")
        return ""

    def _revalidate(self) -> None:
        problem = self.problem()
        self.problem_label.setText(problem)
        self.problem_label.setVisible(bool(problem))
        self._problem_icon.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problem)

    def _on_buttons_accepted(self) -> None:
        if self.problem():
            return
        self.entry_accepted.emit(self.entry())
        self.accept()
