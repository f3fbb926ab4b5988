"""Scenario files: the demo as an administrator sees it, fidelity to the cmdlets, and validation."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path
from typing import Any

import pytest

from hvgui.lab import scenario
from hvgui.lab.enums import (
    SnapshotType,
    VMReplicationHealthState,
    VMReplicationMode,
    VMReplicationRelationshipType,
    VMReplicationState,
    VMState,
)
from hvgui.lab.runtime import Lab
from hvgui.lab.scenario import ScenarioError
from tests.lab.conftest import START, Shell, cmd

MUC, FRA, DUS = "HV-MUENCHEN-01", "HV-FRANKFURT-02", "HV-DUESSELDORF-03"
LOHN = 'Lohnbuchhaltung "Süd" [Prod]'
DOCS = Path(__file__).resolve().parents[2] / "docs" / "lab-scenarios.md"


@pytest.fixture(scope="module")
def demo() -> Lab:
    # Read-only tests share one demo; tests that change it load their own.
    return scenario.load_demo()


def vm_row(lab: Lab, host: str, name: str) -> dict[str, Any]:
    (obj,) = Shell(lab, host).ok(cmd("Get-VM", Name=name.replace("[", "`[").replace("]", "`]")))
    props: dict[str, Any] = obj.properties
    return props


# -- The demo as Get-VM shows it ------------------------------------------------------------------

DEMO_TABLE = [
    # host, VM, mode, replication state, health
    (MUC, "SQL-PROD-01", "Primary", "Replicating", "Normal"),
    (FRA, "SQL-PROD-01", "Replica", "Replicating", "Normal"),
    (MUC, "FS-MUC-01", "Primary", "Replicating", "Normal"),
    (FRA, "FS-MUC-01", "Replica", "Replicating", "Normal"),
    (DUS, "FS-MUC-01", "ExtendedReplica", "Replicating", "Normal"),
    (MUC, LOHN, "Primary", "Suspended", "Warning"),
    (DUS, LOHN, "Replica", "Replicating", "Warning"),
    (MUC, "ERP-SAP-APP01", "Primary", "WaitingForStartResynchronize", "Critical"),
    (FRA, "ERP-SAP-APP01", "Replica", "Replicating", "Warning"),
    (MUC, "DC-MUC-01", "None_", "Disabled", "NotApplicable"),
    (MUC, "ARCHIV-FS-02", "Primary", "InitialReplicationInProgress", "Warning"),
    (DUS, "ARCHIV-FS-02", "Replica", "WaitingForInitialReplication", "Warning"),
    (MUC, "PRINT-MUC-01", "Primary", "PreparedForFailover", "Warning"),
    (FRA, "PRINT-MUC-01", "Replica", "Replicating", "Normal"),
    (FRA, "EXCH-MBX-01", "Primary", "Replicating", "Normal"),
    (MUC, "EXCH-MBX-01", "Replica", "Replicating", "Normal"),
    (FRA, "CRM-WEB-01", "Primary", "Error", "Critical"),
    (DUS, "CRM-WEB-01", "Replica", "Replicating", "Warning"),
    (FRA, "RDS-SH-01", "Primary", "Replicating", "Normal"),
    (MUC, "RDS-SH-01", "Replica", "Replicating", "Normal"),
    (MUC, "RDS-SH-01 - Test", "TestReplica", "Disabled", "NotApplicable"),
    (FRA, "BUILD-AGENT-07", "None_", "Disabled", "NotApplicable"),
    (DUS, "ZEITERFASSUNG-01", "Primary", "Error", "Critical"),
    (MUC, "ZEITERFASSUNG-01", "Replica", "FailedOverWaitingCompletion", "Warning"),
    (DUS, "MONITORING-01", "Primary", "ReadyForInitialReplication", "Warning"),
    (FRA, "MONITORING-01", "Replica", "WaitingForInitialReplication", "Warning"),
    (DUS, "WIKI-INTRANET", "Primary", "Replicating", "Normal"),
    (FRA, "WIKI-INTRANET", "Replica", "Replicating", "Normal"),
]


@pytest.mark.parametrize(("host", "name", "mode", "state", "health"), DEMO_TABLE)
def test_demo_vm_states(demo: Lab, host: str, name: str, mode: str, state: str, health: str) -> None:
    row = vm_row(demo, host, name)
    assert row["ReplicationMode"] is VMReplicationMode[mode]
    assert row["ReplicationState"] is VMReplicationState[state]
    assert row["ReplicationHealth"] is VMReplicationHealthState[health]


def test_demo_lists_every_vm_and_nothing_else(demo: Lab) -> None:
    listed = {
        (host, obj.properties["Name"])
        for host in (MUC, FRA, DUS)
        for obj in Shell(demo, host).ok(cmd("Get-VM"))
    }
    assert listed == {(host, name) for host, name, *_ in DEMO_TABLE}


def test_demo_hosts_are_replica_servers_with_mixed_authorization(demo: Lab) -> None:
    servers = {h: Shell(demo, h).ok(cmd("Get-VMReplicationServer"))[0].properties for h in (MUC, FRA, DUS)}
    assert all(s["ReplicationEnabled"] for s in servers.values())
    assert servers[FRA]["ReplicationAllowedFromAnyServer"] is True
    assert servers[FRA]["CertificateAuthenticationPort"] == 443 and servers[FRA]["CertificateThumbprint"]
    entries = Shell(demo, MUC).ok(cmd("Get-VMReplicationAuthorizationEntry"))
    assert [e.properties["AllowedPrimaryServer"] for e in entries] == ["*.rz.contoso-gmbh.de"]
    assert len(Shell(demo, DUS).ok(cmd("Get-VMReplicationAuthorizationEntry"))) == 2


def test_demo_replica_is_the_same_vm_with_its_disks_under_the_replica_storage(demo: Lab) -> None:
    primary, replica = vm_row(demo, MUC, "SQL-PROD-01"), vm_row(demo, FRA, "SQL-PROD-01")
    assert replica["Id"] == primary["Id"]
    assert replica["State"] is VMState.Off and primary["State"] is VMState.Running
    assert (replica["ProcessorCount"], replica["MemoryStartup"]) == (
        primary["ProcessorCount"],
        primary["MemoryStartup"],
    )
    assert len(replica["HardDrives"]) == 3
    assert all(d.properties["Path"].startswith("R:\\HYPER-V REPLICA\\") for d in replica["HardDrives"])
    assert all(a.properties["SwitchName"] is None for a in replica["NetworkAdapters"])


def test_demo_recovery_history_with_vss(demo: Lab) -> None:
    points = Shell(demo, FRA).ok(cmd("Get-VMSnapshot", VMName="SQL-PROD-01"))
    kinds = [p.properties["SnapshotType"] for p in points]
    assert len(points) == 24
    assert set(kinds) == {SnapshotType.Replica, SnapshotType.AppConsistentReplica}
    assert kinds.count(SnapshotType.AppConsistentReplica) == 6  # every 4 hours
    times = [p.properties["CreationTime"] for p in points]
    assert all((b - a).total_seconds() == 3600 for a, b in itertools.pairwise(times))
    (health,) = Shell(demo, FRA).ok(cmd("Measure-VMReplication", VMName="SQL-PROD-01"))
    assert health.properties["LastReplicationTime"] == times[-1]
    assert health.properties["SuccessfulReplicationCount"] > 0


def test_demo_prepared_vm_has_a_synced_point(demo: Lab) -> None:
    points = Shell(demo, FRA).ok(cmd("Get-VMSnapshot", VMName="PRINT-MUC-01", SnapshotType="SyncedReplica"))
    assert len(points) == 1


def test_demo_extended_relationship(demo: Lab) -> None:
    (ext,) = Shell(demo, FRA).ok(
        cmd("Get-VMReplication", VMName="FS-MUC-01", ReplicationRelationshipType="Extended")
    )
    assert ext.properties["ReplicationState"] is VMReplicationState.Replicating
    assert ext.properties["ReplicaServerName"] == "hv-duesseldorf-03.rz.contoso-gmbh.de"
    assert ext.properties["ReplicationFrequencySec"] == 900
    (simple,) = Shell(demo, DUS).ok(cmd("Get-VMReplication", VMName="FS-MUC-01"))
    assert simple.properties["ReplicationRelationshipType"] is VMReplicationRelationshipType.Extended


def test_demo_test_failover_is_running(demo: Lab) -> None:
    (health,) = Shell(demo, MUC).ok(cmd("Measure-VMReplication", VMName="RDS-SH-01"))
    assert health.properties["TestFailoverStatus"] == "Running"
    test_vm = vm_row(demo, MUC, "RDS-SH-01 - Test")
    assert test_vm["State"] is VMState.Running
    assert [a.properties["SwitchName"] for a in test_vm["NetworkAdapters"]] == ["vSwitch-Testnetz"]


def test_demo_initial_replication_is_big_and_in_progress(demo: Lab) -> None:
    assert vm_row(demo, MUC, "ARCHIV-FS-02")["Status"] == "Sending initial replica (12%)"
    (health,) = Shell(demo, MUC).ok(cmd("Measure-VMReplication", VMName="ARCHIV-FS-02"))
    assert health.properties["InitialReplicationSize"] > 5 * 1024**4


def test_demo_name_with_umlaut_quotes_and_brackets_is_a_wildcard_trap(demo: Lab) -> None:
    # As in PowerShell, [Prod] is a wildcard set: the plain name finds nothing; escaped it finds the VM.
    plain = Shell(demo, MUC).run(cmd("Get-VM", Name=LOHN))
    assert (plain.output, plain.errors, plain.failure) == ([], [], None)
    assert vm_row(demo, MUC, LOHN)["Name"] == LOHN


def test_demo_ids_are_stable_across_loads(demo: Lab) -> None:
    again = scenario.load_demo()
    assert sorted(map(str, demo.host(MUC).vms)) == sorted(map(str, again.host(MUC).vms))


def test_lab_demo_and_from_scenario_file(tmp_path: Path) -> None:
    assert set(Lab.demo().host_names()) == {MUC, FRA, DUS}
    path = tmp_path / "lab.toml"
    path.write_text(_docs_example(), encoding="utf-8")
    assert Lab.from_scenario_file(path).host("HV-FRANKFURT-02").vms


# -- The demo is live: the cmdlets and the engine carry on from it --------------------------------


def test_demo_workflows_continue() -> None:
    lab = scenario.load_demo()
    muc, fra, dus = Shell(lab, MUC), Shell(lab, FRA), Shell(lab, DUS)
    # Planned failover of the prepared VM, steps 3 to 5.
    fra.ok(cmd("Start-VMFailover", VMName="PRINT-MUC-01", Confirm=False))
    fra.ok(cmd("Set-VMReplication", VMName="PRINT-MUC-01", Reverse=None))
    fra.ok(cmd("Start-VM", Name="PRINT-MUC-01"))
    assert fra.prop("PRINT-MUC-01", "ReplicationMode") is VMReplicationMode.Primary
    # The error is fixed by resuming; the test failover is stopped; the unplanned failover completed.
    fra.ok(cmd("Resume-VMReplication", VMName="CRM-WEB-01"))
    muc.ok(cmd("Stop-VMFailover", VMName="RDS-SH-01"))
    muc.ok(cmd("Complete-VMFailover", VMName="ZEITERFASSUNG-01", Confirm=False))
    muc.ok(cmd("Resume-VMReplication", VMName="ERP-SAP-APP01", Resynchronize=None))
    lab.advance(6 * 3600)
    assert fra.prop("CRM-WEB-01", "ReplicationState") is VMReplicationState.Replicating
    assert fra.prop("CRM-WEB-01", "ReplicationHealth") is VMReplicationHealthState.Normal
    assert not muc.run(cmd("Get-VM", Name="RDS-SH-01 - Test")).output
    assert muc.prop("ZEITERFASSUNG-01", "ReplicationState") is VMReplicationState.FailedOver
    assert muc.prop("ERP-SAP-APP01", "ReplicationState") is VMReplicationState.Replicating
    assert dus.prop("MONITORING-01", "ReplicationState") in (
        VMReplicationState.InitialReplicationInProgress,
        VMReplicationState.Replicating,
    )
    lab.advance(9 * 3600)  # 88 % of 5.6 TB at the lab's 100 MiB/s: about 14 hours
    assert muc.prop("ARCHIV-FS-02", "ReplicationState") is VMReplicationState.Replicating
    assert dus.prop("ARCHIV-FS-02", "ReplicationState") is VMReplicationState.Replicating


def test_speed_makes_the_clock_run() -> None:
    lab = scenario.load_demo(speed=3600)
    start = lab.now
    assert lab.last_tick is not None and lab.last_tick <= lab.now
    time.sleep(0.05)
    lab.tick()
    assert (lab.now - start).total_seconds() >= 150
    side = lab.host(MUC).vms_named("ARCHIV-FS-02")[0].relation
    assert side is not None and side.ir_sent_bytes > 0.12 * side.ir_total_bytes + 100 * 1024**2


def test_loading_does_not_replay_history() -> None:
    lab = scenario.load_demo()
    before = len(Shell(lab, FRA).ok(cmd("Get-VMSnapshot", VMName="SQL-PROD-01")))
    lab.tick()
    assert lab.last_tick == lab.now
    assert len(Shell(lab, FRA).ok(cmd("Get-VMSnapshot", VMName="SQL-PROD-01"))) == before


# -- The documentation's example ------------------------------------------------------------------


def _docs_example() -> str:
    text = DOCS.read_text(encoding="utf-8")
    section = text.split("## Complete example", 1)[1]
    match = re.search(r"```toml\n(.*?)```", section, re.DOTALL)
    assert match is not None
    return match.group(1)


def test_docs_example_loads() -> None:
    lab = scenario.load_text(_docs_example(), source="docs")
    assert lab.now == START
    sql = lab.host(FRA).vms_named("SQL-PROD-01")[0]
    assert sql.mode is VMReplicationMode.Replica and sql.extended is not None
    assert len(sql.recovery_points) == 24
    assert lab.host(DUS).vms_named("SQL-PROD-01")[0].mode is VMReplicationMode.ExtendedReplica
    assert lab.host(MUC).vms_named(LOHN)[0].relation.state is VMReplicationState.PreparedForFailover  # type: ignore[union-attr]


# -- Fidelity: a scenario builds what the cmdlets build -------------------------------------------


def _twin_host(name: str, vms: str = "") -> str:
    return f"""
