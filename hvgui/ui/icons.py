"""hvgui's own SVG icons, rendered at whatever size and pixel ratio the screen asks for.

Icons are vector files in resources/icons. QIcon's SVG engine rasterises them on demand, so they
stay sharp at 150 % or 200 % scaling; a state badge (host in trouble, VM health) is drawn over the
base icon by a small icon engine that renders both SVGs into the requested rectangle, never by
scaling a bitmap.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from hvgui.hyperv.enums import ReplicationHealth, VMState

_CRITICAL_OFFSET = VMState.RunningCritical - VMState.Running


def icon_dir() -> Path:
    """resources/icons inside an installed package, else the source tree's top-level folder."""
    packaged = Path(str(resources.files("hvgui"))) / "resources" / "icons"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources" / "icons"


def svg_path(name: str) -> str:
    return str(icon_dir() / f"{name}.svg")


@cache
def icon(name: str) -> QIcon:
    return QIcon(svg_path(name))


class _BadgeEngine(QIconEngine):
    """Renders a base SVG and, in the lower right quarter, a badge SVG; crisp at any scale."""

    def __init__(self, base: str, badge: str) -> None:
        super().__init__()
        self._base_name, self._badge_name = base, badge
        self._base = QSvgRenderer(svg_path(base))
        self._badge = QSvgRenderer(svg_path(badge))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if mode is QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._base.render(painter, QRectF(rect))
        side = rect.width() * 0.6
        corner = QRectF(rect.right() + 1 - side, rect.bottom() + 1 - side, side, side)
        self._badge.render(painter, corner)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _BadgeEngine(self._base_name, self._badge_name)


@cache
def badged(base: str, badge: str) -> QIcon:
    return QIcon(_BadgeEngine(base, badge))


def vm_state_name(state: VMState) -> str:
    if state >= VMState.RunningCritical:
        state = VMState(state - _CRITICAL_OFFSET)
    if state in (VMState.Running, VMState.Starting, VMState.Reset):
        return "vm-running"
    if state in (VMState.Off, VMState.Other):
        return "vm-off"
    if state in (VMState.Saved, VMState.FastSaved, VMState.Hibernated):
        return "vm-saved"
    if state is VMState.Paused:
        return "vm-paused"
    return "vm-busy"


_HEALTH = {
    ReplicationHealth.Normal: "health-normal",
    ReplicationHealth.Warning: "health-warning",
    ReplicationHealth.Critical: "health-critical",
}


def health(value: ReplicationHealth) -> QIcon:
    name = _HEALTH.get(value)
    return icon(name) if name else QIcon()


def vm(state: VMState, health_value: ReplicationHealth = ReplicationHealth.NotApplicable) -> QIcon:
    """A VM's power state, with a badge when its replication needs attention (as the tree shows)."""
    base = vm_state_name(state)
    if health_value in (ReplicationHealth.Warning, ReplicationHealth.Critical):
        return badged(base, _HEALTH[health_value])
    return icon(base)


def host(problem: str = "") -> QIcon:
    """problem: "" (fine), "connecting", "error" (not connected) or "stale" (last refresh failed)."""
    if not problem:
        return icon("host")
    return badged("host", f"badge-{problem}")
