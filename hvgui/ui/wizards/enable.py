"""Enable Replication for <VM> (reference 6.3): from a not-replicated VM to a Replica server."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hvgui.hyperv.model import VMInfo
from hvgui.services.workflows.enable import EnableReplication, EnableReplicationRequest, InitialMethod
from hvgui.ui.format import fill
from hvgui.ui.wizards.base import AnyWorkflow
from hvgui.ui.wizards.context import WizardContext
from hvgui.ui.wizards.page import PageId, WizardPage, sizes_known
from hvgui.ui.wizards.pages_connection import ConnectionPage
from hvgui.ui.wizards.pages_finish import ProgressPage, SummaryPage
from hvgui.ui.wizards.pages_initial import InitialPage
from hvgui.ui.wizards.pages_server import BeforeYouBeginPage, ReplicaServerPage
from hvgui.ui.wizards.pages_settings import FrequencyPage, RecoveryPage, VhdPage
from hvgui.ui.wizards.settings_wizard import SettingsWizard


class EnableReplicationWizard(SettingsWizard):
    kind = "enable_replication"

    def __init__(self, parent: QWidget | None, ctx: WizardContext, vm: VMInfo) -> None:
        super().__init__(parent, ctx, vm, None)

    def _make_pages(self) -> list[WizardPage]:
        return [
            BeforeYouBeginPage(self),
            ReplicaServerPage(self),
            ConnectionPage(self),
            VhdPage(self),
            FrequencyPage(self),
            RecoveryPage(self),
            InitialPage(self),
            SummaryPage(self),
            ProgressPage(self),
        ]

    def title_text(self) -> str:
        return self.tr("Enable Replication for %1").replace("%1", self.vm.name)

    def commit_text(self) -> str:
        return self.tr("&Enable Replication")

    def before_text(self) -> str:
        return fill(
            self.tr(
                "This wizard sets up replication of %1 from %2 to a Replica server: %2 then sends every change "
                "to the Replica server, so that you can fail over to the copy there if %2 fails.\n\n"
                "Before you begin, make sure that:\n"
                "•  the Replica server is enabled as a Replica server and accepts replication from %2 "
                "(Hyper-V Settings > Replication Configuration);\n"
                "•  hvgui is connected to the Replica server as well;\n"
                "•  the firewall of the Replica server allows inbound replication traffic;\n"
                "•  the Replica server has enough storage for a copy of the virtual machine.\n\n"
                "The wizard checks these for you and says what to do when something is missing. Nothing "
                "changes until you click Enable Replication on the Summary page."
            ),
            self.vm.name,
            self.vm.host,
        )

    def server_intro(self) -> str:
        return fill(
            self.tr(
                "Choose the Replica server for %1. The wizard asks the server for its settings and checks that "
                "it accepts replication from %2."
            ),
            self.vm.name,
            self.vm.host,
        )

    def offers_existing(self) -> bool:
        return True

    def initial_size(self) -> int | None:
        if self.draft.disks is None:
            return None
        included = self.typed_page(PageId.VHDS).included()
        if not sizes_known(included):
            return None
        return int(sum(d.file_size for d in included)) or None

    def initial_note(self) -> str:
        return self.tr(
            "Over the network is simplest. Use external media when the copy is too large for the link, and an "
            "existing virtual machine when a copy of this one (restored from a backup) is already on the "
            "Replica server."
        )

    def build_workflow(self) -> AnyWorkflow:
        settings = self.settings()
        request = EnableReplicationRequest(
            vm_id=self.vm.id,
            vm_name=self.vm.name,
            primary_host=self.vm.host,
            replica_host=self.draft.target_host,
            settings=settings,
            primary_server=self.draft.source_server,
            excluded_vhd_paths=self.typed_page(PageId.VHDS).excluded_paths(),
        )
        sessions = self.ctx.sessions_for(self.vm.host, self.draft.target_host)
        return EnableReplication(request, sessions)

    def summary_rows(self) -> list[tuple[str, str]]:
        rows = self.settings_rows()
        vhds = self.typed_page(PageId.VHDS)
        included = [d.path for d in vhds.included()]
        text = "\n".join(included)
        if vhds.excluded_paths():
            text += "\n" + self.tr("Not replicated: %1").replace("%1", ", ".join(vhds.excluded_paths()))
        rows.insert(3, (self.tr("Virtual hard disks:"), text))
        return rows

    def running_text(self) -> str:
        return self.tr("Enabling replication of %1…").replace("%1", self.vm.name)

    def success_text(self) -> str:
        text = fill(
            self.tr("Replication of %1 from %2 to %3 is enabled."),
            self.vm.name,
            self.vm.host,
            self.draft.target_host,
        )
        extra = self.initial_outcome()
        if self.typed_page(PageId.INITIAL).method() is not InitialMethod.EXISTING_VM:
            extra += " " + self.tr(
                "Next: connect the network adapters of the Replica virtual machine to virtual switches on %1 "
                "(Hyper-V does not do this), and run a test failover once the initial replication has finished."
            ).replace("%1", self.draft.target_host)
        return text + "\n" + extra
