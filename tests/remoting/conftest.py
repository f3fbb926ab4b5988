"""A small two-host lab served over real WinRM, once per test module, and helpers to reach it.

HTTPS + Basic with the lab CA is the lab's default mode; HTTP + NTLM with message encryption is what
a Windows host offers on 5985. Tests that switch a host's faults use the `faults` fixture, which
heals every host afterwards so the module-scoped server stays usable.
"""

from __future__ import annotations

import asyncio
import hashlib
import ssl
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

import pytest

from hvgui.core.profiles import ConnectionProfile
from hvgui.lab.clock import LabClock
from hvgui.lab.enums import VMState
from hvgui.lab.model import GIB, LabHost, LabVM, VirtualDisk
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import Endpoint, HostFaults, LabServer
from hvgui.remoting import Timeouts

T = TypeVar("T")
START = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
A, B = "HV-A", "HV-B"
SQL_ID = UUID("5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01")
WEB_ID = UUID(int=2)
B_ID = UUID(int=3)
# Short enough to keep fault tests fast; the same rules as the defaults (read > operation).
FAST = Timeouts(connect=2.0, operation=1.0, read=2.5)


def make_lab() -> Lab:
    a = LabHost(A, "lab.test")
    b = LabHost(B, "lab.test")
    sql = LabVM(
        id=SQL_ID,
        name="SQL01",
        state=VMState.Running,
        disks=[VirtualDisk("C:\\VMs\\SQL01\\os.vhdx", 100 * GIB, 20 * GIB)],
        started_at=START,
    )
    # A name with wildcard characters: the reason operations target VMs by Id.
    web = LabVM(id=WEB_ID, name="Web [Test]*", state=VMState.Off)
    a.vms = {sql.id: sql, web.id: web}
    b.vms = {B_ID: LabVM(id=B_ID, name="FILE01", state=VMState.Running, started_at=START)}
    lab = Lab({A: a, B: b}, LabClock(START))
    lab.last_tick = START
    return lab


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coro)


def profile(ep: Endpoint, **changes: Any) -> ConnectionProfile:
    base = ConnectionProfile(
        name=ep.name,
        host=ep.host,
        port=ep.port,
        use_https=ep.ssl,
        auth=ep.auth,
        username=ep.username,
        ca_file=ep.ca_file or "",
    )
    return replace(base, **changes)


def server_fingerprint(ep: Endpoint) -> str:
    """Read independently of hvgui.remoting.tls, to check what it reports."""
    pem = ssl.get_server_certificate((ep.host, ep.port))
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


@pytest.fixture(autouse=True)
def hvgui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("HVGUI_HOME", str(home))
    return home


def _serve(lab: Lab, data_dir: Path, **kwargs: Any) -> Iterator[LabServer]:
    server = LabServer(lab, data_dir=data_dir, **kwargs)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def lab() -> Lab:
    return make_lab()


@pytest.fixture(scope="module")
def https_server(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    yield from _serve(lab, tmp_path_factory.mktemp("lab-https"), https=True, auth="basic")


@pytest.fixture(scope="module")
def ntlm_server(lab: Lab, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    yield from _serve(lab, tmp_path_factory.mktemp("lab-ntlm"), https=False, auth="negotiate")


@pytest.fixture(params=["https-basic", "http-ntlm"])
def server(request: pytest.FixtureRequest) -> LabServer:
    name = "https_server" if request.param == "https-basic" else "ntlm_server"
    result: LabServer = request.getfixturevalue(name)
    return result


@pytest.fixture
def faults(https_server: LabServer) -> Iterator[Callable[[str], HostFaults]]:
    touched: list[HostFaults] = []

    def get(host: str) -> HostFaults:
        f = https_server.faults(host)
        touched.append(f)
        return f

    yield get
    for f in touched:
        f.clear()
