"""Replication workflows: checked, step by step, across hosts, with the PowerShell of every step.

Build a workflow from its frozen request and the sessions of the hosts it needs
(`PlannedFailover(PlannedFailoverRequest(...), sessions)`), show `plan()` / `powershell()` for
confirmation, then `await workflow.run()` directly or through `services.jobs.JobTracker.run`, which
makes it a visible job and writes the audit log. Failures are HvErrors: PreconditionFailed (nothing
was done), WorkflowFailed (names the step, what was done, what to do), WorkflowCancelled.
"""

from hvgui.services.workflows.base import Workflow
from hvgui.services.workflows.bulk import BulkResult, ItemOutcome, run_bulk
from hvgui.services.workflows.enable import (
    EnableReplication,
    EnableReplicationRequest,
    ImportInitialReplica,
    ImportInitialReplicaRequest,
    InitialMethod,
    ReplicationSettings,
)
from hvgui.services.workflows.errors import (
    NotConnected,
    SplitBrainWarning,
    UnexpectedState,
    VMNotFound,
    WorkflowCancelled,
    WorkflowFailed,
)
from hvgui.services.workflows.extend import ExtendReplication, ExtendReplicationRequest
from hvgui.services.workflows.failover import (
    CancelFailover,
    CancelFailoverRequest,
    CompleteFailover,
    CompleteFailoverRequest,
    UnplannedFailover,
    UnplannedFailoverRequest,
)
from hvgui.services.workflows.health import (
    HealthRequest,
    ListRecoveryPoints,
    MeasureReplication,
    RecoveryPointsRequest,
    ResetStatistics,
)
from hvgui.services.workflows.pause import (
    PauseReplication,
    PauseRequest,
    ResumeReplication,
    ResumeRequest,
    Resynchronize,
    ResynchronizeRequest,
)
from hvgui.services.workflows.planned import PlannedFailover, PlannedFailoverRequest
from hvgui.services.workflows.power import Power, PowerAction, PowerRequest
from hvgui.services.workflows.reads import Session, read_recovery_points, read_replica_server
from hvgui.services.workflows.remove import RemoveReplication, RemoveReplicationRequest, RemoveSide
from hvgui.services.workflows.reverse import ReverseAfter, ReverseReplication, ReverseReplicationRequest
from hvgui.services.workflows.server import ReplicaServerRequest, ReplicaServerSettings
from hvgui.services.workflows.steps import (
    Expect,
    Outcome,
    Progress,
    Step,
    StepRecord,
    StepStatus,
    VMTarget,
)
from hvgui.services.workflows.testing import (
    StopTestFailover,
    StopTestFailoverRequest,
    TestFailover,
    TestFailoverRequest,
    TestVM,
)

__all__ = [
    "BulkResult",
    "CancelFailover",
    "CancelFailoverRequest",
    "CompleteFailover",
    "CompleteFailoverRequest",
    "EnableReplication",
    "EnableReplicationRequest",
    "Expect",
    "ExtendReplication",
    "ExtendReplicationRequest",
    "HealthRequest",
    "ImportInitialReplica",
    "ImportInitialReplicaRequest",
    "InitialMethod",
    "ItemOutcome",
    "ListRecoveryPoints",
    "MeasureReplication",
    "NotConnected",
    "Outcome",
    "PauseReplication",
    "PauseRequest",
    "PlannedFailover",
    "PlannedFailoverRequest",
    "Power",
    "PowerAction",
    "PowerRequest",
    "Progress",
    "RecoveryPointsRequest",
    "RemoveReplication",
    "RemoveReplicationRequest",
    "RemoveSide",
    "ReplicaServerRequest",
    "ReplicaServerSettings",
    "ReplicationSettings",
    "ResetStatistics",
    "ResumeReplication",
    "ResumeRequest",
    "Resynchronize",
    "ResynchronizeRequest",
    "ReverseAfter",
    "ReverseReplication",
    "ReverseReplicationRequest",
    "Session",
    "SplitBrainWarning",
    "Step",
    "StepRecord",
    "StepStatus",
    "StopTestFailover",
    "StopTestFailoverRequest",
    "TestFailover",
    "TestFailoverRequest",
    "TestVM",
    "UnexpectedState",
    "UnplannedFailover",
    "UnplannedFailoverRequest",
    "VMNotFound",
    "VMTarget",
    "Workflow",
    "WorkflowCancelled",
    "WorkflowFailed",
    "read_recovery_points",
    "read_replica_server",
    "run_bulk",
]
