"""Hostile or broken requests get a WSMan fault (or a clean HTTP error) and harm nobody else."""

from __future__ import annotations

import base64
import re
import uuid
from collections.abc import Iterator

import pytest
import requests
from pypsrp.powershell import RunspacePool

from hvgui.lab.wire import LabServer
from tests.lab.wire.conftest import connect, run

PS_URI = "http://schemas.microsoft.com/powershell/Microsoft.PowerShell"
SHELL = "http://schemas.microsoft.com/wbem/wsman/1/windows/shell/"


def envelope(action: str, body: str, *, shell_id: str | None = None, uri: str = PS_URI) -> str:
    selector = (
        f'<w:SelectorSet><w:Selector Name="ShellId">{shell_id}</w:Selector></w:SelectorSet>'
        if shell_id
        else ""
    )
    return (
        '<s:Envelope xmlns:s="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:a="http://schemas.xmlsoap.org/ws/2004/08/addressing" '
        'xmlns:w="http://schemas.dmtf.org/wbem/wsman/1/wsman.xsd" '
        f'xmlns:rsp="{SHELL[:-1]}"><s:Header>'
        f"<a:Action>{action}</a:Action><a:MessageID>uuid:{uuid.uuid4()}</a:MessageID>"
        f"<w:ResourceURI>{uri}</w:ResourceURI><w:MaxEnvelopeSize>153600</w:MaxEnvelopeSize>"
        f"<w:OperationTimeout>PT2S</w:OperationTimeout>{selector}</s:Header><s:Body>{body}</s:Body></s:Envelope>"
    )


class Raw:
    def __init__(self, server: LabServer) -> None:
        ep = server.endpoint("HV-A")
        self.url = ep.url
        self.session = requests.Session()
        self.session.auth = (ep.username, ep.password)

    def post(self, data: bytes | str, **kwargs: object) -> requests.Response:
        body = data.encode() if isinstance(data, str) else data
        headers = {"Content-Type": "application/soap+xml;charset=UTF-8"}
        return self.session.post(self.url, data=body, headers=headers, timeout=10, **kwargs)  # type: ignore[arg-type]


def fault_code(response: requests.Response) -> int:
    assert response.status_code == 500, (response.status_code, response.text[:300])
    match = re.search(r'Code="(\d+)"', response.text)
    assert match, response.text
    return int(match.group(1))


@pytest.fixture
def raw(http_server: LabServer) -> Iterator[Raw]:
    client = Raw(http_server)
    yield client
    client.session.close()


@pytest.fixture
def bystander(http_server: LabServer) -> Iterator[RunspacePool]:
    """A healthy session on the same host that must not notice any of this."""
    with RunspacePool(connect(http_server.endpoint("HV-A"))) as rp:
        yield rp
        assert len(run(rp, ("Get-VM", {})).output) == 1


def open_shell(server: LabServer) -> RunspacePool:
    rp = RunspacePool(connect(server.endpoint("HV-A")))
    rp.open()
    return rp


def test_malformed_xml(raw: Raw, bystander: RunspacePool) -> None:
    assert fault_code(raw.post("<s:Envelope><unclosed>")) == 0x80338043
    assert fault_code(raw.post(b"\xff\xfe\x00garbage")) == 0x80338043


def test_entity_declarations_are_refused(raw: Raw, bystander: RunspacePool) -> None:
    bomb = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'
    assert fault_code(raw.post(bomb)) == 0x80338043


def test_missing_headers(raw: Raw) -> None:
    no_action = envelope("", "").replace("<a:Action></a:Action>", "")
    assert fault_code(raw.post(no_action)) == 0x80338011


def test_unknown_action(raw: Raw, bystander: RunspacePool) -> None:
    assert fault_code(raw.post(envelope("http://example.com/Explode", ""))) == 0x80338013


def test_unknown_resource_uri(raw: Raw) -> None:
    body = "<rsp:Shell><rsp:InputStreams>stdin</rsp:InputStreams></rsp:Shell>"
    create = envelope("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create", body, uri=SHELL + "cmd")
    assert fault_code(raw.post(create)) == 0x8033803B


def test_shell_id_must_be_a_guid(raw: Raw) -> None:
    body = (
        '<rsp:Shell ShellId="&lt;x/&gt;"><rsp:InputStreams>stdin</rsp:InputStreams>'
        '<creationXml xmlns="http://schemas.microsoft.com/powershell">AAAA</creationXml></rsp:Shell>'
    )
    assert (
        fault_code(raw.post(envelope("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create", body)))
        == 0x8033803A
    )


