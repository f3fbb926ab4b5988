"""Resume Replication (reference 4.4): resume, or resynchronize now or at a time, as the state allows.

"Resynchronization required" cannot simply resume: the dialog then offers only resynchronization,
which compares both copies block by block and is best scheduled outside business hours.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QButtonGroup, QDateTimeEdit, QHBoxLayout, QRadioButton, QVBoxLayout, QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.hyperv.model import ReplicationInfo
from hvgui.services.workflows import (
    ResumeReplication,
    ResumeRequest,
    Resynchronize,
    ResynchronizeRequest,
    Step,
    StepStatus,
)
from hvgui.services.workflows.common import MAX_SCHEDULE
from hvgui.services.workflows.pause import RESUMABLE, RESYNCABLE, RelationshipWorkflow
from hvgui.services.workflows.reads import extended, simple
from hvgui.ui import format as fmt
from hvgui.ui import labels
from hvgui.ui.dialogs.common import screenshot_states
from hvgui.ui.dialogs.common_widgets import fill, hint_label
from hvgui.ui.dialogs.simple import _VMDialog

__all__ = ["ResumeDialog", "screenshot_states"]


class ResumeDialog(_VMDialog):
    def _init(self) -> None:
        candidates = [simple(self._relations)]
        if self._vm.replication_mode is ReplicationMode.Replica:
            candidates.append(extended(self._relations))
        # The relationship that waits: a replica may extend replication and pause either hop.
        self._relation: ReplicationInfo | None = next(
            (r for r in candidates if r is not None and r.state in RESUMABLE | RESYNCABLE),
            candidates[0],
        )

    @property
    def _state(self) -> S:
        return self._relation.state if self._relation else S.Disabled

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._explain = hint_label("explain")
        layout.addWidget(self._explain)
        self.resume_radio = QRadioButton()
        self.resync_now_radio = QRadioButton()
        self.resync_at_radio = QRadioButton()
        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDateTime(QDateTime.currentDateTime().addSecs(3600 * 2))
        self.start_edit.dateTimeChanged.connect(self._revalidate)
        group = QButtonGroup(page)
        for radio in (self.resume_radio, self.resync_now_radio):
            group.addButton(radio)
            layout.addWidget(radio)
        group.addButton(self.resync_at_radio)
        row = QHBoxLayout()
        row.addWidget(self.resync_at_radio)
        row.addWidget(self.start_edit)
        row.addStretch(1)
        layout.addLayout(row)
        self._resync_note = hint_label("resync_note")
        layout.addWidget(self._resync_note)
        layout.addStretch(1)
        can_resume, can_resync = self._state in RESUMABLE, self._state in RESYNCABLE
        self.resume_radio.setEnabled(can_resume)
        self.resync_now_radio.setEnabled(can_resync)
        self.resync_at_radio.setEnabled(can_resync)
        self.start_edit.setEnabled(can_resync)
        (self.resume_radio if can_resume else self.resync_now_radio).setChecked(True)
        for radio in (self.resume_radio, self.resync_now_radio, self.resync_at_radio):
            radio.toggled.connect(self._revalidate)
        return page

    def retranslate_ui(self) -> None:
        vm, state = self._vm.name, self._state
        self.setWindowTitle(fill(self.tr("Resume Replication for %1"), vm))
        self._header.setText(fill(self.tr("Resume replication of %1 on %2"), vm, self._vm.host))
        if state is S.WaitingForStartResynchronize:
            explain = self.tr(
                "Replication needs a resynchronization: the copies on the two servers may differ, so Hyper-V "
                "cannot just send the collected changes. Resynchronize now or choose a time."
            )
        else:
            explain = fill(self.tr("Replication is: %1."), labels.replication_state(state))
        self._explain.setText(explain)
        self.resume_radio.setText(self.tr("&Resume replication (send the changes collected meanwhile)"))
        self.resync_now_radio.setText(self.tr("Resynchronize &now"))
        self.resync_at_radio.setText(self.tr("Resynchronize &at:"))
        self._resync_note.setText(
            self.tr(
                "Resynchronization compares the virtual hard disks on both servers block by block and sends "
                "the differences. It loads disks and network and can take hours, so outside business hours "
                "is best. It deletes all recovery points; new ones are created afterwards."
            )
        )
        super().retranslate_ui()

    def _start_time(self) -> datetime:
        return datetime.fromtimestamp(self.start_edit.dateTime().toSecsSinceEpoch(), UTC)

    def _resync(self) -> bool:
        return self.resync_now_radio.isChecked() or self.resync_at_radio.isChecked()

    def problem(self) -> str:
        if self._relation is None:
            return self.tr("The virtual machine is not replicated.")
        if self._state not in RESUMABLE | RESYNCABLE:
            return fill(
                self.tr("There is nothing to resume: replication is %1."),
                labels.replication_state(self._state),
            )
        if self.resync_at_radio.isChecked():
            now = datetime.now(UTC)
            when = self._start_time()
            if when <= now:
                return self.tr("The start time is in the past. Choose a time in the future.")
            if when > now + MAX_SCHEDULE:
                return self.tr("The start time is more than 7 days ahead; Hyper-V allows at most 7 days.")
        return super().problem()

    def _action_text(self) -> str:
        return self.tr("&Resynchronize") if self._resync() else self.tr("&Resume")

    def _consequences(self) -> str:
        if not self._resync():
            return self.tr("The changes collected on the primary server are sent to the Replica server.")
        if self.resync_at_radio.isChecked():
            return fill(
                self.tr("Resynchronization starts at %1. Until then the virtual machine is not protected."),
                fmt.when(self._start_time()),
            )
        return self.tr("Resynchronization starts now. All recovery points are deleted.")

    def make_workflow(self) -> RelationshipWorkflow:
        rel = self._relation.relationship if self._relation else RelationshipType.Simple
        vm, host = self._vm, self._vm.host
        sessions = self._ctx.sessions(host)
        if not self._resync():
            return ResumeReplication(
                ResumeRequest(vm_id=vm.id, vm_name=vm.name, host=host, relationship=rel), sessions
            )
        when = self._start_time() if self.resync_at_radio.isChecked() else None
        request = ResynchronizeRequest(
            vm_id=vm.id, vm_name=vm.name, host=host, relationship=rel, start_time=when
        )
        return Resynchronize(request, sessions)

    def step_title(self, step: Step) -> str:
        vm, host = self._vm.name, step.host
        if step.key == "resync" and self.resync_at_radio.isChecked():
            return fill(self.tr("Resynchronize %1 on %2 at %3"), vm, host, fmt.when(self._start_time()))
        if step.key == "resync":
            return fill(self.tr("Resynchronize %1 on %2 now"), vm, host)
        if step.key == "pause":
            return fill(self.tr("Pause replication of %1 on %2"), vm, host)
        return fill(self.tr("Resume replication of %1 on %2"), vm, host)

    def advice(self, step: Step, status: StepStatus) -> str:
        return fill(
            self.tr("Refresh %1. If replication is still paused or in error, fix the cause and try again."),
            step.host,
        )

    def success(self, result: object) -> tuple[str, str]:
        if self.resync_at_radio.isChecked():
            return self.tr("Resynchronization is scheduled."), ""
        if self._resync():
            return self.tr("Resynchronization has started."), ""
        return self.tr("Replication is resumed."), ""
