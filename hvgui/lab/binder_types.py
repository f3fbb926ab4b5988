"""Argument conversion as PowerShell's binder does it, for the types hyperv-cmdlets.json names.

Without coercion a value must already have the parameter's type: that is how a positional or piped
object finds its parameter among several. With coercion it is converted as LanguagePrimitives would,
and failures carry the texts of System.Management.Automation and .NET Framework (Windows PowerShell 5.1).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import IntEnum
from typing import Any
from uuid import UUID

from hvgui.lab.enums import PARAMETER_TYPES, TYPE_NAMES, ErrorCategory, enum_name
from hvgui.lab.records import ErrorRecord, LabObject, command_type

_SMA, _HYPERV = "System.Management.Automation.", "Microsoft.HyperV.PowerShell."
_ENUMS = frozenset({*PARAMETER_TYPES, "ActionPreference"})
# fmt: off
_DOTNET = {
    **{t: "System." + t for t in ("String", "Boolean", "DateTime", "TimeSpan", "Guid", "Int32", "Int64")},
    **{t: "System." + t for t in ("UInt16", "UInt32", "UInt64")}, "Hashtable": "System.Collections.Hashtable",
    **{t: _SMA + t for t in ("PSObject", "SwitchParameter", "PSCredential", "ActionPreference")},
    "CimSession": "Microsoft.Management.Infrastructure.CimSession",
}
_REFERENCE_TYPES = frozenset({"String", "PSObject", "Hashtable", "PSCredential", "CimSession"})
# Windows PowerShell 5.1's ActionPreference, by value (Break arrived with PowerShell 7).
ACTION_PREFERENCE = ("SilentlyContinue", "Stop", "Continue", "Inquire", "Ignore", "Suspend")
_INTEGERS = {"Int32": (-(2**31), 2**31 - 1, "an"), "Int64": (-(2**63), 2**63 - 1, "an"),
             "UInt16": (0, 2**16 - 1, "a"), "UInt32": (0, 2**32 - 1, "a"), "UInt64": (0, 2**64 - 1, "a")}
_PY_TYPES: tuple[tuple[type, str], ...] = (
    (bool, "System.Boolean"), (float, "System.Double"), (str, "System.String"), (datetime, "System.DateTime"),
    (timedelta, "System.TimeSpan"), (UUID, "System.Guid"), (dict, "System.Collections.Hashtable"),
    (list, "System.Object[]"), (tuple, "System.Object[]"),
)
# fmt: on
_TIMESPAN = re.compile(r"\s*(-)?(?:(\d+)\.)?(\d+):(\d+)(?::(\d+)(?:\.(\d{1,7}))?)?\s*")
_TIMESPAN_DAYS = re.compile(r"\s*(-)?(\d+)\s*")
_ISO_DURATION = re.compile(r"\s*(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?\s*")


class Mismatch(Exception):
    """Without coercion: the value does not already have the parameter's type."""


class BindingFailure(Exception):
    """A ParameterBindingException, worded as PowerShell words it; the binder turns it into a LabError.

    validation marks ParameterBindingValidationException: PowerShell rethrows those even while it only
    tries which parameter an argument fits, where conversion failures are swallowed. input_error marks a
    failure to bind one piped object.
    """

    def __init__(self, error_id: str, message: str, target: str = "", *, validation: bool = False) -> None:
        super().__init__(message)
        self.error_id, self.message, self.target, self.validation = error_id, message, target, validation
        self.target_type, self.input_error = "", False

    def record(self, cmdlet: str) -> ErrorRecord:
        kind = "ParameterBindingValidationException" if self.validation else "ParameterBindingException"
        return ErrorRecord(
            message=self.message,
            category=ErrorCategory.InvalidData if self.validation else ErrorCategory.InvalidArgument,
            fq_error_id=f"{self.error_id},{command_type(cmdlet)}",
            target_name=self.target,
            target_type=self.target_type,
            activity=cmdlet,
            reason=kind,
            exception_type=_SMA + kind,
        )


@dataclass(frozen=True)
class ParamType:
    """A parameter's JSON type ("VirtualMachine[]") and, for enums the lab has no class for, their names."""

    name: str
    is_array: bool = False
    accepted: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str, accepted: tuple[str, ...] = ()) -> ParamType:
        return cls(text.removesuffix("[]"), text.endswith("[]"), accepted)

    @property
    def is_switch(self) -> bool:
        return self.name == "SwitchParameter"

    @property
    def is_enum(self) -> bool:
        return self.name in _ENUMS or (self.name != "String" and bool(self.accepted))

    @property
    def element_dotnet(self) -> str:
        enum_cls = PARAMETER_TYPES.get(self.name)
        return TYPE_NAMES[enum_cls] if enum_cls else _DOTNET.get(self.name, _HYPERV + self.name)

    @property
    def dotnet(self) -> str:
        return self.element_dotnet + ("[]" if self.is_array else "")


