"""The WSMan/PSRP exchange: pools, pipelines, long polls, envelope limits, concurrency."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from psrpcore import ServerPipeline
from pypsrp.exceptions import WSManFaultError
from pypsrp.powershell import PowerShell, RunspacePool

from hvgui.lab.records import PipelineResult
from hvgui.lab.wire import LabServer
from hvgui.lab.wire.shell import Shell, _Pipe
from tests.lab.wire.conftest import connect, run

TIMED_OUT = 2150858793
SHELL_NOT_FOUND = 2150858843


def count_receives(pool: RunspacePool) -> list[int]:
    """Wrap the pool's WSMan.receive so the test can count Receive round trips."""
    counter = [0]
    wsman = pool.connection
    original = wsman.receive

    def counting(*args: Any, **kwargs: Any) -> Any:
        counter[0] += 1
        return original(*args, **kwargs)

    wsman.receive = counting  # type: ignore[method-assign]
    return counter


def test_large_result_is_split_across_receives(http_server: LabServer) -> None:
    # A small envelope forces many Receives; pypsrp keeps 153600-byte envelopes... unless told otherwise.
    wsman = connect(http_server.endpoint("HV-A"), max_envelope_size=16384)
    with RunspacePool(wsman) as rp:
        receives = count_receives(rp)
        ps = run(rp, ("Get-VM", {"Count": 60}))
        assert [o.adapted_properties["Name"] for o in ps.output] == [f"VM{i:03d}" for i in range(60)]
        assert receives[0] > 5
        assert not ps.had_errors


def test_many_objects_with_the_default_envelope(pool: RunspacePool) -> None:
    receives = count_receives(pool)
    ps = run(pool, ("Get-VM", {"Count": 400}))
    assert len(ps.output) == 400
    assert receives[0] >= 2


def test_two_pipelines_on_one_pool(pool: RunspacePool) -> None:
    first, second = PowerShell(pool), PowerShell(pool)
    first.add_cmdlet("Get-VM").add_parameter("Count", 3)
    second.add_cmdlet("Warn")
    first.begin_invoke()
    second.begin_invoke()
    second_out = second.end_invoke()
    first_out = first.end_invoke()
    assert len(first_out) == 3 and second_out == []
    assert len(second.streams.error) == 1 and not first.streams.error


def test_pools_on_several_threads_do_not_wait_for_each_other(http_server: LabServer) -> None:
    def one(host: str) -> tuple[str, float]:
        with RunspacePool(connect(http_server.endpoint(host))) as rp:
            start = time.monotonic()
            out = run(rp, ("Sleep", {"Seconds": 1.0})).output
            return out[0], time.monotonic() - start

    start = time.monotonic()
    with ThreadPoolExecutor(4) as executor:
        results = list(executor.map(one, ["HV-A", "HV-A", "HV-B", "HV-B"]))
    assert [host for host, _ in results] == ["HV-A", "HV-A", "HV-B", "HV-B"]
    # Four one-second pipelines in parallel take about a second, not four.
    assert time.monotonic() - start < 2.8


def test_pool_receive_long_polls_then_times_out(pool: RunspacePool) -> None:
    start = time.monotonic()
    with pytest.raises(WSManFaultError) as err:
        pool._receive(timeout=1)
    assert err.value.code == TIMED_OUT
    assert 0.9 <= time.monotonic() - start < 3


def test_newer_receive_supersedes_a_waiting_one(http_server: LabServer) -> None:
    ep = http_server.endpoint("HV-A")
    with RunspacePool(connect(ep)) as rp:
        outcome: dict[str, Any] = {}

        def waiting() -> None:
            start = time.monotonic()
            try:
                rp._receive(timeout=10)
            except WSManFaultError as exc:
                outcome["code"], outcome["after"] = exc.code, time.monotonic() - start
            except Exception as exc:
                outcome["error"] = exc

        thread = threading.Thread(target=waiting)
        thread.start()
        time.sleep(0.3)
        # A second client object on the same shell: pypsrp objects are not thread-safe.
        other = RunspacePool(connect(ep))
        other.shell.id = rp.shell.id
        other.shell._selector_set = rp.shell._selector_set
        with pytest.raises(WSManFaultError):
            other._receive(timeout=1)
        thread.join(5)
        assert "error" not in outcome, outcome
        assert outcome["code"] == TIMED_OUT
        assert outcome["after"] < 3


