"""Sizes, durations and times formatted for the user's language (QLocale.setDefault decides)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def size(num_bytes: int | None) -> str:
    if num_bytes is None:
        return ""
    return QLocale().formattedDataSize(num_bytes, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def duration(span: timedelta | None) -> str:
    """A short, readable duration: "45 s", "12 min", "3 h 5 min", "2 d 4 h"."""
    if span is None:
        return ""
    seconds = max(0, int(span.total_seconds()))
    if seconds < 60:
        return QCoreApplication.translate("Format", "%1 s").replace("%1", QLocale().toString(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return QCoreApplication.translate("Format", "%1 min").replace("%1", QLocale().toString(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return fill(
            QCoreApplication.translate("Format", "%1 h %2 min"),
            QLocale().toString(hours),
            QLocale().toString(minutes),
        )
    days, hours = divmod(hours, 24)
    return fill(
        QCoreApplication.translate("Format", "%1 d %2 h"), QLocale().toString(days), QLocale().toString(hours)
    )


def uptime(span: timedelta) -> str:
    """Hyper-V Manager's Uptime column: d.hh:mm:ss, empty when off."""
    seconds = int(span.total_seconds())
    if seconds <= 0:
        return ""
    days, rest = divmod(seconds, 86400)
    text = f"{rest // 3600:02d}:{rest % 3600 // 60:02d}:{rest % 60:02d}"
    return f"{days}.{text}" if days else text


def when(moment: datetime | None) -> str:
    """A local date and time in the user's format."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    qt = QDateTime.fromSecsSinceEpoch(int(aware.timestamp())).toLocalTime()
    return QLocale().toString(qt, QLocale.FormatType.ShortFormat)


def age(moment: datetime | None, now: datetime) -> str:
    """Time since a moment, e.g. data at risk since the last replication."""
    return "" if moment is None else duration(now - moment)


def percent(value: int) -> str:
    return (
        QLocale().toString(value) + " %" if QLocale().language() == QLocale.Language.German else f"{value}%"
    )


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *args: object) -> str:
    """Qt's %1..%9 in one pass, so that a VM named "%2" is not filled a second time."""
    return _PLACEHOLDER.sub(
        lambda m: str(args[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(args) else m.group(0), template
    )