def dotnet_type_of(value: Any) -> str:
    """value.GetType().FullName as the host would report it."""
    if isinstance(value, LabObject):
        return value.type_names[0]
    if names := getattr(getattr(value, "PSObject", None), "type_names", None):  # a psrpcore object
        return str(names[0])
    if isinstance(value, IntEnum) and type(value) in TYPE_NAMES:
        return TYPE_NAMES[type(value)]
    for py_type, name in _PY_TYPES:
        if isinstance(value, py_type):
            return name
    return "System.Int64" if isinstance(value, int) and not -(2**31) <= value < 2**31 else "System.Object"


def value_text(value: Any) -> str:
    """value.ToString() as .NET renders it (en-US), for messages and string coercion."""
    if value is None:
        return ""
    if isinstance(value, LabObject):
        return value.to_string
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, IntEnum):
        return enum_name(value)
    if isinstance(value, list | tuple | dict):
        return dotnet_type_of(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value).replace("e", "E")
    if isinstance(value, datetime):
        return f"{value.month}/{value.day}/{value.year} {value.strftime('%I:%M:%S %p').lstrip('0')}"
    if isinstance(value, timedelta):
        micro = abs(value) // timedelta(microseconds=1)
        seconds, fraction = divmod(micro, 1_000_000)
        days, seconds = divmod(seconds, 86_400)
        text = f"{seconds // 3600:02}:{seconds % 3600 // 60:02}:{seconds % 60:02}"
        sign = "-" if value < timedelta(0) else ""
        return sign + (f"{days}." if days else "") + text + (f".{fraction * 10:07}" if fraction else "")
    return str(value)


def _is_list(value: Any) -> bool:
    return isinstance(value, list | tuple)


def convert(param: str, ptype: ParamType, value: Any, *, coerce: bool, mandatory: bool) -> Any:
    """The value the parameter receives, or Mismatch / BindingFailure."""
    if ptype.is_array and value is not None:
        items = value if _is_list(value) else [value]
        result = [_element(param, ptype, v, coerce, mandatory) for v in items]
        if mandatory and not result:
            raise _not_allowed(param, "an empty array", "EmptyArray")
        return result
    if _is_list(value) and not (ptype.is_enum or ptype.name in ("PSObject", "Boolean", "SwitchParameter")):
        if not coerce:
            raise Mismatch
        message = (
            f"Cannot convert '{dotnet_type_of(value)}' to the type '{ptype.dotnet}' required by parameter "
            f"'{param}'. Specified method is not supported."
        )
        raise BindingFailure("CannotConvertArgument", message, param)
    return _element(param, ptype, value, coerce, mandatory)


def _element(param: str, ptype: ParamType, value: Any, coerce: bool, mandatory: bool) -> Any:
    if value is None:
        return _null(param, ptype, coerce, mandatory)
    result = _scalar(param, ptype, value, coerce)
    if ptype.name == "String" and mandatory and not result:
        raise _not_allowed(param, "an empty string", "EmptyString")
    if ptype.name == "String" and ptype.accepted and result.lower() not in map(str.lower, ptype.accepted):
        message = (
            f"Cannot validate argument on parameter '{param}'. The argument \"{result}\" does not belong to the "
            f'set "{",".join(ptype.accepted)}" specified by the ValidateSet attribute. Supply an argument that '
            "is in the set and then try the command again."
        )
        raise BindingFailure("ParameterArgumentValidationError", message, param, validation=True)
    return result


def _null(param: str, ptype: ParamType, coerce: bool, mandatory: bool) -> Any:
    if ptype.is_switch:
        return True  # how PSRP carries a bare switch: its name with a null value
    value_type = ptype.name not in _REFERENCE_TYPES and (ptype.name in _DOTNET or ptype.is_enum)
    if not coerce and value_type and not ptype.is_array:
        raise Mismatch
    if ptype.name == "Boolean" and not ptype.is_array:
        message = f"Cannot bind argument to parameter '{param}' because it is null."
        raise BindingFailure("ParameterArgumentValidationErrorNullNotAllowed", message, param)
    if mandatory:
        raise _not_allowed(param, "null", "Null")
    return None


def _not_allowed(param: str, what: str, kind: str) -> BindingFailure:
    message = f"Cannot bind argument to parameter '{param}' because it is {what}."
    return BindingFailure(
        f"ParameterArgumentValidationError{kind}NotAllowed", message, param, validation=True
    )


