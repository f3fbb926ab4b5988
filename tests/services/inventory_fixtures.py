"""Fixtures for the inventory and connection tests.

Unit tests use scripted sessions (FakeSession: no wire, full control over timing and failures).
Wire tests use the real hvgui.remoting.session.HostSession against the lab: unmodified pypsrp and
real WinRM traffic.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections import Counter
from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

import pytest

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.commands import Pipeline
from hvgui.hyperv.errors import HvError
from hvgui.hyperv.model import EnumValue, PSData
from hvgui.lab.clock import LabClock
from hvgui.lab.enums import VMState
from hvgui.lab.model import GIB, LabHost, LabVM, ReplicaServerSettings, VirtualDisk
from hvgui.lab.records import CommandCall
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import Endpoint, LabServer
from hvgui.lab.wire.wsman import HostService
from hvgui.remoting.session import HostSession, Timeouts
from hvgui.services.connections import HostRegistry, Session
from hvgui.services.inventory import Inventory

START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


# Scripted sessions -----------------------------------------------------------------------------------

T = TypeVar("T")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def Profile(name: str) -> ConnectionProfile:
    return ConnectionProfile(name, "127.0.0.1")


class FakeClock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def vm_row(vm_id: int, name: str = "", state: str = "Running", cpu: int = 1, mode: int = 0) -> PSData:
    return PSData(
        ("Selected.Microsoft.HyperV.PowerShell.VirtualMachine", "System.Object"),
        {
            "Id": UUID(int=vm_id),
            "Name": name or f"VM{vm_id}",
            "State": EnumValue(state, {"Running": 2, "Off": 3}[state]),
            "CPUUsage": cpu,
            "MemoryAssigned": 4 << 30,
            "Uptime": "PT1H",
            "Status": "Operating normally",
            "ReplicationState": 4 if mode else 0,
            "ReplicationHealth": 1 if mode else 0,
            "ReplicationMode": mode,
        },
    )


def rep_row(
    vm_id: int,
    mode: int,
    primary: str,
    replica: str,
    *,
    extended: bool = False,
    state: int = 4,
    health: int = 1,
    last: str | None = "2026-11-25T11:55:00.0000000Z",
) -> PSData:
    return PSData(
        ("Selected.Microsoft.HyperV.PowerShell.VMReplication", "System.Object"),
        {
            "VMId": UUID(int=vm_id),
            "VMName": f"VM{vm_id}",
            "ReplicationState": state,
            "ReplicationHealth": health,
            "ReplicationMode": mode,
            "ReplicationRelationshipType": 1 if extended else 0,
            "PrimaryServerName": primary,
            "ReplicaServerName": replica,
            "ReplicaServerPort": 80,
            "AuthenticationType": 1,
            "ReplicationFrequencySec": 300,
            "RecoveryHistory": 0,
            "VSSSnapshotFrequencyHour": 0,
            "CompressionEnabled": True,
            "LastReplicationTime": last,
        },
    )


class FakeSession:
    """Answers run() from `vms`/`replications`; `hang` blocks until released, `error` raises."""

    def __init__(self, name: str, vms: list[PSData] | None = None) -> None:
        self._name = name
        self.vms: list[PSData] = list(vms or [])
        self.replications: list[PSData] = []
        self.runs: list[tuple[Pipeline, ...]] = []
        self.connects = 0
        self.closed = False
        self.error: HvError | None = None
        self.connect_error: HvError | None = None
        self.hang = False
        self.release = asyncio.Event()
        self.delay = 0.0

    @property
    def name(self) -> str:
        return self._name

    async def connect(self) -> None:
        self.connects += 1
        if self.hang:
            await self.release.wait()
        if self.connect_error is not None:
            raise self.connect_error

    async def run(self, *pipelines: Pipeline) -> list[list[PSData]]:
        self.runs.append(pipelines)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.hang:
            await self.release.wait()
        if self.error is not None:
            raise self.error
        return [list(self.vms), list(self.replications)]

    async def run_one(self, pipeline: Pipeline) -> list[PSData]:
        return (await self.run(pipeline))[0]

    async def close(self) -> None:
        self.closed = True


class Sessions:
    """A session factory that hands out prepared FakeSessions by profile name and records passwords."""

    def __init__(self) -> None:
        self.by_name: dict[str, FakeSession] = {}
        self.made: list[tuple[str, str]] = []

    def prepare(self, name: str, vms: list[PSData] | None = None) -> FakeSession:
        session = self.by_name[name] = FakeSession(name, vms)
        return session

    def __call__(self, profile: ConnectionProfile, password: str) -> FakeSession:
        self.made.append((profile.name, password))
        if profile.name not in self.by_name:
            self.prepare(profile.name)
        return self.by_name[profile.name]


async def password(profile: ConnectionProfile) -> str:
    return f"pw-{profile.name}"


# On the wire ---------------------------------------------------------------------------------------


def profile_for(ep: Endpoint) -> ConnectionProfile:
    return ConnectionProfile(
        name=ep.name,
        host=ep.host,
        port=ep.port,
        use_https=ep.ssl,
        auth=ep.auth,
        username=ep.username,
        ca_file=ep.ca_file or "",
    )


def lab_session(profile: ConnectionProfile, password: str) -> Session:
    # Shorter than the defaults: the lab answers at once, and a hung test host should not hold up
    # the suite's teardown for the full production read timeout.
    return HostSession(profile, password, timeouts=Timeouts(connect=3.0, operation=3.0, read=6.0))


# Labs -----------------------------------------------------------------------------------------------


def scaled_lab(hosts: int, vms: int, replicated: int = 0) -> Lab:
    """hosts x vms running VMs; the first `replicated` VMs of each host replicate to the next host."""
    names = [f"HV-{i:02d}" for i in range(hosts)]
    lab_hosts: dict[str, LabHost] = {}
    for index, name in enumerate(names):
        host = LabHost(name, "lab.test")
        host.replica = ReplicaServerSettings(enabled=True, allow_any=True, default_storage="D:\\Replica")
        for n in range(vms):
            vm = LabVM(
                id=UUID(int=(index + 1) << 32 | n),
                name=f"{name}-VM{n:03d}",
                state=VMState.Running,
                disks=[VirtualDisk(f"C:\\VMs\\{name}-{n}.vhdx", 40 * GIB, 2 * GIB)],
                started_at=START,
            )
            host.vms[vm.id] = vm
        lab_hosts[name] = host
    lab = Lab(lab_hosts, LabClock(START))
    lab.last_tick = START
    for index, name in enumerate(names[:-1] if hosts > 1 else []):
        target = lab_hosts[names[index + 1]].fqdn
        for vm in list(lab_hosts[name].vms.values())[:replicated]:
            result = lab.invoke(
                name,
                [
                    CommandCall.of(
                        "Enable-VMReplication",
                        VMName=vm.name,
                        ReplicaServerName=target,
                        ReplicaServerPort=80,
                        AuthenticationType="Kerberos",
                    )
                ],
            )
            assert result.failure is None and not result.errors, result
            lab.invoke(name, [CommandCall.of("Start-VMInitialReplication", VMName=vm.name)])
    if replicated:
        lab.advance(600)
    return lab


def start_server(lab: Lab, data_dir: Path, **kwargs: Any) -> LabServer:
    server = LabServer(lab, data_dir=data_dir, **kwargs)
    server.start()
    return server


class RequestCounter:
    """WSMan requests per host, counted where the lab's service dispatches them."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.actions: Counter[tuple[str, str]] = Counter()  # (host, WS-Management action name)
        self._lock = threading.Lock()

    def install(self, monkeypatch: pytest.MonkeyPatch) -> RequestCounter:
        original = HostService.handle
        counter = self

        def counting(service: HostService, req: Any, caller: Any) -> bytes:
            with counter._lock:
                counter.counts[service.name] += 1
                counter.actions[service.name, str(req.action).rsplit("/", 1)[-1]] += 1
            return original(service, req, caller)

        monkeypatch.setattr(HostService, "handle", counting)
        return self

    def take(self) -> Counter[str]:
        with self._lock:
            counts, self.counts, self.actions = self.counts, Counter(), Counter()
        return counts

    def take_actions(self) -> Counter[tuple[str, str]]:
        with self._lock:
            actions, self.counts, self.actions = self.actions, Counter(), Counter()
        return actions


@contextlib.asynccontextmanager
async def wired(
    server: LabServer, *, host_timeout: float = 10.0, hosts: Sequence[str] | None = None
) -> AsyncIterator[tuple[HostRegistry, Inventory]]:
    """A registry connected to the lab's hosts and an inventory over it (no first refresh)."""
    endpoints = {ep.name: ep for ep in server.endpoints()}

    async def password(profile: ConnectionProfile) -> str:
        return endpoints[profile.name].password

    registry = HostRegistry(password, session_factory=lab_session)
    inventory = Inventory(registry, host_timeout=host_timeout, refresh_on_connect=False)
    for name in hosts or list(endpoints):
        registry.add(profile_for(endpoints[name]))
    await registry.wait_idle()
    try:
        yield registry, inventory
    finally:
        await inventory.aclose()
        await registry.aclose()


@pytest.fixture(scope="module")
def lab_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lab")


@pytest.fixture
def demo_server(lab_dir: Path) -> Iterator[tuple[Lab, LabServer]]:
    lab = Lab.demo()
    server = start_server(lab, lab_dir)
    try:
        yield lab, server
    finally:
        server.stop()
