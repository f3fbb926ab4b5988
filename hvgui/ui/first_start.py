"""Start-up without blocking: restore the saved servers, and greet a user who has none.

    restored = await restore_saved_hosts(registry, ProfileStore(), credentials)
    if restored.problem:                      # the profile file was damaged and set aside
        show restored.message() (translated) with restored.problem as details
    for name in restored.need_password:       # no saved password: these hosts fail with
        ...                                   # PasswordRequired until the user enters one
    for name, reason in restored.unusable:    # saved, but cannot be used here (e.g. CredSSP
        ...                                   # without requests-credssp): not added; keep them saved
    if not restored.added and not demo_mode:
        choice = await ask_first_start(window)  # FirstStartChoice.DEMO / CONNECT / CLOSE

The profile file and the keyring are read on worker threads (asyncio.to_thread): a slow home
directory or a keyring waiting for its unlock prompt must not keep the window from appearing. Hosts
are added to the registry at once and connect in the background; one whose password is not known
is still added, so it appears in the tree, and its connection fails with PasswordRequired, which the
main window shows with a way to enter the password (then registry.retry(name)).
"""

from __future__ import annotations

import asyncio
import enum
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from hvgui.core.profiles import ConnectionProfile, ProfileStore
from hvgui.ui.credentials import Credentials
from hvgui.ui.dialogs.modal import open_and_wait


class HostAdder(Protocol):
    """What restore_saved_hosts needs of services.connections.HostRegistry."""

    @property
    def names(self) -> list[str]: ...

    def add(self, profile: ConnectionProfile) -> object: ...


@dataclass(frozen=True)
class RestoredHosts:
    added: list[str] = field(default_factory=list)
    need_password: list[str] = field(default_factory=list)
    problem: str | None = None  # ProfileStore.problem: technical, names the file (for "Details")
    # (name, reason): profiles that fail ConnectionProfile.validate() on this computer. They are not
    # added (HostSession would refuse them); the caller must not drop them from the saved list.
    unusable: list[tuple[str, str]] = field(default_factory=list)

    def message(self) -> str | None:
        """A translated headline for `problem`, or None."""
        if self.problem is None:
            return None
        return QCoreApplication.translate(
            "RestoredHosts",
            "The list of saved servers could not be read. hvgui started without it; the damaged file "
            "was kept (see Details).",
        )


async def restore_saved_hosts(
    registry: HostAdder, store: ProfileStore, credentials: Credentials
) -> RestoredHosts:
    profiles = await asyncio.to_thread(store.load)
    problem = store.problem
    # Reading the keyring for every host at once: a slow backend delays start-up only once.
    known = await asyncio.gather(*(credentials.load(p) for p in profiles))
    added: list[str] = []
    need_password: list[str] = []
    unusable: list[tuple[str, str]] = []
    present = {name.casefold() for name in registry.names}
    for profile, password in zip(profiles, known, strict=True):
        if profile.name.casefold() in present:
            continue  # listed twice in the file, or added already (e.g. by --demo)
        try:
            profile.validate()
        except ValueError as exc:
            # Hand-edited, or needing a package this installation lacks: report it, start anyway.
            unusable.append((profile.name, str(exc)))
            continue
        registry.add(profile)
        present.add(profile.name.casefold())
        added.append(profile.name)
        if password is None:
            need_password.append(profile.name)
    return RestoredHosts(added, need_password, problem, unusable)


class FirstStartChoice(enum.Enum):
    DEMO = "demo"
    CONNECT = "connect"
    CLOSE = "close"


class FirstStartDialog(QDialog):
    """Shown when no servers are saved and hvgui was not started with --demo."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choice = FirstStartChoice.CLOSE
        self._setup_ui()
        self.retranslate_ui()

    def choice(self) -> FirstStartChoice:
        return self._choice

    def _setup_ui(self) -> None:
        self.setObjectName("firstStartDialog")
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self._headline = QLabel()
        font = self._headline.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self._headline.setFont(font)
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self._headline)
        layout.addWidget(self._text)
        layout.addSpacing(8)
        self._buttons = QDialogButtonBox()
        self._demo_button = QPushButton()
        self._demo_button.setObjectName("demoButton")
        self._connect_button = QPushButton()
        self._connect_button.setObjectName("connectButton")
        self._buttons.addButton(self._demo_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._buttons.addButton(self._connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self._close_button = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self._connect_button.setDefault(True)
        layout.addWidget(self._buttons)
        self._demo_button.clicked.connect(self._on_demo_button_clicked)
        self._connect_button.clicked.connect(self._on_connect_button_clicked)
        self._buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Welcome to hvgui"))
        self._headline.setText(self.tr("No servers yet"))
        self._text.setText(
            self.tr(
                "hvgui manages Hyper-V Replica on Hyper-V servers through PowerShell Remoting, like "
                "Hyper-V Manager, and shows every replication relationship across all servers at "
                "once.\n\n"
                "Open the demo lab to try it safely: three simulated Hyper-V servers with replicated "
                "virtual machines run inside hvgui, and nothing on your network is touched. Or connect "
                "to one of your Hyper-V servers."
            )
        )
        self._demo_button.setText(self.tr("Open the &Demo Lab"))
        self._connect_button.setText(self.tr("&Connect to Server…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_demo_button_clicked(self) -> None:
        self._choice = FirstStartChoice.DEMO
        self.accept()

    def _on_connect_button_clicked(self) -> None:
        self._choice = FirstStartChoice.CONNECT
        self.accept()


async def ask_first_start(parent: QWidget | None) -> FirstStartChoice:
    dialog = FirstStartDialog(parent)
    try:
        await open_and_wait(dialog)
        return dialog.choice()
    finally:
        dialog.deleteLater()
