"""The inventory's read pipelines: only the properties the VM list and the Replication overview show.

Parsing CLIXML is pure-Python work on both ends (psrp-wire.md section 5), so every column the views do
not show costs time on every refresh; Select-Object runs on the host, in the same pipeline.
"""

from __future__ import annotations

from hvgui.hyperv.commands import Cmd, Pipeline, select

VM_COLUMNS = (
    "Id",
    "Name",
    "State",
    "CPUUsage",
    "MemoryAssigned",
    "Uptime",
    "Status",
    "ReplicationState",
    "ReplicationHealth",
    "ReplicationMode",
)

REPLICATION_COLUMNS = (
    "VMId",
    "VMName",
    "ReplicationState",
    "ReplicationHealth",
    "ReplicationMode",
    "ReplicationRelationshipType",
    "PrimaryServerName",
    "ReplicaServerName",
    "ReplicaServerPort",
    "AuthenticationType",
    "ReplicationFrequencySec",
    "RecoveryHistory",
    "VSSSnapshotFrequencyHour",
    "CompressionEnabled",
    "LastReplicationTime",
    # A running test failover decides between Test Failover… and Stop Test Failover in the menu.
    "TestVirtualMachine",
)


def vm_list() -> Pipeline:
    return Pipeline.of(Cmd.of("Get-VM"), select(*VM_COLUMNS))


def replication_list() -> Pipeline:
    """Every relationship on the host: an extended replica's host reports both of the VM's hops."""
    return Pipeline.of(Cmd.of("Get-VMReplication"), select(*REPLICATION_COLUMNS))
