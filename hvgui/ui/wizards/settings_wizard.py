"""What Enable and Extend Replication share: one ReplicationSettings collected over the same pages."""

from __future__ import annotations

from hvgui.services.workflows.enable import InitialMethod, ReplicationSettings
from hvgui.ui import format
from hvgui.ui.format import fill
from hvgui.ui.wizards import texts
from hvgui.ui.wizards.base import ReplicationWizard
from hvgui.ui.wizards.page import PageId


class SettingsWizard(ReplicationWizard):
    def settings(self) -> ReplicationSettings:
        connection = self.typed_page(PageId.CONNECTION)
        frequency = self.typed_page(PageId.FREQUENCY)
        recovery = self.typed_page(PageId.RECOVERY)
        initial = self.typed_page(PageId.INITIAL)
        return ReplicationSettings(
            replica_server=self.draft.target_server,
            port=connection.port() or 0,
            auth=connection.auth(),
            certificate_thumbprint=connection.thumbprint(),
            compression=connection.compression(),
            frequency_sec=frequency.seconds(),
            recovery_history=recovery.recovery_history(),
            vss_hours=recovery.vss_hours(),
            initial=initial.method(),
            start_time=initial.start_time(),
            export_path=initial.export_path(),
        )

    def connection_row(self, settings: ReplicationSettings) -> str:
        text = fill(self.tr("%1, port %2"), texts.auth_name(settings.auth), str(settings.port))
        if settings.certificate_thumbprint:
            text += "\n" + self.tr("Certificate: %1").replace("%1", settings.certificate_thumbprint)
        text += "\n" + (
            self.tr("Data is compressed.") if settings.compression else self.tr("Data is not compressed.")
        )
        return text

    def initial_row(self, settings: ReplicationSettings) -> str:
        text = self.initial_label()
        size = self.initial_size()
        if size is not None:
            text += "\n" + self.tr("Size of the initial copy: %1").replace("%1", format.size(size))
        if settings.initial is InitialMethod.EXTERNAL_MEDIA:
            text += "\n" + self.tr(
                "Afterwards, take the media to %1 and import the copy there (Replication > Import Initial Replica)."
            ).replace("%1", self.draft.target_host)
        return text

    def settings_rows(self) -> list[tuple[str, str]]:
        settings = self.settings()
        return [
            (
                self.tr("Virtual machine:"),
                fill(self.tr("%1 on %2"), self.vm.name, self.vm.host),
            ),
            (self.tr("Replica server:"), self.target_row()),
            (self.tr("Connection:"), self.connection_row(settings)),
            (self.tr("Replication frequency:"), texts.frequency_name(settings.frequency_sec)),
            (
                self.tr("Recovery points:"),
                texts.recovery_points(settings.recovery_history, settings.vss_hours),
            ),
            (self.tr("Initial replication:"), self.initial_row(settings)),
        ]

    def initial_outcome(self) -> str:
        """The success sentence about the initial copy."""
        method = self.typed_page(PageId.INITIAL).method()
        if method is InitialMethod.SCHEDULED:
            return self.tr("The initial replication starts at the scheduled time.")
        if method is InitialMethod.EXTERNAL_MEDIA:
            return self.tr(
                "The initial copy is being saved to the external media. Take it to %1 and import it there with "
                "Replication > Import Initial Replica."
            ).replace("%1", self.draft.target_host)
        return self.tr(
            "The initial replication now runs in the background; the replication state of the virtual machine "
            "shows when it has finished."
        )
