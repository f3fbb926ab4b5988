"""Parameter binding for the lab's cmdlets, done the way PowerShell's binder does it, from hyperv-cmdlets.json.

The order follows CmdletParameterBinderController: named arguments, then positional ones by ascending
position, then the parameter set. A piped object binds ByValue and ByPropertyName, first without and then
with coercion, favouring the default set. Mandatory parameters come last; a remote runspace cannot
prompt, so a missing one is an error.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib import resources
from typing import Any, Final

from hvgui.lab.binder_types import BindingFailure, Mismatch, ParamType, convert, dotnet_type_of, value_text
from hvgui.lab.enums import ErrorCategory
from hvgui.lab.records import ErrorRecord, LabError, LabObject


class _NoInput(Enum):
    TOKEN = "no pipeline input"


NO_INPUT: Final = _NoInput.TOKEN
"""pipeline_input of a command that is first in its pipeline."""

# fmt: off
_COMMON = (
    ("Verbose", "SwitchParameter", "vb"), ("Debug", "SwitchParameter", "db"),
    ("ErrorAction", "ActionPreference", "ea"), ("WarningAction", "ActionPreference", "wa"),
    ("InformationAction", "ActionPreference", "infa"), ("ErrorVariable", "String", "ev"),
    ("WarningVariable", "String", "wv"), ("InformationVariable", "String", "iv"),
    ("OutVariable", "String", "ov"), ("OutBuffer", "Int32", "ob"), ("PipelineVariable", "String", "pv"),
)
# fmt: on
# The JSON lists these where a cmdlet supports ShouldProcess; like the common parameters they lose to
# one of the cmdlet's own parameters when a prefix matches both.
_SHOULD_PROCESS = frozenset({"WhatIf", "Confirm"})
# (ByValue?, coerce?) in the order PowerShell tries a piped object.
_PIPELINE_PASSES = ((True, False), (False, False), (True, True), (False, True))


@dataclass(frozen=True)
class BoundCall:
    """Canonical names, converted values, the chosen set. A switch is True when present and False (and in
    explicit_false) when given as -X:$false. A parameter bound to $null (a null argument, a null property
    of a piped object) is in params as None, but has() is False for it and get() gives the default."""

    cmdlet: str
    parameter_set: str
    params: dict[str, Any]
    explicit_false: frozenset[str] = frozenset()

    def has(self, name: str) -> bool:
        """The parameter was given: a switch that is present, or any other parameter with a value."""
        return self.params.get(name) is not None and name not in self.explicit_false

    def get(self, name: str, default: Any = None) -> Any:
        value = self.params.get(name)
        return default if value is None else value


class PipelineInputError(LabError):
    """One piped object could not be bound. PowerShell reports it as a non-terminating error and goes
    on with the next object; an error in the command line itself stops the command before any input."""


@dataclass(frozen=True)
class _Param:
    name: str
    ptype: ParamType
    sets: frozenset[str]
    aliases: tuple[str, ...]
    mandatory: bool
    position: int | None
    by_value: bool
    by_name: bool
    common: bool


@dataclass(frozen=True)
class _Table:
    """One cmdlet's parameters arranged for lookup, built once per cmdlet and Binder."""

    name: str
    default_set: str
    sets: tuple[str, ...]
    params: tuple[_Param, ...]
    exact: dict[str, _Param]
    keys: tuple[tuple[str, _Param], ...]
    positions: tuple[int, ...]

    @classmethod
    def build(cls, name: str, entry: dict[str, Any]) -> _Table:
        sets = tuple(entry["parameter_sets"])
        params = [_declared(pname, spec, sets) for pname, spec in entry["parameters"].items()]
        params += [
            _Param(n, ParamType(t), frozenset(sets), (a,), False, None, False, False, True)
            for n, t, a in _COMMON
        ]
        # Names before aliases: an exact name wins over another parameter's alias, as in PowerShell.
        keys = [(p.name.lower(), p) for p in params] + [(a.lower(), p) for p in params for a in p.aliases]
        exact: dict[str, _Param] = {}
        for key, param in keys:
            exact.setdefault(key, param)
        positions = tuple(sorted({p.position for p in params if p.position is not None}))
        return cls(name, entry["default_parameter_set"], sets, tuple(params), exact, tuple(keys), positions)


