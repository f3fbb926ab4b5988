"""Saving a running lab to JSON and resuming it later, exactly where it was.

The format is derived from the model's dataclasses and their type hints, not written out by hand: a
field added to the model is saved and restored without touching this module, and a field of a type
this module does not know makes saving fail loudly instead of being dropped.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
import types
import typing
from datetime import datetime, timedelta
from enum import Enum, IntEnum
from pathlib import Path
from typing import Any
from uuid import UUID

from hvgui.lab.clock import LabClock
from hvgui.lab.enums import enum_name, parse_enum
from hvgui.lab.runtime import Lab

FORMAT = "hvgui-lab-state"
VERSION = 1


class StateError(ValueError):
    """A file that is not a lab state this version can read (corrupt, foreign, or from another version)."""


def save(lab: Lab, path: Path) -> None:
    """Write the whole lab atomically: a crash mid-write leaves the previous file intact."""
    data = {
        "format": FORMAT,
        "version": VERSION,
        "clock": lab.clock.now().isoformat(),
        "lab": {
            f.name: _encode(getattr(lab, f.name), hint, f.name)
            for f, hint in _fields(Lab)
            if f.name != "clock"
        },
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def load(path: Path, speed: float = 0.0) -> Lab:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise StateError(f"{path}: cannot read the lab state: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise StateError(f"{path}: not a lab state file (not UTF-8 text)") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise StateError(f"{path}: not a lab state file (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StateError(f"{path}: not an hvgui lab state file")
    if data.get("version") != VERSION:
        raise StateError(
            f"{path}: lab state format version {data.get('version')!r}; this hvgui reads version {VERSION}"
        )
    try:
        now = _decode(data.get("clock"), datetime, "clock")
        body = data.get("lab")
        if not isinstance(body, dict):
            raise _Corrupt("lab", "expected an object")
        kwargs = _decode_fields(Lab, body, "lab", skip={"clock"})
    except _Corrupt as exc:
        raise StateError(f"{path}: corrupt lab state at {exc.where}: {exc.problem}") from None
    return Lab(clock=LabClock(now, speed), **kwargs)


class _Corrupt(Exception):
    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = where, problem


def _fields(cls: type) -> list[tuple[dataclasses.Field[Any], Any]]:
    hints = typing.get_type_hints(cls)
    return [(f, hints[f.name]) for f in dataclasses.fields(cls)]


def _optional(hint: Any) -> Any:
    """X for X | None, else None."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1 and len(typing.get_args(hint)) == 2:
            return args[0]
        raise TypeError(f"unsupported union {hint}")
    return None


def _encode(value: Any, hint: Any, where: str) -> Any:
    inner = _optional(hint)
    if inner is not None:
        return None if value is None else _encode(value, inner, where)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is list and isinstance(value, list):
        return [_encode(v, args[0], f"{where}[{i}]") for i, v in enumerate(value)]
    if origin is set and isinstance(value, set):
        return sorted(_encode(v, args[0], f"{where}[]") for v in value)
    if origin is dict and isinstance(value, dict):
        return {
            _encode_key(k, args[0], where): _encode(v, args[1], f"{where}[{k!r}]") for k, v in value.items()
        }
    if origin is None and isinstance(hint, type) and isinstance(value, hint):
        if dataclasses.is_dataclass(hint):
            return {f.name: _encode(getattr(value, f.name), h, f"{where}.{f.name}") for f, h in _fields(hint)}
        if isinstance(value, IntEnum):
            return enum_name(value)
        if isinstance(value, Enum):
            return value.name
        if isinstance(value, datetime):
            return value.isoformat()
        if isinstance(value, timedelta):
            return value.total_seconds()
        if isinstance(value, UUID):
            return str(value)
        if isinstance(value, bool | str):
            return value
        if isinstance(value, int):
            return int(value)
    if hint is float and isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    # A lab bug (a value of the wrong type) or a field type this module cannot save yet.
    raise TypeError(f"cannot save {where}: {type(value).__name__} value for a field of type {hint}")


def _encode_key(key: Any, hint: Any, where: str) -> str:
    if hint is str and isinstance(key, str):
        return key
    if hint is UUID and isinstance(key, UUID):
        return str(key)
    raise TypeError(f"cannot save {where}: dictionary key {key!r} of type {hint}")


def _decode_fields(
    cls: type, data: dict[str, Any], where: str, skip: set[str] | None = None
) -> dict[str, Any]:
    known = _fields(cls)
    names = {f.name for f, _ in known}
    unknown = sorted(k for k in data if k not in names or k in (skip or set()))
    if unknown:
        raise _Corrupt(f"{where}.{unknown[0]}", "unknown field")
    kwargs: dict[str, Any] = {}
    for f, hint in known:
        if skip and f.name in skip:
            continue
        if f.name in data:
            kwargs[f.name] = _decode(data[f.name], hint, f"{where}.{f.name}")
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise _Corrupt(f"{where}.{f.name}", "missing")
        # A field missing from an older file keeps its default: the model grew since it was saved.
    return kwargs


def _decode(value: Any, hint: Any, where: str) -> Any:
    inner = _optional(hint)
    if inner is not None:
        return None if value is None else _decode(value, inner, where)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (list, set):
        if not isinstance(value, list):
            raise _Corrupt(where, f"expected a list, got {type(value).__name__}")
        items = [_decode(v, args[0], f"{where}[{i}]") for i, v in enumerate(value)]
        return items if origin is list else set(items)
    if origin is dict:
        if not isinstance(value, dict):
            raise _Corrupt(where, f"expected an object, got {type(value).__name__}")
        return {_decode(k, args[0], where): _decode(v, args[1], f"{where}[{k!r}]") for k, v in value.items()}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise _Corrupt(where, f"expected an object, got {type(value).__name__}")
        return hint(**_decode_fields(hint, value, where))
    try:
        return _decode_scalar(value, hint)
    except (TypeError, ValueError, KeyError) as exc:
        raise _Corrupt(where, f"{value!r} is not a valid {getattr(hint, '__name__', hint)} ({exc})") from None


def _decode_scalar(value: Any, hint: Any) -> Any:
    if isinstance(hint, type) and issubclass(hint, IntEnum):
        return parse_enum(hint, _expect(value, str))
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint[_expect(value, str)]
    if hint is datetime:
        moment = datetime.fromisoformat(_expect(value, str))
        if moment.tzinfo is None:
            raise ValueError("no time zone")
        return moment
    if hint is timedelta:
        return timedelta(seconds=_number(value))
    if hint is UUID:
        return UUID(_expect(value, str))
    if hint is float:
        return _number(value)
    if hint in (str, bool):
        return _expect(value, hint)
    if hint is int:
        if isinstance(value, bool):
            raise TypeError("a boolean")
        return _expect(value, int)
    raise TypeError(f"unsupported field type {hint}")


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {type(value).__name__}")
    return float(value)
