"""Planned Failover (reference 5.3, 6.4): the prerequisite checklist, reverse and start, Fail Over.

One list carries the whole story: the prerequisites hvgui checks when the dialog opens (turned off,
replica ready, old primary accepts the reverse direction), then the steps of the failover, each with
its live status. When a step fails the list shows where it stopped and the result says what to do.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hvgui.hyperv.enums import AuthenticationType, ReplicationHealth, VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.workflows import PlannedFailover, PlannedFailoverRequest, Step, StepStatus
from hvgui.services.workflows.reads import (
    simple,
)
from hvgui.ui import job_texts
from hvgui.ui.dialogs.common import DialogContext, OperationDialog, roles, run_states, screenshot_states
from hvgui.ui.dialogs.common_widgets import Checklist, Mark, Row, fill, hint_label
from hvgui.ui.dialogs.failover_planned_checks import PREREQUISITES, PlannedFailoverChecks

__all__ = ["PlannedFailoverDialog", "screenshot_states"]

_THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{40}$")


class PlannedFailoverDialog(OperationDialog):
    def __init__(
        self, parent: QWidget | None, ctx: DialogContext, vm: VMInfo, relations: Sequence[ReplicationInfo]
    ) -> None:
        super().__init__(parent, ctx)
        self._vm = vm
        self._roles = roles(ctx, vm, relations)
        main = simple(relations)
        self._auth = main.auth_type if main else AuthenticationType.Kerberos
        self._health = main.health if main else vm.replication_health
        self._power: VMState | None = None  # as read when the dialog opened
        self._checks: dict[str, tuple[Mark, str]] = {key: (Mark.CHECKING, "") for key in PREREQUISITES}
        self._loading = True
        self._reverse_touched = False
        self._setup_ui()
        self.retranslate_ui()
        self._spawn(self.check_prerequisites())

    # Form ------------------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._intro = hint_label("intro")
        layout.addWidget(self._intro)
        self._list_box = QGroupBox()
        box = QVBoxLayout(self._list_box)
        self.checklist = Checklist()
        box.addWidget(self.checklist)
        self._recheck_button = QPushButton()
        self._recheck_button.clicked.connect(self._on_recheck_button_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._recheck_button)
        box.addLayout(row)
        layout.addWidget(self._list_box)
        self.shut_down_box = QCheckBox()
        self.shut_down_box.setChecked(True)
        self.shut_down_box.toggled.connect(self._on_option_toggled)
        layout.addWidget(self.shut_down_box)
        self.reverse_box = QCheckBox()
        self.reverse_box.setChecked(True)
        self.reverse_box.toggled.connect(self._on_reverse_box_toggled)
        layout.addWidget(self.reverse_box)
        self._thumb_row = QWidget()
        thumb = QHBoxLayout(self._thumb_row)
        thumb.setContentsMargins(24, 0, 0, 0)
        self._thumb_label = QLabel()
        self.thumbprint_edit = QLineEdit()
        self.thumbprint_edit.textChanged.connect(self._on_option_toggled)
        thumb.addWidget(self._thumb_label)
        thumb.addWidget(self.thumbprint_edit, 1)
        self._thumb_row.setVisible(self._auth is AuthenticationType.Certificate)
        layout.addWidget(self._thumb_row)
        self.start_box = QCheckBox()
        self.start_box.setChecked(True)  # Hyper-V Manager's default (reference 5.3)
        self.start_box.toggled.connect(self._on_option_toggled)
        layout.addWidget(self.start_box)
        layout.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        vm, p, r = self._vm.name, self._vm.host, self._roles.replica or self._roles.replica_server
        self.setWindowTitle(fill(self.tr("Planned Failover for %1"), vm))
        self._header.setText(fill(self.tr("Planned failover of %1 from %2 to %3"), vm, p, r))
        self._intro.setText(
            self.tr(
                "A planned failover moves the virtual machine to its Replica server without losing data: "
                "it is shut down, the changes not yet replicated are sent, and the Replica virtual machine "
                "takes over. Use it for maintenance or when a disaster is expected. Your users cannot work "
                "with the virtual machine until it runs on the Replica server."
            )
        )
        self._list_box.setTitle(self.tr("Prerequisites and steps"))
        self._recheck_button.setText(self.tr("Check &again"))
        self.shut_down_box.setText(
            self.tr("Shut down the virtual machine first (through its operating system)")
        )
        self.reverse_box.setText(self.tr("&Reverse the replication direction after failover"))
        self.start_box.setText(self.tr("&Start the Replica virtual machine after failover"))
        self._thumb_label.setText(fill(self.tr("Certificate thumbprint of %1:"), r))
        self.thumbprint_edit.setPlaceholderText(self.tr("40 hexadecimal characters"))
        super().retranslate_ui()
        self._refresh_checklist()

    def _action_text(self) -> str:
        return self.tr("&Fail Over")

    # Prerequisites ---------------------------------------------------------------------------------

    async def check_prerequisites(self) -> None:
        """Read both hosts now (the inventory may be minutes old) and mark each prerequisite."""
        self._loading = True
        self._checks = {key: (Mark.CHECKING, "") for key in PREREQUISITES}
        self._refresh_checklist()
        checks = PlannedFailoverChecks(self._ctx, self._vm, self._roles, self._auth)
        self._checks = await checks.run()
        self._power = checks.power
        self.shut_down_box.setVisible(checks.power is VMState.Running)
        self._loading = False
        if not self._reverse_touched:
            self.reverse_box.blockSignals(True)
            self.reverse_box.setChecked(self._checks["check_reverse"][0] is Mark.OK)
            self.reverse_box.blockSignals(False)
        self._refresh_checklist()
        self._revalidate()

    def _on_recheck_button_clicked(self) -> None:
        self._spawn(self.check_prerequisites())

    def _on_option_toggled(self) -> None:
        self._refresh_checklist()
        self._revalidate()

    def _on_reverse_box_toggled(self) -> None:
        self._reverse_touched = True
        self._on_option_toggled()

    # The list --------------------------------------------------------------------------------------

    def _prereq_rows(self) -> list[Row]:
        vm, p, r = self._vm.name, self._vm.host, self._roles.replica or self._roles.replica_server
        titles = {
            "check_off": (fill(self.tr("%1 is turned off"), vm), p),
            "check_replica": (fill(self.tr("The Replica virtual machine on %1 can take over"), r), r),
            "check_reverse": (
                fill(self.tr("%1 accepts replication from %2 (to reverse the direction)"), p, r),
                p,
            ),
        }
        rows = []
        for key in PREREQUISITES:
            mark, note = self._checks[key]
            if key == "check_reverse" and not self.reverse_box.isChecked():
                mark, note = Mark.SKIPPED, self.tr("Replication will not be reversed.")
            if key == "check_off" and mark is Mark.WARNING and not self.shut_down_box.isChecked():
                mark = Mark.BLOCKED
            rows.append(Row(key, titles[key][0], titles[key][1], mark, note))
        return rows

    def _refresh_checklist(self) -> None:
        if not hasattr(self, "checklist"):
            return
        steps = self.make_workflow().plan() if self._roles.replica else []
        self.checklist.set_rows(
            [*self._prereq_rows(), *(Row(s.key, self.step_title(s), s.host) for s in steps)]
        )

    def _show_records(self, records: Sequence[Any], failure_note: str = "") -> None:
        """The progress list starts with the prerequisites, as Hyper-V Manager's dialog does."""
        super()._show_records(records, failure_note)
        started = any(r.status not in (StepStatus.PENDING, StepStatus.NOT_RUN) for r in records)
        prereqs = []
        for row in self._prereq_rows():
            if row.mark is Mark.SKIPPED:
                prereqs.append(row)
            elif started:
                prereqs.append(replace(row, mark=Mark.OK, note=""))
            elif isinstance(self.error, PreconditionFailed):
                prereqs.append(row)  # as checked when the dialog opened; the result says what failed
            else:
                prereqs.append(replace(row, mark=Mark.CHECKING, note=""))
        self._progress_list.set_rows([*prereqs, *self._progress_list.rows])

    # Validation and the workflow -----------------------------------------------------------------

    def problem(self) -> str:
        r = self._roles.replica
        if not r:
            return fill(
                self.tr("hvgui does not know the Replica server %1. Connect to it first."),
                self._roles.replica_server,
            )
        if self._loading:
            return self.tr("Checking the prerequisites…")
        for key in PREREQUISITES:
            mark, note = self._checks[key]
            if key == "check_reverse" and not self.reverse_box.isChecked():
                continue
            if mark in (Mark.BLOCKED, Mark.FAILED):
                return note or self.tr("A prerequisite is not met.")
        if self._power is VMState.Running and not self.shut_down_box.isChecked():
            return self.tr(
                "The virtual machine is running. Let hvgui shut it down first, or shut it down yourself and check again."
            )
        if self.reverse_box.isChecked() and self._checks["check_reverse"][0] is Mark.WARNING:
            return fill(
                self.tr("%1 Fix that first, or fail over without reversing the replication."),
                self._checks["check_reverse"][1],
            )
        if self._health is ReplicationHealth.Critical:
            return self.tr(
                "Replication is in Critical health. A planned failover needs healthy replication; fix the cause and resume replication first."
            )
        if self._needs_thumbprint() and not _THUMBPRINT.match(self.thumbprint_edit.text().strip()):
            return self.tr(
                "Reversing certificate-based replication needs the thumbprint of the new primary server's certificate (40 hexadecimal characters)."
            )
        return ""

    def _needs_thumbprint(self) -> bool:
        return self._auth is AuthenticationType.Certificate and self.reverse_box.isChecked()

    def make_workflow(self) -> PlannedFailover:
        request = PlannedFailoverRequest(
            vm_id=self._vm.id,
            vm_name=self._vm.name,
            primary_host=self._vm.host,
            replica_host=self._roles.replica,
            shut_down_first=self._power is not VMState.Off and self.shut_down_box.isChecked(),
            reverse=self.reverse_box.isChecked(),
            start_after=self.start_box.isChecked(),
            certificate_thumbprint=self.thumbprint_edit.text().strip() if self._needs_thumbprint() else "",
        )
        return PlannedFailover(request, self._ctx.sessions(self._vm.host, self._roles.replica))

    def step_title(self, step: Step) -> str:
        vm, p, r = self._vm.name, self._vm.host, self._roles.replica
        titles = {
            "shut_down": fill(self.tr("Shut down %1 on %2"), vm, p),
            "prepare": fill(self.tr("Send the data not yet replicated and prepare %1 for failover"), vm),
            "fail_over": fill(self.tr("Fail over to the Replica virtual machine on %1"), r),
            "reverse": fill(self.tr("Reverse the replication direction: %1 replicates to %2"), r, p),
            "start": fill(self.tr("Start %1 on %2"), vm, r),
        }
        return titles.get(step.key) or job_texts.step_title(step.key, step.title)

    def _consequences(self) -> str:
        vm, p, r = self._vm.name, self._vm.host, self._roles.replica
        text = fill(self.tr("%1 is unavailable to its users from the shutdown until it runs on %2."), vm, r)
        if not self.reverse_box.isChecked():
            text += " " + fill(
                self.tr("Without reversing, %1 on %2 is not protected by replication until you reverse it."),
                vm,
                r,
            )
        if not self.start_box.isChecked():
            text += " " + fill(self.tr("You start %1 on %2 yourself afterwards."), vm, r)
        return text + " " + fill(self.tr("%1 stays turned off on %2."), vm, p)

    def advice(self, step: Step, status: StepStatus) -> str:
        vm, p, r = self._vm.name, self._vm.host, self._roles.replica
        unsure = status in (StepStatus.UNKNOWN, StepStatus.DONE)
        if step.key == "shut_down":
            return fill(
                self.tr(
                    "Nothing else has changed. Shut %1 down from inside the guest or turn it off, then run the planned failover again."
                ),
                vm,
            )
        if step.key == "prepare":
            if unsure:
                return fill(
                    self.tr(
                        "Refresh %1. If %2 shows “Prepared for planned failover”, either cancel it (Cancel Failover on %1) and start it again, or fail over on %3 (Failover…). Otherwise start %2 on %1 again."
                    ),
                    p,
                    vm,
                    r,
                )
            return fill(
                self.tr("%1 is turned off on %2. Start it again there, or fix the cause and try again."),
                vm,
                p,
            )
        if step.key == "fail_over":
            if unsure:
                return fill(
                    self.tr(
                        "Refresh %1. If %2 shows “Failover complete” there, do not fail over again: reverse the replication on %1, or cancel the failover on %1 and then on %3. Otherwise %2 is prepared on %3: cancel there (Cancel Failover) and start it, or retry with Failover… on %1."
                    ),
                    r,
                    vm,
                    p,
                )
            return fill(
                self.tr(
                    "%1 is prepared for planned failover on %2 and cannot start there. Cancel it there (Cancel Failover) and start it, or retry with Failover… on %3."
                ),
                vm,
                p,
                r,
            )
        if step.key == "reverse":
            return fill(
                self.tr(
                    "%1 has failed over to %2, but replication was not reversed. Make %3 a Replica server that authorizes %2, then use Reverse Replication… on %2; or cancel the failover on %2 and on %3."
                ),
                vm,
                r,
                p,
            )
        return fill(
            self.tr("%1 has failed over. Refresh %2 and start it there yourself (it may already run)."), vm, r
        )

    def success(self, result: object) -> tuple[str, str]:
        vm, p, r = self._vm.name, self._vm.host, self._roles.replica
        if self.reverse_box.isChecked():
            done = fill(self.tr("%1 now belongs to %2 and replicates back to %3."), vm, r, p)
        else:
            done = fill(
                self.tr(
                    "Replication was not reversed: %1 on %2 is not protected. Use Reverse Replication… on %2 when %3 is ready."
                ),
                vm,
                r,
                p,
            )
        return self.tr("Failover completed successfully."), done

    def show_state(self, rows: Iterable[Row], **state: Any) -> None:
        """Simulated states show the prerequisites as passed, like a real run does."""
        checked = [
            replace(r, mark=r.mark if r.mark is Mark.SKIPPED else Mark.OK, note="")
            for r in self._prereq_rows()
        ]
        super().show_state([*checked, *rows], **state)

    @property
    def ready(self) -> bool:
        return not self._loading

    def screenshot_states(self) -> Iterator[tuple[str, QWidget]]:
        self._loading = False
        if all(m is Mark.CHECKING for m, _ in self._checks.values()):
            self._checks = {
                "check_off": (
                    Mark.WARNING,
                    PlannedFailoverChecks.running_note(),
                ),
                "check_replica": (Mark.OK, ""),
                "check_reverse": (Mark.OK, ""),
            }
            self._power = VMState.Running
        self._refresh_checklist()
        yield from run_states(self)
