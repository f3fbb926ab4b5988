"""Turning a [[replications]] spec into the model the cmdlets and the engine would have left behind.

The relationship is created with the cmdlets' own helpers (connection check, authorization, replica
placeholder), then its history is laid down with the engine's own helpers (initial replication
completion, recovery points), so a scenario cannot drift from what the lab itself produces.
"""

from __future__ import annotations

import copy
import dataclasses
from datetime import timedelta
from typing import TYPE_CHECKING
from uuid import uuid5

from hvgui.lab.cmdlets import enable, server
from hvgui.lab.context import Context
from hvgui.lab.enums import (
    RecoveryAuthenticationType,
    ReplicationAuthenticationType,
    VMReplicationMode,
    VMReplicationRelationshipType,
    VMState,
)
from hvgui.lab.enums import VMReplicationState as S
from hvgui.lab.model import (
    LabHost,
    LabVM,
    ReplicationSettings,
    ReplicationSide,
    ReplicationStats,
)
from hvgui.lab.records import LabError
from hvgui.lab.scenario_history import ESTABLISHED_AGO, FAILOVER_DEFAULT, Errors, Link, Network, apply_state
from hvgui.lab.scenario_spec import LinkSpec, ReplicationSpec

if TYPE_CHECKING:
    from hvgui.lab.runtime import Lab

_TEST_FAILOVER_AGO = timedelta(minutes=15)


def build(lab: Lab, spec: ReplicationSpec, source: str, net: Network) -> None:
    err = Errors(source, spec.where)
    primary = _host(lab, spec.primary, err, "primary")
    replica = _host(lab, spec.replica, err, "replica")
    if replica is primary:
        raise err("replica", "the Replica server cannot be the primary server itself")
    vm = _primary_vm(primary, spec.vm, err)
    settings = ReplicationSettings(
        primary_server=primary.fqdn,
        replica_server=replica.fqdn,
        replica_port=0,
        auth_type=spec.link.auth,
        compression=spec.compression,
        frequency_sec=spec.link.frequency_sec,
        recovery_history=spec.link.recovery_history,
        vss_hours=spec.link.vss_hours,
        bypass_proxy=spec.bypass_proxy,
        replicate_host_kvp=spec.replicate_host_kvp,
        auto_resync=spec.auto_resync,
        auto_resync_start=spec.auto_resync_start,
        auto_resync_end=spec.auto_resync_end,
        excluded_disks=_excluded(vm, spec.excluded_disks, err),
    )
    link = _enable(lab, primary, vm, replica, settings, spec.link, err, "")
    link.enabled_at = lab.now - ESTABLISHED_AGO
    apply_state(lab, link, spec.state, net, err)
    if spec.test_failover:
        _test_failover(lab, link, spec.test_vm_state, err)
    _set_replica_vm_state(lab, link, spec, err)
    if spec.extended is not None:
        assert spec.extended_link is not None and spec.extended_state is not None
        _extend(lab, link, spec, net, err)


def _host(lab: Lab, name: str, err: Errors, key: str) -> LabHost:
    host = lab.find_host(name)
    if host is None:
        raise err(key, f"no host named '{name}' in [[hosts]]; known hosts: {', '.join(lab.host_names())}")
    return host


def _primary_vm(host: LabHost, name: str, err: Errors) -> LabVM:
    found = host.vms_named(name)
    if not found:
        raise err("vm", f"host '{host.name}' has no VM named '{name}'")
    if len(found) > 1:
        raise err("vm", f"host '{host.name}' has {len(found)} VMs named '{name}'")
    vm = found[0]
    if vm.mode is VMReplicationMode.Primary:
        raise err(
            "vm", f"'{name}' on '{host.name}' is already replicated by an earlier [[replications]] entry"
        )
    if vm.mode is not VMReplicationMode.None_:
        raise err(
            "vm",
            f"'{name}' on '{host.name}' is a {vm.mode.name} VM; replicate it onwards with 'extended' in the "
            "entry that created it",
        )
    return vm


def _excluded(vm: LabVM, paths: list[str], err: Errors) -> list[str]:
    known = {d.path.lower(): d.path for d in vm.disks}
    for path in paths:
        if path.lower() not in known:
            raise err("excluded_disks", f"'{path}' is not a disk of '{vm.name}'")
    return [known[p.lower()] for p in paths]


