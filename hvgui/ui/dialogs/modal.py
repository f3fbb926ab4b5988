"""Awaiting a window-modal dialog from a coroutine.

QDialog.exec() inside a coroutine spins a nested event loop in which qasync would step other asyncio
tasks while this one is still mid-step (asyncio refuses that). open() + awaiting `finished` keeps
one event loop: the dialog is modal for the user, the rest of the application keeps running.
"""

from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog


async def open_and_wait(dialog: QDialog) -> int:
    """Open `dialog` window-modally and return its result code; cancelling the caller rejects it."""
    done: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    def finished(result: int) -> None:
        if not done.done():
            done.set_result(result)

    dialog.finished.connect(finished)
    dialog.open()
    try:
        return await done
    finally:
        if dialog.isVisible():
            dialog.reject()
