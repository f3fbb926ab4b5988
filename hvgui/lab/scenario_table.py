"""Typed, strict reading of one TOML table of a scenario file.

Every problem becomes a ScenarioError naming the file, the table and the key, so that whoever wrote the
scenario can find the line without reading the loader.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any, TypeVar

from hvgui.lab.enums import enum_name

E = TypeVar("E", bound=IntEnum)
_MISSING: Any = object()


class ScenarioError(ValueError):
    """A scenario file that cannot describe a valid lab."""


class Table:
    """One TOML table; `where` is how error messages name it, e.g. [[hosts.vms]] 'SQL01' on 'HV-A'."""

    def __init__(self, data: Any, source: str, where: str, allowed: Iterable[str]) -> None:
        self.source, self.where = source, where
        if not isinstance(data, dict):
            raise ScenarioError(f"{source}: {where}: expected a table, got {_kind(data)}")
        self.data: dict[str, Any] = data
        known = set(allowed)
        unknown = sorted(k for k in data if k not in known)
        if unknown:
            raise self.error(unknown[0], f"unknown key; allowed keys are {', '.join(sorted(known))}")

    def error(self, key: str, problem: str) -> ScenarioError:
        return ScenarioError(f"{self.source}: {self.where}: key '{key}': {problem}")

    def has(self, key: str) -> bool:
        return key in self.data

    def _get(self, key: str, default: Any, types: tuple[type, ...], what: str) -> Any:
        if key not in self.data:
            if default is _MISSING:
                raise self.error(key, "required key is missing")
            return default
        value = self.data[key]
        # bool is an int in Python but never a number in TOML.
        if isinstance(value, bool) and bool not in types:
            raise self.error(key, f"expected {what}, got {_kind(value)}")
        if not isinstance(value, types):
            raise self.error(key, f"expected {what}, got {_kind(value)}")
        return value

    def text(self, key: str, default: Any = _MISSING) -> Any:
        value = self._get(key, default, (str,), "a string")
        if isinstance(value, str) and key in self.data and not value.strip():
            raise self.error(key, "must not be empty")
        return value

    def integer(
        self, key: str, default: Any = _MISSING, low: int | None = None, high: int | None = None
    ) -> Any:
        value = self._get(key, default, (int,), "an integer")
        if isinstance(value, int) and key in self.data:
            self._check_range(key, value, low, high)
        return value

    def number(
        self, key: str, default: Any = _MISSING, low: float | None = None, high: float | None = None
    ) -> Any:
        value = self._get(key, default, (int, float), "a number")
        if isinstance(value, int | float) and key in self.data:
            self._check_range(key, value, low, high)
            return float(value)
        return value

    def flag(self, key: str, default: Any = _MISSING) -> Any:
        return self._get(key, default, (bool,), "true or false")

    def texts(self, key: str, default: list[str] | None = None) -> list[str]:
        value = self._get(key, [] if default is None else default, (list,), "a list of strings")
        if not all(isinstance(v, str) for v in value):
            raise self.error(key, "expected a list of strings")
        return list(value)

    def enum(self, key: str, enum_type: type[E], default: Any = _MISSING) -> Any:
        value = self._get(key, default, (str,), f"a {enum_type.__name__} name")
        if not isinstance(value, str):
            return value
        for member in enum_type:
            if enum_name(member).lower() == value.strip().lower():
                return member
        names = ", ".join(enum_name(m) for m in enum_type)
        raise self.error(key, f"unknown {enum_type.__name__} '{value}'; expected one of {names}")

    def choice(self, key: str, choices: Iterable[Any], default: Any = _MISSING) -> Any:
        value = self._get(key, default, (str, int), "a value")
        options = list(choices)
        if key in self.data and value not in options:
            raise self.error(key, f"'{value}' is not allowed; expected one of {', '.join(map(str, options))}")
        return value

    def time_of_day(self, key: str, default: timedelta) -> timedelta:
        """'HH:MM' or 'HH:MM:SS' (a TOML local time works too)."""
        if key not in self.data:
            return default
        value = self.data[key]
        text = value.isoformat() if hasattr(value, "hour") and not isinstance(value, datetime) else value
        if not isinstance(text, str):
            raise self.error(key, f'expected a time of day such as "18:30", got {_kind(value)}')
        parts = text.split(":")
        try:
            h, m, s = (int(p) for p in [*parts, "0"][:3]) if 2 <= len(parts) <= 3 else (99, 0, 0)
        except ValueError:
            h, m, s = 99, 0, 0
        if not (0 <= h < 24 and 0 <= m < 60 and 0 <= s < 60):
            raise self.error(key, f"'{text}' is not a time of day (HH:MM or HH:MM:SS)")
        return timedelta(hours=h, minutes=m, seconds=s)

    def moment(self, key: str) -> datetime | None:
        """An ISO-8601 string or a TOML date-time; naive values are UTC; "now" and absence give None."""
        if key not in self.data:
            return None
        value = self.data[key]
        if isinstance(value, str):
            if value.strip().lower() == "now":
                return None
            try:
                value = datetime.fromisoformat(value.strip())
            except ValueError:
                raise self.error(key, f"'{value}' is not an ISO-8601 date-time") from None
        if not isinstance(value, datetime):
            raise self.error(key, f'expected an ISO-8601 date-time or "now", got {_kind(value)}')
        return value if value.tzinfo else value.replace(tzinfo=UTC)

    def table(self, key: str, where: str, allowed: Iterable[str]) -> Table:
        return Table(self.data.get(key, {}), self.source, where, allowed)

    def tables(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.error(key, f"expected an array of tables ([[...{key}]]), got {_kind(value)}")
        return value

    def _check_range(self, key: str, value: float, low: float | None, high: float | None) -> None:
        if (low is not None and value < low) or (high is not None and value > high):
            bounds = f"from {low} to {high}" if high is not None else f"at least {low}"
            raise self.error(key, f"{value} is out of range; expected a value {bounds}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return f"{type(value).__name__} {value!r}"
