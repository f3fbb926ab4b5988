"""A small three-host lab built from the model, driven only through the cmdlet interface."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest

from hvgui.lab.clock import LabClock
from hvgui.lab.enums import VMState
from hvgui.lab.model import GIB, LabHost, LabVM, NetworkAdapter, ReplicaServerSettings, VirtualDisk
from hvgui.lab.records import CommandCall, LabObject, PipelineResult
from hvgui.lab.runtime import Lab

START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
SQL_ID = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")
A, B, C = "HV-A", "HV-B", "HV-C"
FQDN = {A: "hv-a.lab.test", B: "hv-b.lab.test", C: "hv-c.lab.test"}


def cmd(name: str, *positional: Any, **named: Any) -> CommandCall:
    return CommandCall.of(name, *positional, **named)


class Shell:
    """Runs pipelines on one host and checks them like an admin reading PowerShell output."""

    def __init__(self, lab: Lab, host: str) -> None:
        self.lab, self.host = lab, host

    def run(self, *calls: CommandCall) -> PipelineResult:
        return self.lab.invoke(self.host, list(calls))

    def ok(self, *calls: CommandCall) -> list[Any]:
        result = self.run(*calls)
        assert result.failure is None, result.failure
        assert not result.errors, result.errors
        return result.output

    def fails(self, *calls: CommandCall) -> str:
        """The FullyQualifiedErrorId of the one error the pipeline produced."""
        result = self.run(*calls)
        records = [result.failure] if result.failure else result.errors
        assert records and records[0] is not None, f"expected an error, got {result.output}"
        return records[0].fq_error_id

    def vm(self, name: str = "SQL01") -> LabObject:
        (obj,) = self.ok(cmd("Get-VM", Name=name))
        return obj

    def prop(self, name: str, prop: str) -> Any:
        return self.vm(name).properties[prop]

    def by_id(self, *calls: CommandCall, vm_id: UUID = SQL_ID) -> list[Any]:
        return self.ok(cmd("Get-VM", Id=str(vm_id)), *calls)


def make_lab() -> Lab:
    hosts: dict[str, LabHost] = {}
    for name in (A, B, C):
        host = LabHost(name, "lab.test", certificates=[f"{name[-1]}" * 40])
        host.replica = ReplicaServerSettings(enabled=True, allow_any=True, default_storage="D:\\Replica")
        hosts[name] = host
    sql = LabVM(
        id=SQL_ID,
        name="SQL01",
        state=VMState.Running,
        disks=[VirtualDisk("C:\\VMs\\SQL01\\os.vhdx", 100 * GIB, 20 * GIB)],
        adapters=[NetworkAdapter(switch_name="LAN", mac_address="00155D010101")],
        started_at=START,
    )
    web = LabVM(
        id=UUID(int=2), name="Web [Test]*", state=VMState.Off, disks=[VirtualDisk("C:\\w.vhdx", GIB, GIB)]
    )
    hosts[A].vms = {sql.id: sql, web.id: web}
    lab = Lab(hosts, LabClock(START))
    lab.last_tick = START
    return lab


@pytest.fixture
def lab() -> Iterator[Lab]:
    yield make_lab()


@pytest.fixture
def a(lab: Lab) -> Shell:
    return Shell(lab, A)


@pytest.fixture
def b(lab: Lab) -> Shell:
    return Shell(lab, B)


@pytest.fixture
def c(lab: Lab) -> Shell:
    return Shell(lab, C)


def enable(shell: Shell, to: str, vm: str = "SQL01", **extra: Any) -> None:
    shell.ok(
        cmd(
            "Enable-VMReplication",
            VMName=vm,
            ReplicaServerName=FQDN[to],
            ReplicaServerPort=80,
            AuthenticationType="Kerberos",
            **extra,
        )
    )


def replicating(lab: Lab, a: Shell, **extra: Any) -> None:
    """SQL01 replicating A -> B after a completed initial replication."""
    enable(a, B, **extra)
    a.ok(cmd("Start-VMInitialReplication", VMName="SQL01"))
    lab.advance(600)
