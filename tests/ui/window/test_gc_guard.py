"""Garbage is collected on the GUI thread, by a timer, once the usual thresholds are passed."""

from __future__ import annotations

import gc

from PySide6.QtWidgets import QApplication

from hvgui.ui.gc_guard import GuiThreadCollector


def test_collects_when_a_threshold_is_passed(qapp: QApplication) -> None:
    collector = GuiThreadCollector(qapp, interval_ms=60_000)
    try:
        assert not gc.isenabled()
        gc.collect()
        assert collector.collect_due() == -1
        cycles = []
        for _ in range(gc.get_threshold()[0] + 10):
            node: list[object] = []
            node.append(node)
            cycles.append(node)
        assert collector.collect_due() >= 0
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.stop()
        collector.deleteLater()
    assert not gc.isenabled()  # the session-wide collector of tests/ui/conftest.py still rules
