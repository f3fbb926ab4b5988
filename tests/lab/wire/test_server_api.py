"""LabServer's own API: endpoints, lookups, the clock ticker, start/stop."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest
from pypsrp.powershell import RunspacePool

from hvgui.lab.clock import LabClock
from hvgui.lab.wire import Endpoint, LabServer
from tests.lab.wire.conftest import STARTED, FakeLab, connect, run


class TickingLab(FakeLab):
    def __init__(self) -> None:
        super().__init__()
        self.clock = LabClock(STARTED, speed=60.0)
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1


def test_a_running_clock_is_ticked(lab_dir: Path) -> None:
    lab = TickingLab()
    with LabServer(lab, https=False, data_dir=lab_dir):
        time.sleep(0.8)
    assert lab.ticks >= 1


def test_a_frozen_clock_is_not_ticked(lab_dir: Path) -> None:
    lab = TickingLab()
    lab.clock = LabClock(STARTED, speed=0.0)
    with LabServer(lab, https=False, data_dir=lab_dir):
        time.sleep(0.6)
    assert lab.ticks == 0


def test_endpoints_and_lookups(http_server: LabServer) -> None:
    eps = http_server.endpoints()
    assert [e.name for e in eps] == ["HV-A", "HV-B"]
    assert len({e.port for e in eps}) == 2
    a = eps[0]
    assert a.url == f"http://127.0.0.1:{a.port}/wsman"
    assert a.fqdn == "hv-a.lab.test" and a.ca_file is None and not a.ssl and a.auth == "basic"
    assert http_server.faults("hv-a.lab.test") is http_server.faults("HV-A")
    with pytest.raises(KeyError):
        http_server.faults("HV-NOPE")
    assert set(a.as_dict()) == {"name", "host", "port", "ssl", "auth", "username", "password", "ca_file"}


def test_consecutive_ports_from_a_base_port(lab_dir: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        base = probe.getsockname()[1]
    try:
        server = LabServer(FakeLab(), https=False, base_port=base, data_dir=lab_dir)
        server.start()
    except OSError:
        pytest.skip("the probed ports were taken meanwhile")
    try:
        assert [e.port for e in server.endpoints()] == [base, base + 1]
    finally:
        server.stop()


def test_ipv6_loopback(lab_dir: Path) -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6")
    try:
        server = LabServer(FakeLab(), https=True, bind="::1", data_dir=lab_dir)
        server.start()
    except OSError:
        pytest.skip("IPv6 loopback unavailable")
    try:
        ep = server.endpoint("HV-A")
        assert ep.url.startswith("https://[::1]:")
        with RunspacePool(connect(ep)) as rp:
            assert len(run(rp, ("Get-VM", {})).output) == 1
    finally:
        server.stop()


def test_invalid_auth_mode(lab_dir: Path) -> None:
    with pytest.raises(ValueError):
        LabServer(FakeLab(), auth="kerberos", data_dir=lab_dir)  # type: ignore[arg-type]


def test_endpoint_is_a_plain_value() -> None:
    ep = Endpoint("H", "127.0.0.1", 1, False, "basic", "u", "p", None)
    assert ep == Endpoint("H", "127.0.0.1", 1, False, "basic", "u", "p", None)
