"""The words of each operation: the confirmation question, what will happen, and the success message.

Placeholders: %1 the VM, %2 the host it is on, %3 the other host (failover target, new replica).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.rules import Action
from hvgui.ui import labels
from hvgui.ui.format import fill
from hvgui.ui.plurals import plurals

_CTX = "Operation"

QUESTION = {
    Action.SHUT_DOWN: QT_TRANSLATE_NOOP("Operation", "Shut down the virtual machine %1 on %2?"),
    Action.TURN_OFF: QT_TRANSLATE_NOOP("Operation", "Turn off the virtual machine %1 on %2?"),
    Action.PAUSE: QT_TRANSLATE_NOOP("Operation", "Pause replication of %1 on %2?"),
    Action.RESUME: QT_TRANSLATE_NOOP("Operation", "Resume replication of %1 on %2?"),
    Action.REMOVE: QT_TRANSLATE_NOOP("Operation", "Remove replication of %1 on %2?"),
    Action.PLANNED_FAILOVER: QT_TRANSLATE_NOOP("Operation", "Fail over %1 from %2 to %3 (planned failover)?"),
    Action.FAILOVER: QT_TRANSLATE_NOOP("Operation", "Fail over %1 on %2 to the latest recovery point?"),
    Action.TEST_FAILOVER: QT_TRANSLATE_NOOP("Operation", "Start a test failover of %1 on %2?"),
    Action.STOP_TEST_FAILOVER: QT_TRANSLATE_NOOP("Operation", "Stop the test failover of %1 on %2?"),
    Action.CANCEL_FAILOVER: QT_TRANSLATE_NOOP("Operation", "Cancel the failover of %1 on %2?"),
    Action.REMOVE_RECOVERY_POINTS: QT_TRANSLATE_NOOP("Operation", "Remove the recovery points of %1 on %2?"),
    Action.REVERSE: QT_TRANSLATE_NOOP("Operation", "Reverse replication of %1 so that %2 replicates to %3?"),
}

NOTE = {
    Action.SHUT_DOWN: QT_TRANSLATE_NOOP("Operation", "The guest operating system is asked to shut down."),
    Action.TURN_OFF: QT_TRANSLATE_NOOP(
        "Operation", "Turning off is like pulling the power plug: data the guest has not saved is lost."
    ),
    Action.PAUSE: QT_TRANSLATE_NOOP(
        "Operation", "Changes are collected on the primary server and sent when replication resumes."
    ),
    Action.REMOVE: QT_TRANSLATE_NOOP(
        "Operation",
        "The virtual machine stays. Only the relationship on this server is removed; remove it on the "
        "other server too.",
    ),
    Action.PLANNED_FAILOVER: QT_TRANSLATE_NOOP(
        "Operation",
        "hvgui shuts the virtual machine down if it runs, sends the last changes, fails over to %3, "
        "reverses the replication direction and starts the virtual machine on %3.",
    ),
    Action.FAILOVER: QT_TRANSLATE_NOOP(
        "Operation",
        "The replica virtual machine is started on %2. Changes made on the primary server since the "
        "last replication are lost.",
    ),
    Action.TEST_FAILOVER: QT_TRANSLATE_NOOP(
        "Operation",
        "A test virtual machine is created from the latest recovery point and left turned off. "
        "Replication goes on.",
    ),
    Action.STOP_TEST_FAILOVER: QT_TRANSLATE_NOOP("Operation", "The test virtual machine is deleted."),
    Action.CANCEL_FAILOVER: QT_TRANSLATE_NOOP(
        "Operation",
        "A failed-over virtual machine is turned off and its changes are discarded; replication continues "
        "as before.",
    ),
    Action.REMOVE_RECOVERY_POINTS: QT_TRANSLATE_NOOP(
        "Operation",
        "This completes the failover: the other recovery points are deleted and the failover can no "
        "longer be cancelled.",
    ),
    Action.REVERSE: QT_TRANSLATE_NOOP(
        "Operation", "The old primary server becomes the replica server and receives the changes from now on."
    ),
}

SUCCESS = {
    Action.START: QT_TRANSLATE_NOOP("Operation", "%1 was started on %2."),
    Action.SHUT_DOWN: QT_TRANSLATE_NOOP("Operation", "%1 was shut down on %2."),
    Action.TURN_OFF: QT_TRANSLATE_NOOP("Operation", "%1 was turned off on %2."),
    Action.PAUSE: QT_TRANSLATE_NOOP("Operation", "Replication of %1 on %2 is paused."),
    Action.RESUME: QT_TRANSLATE_NOOP("Operation", "Replication of %1 on %2 is resumed."),
    Action.REMOVE: QT_TRANSLATE_NOOP("Operation", "Replication of %1 was removed on %2."),
    Action.PLANNED_FAILOVER: QT_TRANSLATE_NOOP("Operation", "%1 has failed over to %3."),
    Action.FAILOVER: QT_TRANSLATE_NOOP("Operation", "%1 has failed over on %2."),
    Action.TEST_FAILOVER: QT_TRANSLATE_NOOP("Operation", "The test virtual machine of %1 was created on %2."),
    Action.STOP_TEST_FAILOVER: QT_TRANSLATE_NOOP("Operation", "The test failover of %1 on %2 was stopped."),
    Action.CANCEL_FAILOVER: QT_TRANSLATE_NOOP("Operation", "The failover of %1 was cancelled."),
    Action.REMOVE_RECOVERY_POINTS: QT_TRANSLATE_NOOP("Operation", "The failover of %1 on %2 is complete."),
    Action.REVERSE: QT_TRANSLATE_NOOP("Operation", "Replication of %1 was reversed: %2 replicates to %3."),
    Action.VIEW_HEALTH: "",
}

DESTRUCTIVE = {
    Action.TURN_OFF,
    Action.REMOVE,
    Action.PLANNED_FAILOVER,
    Action.FAILOVER,
    Action.STOP_TEST_FAILOVER,
    Action.CANCEL_FAILOVER,
    Action.REMOVE_RECOVERY_POINTS,
    Action.REVERSE,
}


def _fill(text: str, vm: str, host: str, other: str) -> str:
    if not text:
        return ""
    return fill(QCoreApplication.translate(_CTX, text), vm, host, other)


def question(action: Action, vm: str, host: str, other: str = "") -> str:
    return _fill(str(QUESTION.get(action, "")), vm, host, other)


def note(action: Action, vm: str, host: str, other: str = "") -> str:
    return _fill(str(NOTE.get(action, "")), vm, host, other)


def success(action: Action, vm: str, host: str, other: str = "") -> str:
    return _fill(str(SUCCESS.get(action, "")), vm, host, other)


def title(action: Action, vm: str) -> str:
    """The operation's name for the jobs panel and dialogs: "Pause Replication: SQL01"."""
    return f"{labels.action(action).rstrip('…').rstrip('.')}: {vm}" if vm else labels.action(action)


def bulk_question(action: Action, count: int) -> str:
    return plurals().bulk_question(action, count)


def bulk_success(action: Action, count: int) -> str:
    return plurals().bulk_success(action, count)


def on_host(vm: str, host: str) -> str:
    """One line of a confirmation's list."""
    return fill(QCoreApplication.translate("Operation", "%1 on %2"), vm, host)


def later(action: Action) -> str:
    return QCoreApplication.translate(
        "Operation",
        "The dialog for “%1” comes with the next version of hvgui. Until then, use Hyper-V Manager or PowerShell.",
    ).replace("%1", labels.action(action))
