"""Workflows against the lab over real WinRM, with the real HostSession.

Each test module serves one three-host lab per transport (HTTPS + Basic with the lab CA, and HTTP +
NTLM with message encryption); every test gets a fresh simulated world behind the same server
(LabSwitch), so the servers and sessions are set up once per module. LabSwitch also records every
pipeline a host received and can kill a host around a given cmdlet, which is how the tests prove
that a step is never sent twice.

Setting up a starting state (replication enabled, a failover done) goes straight to the lab's cmdlet
interface: it is not what these tests examine. What the workflows do, and every state the tests
check afterwards, goes over the wire.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Coroutine, Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

import pytest

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.model import ReplicationInfo, VMInfo
from hvgui.lab.clock import LabClock
from hvgui.lab.enums import VMState
from hvgui.lab.model import GIB, LabHost, LabVM, NetworkAdapter, ReplicaServerSettings, VirtualDisk
from hvgui.lab.records import CommandCall, PipelineResult
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import Endpoint, LabServer
from hvgui.remoting.session import HostSession, Timeouts
from hvgui.services.workflows.reads import read_relations, read_vm

T = TypeVar("T")
A, B, C = "HV-A", "HV-B", "HV-C"
HOSTS = (A, B, C)
FQDN = {h: f"{h.lower()}.lab.test" for h in HOSTS}
SQL = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")
WEB = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a02")
APP = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a03")
NAMES = {SQL: "SQL01", WEB: "Web [Test]*", APP: "APP01"}
TRANSPORTS = ("https-basic", "http-ntlm")
# Short enough that a dead host is reported quickly; the same rules as the defaults.
TIMEOUTS = Timeouts(connect=3.0, operation=3.0, read=6.0)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def make_lab() -> Lab:
    hosts: dict[str, LabHost] = {}
    for name in HOSTS:
        host = LabHost(name, "lab.test", certificates=[name[-1] * 40])
        host.replica = ReplicaServerSettings(enabled=True, allow_any=True, default_storage="D:\\Replica")
        hosts[name] = host
    clock = LabClock()
    for vm_id, gib in ((SQL, 20), (WEB, 2), (APP, 2)):
        vm = LabVM(
            id=vm_id,
            name=NAMES[vm_id],
            state=VMState.Running,
            disks=[VirtualDisk(f"C:\\VMs\\{vm_id}.vhdx", 100 * GIB, gib * GIB)],
            adapters=[NetworkAdapter(switch_name="LAN")],
            started_at=clock.now(),
        )
        hosts[A].vms[vm.id] = vm
    lab = Lab(hosts, clock)
    lab.last_tick = clock.now()
    return lab


Hook = Callable[[str, Sequence[CommandCall]], None]


class LabSwitch:
    """The lab the server serves: swapped per test, with a log of pipelines and kill switches."""

    def __init__(self, lab: Lab) -> None:
        self.lab = lab
        self.received: list[tuple[str, tuple[str, ...]]] = []
        self.before: list[Hook] = []
        self.after: list[Hook] = []
        self._lock = threading.Lock()

    @property
    def clock(self) -> Any:
        return self.lab.clock

    def host_names(self) -> list[str]:
        return self.lab.host_names()

    def host_fqdn(self, name: str) -> str:
        return self.lab.host_fqdn(name)

    def set_host_down(self, host: str, down: bool) -> None:
        self.lab.set_host_down(host, down)

    def is_host_down(self, host: str) -> bool:
        return self.lab.is_host_down(host)

    def tick(self) -> None:
        self.lab.tick()

    def invoke(self, host: str, calls: Sequence[CommandCall]) -> PipelineResult:
        with self._lock:
            self.received.append((host, tuple(c.name for c in calls)))
        for hook in list(self.before):
            hook(host, calls)
        result = self.lab.invoke(host, calls)
        for hook in list(self.after):
            hook(host, calls)
        return result

    def reset(self, lab: Lab) -> None:
        self.lab = lab
        self.received.clear()
        self.before.clear()
        self.after.clear()


def profile(ep: Endpoint) -> ConnectionProfile:
    return ConnectionProfile(
        name=ep.name,
        host=ep.host,
        port=ep.port,
        use_https=ep.ssl,
        auth=ep.auth,
        username=ep.username,
        ca_file=ep.ca_file or "",
    )


class Served:
    def __init__(self, transport: str, switch: LabSwitch, server: LabServer) -> None:
        self.transport = transport
        self.switch = switch
        self.server = server
        self.password = server.endpoint(A).password
        self.sessions = {
            ep.name: HostSession(profile(ep), ep.password, timeouts=TIMEOUTS) for ep in server.endpoints()
        }

    def fresh_sessions(self) -> dict[str, HostSession]:
        return {
            ep.name: HostSession(profile(ep), ep.password, timeouts=TIMEOUTS)
            for ep in self.server.endpoints()
        }


@pytest.fixture(scope="module", params=TRANSPORTS)
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    https = request.param == "https-basic"
    switch = LabSwitch(make_lab())
    server = LabServer(
        switch,
        https=https,
        auth="basic" if https else "negotiate",
        data_dir=tmp_path_factory.mktemp(request.param),
    )
    server.start()
    served = Served(request.param, switch, server)
    try:
        yield served
    finally:
        for session in served.sessions.values():
            run(session.close())
        server.stop()


class Bench:
    """One test's world. Sessions go over the wire; setup goes to the lab directly."""

    def __init__(self, served: Served) -> None:
        self.served = served
        self.lab = make_lab()
        served.switch.reset(self.lab)
        self.sessions: dict[str, HostSession] = dict(served.sessions)

    # Setup, straight at the lab ----------------------------------------------------------------

    def do(self, host: str, *calls: CommandCall) -> list[Any]:
        result = self.lab.invoke(host, list(calls))
        assert result.failure is None and not result.errors, (result.failure, result.errors)
        return result.output

    def on_vm(self, host: str, vm_id: UUID, name: str, **params: Any) -> list[Any]:
        return self.do(host, CommandCall.of("Get-VM", Id=str(vm_id)), CommandCall.of(name, **params))

    def replicate(self, vm_id: UUID = SQL, src: str = A, dst: str = B, **extra: Any) -> None:
        self.on_vm(
            src,
            vm_id,
            "Enable-VMReplication",
            ReplicaServerName=FQDN[dst],
            ReplicaServerPort=80,
            AuthenticationType="Kerberos",
            **extra,
        )
        self.on_vm(src, vm_id, "Start-VMInitialReplication")
        self.lab.advance(900)

    def advance(self, seconds: float) -> None:
        self.lab.advance(seconds)

    # Reading back, over the wire ------------------------------------------------------------------

    def vm(self, host: str, vm_id: UUID = SQL) -> VMInfo:
        found = run(read_vm(self.sessions[host], vm_id))
        assert found is not None, f"{vm_id} not on {host}"
        return found

    def absent(self, host: str, vm_id: UUID) -> bool:
        return run(read_vm(self.sessions[host], vm_id)) is None

    def relations(self, host: str, vm_id: UUID = SQL) -> list[ReplicationInfo]:
        return run(read_relations(self.sessions[host], self.vm(host, vm_id)))

    # The wire log and faults ----------------------------------------------------------------------

    def count(self, host: str, cmdlet: str) -> int:
        return sum(1 for h, names in self.served.switch.received if h == host and cmdlet in names)

    def received(self, host: str | None = None) -> list[tuple[str, ...]]:
        return [names for h, names in self.served.switch.received if host is None or h == host]

    def kill(self, host: str, cmdlet: str, *, after: bool) -> None:
        """The host dies when `cmdlet` reaches it: before running it, or after (the answer is lost)."""
        faults = self.served.server.faults(host)

        def hook(target: str, calls: Sequence[CommandCall]) -> None:
            if target == host and any(c.name == cmdlet for c in calls):
                faults.host_down = True
                raise ConnectionError(f"{host} died")

        (self.served.switch.after if after else self.served.switch.before).append(hook)

    def heal(self) -> None:
        for host in HOSTS:
            self.served.server.faults(host).clear()


@pytest.fixture
def bench(served: Served) -> Iterator[Bench]:
    bench = Bench(served)
    try:
        yield bench
    finally:
        served.switch.before.clear()
        served.switch.after.clear()
        bench.heal()


@pytest.fixture(autouse=True)
def hvgui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HVGUI_HOME", str(home))
    return home


def later(hours: float) -> Any:
    from hvgui.services.workflows.base import utcnow

    return (utcnow() + timedelta(hours=hours)).replace(microsecond=0)
