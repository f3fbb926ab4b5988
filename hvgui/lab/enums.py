"""Hyper-V's enumerations as the lab serialises them: names and numbers from reference section 3.

The lab keeps its own copy on purpose: it stands in for Windows and must not share the client's
definitions (a misunderstanding would otherwise be copied into both sides).
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


class VMReplicationState(IntEnum):
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


class VMReplicationHealthState(IntEnum):
    NotApplicable = 0
    Normal = 1
    Warning = 2
    Critical = 3


class VMReplicationMode(IntEnum):
    # "None" is Hyper-V's own member name; Python allows it as an enum member via the functional API
    # only, so the class spells it None_ and TYPE-aware serialisers use enum_name().
    None_ = 0
    Primary = 1
    Replica = 2
    TestReplica = 3
    ExtendedReplica = 4


class VMReplicationRelationshipType(IntEnum):
    Simple = 0
    Extended = 1


class VMReplicationType(IntEnum):
    None_ = 0
    Regular = 1
    ApplicationConsistent = 2
    Planned = 3


class SnapshotType(IntEnum):
    Standard = 0
    Recovery = 1
    Planned = 2
    Missing = 5
    Replica = 6
    AppConsistentReplica = 7
    SyncedReplica = 8


class ReplicationAuthenticationType(IntEnum):
    Kerberos = 1
    Certificate = 2


class RecoveryAuthenticationType(IntEnum):
    Kerberos = 1
    Certificate = 2
    CertificateAndKerberos = 3


class VhdFormat(IntEnum):
    """Microsoft.Vhd.PowerShell.VhdFormat: Get-VHD casts Msvm_VirtualHardDiskSettingData.Format to it."""

    Unknown = 0
    VHD = 2
    VHDX = 3
    VHDSet = 4


class VhdType(IntEnum):
    """Microsoft.Vhd.PowerShell.VhdType: Get-VHD casts Msvm_VirtualHardDiskSettingData.Type to it."""

    Unknown = 0
    Fixed = 2
    Dynamic = 3
    Differencing = 4


class VirtualHardDiskPmemAddressAbstractionType(IntEnum):
    """The type of Get-VHD's AddressAbstractionType (Microsoft.Virtualization.Client.Management)."""

    None_ = 0
    BTT = 1
    Unknown = 65535


class ErrorCategory(IntEnum):
    """System.Management.Automation.ErrorCategory."""

    NotSpecified = 0
    OpenError = 1
    CloseError = 2
    DeviceError = 3
    DeadlockDetected = 4
    InvalidArgument = 5
    InvalidData = 6
    InvalidOperation = 7
    InvalidResult = 8
    InvalidType = 9
    MetadataError = 10
    NotImplemented = 11
    NotInstalled = 12
    ObjectNotFound = 13
    OperationStopped = 14
    OperationTimeout = 15
    SyntaxError = 16
    ParserError = 17
    PermissionDenied = 18
    ResourceBusy = 19
    ResourceExists = 20
    ResourceUnavailable = 21
    ReadError = 22
    WriteError = 23
    FromStdErr = 24
    SecurityError = 25
    ProtocolError = 26
    ConnectionError = 27
    AuthenticationError = 28
    LimitsExceeded = 29
    QuotaExceeded = 30
    NotEnabled = 31


# The .NET type each enum has on a Windows host (the serialiser needs them; ErrorCategory is not a
# Hyper-V type and is serialised inside ErrorRecords only).
TYPE_NAMES: dict[type[IntEnum], str] = {
    VMState: "Microsoft.HyperV.PowerShell.VMState",
    VMReplicationState: "Microsoft.HyperV.PowerShell.VMReplicationState",
    VMReplicationHealthState: "Microsoft.HyperV.PowerShell.VMReplicationHealthState",
    VMReplicationMode: "Microsoft.HyperV.PowerShell.VMReplicationMode",
    VMReplicationRelationshipType: "Microsoft.HyperV.PowerShell.VMReplicationRelationshipType",
    VMReplicationType: "Microsoft.HyperV.PowerShell.VMReplicationType",
    SnapshotType: "Microsoft.HyperV.PowerShell.SnapshotType",
    ReplicationAuthenticationType: "Microsoft.HyperV.PowerShell.ReplicationAuthenticationType",
    RecoveryAuthenticationType: "Microsoft.HyperV.PowerShell.RecoveryAuthenticationType",
    VhdFormat: "Microsoft.Vhd.PowerShell.VhdFormat",
    VhdType: "Microsoft.Vhd.PowerShell.VhdType",
    VirtualHardDiskPmemAddressAbstractionType: (
        "Microsoft.Virtualization.Client.Management.VirtualHardDiskPmemAddressAbstractionType"
    ),
}

# Parameter types in hyperv-cmdlets.json that name these enums (the binder converts strings/ints).
PARAMETER_TYPES: dict[str, type[IntEnum]] = {
    "VMReplicationState": VMReplicationState,
    "VMReplicationHealthState": VMReplicationHealthState,
    "VMReplicationMode": VMReplicationMode,
    "VMReplicationRelationshipType": VMReplicationRelationshipType,
    "SnapshotType": SnapshotType,
    "ReplicationAuthenticationType": ReplicationAuthenticationType,
    "RecoveryAuthenticationType": RecoveryAuthenticationType,
    "VMState": VMState,
}


def enum_name(value: IntEnum) -> str:
    """Hyper-V's member name (None_ is Hyper-V's None)."""
    return value.name.rstrip("_")


def parse_enum(enum_type: type[IntEnum], text: str | int) -> IntEnum:
    """Convert like PowerShell: member name case-insensitively, or its number. Raises ValueError."""
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, int):
        return enum_type(text)
    wanted = text.strip().lower()
    for member in enum_type:
        if enum_name(member).lower() == wanted:
            return member
    if wanted.lstrip("-").isdigit():
        return enum_type(int(wanted))
    raise ValueError(text)
