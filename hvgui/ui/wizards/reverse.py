"""Reverse Replication Wizard for <VM> (reference 5.3 step 4, 5.4 step 5): back to the old primary.

After a planned failover the old primary is prepared and replication just turns around. After an
unplanned one the old copy is outdated (and may have come back running): it must be turned off and
marked as Replica (Set-VMReplication -AsReplica) on the old primary before Hyper-V can reverse, and a
new initial replication follows. Hyper-V Manager cannot do that step; this wizard offers it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from hvgui.hyperv.enums import AuthenticationType, ReplicationState
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.services.workflows.enable import InitialMethod
from hvgui.services.workflows.reads import read_vm
from hvgui.services.workflows.reverse import ReverseAfter, ReverseReplication, ReverseReplicationRequest
from hvgui.ui import format
from hvgui.ui.format import fill
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.base import AnyWorkflow, ReplicationWizard
from hvgui.ui.wizards.context import WizardContext
from hvgui.ui.wizards.page import PageId, WizardPage
from hvgui.ui.wizards.pages_connection import ConnectionPage
from hvgui.ui.wizards.pages_finish import ProgressPage, SummaryPage
from hvgui.ui.wizards.pages_initial import InitialPage
from hvgui.ui.wizards.pages_server import BeforeYouBeginPage, ReplicaServerPage
from hvgui.ui.wizards.pages_settings import FREQUENCIES, FrequencyPage, RecoveryPage
from hvgui.ui.wizards.reverse_old import OldPrimaryPage


class ReverseReplicationWizard(ReplicationWizard):
    """vm: the failed-over VM on its new host; relation: its replication (mode Replica, failed over)."""

    kind = "reverse_replication"

    def __init__(
        self, parent: QWidget | None, ctx: WizardContext, vm: VMInfo, relation: ReplicationInfo
    ) -> None:
        self.after: ReverseAfter | None = None  # known once the old copy has been read
        self.old_copy: VMInfo | None = None
        super().__init__(parent, ctx, vm, relation)
        self.draft.source_server = relation.replica_server

    @property
    def info(self) -> ReplicationInfo:
        assert self.relation is not None
        return self.relation

    @property
    def old_host(self) -> str:
        return self.ctx.match(self.info.primary_server, self.draft.fqdns) or self.info.primary_server

    @property
    def unplanned(self) -> bool:
        return self.after is not ReverseAfter.PLANNED

    def _make_pages(self) -> list[WizardPage]:
        return [
            BeforeYouBeginPage(self),
            ReplicaServerPage(self),
            OldPrimaryPage(self),
            ConnectionPage(self),
            FrequencyPage(self),
            RecoveryPage(self),
            InitialPage(self),
            SummaryPage(self),
            ProgressPage(self),
        ]

    def flow(self) -> list[PageId]:
        settings = [PageId.CONNECTION, PageId.FREQUENCY, PageId.RECOVERY]
        if not self.unplanned:
            return [PageId.BEFORE, PageId.SERVER, *settings, PageId.SUMMARY, PageId.PROGRESS]
        return [
            PageId.BEFORE,
            PageId.SERVER,
            PageId.OLD_PRIMARY,
            *settings,
            PageId.INITIAL,
            PageId.SUMMARY,
            PageId.PROGRESS,
        ]

    def title_text(self) -> str:
        return self.tr("Reverse Replication Wizard for %1").replace("%1", self.vm.name)

    def commit_text(self) -> str:
        return self.tr("&Reverse Replication")

    def before_text(self) -> str:
        return fill(
            self.tr(
                "%1 has failed over to %2 and runs there, but nothing protects it yet. This wizard reverses "
                "replication: %2 becomes the primary server and replicates %1 back to %3, the old primary "
                "server.\n\n"
                "Before you begin, make sure that:\n"
                "•  %3 is running again and hvgui is connected to it;\n"
                "•  %3 is enabled as a Replica server and accepts replication from %2;\n"
                "•  the firewall of %3 allows inbound replication traffic.\n\n"
                "After an unplanned failover, the old copy on %3 is outdated: it must be turned off and marked "
                "as Replica first. Hyper-V Manager cannot do this step; this wizard does it for you, after "
                "asking. Nothing changes until you click Reverse Replication on the Summary page."
            ),
            self.vm.name,
            self.vm.host,
            self.old_host,
        )

    def server_intro(self) -> str:
        return fill(
            self.tr(
                "Replication is reversed towards the old primary server %1. The wizard checks that hvgui is "
                "connected to it, that it accepts replication from %2, and how the failover was done."
            ),
            self.old_host,
            self.vm.host,
        )

    def fixed_target(self) -> str:
        return self.old_host

    async def inspect_target(self, host: str) -> str:
        session = self.session(host)
        old = await read_vm(session, self.vm.id) if session is not None else None
        self.old_copy = old
        if old is None:
            self.after = None
            return fill(
                self.tr(
                    "%1 no longer has a copy of %2, so there is nothing to reverse to. Remove replication of %2 "
                    "on %3 and enable replication again instead."
                ),
                host,
                self.vm.name,
                self.vm.host,
            )
        self.after = (
            ReverseAfter.PLANNED
            if old.replication_state is ReplicationState.PreparedForFailover
            else ReverseAfter.UNPLANNED
        )
        self._update_page_list()
        return ""

    def target_status(self) -> str:
        if self.after is ReverseAfter.PLANNED:
            return self.tr(
                "The old copy on %1 is prepared for failover: this was a planned failover, and replication "
                "simply turns around."
            ).replace("%1", self.old_host)
        if self.after is ReverseAfter.UNPLANNED:
            return self.tr(
                "This was an unplanned failover: the old copy on %1 is outdated. The next page explains what "
                "happens to it."
            ).replace("%1", self.old_host)
        return ""

    def connection_editable(self) -> bool:
        return self.unplanned

    def default_compression(self) -> bool:
        return self.info.compression

    def connection_note(self) -> str:
        before = (
            self.tr(
                "Compression is pre-filled from the replication before the failover: the data was compressed."
            )
            if self.info.compression
            else self.tr(
                "Compression is pre-filled from the replication before the failover: the data was not compressed."
            )
        )
        if self.unplanned:
            return before
        return (
            self.tr("After a planned failover, the port and the authentication stay as before.")
            + " "
            + before
        )

    @property
    def original_frequency(self) -> int:
        # A value Hyper-V Manager never sets (or a host that did not say) falls back to its default.
        seconds = self.info.frequency_sec
        return seconds if seconds in FREQUENCIES else 300

    def default_frequency(self) -> int:
        return self.original_frequency

    def frequency_note(self) -> str:
        return texts.fill(
            self.tr(
                "Pre-filled from the replication before the failover: %1 sent the changes to %2 every %3. The "
                "reversed replication sends them from %2 to %1."
            ),
            self.old_host,
            self.vm.host,
            texts.frequency_name(self.original_frequency),
        )

    def default_recovery(self) -> tuple[int, int]:
        history = self.info.recovery_history if 0 < self.info.recovery_history <= 24 else 0
        vss = self.info.vss_hours if history and 0 < self.info.vss_hours <= 12 else 0
        return (history, vss)

    def recovery_note(self) -> str:
        return texts.fill(
            self.tr(
                "Pre-filled from the replication before the failover. The recovery points of the reversed "
                "replication are kept on %1, the new Replica server, and start with the first changes %2 sends."
            ),
            self.old_host,
            self.vm.host,
        )

    def offers_media(self) -> bool:
        return False

    def initial_note(self) -> str:
        return fill(
            self.tr(
                "The initial copy goes over the network from %1 to %2. It replaces the outdated copy on %2."
            ),
            self.vm.host,
            self.old_host,
        )

    def initial_label(self) -> str:
        page = self.typed_page(PageId.INITIAL)
        when = page.start_time()
        if page.method() is InitialMethod.SCHEDULED and when is not None:
            return fill(
                self.tr("Start the initial replication of %1 to %2 at %3"),
                self.vm.name,
                self.old_host,
                format.when(when),
            )
        return fill(self.tr("Start the initial replication of %1 to %2 now"), self.vm.name, self.old_host)

    def build_workflow(self) -> AnyWorkflow:
        connection = self.typed_page(PageId.CONNECTION)
        recovery = self.typed_page(PageId.RECOVERY)
        unplanned = self.unplanned
        auth = connection.auth()
        request = ReverseReplicationRequest(
            vm_id=self.vm.id,
            vm_name=self.vm.name,
            new_primary_host=self.vm.host,
            old_primary_host=self.draft.target_host or self.old_host,
            after=ReverseAfter.UNPLANNED if unplanned else ReverseAfter.PLANNED,
            old_primary_server=self.info.primary_server,
            new_primary_server=self.info.replica_server,
            port=connection.port() if unplanned else None,
            auth=auth if unplanned else None,
            certificate_thumbprint=connection.thumbprint() if auth is AuthenticationType.Certificate else "",
            compression=connection.compression(),
            start_time=self.typed_page(PageId.INITIAL).start_time() if unplanned else None,
            frequency_sec=self.typed_page(PageId.FREQUENCY).seconds(),
            recovery_history=recovery.recovery_history(),
            vss_hours=recovery.vss_hours(),
        )
        return ReverseReplication(request, self.ctx.sessions_for(self.vm.host, request.old_primary_host))

    def summary_rows(self) -> list[tuple[str, str]]:
        connection = self.typed_page(PageId.CONNECTION)
        seconds = self.typed_page(PageId.FREQUENCY).seconds()
        recovery = self.typed_page(PageId.RECOVERY)
        points = (recovery.recovery_history(), recovery.vss_hours())
        rows = [
            (
                self.tr("Virtual machine:"),
                fill(self.tr("%1, failed over to %2"), self.vm.name, self.vm.host),
            ),
            (
                self.tr("New Replica server:"),
                self.tr("%1 (the old primary server)").replace("%1", self.old_host),
            ),
            (
                self.tr("Failover:"),
                self.tr("unplanned: the old copy is replaced") if self.unplanned else self.tr("planned"),
            ),
            (
                self.tr("Connection:"),
                texts.fill(self.tr("%1, port %2"), texts.auth_name(connection.auth()), connection.port())
                + "\n"
                + self._with_original(
                    self._compression_text(connection.compression()),
                    self._compression_text(self.info.compression),
                    connection.compression() != self.info.compression,
                ),
            ),
            (
                self.tr("Replication frequency:"),
                self._with_original(
                    texts.frequency_name(seconds),
                    texts.frequency_name(self.original_frequency),
                    seconds != self.original_frequency,
                ),
            ),
            (
                self.tr("Recovery points:"),
                self._with_original(
                    texts.recovery_points(*points),
                    texts.recovery_points(*self.default_recovery()),
                    points != self.default_recovery(),
                ),
            ),
        ]
        if self.unplanned:
            rows.append((self.tr("Initial replication:"), self.initial_label()))
        return rows

    def _compression_text(self, compressed: bool) -> str:
        return self.tr("Data is compressed.") if compressed else self.tr("Data is not compressed.")

    def _with_original(self, chosen: str, original: str, changed: bool) -> str:
        """A changed setting shows what the replication had before the failover."""
        if not changed:
            return chosen
        return chosen + "\n" + texts.fill(self.tr("Before the failover: %1"), original.replace("\n", ", "))

    def running_text(self) -> str:
        return self.tr("Reversing replication of %1…").replace("%1", self.vm.name)

    def success_text(self) -> str:
        text = fill(
            self.tr("Replication of %1 is reversed: %2 now replicates it to %3."),
            self.vm.name,
            self.vm.host,
            self.old_host,
        )
        if not self.unplanned:
            return text + "\n" + self.tr("Replication continues where it stopped; no initial copy is needed.")
        if self.typed_page(PageId.INITIAL).method() is InitialMethod.SCHEDULED:
            return text + "\n" + self.tr("The initial replication starts at the scheduled time.")
        return (
            text
            + "\n"
            + self.tr(
                "The initial replication now runs in the background; the replication state of the virtual machine "
                "shows when it has finished."
            )
        )