[[hosts]]
name = "{name}"
domain = "lab.test"
certificates = ["{name[-1] * 40}"]
[hosts.replica_server]
enabled = true
allow_any = true
default_storage = 'D:\\Replica'
{vms}"""


# conftest.make_lab() as a scenario: the same hosts and SQL01, before any replication.
_TWIN_SQL01 = """[[hosts.vms]]
name = "SQL01"
id = "5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01"
state = "{vm_state}"
[[hosts.vms.disks]]
path = 'C:\\VMs\\SQL01\\os.vhdx'
size_gb = 100
used_gb = 20
[[hosts.vms.adapters]]
switch = "LAN"
mac = "00155D010101"
"""
_TWIN = (
    '[lab]\nstart = "2026-11-25T08:00:00Z"\n'
    + _twin_host("HV-A", _TWIN_SQL01)
    + _twin_host("HV-B")
    + _twin_host("HV-C")
    + '\n[[replications]]\nvm = "SQL01"\nprimary = "HV-A"\nreplica = "HV-B"\n{replication}\n'
)

_SIDE_FIELDS = (
    "relationship_type", "is_source", "state", "settings", "ir_method", "ir_total_bytes", "export_path",
    "state_before_failover", "state_before_suspend", "allowed_primary_server", "trust_group",
)  # fmt: skip


def _view(lab: Lab) -> dict[tuple[str, str], Any]:
    """Everything about SQL01's copies that does not depend on when things happened."""
    out: dict[tuple[str, str], Any] = {}
    for host in lab.hosts.values():
        for vm in host.vms.values():
            if not vm.name.startswith("SQL01"):
                continue
            out[(host.name, vm.name)] = {
                "id": vm.id if vm.mode is not VMReplicationMode.TestReplica else None,
                "path": vm.path if vm.mode is not VMReplicationMode.Primary else None,
                "hardware": (vm.state, vm.generation, vm.version, vm.processor_count, vm.memory_startup),
                "disks": vm.disks,
                "adapters": [(a.name, a.switch_name, a.mac_address, a.ip_addresses) for a in vm.adapters],
                "mode": (vm.mode, vm.test_of),
                "points": [p.snapshot_type for p in vm.recovery_points],
                "sides": [
                    {f: getattr(s, f) for f in _SIDE_FIELDS}
                    | {"sent_mib": s.ir_sent_bytes // 2**20, "test_vm": s.test_vm_id is not None}
                    for s in vm.sides()
                ],
            }
    return out


def _by_cmdlets(recipe: str) -> Lab:
    from tests.lab.conftest import B, C, enable, make_lab, replicating

    lab = make_lab()
    a, b = Shell(lab, "HV-A"), Shell(lab, "HV-B")
    if recipe in ("ready", "ir"):
        enable(a, B)
        if recipe == "ir":
            a.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
            lab.advance(10)
        return lab
    replicating(lab, a)
    if recipe == "suspended":
        a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
    elif recipe == "prepared":
        a.ok(cmd("Stop-VM", Name="SQL01"))
        a.ok(cmd("Start-VMFailover", VMName="SQL01", Prepare=None, Confirm=False))
    elif recipe in ("failed over", "completed"):
        b.ok(cmd("Start-VMFailover", VMName="SQL01", Confirm=False))
        if recipe == "completed":
            b.ok(cmd("Complete-VMFailover", VMName="SQL01", Confirm=False))
    elif recipe == "resync":
        a.ok(cmd("Suspend-VMReplication", VMName="SQL01"))
        a.ok(cmd("Resume-VMReplication", VMName="SQL01", Resynchronize=None))
    elif recipe == "error":
        lab.set_partition("HV-A", "HV-B", True)
        lab.advance(3600)
        lab.set_partition("HV-A", "HV-B", False)
    elif recipe == "test failover":
        b.ok(cmd("Start-VMFailover", VMName="SQL01", AsTest=None, Confirm=False))
    elif recipe == "extended":
        enable(b, C, ReplicationFrequencySec=300)
        b.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
        lab.advance(600)
    return lab


@pytest.mark.parametrize(
    ("recipe", "vm_state", "replication"),
    [
        ("ready", "Running", 'state = "ReadyForInitialReplication"'),
        (
            "ir",
            "Running",
            'state = "InitialReplicationInProgress"\nir_progress = 0.048828125',
        ),  # 1000 MiB of 20 GiB: one 10 s step
        ("replicating", "Running", 'state = "Replicating"'),
        ("suspended", "Running", 'state = "Suspended"'),
        ("prepared", "Off", 'state = "PreparedForFailover"'),
        ("failed over", "Running", 'state = "FailedOverWaitingCompletion"'),
        ("completed", "Running", 'state = "FailedOver"'),
        ("resync", "Running", 'state = "Resynchronizing"'),
        ("error", "Running", 'state = "Error"'),
        ("test failover", "Running", "test_failover = true"),
        ("extended", "Running", 'extended = "HV-C"'),
    ],
)
def test_scenario_builds_what_the_cmdlets_build(recipe: str, vm_state: str, replication: str) -> None:
    text = _TWIN.replace("{vm_state}", vm_state).replace("{replication}", replication)
    assert _view(scenario.load_text(text)) == _view(_by_cmdlets(recipe))


def _twin(replication: str, host_a: str = "") -> Lab:
    text = _TWIN.replace("{vm_state}", "Running").replace("{replication}", replication)
    return scenario.load_text(text.replace('name = "HV-A"', 'name = "HV-A"\n' + host_a))


def test_primary_host_down_after_an_unplanned_failover() -> None:
    lab = _twin('state = "FailedOverWaitingCompletion"\nreplica_vm_state = "Running"', host_a="down = true")
    b = Shell(lab, "HV-B")
    assert lab.is_host_down("HV-A")
    assert (b.prop("SQL01", "ReplicationState"), b.prop("SQL01", "State")) == (
        VMReplicationState.FailedOverWaitingCompletion,
        VMState.Running,
    )
    lab.set_host_down("HV-A", False)
    lab.advance(45 * 60)
    # Back up, the old primary keeps sending to a replica that no longer accepts: Error after 30 minutes.
    assert Shell(lab, "HV-A").prop("SQL01", "ReplicationState") is VMReplicationState.Error


def test_a_cut_link_shows_as_failing_replication() -> None:
    lab = _twin("last_replication_minutes_ago = 12", host_a='unreachable_from = ["HV-B"]')
    a = Shell(lab, "HV-A")
    assert a.prop("SQL01", "ReplicationState") is VMReplicationState.Replicating
    assert a.prop("SQL01", "ReplicationHealth") is VMReplicationHealthState.Warning
    lab.advance(30 * 60)
    assert a.prop("SQL01", "ReplicationState") is VMReplicationState.Error
    with pytest.raises(ScenarioError, match=r"key 'last_replication_minutes_ago'.*state Error"):
        _twin("last_replication_minutes_ago = 120", host_a='unreachable_from = ["HV-B"]')


# -- Validation -------------------------------------------------------------------------------------

_REP = 'vm = "SQL01"\nprimary = "HV-A"\nreplica = "HV-B"'
_ENTRY = """[[hosts.replica_server.entries]]
allowed_primary_server = "{server}"
storage_location = 'E:\\Replica'
trust_group = "T\""""
_SMALL = """{lab}
[[hosts]]
name = "HV-A"
domain = "lab.test"
certificates = ["AAAA"]
[hosts.replica_server]
enabled = true
allow_any = true
default_storage = 'D:\\Replica'
{server_a}
[[hosts.vms]]
name = "SQL01"
{vm}
[[hosts.vms.disks]]
path = 'C:\\VMs\\SQL01.vhdx'
size_gb = 100
[[hosts]]
name = "HV-B"
domain = "lab.test"
{host_b}
[hosts.replica_server]
{server_b}
[[replications]]
{rep}
{extra}
"""
_DEFAULTS = {
    "lab": "",
    "server_a": "",
    "vm": 'state = "Running"',
    "host_b": "",
    "server_b": "enabled = true\n" + _ENTRY.format(server="hv-a.lab.test"),
    "rep": _REP,
    "extra": "",
}


def small(**parts: str) -> str:
    text = _SMALL
    for key, default in _DEFAULTS.items():
        text = text.replace("{" + key + "}", parts.get(key, default))
    return text


def test_small_scenario_is_valid() -> None:
    lab = scenario.load_text(small(server_b="enabled = true\n" + _ENTRY.format(server="*.lab.test")))
    assert lab.host("HV-B").vms_named("SQL01")[0].relation.trust_group == "T"  # type: ignore[union-attr]


_R = "[[replications]] #1 (vm 'SQL01')"
_VM = "[[hosts.vms]] 'SQL01' on 'HV-A'"


@pytest.mark.parametrize(
    ("parts", "where", "key", "problem"),
    [
        ({"extra": "[bogus]\nx = 1"}, "top level", "bogus", "unknown key"),
        ({"vm": 'colour = "blue"'}, _VM, "colour", "unknown key"),
        ({"rep": _REP + "\nfrequncy_sec = 300"}, _R, "frequncy_sec", "unknown key"),
        ({"rep": _REP.replace("HV-B", "HV-X")}, _R, "replica", "no host named 'HV-X'"),
        ({"rep": _REP.replace('"SQL01"', '"NOPE"')}, "[[replications]] #1 (vm 'NOPE')", "vm", "no VM named"),
        ({"rep": _REP + '\nstate = "Replicate"'}, _R, "state", "unknown VMReplicationState 'Replicate'"),
        ({"rep": _REP + '\nstate = "FiredrillInProgress"'}, _R, "state", "cannot start a relationship"),
        ({"vm": 'state = "Runing"'}, _VM, "state", "unknown VMState 'Runing'"),
        ({"vm": 'cpu_count = "four"'}, _VM, "cpu_count", "expected an integer"),
        ({"server_b": 'enabled = true\nauth = "NTLM"'}, "[hosts.replica_server] of 'HV-B'", "auth", "unknown"),
        ({"server_b": "enabled = false"}, _R, "replica", "not enabled as a Replica server"),
        ({"server_b": "enabled = true\n" + _ENTRY.format(server="*.other.test")}, _R, "replica", "not authorized"),
        ({"rep": _REP + "\nfrequency_sec = 60"}, _R, "frequency_sec", "expected one of 30, 300, 900"),
        ({"rep": _REP + '\nextended = "HV-A"\nextended_frequency_sec = 30'}, _R, "extended_frequency_sec", "300"),
        (
            {"rep": _REP + '\nfrequency_sec = 900\nextended = "HV-A"\nextended_frequency_sec = 300'},
            _R, "extended_frequency_sec", "shorter",
        ),
        ({"rep": _REP + '\nextended = "HV-A"'}, _R, "extended", "third host"),
        ({"rep": _REP + '\nextended_state = "Suspended"'}, _R, "extended_state", "needs 'extended'"),
        ({"rep": _REP + "\nrecovery_history = 25"}, _R, "recovery_history", "out of range"),
        ({"rep": _REP + "\nvss_hours = 4"}, _R, "vss_hours", "recovery_history > 0"),
        ({"rep": _REP + "\nport = 8080"}, _R, "port", "listens for Kerberos on port 80"),
        ({"rep": _REP + '\nauth = "Certificate"'}, _R, "auth", "does not accept Certificate"),
        ({"rep": _REP + "\nir_progress = 0.5"}, _R, "ir_progress", "InitialReplicationInProgress only"),
        ({"rep": _REP + '\ntest_vm_state = "Running"'}, _R, "test_vm_state", "test_failover = true"),
        ({"rep": _REP + '\nstate = "PreparedForFailover"'}, _R, "state", "must be Off"),
        ({"rep": _REP + '\nreplica_vm_state = "Running"'}, _R, "replica_vm_state", "after it has been failed over"),
        (
            {"rep": _REP + '\nstate = "FailedOverWaitingCompletion"\ntest_failover = true'},
            _R, "test_failover", "not FailedOverWaitingCompletion",
        ),
        ({"extra": "[[replications]]\n" + _REP}, "[[replications]] #2", "vm", "already replicated"),
        ({"host_b": 'unreachable_from = ["HV-Z"]'}, "[[hosts]] 'HV-B'", "unreachable_from", "'HV-Z'"),
        (
            {"server_a": 'auth = "Certificate"\ncertificate_thumbprint = "CCCC"'},
            "[hosts.replica_server] of 'HV-A'", "certificate_thumbprint", "not one of the host's certificates",
        ),
        ({"server_b": "enabled = true\nallow_any = true"}, "[hosts.replica_server] of 'HV-B'", "default_storage", ""),
        ({"lab": '[lab]\nstart = "yesterday"'}, "[lab]", "start", "ISO-8601"),
        ({"host_b": 'name = "HV-A"'}, "", "", "not valid TOML"),
        ({"extra": '[[hosts]]\nname = "hv-a"'}, "[[hosts]] 'hv-a'", "name", "defined twice"),
        ({"extra": '[[hosts]]\nname = "HV C"'}, "[[hosts]] 'HV C'", "name", "not a valid computer name"),
        ({"vm": 'generation = 2\n[[hosts.vms.disks]]\npath = "x"\nsize_gb = 1\ncontroller = "IDE"'}, "disks", "controller", "IDE"),
        (
            {"extra": '[[hosts]]\nname = "HV-C"\n[[hosts.vms]]\nname = "X"\nid = "5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01"\n'
             '[[hosts.vms]]\nname = "Y"\nid = "5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01"'},
            "[[hosts.vms]] 'Y' on 'HV-C'", "id", "already the id",
        ),
    ],
)  # fmt: skip
def test_validation_errors_name_file_table_and_key(
    parts: dict[str, str], where: str, key: str, problem: str
) -> None:
    with pytest.raises(ScenarioError) as caught:
        scenario.load_text(small(**parts), source="scen.toml")
    message = str(caught.value)
    assert message.startswith("scen.toml: ")
    assert where in message and problem in message
    if key:
        assert f"key '{key}'" in message


def test_load_file_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(small(rep=_REP + "\nfrequency_sec = 60"), encoding="utf-8")
    with pytest.raises(ScenarioError, match=re.escape(str(path))):
        scenario.load_file(path)
    with pytest.raises(ScenarioError, match="cannot read"):
        scenario.load_file(tmp_path / "missing.toml")