def test_create_without_creation_xml(raw: Raw) -> None:
    body = "<rsp:Shell><rsp:InputStreams>stdin pr</rsp:InputStreams></rsp:Shell>"
    assert (
        fault_code(raw.post(envelope("http://schemas.xmlsoap.org/ws/2004/09/transfer/Create", body)))
        == 0x80338041
    )


def test_unknown_shell(raw: Raw, bystander: RunspacePool) -> None:
    receive = "<rsp:Receive><rsp:DesiredStream>stdout</rsp:DesiredStream></rsp:Receive>"
    assert (
        fault_code(raw.post(envelope(SHELL + "Receive", receive, shell_id=str(uuid.uuid4())))) == 2150858843
    )
    assert fault_code(raw.post(envelope(SHELL + "Receive", receive))) == 2150858843


def test_garbage_base64_leaves_the_shell_usable(raw: Raw, http_server: LabServer) -> None:
    rp = open_shell(http_server)
    send = '<rsp:Send><rsp:Stream Name="stdin">!!!not base64!!!</rsp:Stream></rsp:Send>'
    assert fault_code(raw.post(envelope(SHELL + "Send", send, shell_id=rp.shell.id))) == 0x80338041
    assert len(run(rp, ("Get-VM", {})).output) == 1
    rp.close()


def test_psrp_garbage_closes_only_that_shell(
    raw: Raw, http_server: LabServer, bystander: RunspacePool
) -> None:
    rp = open_shell(http_server)
    junk = base64.b64encode(b"\x00" * 8 + b"\x00" * 8 + b"\x03" + b"\x00\x00\x00\x05" + b"hello").decode()
    send = f'<rsp:Send><rsp:Stream Name="stdin">{junk}</rsp:Stream></rsp:Send>'
    assert fault_code(raw.post(envelope(SHELL + "Send", send, shell_id=rp.shell.id))) == 0x80338083
    assert rp.is_alive() is False


def test_fragment_out_of_order_is_refused(raw: Raw, http_server: LabServer) -> None:
    rp = open_shell(http_server)
    # A fragment claiming to be the third of an object that never started.
    fragment = (1234).to_bytes(8, "big") + (2).to_bytes(8, "big") + b"\x02" + (3).to_bytes(4, "big") + b"abc"
    send = f'<rsp:Send><rsp:Stream Name="stdin">{base64.b64encode(fragment).decode()}</rsp:Stream></rsp:Send>'
    assert fault_code(raw.post(envelope(SHELL + "Send", send, shell_id=rp.shell.id))) == 0x80338083


def test_command_without_a_body(raw: Raw, http_server: LabServer) -> None:
    rp = open_shell(http_server)
    assert fault_code(raw.post(envelope(SHELL + "Command", "", shell_id=rp.shell.id))) == 0x80338041
    rp.close()


def test_oversized_body(raw: Raw, bystander: RunspacePool) -> None:
    response = raw.post(envelope(SHELL + "Send", "<x>" + "A" * 600_000 + "</x>"))
    assert fault_code(response) == 0x80338035


def test_envelope_size_below_the_minimum(raw: Raw) -> None:
    small = envelope(SHELL + "Receive", "").replace(">153600<", ">512<")
    assert fault_code(raw.post(small)) == 0x8033807E


def test_http_level_errors(raw: Raw, http_server: LabServer) -> None:
    assert raw.session.get(raw.url, timeout=5).status_code == 405
    wrong_path = raw.url.replace("/wsman", "/other")
    assert raw.session.post(wrong_path, data=b"<x/>", timeout=5).status_code == 404
    assert requests.post(raw.url, data=b"<x/>", timeout=5).status_code == 401


def test_bad_input_on_one_host_does_not_touch_another(raw: Raw, http_server: LabServer) -> None:
    with RunspacePool(connect(http_server.endpoint("HV-B"))) as other:
        raw.post("<broken")
        raw.post(envelope(SHELL + "Receive", "", shell_id=str(uuid.uuid4())))
        assert len(run(other, ("Get-VM", {})).output) == 1


def test_a_server_bug_becomes_a_fault_not_a_dropped_connection(
    http_server: LabServer, bystander: RunspacePool, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypsrp.exceptions import WSManFaultError

    from hvgui.lab.wire.wsman import HostService

    def broken(*args: object) -> str:
        raise RuntimeError("simulated server bug")

    monkeypatch.setattr(HostService, "_get", broken)
    with pytest.raises(WSManFaultError) as err:
        bystander.is_alive()
    assert err.value.code == 0x80338083
    monkeypatch.undo()
    assert bystander.is_alive()