def _declared(name: str, spec: dict[str, Any], all_sets: tuple[str, ...]) -> _Param:
    sets = frozenset(all_sets if "(All)" in spec["sets"] else spec["sets"])
    position = spec["position"] if isinstance(spec["position"], int) else None
    pipe = str(spec["pipeline_input"])
    ptype = ParamType.parse(spec["type"], tuple(spec.get("accepted_values") or ()))
    return _Param(
        name, ptype, sets, tuple(spec["aliases"]), bool(spec["required"]), position,
        "ByValue" in pipe, "ByPropertyName" in pipe, name in _SHOULD_PROCESS,
    )  # fmt: skip


@dataclass
class _State:
    table: _Table
    valid: set[str]
    params: dict[str, Any] = field(default_factory=dict)
    explicit_false: set[str] = field(default_factory=set)

    def bind(self, param: _Param, value: Any) -> None:
        self.params[param.name] = value
        if param.ptype.is_switch and value is False:
            self.explicit_false.add(param.name)
        self.valid &= param.sets

    def unbound(self, sets: set[str] | None = None) -> list[_Param]:
        within = self.valid if sets is None else sets
        return [p for p in self.table.params if p.name not in self.params and p.sets & within]

    def missing(self, set_name: str) -> list[_Param]:
        return [
            p for p in self.table.params if p.mandatory and set_name in p.sets and p.name not in self.params
        ]

    def choose(self) -> str:
        """The one set left, else the default set, else the only set whose mandatory parameters are bound."""
        valid = [s for s in self.table.sets if s in self.valid]
        if len(valid) == 1:
            return valid[0]
        if self.table.default_set in self.valid:
            return self.table.default_set
        complete = [s for s in valid if not self.missing(s)]
        if len(complete) == 1:
            return complete[0]
        raise BindingFailure("AmbiguousParameterSet", _AMBIGUOUS_SET)


_AMBIGUOUS_SET = "Parameter set cannot be resolved using the specified named parameters."