def _scalar(param: str, ptype: ParamType, value: Any, coerce: bool) -> Any:
    name = ptype.name
    if name == "PSObject":
        return value
    if name in ("Boolean", "SwitchParameter"):
        return _boolean(param, ptype, value, coerce)
    if ptype.is_enum:
        return _enum(param, ptype, value, coerce)
    if (entry := _CONVERTERS.get(name)) is None:
        # A Hyper-V object type, or PSCredential/CimSession: only the host itself makes these, so a
        # client's string or property bag never converts.
        if isinstance(value, LabObject) and lab_type_matches(value, name):
            return value
        if not coerce:
            raise Mismatch
        raise _cannot_bind(param, _invalid_cast(value, ptype.element_dotnet))
    exact, convert_fn = entry
    if not coerce:
        already = isinstance(value, exact) and not isinstance(value, bool | IntEnum)
        if already and (name not in _INTEGERS or _INTEGERS[name][0] <= value <= _INTEGERS[name][1]):
            return convert_fn(value, name)
        raise Mismatch
    try:
        return convert_fn(value, name)
    except _CastError as err:
        detail = _with_error(value, ptype.element_dotnet, err.args[0]) if err.args else None
        raise _cannot_bind(param, detail or _invalid_cast(value, ptype.element_dotnet)) from None


def lab_type_matches(value: LabObject, wanted: str) -> bool:
    """A live object fits a type when one of its .NET types (base types included) has that short name."""
    return any(not t.startswith("Deserialized.") and t.rsplit(".", 1)[-1] == wanted for t in value.type_names)


def _with_error(value: Any, target: str, error: str) -> str:
    return f'Cannot convert value "{value_text(value)}" to type "{target}". Error: "{error}"'


def _invalid_cast(value: Any, target: str) -> str:
    return f'Cannot convert the "{value_text(value)}" value of type "{dotnet_type_of(value)}" to type "{target}".'


def _cannot_bind(param: str, detail: str) -> BindingFailure:
    return BindingFailure(
        "CannotConvertArgumentNoMessage", f"Cannot bind parameter '{param}'. {detail}", param
    )


class _CastError(Exception):
    """A failed conversion; without a message the type has no conversion at all."""


def _boolean(param: str, ptype: ParamType, value: Any, coerce: bool) -> bool:
    if isinstance(value, bool):
        return value
    if not coerce:
        raise Mismatch
    if isinstance(value, int | float):
        return value != 0
    # Compiled cmdlets fail here in CoerceTypeAsNeeded; the "Boolean parameters accept only..." text is
    # the ArgumentTypeConverter of script parameters. {7} is empty, hence the trailing space.
    message = (
        f"Cannot convert '{dotnet_type_of(value)}' to the type '{ptype.element_dotnet}' required by parameter "
        f"'{param}'. "
    )
    raise BindingFailure("CannotConvertArgument", message, param)


def _enum_members(ptype: ParamType) -> list[tuple[str, Any, int | None]]:
    """(name, bound value, number) in Enum.GetNames order."""
    if (enum_cls := PARAMETER_TYPES.get(ptype.name)) is not None:
        return [(enum_name(m), m, int(m)) for m in sorted(enum_cls, key=int)]
    if ptype.name == "ActionPreference":
        return [(n, n, i) for i, n in enumerate(ACTION_PREFERENCE)]
    return [(n, n, None) for n in ptype.accepted]  # numbers unknown: the lab models these by name


def _enum(param: str, ptype: ParamType, value: Any, coerce: bool) -> Any:
    enum_cls = PARAMETER_TYPES.get(ptype.name)
    if enum_cls is not None and isinstance(value, enum_cls):
        return value
    if not coerce:
        raise Mismatch
    members, target = _enum_members(ptype), ptype.element_dotnet
    text = ",".join(value_text(v) for v in value) if _is_list(value) else value_text(value)
    number = int(value) if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
        number = int(value)
    if number is not None:
        match = [bound for _, bound, num in members if num == number]
        if match:
            return match[0]
        listed = ",".join(n for n, _, _ in members)
        detail = (
            f'Cannot convert value "{text}" to type "{target}" due to enumeration values that are not valid. '
            "Specify one of the following enumeration values and try again. The possible enumeration values "
            f'are "{listed}".'
        )
        raise _cannot_bind(param, detail)
    if not isinstance(value, str | list | tuple):
        raise _cannot_bind(param, _invalid_cast(value, target))
    wanted = text.strip().lower()  # Enum.Parse, then PowerShell's unique-prefix disambiguation
    exact = [bound for n, bound, _ in members if n.lower() == wanted]
    prefixed = [(n, bound) for n, bound, _ in members if n.lower().startswith(wanted)]
    if exact or len(prefixed) == 1:
        return exact[0] if exact else prefixed[0][1]
    if prefixed:
        error = (
            f"The identifier name {text} cannot be processed because it is either too similar or identical to "
            f"the following enumerator names: {', '.join(n for n, _ in prefixed)}. Use a more specific "
            "identifier name."
        )
    else:  # the resource string breaks the line before the list (CRLF on Windows)
        error = (
            f"Unable to match the identifier name {text} to a valid enumerator name. Specify one of the "
            f"following enumerator names and try again:\r\n{', '.join(n for n, _, _ in members)}"
        )
    raise _cannot_bind(param, _with_error(text, target, error))


