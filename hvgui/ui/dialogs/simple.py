"""Confirmations that explain the consequence: Pause, Stop Test Failover, Cancel Failover and Remove
Recovery Points (reference 4.4, 4.5, 5.4, 5.5). Each is the summary page alone: what will happen on
which host, the steps, and the button that does it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.workflows import (
    CancelFailover,
    CancelFailoverRequest,
    CompleteFailover,
    CompleteFailoverRequest,
    PauseReplication,
    PauseRequest,
    Step,
    StepStatus,
    StopTestFailover,
    StopTestFailoverRequest,
)
from hvgui.services.workflows.pause import PAUSABLE
from hvgui.services.workflows.reads import extended, simple
from hvgui.ui import labels
from hvgui.ui.dialogs.common import DialogContext, OperationDialog, roles, screenshot_states
from hvgui.ui.dialogs.common_widgets import fill, hint_label

__all__ = [
    "CancelFailoverDialog",
    "PauseDialog",
    "RemoveRecoveryPointsDialog",
    "StopTestFailoverDialog",
    "screenshot_states",
]


class _VMDialog(OperationDialog):
    def __init__(
        self, parent: QWidget | None, ctx: DialogContext, vm: VMInfo, relations: Sequence[ReplicationInfo]
    ) -> None:
        super().__init__(parent, ctx)
        self._vm = vm
        self._relations = list(relations)
        self._roles = roles(ctx, vm, relations)
        self._init()
        self._setup_ui()
        self.retranslate_ui()

    def _init(self) -> None:
        """Fields the subclass needs before the pages are built."""

    def problem(self) -> str:
        if self._ctx.session(self._vm.host) is None:
            return fill(self.tr("hvgui is not connected to %1."), self._vm.host)
        return ""


class StopTestFailoverDialog(_VMDialog):
    destructive = True

    def retranslate_ui(self) -> None:
        main = simple(self._relations)
        self._test_vm = (main.test_vm_name if main else "") or f"{self._vm.name} - Test"
        self.setWindowTitle(fill(self.tr("Stop Test Failover for %1"), self._vm.name))
        self._header.setText(
            fill(self.tr("Stop the test failover of %1 on %2?"), self._vm.name, self._vm.host)
        )
        super().retranslate_ui()

    def _action_text(self) -> str:
        return self.tr("&Stop Test Failover")

    def _consequences(self) -> str:
        return fill(
            self.tr(
                "The test virtual machine “%1” is turned off and deleted, with every change made in it "
                "during the test. The Replica virtual machine and its replication are not affected."
            ),
            self._test_vm,
        )

    def make_workflow(self) -> StopTestFailover:
        request = StopTestFailoverRequest(
            vm_id=self._vm.id, vm_name=self._vm.name, replica_host=self._vm.host
        )
        return StopTestFailover(request, self._ctx.sessions(self._vm.host))

    def step_title(self, step: Step) -> str:
        return fill(self.tr("Turn off and delete the test virtual machine “%1”"), self._test_vm)

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("The test failover was stopped."), ""


class CancelFailoverDialog(_VMDialog):
    """On the replica after a failover, and on a primary prepared for planned failover."""

    destructive = True

    def _init(self) -> None:
        vm = self._vm
        self._on_replica = vm.replication_mode is not ReplicationMode.Primary
        primary = self._roles.primary if self._ctx.session(self._roles.primary) else ""
        replica = self._roles.replica if self._ctx.session(self._roles.replica) else ""
        # From the replica, the primary is cancelled too if hvgui can reach it and it is prepared.
        self._replica_host = vm.host if self._on_replica else replica
        self._primary_host = primary if self._on_replica else vm.host

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Cancel Failover for %1"), self._vm.name))
        self._header.setText(fill(self.tr("Cancel the failover of %1?"), self._vm.name))
        super().retranslate_ui()

    def _action_text(self) -> str:
        return self.tr("Cancel &Failover")

    def _consequences(self) -> str:
        vm = self._vm.name
        if self._on_replica:
            text = fill(
                self.tr(
                    "%1 on %2 is turned off, and every change made in it since the failover is lost. It "
                    "goes back to being a Replica, and you can fail over again, to another recovery point "
                    "if you like."
                ),
                vm,
                self._replica_host,
            )
        else:
            text = fill(
                self.tr(
                    "The planned failover is cancelled: %1 can start again on %2, and replication resumes."
                ),
                vm,
                self._primary_host,
            )
        if self._on_replica and self._primary_host:
            text += " " + fill(
                self.tr("If %1 is prepared for planned failover on %2, that is cancelled too."),
                vm,
                self._primary_host,
            )
        return text

    def problem(self) -> str:
        if self._vm.replication_state is S.FailedOver:
            return self.tr(
                "The failover was completed (recovery points removed) and cannot be cancelled any more."
            )
        return super().problem()

    def make_workflow(self) -> CancelFailover:
        request = CancelFailoverRequest(
            vm_id=self._vm.id,
            vm_name=self._vm.name,
            replica_host=self._replica_host,
            primary_host=self._primary_host,
        )
        return CancelFailover(request, self._ctx.sessions(self._replica_host, self._primary_host))

    def step_title(self, step: Step) -> str:
        if step.key == "cancel_replica":
            return fill(
                self.tr("Cancel the failover on %1 (turn the virtual machine off, discard its changes)"),
                step.host,
            )
        return fill(self.tr("Cancel the planned failover on %1"), step.host)

    def advice(self, step: Step, status: StepStatus) -> str:
        return fill(self.tr("Refresh %1 and cancel again if it still shows the failover."), step.host)

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("The failover was cancelled."), ""


class RemoveRecoveryPointsDialog(_VMDialog):
    """Hyper-V Manager's name for completing a failover (Complete-VMFailover)."""

    destructive = True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Remove Recovery Points for %1"), self._vm.name))
        self._header.setText(
            fill(self.tr("Complete the failover of %1 on %2?"), self._vm.name, self._vm.host)
        )
        super().retranslate_ui()

    def _action_text(self) -> str:
        return self.tr("&Remove Recovery Points")

    def _consequences(self) -> str:
        return fill(
            self.tr(
                "This keeps the failover of %1: the recovery point it runs from becomes permanent and all "
                "other recovery points on %2 are deleted. The failover can no longer be cancelled, and no "
                "other recovery point can be chosen. Afterwards, reverse the replication to protect the "
                "virtual machine again."
            ),
            self._vm.name,
            self._vm.host,
        )

    def problem(self) -> str:
        if self._vm.replication_state is not S.FailedOverWaitingCompletion:
            return fill(
                self.tr("Only a failover that is not yet completed can be completed (the state is: %1)."),
                labels.replication_state(self._vm.replication_state),
            )
        return super().problem()

    def make_workflow(self) -> CompleteFailover:
        request = CompleteFailoverRequest(
            vm_id=self._vm.id, vm_name=self._vm.name, replica_host=self._vm.host
        )
        return CompleteFailover(request, self._ctx.sessions(self._vm.host))

    def step_title(self, step: Step) -> str:
        return fill(self.tr("Complete the failover on %1 and delete the other recovery points"), step.host)

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("The failover is complete."), fill(
            self.tr("%1 is not protected now. Use Reverse Replication… on %2 to replicate it again."),
            self._vm.name,
            self._vm.host,
        )


