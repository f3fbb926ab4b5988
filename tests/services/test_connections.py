"""HostRegistry: background connect, status per host, retry, staleness reports, removal."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.errors import AuthenticationFailed, HostTimeout, HostUnreachable, PreconditionFailed
from hvgui.services.connections import HostRegistry
from hvgui.services.events import Connected, Connecting, Failed, HostStatusChanged, Stale
from tests.services.inventory_fixtures import FakeClock, Profile, Sessions, password, run


def registry(sessions: Sessions, **kwargs: Any) -> tuple[HostRegistry, list[HostStatusChanged]]:
    reg = HostRegistry(password, session_factory=sessions, **kwargs)
    seen: list[HostStatusChanged] = []
    reg.subscribe(seen.append)
    return reg, seen


def kinds(events: list[HostStatusChanged]) -> list[tuple[str, str]]:
    return [(e.host, type(e.status).__name__) for e in events]


def test_add_connects_in_the_background_and_publishes_each_step() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        reg, seen = registry(sessions)
        task = reg.add(Profile("HV-A"))
        assert isinstance(reg.status("HV-A"), Connecting)
        assert reg.session("HV-A") is None  # not usable before it is connected
        status = await task
        assert isinstance(status, Connected)
        assert sessions.made == [("HV-A", "pw-HV-A")]
        assert reg.session("HV-A") is sessions.by_name["HV-A"]
        assert reg.active() == ["HV-A"]
        assert kinds(seen) == [("HV-A", "Connecting"), ("HV-A", "Connected")]
        assert isinstance(seen[1].previous, Connecting)
        with pytest.raises(ValueError):
            reg.add(Profile("HV-A"))
        await reg.aclose()

    run(scenario())


def test_a_failed_connect_is_reported_with_error_and_time_and_the_session_closed() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        sessions.prepare("HV-A").connect_error = AuthenticationFailed("HV-A", "401")
        clock = FakeClock()
        reg, _ = registry(sessions, clock=clock)
        status = await reg.add(Profile("HV-A"))
        assert isinstance(status, Failed)
        assert isinstance(status.error, AuthenticationFailed)
        assert status.since == clock.now
        assert reg.session("HV-A") is None and reg.active() == []
        await asyncio.sleep(0)
        assert sessions.by_name["HV-A"].closed
        await reg.aclose()

    run(scenario())


def test_a_host_that_never_answers_the_connect_fails_with_a_timeout() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        sessions.prepare("HV-A").hang = True
        sessions.prepare("HV-B")
        reg, _ = registry(sessions, connect_timeout=0.3)
        start = time.monotonic()
        hung, fine = reg.add(Profile("HV-A")), reg.add(Profile("HV-B"))
        assert isinstance(await fine, Connected)
        assert not hung.done()  # the hung host did not hold up the other
        status = await hung
        assert isinstance(status, Failed) and isinstance(status.error, HostTimeout)
        assert 0.3 <= time.monotonic() - start < 2.0  # its own deadline, not a later one
        await reg.aclose()

    run(scenario())


def test_retry_asks_for_the_password_again_and_reconnects() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        session = sessions.prepare("HV-A")
        session.connect_error = HostUnreachable("HV-A", "refused")
        reg, seen = registry(sessions)
        assert isinstance(await reg.add(Profile("HV-A")), Failed)
        session.connect_error = None
        task = reg.retry("HV-A")
        assert reg.retry("HV-A") is task  # a second click joins the running attempt
        assert isinstance(await task, Connected)
        assert len(sessions.made) == 2 and session.connects == 2
        assert kinds(seen) == [
            ("HV-A", "Connecting"),
            ("HV-A", "Failed"),
            ("HV-A", "Connecting"),
            ("HV-A", "Connected"),
        ]
        await reg.aclose()

    run(scenario())


def test_refresh_failures_make_a_host_stale_once_and_success_makes_it_connected() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        clock = FakeClock()
        reg, seen = registry(sessions, clock=clock)
        await reg.add(Profile("HV-A"))
        connected_at = clock.now
        clock.advance(30)
        reg.report_failure("HV-A", HostTimeout("HV-A", "no answer"))
        clock.advance(30)
        reg.report_failure("HV-A", HostTimeout("HV-A", "no answer"))  # the same problem again
        status = reg.status("HV-A")
        assert isinstance(status, Stale)
        assert status.last_good == connected_at and status.since == connected_at.replace() + _s(30)
        assert reg.session("HV-A") is not None  # stale hosts are still asked: they may be back
        reg.report_failure("HV-A", HostUnreachable("HV-A", "refused"))
        reg.report_success("HV-A")
        assert isinstance(reg.status("HV-A"), Connected)
        assert kinds(seen)[2:] == [("HV-A", "Stale"), ("HV-A", "Stale"), ("HV-A", "Connected")]
        await reg.aclose()

    run(scenario())


def test_remove_closes_the_session_and_publishes_the_end() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        reg, seen = registry(sessions)
        with reg.stream() as stream:
            await reg.add(Profile("HV-A"))
            await reg.remove("HV-A")
            assert sessions.by_name["HV-A"].closed
            assert reg.names == []
            assert seen[-1].status is None and isinstance(seen[-1].previous, Connected)
            received = [await stream.__anext__() for _ in range(3)]
            assert [type(e.status).__name__ for e in received] == ["Connecting", "Connected", "NoneType"]
        await reg.aclose()

    run(scenario())


def test_remove_while_connecting_cancels_the_attempt() -> None:
    async def scenario() -> None:
        sessions = Sessions()
        sessions.prepare("HV-A").hang = True
        reg, seen = registry(sessions)
        task = reg.add(Profile("HV-A"))
        await asyncio.sleep(0.01)
        await reg.remove("HV-A")
        assert task.cancelled() or task.done()
        await asyncio.sleep(0.01)
        assert sessions.by_name["HV-A"].closed
        assert kinds(seen) == [("HV-A", "Connecting"), ("HV-A", "NoneType")]
        await reg.aclose()

    run(scenario())


def test_unsubscribe_and_a_broken_subscriber_does_not_stop_the_others() -> None:
    async def scenario() -> None:
        loop = asyncio.get_running_loop()
        reported: list[dict[str, Any]] = []
        loop.set_exception_handler(lambda _loop, context: reported.append(context))
        sessions = Sessions()
        reg, seen = registry(sessions)

        def broken(event: HostStatusChanged) -> None:
            raise RuntimeError("subscriber bug")

        reg.subscribe(broken)
        late: list[HostStatusChanged] = []
        unsubscribe = reg.subscribe(late.append)
        unsubscribe()
        await reg.add(Profile("HV-A"))
        assert kinds(seen) == [("HV-A", "Connecting"), ("HV-A", "Connected")]
        assert late == []
        assert [type(c["exception"]) for c in reported] == [RuntimeError, RuntimeError]
        await reg.aclose()

    run(scenario())


def _s(seconds: float) -> Any:
    from datetime import timedelta

    return timedelta(seconds=seconds)


def test_an_unusable_profile_fails_the_host_instead_of_leaving_it_connecting() -> None:
    async def scenario() -> None:
        reg = HostRegistry(password)  # the real HostSession validates the profile
        status = await reg.add(ConnectionProfile("HV-A", "bad host/name"))
        assert isinstance(status, Failed) and isinstance(status.error, PreconditionFailed)
        assert "not a host name" in str(status.error)
        await reg.aclose()

    run(scenario())
