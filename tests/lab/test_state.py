"""Saving a lab and resuming it: nothing lost, nothing replayed, and foreign files refused."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from hvgui.lab import scenario, state
from hvgui.lab.enums import VMReplicationState, VMState
from hvgui.lab.runtime import Lab
from hvgui.lab.state import StateError
from tests.lab.conftest import Shell, cmd

MUC, FRA, DUS = "HV-MUENCHEN-01", "HV-FRANKFURT-02", "HV-DUESSELDORF-03"


@pytest.fixture
def demo() -> Lab:
    return scenario.load_demo()


def _saved(lab: Lab, path: Path) -> str:
    state.save(lab, path)
    return path.read_text(encoding="utf-8")


def test_save_load_save_is_identical(demo: Lab, tmp_path: Path) -> None:
    first = _saved(demo, tmp_path / "a.json")
    second = _saved(state.load(tmp_path / "a.json"), tmp_path / "b.json")
    assert first == second


def test_loaded_lab_equals_the_saved_one(demo: Lab, tmp_path: Path) -> None:
    Shell(demo, DUS).ok(
        cmd("Start-VMInitialReplication", VMName="MONITORING-01", DestinationPath="F:\\Export")
    )
    demo.save(tmp_path / "lab.json")
    resumed = Lab.load(tmp_path / "lab.json")
    # Dataclass equality compares every field, down to recovery points, sides and statistics.
    assert resumed.hosts == demo.hosts
    assert resumed.media == demo.media and len(resumed.media) == 1
    assert (resumed.now, resumed.last_tick) == (demo.now, demo.last_tick)
    assert resumed.hosts[MUC].unreachable_from == demo.hosts[MUC].unreachable_from


def test_saved_file_is_readable_json_with_names(demo: Lab, tmp_path: Path) -> None:
    data = json.loads(_saved(demo, tmp_path / "lab.json"))
    assert (data["format"], data["version"]) == ("hvgui-lab-state", 1)
    host = data["lab"]["hosts"][FRA]
    sql = next(vm for vm in host["vms"].values() if vm["name"] == "SQL-PROD-01")
    assert sql["relation"]["state"] == "Replicating"
    assert sql["relation"]["settings"]["auth_type"] == "Kerberos"
    assert sql["recovery_points"][0]["snapshot_type"] in ("Replica", "AppConsistentReplica")
    assert isinstance(sql["relation"]["settings"]["auto_resync_start"], float)
    assert data["clock"].endswith("+00:00")


def _projection(lab: Lab) -> list[Any]:
    """What an administrator sees, without the ids of recovery points created since loading."""
    rows = []
    for host in lab.hosts.values():
        for vm in sorted(host.vms.values(), key=lambda v: v.name):
            sides = [(s.state, s.last_replication_time, s.pending_bytes, s.ir_sent_bytes) for s in vm.sides()]
            rows.append((host.name, vm.name, vm.state, sides, [p.name for p in vm.recovery_points]))
    return rows


def test_resumed_lab_continues_like_the_original(demo: Lab, tmp_path: Path) -> None:
    demo.save(tmp_path / "lab.json")
    resumed = Lab.load(tmp_path / "lab.json")
    for lab in (demo, resumed):
        lab.advance(2 * 3600)
    assert _projection(resumed) == _projection(demo)
    (rep,) = Shell(resumed, FRA).ok(cmd("Get-VMReplication", VMName="SQL-PROD-01"))
    assert rep.properties["LastReplicationTime"] > resumed.now - timedelta(minutes=5)


def test_media_export_survives_a_restart(demo: Lab, tmp_path: Path) -> None:
    Shell(demo, DUS).ok(
        cmd("Start-VMInitialReplication", VMName="MONITORING-01", DestinationPath="F:\\Export")
    )
    demo.save(tmp_path / "lab.json")
    resumed = Lab.load(tmp_path / "lab.json")
    fra = Shell(resumed, FRA)
    fra.ok(cmd("Import-VMInitialReplication", VMName="MONITORING-01", Path="F:\\Export"))
    assert fra.prop("MONITORING-01", "ReplicationState") is VMReplicationState.Replicating


def test_load_takes_the_speed(demo: Lab, tmp_path: Path) -> None:
    demo.save(tmp_path / "lab.json")
    assert state.load(tmp_path / "lab.json", speed=60).clock.speed == 60
    assert state.load(tmp_path / "lab.json").clock.speed == 0


def test_a_field_missing_from_an_older_file_gets_its_default(demo: Lab, tmp_path: Path) -> None:
    data = json.loads(_saved(demo, tmp_path / "lab.json"))
    for vm in data["lab"]["hosts"][MUC]["vms"].values():
        del vm["shutdown_blocked"]
    (tmp_path / "old.json").write_text(json.dumps(data), encoding="utf-8")
    resumed = state.load(tmp_path / "old.json")
    assert not any(vm.shutdown_blocked for vm in resumed.hosts[MUC].vms.values())


def _corrupt(data: dict[str, Any], how: str) -> None:
    vm = next(iter(data["lab"]["hosts"][MUC]["vms"].values()))
    if how == "bad enum":
        vm["state"] = "Sleeping"
    elif how == "wrong type":
        vm["processor_count"] = "eight"
    elif how == "bool for int":
        vm["processor_count"] = True
    elif how == "unknown field":
        vm["colour"] = "blue"
    elif how == "missing field":
        del vm["name"]
    elif how == "bad uuid":
        vm["id"] = "not-a-uuid"
    elif how == "naive time":
        data["clock"] = "2026-11-25T08:00:00"
    elif how == "not a list":
        vm["disks"] = {}


@pytest.mark.parametrize(
    ("how", "where"),
    [
        ("bad enum", ".state"),
        ("wrong type", ".processor_count"),
        ("bool for int", ".processor_count"),
        ("unknown field", ".colour"),
        ("missing field", ".name"),
        ("bad uuid", ".id"),
        ("naive time", "clock"),
        ("not a list", ".disks"),
    ],
)
def test_corrupt_state_is_refused_with_its_place(demo: Lab, tmp_path: Path, how: str, where: str) -> None:
    data = json.loads(_saved(demo, tmp_path / "lab.json"))
    _corrupt(data, how)
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(StateError, match="corrupt lab state at") as caught:
        state.load(tmp_path / "bad.json")
    assert where in str(caught.value) and "bad.json" in str(caught.value)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "invalid JSON"),
        ('{"hosts": {}}', "not an hvgui lab state file"),
        ("[1, 2]", "not an hvgui lab state file"),
        ('{"format": "hvgui-lab-state", "version": 99, "lab": {}}', "version 99"),
        (
            '{"format": "hvgui-lab-state", "version": 1, "clock": "2026-11-25T08:00:00+00:00", "lab": []}',
            "lab",
        ),
    ],
)
def test_foreign_files_are_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(StateError, match=message):
        state.load(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StateError, match="cannot read"):
        state.load(tmp_path / "nothing.json")


def test_failed_save_keeps_the_previous_file(demo: Lab, tmp_path: Path) -> None:
    path = tmp_path / "lab.json"
    good = _saved(demo, path)
    vm = next(iter(demo.hosts[MUC].vms.values()))
    vm.state = "Running"  # type: ignore[assignment]  # a lab bug: saving must fail, not write it
    with pytest.raises(TypeError, match=r"\.state"):
        state.save(demo, path)
    vm.state = VMState.Running
    assert path.read_text(encoding="utf-8") == good
    assert [p.name for p in tmp_path.iterdir()] == ["lab.json"]
