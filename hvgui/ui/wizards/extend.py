"""Extend Replication for <VM> (reference 5.6): the Replica on B sends the changes on to a third server C."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.workflows.extend import ExtendReplication, ExtendReplicationRequest
from hvgui.ui.format import fill
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.base import AnyWorkflow
from hvgui.ui.wizards.context import WizardContext
from hvgui.ui.wizards.page import WizardPage
from hvgui.ui.wizards.pages_connection import ConnectionPage
from hvgui.ui.wizards.pages_finish import ProgressPage, SummaryPage
from hvgui.ui.wizards.pages_initial import InitialPage
from hvgui.ui.wizards.pages_server import BeforeYouBeginPage, ReplicaServerPage
from hvgui.ui.wizards.pages_settings import FrequencyPage, RecoveryPage
from hvgui.ui.wizards.settings_wizard import SettingsWizard

EXTENDED_FREQUENCIES = (300, 900)


class ExtendReplicationWizard(SettingsWizard):
    """vm: the Replica VM on its host; relation: its replication from the primary (Simple)."""

    kind = "extend_replication"

    def __init__(
        self, parent: QWidget | None, ctx: WizardContext, vm: VMInfo, relation: ReplicationInfo
    ) -> None:
        super().__init__(parent, ctx, vm, relation)
        # The extended Replica server must accept this host under the name the primary uses for it.
        self.draft.source_server = relation.replica_server

    @property
    def primary_host(self) -> str:
        assert self.relation is not None
        return self.ctx.match(self.relation.primary_server, self.draft.fqdns) or self.relation.primary_server

    @property
    def primary_frequency(self) -> int:
        return self.relation.frequency_sec if self.relation is not None else 300

    def _make_pages(self) -> list[WizardPage]:
        return [
            BeforeYouBeginPage(self),
            ReplicaServerPage(self),
            ConnectionPage(self),
            FrequencyPage(self),
            RecoveryPage(self),
            InitialPage(self),
            SummaryPage(self),
            ProgressPage(self),
        ]

    def title_text(self) -> str:
        return self.tr("Extend Replication for %1").replace("%1", self.vm.name)

    def commit_text(self) -> str:
        return self.tr("&Extend Replication")

    def before_text(self) -> str:
        return fill(
            self.tr(
                "This wizard extends the replication of %1: %2 receives its changes from %3 and will send them "
                "on to a third server, the extended Replica server. You then have a copy in a third place.\n\n"
                "Before you begin, make sure that:\n"
                "•  the extended Replica server is enabled as a Replica server and accepts replication from %2;\n"
                "•  hvgui is connected to it as well;\n"
                "•  its firewall allows inbound replication traffic, and it has enough storage for the copy.\n\n"
                "Extended replication sends changes every 5 or 15 minutes and creates no application-consistent "
                "recovery points. Nothing changes until you click Extend Replication on the Summary page."
            ),
            self.vm.name,
            self.vm.host,
            self.primary_host,
        )

    def server_intro(self) -> str:
        return fill(
            self.tr(
                "Choose the extended Replica server: the third server that receives %1 from %2. It cannot be "
                "%2 itself or the primary server %3."
            ),
            self.vm.name,
            self.vm.host,
            self.primary_host,
        )

    def excluded_hosts(self) -> set[str]:
        return {self.vm.host.lower(), self.primary_host.lower()}

    def excluded_reason(self, host: str) -> str:
        if host.lower() == self.primary_host.lower():
            return fill(
                self.tr("%1 is the primary server of %2. Extended replication goes to a third server."),
                host,
                self.vm.name,
            )
        return super().excluded_reason(host)

    def default_frequency(self) -> int:
        return max(300, self.primary_frequency)

    def frequency_note(self) -> str:
        return fill(
            self.tr(
                "%1 receives the changes from %2 every %3. Extended replication sends them on every 5 or 15 "
                "minutes, and not more often than they arrive."
            ),
            self.vm.host,
            self.primary_host,
            texts.frequency_name(self.primary_frequency),
        )

    def frequency_problem(self, seconds: int) -> str:
        if seconds not in EXTENDED_FREQUENCIES:
            return self.tr(
                "Extended replication sends changes every 5 or 15 minutes; 30 seconds is not possible."
            )
        if seconds < self.primary_frequency:
            return fill(
                self.tr(
                    "%1 receives the changes only every %2, so extended replication cannot send them more "
                    "often. Choose %2."
                ),
                self.vm.host,
                texts.frequency_name(self.primary_frequency),
            )
        return ""

    def offers_vss(self) -> bool:
        return False

    def recovery_note(self) -> str:
        return self.tr("Extended replication creates no application-consistent (VSS) recovery points.")

    def build_workflow(self) -> AnyWorkflow:
        request = ExtendReplicationRequest(
            vm_id=self.vm.id,
            vm_name=self.vm.name,
            replica_host=self.vm.host,
            extended_host=self.draft.target_host,
            settings=self.settings(),
        )
        return ExtendReplication(request, self.ctx.sessions_for(self.vm.host, self.draft.target_host))

    def summary_rows(self) -> list[tuple[str, str]]:
        rows = self.settings_rows()
        rows[0] = (
            self.tr("Virtual machine:"),
            fill(
                self.tr("Replica of %1 on %2 (primary server: %3)"),
                self.vm.name,
                self.vm.host,
                self.primary_host,
            ),
        )
        rows[1] = (self.tr("Extended Replica server:"), self.target_row())
        return rows

    def running_text(self) -> str:
        return self.tr("Extending replication of %1…").replace("%1", self.vm.name)

    def success_text(self) -> str:
        text = fill(
            self.tr("Replication of %1 is extended: %2 sends the changes it receives from %3 on to %4."),
            self.vm.name,
            self.vm.host,
            self.primary_host,
            self.draft.target_host,
        )
        return text + "\n" + self.initial_outcome()
