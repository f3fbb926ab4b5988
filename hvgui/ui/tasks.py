"""Background tasks started from the ui: kept referenced until done, and their bugs reported.

asyncio keeps only weak references to tasks, so a task nobody holds can vanish mid-way; and an
exception in a task nobody awaits would only surface as a log line at garbage collection. Like
qasync's asyncSlot, a task's unexpected exception goes to sys.excepthook (the crash handler).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any, TypeVar

T = TypeVar("T")


class BackgroundTasks:
    def __init__(self) -> None:
        self._running: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, T], name: str | None = None) -> asyncio.Task[T]:
        task = asyncio.create_task(coro, name=name)
        self._running.add(task)
        task.add_done_callback(self._on_done)
        return task

    def pending(self) -> list[asyncio.Task[Any]]:
        return [t for t in self._running if not t.done()]

    async def wait(self) -> None:
        while self.pending():
            await asyncio.gather(*self.pending(), return_exceptions=True)

    def cancel_all(self) -> None:
        for task in self.pending():
            task.cancel()

    def _on_done(self, task: asyncio.Task[Any]) -> None:
        self._running.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            sys.excepthook(type(error), error, error.__traceback__)
