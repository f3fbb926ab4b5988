"""Prepare the Old Primary: the step after an unplanned failover that Hyper-V Manager cannot do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout

from hvgui.hyperv.enums import ReplicationMode, VMState
from hvgui.ui import labels
from hvgui.ui.format import fill
from hvgui.ui.wizards.page import PageId, WizardPage

if TYPE_CHECKING:
    from hvgui.ui.wizards.reverse import ReverseReplicationWizard


class OldPrimaryPage(WizardPage):
    page_id = PageId.OLD_PRIMARY

    def __init__(self, wizard: object) -> None:
        super().__init__(wizard)  # type: ignore[arg-type]
        self._setup_ui()

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        self._state = QLabel(self)
        self._state.setObjectName("oldCopyState")
        self._state.setWordWrap(True)
        layout.addWidget(self._state)
        self._explain = QLabel(self)
        self._explain.setObjectName("oldCopyExplain")
        self._explain.setWordWrap(True)
        layout.addWidget(self._explain)
        self._confirm = QCheckBox(self)
        self._confirm.setObjectName("confirmOldCopy")
        self._confirm.toggled.connect(self._on_confirm_toggled)
        self.registerField("prepare_old_primary", self._confirm)
        layout.addWidget(self._confirm)
        self.add_note(layout)

    @property
    def reverse(self) -> ReverseReplicationWizard:
        from hvgui.ui.wizards.reverse import ReverseReplicationWizard  # it imports this module

        wizard = self.owner
        assert isinstance(wizard, ReverseReplicationWizard)
        return wizard

    def _names(self, text: str) -> str:
        wizard = self.reverse
        return fill(text, wizard.vm.name, wizard.old_host, wizard.vm.host)

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Prepare the Old Primary Server"))
        self.setSubTitle(self.tr("Turn off the outdated copy and make it the Replica."))
        old = self.reverse.old_copy
        if old is not None:
            state = labels.vm_state(old.state)
            role = labels.replication_mode(old.replication_mode)
            if old.replication_mode is not ReplicationMode.NONE:
                role += ", " + labels.replication_state(old.replication_state)
            self._state.setText(
                fill(
                    self.tr("The old copy of %1 on %2 is now: %3 (%4)."),
                    self.reverse.vm.name,
                    self.reverse.old_host,
                    state,
                    role,
                )
            )
        if self.done_already():
            self._explain.setText(
                self._names(
                    self.tr(
                        "It is already turned off and marked as Replica, so nothing needs to be done on %2. "
                        "The wizard skips this step."
                    )
                )
            )
        else:
            self._explain.setText(
                self._names(
                    self.tr(
                        "The failover to %3 was unplanned, so this copy on %2 is outdated. Before %3 can "
                        "replicate to %2, the old copy must be:\n"
                        "1.  turned off (if it is running, like pulling the plug; anything changed in it since "
                        "the failover is lost), and\n"
                        "2.  marked as Replica of %3 (Set-VMReplication -AsReplica on %2).\n\n"
                        "Hyper-V Manager cannot do this step; hvgui does it on %2 when you tick the box. The "
                        "outdated copy is then overwritten by the initial replication from %3."
                    )
                )
            )
        self._confirm.setText(self._names(self.tr("&Turn off %1 on %2 and mark it as the Replica")))
        self._confirm.setVisible(not self.done_already())

    def initializePage(self) -> None:  # noqa: N802 (Qt override)
        self.retranslate_ui()
        self.revalidate()

    def done_already(self) -> bool:
        old = self.reverse.old_copy
        return (
            old is not None and old.state is VMState.Off and old.replication_mode is ReplicationMode.Replica
        )

    def hint(self) -> str:
        if self.done_already() or self._confirm.isChecked():
            return ""
        old = self.reverse.old_copy
        if old is not None and old.state is not VMState.Off:
            return self._names(
                self.tr(
                    "%1 is still running on %2. Hyper-V can reverse replication only after this step: tick the "
                    "box, or turn it off and mark it as Replica yourself, then run the wizard again."
                )
            )
        return self._names(
            self.tr(
                "Hyper-V can reverse replication only after this step: tick the box, or mark the old copy as "
                "Replica yourself, then run the wizard again."
            )
        )

    def _on_confirm_toggled(self, _checked: bool) -> None:
        self.revalidate()
