"""The one clock all simulated hosts share.

Demo mode lets it run faster than real time; tests step it explicitly so results never depend on
how fast the machine is.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class LabClock:
    """Lab time = start + (real elapsed x speed) + manual steps. speed 0 means stepped only."""

    def __init__(self, start: datetime | None = None, speed: float = 0.0) -> None:
        if speed < 0:
            raise ValueError("speed must not be negative")
        self._lock = threading.Lock()
        self._base = start or datetime.now(UTC).replace(microsecond=0)
        self._real_base = time.monotonic()
        self._speed = speed

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> datetime:
        with self._lock:
            elapsed = (time.monotonic() - self._real_base) * self._speed
            return self._base + timedelta(seconds=elapsed)

    def advance(self, seconds: float) -> datetime:
        with self._lock:
            self._base += timedelta(seconds=seconds)
            return self._base + timedelta(seconds=(time.monotonic() - self._real_base) * self._speed)

    def set_speed(self, speed: float) -> None:
        if speed < 0:
            raise ValueError("speed must not be negative")
        current = self.now()
        with self._lock:
            self._base = current
            self._real_base = time.monotonic()
            self._speed = speed