def _enable(
    lab: Lab,
    source_host: LabHost,
    vm: LabVM,
    target: LabHost,
    settings: ReplicationSettings,
    spec: LinkSpec,
    err: Errors,
    prefix: str,
) -> Link:
    """What Enable-VMReplication on source_host creates: both ends, waiting for initial replication."""
    host_key = "extended" if prefix else "replica"
    r = target.replica
    if not r.enabled:
        raise err(
            host_key, f"host '{target.name}' is not enabled as a Replica server ([hosts.replica_server])"
        )
    kerberos = r.auth in (
        RecoveryAuthenticationType.Kerberos,
        RecoveryAuthenticationType.CertificateAndKerberos,
    )
    certificate = r.auth is not RecoveryAuthenticationType.Kerberos
    wants_kerberos = spec.auth is ReplicationAuthenticationType.Kerberos
    if not (kerberos if wants_kerberos else certificate):
        raise err(
            prefix + "auth", f"Replica server '{target.name}' does not accept {spec.auth.name} authentication"
        )
    expected = r.kerberos_port if wants_kerberos else r.certificate_port
    port = expected if spec.port is None else spec.port
    if port != expected:
        raise err(
            prefix + "port", f"Replica server '{target.name}' listens for {spec.auth.name} on port {expected}"
        )
    settings.replica_port, settings.certificate_thumbprint = port, spec.thumbprint
    ctx = Context(lab, source_host, "Enable-VMReplication")
    try:
        server.connect_replica_server(ctx, target.fqdn, port, spec.auth, spec.thumbprint)
    except LabError as exc:
        key = "certificate_thumbprint" if "thumbprint" in exc.record.message.lower() else "port"
        raise err(prefix + key, exc.record.message) from None
    rel_type = VMReplicationRelationshipType.Extended if prefix else VMReplicationRelationshipType.Simple
    try:
        admission = server.admit(ctx, target, source_host)
        target_side = enable.create_replica(ctx, vm, target, admission, settings, rel_type)
    except LabError as exc:
        raise err(host_key, exc.record.message) from None
    source = ReplicationSide(
        rel_type, True, S.ReadyForInitialReplication, settings, ReplicationStats(lab.now)
    )
    source.ir_total_bytes = target_side.ir_total_bytes
    if prefix:
        vm.extended = source
    else:
        vm.relation = source
    return Link(source_host, vm, source, target, target.vms[vm.id], target_side)


def _extend(lab: Lab, link: Link, spec: ReplicationSpec, net: Network, err: Errors) -> None:
    assert spec.extended is not None and spec.extended_link is not None and spec.extended_state is not None
    third = _host(lab, spec.extended, err, "extended")
    if third in (link.source_host, link.target_host):
        raise err("extended", "the extended Replica server must be a third host")
    if link.target.state is S.WaitingForInitialReplication:
        raise err("extended", "extended replication needs a replica that has completed initial replication")
    ext = spec.extended_link
    settings = ReplicationSettings(
        link.target_host.fqdn,
        third.fqdn,
        0,
        ext.auth,
        frequency_sec=ext.frequency_sec,
        recovery_history=ext.recovery_history,
    )
    ext_link = _enable(lab, link.target_host, link.target_vm, third, settings, ext, err, "extended_")
    assert link.enabled_at is not None
    ext_link.enabled_at = link.enabled_at + timedelta(days=1)
    apply_state(lab, ext_link, spec.extended_state, net, err)


def _test_failover(lab: Lab, link: Link, state: VMState, err: Errors) -> None:
    """Start-VMFailover -AsTest on the replica: an unnetworked copy '<name> - Test' (failover._test_failover)."""
    rv, r = link.target_vm, link.target
    if r.state not in (S.Replicating, S.Suspended) or rv.state is not VMState.Off:
        raise err(
            "test_failover",
            f"a test failover needs an Off replica in state Replicating or Suspended, not {r.state.name}",
        )
    started = max(lab.now - _TEST_FAILOVER_AGO, r.last_replication_time or lab.now)
    test = dataclasses.replace(
        copy.deepcopy(rv),
        id=uuid5(rv.id, "test-failover"),
        name=f"{rv.name} - Test",
        state=state,
        relation=None,
        extended=None,
        recovery_points=[],
        test_of=rv.id,
        created=started,
        started_at=started if state in (VMState.Running, VMState.Paused) else None,
    )
    for adapter in test.adapters:
        adapter.switch_name = adapter.test_replica_switch_name
        adapter.id = uuid5(adapter.id, "test-failover")
    link.target_host.vms[test.id] = test
    r.test_vm_id, r.last_test_failover_time = test.id, started


def _set_replica_vm_state(lab: Lab, link: Link, spec: ReplicationSpec, err: Errors) -> None:
    state = spec.replica_vm_state
    if state is VMState.Off:
        return
    if link.target.state not in (S.FailedOverWaitingCompletion, S.FailedOver):
        raise err("replica_vm_state", "a Replica VM can only run after it has been failed over")
    link.target_vm.state = state
    if state in (VMState.Running, VMState.Paused):
        since = lab.now - timedelta(minutes=spec.state.failover_minutes_ago or FAILOVER_DEFAULT)
        link.target_vm.started_at = since
