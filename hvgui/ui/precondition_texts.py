"""Why an operation cannot be done now, in the user's language, from the services' reason keys.

The workflows check before they act and raise PreconditionFailed with an English detail for the
logs and the audit log; with it go a stable reason key and the arguments (hvgui.hyperv.errors
.Message). Where the window shows such a failure it takes the words from here: the key's template,
translated, filled with the arguments. Arguments that are words themselves (a menu rule's reason,
"the initial replication", a replication state) are Messages and are said here too. An unknown key
falls back to the English detail. tests/ui/test_precondition_texts.py checks that every key the
services use has a template here with as many placeholders.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.enums import (
    AuthenticationType,
    ReplicationMode,
    ReplicationState,
    ServerAuthenticationType,
    VMState,
)
from hvgui.hyperv.errors import Message, PreconditionFailed
from hvgui.ui import labels
from hvgui.ui.format import fill

_CONTEXT = "PreconditionTexts"

# Keys whose one argument-free Message names an enum member (its template is the member's name).
ENUM_KEYS = frozenset(
    {
        "replication_state",
        "replication_mode",
        "vm_state",
        "authentication_type",
        "server_authentication_type",
    }
)

# Where a state or role is an argument, the sentence quotes the name the lists show for it.
TEMPLATES: dict[str, object] = {
    "not_connected": QT_TRANSLATE_NOOP("PreconditionTexts", "Connect to %1 first; this operation needs it."),
    "vm_on_host": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 on %2"),
    "start_time_missing": QT_TRANSLATE_NOOP("PreconditionTexts", "Choose the time at which %1 should start."),
    "start_time_no_zone": QT_TRANSLATE_NOOP("PreconditionTexts", "The start time for %1 needs a time zone."),
    "start_time_past": QT_TRANSLATE_NOOP("PreconditionTexts", "The start time for %1 is in the past."),
    "start_time_too_late": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The start time for %1 is more than 7 days ahead; Hyper-V allows at most 7."
    ),
    "vm_on_host_extended": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 on %2 (extended replication)"),
    "frequency": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The replication frequency must be one of 30, 300, 900 seconds."
    ),
    "recovery_history": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Additional recovery points cover 0 to 24 hours."
    ),
    "vss_points": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Application-consistent points need additional recovery points, come every 1 to 12 hours, and are not available for extended replication.",
    ),
    "port_range": QT_TRANSLATE_NOOP("PreconditionTexts", "The port must be between 1 and 65535."),
    "certificate_thumbprint": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Certificate authentication needs a certificate thumbprint, and Kerberos none."
    ),
    "export_folder_missing": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Choose the folder the initial copy is exported to."
    ),
    "existing_copy_needs_primary": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Using an existing copy on the Replica server needs the primary server's name."
    ),
    "already_replicated": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "%1 on %2 is already replicated (role: %3)."
    ),
    "import_folder_missing": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Choose the folder that holds the exported initial copy."
    ),
    "not_waiting_for_import": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "%1 on %2 does not wait for an initial copy (role: %3, state: %4)."
    ),
    "frequency_extended": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The replication frequency must be one of 300, 900 seconds."
    ),
    "initial_replication": QT_TRANSLATE_NOOP("PreconditionTexts", "the initial replication"),
    "no_existing_copy": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 has no copy of %2 with the same Id."),
    "existing_copy_not_off": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The copy of %1 on %2 must be turned off."
    ),
    "same_id_exists": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 already has a virtual machine with the Id of %2. Use it as the initial copy, or remove it first.",
    ),
    "existing_copy_replicated": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The copy of %1 on %2 is replicated itself."
    ),
    "reason_vm_not_running": QT_TRANSLATE_NOOP("PreconditionTexts", "the virtual machine is not running"),
    "reason_vm_already_running": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "the virtual machine is already running"
    ),
    "reason_vm_not_off": QT_TRANSLATE_NOOP("PreconditionTexts", "the virtual machine is not turned off"),
    "reason_replica_not_failed_over": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "a replica virtual machine can only start after a failover"
    ),
    "reason_prepared_for_failover": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "the virtual machine is prepared for a planned failover; cancel the failover first",
    ),
    "reason_not_replicating": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "replication is not in a state that allows this"
    ),
    "reason_never_replicated": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "the replica has not received any replication yet"
    ),
    "reason_resynchronizing": QT_TRANSLATE_NOOP("PreconditionTexts", "replication is being resynchronized"),
    "reason_test_failover_running": QT_TRANSLATE_NOOP("PreconditionTexts", "a test failover is running"),
    "reason_already_extended": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "replication is already extended to a third host"
    ),
    "reason_extended_replication_exists": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "the VM replicates on to a third host (extended replication); a VM can have only one replica",
    ),
    "reason_host_unavailable": QT_TRANSLATE_NOOP("PreconditionTexts", "the host is not available"),
    "extended_initial_method": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Extended replication starts with the network or external media."
    ),
    "extend_needs_replica": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Only a replica VM can extend replication; the role of %1 on %2 is “%3”."
    ),
    "cannot_extend": QT_TRANSLATE_NOOP("PreconditionTexts", "Replication of %1 cannot be extended: %2."),
    "extended_too_frequent": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Extended replication cannot be more frequent than %1's replication to %2 (%3 s).",
    ),
    "same_id_exists_extended": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "%1 already has a virtual machine with the Id of %2."
    ),
    "recovery_point_gone": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "The chosen recovery point no longer exists (Hyper-V prunes and merges points over time). Refresh the list and choose again.",
    ),
    "cannot_fail_over": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 on %2 cannot fail over: %3."),
    "cancel_choose_side": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Choose the replica side, the primary side or both."
    ),
    "no_failover_to_cancel": QT_TRANSLATE_NOOP("PreconditionTexts", "There is no failover of %1 to cancel."),
    "cannot_complete": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "The replication state of %1 on %2 is “%3”; only a failover that waits for completion can be completed.",
    ),
    "split_brain": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 is still in the state “%2” on %3, which answers. Prefer a planned failover, or shut it down before failing over.",
    ),
    "failover_completed": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "The failover of %1 on %2 was completed (recovery points removed) and cannot be cancelled any more. Reverse replication instead.",
    ),
    "not_replicated": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 is not replicated."),
    "no_health": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 reported no replication health for %2."),
    "not_a_replica": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "%1 on %2 is not a replica; only replicas have recovery points."
    ),
    "cannot_pause": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The replication state of %1 is “%2”; it cannot be paused."
    ),
    "resume_needs_resync": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Replication of %1 needs a resynchronization; resume it with Resynchronize."
    ),
    "nothing_to_resume": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The replication state of %1 is “%2”; nothing to resume."
    ),
    "resync_while_replicating": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Replication of %1 is running normally. To force a resynchronization, let hvgui pause it first.",
    ),
    "cannot_resync": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The replication state of %1 is “%2”; it cannot be resynchronized now."
    ),
    "resynchronization": QT_TRANSLATE_NOOP("PreconditionTexts", "the resynchronization"),
    "planned_vm_not_off": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "The state of %1 on %3 is “%2”. A planned failover needs it turned off; saved or paused is not enough. Start it and shut it down, or turn it off.",
    ),
    "planned_not_primary": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 on %2 is not a primary VM (its role is “%3”); a planned failover starts on the primary.",
    ),
    "already_prepared": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 is already prepared for planned failover on %2. Fail over on %3, or cancel the failover to start it again on %2.",
    ),
    "planned_not_possible": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "A planned failover of %1 is not possible: %2."
    ),
    "planned_critical": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Replication of %1 is in Critical health. A planned failover needs healthy replication; fix the cause and resume replication first.",
    ),
    "replicates_elsewhere": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 on %2 replicates to %3, not to %4."),
    "planned_vm_running": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 is running on %2. Shut it down first, or let the planned failover shut it down.",
    ),
    "reverse_extended_exists": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Replication cannot be reversed: %1. Fail over without reversing, or remove the extended replication first.",
    ),
    "reverse_needs_thumbprint": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Replication uses certificates: reversing it needs the thumbprint of %1's certificate.",
    ),
    "reverse_would_fail": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Replication could not be reversed afterwards: %1 Fix that first, or fail over without reversing.",
    ),
    "turn_off_not_possible": QT_TRANSLATE_NOOP("PreconditionTexts", "Turn off %1 is not possible: %2."),
    "start_not_possible": QT_TRANSLATE_NOOP("PreconditionTexts", "Start %1 is not possible: %2."),
    "shut_down_not_possible": QT_TRANSLATE_NOOP("PreconditionTexts", "Shut down %1 is not possible: %2."),
    "replica_not_enabled": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 is not enabled as a Replica server (Hyper-V Settings > Replication Configuration).",
    ),
    "replica_not_authorized": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 does not authorize %2 as a primary server: add an authorization entry for it in its Replica server settings.",
    ),
    "reason_wrong_role": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "this action does not apply to the virtual machine's replication role"
    ),
    "vm_not_found": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 has no virtual machine %2 (Id %3)."),
    # %2 and %3 are named as the wizards name them: "certificate-based authentication (HTTPS)",
    # "Kerberos (HTTP) only".
    "replica_auth_refused": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 does not accept %2; it accepts %3."),
    "replica_port_differs": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "%1 listens for %2 on port %3, not on port %4."
    ),
    "remove_choose_host": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Choose at least one host to remove replication on."
    ),
    "remove_extended_first": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 on %2 still replicates on to a third host. Remove the extended replication first (choose it too, before this side).",
    ),
    "not_extended": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "%1 on %2 does not extend replication to a third host."
    ),
    "reverse_vss_points": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Application-consistent points need additional recovery points and come every 1 to 12 hours.",
    ),
    "reverse_not_failed_over": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 on %2 has not failed over (role: %3, state: %4); replication is reversed after a failover.",
    ),
    "reverse_extended": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 replicates on to a third host from %2. A VM has only one replica: continue the extended replication instead, or remove it before reversing.",
    ),
    "reverse_not_planned": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 on %2 is not prepared for failover: this was not a planned failover. Reverse it as after an unplanned failover.",
    ),
    "reverse_needs_thumbprint_of": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Certificate authentication needs the thumbprint of %1's certificate."
    ),
    "reverse_server_names": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Give the server names of both hosts as Hyper-V replication uses them."
    ),
    "reverse_was_planned": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "%1 on %2 is prepared for a planned failover; reverse it as after a planned failover.",
    ),
    "reverse_old_copy_role": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The old copy of %1 on %2 has the role “%3”."
    ),
    "server_needs_certificate": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Certificate-based authentication needs a certificate."
    ),
    "server_port_range": QT_TRANSLATE_NOOP("PreconditionTexts", "Ports must be between 1 and 65535."),
    "server_any_needs_storage": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Allowing replication from any server needs a default storage location."
    ),
    "server_entries_need_specified": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Authorization entries apply only when replication is allowed from the specified servers.",
    ),
    "no_entry": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 has no authorization entry for %2."),
    "entry_exists": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 already has an authorization entry for %2."),
    "server_bad_name": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "'%1' is not a server name; a wildcard may only stand for the first part, as in *.contoso.com.",
    ),
    "server_entry_incomplete": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The entry for %1 needs a storage location and a trust group."
    ),
    # A connection profile that cannot be used (hvgui.core.profiles.ConnectionProfile.validate).
    "profile_no_name": QT_TRANSLATE_NOOP("PreconditionTexts", "The connection needs a name."),
    "profile_no_host": QT_TRANSLATE_NOOP("PreconditionTexts", "Enter the host name or IP address."),
    "profile_bad_host": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "'%1' is not a host name: enter only the name or IP address, without spaces, scheme, path or user name.",
    ),
    "profile_port_range": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The port must be between 1 and 65535 (0 for the default), not %1."
    ),
    "profile_unknown_auth": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "Unknown authentication '%1'; choose one of %2."
    ),
    "profile_basic_needs_https": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "Basic authentication sends the password readable by anyone on the network; it is only allowed over HTTPS.",
    ),
    "profile_credssp_missing": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "CredSSP needs the Python package requests-credssp, which is not installed. Install it or choose another authentication.",
    ),
    "profile_bad_fingerprint": QT_TRANSLATE_NOOP(
        "PreconditionTexts", "The trusted certificate fingerprint must be 64 hexadecimal digits (SHA-256)."
    ),
    "session_settings_invalid": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "hvgui could not set up a connection to %1 with its settings; the log has the details.",
    ),
    "test_running": QT_TRANSLATE_NOOP(
        "PreconditionTexts",
        "A test failover of %1 is already running on %2; stop it first (one at a time per VM).",
    ),
    "cannot_test": QT_TRANSLATE_NOOP("PreconditionTexts", "%1 on %2 cannot be tested: %3."),
    "no_test_running": QT_TRANSLATE_NOOP("PreconditionTexts", "No test failover of %1 is running on %2."),
}


def _tr(template: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object; it returns the source text unchanged.
    return QCoreApplication.translate(_CONTEXT, str(template))


def _enum(words: Message) -> str | None:
    try:
        if words.key == "replication_state":
            return labels.replication_state(ReplicationState[words.template])
        if words.key == "replication_mode":
            return labels.replication_mode(ReplicationMode[words.template])
        if words.key == "vm_state":
            return labels.vm_state(VMState[words.template])
        if words.key == "authentication_type":
            return labels.authentication(AuthenticationType[words.template])
        if words.key == "server_authentication_type":
            return labels.server_authentication(ServerAuthenticationType[words.template])
    except KeyError:
        return None
    return None


def say(words: Message | str) -> str:
    """A Message in the user's language; plain text, or a key not known here, as it is."""
    if isinstance(words, str):
        return words
    if words.key in ENUM_KEYS:
        return _enum(words) or str(words)
    template = TEMPLATES.get(words.key)
    if template is None:
        return str(words)
    return fill(_tr(template), *(say(arg) for arg in words.args))


def text(err: PreconditionFailed) -> str:
    """What the check found, translated; the English detail for a failure without a known key."""
    if err.message is None or (err.message.key not in TEMPLATES and err.message.key not in ENUM_KEYS):
        return err.detail
    return say(err.message)