class PauseDialog(_VMDialog):
    """Pause one relationship; a replica that extends replication asks which one."""

    def _init(self) -> None:
        self._simple = simple(self._relations)
        self._extended = (
            extended(self._relations) if self._vm.replication_mode is ReplicationMode.Replica else None
        )

    def _build_form(self) -> QWidget | None:
        if self._extended is None:
            return None
        page = QWidget()
        layout = QVBoxLayout(page)
        self._which = hint_label("which")
        layout.addWidget(self._which)
        self.simple_radio = QRadioButton()
        self.extended_radio = QRadioButton()
        group = QButtonGroup(page)
        for radio in (self.simple_radio, self.extended_radio):
            group.addButton(radio)
            layout.addWidget(radio)
            radio.toggled.connect(self._revalidate)
        self.simple_radio.setChecked(True)
        layout.addStretch(1)
        return page

    def _relationship(self) -> RelationshipType:
        if self._extended is not None and self.extended_radio.isChecked():
            return RelationshipType.Extended
        return RelationshipType.Simple

    def retranslate_ui(self) -> None:
        self.setWindowTitle(fill(self.tr("Pause Replication for %1"), self._vm.name))
        self._header.setText(fill(self.tr("Pause replication of %1?"), self._vm.name))
        if self._extended is not None:
            self._which.setText(
                self.tr("This virtual machine replicates twice. Which replication do you want to pause?")
            )
            self.simple_radio.setText(
                fill(self.tr("Replication from %1 to %2"), self._roles.primary_server, self._vm.host)
            )
            self.extended_radio.setText(
                fill(
                    self.tr("Extended replication from %1 to %2"), self._vm.host, self._roles.extended_server
                )
            )
        super().retranslate_ui()

    def _action_text(self) -> str:
        return self.tr("&Pause Replication")

    def _consequences(self) -> str:
        text = self.tr(
            "No changes are sent until you resume. The primary server keeps collecting them in its log "
            "files and sends them after Resume Replication; the log files grow while it is paused, and no "
            "new recovery points are created."
        )
        if (
            self._vm.replication_mode is not ReplicationMode.Primary
            and self._relationship() is RelationshipType.Simple
        ):
            text += " " + self.tr(
                "Pausing on the Replica server blocks the primary too: replication health becomes Critical."
            )
        return text

    def problem(self) -> str:
        relation = self._extended if self._relationship() is RelationshipType.Extended else self._simple
        if relation is None:
            return self.tr("The virtual machine is not replicated.")
        if relation.state not in PAUSABLE:
            return fill(
                self.tr("Replication cannot be paused while it is: %1."),
                labels.replication_state(relation.state),
            )
        return super().problem()

    def make_workflow(self) -> PauseReplication:
        request = PauseRequest(
            vm_id=self._vm.id, vm_name=self._vm.name, host=self._vm.host, relationship=self._relationship()
        )
        return PauseReplication(request, self._ctx.sessions(self._vm.host))

    def step_title(self, step: Step) -> str:
        if self._relationship() is RelationshipType.Extended:
            return fill(self.tr("Pause the extended replication of %1 on %2"), self._vm.name, step.host)
        return fill(self.tr("Pause replication of %1 on %2"), self._vm.name, step.host)

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("Replication is paused."), self.tr("Resume it with Resume Replication.")
