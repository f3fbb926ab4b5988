"""The lab's output objects straight to CLIXML text, the same bytes psrpcore would write.

Why: a simulated host spent most of a refresh building psrpcore objects and ElementTree elements
only to turn them into text (about 50 ms per host for 60 VMs), and ten simulated hosts share the
two cores of a laptop or CI machine with the client under test. Writing the text directly takes a
fraction of that. The formatting of scalars (strings, DateTime, TimeSpan) is psrpcore's own, so
the two paths cannot drift apart; tests/lab/wire/test_clixml_out.py compares them byte for byte
on every object the demo lab produces.

Only what a Hyper-V cmdlet's object holds is written here: LabObjects whose properties are
scalars, enums, lists of those, or nested objects (written as their ToString, as at depth 1).
Anything else (hashtables, doubles, bare scalars) returns None and goes the psrpcore way
(serialize.to_ps).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re
import uuid
from typing import Any
from xml.sax.saxutils import escape

from psrpcore.types import PSInt
from psrpcore.types._serializer import (  # psrpcore 0.3.1 (pinned): its formatting, not a copy
    _serialize_datetime,
    _serialize_duration,
    _serialize_string,
)

from hvgui.lab import enums
from hvgui.lab.records import Int64, LabObject, UInt32, UInt64

_CUSTOM_OBJECT = "System.Management.Automation.PSCustomObject"
_ENUM_TAIL = ("System.Enum", "System.ValueType", "System.Object")


class _Unsupported(Exception):
    pass


def _text(value: str) -> str:
    # ElementTree escapes element text the same way.
    return escape(value)


_ATTRIBUTE_ENTITIES = {'"': "&quot;", "\r": "&#13;", "\n": "&#10;", "\t": "&#09;"}


def _attribute(value: str) -> str:
    # ElementTree's escaping of attribute values.
    return escape(value, _ATTRIBUTE_ENTITIES)


# What psrpcore's _serialize_string changes: control characters, surrogates, characters beyond the
# BMP, and "_x" (escaped so that it is not read as an escape). Most strings have none of these.
_NEEDS_ESCAPE = re.compile("[\u0000-\u001f\u007f-\u009f\ud800-\udfff\U00010000-\U0010ffff]|_[xX]")


def _string(value: str) -> str:
    return _text(value if _NEEDS_ESCAPE.search(value) is None else _serialize_string(value))


@functools.lru_cache(maxsize=4096)
def _name(value: str) -> str:
    """A property or type name: few distinct ones, written over and over."""
    return _attribute(_serialize_string(value))


class _Writer:
    """One message: the RefId counters of objects and type-name lists run per message."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._objects = 0
        self._type_lists: dict[tuple[str, ...], int] = {}

    def message(self, obj: LabObject) -> bytes:
        self._object(obj, "")
        return "".join(self._parts).encode("utf-8")

    def _next_object(self) -> int:
        ref = self._objects
        self._objects += 1
        return ref

    def _type_names(self, names: tuple[str, ...]) -> None:
        known = self._type_lists.get(names)
        if known is not None:
            self._parts.append(f'<TNRef RefId="{known}" />')
            return
        ref = len(self._type_lists)
        self._type_lists[names] = ref
        inner = "".join(f"<T>{_string(n)}</T>" for n in names)
        self._parts.append(f'<TN RefId="{ref}">{inner}</TN>')

    def _object(self, obj: LabObject, name_attr: str) -> None:
        names = tuple(obj.type_names)
        if not names or names[-1] != "System.Object":
            names = (*names, "System.Object")
        self._parts.append(f'<Obj RefId="{self._next_object()}"{name_attr}>')
        self._type_names(names)
        members = "MS" if _CUSTOM_OBJECT in names else "Props"
        if obj.properties:  # psrpcore leaves out an empty member set, and an empty ToString
            self._parts.append(f"<{members}>")
            for key, value in obj.properties.items():
                self._value(value, f' N="{_name(key)}"')
            self._parts.append(f"</{members}>")
        self._to_string(obj.to_string)
        self._parts.append("</Obj>")

    def _to_string(self, text: str | None) -> None:
        if text:
            self._parts.append(f"<ToString>{_string(text)}</ToString>")

    def _scalar(self, tag: str, text: str, name_attr: str) -> None:
        self._parts.append(f"<{tag}{name_attr}>{text}</{tag}>" if text else f"<{tag}{name_attr} />")

    def _value(self, value: Any, name_attr: str) -> None:
        if value is None:
            self._parts.append(f"<Nil{name_attr} />")
        elif isinstance(value, bool):
            self._scalar("B", "true" if value else "false", name_attr)
        elif isinstance(value, str):
            self._scalar("S", _string(value), name_attr)
        elif isinstance(value, enum.IntEnum):
            self._enum(value, name_attr)
        elif isinstance(value, int):
            self._scalar(_integer_tag(value), str(int(value)), name_attr)
        elif isinstance(value, dt.datetime):
            self._scalar("DT", _serialize_datetime(value), name_attr)
        elif isinstance(value, dt.timedelta):
            self._scalar("TS", _serialize_duration(value), name_attr)
        elif isinstance(value, uuid.UUID):
            self._scalar("G", str(value), name_attr)
        elif isinstance(value, LabObject):
            # Depth 1: a nested object arrives as its ToString.
            self._value(value.to_string, name_attr)
        elif isinstance(value, list | tuple | set | frozenset):
            self._list(value, name_attr)
        else:
            raise _Unsupported(type(value).__name__)

    def _list(self, values: Any, name_attr: str) -> None:
        # serialize.to_ps hands psrpcore a Python list, which it writes as an ArrayList.
        self._parts.append(f'<Obj RefId="{self._next_object()}"{name_attr}>')
        self._type_names(("System.Collections.ArrayList", "System.Object"))
        if values:
            self._parts.append("<LST>")
            for item in values:
                self._value(item, "")
            self._parts.append("</LST>")
        else:
            self._parts.append("<LST />")
        self._parts.append("</Obj>")

    def _enum(self, value: enum.IntEnum, name_attr: str) -> None:
        type_name = enums.TYPE_NAMES.get(type(value))
        if type_name is None:
            # serialize.ps_enum writes an unknown enum as a plain Int32.
            self._scalar("I32", str(int(value)), name_attr)
            return
        self._parts.append(f'<Obj RefId="{self._next_object()}"{name_attr}><I32>{int(value)}</I32>')
        self._type_names((type_name, *_ENUM_TAIL))
        self._to_string(enums.enum_name(value))
        self._parts.append("</Obj>")


def _integer_tag(value: int) -> str:
    if isinstance(value, UInt64):
        return "U64"
    if isinstance(value, UInt32):
        return "U32"
    if isinstance(value, Int64) or not PSInt.MinValue <= value <= PSInt.MaxValue:
        return "I64"
    return "I32"


def output_message(value: object) -> bytes | None:
    """The CLIXML of one output object, or None when psrpcore must write it."""
    if not isinstance(value, LabObject):
        return None
    try:
        return _Writer().message(value)
    except _Unsupported:
        return None
