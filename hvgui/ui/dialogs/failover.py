"""Failover… on a replica (reference 5.4, 6.4): choose a recovery point, know what is lost, fail over.

If the primary still answers and runs the VM, the workflow refuses with SplitBrainWarning; the
dialog then explains the danger and asks for an explicit acknowledgement before it tries again.
Afterwards it offers the two ways to finish: Remove Recovery Points (keep this failover) and Cancel
Failover (discard it, e.g. to choose another point).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtWidgets import QCheckBox, QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from hvgui.hyperv.enums import AuthenticationType, ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.hyperv.rules import Action, replication_items
from hvgui.services.workflows import (
    ReverseAfter,
    ReverseReplication,
    ReverseReplicationRequest,
    SplitBrainWarning,
    Step,
    StepStatus,
    UnplannedFailover,
    UnplannedFailoverRequest,
)
from hvgui.services.workflows.reads import read_relations, read_vm, simple
from hvgui.ui import job_texts, labels
from hvgui.ui.dialogs.common import DialogContext, OperationDialog, roles, run_states, screenshot_states
from hvgui.ui.dialogs.common_widgets import Mark, fill, hint_label, mark_pixmap
from hvgui.ui.dialogs.operation import AnyWorkflow
from hvgui.ui.dialogs.recovery_points import RecoveryPointPicker

__all__ = ["FailoverDialog", "screenshot_states"]


class FailoverDialog(OperationDialog):
    def __init__(
        self, parent: QWidget | None, ctx: DialogContext, vm: VMInfo, relations: Sequence[ReplicationInfo]
    ) -> None:
        super().__init__(parent, ctx)
        self._vm = vm
        self._relations = list(relations)
        self._roles = roles(ctx, vm, relations)
        self._split_brain = False
        self._primary_prepared = False
        self.follow_up: OperationDialog | None = None
        self._setup_ui()
        self.retranslate_ui()
        self._spawn(self._load())

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._intro = hint_label("intro")
        layout.addWidget(self._intro)
        self._planned_note = hint_label("planned_note")
        self._planned_note.setVisible(False)
        layout.addWidget(self._planned_note)
        self.picker = RecoveryPointPicker()
        main = simple(self._relations)
        self.picker.last_replication = main.last_replication if main else None
        self.picker.changed.connect(self._on_picker_changed)
        layout.addWidget(self.picker)
        # Only when the primary was prepared (the second half of a planned failover), as in
        # Hyper-V Manager; after an unplanned failover reversing is the Reverse Replication wizard.
        self.reverse_box = QCheckBox()
        self.reverse_box.setChecked(True)
        self.reverse_box.setVisible(False)
        self.reverse_box.toggled.connect(self._on_picker_changed)
        layout.addWidget(self.reverse_box)
        self.start_box = QCheckBox()
        self.start_box.setChecked(True)  # Hyper-V Manager starts the VM after a failover
        self.start_box.toggled.connect(self._on_picker_changed)
        layout.addWidget(self.start_box)
        layout.addStretch(1)
        return page

    def _build_summary_extra(self) -> QWidget:
        self._warning = QFrame()
        self._warning.setObjectName("split_brain")
        self._warning.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(self._warning)
        icon = QLabel()
        icon.setPixmap(mark_pixmap(Mark.WARNING, 28))
        box.addWidget(icon)
        self._warning_text = hint_label("split_brain_text")
        box.addWidget(self._warning_text)
        self.accept_box = QCheckBox()
        self.accept_box.toggled.connect(self._on_accept_box_toggled)
        box.addWidget(self.accept_box)
        self._warning.setVisible(False)
        return self._warning

    def retranslate_ui(self) -> None:
        vm, r, p = self._vm.name, self._vm.host, self._primary_text()
        self.setWindowTitle(fill(self.tr("Failover for %1"), vm))
        self._header.setText(fill(self.tr("Fail over %1 on %2"), vm, r))
        self._intro.setText(
            fill(
                self.tr(
                    "Use Failover when the primary server %1 has failed or cannot be reached: the Replica "
                    "virtual machine on %2 takes over from the recovery point you choose, and changes made "
                    "on the primary after that point are lost. If %1 still works, use Planned Failover on "
                    "the primary instead: it sends the remaining changes first and loses nothing."
                ),
                p,
                r,
            )
        )
        self._planned_note.setText(
            fill(
                self.tr(
                    "%1 is prepared for planned failover on %2: all its changes have arrived, so the "
                    "latest recovery point loses no data."
                ),
                vm,
                p,
            )
        )
        self.start_box.setText(self.tr("&Start the Replica virtual machine after failover"))
        self.reverse_box.setText(self.tr("&Reverse the replication direction after failover"))
        self._warning_text.setText(
            fill(
                self.tr(
                    "%1 is still running on %2, and %2 answers. Failing over now starts a second copy while "
                    "the first one keeps running and changing: both copies diverge (split brain), and the "
                    "changes of one of them are lost. Shut %1 down on %2 or use Planned Failover instead."
                ),
                vm,
                p,
            )
        )
        self.accept_box.setText(
            self.tr("The primary virtual machine is cut off from its users; fail over anyway")
        )
        super().retranslate_ui()

    def _primary_text(self) -> str:
        return self._roles.primary or self._roles.primary_server or self.tr("the primary server")

    def _action_text(self) -> str:
        return self.tr("Fail Over &Anyway") if self._split_brain else self.tr("&Fail Over")

    async def _load(self) -> None:
        session = self._ctx.session(self._vm.host)
        if session is not None:
            await self.picker.load(session, self._vm.id)
        primary = self._ctx.session(self._roles.primary) if self._roles.primary else None
        if primary is not None:
            try:
                vm = await read_vm(primary, self._vm.id)
            except HvError:
                vm = None  # an unreachable primary is the usual reason for this dialog
            self._primary_prepared = bool(vm and vm.replication_state is S.PreparedForFailover)
            self._planned_note.setVisible(self._primary_prepared)
            self.reverse_box.setVisible(self._reversible())
        self._revalidate()

    def _on_picker_changed(self) -> None:
        self._revalidate()

    def _on_accept_box_toggled(self) -> None:
        self._revalidate()

    # Validation and the workflow -----------------------------------------------------------------

    def problem(self) -> str:
        if self._ctx.session(self._vm.host) is None:
            return fill(self.tr("hvgui is not connected to %1."), self._vm.host)
        if self.picker.loading:
            return self.tr("Loading recovery points…")
        if self.picker.load_error:
            return self.picker.loss.text()
        item = next(
            (i for i in replication_items(self._vm, self._relations) if i.action is Action.FAILOVER), None
        )
        if item is None:
            return self.tr("Only a Replica virtual machine can fail over here.")
        if not item.enabled and item.reason is not None:
            return labels.reason(item.reason)
        return ""

    def _summary_problem(self) -> str:
        if self._split_brain and not self.accept_box.isChecked():
            return self.tr("Confirm that the primary virtual machine is cut off, or cancel and shut it down.")
        return ""

    def make_workflow(self) -> UnplannedFailover:
        point = self.picker.point
        request = UnplannedFailoverRequest(
            vm_id=self._vm.id,
            vm_name=self._vm.name,
            replica_host=self._vm.host,
            primary_host=self._roles.primary if self._ctx.session(self._roles.primary) else "",
            recovery_point_id=point.id if point else None,
            recovery_point_name=point.name if point else "",
            start_after=self.start_box.isChecked(),
            accept_split_brain=self._split_brain and self.accept_box.isChecked(),
        )
        return UnplannedFailover(request, self._ctx.sessions(self._vm.host, self._roles.primary))

    def _reversible(self) -> bool:
        main = simple(self._relations)
        # Certificate replication needs the new primary's certificate: the wizard asks for it.
        return self._primary_prepared and main is not None and main.auth_type is AuthenticationType.Kerberos

    def _reverse(self) -> bool:
        return self._reversible() and self.reverse_box.isChecked()

    def make_workflows(self) -> list[AnyWorkflow]:
        chain: list[AnyWorkflow] = [self.make_workflow()]
        if self._reverse():
            request = ReverseReplicationRequest(
                vm_id=self._vm.id,
                vm_name=self._vm.name,
                new_primary_host=self._vm.host,
                old_primary_host=self._roles.primary,
                after=ReverseAfter.PLANNED,
            )
            chain.append(ReverseReplication(request, self._ctx.sessions(self._vm.host, self._roles.primary)))
        return chain

    def step_title(self, step: Step) -> str:
        if step.key == "reverse":
            return fill(
                self.tr("Reverse the replication direction: %1 replicates to %2"),
                step.host,
                self._roles.primary,
            )
        vm, r = self._vm.name, self._vm.host
        if step.key == "fail_over":
            point = self.picker.point
            which = self.picker.combo.currentText() if point else self.tr("the latest recovery point")
            return fill(self.tr("Fail over %1 on %2 to %3"), vm, r, which)
        if step.key == "start":
            return fill(self.tr("Start %1 on %2"), vm, r)
        return job_texts.step_title(step.key, step.title)

    def _consequences(self) -> str:
        text = self.picker.loss.text()
        return (
            text
            + " "
            + self.tr(
                "Afterwards, check the virtual machine. Then either keep this failover with Remove "
                "Recovery Points, or discard it with Cancel Failover (for example to choose another "
                "recovery point)."
            )
        )

    def _handled(self, error: HvError) -> bool:
        if not isinstance(error, SplitBrainWarning):
            return False
        # Nothing was done: back to the summary, with the danger explained and a box to tick.
        self._split_brain = True
        self._warning.setVisible(True)
        self.accept_box.setChecked(False)
        self.go_to(self.SUMMARY)
        return True

    def advice(self, step: Step, status: StepStatus) -> str:
        vm, r = self._vm.name, self._vm.host
        if step.key == "fail_over" and status is StepStatus.FAILED:
            return fill(self.tr("Nothing has changed on %1. Fix the cause and try again."), r)
        if step.key == "fail_over":
            return fill(
                self.tr(
                    "Refresh %1. If %2 shows “Failover complete”, do not fail over again: start it, then "
                    "Remove Recovery Points or Cancel Failover. Otherwise try again."
                ),
                r,
                vm,
            )
        return fill(
            self.tr(
                "%1 has failed over on %2 but did not start. Start it there yourself, then Remove "
                "Recovery Points or Cancel Failover."
            ),
            vm,
            r,
        )

    def success(self, result: object) -> tuple[str, str]:
        if self._reverse():
            return self.tr("Failover completed successfully."), fill(
                self.tr("%1 now belongs to %2 and replicates back to %3."),
                self._vm.name,
                self._vm.host,
                self._roles.primary,
            )
        return self.tr("Failover completed successfully."), self.tr(
            "Check the virtual machine now. When it is good, click Remove Recovery Points to complete the "
            "failover; to discard it, click Cancel Failover."
        )

    def _after_success(self, result: object) -> None:
        if self._reverse():
            return  # reversed: nothing to keep or discard any more
        self.remove_points_button = QPushButton(self.tr("&Remove Recovery Points…"))
        self.remove_points_button.clicked.connect(self._on_remove_points_button_clicked)
        self.cancel_failover_button = QPushButton(self.tr("Cancel &Failover…"))
        self.cancel_failover_button.clicked.connect(self._on_cancel_failover_button_clicked)
        self._add_follow_up(self.remove_points_button)
        self._add_follow_up(self.cancel_failover_button)

    def _on_remove_points_button_clicked(self) -> None:
        self._spawn(self._open_follow_up(remove=True))

    def _on_cancel_failover_button_clicked(self) -> None:
        self._spawn(self._open_follow_up(remove=False))

    async def _open_follow_up(self, *, remove: bool) -> None:
        from hvgui.ui.dialogs.simple import CancelFailoverDialog, RemoveRecoveryPointsDialog

        session = self._ctx.session(self._vm.host)
        vm = await read_vm(session, self._vm.id) if session else None
        if vm is None or vm.replication_mode is not ReplicationMode.Replica:
            return
        relations = await read_relations(session, vm) if session else []
        kind = RemoveRecoveryPointsDialog if remove else CancelFailoverDialog
        self.follow_up = kind(self.parentWidget(), self._ctx, vm, relations)
        self.follow_up.operation_finished.connect(self.operation_finished)
        self.follow_up.open()
        self.accept()

    @property
    def ready(self) -> bool:
        return not self.picker.loading

    def screenshot_states(self) -> Iterator[tuple[str, QWidget]]:
        self.picker.loading = False
        self.picker.retranslate_ui()
        yield from run_states(self)
        self._split_brain = True
        self._warning.setVisible(True)
        self.go_to(self.SUMMARY)
        yield "7-split-brain", self