@cache
def _default_spec() -> dict[str, Any]:
    text = resources.files("hvgui.lab").joinpath("data/hyperv-cmdlets.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(text)
    return spec


class Binder:
    """Binds a command's arguments, and one piped object, to the cmdlet's parameters."""

    def __init__(self, spec: dict[str, Any] | None = None) -> None:
        self._cmdlets: dict[str, Any] = (_default_spec() if spec is None else spec)["cmdlets"]
        self._names: dict[str, str] = {name.lower(): name for name in self._cmdlets}
        self._tables: dict[str, _Table] = {}

    def knows(self, cmdlet: str) -> bool:
        return _command_key(cmdlet) in self._names

    def canonical(self, cmdlet: str) -> str:
        """The cmdlet's own spelling ("get-vm" -> "Get-VM"); CommandNotFoundException if unknown."""
        name = self._names.get(_command_key(cmdlet))
        if name is None:
            raise LabError(_not_recognized(cmdlet), terminating=True)
        return name

    def bind(
        self, cmdlet: str, args: Sequence[tuple[str | None, Any]], pipeline_input: Any = NO_INPUT
    ) -> BoundCall:
        """Bind like PowerShell's process block for one input object; LabError if PowerShell would fail."""
        name = self.canonical(cmdlet)
        table = self._tables.get(name) or self._tables.setdefault(
            name, _Table.build(name, self._cmdlets[name])
        )
        state = _State(table, set(table.sets))
        try:
            _bind_named(state, args)
            _bind_positional(state, [value for given, value in args if given is None])
            if pipeline_input is NO_INPUT:
                chosen = state.choose()
                if missing := state.missing(chosen):
                    raise _missing_mandatory(missing)
            else:
                chosen = _bind_input(state, pipeline_input)
        except BindingFailure as failure:
            error = PipelineInputError if failure.input_error else LabError
            raise error(failure.record(name), terminating=True) from None
        return BoundCall(name, chosen, dict(state.params), frozenset(state.explicit_false))


def _command_key(name: str) -> str:
    return name.strip().lower().removeprefix("hyper-v\\")


# Command line ------------------------------------------------------------------------------------


def _bind_named(state: _State, args: Sequence[tuple[str | None, Any]]) -> None:
    for name, value in args:
        if name is None:
            continue
        typed = name[1:] if name.startswith("-") else name
        param = _resolve(state.table, typed)
        if param.name in state.params:
            message = (
                f"Cannot bind parameter because parameter '{typed}' is specified more than once. To provide "
                "multiple values to parameters that can accept multiple values, use the array syntax. For "
                'example, "-parameter value1,value2,value3".'
            )
            raise BindingFailure("ParameterAlreadyBound", message, typed)
        state.bind(param, convert(param.name, param.ptype, value, coerce=True, mandatory=param.mandatory))


def _resolve(table: _Table, typed: str) -> _Param:
    wanted = typed.lower()
    if (param := table.exact.get(wanted)) is not None:
        return param
    matches: list[_Param] = []
    for key, candidate in table.keys:
        if wanted and key.startswith(wanted) and candidate not in matches:
            matches.append(candidate)
    declared = [p for p in matches if not p.common]
    if len(matches) == 1 or len(declared) == 1:
        return matches[0] if len(matches) == 1 else declared[0]
    if matches:
        listed = "".join(" -" + p.name for p in matches)
        message = (
            f"Parameter cannot be processed because the parameter name '{typed}' is ambiguous. Possible matches "
            f"include:{listed}."
        )
        raise BindingFailure("AmbiguousParameter", message, typed)
    message = f"A parameter cannot be found that matches parameter name '{typed}'."
    raise BindingFailure("NamedParameterNotFound", message, typed)


def _bind_positional(state: _State, values: list[Any]) -> None:
    pending, leftover = list(values), []
    failure: BindingFailure | None = None
    for position in state.table.positions:
        candidates = [p for p in state.unbound() if p.position == position]
        if not candidates:
            continue  # every parameter at this position left the valid sets
        if not pending:
            break
        value = pending.pop(0)
        bound, failure = _try_positional(state, candidates, value)
        if not bound:
            leftover.append(value)
    leftover += pending
    if not state.valid:
        raise BindingFailure("AmbiguousParameterSet", _AMBIGUOUS_SET)
    if leftover:
        if failure:  # PowerShell reports why its last positional attempt failed, if it did
            raise failure
        text = "$null" if leftover[0] is None else value_text(leftover[0])
        message = f"A positional parameter cannot be found that accepts argument '{text}'."
        raise BindingFailure("PositionalParameterNotFound", message, text)


def _try_positional(
    state: _State, candidates: list[_Param], value: Any
) -> tuple[bool, BindingFailure | None]:
    """Default set first, coercion last; unbound, the last conversion failure (if any) comes back."""
    default = state.table.default_set
    preferred = [p for p in candidates if default in p.sets] if default in state.valid else []
    failure = None
    for coerce in (False, True):
        for param in (*preferred, *candidates):
            fits, result = _fit(param, value, coerce)
            if fits:
                state.bind(param, result)
                return True, None
            failure = result or failure
    return False, failure


def _fit(param: _Param, value: Any, coerce: bool) -> tuple[bool, Any]:
    """(True, converted), or (False, the conversion failure or None). Validation failures propagate."""
    try:
        return True, convert(param.name, param.ptype, value, coerce=coerce, mandatory=param.mandatory)
    except Mismatch:
        return False, None
    except BindingFailure as failure:
        if failure.validation:
            raise
        return False, failure


def _missing_mandatory(missing: list[_Param]) -> BindingFailure:
    # Positional parameters first, by position, as Get-Command's syntax lists them.
    names = " ".join(
        p.name for p in sorted(missing, key=lambda p: 1_000 if p.position is None else p.position)
    )
    message = f"Cannot process command because of one or more missing mandatory parameters: {names}."
    return BindingFailure("MissingMandatoryParameter", message, names)


# Pipeline input ----------------------------------------------------------------------------------


def _bind_input(state: _State, item: Any) -> str:
    # Without a prompt, sets still lacking a mandatory parameter that no piped object can supply are out
    # before the object is looked at (GetMissingMandatoryParameters with input expected).
    open_sets = {s for s in state.valid if all(p.by_value or p.by_name for p in state.missing(s))}
    if not open_sets:
        raise _missing_mandatory([p for p in state.missing(state.choose()) if not (p.by_value or p.by_name)])
    state.valid = open_sets
    try:
        return _bind_object(state, item)
    except BindingFailure as failure:
        failure.input_error = True
        if failure.error_id.startswith("InputObject"):
            failure.target, failure.target_type = value_text(item), dotnet_type_of(item).rsplit(".", 1)[-1]
        raise


def _bind_object(state: _State, item: Any) -> str:
    default, bound_any = state.table.default_set, False
    for by_value, coerce in _PIPELINE_PASSES:
        bound = default in state.valid and _bind_item(state, item, by_value, coerce, {default})
        if bound or _bind_item(state, item, by_value, coerce, state.valid - {default}):
            bound_any = True
            if not state.valid:
                raise BindingFailure("AmbiguousParameterSet", _AMBIGUOUS_SET)
            if default in state.valid:
                state.valid = {default}
    if not bound_any:
        message = (
            "The input object cannot be bound to any parameters for the command either because the command does "
            "not take pipeline input or the input and its properties do not match any of the parameters that "
            "take pipeline input."
        )
        raise BindingFailure("InputObjectNotBound", message)
    chosen = state.choose()
    if missing := state.missing(chosen):
        # The resource has a space before {6} and the list starts with one: two spaces, as on Windows.
        names = "".join(" " + p.name for p in missing)
        message = (
            "The input object cannot be bound because it did not contain the information required to bind all "
            f"mandatory parameters: {names}"
        )
        raise BindingFailure("InputObjectMissingMandatory", message)
    return chosen


def _bind_item(state: _State, item: Any, by_value: bool, coerce: bool, sets: set[str]) -> bool:
    """Bind the object, or its like-named properties, to every unbound parameter of sets that takes it."""
    bound = False
    for param in [p for p in state.unbound(sets) if (p.by_value if by_value else p.by_name)]:
        found, value = (True, item) if by_value else _property(item, param)
        fits, result = _fit(param, value, coerce) if found else (False, None)
        if fits:
            state.bind(param, result)
            bound = True
    return bound


def _property(item: Any, param: _Param) -> tuple[bool, Any]:
    props = {k.lower(): v for k, v in item.properties.items()} if isinstance(item, LabObject) else {}
    key = next((n.lower() for n in (param.name, *param.aliases) if n.lower() in props), None)
    return key is not None, props.get(key or "")


def _not_recognized(name: str) -> ErrorRecord:
    return ErrorRecord(
        message=(
            f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable "
            "program. Check the spelling of the name, or if a path was included, verify that the path is correct "
            "and try again."
        ),
        category=ErrorCategory.ObjectNotFound,
        fq_error_id="CommandNotFoundException",
        target_name=name,
        target_type="String",
        reason="CommandNotFoundException",
        exception_type="System.Management.Automation.CommandNotFoundException",
    )
