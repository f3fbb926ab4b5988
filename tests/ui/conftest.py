"""Shared by every ui test: garbage collection on the GUI thread only, as in the application.

Python's automatic collector runs in whichever thread allocates; the tests run lab servers and
session workers in this process. A QObject of the GUI thread (a closed qasync loop's timer object,
a dialog) collected from such a thread keeps its Qt timers registered, and the next timer event
crashes the run in QCoreApplication::notify. hvgui.ui.gc_guard collects on the GUI thread instead.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from hvgui.ui.gc_guard import GuiThreadCollector


@pytest.fixture(autouse=True, scope="session")
def gui_thread_gc(qapp: QApplication) -> Iterator[None]:
    gc.collect()
    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()
