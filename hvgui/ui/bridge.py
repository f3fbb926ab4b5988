"""Turns the services' plain callbacks into Qt signals.

The services publish on the asyncio loop's thread, which under qasync is the Qt GUI thread, so the
signals are emitted directly; every view and model listens to these signals rather than to the
services, which keeps the services free of Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from hvgui.services.connections import HostRegistry
from hvgui.services.events import HostStatusChanged, InventoryChanged
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import Job, JobTracker


class ServiceBridge(QObject):
    inventory_changed = Signal(object)
    """InventoryChanged: one host's refresh changed something."""
    host_status_changed = Signal(object)
    """HostStatusChanged: a host was added, removed, connected, failed or went stale."""
    job_changed = Signal(object)
    """Job: an operation started, progressed or finished."""

    def __init__(
        self, registry: HostRegistry, inventory: Inventory, jobs: JobTracker, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._unsubscribe: list[Callable[[], None]] = [
            registry.subscribe(self._on_registry_status),
            inventory.subscribe(self._on_inventory_changed),
            jobs.subscribe(self._on_jobs_changed),
        ]

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()

    def _on_registry_status(self, change: HostStatusChanged) -> None:
        self.host_status_changed.emit(change)

    def _on_inventory_changed(self, change: InventoryChanged) -> None:
        self.inventory_changed.emit(change)

    def _on_jobs_changed(self, job: Job) -> None:
        self.job_changed.emit(job)
