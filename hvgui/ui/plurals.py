"""Texts with a count, in one QObject so that lupdate sees each as a plural (%n) message.

lupdate marks only tr() calls with a count as plural; module functions elsewhere call these.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from hvgui.hyperv.rules import Action


class Plurals(QObject):
    def selected_vms(self, count: int) -> str:
        return self.tr("%n selected virtual machine(s)", "", count)

    def bulk_question(self, action: Action, count: int) -> str:
        if action is Action.PAUSE:
            return self.tr("Pause replication of %n virtual machine(s)?", "", count)
        if action is Action.RESUME:
            return self.tr("Resume replication of %n virtual machine(s)?", "", count)
        return self.tr("Start a test failover of %n virtual machine(s)?", "", count)

    def bulk_success(self, action: Action, count: int) -> str:
        if action is Action.PAUSE:
            return self.tr("Replication of %n virtual machine(s) is paused.", "", count)
        if action is Action.RESUME:
            return self.tr("Replication of %n virtual machine(s) is resumed.", "", count)
        return self.tr("Test virtual machines were created for %n virtual machine(s).", "", count)

    def bulk_failed(self, count: int) -> str:
        return self.tr("%n of the selected virtual machines could not be handled.", "", count)

    def hours(self, count: int) -> str:
        return self.tr("%n hour(s)", "", count)

    def vms_selected(self, count: int) -> str:
        return self.tr("%n virtual machine(s) selected.", "", count)


def plurals() -> Plurals:
    return Plurals()
