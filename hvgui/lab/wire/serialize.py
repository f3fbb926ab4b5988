"""Lab values to psrpcore objects, serialised the way a Windows Hyper-V host serialises them.

A LabObject becomes a PSObject with the .NET type names and its properties as adapted properties
(real .NET properties arrive under <Props>); Select-Object's PSCustomObjects carry note properties
(<MS>) as on Windows. Nested objects are written at depth 1, that is as their ToString.
Integer width follows the value's type: the lab marks UInt64/UInt32/Int64 values with the wrappers
from hvgui.lab.records, everything else is Int32 (or Int64 when it does not fit).
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Mapping
from typing import Any

from psrpcore.types import (
    ErrorCategory,
    ErrorCategoryInfo,
    NETException,
    PSDouble,
    PSEnumBase,
    PSInt,
    PSInt64,
    PSObject,
    PSPropertyInfo,
    PSType,
    PSUInt,
    PSUInt64,
)
from psrpcore.types import ErrorRecord as PSErrorRecord

from hvgui.lab import enums
from hvgui.lab.records import ErrorRecord, Int64, LabObject, UInt32, UInt64

_CUSTOM_OBJECT = "System.Management.Automation.PSCustomObject"


def _make_enum(lab_enum: type[enum.IntEnum], type_name: str) -> type[PSEnumBase]:
    # Built through the metaclass because Hyper-V's member name "None" is not a Python identifier
    # the class statement would accept.
    meta: Any = type(PSEnumBase)
    namespace = meta.__prepare__(lab_enum.__name__, (PSEnumBase,))
    for member in lab_enum:
        namespace[enums.enum_name(member)] = member.value
    cls: Any = meta(lab_enum.__name__, (PSEnumBase,), namespace)
    # rehydrate=False: the lab only writes these; registering them would change how any psrpcore
    # client in the same process reads them.
    decorated: type[PSEnumBase] = PSType([type_name], rehydrate=False)(cls)
    return decorated


_ENUMS: dict[type[enum.IntEnum], type[PSEnumBase]] = {
    lab_enum: _make_enum(lab_enum, name) for lab_enum, name in enums.TYPE_NAMES.items()
}


def ps_enum(value: enum.IntEnum) -> Any:
    """The registered psrpcore enum member for a lab enum member (Int32 for unknown enums)."""
    ps_type = _ENUMS.get(type(value))
    if ps_type is None:
        return PSInt(int(value))
    return ps_type(int(value))


def to_ps(value: Any, *, nested: bool = False) -> Any:
    """A value as psrpcore should serialise it. nested=True: we are below the top-level object."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, enum.IntEnum):
        return ps_enum(value)
    if isinstance(value, int):
        return _integer(value)
    if isinstance(value, float):
        return PSDouble(value)
    if isinstance(value, dt.datetime | dt.timedelta | uuid.UUID):
        return value
    if isinstance(value, LabObject):
        return value.to_string if nested else _object(value)
    if isinstance(value, list | tuple | set | frozenset):
        return [to_ps(v, nested=True) for v in value]
    if isinstance(value, Mapping):
        return {to_ps(k, nested=True): to_ps(v, nested=True) for k, v in value.items()}
    # Anything else is unknown to a .NET deserialiser; a host would send its ToString.
    return str(value)


def _integer(value: int) -> Any:
    if isinstance(value, UInt64):
        return PSUInt64(int(value))
    if isinstance(value, UInt32):
        return PSUInt(int(value))
    if isinstance(value, Int64) or not PSInt.MinValue <= value <= PSInt.MaxValue:
        return PSInt64(int(value))
    # A plain int in Int32 range is written as <I32>; wrapping it would only cost time.
    return int(value)


class _Property(PSPropertyInfo):
    """A fixed-value property. psrpcore's PSNoteProperty builds a throw-away PSObject for every value
    it stores, which made serialising a VM list twice as slow; the serialiser needs only the name
    and get_value()."""

    def __init__(self, name: str, value: Any) -> None:  # no super().__init__: nothing else is used
        self.name = name
        self.ps_type = None
        self.mandatory = False
        self._fixed = value

    def get_value(self, ps_object: PSObject) -> Any:
        return self._fixed

    def copy(self) -> _Property:
        return _Property(self.name, self._fixed)


def _object(obj: LabObject) -> PSObject:
    ps = PSObject()
    meta = ps.PSObject
    names = list(obj.type_names)
    if not names or names[-1] != "System.Object":
        # pypsrp returns raw XML for a type list not ending in System.Object.
        names.append("System.Object")
    meta.type_names = names
    props: list[PSPropertyInfo] = [
        _Property(name, to_ps(value, nested=True)) for name, value in obj.properties.items()
    ]
    if _CUSTOM_OBJECT in names:
        meta.extended_properties = props
    else:
        meta.adapted_properties = props
    meta.to_string = obj.to_string
    return ps


class _WindowsCategoryInfo(ErrorCategoryInfo):
    """CategoryInfo whose text is Windows' "Category: (Target:Type) [Activity], Reason"."""

    def __str__(self) -> str:
        return (
            f"{self.Category.name}: ({self.TargetName or ''}:{self.TargetType or ''}) "
            f"[{self.Activity or ''}], {self.Reason or ''}"
        )


def exception(record: ErrorRecord) -> NETException:
    exc = NETException(Message=record.message, HResult=-2146233087)
    base = list(exc.PSObject.type_names)
    if record.exception_type and record.exception_type not in base:
        base.insert(0, record.exception_type)
    exc.PSObject.type_names = base
    exc.PSObject.to_string = f"{record.exception_type}: {record.message}"
    return exc


def category_info(record: ErrorRecord) -> ErrorCategoryInfo:
    return _WindowsCategoryInfo(
        Category=ErrorCategory(int(record.category)),
        Activity=record.activity,
        Reason=record.reason,
        TargetName=record.target_name,
        TargetType=record.target_type,
    )


def error_record(record: ErrorRecord) -> PSErrorRecord:
    """A complete psrpcore ErrorRecord (for the terminating error of a failed pipeline)."""
    ps_record = PSErrorRecord(
        Exception=exception(record),
        CategoryInfo=category_info(record),
        TargetObject=record.target_name or None,
        FullyQualifiedErrorId=record.fq_error_id,
    )
    ps_record.PSObject.to_string = record.message
    return ps_record


def from_ps(value: Any) -> Any:
    """A deserialised parameter value as plain Python (what the lab's binder expects)."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, enum.Enum):
        return int(value.value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dt.datetime):
        return dt.datetime(
            value.year,
            value.month,
            value.day,
            value.hour,
            value.minute,
            value.second,
            value.microsecond,
            value.tzinfo,
        )
    if isinstance(value, dt.timedelta):
        return dt.timedelta(days=value.days, seconds=value.seconds, microseconds=value.microseconds)
    if isinstance(value, uuid.UUID):
        return uuid.UUID(int=value.int)
    if isinstance(value, Mapping):
        return {from_ps(k): from_ps(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [from_ps(v) for v in value]
    # A deserialised complex object: a host can bind it only by its ToString or properties; the
    # lab's binder decides what to make of it.
    return value
