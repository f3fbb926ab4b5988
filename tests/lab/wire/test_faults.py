"""Fault injection: slow, hung, flaky, refusing, forgetful and dead hosts, one at a time."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
from pypsrp.exceptions import WSManFaultError
from pypsrp.powershell import RunspacePool

from hvgui.lab.wire import LabServer
from tests.lab.wire.conftest import FakeLab, connect, run

SHELL_NOT_FOUND = 2150858843


@pytest.fixture(scope="module")
def lab() -> FakeLab:
    return FakeLab()


@pytest.fixture(scope="module")
def server(lab: FakeLab, lab_dir: Path) -> Iterator[LabServer]:
    srv = LabServer(lab, https=False, auth="basic", data_dir=lab_dir)
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(autouse=True)
def healthy_afterwards(server: LabServer) -> Iterator[None]:
    yield
    for name in ("HV-A", "HV-B"):
        server.faults(name).clear()


def works(server: LabServer, host: str = "HV-A") -> bool:
    with RunspacePool(connect(server.endpoint(host))) as rp:
        return len(run(rp, ("Get-VM", {})).output) == 1


def test_latency_is_added_to_each_request(server: LabServer) -> None:
    with RunspacePool(connect(server.endpoint("HV-A"))) as rp:
        start = time.monotonic()
        rp.is_alive()
        fast = time.monotonic() - start
        server.faults("HV-A").latency = 0.25
        start = time.monotonic()
        rp.is_alive()
        slow = time.monotonic() - start
    assert slow >= 0.25 > fast


def test_hang_gives_the_client_a_read_timeout(server: LabServer) -> None:
    ep = server.endpoint("HV-A")
    with RunspacePool(connect(ep)) as rp:
        server.faults("HV-A").hang = True
        start = time.monotonic()
        with pytest.raises(requests.exceptions.ReadTimeout):
            RunspacePool(connect(ep, read_timeout=1)).open()
        assert time.monotonic() - start < 3
        server.faults("HV-A").hang = False
        # The hung request is dropped, not answered late; the host serves again.
        assert len(run(rp, ("Get-VM", {})).output) == 1


def test_a_hung_host_does_not_block_shutdown(lab: FakeLab, lab_dir: Path) -> None:
    srv = LabServer(lab, https=False, auth="basic", data_dir=lab_dir)
    srv.start()
    srv.faults("HV-A").hang = True
    ep = srv.endpoint("HV-A")
    client = threading.Thread(
        target=lambda: _swallow(lambda: RunspacePool(connect(ep, read_timeout=30)).open())
    )
    client.start()
    time.sleep(0.3)
    start = time.monotonic()
    srv.stop()
    assert time.monotonic() - start < 2
    client.join(5)
    assert not client.is_alive()


def test_drop_in_the_middle_of_a_pipeline(server: LabServer) -> None:
    with RunspacePool(connect(server.endpoint("HV-A"))) as rp:
        server.faults("HV-A").drop_next_receive = True
        with pytest.raises(requests.exceptions.ConnectionError):
            run(rp, ("Get-VM", {}))
    assert works(server)  # one shot: the next pipeline is fine


def test_refused_connections_and_recovery(server: LabServer) -> None:
    ep = server.endpoint("HV-A")
    with RunspacePool(connect(ep)) as rp:
        server.faults("HV-A").refuse = True
        with pytest.raises(requests.exceptions.ConnectionError):
            RunspacePool(connect(ep)).open()
        with pytest.raises(requests.exceptions.ConnectionError):
            run(rp, ("Get-VM", {}))
        assert works(server, "HV-B")
        server.faults("HV-A").refuse = False
        assert server.endpoint("HV-A").port == ep.port
        # Existing shells survive a network outage, as on Windows.
        assert len(run(rp, ("Get-VM", {})).output) == 1


def test_lost_shells_fault_like_windows(server: LabServer) -> None:
    rp = RunspacePool(connect(server.endpoint("HV-A")))
    rp.open()
    server.faults("HV-A").lose_shells()
    with pytest.raises(WSManFaultError) as err:
        run(rp, ("Get-VM", {}))
    assert err.value.code == SHELL_NOT_FOUND
    assert rp.is_alive() is False
    assert works(server)


def test_host_down_is_seen_by_the_lab_and_refuses(server: LabServer, lab: FakeLab) -> None:
    ep = server.endpoint("HV-B")
    server.faults("HV-B").host_down = True
    assert lab.is_host_down("HV-B")
    with pytest.raises(requests.exceptions.ConnectionError):
        RunspacePool(connect(ep)).open()
    assert works(server, "HV-A")
    server.faults("HV-B").host_down = False
    assert not lab.is_host_down("HV-B")
    assert works(server, "HV-B")


def test_host_set_down_inside_the_lab_stops_answering(server: LabServer, lab: FakeLab) -> None:
    rp = RunspacePool(connect(server.endpoint("HV-B")))
    rp.open()
    lab.set_host_down("HV-B", True)
    try:
        with pytest.raises(requests.exceptions.ConnectionError):
            run(rp, ("Get-VM", {}))
    finally:
        lab.set_host_down("HV-B", False)
    assert works(server, "HV-B")


def _swallow(fn: Callable[[], object]) -> None:
    with contextlib.suppress(Exception):
        fn()
