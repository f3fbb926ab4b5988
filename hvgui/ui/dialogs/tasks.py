"""Background work of a dialog: tasks on the running asyncio loop, cancelled when the dialog closes.

A task that ends with an exception that is not handled inside it is a bug; it goes to the crash
handler (sys.excepthook) like every other bug, instead of vanishing with the task.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any


class DialogTasks:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], *, keep: bool = True) -> asyncio.Task[Any] | None:
        """Run coro; keep=True: cancel it with cancel_all() (a load the closed dialog no longer needs)."""
        try:
            task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        except RuntimeError:  # no event loop (a screenshot harness without one)
            coro.close()
            return None
        task.add_done_callback(_report_bug)
        if keep:
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return task

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()


def _report_bug(task: asyncio.Task[Any]) -> None:
    if not task.cancelled() and task.exception() is not None:
        error = task.exception()
        assert error is not None
        sys.excepthook(type(error), error, error.__traceback__)
