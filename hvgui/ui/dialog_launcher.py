"""Opens the dedicated dialog or wizard for a menu action, and refreshes the hosts it touched.

Dialogs and wizards run their workflows themselves through the JobTracker (jobs panel, audit log);
the launcher only picks the right one for the action and the VM's role, keeps it alive while it is
open, and asks the inventory to re-read the hosts an operation changed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.rules import Action
from hvgui.services.connections import HostRegistry
from hvgui.services.inventory import Inventory
from hvgui.services.jobs import JobTracker
from hvgui.ui.actions import VmTarget
from hvgui.ui.dialogs.common import DialogContext
from hvgui.ui.wizards import WizardContext

Factory = Callable[[QWidget, DialogContext, WizardContext, VmTarget], QWidget | None]


def _dialog(module: str, name: str) -> Factory:
    def build(parent: QWidget, ctx: DialogContext, _: WizardContext, target: VmTarget) -> QWidget:
        import importlib

        cls: Any = getattr(importlib.import_module(f"hvgui.ui.dialogs.{module}"), name)
        widget: QWidget = cls(parent, ctx, target.vm, list(target.relations))
        return widget

    return build


def _main(target: VmTarget) -> Any:
    return next((r for r in target.relations if r.relationship is RelationshipType.Simple), None)


def _wizard(name: str) -> Factory:
    def build(parent: QWidget, _: DialogContext, ctx: WizardContext, target: VmTarget) -> QWidget | None:
        from hvgui.ui import wizards

        cls: Any = getattr(wizards, name)
        if name == "EnableReplicationWizard":
            widget: QWidget = cls(parent, ctx, target.vm)
            return widget
        relation = _main(target) or (target.relations[0] if target.relations else None)
        if relation is None:
            return None
        widget = cls(parent, ctx, target.vm, relation)
        return widget

    return build


# Power actions keep the main window's plain confirmation; everything else has its own window.
FACTORIES: dict[Action, Factory] = {
    Action.ENABLE_REPLICATION: _wizard("EnableReplicationWizard"),
    Action.EXTEND: _wizard("ExtendReplicationWizard"),
    Action.REVERSE: _wizard("ReverseReplicationWizard"),
    Action.PLANNED_FAILOVER: _dialog("failover_planned", "PlannedFailoverDialog"),
    Action.FAILOVER: _dialog("failover", "FailoverDialog"),
    Action.TEST_FAILOVER: _dialog("test_failover", "TestFailoverDialog"),
    Action.STOP_TEST_FAILOVER: _dialog("simple", "StopTestFailoverDialog"),
    Action.CANCEL_FAILOVER: _dialog("simple", "CancelFailoverDialog"),
    Action.REMOVE_RECOVERY_POINTS: _dialog("simple", "RemoveRecoveryPointsDialog"),
    Action.PAUSE: _dialog("simple", "PauseDialog"),
    Action.RESUME: _dialog("simple_resume", "ResumeDialog"),
    Action.IMPORT_INITIAL_REPLICA: _dialog("simple_more", "ImportInitialReplicaDialog"),
    Action.REMOVE: _dialog("simple_more", "RemoveReplicationDialog"),
    Action.VIEW_HEALTH: _dialog("health", "ReplicationHealthDialog"),
}


class DialogLauncher(QObject):
    def __init__(
        self,
        window: QWidget,
        registry: HostRegistry,
        tracker: JobTracker,
        inventory: Inventory,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._inventory = inventory
        self.dialog_ctx = DialogContext.from_registry(registry, tracker, inventory)
        self.wizard_ctx = WizardContext.from_registry(registry, tracker, inventory)
        self._open: set[QWidget] = set()
        self._refreshes: set[asyncio.Future[object]] = set()

    def handles(self, action: Action) -> bool:
        return action in FACTORIES

    def open(self, action: Action, target: VmTarget) -> QWidget | None:
        """Open the window for this action; None when the action has none (the caller confirms)."""
        factory = FACTORIES.get(action)
        if factory is None:
            return None
        if action is Action.EXTEND and target.vm.replication_mode is not ReplicationMode.Replica:
            return None
        widget = factory(self._window, self.dialog_ctx, self.wizard_ctx, target)
        if widget is not None:
            self._show(widget)
        return widget

    def open_settings(self, host: str) -> QWidget:
        from hvgui.ui.dialogs.settings import HyperVSettingsDialog

        widget = HyperVSettingsDialog(self._window, self.dialog_ctx, host)
        self._show(widget)
        return widget

    def _show(self, widget: QWidget) -> None:
        self._open.add(widget)
        changed = getattr(widget, "operation_finished", None)
        if changed is not None:
            changed.connect(lambda _outcome, hosts: self._refresh(hosts))
        widget.finished_with.connect(lambda result: self._closed(widget, result))  # type: ignore[attr-defined]
        widget.open()  # type: ignore[attr-defined]

    def _closed(self, widget: QWidget, result: object) -> None:
        self._refresh(getattr(result, "hosts", ()))
        self._open.discard(widget)
        widget.deleteLater()

    def _refresh(self, hosts: object) -> None:
        names = [str(h) for h in hosts] if isinstance(hosts, tuple | list | set | frozenset) else []
        for host in names:
            task: asyncio.Future[object] = asyncio.ensure_future(self._inventory.refresh_host(host))
            self._refreshes.add(task)
            task.add_done_callback(self._refreshes.discard)
