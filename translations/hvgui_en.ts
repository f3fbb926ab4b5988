<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Action</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut Down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Replication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Failover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Test Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend Replication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Initial Replica…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Recovery Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse Replication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View Replication Health…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Replication</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>The virtual machine is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine must be turned off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Replica virtual machine can be started only after a failover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The virtual machine is prepared for planned failover. Cancel the failover to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is not in a state that allows this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Replica has not received any replication yet; initial replication must finish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while the virtual machine resynchronizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test failover is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication is already extended to a third server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible while extended replication exists: a virtual machine can have only one Replica. Remove extended replication first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationHealth</name>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationMode</name>
    <message>
        <source>Not replicated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test replica</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended replica</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplicationState</name>
    <message>
        <source>Not enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial replication in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for initial replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for planned failover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed over, not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronizing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resynchronization paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failover in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failback complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk update in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk update error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurposing in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for synchronous replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared for group reverse replication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failover in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VMState</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving (fast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced shutdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component servicing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (storage inaccessible)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
