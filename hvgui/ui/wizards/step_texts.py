"""Workflow steps and what to do after one stopped, in the user's language, keyed by the step's key.

The services word their steps and advice in English for the audit log; these say the same facts.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from hvgui.services.workflows.base import Step, StepStatus
from hvgui.services.workflows.enable import InitialMethod
from hvgui.ui import format, job_texts
from hvgui.ui.wizards.texts import fill


def initial_title(vm: str, method: InitialMethod, when: datetime | None, path: str) -> str:
    if method is InitialMethod.SCHEDULED:
        return fill(
            QCoreApplication.translate("WizardText", "Schedule the initial replication of %1 for %2"),
            vm,
            format.when(when),
        )
    if method is InitialMethod.EXTERNAL_MEDIA:
        return fill(QCoreApplication.translate("WizardText", "Export the initial copy of %1 to %2"), vm, path)
    if method is InitialMethod.EXISTING_VM:
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "Start the initial replication of %1 from the existing copy on the Replica server",
            ),
            vm,
        )
    return fill(
        QCoreApplication.translate("WizardText", "Start the initial replication of %1 over the network"), vm
    )


def step_title(kind: str, step: Step, vm: str, target: str, initial: str) -> str:
    """The translated title of a workflow step; target: the receiving server; initial: initial_title()."""
    key = step.key
    if key == "test_connection":
        return fill(
            QCoreApplication.translate("WizardText", "Test the connection to the Replica server %1"), target
        )
    if key == "initial":
        return (
            fill(QCoreApplication.translate("WizardText", "%1 (extended replication)"), initial)
            if kind == "extend_replication"
            else initial
        )
    if kind == "enable_replication":
        if key == "mark_existing":
            return fill(
                QCoreApplication.translate("WizardText", "Mark the existing copy of %1 as its Replica"), vm
            )
        if key == "enable":
            return fill(
                QCoreApplication.translate("WizardText", "Enable replication of %1 to %2"), vm, target
            )
    if kind == "extend_replication" and key == "enable":
        return fill(
            QCoreApplication.translate("WizardText", "Enable extended replication of %1 to %2"), vm, target
        )
    if kind == "reverse_replication":
        if key == "turn_off_old":
            return fill(QCoreApplication.translate("WizardText", "Turn off the outdated copy of %1"), vm)
        if key == "mark_replica":
            return fill(
                QCoreApplication.translate(
                    "WizardText", "Mark the old copy of %1 as Replica (Set-VMReplication -AsReplica)"
                ),
                vm,
            )
        if key == "reverse":
            return fill(
                QCoreApplication.translate(
                    "WizardText", "Reverse replication of %1: from now on it replicates to %2"
                ),
                vm,
                target,
            )
    return job_texts.step_title(step.key, step.title)


def advice(kind: str, step: Step, status: StepStatus, vm: str, source: str, target: str) -> str:
    """What to do after the workflow stopped at step (mirrors the workflows' own advice)."""
    key, failed = step.key, status is StepStatus.FAILED
    if kind == "enable_replication":
        if key == "mark_existing":
            return fill(
                QCoreApplication.translate(
                    "WizardText",
                    "Refresh %1. If the copy shows as Replica, run the wizard again; otherwise fix the cause.",
                ),
                target,
            )
        if key == "test_connection" or (key == "enable" and failed):
            return fill(
                QCoreApplication.translate("WizardText", "Nothing has changed. Fix the cause and try again.")
            )
        if key == "enable":
            return fill(
                QCoreApplication.translate(
                    "WizardText",
                    "Refresh both hosts. If %1 shows as primary on %2, start the initial replication from its "
                    "Replication menu; otherwise try again.",
                ),
                vm,
                source,
            )
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "Replication of %1 is enabled, but the initial replication has not started. Start it from the "
                "Replication menu on %2, or remove replication on both hosts.",
            ),
            vm,
            source,
        )
    if kind == "extend_replication":
        if key == "test_connection" or (key == "enable" and failed):
            return fill(
                QCoreApplication.translate("WizardText", "Nothing has changed. Fix the cause and try again.")
            )
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "Refresh %1. If the extended replication exists, start its initial replication from the "
                "Replication menu, or remove the extended replication.",
            ),
            source,
        )
    if key == "turn_off_old":
        return fill(
            QCoreApplication.translate(
                "WizardText", "Turn off %1 on %2 yourself (it is the outdated copy), then reverse again."
            ),
            vm,
            target,
        )
    if key == "mark_replica":
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "Refresh %1. %2 is turned off there. If it shows as Replica waiting for initial replication, "
                "reverse again (the wizard skips this step); otherwise fix the cause and try again.",
            ),
            target,
            vm,
        )
    if key == "reverse":
        return fill(
            QCoreApplication.translate(
                "WizardText",
                "%1 has failed over to %2 and is not protected. Refresh both hosts; if %2 shows it as primary, "
                "start the initial replication there, otherwise fix the cause and reverse again.",
            ),
            vm,
            source,
        )
    return fill(
        QCoreApplication.translate(
            "WizardText",
            "Replication of %1 is reversed, but the initial replication to %2 has not started. Start it from "
            "the Replication menu on %3.",
        ),
        vm,
        target,
        source,
    )
