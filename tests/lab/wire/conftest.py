"""Fixtures for the wire tests: a scripted stand-in for the Lab, servers, and pypsrp helpers.

The stand-in answers a handful of cmdlets with fixed objects so that these tests pin down the wire
format alone; test_e2e_lab.py runs the real simulation through the same server.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypsrp.powershell import PowerShell, RunspacePool
from pypsrp.wsman import WSMan

from hvgui.lab.clock import LabClock
from hvgui.lab.enums import ErrorCategory, VMReplicationHealthState, VMReplicationMode, VMState
from hvgui.lab.records import CommandCall, ErrorRecord, Int64, LabObject, PipelineResult, UInt32, UInt64
from hvgui.lab.wire import Endpoint, LabServer

HOSTS = ["HV-A", "HV-B"]
VM_ID = uuid.UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")
STARTED = datetime(2026, 11, 25, 8, 0, 0, 123456, tzinfo=UTC)
VM_TYPES = [
    "Microsoft.HyperV.PowerShell.VirtualMachine",
    "Microsoft.HyperV.PowerShell.VirtualMachineBase",
    "Microsoft.HyperV.PowerShell.VirtualizationObject",
    "System.Object",
]


def vm(index: int = 0) -> LabObject:
    host_ref = LabObject(["Microsoft.HyperV.PowerShell.VMHost", "System.Object"], {"Name": "HV-A"}, "HV-A")
    return LabObject(
        list(VM_TYPES),
        {
            "Name": f"VM{index:03d}",
            "Id": VM_ID if index == 0 else uuid.UUID(int=index),
            "State": VMState.Running,
            "CPUUsage": 3,
            "MemoryAssigned": UInt64(4 * 1024**3),
            "Uptime": timedelta(hours=5, minutes=3),
            "Status": "Operating normally",
            "ReplicationState": 4,
            "ReplicationHealth": VMReplicationHealthState.Normal,
            "ReplicationMode": VMReplicationMode.None_,
            "CreationTime": STARTED,
            "ProcessorCount": UInt32(2),
            "Counter": Int64(7),
            "Weight": 0.5,
            "Notes": None,
            "IsClustered": False,
            "Tags": ["a", "b"],
            "Extra": {"k": 1},
            "VMHost": host_ref,
        },
        f"VirtualMachine (Name = 'VM{index:03d}') [Id = '{VM_ID}']",
    )


class FakeLab:
    """Answers like a lab would; records what it was asked. Cmdlets:

    Get-VM [-Count n]         n VM objects (default 1)
    Select-Object -Property   Selected.<type> PSCustomObjects
    Start-VMFailover          needs pipeline input; echoes the received args
    Fail                      terminating error
    Warn                      one warning and one non-terminating error
    Sleep -Seconds s          blocks s seconds (for concurrency tests)
    Boom                      raises (a lab bug)
    """

    def __init__(self) -> None:
        self.clock = LabClock(STARTED)
        self.calls: list[tuple[str, list[CommandCall]]] = []
        self.down: set[str] = set()
        self._lock = threading.Lock()

    def host_names(self) -> list[str]:
        return list(HOSTS)

    def host_fqdn(self, name: str) -> str:
        return f"{name.lower()}.lab.test"

    def set_host_down(self, host: str, down: bool) -> None:
        (self.down.add if down else self.down.discard)(host)

    def is_host_down(self, host: str) -> bool:
        return host in self.down

    def tick(self) -> None:
        pass

    def save(self, path: Path) -> None:
        Path(path).write_text("fake lab state\n", encoding="utf-8")

    def invoke(self, host: str, calls: Sequence[CommandCall]) -> PipelineResult:
        with self._lock:
            self.calls.append((host, list(calls)))
        if host in self.down:
            raise ConnectionError(host)
        result = PipelineResult()
        stream: list[Any] = []
        for call in calls:
            args = {name: value for name, value in call.args}
            if call.name == "Get-VM":
                stream = [vm(i) for i in range(int(args.get("Count", 1)))]
            elif call.name == "Select-Object":
                wanted = args.get("Property") or []
                stream = [
                    LabObject(
                        [
                            f"Selected.{o.type_name}",
                            "System.Management.Automation.PSCustomObject",
                            "System.Object",
                        ],
                        {k: o.properties[k] for k in wanted},
                        "@{...}",
                    )
                    for o in stream
                ]
            elif call.name == "Start-VMFailover":
                stream = [f"{o.properties['Name']} {sorted(args.items())}" for o in stream]
            elif call.name == "Fail":
                result.failure = record("Fail", "The operation failed.", ErrorCategory.InvalidOperation)
                return result
            elif call.name == "Warn":
                result.warnings.append("replication is behind")
                result.errors.append(record("Warn", "VM 'nope' was not found.", ErrorCategory.ObjectNotFound))
            elif call.name == "Sleep":
                time.sleep(float(args.get("Seconds", 0)))
                stream = [host]
            elif call.name == "Echo":
                stream = [repr(call.args)]
            elif call.name == "Boom":
                raise RuntimeError("simulated lab bug")
            else:
                result.failure = record(
                    call.name, f"The term '{call.name}' is not recognized.", ErrorCategory.ObjectNotFound
                )
                return result
        result.output = stream
        return result


def record(activity: str, message: str, category: ErrorCategory) -> ErrorRecord:
    return ErrorRecord(
        message=message,
        category=category,
        fq_error_id=f"{activity}Error,Microsoft.HyperV.PowerShell.Commands.{activity}",
        target_name="nope",
        target_type="String",
        activity=activity,
    )


def connect(ep: Endpoint, **kwargs: Any) -> WSMan:
    options: dict[str, Any] = {
        "port": ep.port,
        "ssl": ep.ssl,
        "auth": ep.auth,
        "username": ep.username,
        "password": ep.password,
        "cert_validation": ep.ca_file or False,
        "encryption": "auto" if ep.ssl or ep.auth == "negotiate" else "never",
        "connection_timeout": 5,
        "read_timeout": 10,
        "operation_timeout": 5,
    }
    server = kwargs.pop("server", ep.host)
    options.update(kwargs)
    return WSMan(server, **options)


def run(pool: RunspacePool, *commands: tuple[str, dict[str, Any]]) -> PowerShell:
    ps = PowerShell(pool)
    for name, params in commands:
        ps.add_cmdlet(name)
        for key, value in params.items():
            ps.add_parameter(key, value)
    ps.invoke()
    return ps


@pytest.fixture(scope="module")
def lab_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lab")


def _server(lab: Any, lab_dir: Path, **kwargs: Any) -> Iterator[LabServer]:
    server = LabServer(lab, data_dir=lab_dir, **kwargs)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def fake_lab() -> FakeLab:
    return FakeLab()


@pytest.fixture(scope="module")
def http_server(fake_lab: FakeLab, lab_dir: Path) -> Iterator[LabServer]:
    """Basic over plain HTTP: the quickest to talk to; most protocol tests use it."""
    yield from _server(fake_lab, lab_dir, https=False, auth="basic")


@pytest.fixture
def pool(http_server: LabServer) -> Iterator[RunspacePool]:
    with RunspacePool(connect(http_server.endpoint("HV-A"))) as rp:
        yield rp
