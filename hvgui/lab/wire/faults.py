"""Fault injection per simulated host, switchable while the server runs.

Tests and the demo flip these to see how the client copes with a slow, hung, flaky or vanished host.
Every setter takes effect for the next request; waits are interruptible so that a hung host never
holds up the server's shutdown.
"""

from __future__ import annotations

import threading
from collections.abc import Callable


class DropConnection(Exception):
    """Close the client's connection without an answer, as a crashed host would."""


class HostFaults:
    """The faults of one host.

    latency        seconds added before every request is answered
    hang           requests are read but never answered (until hang is switched off, then dropped)
    drop_next_receive  the next Receive for a pipeline closes the connection instead of answering (one shot)
    refuse         the listening socket is closed: new connections are refused
    host_down      the host is down for the whole lab (partners see it) and refuses connections
    lose_shells()  every shell of the host is forgotten; the next request gets fault 2150858843
    """

    def __init__(self, on_change: Callable[[HostFaults], None], on_lose_shells: Callable[[], None]) -> None:
        self._cond = threading.Condition()
        self._on_change = on_change
        self._on_lose_shells = on_lose_shells
        self._latency = 0.0
        self._hang = False
        self._refuse = False
        self._host_down = False
        self.drop_next_receive = False
        self._stopping = False

    @property
    def latency(self) -> float:
        return self._latency

    @latency.setter
    def latency(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("latency must not be negative")
        self._latency = float(seconds)

    @property
    def hang(self) -> bool:
        return self._hang

    @hang.setter
    def hang(self, value: bool) -> None:
        with self._cond:
            self._hang = bool(value)
            self._cond.notify_all()

    @property
    def refuse(self) -> bool:
        return self._refuse

    @refuse.setter
    def refuse(self, value: bool) -> None:
        self._refuse = bool(value)
        self._on_change(self)

    @property
    def host_down(self) -> bool:
        return self._host_down

    @host_down.setter
    def host_down(self, value: bool) -> None:
        self._host_down = bool(value)
        if value:
            self._on_lose_shells()
        self._on_change(self)

    @property
    def accepting(self) -> bool:
        return not (self._refuse or self._host_down)

    def lose_shells(self) -> None:
        self._on_lose_shells()

    def take_drop(self) -> bool:
        """True once after drop_next_receive was set."""
        with self._cond:
            if self.drop_next_receive:
                self.drop_next_receive = False
                return True
            return False

    def clear(self) -> None:
        """Back to a healthy host."""
        self.latency = 0.0
        self.hang = False
        self.drop_next_receive = False
        if self._refuse or self._host_down:
            self._refuse = False
            self.host_down = False

    # Used by the server --------------------------------------------------------------------------

    def delay(self) -> None:
        """Apply latency, then block while the host hangs. Raises DropConnection after a hang."""
        with self._cond:
            if self._latency > 0:
                self._cond.wait_for(lambda: self._stopping, timeout=self._latency)
            if not self._hang:
                return
            self._cond.wait_for(lambda: not self._hang or self._stopping)
        # The client has long given up on this request: answering now would only confuse it.
        raise DropConnection

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
