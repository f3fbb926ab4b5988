"""Before You Begin and Specify Replica Server: which server receives the copy, and will it accept it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout
from qasync import asyncSlot

from hvgui.hyperv.enums import AuthenticationType, ServerAuthenticationType
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicaServerInfo
from hvgui.services.workflows.enable import ReplicationSettings, connection_test
from hvgui.services.workflows.reads import read_host_fqdn, read_replica_server
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.page import PageId, WizardPage, alive

# Typing a name: ask the host once the user pauses, not on every key.
TYPING_PAUSE_MS = 500


class BeforeYouBeginPage(WizardPage):
    page_id = PageId.BEFORE

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._text = QLabel(self)
        self._text.setObjectName("beforeText")
        self._text.setWordWrap(True)
        layout.addWidget(self._text)
        self.add_note(layout)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Before You Begin"))
        self.setSubTitle(self.owner.before_subtitle())
        self._text.setText(self.owner.before_text())


@dataclass(frozen=True)
class ServerCheck:
    """What asking the Replica server found out, for the text it was asked about."""

    typed: str
    host: str = ""
    server: ReplicaServerInfo | None = None
    problem: str = ""
    tested: bool = False  # Test-VMReplicationConnection from the sending host passed


class ReplicaServerPage(WizardPage):
    """Specify Replica Server: a connected host, or a typed name that must match one."""

    page_id = PageId.SERVER

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._check: ServerCheck | None = None
        self._asking = ""
        self._generation = 0
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._intro = QLabel(self)
        self._intro.setWordWrap(True)
        layout.addWidget(self._intro)
        row = QHBoxLayout()
        self._label = QLabel(self)
        row.addWidget(self._label)
        self._server = QComboBox(self)
        self._server.setObjectName("replicaServer")
        self._server.setEditable(True)
        self._server.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._server.setMinimumWidth(320)
        self._label.setBuddy(self._server)
        row.addWidget(self._server, 1)
        self._again = QPushButton(self)
        self._again.setObjectName("checkAgain")
        row.addWidget(self._again)
        layout.addLayout(row)
        self._status = QLabel(self)
        self._status.setObjectName("serverStatus")
        self._status.setWordWrap(True)
        layout.addWidget(self._status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._server.currentTextChanged.connect(self._on_server_current_text_changed)
        self._server.activated.connect(self._on_server_activated)
        self._again.clicked.connect(self._on_again_clicked)
        self.registerField("replica_server*", self._server, "currentText", self._server.currentTextChanged)
        self.add_note(layout)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Specify Replica Server"))
        self.setSubTitle(self.tr("Choose the server that keeps the copy of the virtual machine."))
        self._intro.setText(self.owner.server_intro())
        self._label.setText(self.tr("&Replica server:"))
        self._edit().setPlaceholderText(self.tr("Name or FQDN of a connected server"))
        self._again.setText(self.tr("Check &Again"))
        self._show_status()

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        fixed = self.owner.fixed_target()
        choices = [h for h in self.owner.ctx.hosts() if h.lower() not in self.owner.excluded_hosts()]
        current = self._server.currentText()
        self._server.blockSignals(True)
        self._server.clear()
        self._server.addItems([fixed] if fixed else choices)
        self._server.setEditText(fixed or current)
        self._server.blockSignals(False)
        self._server.setEnabled(not fixed)
        self._edit().setReadOnly(bool(fixed))
        if self._check is None or self._check.typed != self.typed():
            self._ask()
        self.revalidate()

    def _edit(self) -> QLineEdit:
        edit = self._server.lineEdit()
        assert edit is not None  # the combo box is editable
        return edit

    # State ---------------------------------------------------------------------------------------

    def typed(self) -> str:
        return self._server.currentText().strip()

    def current_check(self) -> ServerCheck | None:
        check = self._check
        return check if check is not None and check.typed == self.typed() else None

    def problem(self) -> str:
        check = self.current_check()
        return check.problem if check is not None else ""

    def hint(self) -> str:
        if not self.typed():
            return self.tr(
                "Enter the name of the Replica server, or choose a connected server from the list."
            )
        if self.current_check() is None:
            return self.tr("Contacting %1…").replace("%1", self.typed())
        return ""

    def apply(self, check: ServerCheck) -> None:
        """Take what the hosts said (or, for screenshots, sample answers)."""
        self._check = check
        draft = self.owner.draft
        if check.server is not None and not check.problem:
            draft.target_host = check.host
            draft.target_server = (
                check.typed if "." in check.typed else draft.fqdns.get(check.host, check.typed)
            )
            draft.server = check.server
        self._show_status()
        self.revalidate()

    def _show_status(self) -> None:
        check = self.current_check()
        if check is None or check.server is None:
            self._status.setText("")
            return
        lines = [texts.server_summary(check.server, self.owner.draft.source_server)]
        extra = self.owner.target_status() if not check.problem else ""
        if extra:
            lines.append(extra)
        if check.tested:
            lines.append(self.tr("Connection test from %1: successful.").replace("%1", self.owner.vm.host))
        self._status.setText("\n".join(lines))

    # Asking the hosts ------------------------------------------------------------------------------

    def _on_server_current_text_changed(self, _text: str) -> None:
        self._timer.start()
        self.revalidate()

    def _on_server_activated(self, _index: int) -> None:
        # An editable combo box also reports "activated" when it loses focus: ask only about news.
        if self.current_check() is None:
            self._ask()

    def _on_timer_timeout(self) -> None:
        if self.isVisible():
            self._ask()

    def _on_again_clicked(self) -> None:
        self._check = None
        self._ask()

    def _ask(self) -> None:
        self._timer.stop()
        typed = self.typed()
        self.revalidate()
        if not typed or self.owner.offline:
            return
        self._generation += 1
        self._lookup(typed, self._generation)

    @asyncSlot()  # type: ignore[untyped-decorator]
    async def _lookup(self, typed: str, generation: int) -> None:
        if not alive(self):
            return  # the wizard closed before this task got to run
        try:
            check = await self._inspect(typed)
        except HvError as err:
            check = ServerCheck(typed, problem=texts.unreachable(err))
        if alive(self) and generation == self._generation:
            self.apply(check)

    async def _inspect(self, typed: str) -> ServerCheck:
        wizard = self.owner
        ctx, draft = wizard.ctx, wizard.draft
        host = ctx.match(typed, draft.fqdns)
        if host is None:
            for name in ctx.hosts():
                session = ctx.session(name)
                if name not in draft.fqdns and session is not None:
                    draft.fqdns[name] = await read_host_fqdn(session)
            host = ctx.match(typed, draft.fqdns)
        if host is None:
            return ServerCheck(typed, problem=self._not_connected(typed))
        if host.lower() in wizard.excluded_hosts():
            return ServerCheck(typed, host, problem=wizard.excluded_reason(host))
        session = ctx.session(host)
        if session is None:
            return ServerCheck(typed, problem=self._not_connected(typed))
        if host not in draft.fqdns:
            draft.fqdns[host] = await read_host_fqdn(session)
        server = await read_replica_server(session)
        sender = await wizard.load_sender()
        problem = texts.authorization_problem(server, sender) or await wizard.inspect_target(host)
        if problem:
            return ServerCheck(typed, host, server, problem)
        return await self._test(typed, host, server)

    async def _test(self, typed: str, host: str, server: ReplicaServerInfo) -> ServerCheck:
        """Hyper-V Manager contacts the server here too; certificates are tested on the next page."""
        if server.auth is ServerAuthenticationType.Certificate:
            return ServerCheck(typed, host, server)
        wizard = self.owner
        source = wizard.session(wizard.vm.host)
        if source is None:
            return ServerCheck(typed, host, server, self._not_connected(wizard.vm.host))
        name = typed if "." in typed else wizard.draft.fqdns.get(host, typed)
        settings = ReplicationSettings(replica_server=name, port=server.kerberos_port)
        try:
            await source.run(connection_test(settings))
        except HvError as err:
            problem = texts.test_failed(
                err, wizard.vm.host, name, AuthenticationType.Kerberos, server.kerberos_port
            )
            return ServerCheck(typed, host, server, problem + "\n" + texts.host_says(err))
        return ServerCheck(typed, host, server, tested=True)

    def _not_connected(self, name: str) -> str:
        return self.tr(
            "hvgui is not connected to %1. Connect to it first (Connect to Server…), then check again: the "
            "wizard works on both servers."
        ).replace("%1", name)
