"""Connect to Server: a connection profile with Test Connection, the password and the certificate prompt.

API for the main window:

    result = await ask_connection(window, secrets=secrets, taken_names=registry.names)
    if result is not None:
        profile, password, save = result          # profile.save_password == save
        credentials.remember(profile, password)   # or `await credentials.save(profile, password)`
        registry.add(profile); profile_store.save([...])

    # or, from a plain (non-async) slot:
    dialog = ConnectDialog(window, secrets=secrets, initial=profile)   # initial: edit / re-enter
    if dialog.exec() == QDialog.DialogCode.Accepted:
        dialog.profile(), dialog.password(), dialog.save_password()

ConnectDialog(parent, *, session_factory=None, secrets=None, initial=None, taken_names=()):
    session_factory(profile, password) -> an object with async connect(), run_one(pipeline) and
        close() (HostSession by default; tests pass their own).
    secrets: core.secrets.SecretStore; None or a store without backend disables "Save password"
        and says why. The dialog never reads or writes the keyring itself.
    initial: fills the fields (its pinned certificate is kept while the server stays the same).
    taken_names: display names already in use (compared case-insensitively); the initial profile's
        own name is allowed, so the main window can pass all registered names when editing.

OK first connects (like Test Connection) so that an untrusted certificate is decided here, with the
user at the screen, not later in the background: the certificate prompt pins the fingerprint into
the returned profile; a changed certificate is refused. If the server simply cannot be reached, the
user may add it anyway (it is retried in the background). OK accepts at once when the same settings
have just been tested successfully.

Signals:
    connection_tested(bool): Test Connection (or the check behind OK) finished and the dialog is still
        open; True if the server answered.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Collection
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from hvgui.core.profiles import ConnectionProfile
from hvgui.core.secrets import SecretStore
from hvgui.hyperv import parse
from hvgui.hyperv.commands import Pipeline
from hvgui.hyperv.errors import (
    CertificateChanged,
    CertificateUntrusted,
    ConnectionLost,
    HostUnreachable,
    HvError,
    NameNotResolved,
)
from hvgui.hyperv.model import PSData
from hvgui.remoting import HostSession
from hvgui.services.workflows.reads import host_pipeline
from hvgui.ui.dialogs.certificate import ask_certificate
from hvgui.ui.dialogs.connect_form import ConnectionForm
from hvgui.ui.dialogs.modal import open_and_wait
from hvgui.ui.dialogs.status_area import StatusArea

# Failures where the settings may be right and the server just down: OK may add it anyway.
_MAYBE_LATER = (HostUnreachable, NameNotResolved, ConnectionLost)


class ProbeSession(Protocol):
    async def connect(self) -> None: ...

    async def run_one(self, pipeline: Pipeline) -> list[PSData]: ...

    async def close(self) -> None: ...


SessionFactory = Callable[[ConnectionProfile, str], ProbeSession]


def remoting_session(profile: ConnectionProfile, password: str) -> ProbeSession:
    return HostSession(profile, password)


class ConnectDialog(QDialog):
    connection_tested = Signal(bool)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        session_factory: SessionFactory | None = None,
        secrets: SecretStore | None = None,
        initial: ConnectionProfile | None = None,
        taken_names: Collection[str] = (),
    ) -> None:
        super().__init__(parent)
        self._factory = session_factory or remoting_session
        self._task: asyncio.Task[None] | None = None
        self._closing: set[asyncio.Task[None]] = set()
        self._verified: tuple[ConnectionProfile, str] | None = None
        self._alive = True
        taken = {name.casefold() for name in taken_names}
        if initial is not None:
            taken.discard(initial.name.casefold())
        self._form = ConnectionForm(self, taken_names=frozenset(taken))
        self._setup_ui()
        # available() only inspects the backend keyring chose at start-up; no keyring I/O here.
        self._form.set_keyring_available(secrets is not None and secrets.available())
        if initial is not None:
            self._form.set_profile(initial)
            if initial.username:
                self._form.password_edit.setFocus()
        self.retranslate_ui()

    # Results -------------------------------------------------------------------------------------

    def profile(self) -> ConnectionProfile:
        return self._form.profile()

    def password(self) -> str:
        return self._form.password()

    def save_password(self) -> bool:
        return self._form.profile().save_password

    # Building ------------------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setObjectName("connectDialog")
        layout = QVBoxLayout(self)
        # Wrapped labels need their height for the final width, which a plain layout underestimates.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)
        self._intro = QLabel()
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        self._form.setMinimumWidth(580)  # the layout's minimum size rules (see above), not the dialog's
        layout.addWidget(self._form)

        problem = QHBoxLayout()
        self._problem_icon = QLabel()
        self._problem_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(16, 16)
        )
        self._problem_label = QLabel()
        self._problem_label.setObjectName("problemLabel")
        self._problem_label.setWordWrap(True)
        self._problem_label.setTextFormat(Qt.TextFormat.PlainText)
        problem.addWidget(self._problem_icon, 0, Qt.AlignmentFlag.AlignTop)
        problem.addWidget(self._problem_label, 1)
        layout.addLayout(problem)

        self._status = StatusArea(self)
        layout.addWidget(self._status)
        layout.addStretch(1)

        self._buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self._test_button = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._test_button.setObjectName("testButton")
        self._ok_button = self._buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self._buttons)

        self._form.edited.connect(self._on_form_edited)
        self._buttons.accepted.connect(self._on_buttons_accepted)
        self._buttons.rejected.connect(self.reject)
        self._test_button.clicked.connect(self._on_test_button_clicked)
        self._status.stop_clicked.connect(self._on_status_stop_clicked)
        self._set_busy(False)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Connect to Server"))
        self._intro.setText(
            self.tr(
                "hvgui manages the server through PowerShell Remoting (WinRM). The account needs to be "
                "a member of Hyper-V Administrators or Administrators on the server."
            )
        )
        self._test_button.setText(self.tr("&Test Connection"))
        self._form.retranslate_ui()
        self._update_problem()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # Display -------------------------------------------------------------------------------------

    def _update_problem(self) -> None:
        problem = self._form.problem()
        self._problem_label.setText(problem or "")
        self._problem_label.setVisible(problem is not None)
        self._problem_icon.setVisible(problem is not None)
        ready = problem is None and self._task is None
        self._ok_button.setEnabled(ready)
        self._test_button.setEnabled(ready)

    def _set_busy(self, busy: bool) -> None:
        self._status.set_busy(busy)
        self._form.setEnabled(not busy)
        self._update_problem()

    # Checking ------------------------------------------------------------------------------------

    async def _check(self, *, accepting: bool) -> None:
        if self._task is not None or self._form.problem() is not None:
            return
        self._task = asyncio.current_task()
        self._set_busy(True)
        self._status.show_message(
            self.tr("Connecting…") if accepting else self.tr("Testing the connection…"), None
        )
        ok = False
        try:
            ok = await self._check_steps(accepting=accepting)
        except asyncio.CancelledError:
            if self._alive:
                self._status.show_message(self.tr("Stopped."), None)
            raise
        finally:
            self._task = None
            if self._alive:
                self._set_busy(False)
                self.connection_tested.emit(ok)

    async def _check_steps(self, *, accepting: bool) -> bool:
        while True:
            profile, password = self._form.profile(), self._form.password()
            if profile.ca_file and not await asyncio.to_thread(os.path.isfile, profile.ca_file):
                self._status.show_message(
                    self.tr("The CA file %1 does not exist.").replace("%1", profile.ca_file),
                    QStyle.StandardPixmap.SP_MessageBoxWarning,
                )
                return False
            try:
                fqdn = await self._probe(profile, password)
            except CertificateUntrusted as exc:
                self._status.show_error(exc)
                if not exc.fingerprint:
                    return False
                pin = await ask_certificate(self, self._form.server_text(), exc)
                if pin is None:
                    return False
                self._form.set_pin(pin)
                self._status.show_message(self.tr("Certificate trusted; connecting again…"), None)
                continue
            except CertificateChanged as exc:
                self._status.show_error(exc)
                await ask_certificate(self, self._form.server_text(), exc)
                return False
            except HvError as exc:
                self._status.show_error(exc)
                if accepting and isinstance(exc, _MAYBE_LATER) and await self._ask_add_anyway():
                    self._finish()
                return False
            self._verified = (profile, password)
            self._status.show_message(
                self.tr("Connected. The server answered as %1.").replace("%1", fqdn),
                QStyle.StandardPixmap.SP_DialogApplyButton,
            )
            if accepting:
                self._finish()
            return True

    async def _probe(self, profile: ConnectionProfile, password: str) -> str:
        """Connect and ask Hyper-V for the host's name: proves transport, login and the Hyper-V module."""
        session = self._factory(profile, password)
        try:
            await session.connect()
            rows = await session.run_one(host_pipeline())
        finally:
            # Closing waits for the host; the dialog must not.
            task = asyncio.ensure_future(session.close())
            self._closing.add(task)
            task.add_done_callback(self._closing.discard)
        info = parse.host_info(rows[0]) if rows else None
        return (info.fqdn or info.name) if info is not None else profile.host

    async def _ask_add_anyway(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Connect to Server"), "", parent=self)
        box.setText(
            self.tr(
                "%1 cannot be reached now. Add it anyway? hvgui keeps trying in the background and "
                "shows the problem next to the server."
            ).replace("%1", self._form.display_name())
        )
        add = box.addButton(self.tr("&Add Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        try:
            await open_and_wait(box)
            return box.clickedButton() is add
        finally:
            box.deleteLater()

    def _finish(self) -> None:
        self._alive = False
        self.accept()

    def reject(self) -> None:
        self._alive = False
        if self._task is not None:
            self._task.cancel()
        super().reject()

    # Slots ---------------------------------------------------------------------------------------

    def _on_form_edited(self) -> None:
        self._update_problem()
        if self._task is None and self._status.text():
            self._status.show_message("", None)

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _on_buttons_accepted(self) -> None:
        current = (self._form.profile(), self._form.password()) if self._form.problem() is None else None
        if current is not None and current == self._verified:
            self._finish()
            return
        await self._check(accepting=True)

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _on_test_button_clicked(self) -> None:
        await self._check(accepting=False)

    def _on_status_stop_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()


async def ask_connection(
    parent: QWidget | None,
    *,
    session_factory: SessionFactory | None = None,
    secrets: SecretStore | None = None,
    initial: ConnectionProfile | None = None,
    taken_names: Collection[str] = (),
) -> tuple[ConnectionProfile, str, bool] | None:
    """Show Connect to Server; (profile, password, save password) when the user pressed OK, else None."""
    dialog = ConnectDialog(
        parent, session_factory=session_factory, secrets=secrets, initial=initial, taken_names=taken_names
    )
    try:
        if await open_and_wait(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        return dialog.profile(), dialog.password(), dialog.save_password()
    finally:
        dialog.deleteLater()