def _to_integer(value: Any, name: str) -> int:
    low, high, article = _INTEGERS[name]
    if isinstance(value, int):  # bool and enums included: [int]$true is 1
        number = int(value)
    elif isinstance(value, float):
        number = round(value)  # .NET rounds half to even, as Python does
    elif isinstance(value, str) and re.fullmatch(r"\s*[-+]?(\d+|0[xX][0-9a-fA-F]+)\s*", value):
        number = int(value.strip(), 0 if "x" in value.lower() else 10)
    elif isinstance(value, str):
        raise _CastError("Input string was not in a correct format.")
    else:
        raise _CastError
    if not low <= number <= high:
        raise _CastError(f"Value was either too large or too small for {article} {name}.")
    return number


def _to_string(value: Any, _name: str) -> str:
    # An array inside an array parameter's argument becomes one string joined with $OFS.
    return " ".join(_to_string(v, _name) for v in value) if _is_list(value) else value_text(value)


def _to_datetime(value: Any, _name: str) -> datetime:
    # Lab hosts keep their clocks in UTC; a time without an offset is host-local, i.e. UTC.
    if isinstance(value, datetime):
        parsed = datetime.combine(value.date(), value.timetz())
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value.strip())
        except ValueError:
            raise _CastError("String was not recognized as a valid DateTime.") from None
    else:
        raise _CastError
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def _to_timespan(value: Any, _name: str) -> timedelta:
    if isinstance(value, timedelta):
        return timedelta(days=value.days, seconds=value.seconds, microseconds=value.microseconds)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(microseconds=round(value) / 10)  # a number is a tick count: [TimeSpan]5 is 500 ns
    if not isinstance(value, str):
        raise _CastError
    if match := _TIMESPAN_DAYS.fullmatch(value):
        return (-1 if match[1] else 1) * timedelta(days=int(match[2]))
    if match := _TIMESPAN.fullmatch(value):
        sign, days, hours, minutes, seconds, fraction = match.groups()
        if int(hours) > 23 or int(minutes) > 59 or int(seconds or 0) > 59:
            raise _CastError(
                "The TimeSpan could not be parsed because at least one of the numeric components is out of "
                "range or contains too many digits."
            )
        span = timedelta(int(days or 0), int(seconds or 0), hours=int(hours), minutes=int(minutes))
        span += timedelta(microseconds=int((fraction or "0").ljust(7, "0")) / 10)
        return -span if sign else span
    # PSRP carries a TimeSpan as an xs:duration; a client that sends it as text sends that form.
    if (match := _ISO_DURATION.fullmatch(value)) and any(match.groups()[1:]):
        sign, days, hours, minutes, seconds = match.groups()
        span = timedelta(
            int(days or 0), float(seconds or 0), hours=int(hours or 0), minutes=int(minutes or 0)
        )
        return -span if sign else span
    raise _CastError("String was not recognized as a valid TimeSpan.")


def _to_guid(value: Any, _name: str) -> UUID:
    if isinstance(value, UUID):
        return UUID(int=value.int)
    if not isinstance(value, str):
        raise _CastError
    try:
        return UUID(value.strip().removeprefix("(").removesuffix(")"))
    except ValueError:
        raise _CastError(
            "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."
        ) from None


def _to_hashtable(value: Any, _name: str) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise _CastError
    return dict(value)


_Converter = Callable[[Any, str], Any]
# type name -> (what is already that type without coercion, conversion). Other names are object types.
_CONVERTERS: dict[str, tuple[type, _Converter]] = {
    "String": (str, _to_string),
    **{name: (int, _to_integer) for name in _INTEGERS},
    "DateTime": (datetime, _to_datetime),
    "TimeSpan": (timedelta, _to_timespan),
    "Guid": (UUID, _to_guid),
    "Hashtable": (dict, _to_hashtable),
}
