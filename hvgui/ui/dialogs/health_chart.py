"""Pending size and latency over the time hvgui has been watching, drawn with QPainter.

Hyper-V keeps only the aggregate of the monitoring window; the trend is what hvgui saw itself, one
sample per measurement. The history belongs to the application (DialogContext.history), so reopening
the dialog shows what was seen before.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from uuid import UUID

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from hvgui.hyperv.enums import RelationshipType
from hvgui.hyperv.model import ReplicationStatistics
from hvgui.ui import format as fmt

MAX_SAMPLES = 720  # a day at one sample every two minutes
MIN_SPAN = timedelta(minutes=10)
PENDING_COLOUR = QColor("#1565c0")
LATENCY_COLOUR = QColor("#ef6c00")


@dataclass(frozen=True)
class Sample:
    at: datetime
    pending: int | None
    latency: timedelta | None


Key = tuple[UUID, str, RelationshipType]


class HealthHistory:
    """Samples per (VM, host, relationship), oldest first, bounded."""

    def __init__(self) -> None:
        self._samples: dict[Key, deque[Sample]] = {}

    def add(self, stats: ReplicationStatistics, at: datetime) -> None:
        rel = stats.replication
        key = (rel.vm_id, rel.host.lower(), rel.relationship)
        self._samples.setdefault(key, deque(maxlen=MAX_SAMPLES)).append(
            Sample(at, stats.pending_size, stats.average_latency)
        )

    def samples(self, vm_id: UUID, host: str, relationship: RelationshipType) -> list[Sample]:
        return list(self._samples.get((vm_id, host.lower(), relationship), ()))


class HealthChart(QWidget):
    """Two lines on one time axis: pending size (left scale) and average latency (right scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._samples: list[Sample] = []
        self._empty_text = ""
        self._labels = ("", "")
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, 170)

    def set_texts(self, pending: str, latency: str, empty: str) -> None:
        self._labels = (pending, latency)
        self._empty_text = empty
        self.update()

    def set_samples(self, samples: Sequence[Sample]) -> None:
        self._samples = list(samples)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.windowText().color()
        grid = palette.mid().color()
        fm = p.fontMetrics()
        top = fm.height() + 8
        bottom = self.height() - fm.height() - 6
        left_w = fm.horizontalAdvance("000.0 MB") + 8
        right_w = fm.horizontalAdvance("00 h 00 min") + 8
        area = QRectF(left_w, top, max(10, self.width() - left_w - right_w), max(10, bottom - top))
        p.fillRect(area, palette.base())
        p.setPen(QPen(grid, 1))
        p.drawRect(area)
        for i in range(1, 4):
            y = area.top() + area.height() * i / 4
            p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
        # Legend
        x = area.left()
        for colour, label in ((PENDING_COLOUR, self._labels[0]), (LATENCY_COLOUR, self._labels[1])):
            p.setPen(QPen(colour, 3))
            p.drawLine(QPointF(x, fm.ascent() / 2 + 3), QPointF(x + 18, fm.ascent() / 2 + 3))
            p.setPen(text)
            p.drawText(QPointF(x + 24, fm.ascent() + 1), label)
            x += 24 + fm.horizontalAdvance(label) + 24
        points = [s for s in self._samples]
        if len(points) < 2:
            p.setPen(text)
            p.drawText(
                area.adjusted(8, 4, -8, -4),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text,
            )
            p.end()
            return
        # A live chart: the newest sample at the right edge, at least MIN_SPAN wide, so that the
        # first few samples do not stretch across the whole width.
        t1 = points[-1].at
        t0 = min(points[0].at, t1 - MIN_SPAN)
        span = (t1 - t0).total_seconds()
        pending_max = max((s.pending or 0 for s in points), default=0) or 1
        latency_max = (
            max((s.latency.total_seconds() if s.latency else 0.0 for s in points), default=0.0) or 1.0
        )

        def xy(sample: Sample, value: float, top_value: float) -> QPointF:
            fx = (sample.at - t0).total_seconds() / span
            return QPointF(
                area.left() + fx * area.width(), area.bottom() - (value / top_value) * area.height()
            )

        pending = [xy(s, float(s.pending), pending_max) for s in points if s.pending is not None]
        latency = [xy(s, s.latency.total_seconds(), latency_max) for s in points if s.latency is not None]
        for colour, line in ((PENDING_COLOUR, pending), (LATENCY_COLOUR, latency)):
            p.setPen(QPen(colour, 2))
            p.drawPolyline(QPolygonF(line))
            p.setBrush(colour)
            for point in line:
                p.drawEllipse(point, 2.5, 2.5)
            p.setBrush(Qt.BrushStyle.NoBrush)
        # Scales: the maximum at the top of each side, zero at the bottom; times below.
        p.setPen(PENDING_COLOUR)
        p.drawText(
            QRectF(0, area.top() - 2, left_w - 4, fm.height()),
            Qt.AlignmentFlag.AlignRight,
            fmt.size(int(pending_max)),
        )
        p.drawText(
            QRectF(0, area.bottom() - fm.height(), left_w - 4, fm.height()), Qt.AlignmentFlag.AlignRight, "0"
        )
        p.setPen(LATENCY_COLOUR)
        p.drawText(
            QRectF(area.right() + 4, area.top() - 2, right_w, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            fmt.duration(timedelta(seconds=latency_max)),
        )
        p.drawText(
            QRectF(area.right() + 4, area.bottom() - fm.height(), right_w, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            "0",
        )
        p.setPen(text)
        p.drawText(QPointF(area.left(), self.height() - 4), fmt.when(t0))
        end = fmt.when(t1)
        p.drawText(QPointF(area.right() - fm.horizontalAdvance(end), self.height() - 4), end)
        p.end()
