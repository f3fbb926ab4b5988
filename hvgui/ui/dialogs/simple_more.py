"""Import Initial Replica (reference 4.3, 6.2) and Remove Replication (4.6, 5.7)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from hvgui.hyperv.enums import RelationshipType, ReplicationMode
from hvgui.hyperv.enums import ReplicationState as S
from hvgui.services.workflows import (
    ImportInitialReplica,
    ImportInitialReplicaRequest,
    RemoveReplication,
    RemoveReplicationRequest,
    RemoveSide,
    Step,
    StepStatus,
)
from hvgui.services.workflows.reads import extended
from hvgui.ui import labels
from hvgui.ui.dialogs.common import run_states, screenshot_states
from hvgui.ui.dialogs.common_widgets import fill, hint_label
from hvgui.ui.dialogs.simple import _VMDialog

__all__ = ["ImportInitialReplicaDialog", "RemoveReplicationDialog", "screenshot_states"]

# A full path on the Windows host: a drive letter or a UNC share.
_WINDOWS_PATH = re.compile(r"^([A-Za-z]:\\|\\\\[^\\/]+\\[^\\/]+)")


class ImportInitialReplicaDialog(_VMDialog):
    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._explain = hint_label("explain")
        layout.addWidget(self._explain)
        form = QFormLayout()
        self._path_label = QLabel()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.textChanged.connect(self._revalidate)
        self._path_label.setBuddy(self.path_edit)
        form.addRow(self._path_label, self.path_edit)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        vm, host = self._vm.name, self._vm.host
        self.setWindowTitle(fill(self.tr("Import Initial Replica for %1"), vm))
        self._header.setText(fill(self.tr("Import the initial copy of %1 on %2"), vm, host))
        self._explain.setText(
            fill(
                self.tr(
                    "The primary server exported the initial copy into a folder named “%1_%2”. Bring it to "
                    "%3 (a local disk or a share the host can read) and enter the full path of that folder "
                    "as %3 sees it. Replication starts when the import completes."
                ),
                vm,
                self._vm.id,
                host,
            )
        )
        self._path_label.setText(self.tr("&Folder on the Replica server:"))
        self.path_edit.setPlaceholderText(fill(self.tr("for example E:\\Import\\%1_%2"), vm, self._vm.id))
        super().retranslate_ui()

    def _action_text(self) -> str:
        return self.tr("&Complete Initial Replication")

    def problem(self) -> str:
        path = self.path_edit.text().strip()
        if self._vm.replication_state is not S.WaitingForInitialReplication:
            return fill(
                self.tr("This virtual machine does not wait for an initial copy (it is: %1)."),
                labels.replication_state(self._vm.replication_state),
            )
        if not path:
            return self.tr("Enter the folder that holds the exported initial copy.")
        if not _WINDOWS_PATH.match(path):
            return self.tr(
                "Enter a full path as the host sees it, like E:\\Import\\… or \\\\server\\share\\…."
            )
        return super().problem()

    def screenshot_states(self) -> Iterator[tuple[str, QWidget]]:
        self.go_to(self.FORM)
        yield "0-empty", self
        self.path_edit.setText(f"E:\\Import\\{self._vm.name}_{self._vm.id}")
        yield from run_states(self)

    def make_workflow(self) -> ImportInitialReplica:
        request = ImportInitialReplicaRequest(
            vm_id=self._vm.id,
            vm_name=self._vm.name,
            replica_host=self._vm.host,
            path=self.path_edit.text().strip(),
        )
        return ImportInitialReplica(request, self._ctx.sessions(self._vm.host))

    def step_title(self, step: Step) -> str:
        return fill(self.tr("Import the initial copy from %1"), self.path_edit.text().strip())

    def advice(self, step: Step, status: StepStatus) -> str:
        return fill(
            self.tr(
                "Check the path: the folder is named “%1_%2” and must be readable by %3. Then try again."
            ),
            self._vm.name,
            self._vm.id,
            self._vm.host,
        )

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("The initial copy was imported."), self.tr("Replication continues over the network.")


@dataclass(frozen=True)
class _Side:
    key: str
    side: RemoveSide
    role: str  # "primary", "replica", "extended_link", "extended_replica"


class RemoveReplicationDialog(_VMDialog):
    """Which end or ends to remove; each checkbox says what happens there."""

    destructive = True

    def _init(self) -> None:
        r, vm = self._roles, self._vm
        sides: list[_Side] = []
        has_extended = (
            vm.replication_mode is ReplicationMode.Replica and extended(self._relations) is not None
        )
        if has_extended or (vm.replication_mode is ReplicationMode.ExtendedReplica and r.replica):
            sides.append(
                _Side("extended_link", RemoveSide(r.replica, RelationshipType.Extended), "extended_link")
            )
        if vm.replication_mode is ReplicationMode.ExtendedReplica or (has_extended and r.extended):
            sides.append(_Side("extended_replica", RemoveSide(r.extended), "extended_replica"))
        if vm.replication_mode is not ReplicationMode.ExtendedReplica:
            if r.primary:
                sides.append(_Side("primary", RemoveSide(r.primary), "primary"))
            if r.replica:
                sides.append(_Side("replica", RemoveSide(r.replica), "replica"))
        self._sides = sides
        self.boxes: dict[str, QCheckBox] = {}
        self._notes: dict[str, QLabel] = {}

    def _build_form(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._explain = hint_label("explain")
        layout.addWidget(self._explain)
        for side in self._sides:
            box = QCheckBox()
            box.setObjectName(f"side_{side.key}")
            connected = self._ctx.session(side.side.host) is not None
            box.setChecked(connected)
            box.setEnabled(connected)
            box.toggled.connect(self._revalidate)
            self.boxes[side.key] = box
            layout.addWidget(box)
            note = hint_label(f"note_{side.key}")
            note.setContentsMargins(24, 0, 0, 6)
            layout.addWidget(note)
            self._notes[side.key] = note
        layout.addStretch(1)
        return page

    def retranslate_ui(self) -> None:
        vm = self._vm.name
        self.setWindowTitle(fill(self.tr("Remove Replication for %1"), vm))
        self._header.setText(fill(self.tr("Remove replication of %1"), vm))
        self._explain.setText(
            self.tr(
                "Each server keeps its own end of the replication. Choose where to remove it; usually on "
                "all of them. No virtual machine is deleted."
            )
        )
        for side in self._sides:
            host = side.side.host
            box, note = self.boxes[side.key], self._notes[side.key]
            if side.role == "primary":
                box.setText(fill(self.tr("On %1 (primary server)"), host))
                note.setText(
                    fill(
                        self.tr("%1 stops tracking and sending changes. The virtual machine keeps running."),
                        host,
                    )
                )
            elif side.role == "replica":
                box.setText(fill(self.tr("On %1 (Replica server)"), host))
                note.setText(
                    fill(
                        self.tr(
                            "The Replica virtual machine stays on %1, turned off, with its disks. Delete it "
                            "yourself, or use it as the initial copy when you enable replication again."
                        ),
                        host,
                    )
                )
            elif side.role == "extended_link":
                box.setText(
                    fill(
                        self.tr("Extended replication from %1 to %2"),
                        host,
                        self._roles.extended or self._roles.extended_server,
                    )
                )
                note.setText(fill(self.tr("%1 stops sending changes to the extended Replica server."), host))
            else:
                box.setText(fill(self.tr("On %1 (extended Replica server)"), host))
                note.setText(
                    fill(self.tr("The extended Replica virtual machine stays on %1, turned off."), host)
                )
            if not box.isEnabled():
                box.setText(box.text() + " " + self.tr("(not connected)"))
        super().retranslate_ui()

    def _chosen(self) -> list[_Side]:
        return [s for s in self._sides if self.boxes[s.key].isChecked()]

    def _action_text(self) -> str:
        return self.tr("&Remove Replication")

    def problem(self) -> str:
        chosen = {s.key for s in self._chosen()}
        if not chosen:
            return self.tr("Choose at least one server to remove replication on.")
        if "replica" in chosen and "extended_link" in self.boxes and "extended_link" not in chosen:
            return self.tr(
                "The Replica server also sends to an extended Replica server. Remove the extended "
                "replication too, or keep the Replica side."
            )
        return ""

    def _consequences(self) -> str:
        left = [
            s.side.host for s in self._sides if s not in self._chosen() and s.role in ("primary", "replica")
        ]
        if left:
            return fill(
                self.tr(
                    "Replication stays configured on %1; that end will report errors until you remove it there too."
                ),
                ", ".join(left),
            )
        return ""

    def make_workflow(self) -> RemoveReplication:
        sides = tuple(s.side for s in self._chosen())
        request = RemoveReplicationRequest(vm_id=self._vm.id, vm_name=self._vm.name, sides=sides)
        return RemoveReplication(request, self._ctx.sessions(*(s.host for s in sides)))

    def step_title(self, step: Step) -> str:
        if "_extended_" in step.key:
            return fill(self.tr("Remove the extended replication of %1 on %2"), self._vm.name, step.host)
        return fill(self.tr("Remove replication of %1 on %2"), self._vm.name, step.host)

    def advice(self, step: Step, status: StepStatus) -> str:
        return fill(self.tr("Refresh %1 and remove replication there again if it is still shown."), step.host)

    def success(self, result: object) -> tuple[str, str]:
        return self.tr("Replication was removed."), ""
