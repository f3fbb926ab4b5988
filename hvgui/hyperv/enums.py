"""Hyper-V's enumerations as the client reads them (names and numbers: reference section 3).

The lab keeps its own copy: the two sides must not share a misunderstanding.
"""

from __future__ import annotations

from enum import IntEnum


class VMState(IntEnum):
    Other = 1
    Running = 2
    Off = 3
    Stopping = 4
    Saved = 6
    Paused = 9
    Starting = 10
    Reset = 11
    Saving = 32773
    Pausing = 32776
    Resuming = 32777
    FastSaved = 32779
    FastSaving = 32780
    ForceShutdown = 32781
    ForceReboot = 32782
    Hibernated = 32783
    ComponentServicing = 32784
    RunningCritical = 32785
    OffCritical = 32786
    StoppingCritical = 32787
    SavedCritical = 32788
    PausedCritical = 32789
    StartingCritical = 32790
    ResetCritical = 32791
    SavingCritical = 32792
    PausingCritical = 32793
    ResumingCritical = 32794
    FastSavedCritical = 32795
    FastSavingCritical = 32796


class ReplicationState(IntEnum):
    Disabled = 0
    ReadyForInitialReplication = 1
    InitialReplicationInProgress = 2
    WaitingForInitialReplication = 3
    Replicating = 4
    PreparedForFailover = 5
    FailedOverWaitingCompletion = 6
    FailedOver = 7
    Suspended = 8
    Error = 9
    WaitingForStartResynchronize = 10
    Resynchronizing = 11
    ResynchronizeSuspended = 12
    RecoveryInProgress = 13
    FailbackInProgress = 14
    FailbackComplete = 15
    WaitingForUpdateCompletion = 16
    UpdateError = 17
    WaitingForRepurposeCompletion = 18
    PreparedForSyncReplication = 19
    PreparedForGroupReverseReplication = 20
    FiredrillInProgress = 21


class ReplicationHealth(IntEnum):
    NotApplicable = 0
    Normal = 1
    Warning = 2
    Critical = 3


class ReplicationMode(IntEnum):
    # Hyper-V's member is "None"; Python cannot name a member None.
    NONE = 0
    Primary = 1
    Replica = 2
    TestReplica = 3
    ExtendedReplica = 4


class RelationshipType(IntEnum):
    Simple = 0
    Extended = 1


class SnapshotType(IntEnum):
    Standard = 0
    Recovery = 1
    Planned = 2
    Missing = 5
    Replica = 6
    AppConsistentReplica = 7
    SyncedReplica = 8


class AuthenticationType(IntEnum):
    """ReplicationAuthenticationType (per VM)."""

    Kerberos = 1
    Certificate = 2


class ServerAuthenticationType(IntEnum):
    """RecoveryAuthenticationType (Replica server)."""

    Kerberos = 1
    Certificate = 2
    CertificateAndKerberos = 3


class ReplicationType(IntEnum):
    NONE = 0
    Regular = 1
    ApplicationConsistent = 2
    Planned = 3


def hyperv_name(member: IntEnum) -> str:
    """The name PowerShell uses (NONE is Hyper-V's None)."""
    return "None" if member.name == "NONE" else member.name
