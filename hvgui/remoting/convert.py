"""pypsrp's deserialised objects -> hyperv.model values, so no pypsrp type leaves this package.

What arrives (psrp-wire.md section 1): GenericComplexObject with type names, adapted properties (real
.NET properties) and extended ones (note properties); enums as objects whose ToString is the name and
whose first property set is the number; Guid as UUID; DateTime and TimeSpan as text that hyperv.parse
reads. pypsrp 0.9.1 does not add the "Deserialized." prefix a .NET client adds; strip it either way.
"""

from __future__ import annotations

from typing import Any

from pypsrp.complex_objects import ComplexObject, GenericComplexObject
from pypsrp.complex_objects import Enum as PsrpEnum

from hvgui.hyperv.errors import ErrorInfo
from hvgui.hyperv.model import EnumValue, PSData

_PREFIX = "Deserialized."
_ENUM_TYPE = "System.Enum"

# System.Management.Automation.ErrorCategory; pypsrp hands the category over as its number.
ERROR_CATEGORIES = (
    "NotSpecified", "OpenError", "CloseError", "DeviceError", "DeadlockDetected", "InvalidArgument",
    "InvalidData", "InvalidOperation", "InvalidResult", "InvalidType", "MetadataError", "NotImplemented",
    "NotInstalled", "ObjectNotFound", "OperationStopped", "OperationTimeout", "SyntaxError", "ParserError",
    "PermissionDenied", "ResourceBusy", "ResourceExists", "ResourceUnavailable", "ReadError", "WriteError",
    "FromStdErr", "SecurityError", "ProtocolError", "ConnectionError", "AuthenticationError",
    "LimitsExceeded", "QuotaExceeded", "NotEnabled",
)  # fmt: skip


def type_name(name: str) -> str:
    return name[len(_PREFIX) :] if name.startswith(_PREFIX) else name


def to_value(obj: object) -> object:
    """Any deserialised value -> plain Python, PSData or EnumValue."""
    if obj is None or isinstance(obj, str | bool | int | float | bytes):
        return obj
    if isinstance(obj, list | tuple):
        return [to_value(item) for item in obj]
    if isinstance(obj, dict):
        return {_key(k): to_value(v) for k, v in obj.items()}
    if isinstance(obj, PsrpEnum):
        return EnumValue(str(obj), int(obj.value or 0))
    if isinstance(obj, GenericComplexObject):
        return _generic(obj)
    if isinstance(obj, ComplexObject):
        # pypsrp's own record types (ErrorRecord, InformationRecord, ...): keep what any object has.
        return PSData(tuple(type_name(t) for t in getattr(obj, "_types", ())), {}, str(obj))
    return obj  # UUID, Decimal and other scalars pypsrp already made


def to_psdata(obj: object) -> PSData:
    """One output object of a pipeline. A bare scalar (Select-Object -ExpandProperty) is wrapped."""
    value = to_value(obj)
    if isinstance(value, PSData):
        return value
    if isinstance(value, EnumValue):
        return PSData((_ENUM_TYPE,), {"Value": value}, value.name)
    return PSData((type(obj).__name__,), {"Value": value}, "" if value is None else str(value))


def _generic(obj: GenericComplexObject) -> PSData | EnumValue:
    types = tuple(type_name(t) for t in obj.types)
    text = "" if obj.to_string is None else str(obj)
    if _ENUM_TYPE in types:
        number = obj.property_sets[0] if obj.property_sets else 0
        return EnumValue(text, int(number) if isinstance(number, int) else 0)
    props: dict[str, object] = {}
    # On a name clash the note property wins: PowerShell resolves instance members before adapted ones.
    for source in (obj.adapted_properties, obj.extended_properties):
        for key, value in source.items():
            props[str(key)] = to_value(value)
    return PSData(types, props, text)


def _key(key: Any) -> Any:
    converted = to_value(key)
    # A dict key must stay hashable: PSData is not (its props are a dict).
    return str(key) if isinstance(converted, PSData) else converted


def error_info(record: Any) -> ErrorInfo:
    """A pypsrp ErrorRecordMessage (or any error-like object) -> ErrorInfo."""
    message = ""
    exception = getattr(record, "exception", None)
    if exception is not None:
        adapted = getattr(exception, "adapted_properties", None) or {}
        message = str(adapted.get("Message") or "")
    text = str(record) if getattr(record, "_to_string", None) is not None else ""
    # ToString of an ErrorRecord is ErrorDetails.Message when the cmdlet set one, which is the better text.
    message = text or message or str(getattr(record, "message", "") or "")
    category = getattr(record, "category", "")
    if isinstance(category, int) and not isinstance(category, bool):
        category = ERROR_CATEGORIES[category] if 0 <= category < len(ERROR_CATEGORIES) else str(category)
    return ErrorInfo(
        message=message,
        fq_error_id=str(getattr(record, "fq_error", "") or ""),
        category=str(category or ""),
        target=str(getattr(record, "target_name", "") or ""),
        reason=str(getattr(record, "reason", "") or ""),
    )
