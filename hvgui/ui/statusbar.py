"""The status bar: messages of finished operations, the hosts' connection state, the refresh state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from hvgui.ui import format
from hvgui.ui.host_operations import HostOperations
from hvgui.ui.host_state import HostStates
from hvgui.ui.runner import OperationRunner

MESSAGE_MS = 10_000


class StatusBar(QStatusBar):
    def __init__(
        self,
        hosts: HostStates,
        host_ops: HostOperations,
        runner: OperationRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._states = hosts
        self._host_ops = host_ops
        self._runner = runner
        self._last_refresh: datetime | None = None
        self._setup_ui()
        self.retranslate_ui()
        for signal in (hosts.host_added, hosts.host_removed, hosts.host_changed):
            signal.connect(self._on_hosts_changed)
        host_ops.refreshing_changed.connect(self._on_host_ops_refreshing_changed)
        host_ops.refreshed.connect(self._on_host_ops_refreshed)
        runner.message.connect(self._on_runner_message)
        runner.idle_changed.connect(self._on_runner_idle_changed)

    def _setup_ui(self) -> None:
        self.hosts_label = QLabel()
        self.refresh_label = QLabel()
        self.jobs_label = QLabel()
        self.addPermanentWidget(self.jobs_label)
        self.addPermanentWidget(self.hosts_label)
        self.addPermanentWidget(self.refresh_label)

    def retranslate_ui(self) -> None:
        self._on_hosts_changed()
        self._update_refresh()
        self._on_runner_idle_changed(not self._runner.busy())

    def _on_hosts_changed(self, *_: object) -> None:
        names = self._states.names()
        if not names:
            self.hosts_label.setText(self.tr("No hosts connected"))
            self.hosts_label.setToolTip("")
            return
        problems = [n for n in names if self._states.get(n).problem in ("error", "stale")]
        connecting = [n for n in names if self._states.get(n).problem == "connecting"]
        text = self.tr("%n host(s)", "", len(names))
        if connecting:
            text += ", " + self.tr("%n connecting", "", len(connecting))
        if problems:
            text += ", " + self.tr("%n in trouble", "", len(problems))
        self.hosts_label.setText(text)
        self.hosts_label.setToolTip("\n".join(f"{n}: {self._states.status_text(n)}" for n in names))

    def _on_host_ops_refreshing_changed(self, refreshing: bool) -> None:
        self._update_refresh()

    def _on_host_ops_refreshed(self, when: datetime) -> None:
        self.note_refresh(when)

    def note_refresh(self, when: datetime) -> None:
        """A host's inventory arrived (refreshes also run on connect, not only from F5 or the timer)."""
        self._last_refresh = when
        self._update_refresh()

    def _update_refresh(self) -> None:
        if self._host_ops.refreshing:
            self.refresh_label.setText(self.tr("Refreshing…"))
        elif self._last_refresh is not None:
            self.refresh_label.setText(self.tr("Updated %1").replace("%1", format.when(self._last_refresh)))
        else:
            self.refresh_label.setText("")

    def _on_runner_message(self, text: str) -> None:
        self.showMessage(text, MESSAGE_MS)

    def _on_runner_idle_changed(self, idle: bool) -> None:
        self.jobs_label.setText("" if idle else self.tr("Operations running"))
