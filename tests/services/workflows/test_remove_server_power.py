"""Remove replication, Replica server settings with authorization entries, VM power (4.1, 4.6, 4.7)."""

from __future__ import annotations

import pytest

from hvgui.hyperv.enums import RelationshipType as R
from hvgui.hyperv.enums import ReplicationMode as M
from hvgui.hyperv.enums import ServerAuthenticationType, VMState
from hvgui.hyperv.errors import PreconditionFailed
from hvgui.hyperv.model import AuthorizationEntry
from hvgui.services.workflows.errors import WorkflowFailed
from hvgui.services.workflows.power import Power, PowerAction, PowerRequest
from hvgui.services.workflows.reads import read_replica_server
from hvgui.services.workflows.remove import RemoveReplication, RemoveReplicationRequest, RemoveSide
from hvgui.services.workflows.server import ReplicaServerRequest, ReplicaServerSettings
from tests.services.workflows.conftest import FQDN, SQL, A, B, Bench, C, run


def remove(bench: Bench, *sides: RemoveSide) -> RemoveReplication:
    return RemoveReplication(
        RemoveReplicationRequest(vm_id=SQL, vm_name="SQL01", sides=sides), bench.sessions
    )


def test_remove_on_both_sides(bench: Bench) -> None:
    bench.replicate()
    run(remove(bench, RemoveSide(A), RemoveSide(B)).run())
    assert bench.vm(A).replication_mode is M.NONE
    assert bench.vm(B).replication_mode is M.NONE
    assert bench.vm(B).state is VMState.Off  # the replica VM stays


def test_remove_on_one_side_leaves_the_other(bench: Bench) -> None:
    bench.replicate()
    run(remove(bench, RemoveSide(A)).run())
    assert bench.vm(A).replication_mode is M.NONE
    assert bench.vm(B).replication_mode is M.Replica
    with pytest.raises(PreconditionFailed, match="not replicated"):
        run(remove(bench, RemoveSide(A)).run())


def test_extended_replication_goes_first(bench: Bench) -> None:
    bench.replicate()
    bench.on_vm(B, SQL, "Enable-VMReplication", ReplicaServerName=FQDN[C], ReplicaServerPort=80,
                AuthenticationType="Kerberos", ReplicationFrequencySec=900)  # fmt: skip
    bench.on_vm(B, SQL, "Start-VMInitialReplication")
    bench.advance(1800)
    with pytest.raises(PreconditionFailed, match="Remove the extended replication first"):
        run(remove(bench, RemoveSide(B)).run())
    run(remove(bench, RemoveSide(B, R.Extended), RemoveSide(C), RemoveSide(B), RemoveSide(A)).run())
    for host in (A, B, C):
        assert bench.vm(host).replication_mode is M.NONE


def server(bench: Bench, **changes: object) -> ReplicaServerSettings:
    return ReplicaServerSettings(ReplicaServerRequest(host=B, **changes), bench.sessions)  # type: ignore[arg-type]


def test_replica_server_settings_and_authorization_entries(bench: Bench) -> None:
    entry = AuthorizationEntry("*.lab.test", "E:\\Replica", "Zentrale")
    workflow = server(bench, allow_any=False, add_entries=(entry,))
    assert [s.key for s in workflow.plan()] == ["server", "add_entry_*.lab.test"]
    info = run(workflow.run())
    assert (info.enabled, info.allow_any, info.entries) == (True, False, (entry,))
    changed = AuthorizationEntry("*.lab.test", "F:\\Replica", "Nord")
    extra = AuthorizationEntry(FQDN[C], "E:\\C", "Nord")
    info = run(server(bench, allow_any=False, change_entries=(changed,), add_entries=(extra,)).run())
    assert set(info.entries) == {changed, extra}
    info = run(
        server(
            bench,
            auth=ServerAuthenticationType.CertificateAndKerberos,
            certificate_thumbprint="B" * 40,
            certificate_port=8443,
            allow_any=True,
            default_storage="D:\\All",
            remove_entries=("*.lab.test", FQDN[C]),
        ).run()
    )
    assert (info.auth, info.certificate_port, info.allow_any, info.entries) == (
        ServerAuthenticationType.CertificateAndKerberos,
        8443,
        True,
        (),
    )
    # Read back independently of the workflow.
    again = run(read_replica_server(bench.sessions[B]))
    assert again.default_storage == "D:\\All"


def test_replica_server_settings_are_checked_first(bench: Bench) -> None:
    with pytest.raises(PreconditionFailed, match="needs a certificate"):
        run(server(bench, auth=ServerAuthenticationType.Certificate).run())
    with pytest.raises(PreconditionFailed, match="default storage"):
        run(server(bench, allow_any=True).run())
    with pytest.raises(PreconditionFailed, match="not a server name"):
        run(server(bench, add_entries=(AuthorizationEntry("hv.*.test", "E:\\", "G"),)).run())
    with pytest.raises(PreconditionFailed, match="no authorization entry"):
        run(server(bench, change_entries=(AuthorizationEntry("x.lab.test", "E:\\", "G"),)).run())
    assert bench.count(B, "Set-VMReplicationServer") == 0


def test_disable_the_replica_server(bench: Bench) -> None:
    info = run(server(bench, enabled=False).run())
    assert not info.enabled


def power(bench: Bench, action: PowerAction, host: str = A) -> Power:
    return Power(PowerRequest(vm_id=SQL, vm_name="SQL01", host=host, action=action), bench.sessions)


def test_start_shut_down_and_turn_off(bench: Bench) -> None:
    run(power(bench, PowerAction.SHUT_DOWN).run())
    assert bench.vm(A).state is VMState.Off
    with pytest.raises(PreconditionFailed, match="not running"):
        run(power(bench, PowerAction.SHUT_DOWN).run())
    run(power(bench, PowerAction.START).run())
    assert bench.vm(A).state is VMState.Running
    run(power(bench, PowerAction.TURN_OFF).run())
    assert bench.vm(A).state is VMState.Off


def test_a_replica_does_not_start_before_failover(bench: Bench) -> None:
    bench.replicate()
    with pytest.raises(PreconditionFailed, match="only start after a failover"):
        run(power(bench, PowerAction.START, B).run())


def test_a_guest_that_refuses_to_shut_down(bench: Bench) -> None:
    bench.lab.host(A).vms[SQL].shutdown_blocked = True
    with pytest.raises(WorkflowFailed) as caught:
        run(power(bench, PowerAction.SHUT_DOWN).run())
    assert "did not shut down" in caught.value.reason
    assert "turn the VM off" in caught.value.advice
