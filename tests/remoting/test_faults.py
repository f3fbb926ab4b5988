"""Dead, hung, flaky and vanished hosts: each becomes its HvError within a bounded time, and the
session recovers by itself once the host answers again."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from hvgui.hyperv.commands import Cmd, Pipeline
from hvgui.hyperv.errors import (
    ConnectionLost,
    HostTimeout,
    HostUnreachable,
    HvError,
    NameNotResolved,
    WinRMNotEnabled,
)
from hvgui.hyperv.model import PSData
from hvgui.lab.records import CommandCall, PipelineResult
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import HostFaults, LabServer
from hvgui.remoting import HostSession, Timeouts
from tests.remoting.conftest import FAST, A, B, profile, run

GET_VM = Pipeline.of(Cmd.of("Get-VM"))
Faults = Callable[[str], HostFaults]


def session(server: LabServer, name: str = A, timeouts: Timeouts = FAST, **changes: object) -> HostSession:
    ep = server.endpoint(name)
    return HostSession(profile(ep, **changes), ep.password, timeouts=timeouts)


async def timed_failure(s: HostSession) -> tuple[HvError, float]:
    start = time.monotonic()
    try:
        await s.run_one(GET_VM)
    except HvError as exc:
        return exc, time.monotonic() - start
    raise AssertionError("the call succeeded")


def test_refused_connection_is_unreachable_at_once(https_server: LabServer, faults: Faults) -> None:
    faults(A).refuse = True

    async def scenario() -> tuple[HvError, float]:
        # Default timeouts: a refusal must not wait for any of them.
        s = session(https_server, timeouts=Timeouts())
        try:
            return await timed_failure(s)
        finally:
            await s.close()

    error, seconds = run(scenario())
    assert type(error) is HostUnreachable and error.host == A
    assert "refused" in error.detail.lower()
    assert seconds < 2


def test_host_down_is_unreachable_and_comes_back(https_server: LabServer, faults: Faults) -> None:
    async def scenario() -> tuple[HvError, float, list[PSData]]:
        s = session(https_server, timeouts=Timeouts())
        try:
            await s.connect()
            faults(A).host_down = True
            error, seconds = await timed_failure(s)
            faults(A).host_down = False
            return error, seconds, await s.run_one(GET_VM)
        finally:
            await s.close()

    error, seconds, vms = run(scenario())
    assert isinstance(error, HostUnreachable | ConnectionLost)
    assert seconds < 2
    assert len(vms) == 2


def test_hung_host_times_out_within_the_read_timeout(https_server: LabServer, faults: Faults) -> None:
    async def scenario() -> tuple[HvError, float, list[PSData]]:
        s = session(https_server)
        try:
            await s.connect()
            faults(A).hang = True
            error, seconds = await timed_failure(s)
            faults(A).hang = False
            return error, seconds, await s.run_one(GET_VM)
        finally:
            await s.close()

    error, seconds, vms = run(scenario())
    assert type(error) is HostTimeout
    # One read timeout, not pypsrp's five retries with backoff.
    assert FAST.read - 0.2 < seconds < FAST.read + 2
    assert len(vms) == 2


def test_hang_while_waiting_for_output_is_not_retried(https_server: LabServer, faults: Faults) -> None:
    # The host accepts the command, then goes silent while the client waits for output (a Receive).
    f = faults(A)

    async def scenario() -> tuple[HvError, float]:
        s = session(https_server)
        try:
            await s.connect()
            f.latency = 0.3
            task = asyncio.create_task(timed_failure(s))
            await asyncio.sleep(0.4)  # the Command has been answered; a Receive is on its way
            f.hang = True
            return await task
        finally:
            f.latency = 0
            f.hang = False
            await s.close()

    error, seconds = run(scenario())
    assert type(error) is HostTimeout
    assert seconds < FAST.read + 3, "pypsrp's Receive retries would take four times as long"


def test_a_hung_host_does_not_hold_up_another_host(https_server: LabServer, faults: Faults) -> None:
    async def scenario() -> tuple[float, float]:
        hung, healthy = session(https_server, A), session(https_server, B)
        try:
            await asyncio.gather(hung.connect(), healthy.connect())
            faults(A).hang = True
            start = time.monotonic()
            stuck = asyncio.create_task(timed_failure(hung))
            await asyncio.sleep(0.1)
            for _ in range(3):
                (vm,) = await healthy.run_one(GET_VM)
                assert vm.props["Name"] == "FILE01"
            other = time.monotonic() - start
            assert not stuck.done()
            error, _ = await stuck
            assert isinstance(error, HostTimeout)
            return other, time.monotonic() - start
        finally:
            await asyncio.gather(hung.close(), healthy.close())

    other, hung_total = run(scenario())
    assert other < 1.0 < hung_total


def test_dropped_connection_is_lost_then_the_next_call_reconnects(
    https_server: LabServer, faults: Faults
) -> None:
    async def scenario() -> tuple[HvError, bool, list[PSData]]:
        s = session(https_server)
        try:
            await s.connect()
            faults(A).drop_next_receive = True
            error, _ = await timed_failure(s)
            connected_after_failure = s.connected
            return error, connected_after_failure, await s.run_one(GET_VM)
        finally:
            await s.close()

    before = https_server.shell_count(A)
    error, connected, vms = run(scenario())
    assert type(error) is ConnectionLost
    assert not connected, "the broken pool must be discarded"
    assert len(vms) == 2
    # The abandoned shell was deleted once the host answered again; close() removed the new one.
    assert https_server.shell_count(A) == before


def test_lost_shell_is_reported_then_recovered(https_server: LabServer, faults: Faults) -> None:
    async def scenario() -> tuple[HvError, list[PSData]]:
        s = session(https_server)
        try:
            await s.connect()
            faults(A).lose_shells()
            error, _ = await timed_failure(s)
            return error, await s.run_one(GET_VM)
        finally:
            await s.close()

    error, vms = run(scenario())
    assert type(error) is ConnectionLost
    assert "2150858843" in error.detail
    assert len(vms) == 2


@pytest.fixture
def black_hole() -> Iterator[int]:
    """A port whose listen backlog is full: SYNs are dropped, as by a firewall that drops packets."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    for _ in range(4):
        s = socket.socket()
        s.setblocking(False)
        with contextlib.suppress(BlockingIOError):
            s.connect(("127.0.0.1", port))
        fillers.append(s)
    probe = socket.socket()
    probe.settimeout(0.5)
    try:
        probe.connect(("127.0.0.1", port))
        pytest.skip("this system accepts beyond the listen backlog; cannot simulate a black hole")
    except TimeoutError:
        pass
    finally:
        probe.close()
    yield port
    for s in [*fillers, listener]:
        s.close()


