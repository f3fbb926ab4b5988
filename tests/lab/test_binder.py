"""The lab binds arguments the way Windows PowerShell binds them for the Hyper-V module's cmdlets."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest

from hvgui.lab.binder import NO_INPUT, Binder, PipelineInputError
from hvgui.lab.enums import (
    ErrorCategory,
    ReplicationAuthenticationType,
    VMReplicationMode,
    VMReplicationState,
)
from hvgui.lab.records import ErrorRecord, LabError, LabObject

NS = "Microsoft.HyperV.PowerShell."
VM_ID = "5c0d3a9e-6f1b-4b8e-9a51-0d4f4c1e2a01"
Args = list[tuple[str | None, Any]]


@pytest.fixture(scope="module")
def binder() -> Binder:
    return Binder()


def live(kind: str, *bases: str, **props: Any) -> LabObject:
    names = [NS + kind, *(NS + b for b in bases), NS + "VirtualizationObject", "System.Object"]
    return LabObject(names, dict(props), f"{kind} (Name = '{props.get('Name', '')}')")


def vm() -> LabObject:
    return live("VirtualMachine", "VirtualMachineBase", Name="VM01", Id=UUID(VM_ID))


def snapshot() -> LabObject:
    return live("VMSnapshot", "VirtualMachineBase", Name="Before patch", VMName="VM01")


def replication(**props: Any) -> LabObject:
    return live("VMReplication", **{"VMName": "VM01", "CertificateThumbprint": None, **props})


def fail(binder: Binder, cmdlet: str, args: Args, pipe: Any = NO_INPUT) -> ErrorRecord:
    with pytest.raises(LabError) as raised:
        binder.bind(cmdlet, args, pipe)
    assert raised.value.terminating
    return raised.value.record


def command_id(error_id: str, cmdlet: str) -> str:
    return f"{error_id},Microsoft.HyperV.PowerShell.Commands.{cmdlet.replace('-', '')}"


# Cmdlet names -----------------------------------------------------------------------------------


def test_knows_the_cmdlets_of_the_json_in_any_case(binder: Binder) -> None:
    assert binder.knows("get-vm") and binder.knows("START-VMFAILOVER")


def test_does_not_know_cmdlets_the_json_lacks(binder: Binder) -> None:
    assert not binder.knows("Select-Object")


def test_a_bound_call_names_the_cmdlet_as_the_json_spells_it(binder: Binder) -> None:
    assert binder.bind("get-vmreplication", []).cmdlet == "Get-VMReplication"


def test_canonical_gives_the_json_spelling_and_accepts_the_module_qualified_name(binder: Binder) -> None:
    assert binder.canonical("hyper-v\\get-vm") == "Get-VM"


def test_an_unknown_cmdlet_is_not_recognized(binder: Binder) -> None:
    record = fail(binder, "Foo-Bar", [])
    assert record.message == (
        "The term 'Foo-Bar' is not recognized as the name of a cmdlet, function, script file, or operable "
        "program. Check the spelling of the name, or if a path was included, verify that the path is "
        "correct and try again."
    )
    assert (record.category, record.fq_error_id) == (ErrorCategory.ObjectNotFound, "CommandNotFoundException")
    assert record.reason == "CommandNotFoundException"
    assert record.exception_type == "System.Management.Automation.CommandNotFoundException"


# Parameter names --------------------------------------------------------------------------------


def test_parameter_names_ignore_case_and_a_leading_dash(binder: Binder) -> None:
    assert binder.bind("Get-VM", [("-name", "VM01")]).params == {"Name": ["VM01"]}


def test_an_alias_binds_its_parameter(binder: Binder) -> None:
    bound = binder.bind("Set-VMReplication", [("VMName", "VM01"), ("-RepFreq", 30)])
    assert bound.get("ReplicationFrequencySec") == 30


def test_a_unique_prefix_binds_its_parameter(binder: Binder) -> None:
    bound = binder.bind("Set-VMReplication", [("VMName", "VM01"), ("ReplicationFreq", 300)])
    assert bound.get("ReplicationFrequencySec") == 300


def test_an_exact_name_beats_the_longer_names_it_prefixes(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [("VM", vm()), ("Prepare", None)])
    assert bound.get("VM") == [vm()] and "VMName" not in bound.params


def test_an_ambiguous_prefix_lists_the_candidates(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("Comp", True)])
    assert record.message == (
        "Parameter cannot be processed because the parameter name 'Comp' is ambiguous. "
        "Possible matches include: -CompressionEnabled -ComputerName."
    )
    assert record.fq_error_id == command_id("AmbiguousParameter", "Set-VMReplication")


def test_a_prefix_prefers_the_cmdlets_own_parameter_over_a_common_one(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [("VMName", "VM01"), ("Co", "HV-B")])
    assert bound.get("ComputerName") == ["HV-B"] and "Confirm" not in bound.params


def test_an_unknown_parameter_is_not_found(binder: Binder) -> None:
    record = fail(binder, "Get-VM", [("Foo", 1)])
    assert record.message == "A parameter cannot be found that matches parameter name 'Foo'."
    assert record.fq_error_id == "NamedParameterNotFound,Microsoft.HyperV.PowerShell.Commands.GetVM"
    assert (record.category, record.target_name, record.activity) == (
        ErrorCategory.InvalidArgument,
        "Foo",
        "Get-VM",
    )
    assert record.reason == "ParameterBindingException"
    assert record.exception_type == "System.Management.Automation.ParameterBindingException"


@pytest.mark.parametrize(
    ("given", "value", "canonical", "expected"),
    [
        ("Verbose", None, "Verbose", True),
        ("db", None, "Debug", True),
        ("ea", "stop", "ErrorAction", "Stop"),
        ("WarningAction", 0, "WarningAction", "SilentlyContinue"),
        ("infa", "Ignore", "InformationAction", "Ignore"),
        ("ev", "errs", "ErrorVariable", "errs"),
        ("wv", "warns", "WarningVariable", "warns"),
        ("iv", "infos", "InformationVariable", "infos"),
        ("ov", "out", "OutVariable", "out"),
        ("ob", "5", "OutBuffer", 5),
        ("pv", "item", "PipelineVariable", "item"),
    ],
)
def test_common_parameters_bind_on_every_cmdlet(
    binder: Binder, given: str, value: Any, canonical: str, expected: Any
) -> None:
    assert binder.bind("Get-VMReplicationServer", [(given, value)]).get(canonical) == expected


def test_whatif_binds_where_the_json_lists_it(binder: Binder) -> None:
    assert binder.bind("Stop-VM", [("Name", "VM01"), ("wi", None)]).has("WhatIf")


def test_whatif_is_not_found_where_the_cmdlet_does_not_support_it(binder: Binder) -> None:
    assert fail(binder, "Get-VM", [("WhatIf", None)]).fq_error_id.startswith("NamedParameterNotFound,")


def test_a_parameter_given_twice_is_an_error(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("Name", "VM02")])
    assert record.message == (
        "Cannot bind parameter because parameter 'Name' is specified more than once. To provide multiple "
        "values to parameters that can accept multiple values, use the array syntax. For example, "
        '"-parameter value1,value2,value3".'
    )
    assert record.fq_error_id == command_id("ParameterAlreadyBound", "Set-VMReplication")


# Switches ---------------------------------------------------------------------------------------


def test_a_bare_switch_is_present(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [("VMName", "VM01"), ("Prepare", None)])
    assert bound.has("Prepare") and bound.get("Prepare") is True


def test_confirm_false_is_recorded_as_explicit_false(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [("VMName", "VM01"), ("Confirm", False)])
    assert bound.explicit_false == {"Confirm"}
    assert not bound.has("Confirm") and bound.get("Confirm") is False


def test_a_switch_accepts_numbers(binder: Binder) -> None:
    assert binder.bind("Start-VMFailover", [("VMName", "VM01"), ("Confirm", 0)]).explicit_false == {"Confirm"}


def test_a_switch_rejects_a_string(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VMName", "VM01"), ("Confirm", "false")])
    assert record.message == (
        "Cannot convert 'System.String' to the type 'System.Management.Automation.SwitchParameter' "
        "required by parameter 'Confirm'. "
    )
    assert record.fq_error_id == command_id("CannotConvertArgument", "Start-VMFailover")


def test_a_switch_given_false_still_counts_as_bound_for_the_set(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [("VMName", "VM01"), ("AsTest", False)])
    assert bound.parameter_set == "VMName_Test" and not bound.has("AsTest")


# Parameter sets ---------------------------------------------------------------------------------


def test_a_name_shared_by_several_sets_picks_the_default_set(binder: Binder) -> None:
    assert binder.bind("Start-VMFailover", [("VMName", "VM01")]).parameter_set == "VMName"


def test_a_set_selecting_switch_picks_its_set(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [("VMName", "VM01"), ("AsTest", None)])
    assert bound.parameter_set == "VMName_Test"


def test_without_the_default_set_the_set_with_all_mandatory_parameters_wins(binder: Binder) -> None:
    assert binder.bind("Start-VMFailover", [("VM", vm())]).parameter_set == "VMObject"


def test_parameters_of_different_sets_cannot_resolve_a_set(binder: Binder) -> None:
    record = fail(binder, "Stop-VM", [("VM", vm()), ("ComputerName", "HV-A")])
    assert record.message == "Parameter set cannot be resolved using the specified named parameters."
    assert (record.fq_error_id, record.category) == (
        command_id("AmbiguousParameterSet", "Stop-VM"),
        ErrorCategory.InvalidArgument,
    )


def test_several_incomplete_sets_without_the_default_are_ambiguous(binder: Binder) -> None:
    fq_error_id = fail(binder, "Start-VMFailover", [("AsTest", None)]).fq_error_id
    assert fq_error_id == command_id("AmbiguousParameterSet", "Start-VMFailover")


def test_no_arguments_use_the_default_set(binder: Binder) -> None:
    assert binder.bind("Get-VMReplication", []).parameter_set == "VMName"


def test_a_cmdlet_with_one_unnamed_set_binds_to_all_parameter_sets(binder: Binder) -> None:
    assert binder.bind("Get-VMReplicationAuthorizationEntry", []).parameter_set == "__AllParameterSets"


# Mandatory parameters ---------------------------------------------------------------------------


def test_a_missing_mandatory_parameter_is_an_error_not_a_prompt(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [])
    assert (
        record.message
        == "Cannot process command because of one or more missing mandatory parameters: VMName."
    )
    assert (record.fq_error_id, record.category) == (
        command_id("MissingMandatoryParameter", "Start-VMFailover"),
        ErrorCategory.InvalidArgument,
    )


def test_all_missing_mandatory_parameters_are_listed(binder: Binder) -> None:
    record = fail(binder, "Enable-VMReplication", [(None, "VM01"), (None, "hv-b.lab.test")])
    assert record.message.endswith("missing mandatory parameters: ReplicaServerPort AuthenticationType.")


def test_a_null_mandatory_argument_is_rejected(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VMName", None)])
    assert record.message == "Cannot bind argument to parameter 'VMName' because it is null."
    assert record.fq_error_id == command_id(
        "ParameterArgumentValidationErrorNullNotAllowed", "Start-VMFailover"
    )
    assert record.category == ErrorCategory.InvalidData
    assert record.exception_type == "System.Management.Automation.ParameterBindingValidationException"


def test_an_empty_string_for_a_mandatory_parameter_is_rejected(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VMName", "")])
    assert record.message == "Cannot bind argument to parameter 'VMName' because it is an empty string."


def test_an_empty_array_for_a_mandatory_parameter_is_rejected(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VMName", [])])
    assert record.message == "Cannot bind argument to parameter 'VMName' because it is an empty array."


def test_a_null_optional_argument_binds_null_and_does_not_count_as_given(binder: Binder) -> None:
    bound = binder.bind("Get-VM", [("Name", "VM01"), ("ComputerName", None)])
    assert "ComputerName" in bound.params and not bound.has("ComputerName")


# Positional arguments ---------------------------------------------------------------------------


def test_positional_arguments_bind_by_ascending_position(binder: Binder) -> None:
    args: Args = [(None, "VM01"), (None, "srv"), (None, 80), (None, "Kerberos")]
    bound = binder.bind("Enable-VMReplication", args)
    assert bound.params == {
        "VMName": ["VM01"],
        "ReplicaServerName": "srv",
        "ReplicaServerPort": 80,
        "AuthenticationType": ReplicationAuthenticationType.Kerberos,
    }
    assert bound.parameter_set == "VMName"


def test_a_positional_object_binds_the_parameter_of_its_type(binder: Binder) -> None:
    bound = binder.bind("Start-VMFailover", [(None, vm()), ("Prepare", None)])
    assert (bound.parameter_set, bound.get("VM")) == ("VMObject", [vm()])


def test_a_positional_string_is_converted_for_its_position(binder: Binder) -> None:
    args: Args = [(None, "VM01"), (None, "srv"), (None, "443"), (None, "cert")]
    bound = binder.bind("Enable-VMReplication", args)
    assert bound.get("ReplicaServerPort") == 443
    assert bound.get("AuthenticationType") is ReplicationAuthenticationType.Certificate


def test_an_argument_beyond_the_last_position_is_an_error(binder: Binder) -> None:
    record = fail(binder, "Get-VM", [(None, "VM01"), (None, "VM02")])
    assert record.message == "A positional parameter cannot be found that accepts argument 'VM02'."
    assert record.fq_error_id == command_id("PositionalParameterNotFound", "Get-VM")


def test_a_positional_that_fails_to_convert_reports_the_conversion(binder: Binder) -> None:
    args: Args = [(None, "VM01"), (None, "srv"), (None, 80), (None, "Basic")]
    assert fail(binder, "Enable-VMReplication", args).fq_error_id == command_id(
        "CannotConvertArgumentNoMessage", "Enable-VMReplication"
    )


def test_a_conversion_failure_followed_by_a_bound_position_reports_the_leftover_argument(
    binder: Binder,
) -> None:
    args: Args = [(None, "VM01"), (None, "srv"), (None, "http"), (None, "Kerberos")]
    record = fail(binder, "Enable-VMReplication", args)
    assert record.message == "A positional parameter cannot be found that accepts argument 'http'."


# Values -----------------------------------------------------------------------------------------


def test_an_array_parameter_wraps_a_single_value(binder: Binder) -> None:
    assert binder.bind("Get-VM", [("Name", "VM01")]).get("Name") == ["VM01"]


def test_an_array_parameter_keeps_a_list(binder: Binder) -> None:
    assert binder.bind("Get-VM", [("Name", ["VM01", "VM02"])]).get("Name") == ["VM01", "VM02"]


def test_a_string_parameter_converts_a_number(binder: Binder) -> None:
    assert binder.bind("Get-VM", [("Name", 42)]).get("Name") == ["42"]


def test_a_list_for_a_single_value_parameter_is_an_error(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("ReplicaServerName", ["a", "b"])])
    assert record.message == (
        "Cannot convert 'System.Object[]' to the type 'System.String' required by parameter "
        "'ReplicaServerName'. Specified method is not supported."
    )


def test_an_integer_parameter_converts_a_string(binder: Binder) -> None:
    assert (
        binder.bind("Set-VMReplication", [("VMName", "VM01"), ("ReplicaServerPort", "8080")]).get(
            "ReplicaServerPort"
        )
        == 8080
    )


def test_an_integer_parameter_rejects_text(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("ReplicaServerPort", "http")])
    assert record.message == (
        'Cannot bind parameter \'ReplicaServerPort\'. Cannot convert value "http" to type "System.Int32". '
        'Error: "Input string was not in a correct format."'
    )
    assert (record.fq_error_id, record.category) == (
        command_id("CannotConvertArgumentNoMessage", "Set-VMReplication"),
        ErrorCategory.InvalidArgument,
    )


def test_an_integer_parameter_rejects_a_value_out_of_range(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("ReplicaServerPort", 2**31)])
    assert record.message.endswith('Error: "Value was either too large or too small for an Int32."')


def test_a_boolean_parameter_accepts_booleans_and_numbers(binder: Binder) -> None:
    args: Args = [("VMName", "VM01"), ("CompressionEnabled", 0), ("AutoResynchronizeEnabled", True)]
    bound = binder.bind("Set-VMReplication", args)
    assert (bound.get("CompressionEnabled"), bound.get("AutoResynchronizeEnabled")) == (False, True)
    assert bound.has("CompressionEnabled")


def test_a_boolean_parameter_rejects_the_string_true(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("CompressionEnabled", "true")])
    assert record.message == (
        "Cannot convert 'System.String' to the type 'System.Boolean' required by parameter 'CompressionEnabled'. "
    )
    assert record.fq_error_id == command_id("CannotConvertArgument", "Set-VMReplication")


def test_a_datetime_parameter_reads_an_iso_string_as_utc(binder: Binder) -> None:
    bound = binder.bind("Set-VMReplication", [("VMName", "VM01"), ("IRTime", "2026-11-25T22:00:00")])
    assert bound.get("InitialReplicationStartTime") == datetime(2026, 11, 25, 22, 0, tzinfo=UTC)


def test_a_datetime_parameter_keeps_a_datetime(binder: Binder) -> None:
    when = datetime(2026, 11, 25, 22, 0, tzinfo=UTC)
    bound = binder.bind("Set-VMReplication", [("VMName", "VM01"), ("InitialReplicationStartTime", when)])
    assert bound.get("InitialReplicationStartTime") == when


def test_a_datetime_parameter_rejects_text(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("IRTime", "tonight")])
    assert record.message.endswith(
        'to type "System.DateTime". Error: "String was not recognized as a valid DateTime."'
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18:30:00", timedelta(hours=18, minutes=30)),
        ("1.02:03:04", timedelta(days=1, hours=2, minutes=3, seconds=4)),
        ("PT5H", timedelta(hours=5)),
        ("P1DT30M", timedelta(days=1, minutes=30)),
        (timedelta(hours=6), timedelta(hours=6)),
    ],
)
def test_a_timespan_parameter_reads_dotnet_and_iso_forms(
    binder: Binder, text: Any, expected: timedelta
) -> None:
    bound = binder.bind("Set-VMReplication", [("VMName", "VM01"), ("AutoResyncStart", text)])
    assert bound.get("AutoResynchronizeIntervalStart") == expected


def test_a_timespan_parameter_rejects_hours_out_of_range(binder: Binder) -> None:
    record = fail(binder, "Set-VMReplication", [("VMName", "VM01"), ("AutoResyncStart", "25:00:00")])
    assert record.message.endswith(
        'Error: "The TimeSpan could not be parsed because at least one of the numeric components is out of '
        'range or contains too many digits."'
    )


def test_a_guid_parameter_reads_a_string(binder: Binder) -> None:
    assert binder.bind("Get-VM", [("Id", VM_ID.upper())]).get("Id") == UUID(VM_ID)


def test_a_guid_parameter_rejects_text(binder: Binder) -> None:
    record = fail(binder, "Get-VM", [("Id", "VM01")])
    assert record.message == (
        'Cannot bind parameter \'Id\'. Cannot convert value "VM01" to type "System.Guid". Error: '
        '"Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)."'
    )


def test_an_enum_parameter_takes_a_name_in_any_case(binder: Binder) -> None:
    bound = binder.bind("Get-VMReplication", [("ReplicationState", "replicating")])
    assert bound.get("ReplicationState") is VMReplicationState.Replicating


def test_an_enum_parameter_takes_a_number(binder: Binder) -> None:
    assert binder.bind("Get-VMReplication", [("Mode", 2)]).get("ReplicationMode") is VMReplicationMode.Replica


def test_an_enum_parameter_takes_a_unique_prefix(binder: Binder) -> None:
    assert (
        binder.bind("Get-VMReplication", [("Mode", "Rep")]).get("ReplicationMode")
        is VMReplicationMode.Replica
    )


def test_an_enum_parameter_names_all_valid_values(binder: Binder) -> None:
    record = fail(binder, "Get-VMReplication", [("ReplicationState", "bogus")])
    names = ", ".join(member.name for member in VMReplicationState)
    assert record.message == (
        "Cannot bind parameter 'ReplicationState'. Cannot convert value \"bogus\" to type "
        '"Microsoft.HyperV.PowerShell.VMReplicationState". Error: "Unable to match the identifier name bogus '
        "to a valid enumerator name. Specify one of the following enumerator names and try again:\r\n"
        f'{names}"'
    )
    assert len(list(VMReplicationState)) == 22
    assert record.fq_error_id == command_id("CannotConvertArgumentNoMessage", "Get-VMReplication")


def test_an_enum_prefix_matching_several_names_is_an_error(binder: Binder) -> None:
    record = fail(binder, "Get-VMReplication", [("ReplicationState", "Failback")])
    assert record.message.endswith(
        'Error: "The identifier name Failback cannot be processed because it is either too similar or identical to '
        'the following enumerator names: FailbackInProgress, FailbackComplete. Use a more specific identifier name."'
    )


def test_an_enum_number_without_a_member_is_an_error(binder: Binder) -> None:
    record = fail(binder, "Get-VMReplication", [("ReplicationMode", 9)])
    assert record.message == (
        "Cannot bind parameter 'ReplicationMode'. Cannot convert value \"9\" to type "
        '"Microsoft.HyperV.PowerShell.VMReplicationMode" due to enumeration values that are not valid. '
        "Specify one of the following enumeration values and try again. The possible enumeration values are "
        '"None,Primary,Replica,TestReplica,ExtendedReplica".'
    )


def test_an_enum_the_lab_models_by_name_takes_its_accepted_values(binder: Binder) -> None:
    bound = binder.bind("Set-VMNetworkAdapter", [("VMName", "VM01"), ("DhcpGuard", "on")])
    assert bound.get("DhcpGuard") == "On"


def test_an_enum_the_lab_models_by_name_lists_its_accepted_values(binder: Binder) -> None:
    record = fail(binder, "Set-VMNetworkAdapter", [("VMName", "VM01"), ("DhcpGuard", "maybe")])
    assert record.message.endswith('Specify one of the following enumerator names and try again:\r\nOn, Off"')


def test_a_string_parameter_with_accepted_values_is_validated_as_a_set() -> None:
    binder = Binder(_tiny_spec({"Mode": {"type": "String", "accepted_values": ["Fast", "Safe"]}}))
    record = fail(binder, "Test-Tiny", [("Mode", "Slow")])
    assert record.message == (
        "Cannot validate argument on parameter 'Mode'. The argument \"Slow\" does not belong to the set "
        '"Fast,Safe" specified by the ValidateSet attribute. Supply an argument that is in the set and then '
        "try the command again."
    )
    assert (record.fq_error_id, record.category) == (
        "ParameterArgumentValidationError,Microsoft.HyperV.PowerShell.Commands.TestTiny",
        ErrorCategory.InvalidData,
    )


def test_an_object_parameter_keeps_a_live_object_of_its_type(binder: Binder) -> None:
    shot = snapshot()
    assert binder.bind("Start-VMFailover", [("VMRecoverySnapshot", shot)]).get("VMRecoverySnapshot") is shot


def test_an_object_parameter_matches_a_base_type(binder: Binder) -> None:
    shot = snapshot()
    assert binder.bind("Get-VMSnapshot", [("ParentOf", shot)]).get("ParentOf") is shot


def test_an_object_parameter_rejects_a_string_from_the_client(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VM", "x")])
    assert record.message == (
        'Cannot bind parameter \'VM\'. Cannot convert the "x" value of type "System.String" to type '
        '"Microsoft.HyperV.PowerShell.VirtualMachine".'
    )
    assert record.fq_error_id == command_id("CannotConvertArgumentNoMessage", "Start-VMFailover")


def test_an_object_parameter_rejects_a_property_bag_from_the_client(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VM", {"Name": "VM01"})])
    assert (
        'value of type "System.Collections.Hashtable" to type "Microsoft.HyperV.PowerShell.VirtualMachine"'
        in (record.message)
    )


def test_an_object_parameter_rejects_a_live_object_of_another_type(binder: Binder) -> None:
    record = fail(binder, "Start-VMFailover", [("VMRecoverySnapshot", vm())])
    assert (
        'of type "Microsoft.HyperV.PowerShell.VirtualMachine" to type "Microsoft.HyperV.PowerShell.VMSnapshot"'
        in (record.message)
    )


def test_a_hashtable_parameter_takes_a_dict(binder: Binder) -> None:
    mapping = {"hv-a": 8080}
    bound = binder.bind("Set-VMReplicationServer", [("KerberosAuthenticationPortMapping", mapping)])
    assert bound.get("KerberosAuthenticationPortMapping") == mapping


def test_a_credential_cannot_come_from_the_wire(binder: Binder) -> None:
    record = fail(binder, "Get-VMHost", [("Credential", "LAB\\admin")])
    assert record.message == (
        'Cannot bind parameter \'Credential\'. Cannot convert the "LAB\\admin" value of type "System.String" '
        'to type "System.Management.Automation.PSCredential".'
    )


def test_a_cim_session_cannot_come_from_the_wire(binder: Binder) -> None:
    record = fail(binder, "Get-VMHost", [("CimSession", "hv-a")])
    assert record.message.endswith('to type "Microsoft.Management.Infrastructure.CimSession".')


def test_an_action_preference_lists_its_names(binder: Binder) -> None:
    record = fail(binder, "Get-VM", [("ErrorAction", "Panic")])
    assert record.message.endswith(
        'try again:\r\nSilentlyContinue, Stop, Continue, Inquire, Ignore, Suspend"'
    )


# Pipeline input ---------------------------------------------------------------------------------


def test_a_piped_vm_with_prepare_binds_vm_in_set_vmobject(binder: Binder) -> None:
    piped = vm()
    bound = binder.bind("Start-VMFailover", [("Prepare", None)], piped)
    assert (bound.parameter_set, bound.get("VM")) == ("VMObject", [piped])


def test_a_piped_snapshot_with_astest_picks_vmsnapshot_test(binder: Binder) -> None:
    piped = snapshot()
    bound = binder.bind("Start-VMFailover", [("AsTest", None), ("Confirm", False)], piped)
    assert (bound.parameter_set, bound.get("VMRecoverySnapshot")) == ("VMSnapshot_Test", piped)


def test_a_piped_vm_alone_skips_the_sets_that_need_a_switch(binder: Binder) -> None:
    assert binder.bind("Start-VMFailover", [], vm()).parameter_set == "VMObject"


def test_a_piped_string_binds_name_of_get_vm(binder: Binder) -> None:
    bound = binder.bind("Get-VM", [], "VM01")
    assert (bound.parameter_set, bound.params) == ("Name", {"Name": ["VM01"]})


def test_a_piped_replication_binds_vmreplication(binder: Binder) -> None:
    piped = replication()
    bound = binder.bind("Suspend-VMReplication", [], piped)
    assert (bound.parameter_set, bound.get("VMReplication")) == ("VMReplication", [piped])


def test_piped_properties_bind_parameters_by_property_name(binder: Binder) -> None:
    bound = binder.bind("Set-VMReplication", [], replication(CertificateThumbprint="0A1B2C"))
    assert bound.get("CertificateThumbprint") == "0A1B2C"


def test_a_null_piped_property_binds_but_does_not_count_as_given(binder: Binder) -> None:
    bound = binder.bind("Set-VMReplication", [("RepFreq", 30)], replication())
    assert "CertificateThumbprint" in bound.params and not bound.has("CertificateThumbprint")


def test_a_piped_object_of_no_matching_type_is_converted_to_a_name(binder: Binder) -> None:
    piped = replication()
    assert binder.bind("Start-VM", [], piped).get("Name") == [piped.to_string]


def test_piped_input_that_binds_nowhere_is_an_input_object_error(binder: Binder) -> None:
    with pytest.raises(PipelineInputError) as raised:
        binder.bind("Get-VM", [("Name", "VM01")], "VM02")
    record = raised.value.record
    assert record.message == (
        "The input object cannot be bound to any parameters for the command either because the command does "
        "not take pipeline input or the input and its properties do not match any of the parameters that take "
        "pipeline input."
    )
    assert (record.fq_error_id, record.category) == (
        command_id("InputObjectNotBound", "Get-VM"),
        ErrorCategory.InvalidArgument,
    )
    assert (record.target_name, record.target_type) == ("VM02", "String")


def test_piped_input_to_a_cmdlet_without_pipeline_parameters_is_not_bound(binder: Binder) -> None:
    args: Args = [(None, "srv"), (None, 80), (None, "Kerberos")]
    record = fail(binder, "Test-VMReplicationConnection", args, vm())
    assert record.fq_error_id == command_id("InputObjectNotBound", "Test-VMReplicationConnection")


def test_command_line_errors_are_not_input_object_errors(binder: Binder) -> None:
    with pytest.raises(LabError) as raised:
        binder.bind("Get-VM", [("Foo", 1)], "VM01")
    assert not isinstance(raised.value, PipelineInputError)


def test_a_mandatory_parameter_the_pipe_cannot_supply_is_missing_before_input(binder: Binder) -> None:
    record = fail(binder, "New-VMReplicationAuthorizationEntry", [], "hv-a.lab.test")
    assert record.message.endswith("missing mandatory parameters: ReplicaStorageLocation TrustGroup.")


def test_an_input_object_that_leaves_a_mandatory_parameter_unbound_is_reported() -> None:
    params = {
        "Name": {"type": "String", "required": True, "position": 0, "pipeline_input": "True (ByValue)"},
        "Target": {"type": "VirtualMachine", "required": True, "pipeline_input": "True (ByPropertyName)"},
    }
    with pytest.raises(PipelineInputError) as raised:
        Binder(_tiny_spec(params)).bind("Test-Tiny", [], "VM01")
    assert raised.value.record.message == (
        "The input object cannot be bound because it did not contain the information required to bind all "
        "mandatory parameters:  Target"
    )
    assert (
        raised.value.record.fq_error_id
        == "InputObjectMissingMandatory,Microsoft.HyperV.PowerShell.Commands.TestTiny"
    )


def _tiny_spec(params: dict[str, dict[str, Any]]) -> dict[str, Any]:
    defaults = {
        "sets": ["(All)"],
        "aliases": [],
        "required": False,
        "position": "Named",
        "pipeline_input": "False",
    }
    return {
        "cmdlets": {
            "Test-Tiny": {
                "default_parameter_set": "__AllParameterSets",
                "parameter_sets": {"__AllParameterSets": {"syntax": ""}},
                "parameters": {name: {**defaults, **spec} for name, spec in params.items()},
            }
        }
    }
