"""Jobs and their steps in the user's language, from the services' stable keys.

The services title their jobs and steps in English for the audit log. Where the window shows them
(the jobs panel's list, its step tree, the audit panel), the title is looked up here by the
workflow's kind and the step's key; an unknown key falls back to the English title rather than
showing nothing. tests/ui/test_job_texts.py checks that every key the services use is known here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.ui.format import fill

_CONTEXT = "JobTexts"

# %1 is the virtual machine's name.
KIND_TITLES: dict[str, object] = {
    "enable_replication": QT_TRANSLATE_NOOP("JobTexts", "Enable replication of %1"),
    "import_initial_replica": QT_TRANSLATE_NOOP("JobTexts", "Import the initial copy of %1"),
    "extend_replication": QT_TRANSLATE_NOOP("JobTexts", "Extend replication of %1"),
    "unplanned_failover": QT_TRANSLATE_NOOP("JobTexts", "Failover of %1"),
    "cancel_failover": QT_TRANSLATE_NOOP("JobTexts", "Cancel the failover of %1"),
    "complete_failover": QT_TRANSLATE_NOOP("JobTexts", "Complete the failover of %1"),
    "measure_replication": QT_TRANSLATE_NOOP("JobTexts", "Replication health of %1"),
    "reset_statistics": QT_TRANSLATE_NOOP("JobTexts", "Reset the replication statistics of %1"),
    "recovery_points": QT_TRANSLATE_NOOP("JobTexts", "Recovery points of %1"),
    "pause_replication": QT_TRANSLATE_NOOP("JobTexts", "Pause replication of %1"),
    "resume_replication": QT_TRANSLATE_NOOP("JobTexts", "Resume replication of %1"),
    "resynchronize": QT_TRANSLATE_NOOP("JobTexts", "Resynchronize %1"),
    "planned_failover": QT_TRANSLATE_NOOP("JobTexts", "Planned failover of %1"),
    "remove_replication": QT_TRANSLATE_NOOP("JobTexts", "Remove replication of %1"),
    "reverse_replication": QT_TRANSLATE_NOOP("JobTexts", "Reverse replication of %1"),
    "replica_server_settings": QT_TRANSLATE_NOOP("JobTexts", "Replication configuration of %1"),
    "test_failover": QT_TRANSLATE_NOOP("JobTexts", "Test failover of %1"),
    "stop_test_failover": QT_TRANSLATE_NOOP("JobTexts", "Stop the test failover of %1"),
}

# The power workflow's kind is one; its request's action says which.
POWER_TITLES: dict[str, object] = {
    "start": QT_TRANSLATE_NOOP("JobTexts", "Start %1"),
    "shut_down": QT_TRANSLATE_NOOP("JobTexts", "Shut down %1"),
    "turn_off": QT_TRANSLATE_NOOP("JobTexts", "Turn off %1"),
}

# Step keys; the step tree has a Host column, so the titles need not name the host.
STEP_TITLES: dict[str, object] = {
    "start": QT_TRANSLATE_NOOP("JobTexts", "Start the virtual machine"),
    "shut_down": QT_TRANSLATE_NOOP("JobTexts", "Shut down the virtual machine"),
    "turn_off": QT_TRANSLATE_NOOP("JobTexts", "Turn off the virtual machine"),
    "mark_existing": QT_TRANSLATE_NOOP("JobTexts", "Mark the existing copy as the replica"),
    "test_connection": QT_TRANSLATE_NOOP("JobTexts", "Test the connection to the Replica server"),
    "enable": QT_TRANSLATE_NOOP("JobTexts", "Enable replication"),
    "initial": QT_TRANSLATE_NOOP("JobTexts", "Start the initial replication"),
    "import": QT_TRANSLATE_NOOP("JobTexts", "Import the initial copy"),
    "fail_over": QT_TRANSLATE_NOOP("JobTexts", "Fail over"),
    "cancel_replica": QT_TRANSLATE_NOOP("JobTexts", "Cancel the failover on the Replica server"),
    "cancel_primary": QT_TRANSLATE_NOOP("JobTexts", "Cancel the planned failover on the primary server"),
    "complete": QT_TRANSLATE_NOOP("JobTexts", "Complete the failover (deletes the other recovery points)"),
    "measure": QT_TRANSLATE_NOOP("JobTexts", "Measure the replication health"),
    "reset": QT_TRANSLATE_NOOP("JobTexts", "Reset the replication statistics"),
    "list": QT_TRANSLATE_NOOP("JobTexts", "List the recovery points"),
    "pause": QT_TRANSLATE_NOOP("JobTexts", "Pause replication"),
    "resume": QT_TRANSLATE_NOOP("JobTexts", "Resume replication"),
    "resync": QT_TRANSLATE_NOOP("JobTexts", "Resynchronize"),
    "prepare": QT_TRANSLATE_NOOP("JobTexts", "Send the last changes and prepare for failover"),
    "reverse": QT_TRANSLATE_NOOP("JobTexts", "Reverse replication"),
    "turn_off_old": QT_TRANSLATE_NOOP("JobTexts", "Turn off the old copy"),
    "mark_replica": QT_TRANSLATE_NOOP("JobTexts", "Mark the old copy as the replica"),
    "server": QT_TRANSLATE_NOOP("JobTexts", "Apply the Replica server settings"),
    "create": QT_TRANSLATE_NOOP("JobTexts", "Create the test virtual machine"),
    "stop": QT_TRANSLATE_NOOP("JobTexts", "Stop the test failover (deletes the test virtual machine)"),
}

# Keys that carry a name after a fixed prefix: remove_<relationship>_<host>, add_entry_<server>...
PREFIXED_STEP_TITLES: dict[str, object] = {
    "remove_simple_": QT_TRANSLATE_NOOP("JobTexts", "Remove replication"),
    "remove_extended_": QT_TRANSLATE_NOOP("JobTexts", "Remove extended replication"),
    "remove_entry_": QT_TRANSLATE_NOOP("JobTexts", "Remove the authorization entry for %1"),
    "change_entry_": QT_TRANSLATE_NOOP("JobTexts", "Change the authorization entry for %1"),
    "add_entry_": QT_TRANSLATE_NOOP("JobTexts", "Authorize %1 as a primary server"),
}

CHECKING = QT_TRANSLATE_NOOP("JobTexts", "Checking preconditions")


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text unchanged.
    return QCoreApplication.translate(_CONTEXT, str(text))


def job_title(kind: str, vm_name: str, request: Mapping[str, Any] | None = None, fallback: str = "") -> str:
    """The operation as the jobs and audit panels name it; fallback (English) if the kind is unknown."""
    template = KIND_TITLES.get(kind)
    if kind == "power" and request is not None:
        template = POWER_TITLES.get(str(request.get("action", "")))
    if template is None:
        return fallback
    return fill(_tr(template), vm_name)


def step_title(key: str, fallback: str = "") -> str:
    """A step by its key; "" (no step yet) reads as the check before the first step."""
    if not key:
        return _tr(CHECKING)
    if key in STEP_TITLES:
        return _tr(STEP_TITLES[key])
    for prefix, template in PREFIXED_STEP_TITLES.items():
        if key.startswith(prefix):
            return fill(_tr(template), key.removeprefix(prefix))
    return fallback