def test_black_holed_host_is_unreachable_after_the_connect_timeout(
    https_server: LabServer, black_hole: int
) -> None:
    async def scenario() -> tuple[HvError, float]:
        s = session(https_server, port=black_hole)
        try:
            return await timed_failure(s)
        finally:
            await s.close()

    error, seconds = run(scenario())
    assert type(error) is HostUnreachable
    assert FAST.connect - 0.2 < seconds < FAST.connect + 2


def test_unknown_name_is_not_resolved(https_server: LabServer) -> None:
    async def scenario() -> tuple[HvError, float]:
        s = session(https_server, host="no-such-host.invalid")
        try:
            return await timed_failure(s)
        finally:
            await s.close()

    error, seconds = run(scenario())
    assert type(error) is NameNotResolved
    assert seconds < 10


def test_http_to_an_https_port_and_back_means_winrm_is_not_there(
    https_server: LabServer, ntlm_server: LabServer
) -> None:
    async def scenario(s: HostSession) -> HvError:
        try:
            error, _ = await timed_failure(s)
            return error
        finally:
            await s.close()

    http_to_https = session(https_server, use_https=False, auth="negotiate")
    https_to_http = session(ntlm_server, use_https=True)
    assert type(run(scenario(http_to_https))) is WinRMNotEnabled
    error = run(scenario(https_to_http))
    assert type(error) is WinRMNotEnabled and "HTTP, not HTTPS" in error.detail


class SlowLab:
    """The lab, but every pipeline takes `delay` seconds, like a long Hyper-V operation."""

    def __init__(self, lab: Lab, delay: float) -> None:
        self._lab, self.delay = lab, delay

    def __getattr__(self, name: str) -> Any:
        return getattr(self._lab, name)

    def invoke(self, host: str, calls: Sequence[CommandCall]) -> PipelineResult:
        time.sleep(self.delay)
        return self._lab.invoke(host, calls)


def test_a_long_operation_is_not_mistaken_for_a_hung_host(lab: Lab, tmp_path: Path) -> None:
    # Longer than the read timeout: WinRM answers the waiting Receive with a TimedOut fault after
    # the operation timeout, pypsrp polls again, and the result arrives in the end.
    slow = SlowLab(lab, FAST.read + 1)
    server = LabServer(slow, data_dir=tmp_path / "slow-lab")
    server.start()
    try:

        async def scenario() -> list[PSData]:
            s = session(server)
            try:
                return await s.run_one(GET_VM)
            finally:
                await s.close()

        assert len(run(scenario())) == 2
    finally:
        server.stop()
