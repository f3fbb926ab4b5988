"""What each menu item does.

Replication actions open their dialog or wizard (dialog_launcher); power actions and bulk actions
ask a plain confirmation naming every VM and host, then run the service workflow. The plain path
with Hyper-V Manager's default choices remains for a window-less Operations (tests).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationMode, ReplicationState
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicationInfo, ReplicationStatistics
from hvgui.hyperv.rules import Action, extended_relation, main_relation
from hvgui.services.connections import HostRegistry, Session
from hvgui.services.inventory import Inventory
from hvgui.services.workflows.base import Workflow
from hvgui.services.workflows.errors import SplitBrainWarning
from hvgui.services.workflows.failover import (
    CancelFailover,
    CancelFailoverRequest,
    CompleteFailover,
    CompleteFailoverRequest,
    UnplannedFailover,
    UnplannedFailoverRequest,
)
from hvgui.services.workflows.health import HealthRequest, MeasureReplication
from hvgui.services.workflows.pause import PauseReplication, PauseRequest, ResumeReplication, ResumeRequest
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from hvgui.services.workflows.power import Power, PowerAction, PowerRequest
from hvgui.services.workflows.remove import RemoveReplication, RemoveReplicationRequest, RemoveSide
from hvgui.services.workflows.reverse import ReverseAfter, ReverseReplication, ReverseReplicationRequest
from hvgui.services.workflows.testing import (
    StopTestFailover,
    StopTestFailoverRequest,
    TestFailover,
    TestFailoverRequest,
)
from hvgui.ui import operation_texts as texts
from hvgui.ui.actions import VmTarget
from hvgui.ui.dialog_launcher import DialogLauncher
from hvgui.ui.dialogs.confirm import Confirm, Confirmation
from hvgui.ui.format import fill
from hvgui.ui.runner import OperationRunner

AnyWorkflow = Workflow[Any, Any]
Inform = Callable[[str, str], None]  # title, text
ShowHealth = Callable[[ReplicationStatistics], None]

_POWER = {
    Action.START: PowerAction.START,
    Action.SHUT_DOWN: PowerAction.SHUT_DOWN,
    Action.TURN_OFF: PowerAction.TURN_OFF,
}
_LATER = {Action.ENABLE_REPLICATION, Action.EXTEND, Action.IMPORT_INITIAL_REPLICA}


class Operations(QObject):
    def __init__(
        self,
        runner: OperationRunner,
        registry: HostRegistry,
        inventory: Inventory,
        confirm: Confirm,
        inform: Inform,
        show_health: ShowHealth,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.confirm = confirm
        self._registry = registry
        self._inventory = inventory
        self._inform = inform
        self._show_health = show_health
        window = parent if isinstance(parent, QWidget) else None
        # The issue-6 dialogs and wizards; without a window (tests of the plain path) none open.
        self.dialogs = (
            DialogLauncher(window, registry, runner.jobs, inventory) if window is not None else None
        )

    # Entry points ------------------------------------------------------------------------------------

    def trigger(self, action: Action, targets: Sequence[VmTarget]) -> None:
        if not targets:
            return
        if len(targets) > 1:
            self._bulk(action, targets)
            return
        target = targets[0]
        if self.dialogs is not None and self.dialogs.open(action, target) is not None:
            return
        if action in _LATER:
            self._inform(texts.title(action, target.vm.name), texts.later(action))
            return
        if action is Action.VIEW_HEALTH:
            self._view_health(target)
            return
        built = self._build(action, target)
        if built is None:
            return
        workflow, other = built
        vm, host = target.vm.name, target.host
        if action is not Action.START and not self._ask(action, vm, host, other, [texts.on_host(vm, host)]):
            return
        on_error = self._split_brain_handler(target) if action is Action.FAILOVER else None
        self.runner.run(
            workflow,
            texts.title(action, vm),
            texts.success(action, vm, host, other),
            on_error=on_error,
        )

    def _ask(self, action: Action, vm: str, host: str, other: str, items: list[str]) -> bool:
        return self.confirm(
            Confirmation(
                title=texts.title(action, vm),
                question=texts.question(action, vm, host, other),
                items=items,
                note=texts.note(action, vm, host, other),
                accept=texts.title(action, ""),
                destructive=action in texts.DESTRUCTIVE,
            )
        )

    # Building requests -------------------------------------------------------------------------------

    def sessions(self) -> dict[str, Session]:
        found = {name: self._registry.session(name) for name in self._registry.names}
        return {name: session for name, session in found.items() if session is not None}

    def resolve(self, server: str) -> str:
        """A replication server name (FQDN as Hyper-V keeps it) -> the host's name in hvgui."""
        wanted = server.strip().lower()
        for chain in self._inventory.relationships():
            for link in chain.links:
                if link.source_host and link.source_server.lower() == wanted:
                    return link.source_host
                if link.target_host and link.target_server.lower() == wanted:
                    return link.target_host
        short = wanted.split(".")[0]
        for name in self._registry.names:
            profile = self._registry.profile(name)
            if wanted in (name.lower(), profile.host.lower()) or short == name.lower().split(".")[0]:
                return name
        return server

    def _build(self, action: Action, target: VmTarget) -> tuple[AnyWorkflow, str] | None:
        vm, host, sessions = target.vm, target.host, self.sessions()
        main = main_relation(target.relations)
        relationship = main.relationship if main else RelationshipType.Simple
        match action:
            case Action.START | Action.SHUT_DOWN | Action.TURN_OFF:
                return Power(
                    PowerRequest(vm_id=vm.id, vm_name=vm.name, host=host, action=_POWER[action]), sessions
                ), ""
            case Action.PAUSE:
                return PauseReplication(
                    PauseRequest(vm_id=vm.id, vm_name=vm.name, host=host, relationship=relationship), sessions
                ), ""
            case Action.RESUME:
                return ResumeReplication(
                    ResumeRequest(vm_id=vm.id, vm_name=vm.name, host=host, relationship=relationship),
                    sessions,
                ), ""
            case Action.REMOVE:
                sides = [RemoveSide(host, RelationshipType.Simple)]
                if extended_relation(vm, target.relations) is not None:
                    sides.insert(0, RemoveSide(host, RelationshipType.Extended))
                elif vm.replication_mode is ReplicationMode.ExtendedReplica:
                    sides = [RemoveSide(host, relationship)]
                request = RemoveReplicationRequest(vm_id=vm.id, vm_name=vm.name, sides=tuple(sides))
                return RemoveReplication(request, sessions), ""
            case Action.PLANNED_FAILOVER:
                replica = self.resolve(main.replica_server) if main else ""
                planned = PlannedFailoverRequest(
                    vm_id=vm.id, vm_name=vm.name, primary_host=host, replica_host=replica
                )
                return PlannedFailover(planned, sessions), replica
            case Action.FAILOVER:
                primary = self._connected_primary(main, sessions)
                unplanned = UnplannedFailoverRequest(
                    vm_id=vm.id, vm_name=vm.name, replica_host=host, primary_host=primary
                )
                return UnplannedFailover(unplanned, sessions), primary
            case Action.TEST_FAILOVER:
                return TestFailover(
                    TestFailoverRequest(vm_id=vm.id, vm_name=vm.name, replica_host=host), sessions
                ), ""
            case Action.STOP_TEST_FAILOVER:
                return StopTestFailover(
                    StopTestFailoverRequest(vm_id=vm.id, vm_name=vm.name, replica_host=host), sessions
                ), ""
            case Action.CANCEL_FAILOVER:
                if vm.replication_mode is ReplicationMode.Primary:
                    cancel = CancelFailoverRequest(vm_id=vm.id, vm_name=vm.name, primary_host=host)
                else:
                    primary = self._connected_primary(main, sessions)
                    cancel = CancelFailoverRequest(
                        vm_id=vm.id, vm_name=vm.name, replica_host=host, primary_host=primary
                    )
                return CancelFailover(cancel, sessions), ""
            case Action.REMOVE_RECOVERY_POINTS:
                return CompleteFailover(
                    CompleteFailoverRequest(vm_id=vm.id, vm_name=vm.name, replica_host=host), sessions
                ), ""
            case Action.REVERSE:
                return self._reverse(target, main, sessions)
        return None

    def _connected_primary(self, main: ReplicationInfo | None, sessions: dict[str, Session]) -> str:
        if main is None:
            return ""
        primary = self.resolve(main.primary_server)
        return primary if primary in sessions else ""

    def _reverse(
        self, target: VmTarget, main: ReplicationInfo | None, sessions: dict[str, Session]
    ) -> tuple[AnyWorkflow, str]:
        vm = target.vm
        old = self.resolve(main.primary_server) if main else ""
        old_state = self._inventory.host(old)
        old_vm = old_state.vms.get(vm.id) if old_state else None
        planned = old_vm is not None and old_vm.replication_state is ReplicationState.PreparedForFailover
        request = ReverseReplicationRequest(
            vm_id=vm.id,
            vm_name=vm.name,
            new_primary_host=target.host,
            old_primary_host=old,
            after=ReverseAfter.PLANNED if planned else ReverseAfter.UNPLANNED,
            old_primary_server=main.primary_server if main else "",
            new_primary_server=main.replica_server if main else "",
        )
        return ReverseReplication(request, sessions), old

    def _split_brain_handler(self, target: VmTarget) -> Callable[[HvError], bool]:
        def handle(error: HvError) -> bool:
            if not isinstance(error, SplitBrainWarning):
                return False
            vm, host = target.vm.name, target.host
            go = self.confirm(
                Confirmation(
                    title=texts.title(Action.FAILOVER, vm),
                    question=fill(
                        self.tr("%1 is still running on its primary server %2. Fail over anyway?"),
                        vm,
                        error.host,
                    ),
                    items=[texts.on_host(vm, host)],
                    note=self.tr(
                        "Both copies would run and change independently. Fail over anyway only if the "
                        "primary server is cut off from its users."
                    ),
                    accept=texts.title(Action.FAILOVER, ""),
                    destructive=True,
                )
            )
            if go:
                built = self._build(Action.FAILOVER, target)
                assert built is not None
                workflow, _ = built
                assert isinstance(workflow, UnplannedFailover)
                again = UnplannedFailover(
                    UnplannedFailoverRequest(**{**workflow.request.__dict__, "accept_split_brain": True}),
                    self.sessions(),
                )
                self.runner.run(
                    again, texts.title(Action.FAILOVER, vm), texts.success(Action.FAILOVER, vm, host)
                )
            return True

        return handle

    def _view_health(self, target: VmTarget) -> None:
        main = main_relation(target.relations)
        relationship = main.relationship if main else RelationshipType.Simple
        request = HealthRequest(
            vm_id=target.vm.id, vm_name=target.vm.name, host=target.host, relationship=relationship
        )
        workflow = MeasureReplication(request, self.sessions())
        self.runner.run(
            workflow, texts.title(Action.VIEW_HEALTH, target.vm.name), "", on_result=self._show_health
        )

    # Several VMs -------------------------------------------------------------------------------------

    def _bulk(self, action: Action, targets: Sequence[VmTarget]) -> None:
        items = [texts.on_host(t.vm.name, t.host) for t in targets]
        confirmation = Confirmation(
            title=texts.title(action, ""),
            question=texts.bulk_question(action, len(targets)),
            items=items,
            note=texts.note(action, "", ""),
            accept=texts.title(action, ""),
            destructive=action in texts.DESTRUCTIVE,
        )
        if not self.confirm(confirmation):
            return
        workflows = []
        for target in targets:
            built = self._build(action, target)
            if built is not None:
                workflows.append(built[0])
        self.runner.run_bulk(
            workflows,
            texts.title(action, ""),
            texts.bulk_success(action, len(workflows)),
            item_title=lambda vm: texts.title(action, vm),
        )
