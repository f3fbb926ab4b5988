"""The error mapping for exceptions the lab cannot produce (Windows faults, odd HTTP answers)."""

from __future__ import annotations

import http.client
import socket

import pytest
import requests
import urllib3.exceptions
from pypsrp.exceptions import (
    AuthenticationError,
    InvalidRunspacePoolStateError,
    SerializationError,
    WinRMTransportError,
    WSManFaultError,
)
from spnego.exceptions import InvalidTokenError

from hvgui.hyperv.errors import (
    AccessDenied,
    AuthenticationFailed,
    CommandFailed,
    ConnectionLost,
    ErrorInfo,
    HostTimeout,
    HostUnreachable,
    HvError,
    HyperVModuleMissing,
    NameNotResolved,
    PreconditionFailed,
    WinRMNotEnabled,
)
from hvgui.remoting.errors import causes, command_error, map_exception, shell_lost


def fault(code: int | str, reason: str) -> WSManFaultError:
    return WSManFaultError(code, "hv-a", reason, None, None, None)


def mapped(exc: BaseException, opened: bool = True) -> HvError | None:
    return map_exception(exc, "HV-A", opened=opened)


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (fault(5, "Access is denied."), AccessDenied),
        (fault(0x80070005, "Access is denied."), AccessDenied),
        (
            fault(2150858843, "The request for the Windows Remote Shell failed: the shell was not found"),
            ConnectionLost,
        ),
        (
            fault(
                0x80338012,
                "The WS-Management service cannot process the request. The resource URI "
                "(http://schemas.microsoft.com/powershell/Microsoft.PowerShell) was not found.",
            ),
            WinRMNotEnabled,
        ),
        (fault(0x803381A6, "This user is allowed a maximum number of 30 concurrent shells"), CommandFailed),
        (WinRMTransportError("http", 404, ""), WinRMNotEnabled),
        (WinRMTransportError("http", 500, "<html>IIS</html>"), WinRMNotEnabled),
        (WinRMTransportError("http", 403, ""), AccessDenied),
        (WinRMTransportError("http", 401, ""), AuthenticationFailed),
        (AuthenticationError("Failed to authenticate the user bob with ntlm"), AuthenticationFailed),
        (InvalidTokenError(context_msg="Kerberos ticket expired"), AuthenticationFailed),
        (requests.exceptions.ReadTimeout("read timed out"), HostTimeout),
        (InvalidRunspacePoolStateError(7, 2, "invoke"), ConnectionLost),
        (SerializationError("Mandatory return value missing"), CommandFailed),
    ],
)
def test_exception_maps_to(exc: BaseException, expected: type[HvError]) -> None:
    error = mapped(exc)
    assert type(error) is expected
    assert error is not None and error.host == "HV-A" and error.detail


def test_wsman_fault_keeps_the_hosts_message() -> None:
    error = mapped(fault(0x803381A6, "This user is allowed a maximum number of 30 concurrent shells"))
    assert isinstance(error, CommandFailed)
    assert error.first.message.startswith("This user is allowed")
    assert error.first.fq_error_id == f"WSManFault,{0x803381A6}"


def test_connect_timeout_before_the_pool_opened_is_unreachable() -> None:
    exc = requests.exceptions.ConnectTimeout("connect timed out")
    assert type(mapped(exc, opened=False)) is HostUnreachable
    assert isinstance(mapped(exc, opened=True), HostUnreachable)


def test_name_resolution_failure_is_found_in_the_cause_chain() -> None:
    try:
        try:
            raise socket.gaierror(-2, "Name or service not known")
        except socket.gaierror as inner:
            raise requests.exceptions.ConnectionError("Max retries exceeded") from inner
    except requests.exceptions.ConnectionError as exc:
        error = mapped(exc, opened=False)
    assert type(error) is NameNotResolved and "Name or service not known" in error.detail


def test_urllib3_reason_is_followed() -> None:
    refused = urllib3.exceptions.NewConnectionError(None, "Connection refused")  # type: ignore[arg-type]
    outer = urllib3.exceptions.MaxRetryError(None, "/wsman", reason=refused)  # type: ignore[arg-type]
    assert refused in list(causes(outer))
    assert type(mapped(requests.exceptions.ConnectionError(outer), opened=True)) is HostUnreachable


def test_cut_connection_is_lost_mid_command_but_not_winrm_before() -> None:
    try:
        raise requests.exceptions.ConnectionError("aborted") from http.client.RemoteDisconnected("closed")
    except requests.exceptions.ConnectionError as exc:
        assert type(mapped(exc, opened=True)) is ConnectionLost
        assert type(mapped(exc, opened=False)) is WinRMNotEnabled


def test_hv_errors_pass_through_and_bugs_are_not_mapped() -> None:
    own = PreconditionFailed("HV-A", "VM is off")
    assert mapped(own) is own
    assert mapped(ValueError("bad configuration")) is None
    assert mapped(KeyError("x")) is None


def test_shell_lost_is_recognised() -> None:
    assert shell_lost(fault(2150858843, "gone"))
    assert not shell_lost(fault(5, "Access is denied."))
    assert not shell_lost(OSError())


def test_unknown_hyperv_cmdlet_is_a_missing_module() -> None:
    record = ErrorInfo("The term 'Get-VM' is not recognized ...", "CommandNotFoundException", target="Get-VM")
    error = command_error("HV-A", [record], "Get-VM")
    assert type(error) is HyperVModuleMissing and "Get-VM" in error.detail
    other = ErrorInfo("The term 'Get-Foo' is not recognized", "CommandNotFoundException", target="Get-Foo")
    assert type(command_error("HV-A", [other], "Get-Foo")) is CommandFailed


def test_failure_without_records_still_explains_itself() -> None:
    error = command_error("HV-A", [], "Get-VM")
    assert isinstance(error, CommandFailed) and error.errors and error.command == "Get-VM"
