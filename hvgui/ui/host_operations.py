"""Host actions: Refresh (F5 and the interval), Retry, Disconnect, and Hyper-V Settings (read-only for now).

All of them run as background tasks: a host that hangs delays nothing but its own answer.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicaServerInfo
from hvgui.services.connections import HostRegistry
from hvgui.services.inventory import Inventory
from hvgui.services.workflows.errors import not_connected
from hvgui.services.workflows.reads import read_replica_server
from hvgui.ui.dialogs.confirm import Confirm, Confirmation
from hvgui.ui.dialogs.error import ErrorReport
from hvgui.ui.tasks import BackgroundTasks

log = logging.getLogger(__name__)
DEFAULT_INTERVAL_MS = 10_000

# Removes a disconnected host from the saved connections (and its saved password).
Forget = Callable[[ConnectionProfile], Awaitable[None]]
# Asks for the password of a host that failed for want of one, then retries it.
Reenter = Callable[[str], None]
ShowSettings = Callable[[ReplicaServerInfo], None]
ShowError = Callable[[ErrorReport], None]


class HostOperations(QObject):
    refreshing_changed = Signal(bool)
    """True while at least one refresh runs."""
    refreshed = Signal(object)
    """datetime: a refresh of every host finished (each host has answered or timed out)."""

    def __init__(
        self,
        registry: HostRegistry,
        inventory: Inventory,
        confirm: Confirm,
        show_settings: ShowSettings,
        show_error: ShowError,
        clock: Callable[[], datetime],
        forget: Forget | None = None,
        interval_ms: int = DEFAULT_INTERVAL_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.confirm = confirm
        self._registry = registry
        self._inventory = inventory
        self._show_settings = show_settings
        # Set by the window: opens Hyper-V Settings (Replication Configuration) for a host.
        self.open_settings: Callable[[str], object] | None = None
        self._show_error = show_error
        self._clock = clock
        self._forget = forget
        self.reenter: Reenter | None = None
        self._tasks = BackgroundTasks()
        self._refreshing = 0
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._on_timer_timeout)

    @property
    def refreshing(self) -> bool:
        return self._refreshing > 0

    def start_interval(self) -> None:
        self.timer.start()

    async def aclose(self) -> None:
        self.timer.stop()
        self._tasks.cancel_all()
        await self._tasks.wait()

    # Refresh -------------------------------------------------------------------------------------------

    def refresh_all(self) -> None:
        """F5 on the root, and the interval: every host at once."""
        self._begin_refresh()
        self._tasks.spawn(self._refresh(None), "hvgui-refresh")

    def refresh(self, hosts: Sequence[str]) -> None:
        hosts = [h for h in hosts if h in self._registry.names]
        if hosts:
            self._begin_refresh()
            self._tasks.spawn(self._refresh(list(hosts)), "hvgui-refresh-hosts")

    def _on_timer_timeout(self) -> None:
        if not self.refreshing:  # a host that hangs must not pile up refreshes behind it
            self.refresh_all()

    def _begin_refresh(self) -> None:
        # Counted from the request on, so the status bar says "Refreshing" at once.
        self._refreshing += 1
        if self._refreshing == 1:
            self.refreshing_changed.emit(True)

    async def _refresh(self, hosts: list[str] | None) -> None:
        try:
            if hosts is None:
                await self._inventory.refresh()
            else:
                for host in hosts:
                    await self._inventory.refresh_host(host)
        finally:
            self._refreshing -= 1
            if self._refreshing == 0:
                self.refreshing_changed.emit(False)
        if hosts is None:
            self.refreshed.emit(self._clock())

    # Retry, disconnect, settings ---------------------------------------------------------------------

    def retry(self, host: str) -> None:
        if host not in self._registry.names:
            return
        status = self._registry.status(host)
        error = getattr(status, "error", None)
        # Named, not imported: PasswordRequired lives beside the keyring-backed credentials.
        if type(error).__name__ == "PasswordRequired" and self.reenter is not None:
            self.reenter(host)
            return
        self._tasks.spawn(self._retry(host), f"hvgui-retry-{host}")

    async def _retry(self, host: str) -> None:
        await self._registry.retry(host)
        await self._inventory.refresh_host(host)

    def disconnect_host(self, host: str) -> None:
        if host not in self._registry.names:
            return
        confirmation = Confirmation(
            title=self.tr("Disconnect"),
            question=self.tr("Disconnect from %1?").replace("%1", host),
            note=self.tr("The host is removed from hvgui; its virtual machines are not affected."),
            accept=self.tr("Disconnect"),
        )
        if self.confirm(confirmation):
            self._tasks.spawn(self._disconnect(host), f"hvgui-disconnect-{host}")

    async def _disconnect(self, host: str) -> None:
        profile = self._registry.profile(host)
        await self._registry.remove(host)
        if self._forget is not None:
            await self._forget(profile)

    def settings(self, host: str) -> None:
        if self.open_settings is not None:
            self.open_settings(host)
            return
        self._tasks.spawn(self._settings(host), f"hvgui-settings-{host}")

    async def _settings(self, host: str) -> None:
        title = self.tr("Hyper-V Settings: %1").replace("%1", host)
        session = self._registry.session(host)
        try:
            if session is None:
                raise not_connected(host)
            info = await read_replica_server(session)
        except HvError as err:
            self._show_error(ErrorReport.from_error(title, err))
            return
        self._show_settings(info)
