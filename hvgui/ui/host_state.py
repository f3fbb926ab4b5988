"""What the window knows about each host's health: connection status and inventory freshness.

Two sources tell about trouble: the registry (connecting, connected, failed, stale) and the inventory
(last refresh failed; the VMs shown are the last known ones). HostStates merges both so that the
tree badge, the greyed VM rows, the status bar and the Retry action all agree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, Signal

from hvgui.hyperv.errors import HvError
from hvgui.services.events import (
    Connected,
    Connecting,
    Failed,
    HostStatus,
    HostStatusChanged,
    InventoryChanged,
    Stale,
)
from hvgui.ui import error_texts, format
from hvgui.ui.bridge import ServiceBridge
from hvgui.ui.format import fill


@dataclass
class HostHealth:
    status: HostStatus | None = None
    inventory_error: HvError | None = None
    inventory_error_since: datetime | None = None
    last_good: datetime | None = None
    loaded: bool = False  # at least one refresh answered (or failed) since the host was added

    @property
    def error(self) -> HvError | None:
        if isinstance(self.status, Failed | Stale):
            return self.status.error
        return self.inventory_error

    @property
    def problem(self) -> str:
        """ "" when fine; else the badge: "connecting", "error" (no connection) or "stale"."""
        if isinstance(self.status, Connecting):
            return "connecting"
        if isinstance(self.status, Failed):
            return "error"
        if isinstance(self.status, Stale) or self.inventory_error is not None:
            return "stale"
        return ""

    @property
    def stale(self) -> bool:
        """The VMs shown for this host may be out of date."""
        return self.problem in ("error", "stale")

    @property
    def available(self) -> bool:
        return isinstance(self.status, Connected) and self.inventory_error is None


class HostStates(QObject):
    host_added = Signal(str)
    """A host entered the registry."""
    host_removed = Signal(str)
    """A host left the registry (disconnected)."""
    host_changed = Signal(str)
    """A host's connection status or freshness changed."""

    def __init__(self, bridge: ServiceBridge, clock: Callable[[], datetime], parent: QObject | None = None):
        super().__init__(parent)
        self._hosts: dict[str, HostHealth] = {}
        self._clock = clock
        bridge.host_status_changed.connect(self._on_bridge_host_status_changed)
        bridge.inventory_changed.connect(self._on_bridge_inventory_changed)

    def names(self) -> list[str]:
        return list(self._hosts)

    def get(self, host: str) -> HostHealth:
        return self._hosts.get(host) or HostHealth()

    def __contains__(self, host: object) -> bool:
        return host in self._hosts

    def all_loaded(self) -> bool:
        return bool(self._hosts) and all(h.loaded for h in self._hosts.values())

    def status_text(self, host: str) -> str:
        """One line for the status bar and the host's tooltip headline."""
        health = self.get(host)
        problem = health.problem
        if problem == "connecting":
            return QCoreApplication.translate("HostState", "Connecting…")
        if problem == "error":
            return QCoreApplication.translate("HostState", "Not connected")
        if problem == "stale":
            return QCoreApplication.translate("HostState", "Not responding")
        if not health.loaded:
            return QCoreApplication.translate("HostState", "Loading…")
        return QCoreApplication.translate("HostState", "Connected")

    def tooltip(self, host: str) -> str:
        """What is wrong and since when, and how old the shown state is."""
        health = self.get(host)
        lines = [f"{host}: {self.status_text(host)}."]
        error = health.error
        if error is not None and health.problem != "connecting":
            lines.append(error_texts.one_line(error))
            since = health.inventory_error_since or getattr(health.status, "since", None)
            if since is not None:
                lines.append(
                    QCoreApplication.translate("HostState", "Since %1.").replace("%1", format.when(since))
                )
            if health.last_good is not None:
                lines.append(
                    QCoreApplication.translate(
                        "HostState", "The virtual machines shown are the last known state, from %1."
                    ).replace("%1", format.when(health.last_good))
                )
            lines.append(QCoreApplication.translate("HostState", "Use Retry to connect again."))
        return "\n".join(lines)

    def banner_text(self, host: str) -> str:
        """The tooltip's sentences in one paragraph, for the banner above the VM list."""
        return " ".join(self.tooltip(host).split("\n"))

    def vm_tooltip_suffix(self, host: str) -> str:
        health = self.get(host)
        if not health.stale:
            return ""
        when = format.when(health.last_good) if health.last_good else "?"
        return fill(
            QCoreApplication.translate("HostState", "Last known state from %1: %2 does not answer."),
            when,
            host,
        )

    # Slots ---------------------------------------------------------------------------------------

    def _on_bridge_host_status_changed(self, change: HostStatusChanged) -> None:
        name = change.host
        if change.status is None:
            if self._hosts.pop(name, None) is not None:
                self.host_removed.emit(name)
            return
        health = self._hosts.get(name)
        added = health is None
        if health is None:
            health = self._hosts[name] = HostHealth()
        health.status = change.status
        if isinstance(change.status, Failed) and not health.last_good:
            health.loaded = True  # nothing will come: the tree shows the error instead of waiting
        if added:
            self.host_added.emit(name)
        else:
            self.host_changed.emit(name)

    def _on_bridge_inventory_changed(self, change: InventoryChanged) -> None:
        health = self._hosts.get(change.host)
        if health is None or change.host_removed:
            return
        inventory = change.inventory
        # last_good moves on every refresh; only a change of trouble or first load is news.
        before = (health.problem, health.inventory_error, health.loaded)
        health.inventory_error = inventory.error
        health.inventory_error_since = inventory.error_since
        health.last_good = inventory.last_good
        health.loaded = True
        if before != (health.problem, health.inventory_error, health.loaded):
            self.host_changed.emit(change.host)
