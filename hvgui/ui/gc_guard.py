"""Python's cyclic garbage collection, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate, and hvgui has many
(one per host session, the executor's, in demo mode the lab's). A QObject of the GUI thread that
ends up in a reference cycle would then be destroyed from a worker thread, where Qt cannot stop its
timers: the next timer event goes to freed memory and the process crashes. So automatic collection
is switched off and a timer on the GUI thread collects, as eagerly as the automatic thresholds would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is exceeded; -1 if none is."""
        thresholds = gc.get_threshold()
        counts = gc.get_count()
        generation = -1
        for index in range(3):
            if thresholds[index] and counts[index] > thresholds[index]:
                generation = index
        if generation >= 0:
            gc.collect(generation)
        return generation

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def _on_timer_timeout(self) -> None:
        self.collect_due()