def test_stop_and_close_a_pipeline(pool: RunspacePool) -> None:
    ps = PowerShell(pool)
    ps.add_cmdlet("Get-VM")
    ps.begin_invoke()
    ps.stop()
    ps.close()
    # The pool is still fine.
    assert len(run(pool, ("Get-VM", {})).output) == 1


def test_terminate_after_invoke(pool: RunspacePool) -> None:
    ps = run(pool, ("Get-VM", {}))
    ps.close()


def test_is_alive_and_delete(http_server: LabServer) -> None:
    rp = RunspacePool(connect(http_server.endpoint("HV-A")))
    rp.open()
    assert rp.is_alive()
    count = http_server.shell_count("HV-A")
    rp.close()
    assert http_server.shell_count("HV-A") == count - 1


def test_server_config_answers_max_envelope(http_server: LabServer) -> None:
    wsman = connect(http_server.endpoint("HV-A"))
    wsman.update_max_payload_size()
    assert wsman.max_envelope_size == 512000


def test_request_on_a_deleted_shell_faults(http_server: LabServer) -> None:
    rp = RunspacePool(connect(http_server.endpoint("HV-B")))
    rp.open()
    rp.close()
    ps = PowerShell(rp)
    ps.add_cmdlet("Get-VM")
    rp.state = 2  # pretend it is still open, as a client that missed the close would
    with pytest.raises(WSManFaultError) as err:
        ps.invoke()
    assert err.value.code == SHELL_NOT_FOUND


def test_terminate_ends_a_waiting_receive() -> None:
    """A Receive waiting on a running pipeline that gets terminated returns instead of hanging.

    pypsrp cannot produce this (its Command returns only after the pipeline ran), so the shell is
    driven directly: one pipeline marked running, a waiting Receive, then Terminate.
    """
    pid = uuid.uuid4()
    shell = Shell("S", lambda calls: PipelineResult(), 153600)
    shell._pipes[pid] = _Pipe(ServerPipeline(shell._pool, pid), str(pid), running=True)
    result: list[Any] = []
    waiter = threading.Thread(target=lambda: result.append(shell.receive(str(pid), 153600, 5)))
    waiter.start()
    time.sleep(0.2)
    shell.signal(str(pid), terminate=True)
    waiter.join(2)
    assert result and result[0].done and result[0].chunks == []


def test_parallel_sessions_under_load(http_server: LabServer) -> None:
    """Eight sessions on two hosts, each with its own pool and thread, plus garbage on the side."""
    import requests

    def session(host: str) -> int:
        done = 0
        with RunspacePool(connect(http_server.endpoint(host))) as rp:
            for i in range(12):
                ps = run(
                    rp, ("Get-VM", {"Count": 1 + i % 5}), ("Select-Object", {"Property": ["Name", "State"]})
                )
                assert len(ps.output) == 1 + i % 5 and not ps.streams.error
                done += 1
        return done

    def garbage() -> int:
        ep = http_server.endpoint("HV-A")
        for _ in range(20):
            requests.post(ep.url, data=b"<nope", auth=(ep.username, ep.password), timeout=5)
        return 0

    with ThreadPoolExecutor(9) as executor:
        futures = [executor.submit(session, h) for h in ["HV-A", "HV-B"] * 4] + [executor.submit(garbage)]
        assert sum(f.result(timeout=60) for f in futures) == 8 * 12
