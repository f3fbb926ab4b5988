"""Translated labels for Hyper-V's enum values, the menu actions and the reasons a menu item is disabled.

Tables are marked with QT_TRANSLATE_NOOP so lupdate finds the texts; translate() looks them up at
run time in the language the user chose. Hyper-V's own (English) names stay for PowerShell.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hvgui.hyperv.enums import (
    AuthenticationType,
    ReplicationHealth,
    ReplicationMode,
    ReplicationState,
    ServerAuthenticationType,
    VMState,
)
from hvgui.hyperv.rules import Action, Reason

_VM_STATE = {
    VMState.Other: QT_TRANSLATE_NOOP("VMState", "Other"),
    VMState.Running: QT_TRANSLATE_NOOP("VMState", "Running"),
    VMState.Off: QT_TRANSLATE_NOOP("VMState", "Off"),
    VMState.Stopping: QT_TRANSLATE_NOOP("VMState", "Stopping"),
    VMState.Saved: QT_TRANSLATE_NOOP("VMState", "Saved"),
    VMState.Paused: QT_TRANSLATE_NOOP("VMState", "Paused"),
    VMState.Starting: QT_TRANSLATE_NOOP("VMState", "Starting"),
    VMState.Reset: QT_TRANSLATE_NOOP("VMState", "Resetting"),
    VMState.Saving: QT_TRANSLATE_NOOP("VMState", "Saving"),
    VMState.Pausing: QT_TRANSLATE_NOOP("VMState", "Pausing"),
    VMState.Resuming: QT_TRANSLATE_NOOP("VMState", "Resuming"),
    VMState.FastSaved: QT_TRANSLATE_NOOP("VMState", "Saved (fast)"),
    VMState.FastSaving: QT_TRANSLATE_NOOP("VMState", "Saving (fast)"),
    VMState.ForceShutdown: QT_TRANSLATE_NOOP("VMState", "Forced shutdown"),
    VMState.ForceReboot: QT_TRANSLATE_NOOP("VMState", "Forced restart"),
    VMState.Hibernated: QT_TRANSLATE_NOOP("VMState", "Hibernated"),
    VMState.ComponentServicing: QT_TRANSLATE_NOOP("VMState", "Component servicing"),
}
# *Critical states: the same power state while the VM's storage is inaccessible.
_CRITICAL_BASE = {
    VMState.RunningCritical: VMState.Running,
    VMState.OffCritical: VMState.Off,
    VMState.StoppingCritical: VMState.Stopping,
    VMState.SavedCritical: VMState.Saved,
    VMState.PausedCritical: VMState.Paused,
    VMState.StartingCritical: VMState.Starting,
    VMState.ResetCritical: VMState.Reset,
    VMState.SavingCritical: VMState.Saving,
    VMState.PausingCritical: VMState.Pausing,
    VMState.ResumingCritical: VMState.Resuming,
    VMState.FastSavedCritical: VMState.FastSaved,
    VMState.FastSavingCritical: VMState.FastSaving,
}

# Hyper-V Manager's wording where the reference has it (section 3.2), plain words elsewhere.
_REPLICATION_STATE = {
    ReplicationState.Disabled: QT_TRANSLATE_NOOP("ReplicationState", "Not enabled"),
    ReplicationState.ReadyForInitialReplication: QT_TRANSLATE_NOOP(
        "ReplicationState", "Pending initial replication"
    ),
    ReplicationState.InitialReplicationInProgress: QT_TRANSLATE_NOOP(
        "ReplicationState", "Initial replication in progress"
    ),
    ReplicationState.WaitingForInitialReplication: QT_TRANSLATE_NOOP(
        "ReplicationState", "Waiting for initial replication"
    ),
    ReplicationState.Replicating: QT_TRANSLATE_NOOP("ReplicationState", "Replication enabled"),
    ReplicationState.PreparedForFailover: QT_TRANSLATE_NOOP(
        "ReplicationState", "Prepared for planned failover"
    ),
    ReplicationState.FailedOverWaitingCompletion: QT_TRANSLATE_NOOP(
        "ReplicationState", "Failed over, not completed"
    ),
    ReplicationState.FailedOver: QT_TRANSLATE_NOOP("ReplicationState", "Failover complete"),
    ReplicationState.Suspended: QT_TRANSLATE_NOOP("ReplicationState", "Replication paused"),
    ReplicationState.Error: QT_TRANSLATE_NOOP("ReplicationState", "Replication error"),
    ReplicationState.WaitingForStartResynchronize: QT_TRANSLATE_NOOP(
        "ReplicationState", "Resynchronization required"
    ),
    ReplicationState.Resynchronizing: QT_TRANSLATE_NOOP("ReplicationState", "Resynchronizing"),
    ReplicationState.ResynchronizeSuspended: QT_TRANSLATE_NOOP(
        "ReplicationState", "Resynchronization paused"
    ),
    ReplicationState.RecoveryInProgress: QT_TRANSLATE_NOOP("ReplicationState", "Failover in progress"),
    ReplicationState.FailbackInProgress: QT_TRANSLATE_NOOP("ReplicationState", "Failback in progress"),
    ReplicationState.FailbackComplete: QT_TRANSLATE_NOOP("ReplicationState", "Failback complete"),
    ReplicationState.WaitingForUpdateCompletion: QT_TRANSLATE_NOOP(
        "ReplicationState", "Disk update in progress"
    ),
    ReplicationState.UpdateError: QT_TRANSLATE_NOOP("ReplicationState", "Disk update error"),
    ReplicationState.WaitingForRepurposeCompletion: QT_TRANSLATE_NOOP(
        "ReplicationState", "Repurposing in progress"
    ),
    ReplicationState.PreparedForSyncReplication: QT_TRANSLATE_NOOP(
        "ReplicationState", "Prepared for synchronous replication"
    ),
    ReplicationState.PreparedForGroupReverseReplication: QT_TRANSLATE_NOOP(
        "ReplicationState", "Prepared for group reverse replication"
    ),
    ReplicationState.FiredrillInProgress: QT_TRANSLATE_NOOP("ReplicationState", "Test failover in progress"),
}

_HEALTH = {
    ReplicationHealth.NotApplicable: QT_TRANSLATE_NOOP("ReplicationHealth", "Not applicable"),
    ReplicationHealth.Normal: QT_TRANSLATE_NOOP("ReplicationHealth", "Normal"),
    ReplicationHealth.Warning: QT_TRANSLATE_NOOP("ReplicationHealth", "Warning"),
    ReplicationHealth.Critical: QT_TRANSLATE_NOOP("ReplicationHealth", "Critical"),
}

_MODE = {
    ReplicationMode.NONE: QT_TRANSLATE_NOOP("ReplicationMode", "Not replicated"),
    ReplicationMode.Primary: QT_TRANSLATE_NOOP("ReplicationMode", "Primary"),
    ReplicationMode.Replica: QT_TRANSLATE_NOOP("ReplicationMode", "Replica"),
    ReplicationMode.TestReplica: QT_TRANSLATE_NOOP("ReplicationMode", "Test replica"),
    ReplicationMode.ExtendedReplica: QT_TRANSLATE_NOOP("ReplicationMode", "Extended replica"),
}

# How a primary server authenticates to its Replica server (Hyper-V Manager's wording, reference 6.8).
_AUTHENTICATION = {
    AuthenticationType.Kerberos: QT_TRANSLATE_NOOP("Authentication", "Kerberos authentication (HTTP)"),
    AuthenticationType.Certificate: QT_TRANSLATE_NOOP(
        "Authentication", "certificate-based authentication (HTTPS)"
    ),
}

# What a Replica server accepts.
_SERVER_AUTHENTICATION = {
    ServerAuthenticationType.Kerberos: QT_TRANSLATE_NOOP("Authentication", "Kerberos (HTTP) only"),
    ServerAuthenticationType.Certificate: QT_TRANSLATE_NOOP("Authentication", "certificates (HTTPS) only"),
    ServerAuthenticationType.CertificateAndKerberos: QT_TRANSLATE_NOOP(
        "Authentication", "Kerberos (HTTP) and certificates (HTTPS)"
    ),
}

# Hyper-V Manager's menu captions (reference 6.2 and 6.8).
_ACTION = {
    Action.START: QT_TRANSLATE_NOOP("Action", "Start"),
    Action.SHUT_DOWN: QT_TRANSLATE_NOOP("Action", "Shut Down…"),
    Action.TURN_OFF: QT_TRANSLATE_NOOP("Action", "Turn Off…"),
    Action.ENABLE_REPLICATION: QT_TRANSLATE_NOOP("Action", "Enable Replication…"),
    Action.PLANNED_FAILOVER: QT_TRANSLATE_NOOP("Action", "Planned Failover…"),
    Action.FAILOVER: QT_TRANSLATE_NOOP("Action", "Failover…"),
    Action.TEST_FAILOVER: QT_TRANSLATE_NOOP("Action", "Test Failover…"),
    Action.STOP_TEST_FAILOVER: QT_TRANSLATE_NOOP("Action", "Stop Test Failover"),
    Action.PAUSE: QT_TRANSLATE_NOOP("Action", "Pause Replication"),
    Action.RESUME: QT_TRANSLATE_NOOP("Action", "Resume Replication"),
    Action.EXTEND: QT_TRANSLATE_NOOP("Action", "Extend Replication…"),
    Action.IMPORT_INITIAL_REPLICA: QT_TRANSLATE_NOOP("Action", "Import Initial Replica…"),
    Action.CANCEL_FAILOVER: QT_TRANSLATE_NOOP("Action", "Cancel Failover"),
    Action.REMOVE_RECOVERY_POINTS: QT_TRANSLATE_NOOP("Action", "Remove Recovery Points"),
    Action.REVERSE: QT_TRANSLATE_NOOP("Action", "Reverse Replication…"),
    Action.VIEW_HEALTH: QT_TRANSLATE_NOOP("Action", "View Replication Health…"),
    Action.REMOVE: QT_TRANSLATE_NOOP("Action", "Remove Replication"),
}

_REASON = {
    Reason.VM_NOT_RUNNING: QT_TRANSLATE_NOOP("Reason", "The virtual machine is not running."),
    Reason.VM_ALREADY_RUNNING: QT_TRANSLATE_NOOP("Reason", "The virtual machine is already running."),
    Reason.VM_NOT_OFF: QT_TRANSLATE_NOOP("Reason", "The virtual machine must be turned off first."),
    Reason.REPLICA_NOT_FAILED_OVER: QT_TRANSLATE_NOOP(
        "Reason", "A Replica virtual machine can be started only after a failover."
    ),
    Reason.PREPARED_FOR_FAILOVER: QT_TRANSLATE_NOOP(
        "Reason", "The virtual machine is prepared for planned failover. Cancel the failover to start it."
    ),
    Reason.NOT_REPLICATING: QT_TRANSLATE_NOOP("Reason", "Replication is not in a state that allows this."),
    Reason.NEVER_REPLICATED: QT_TRANSLATE_NOOP(
        "Reason", "The Replica has not received any replication yet; initial replication must finish first."
    ),
    Reason.RESYNCHRONIZING: QT_TRANSLATE_NOOP(
        "Reason", "Not possible while the virtual machine resynchronizes."
    ),
    Reason.TEST_FAILOVER_RUNNING: QT_TRANSLATE_NOOP("Reason", "A test failover is already running."),
    Reason.ALREADY_EXTENDED: QT_TRANSLATE_NOOP(
        "Reason", "Replication is already extended to a third server."
    ),
    Reason.EXTENDED_REPLICATION_EXISTS: QT_TRANSLATE_NOOP(
        "Reason",
        "Not possible while extended replication exists: a virtual machine can have only one Replica. "
        "Remove extended replication first.",
    ),
    Reason.HOST_UNAVAILABLE: QT_TRANSLATE_NOOP("Reason", "The host is not connected."),
}


def vm_state(state: VMState) -> str:
    base = _CRITICAL_BASE.get(state)
    if base is not None:
        return QCoreApplication.translate("VMState", "%1 (storage inaccessible)").replace(
            "%1", QCoreApplication.translate("VMState", str(_VM_STATE[base]))
        )
    return QCoreApplication.translate("VMState", str(_VM_STATE[state]))


def replication_state(state: ReplicationState) -> str:
    return QCoreApplication.translate("ReplicationState", str(_REPLICATION_STATE[state]))


def replication_health(health: ReplicationHealth) -> str:
    return QCoreApplication.translate("ReplicationHealth", str(_HEALTH[health]))


def replication_mode(mode: ReplicationMode) -> str:
    return QCoreApplication.translate("ReplicationMode", str(_MODE[mode]))


def authentication(auth: AuthenticationType) -> str:
    """Kerberos or certificates, as a primary server uses it ("Kerberos authentication (HTTP)")."""
    return QCoreApplication.translate("Authentication", str(_AUTHENTICATION[auth]))


def server_authentication(auth: ServerAuthenticationType) -> str:
    """What a Replica server accepts ("Kerberos (HTTP) and certificates (HTTPS)")."""
    return QCoreApplication.translate("Authentication", str(_SERVER_AUTHENTICATION[auth]))


def action(item: Action) -> str:
    return QCoreApplication.translate("Action", str(_ACTION[item]))


def reason(item: Reason) -> str:
    return QCoreApplication.translate("Reason", str(_REASON[item]))
