"""Authentication (Basic over HTTPS, NTLM with message encryption over HTTP) and the lab CA."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from pypsrp.exceptions import AuthenticationError
from pypsrp.powershell import RunspacePool

from hvgui.lab.wire import LabServer
from tests.lab.wire.conftest import FakeLab, connect, run


@pytest.fixture(scope="module")
def https_server(fake_lab: FakeLab, lab_dir: Path) -> Iterator[LabServer]:
    server = LabServer(fake_lab, https=True, auth="basic", data_dir=lab_dir)
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def ntlm_server(fake_lab: FakeLab, lab_dir: Path) -> Iterator[LabServer]:
    server = LabServer(fake_lab, https=False, auth="negotiate", data_dir=lab_dir)
    server.start()
    yield server
    server.stop()


def test_basic_over_https_with_the_lab_ca(https_server: LabServer) -> None:
    ep = https_server.endpoint("HV-A")
    assert ep.ssl and ep.ca_file and Path(ep.ca_file).exists()
    with RunspacePool(connect(ep)) as rp:
        assert len(run(rp, ("Get-VM", {})).output) == 1


def test_certificate_names_localhost_too(https_server: LabServer) -> None:
    ep = https_server.endpoint("HV-B")
    with RunspacePool(connect(ep, server="localhost")) as rp:
        assert len(run(rp, ("Get-VM", {})).output) == 1


def test_certificate_is_rejected_without_the_lab_ca(https_server: LabServer) -> None:
    ep = https_server.endpoint("HV-A")
    with pytest.raises(requests.exceptions.SSLError):
        RunspacePool(connect(ep, cert_validation=True)).open()


def test_basic_with_a_wrong_password_is_refused(https_server: LabServer) -> None:
    ep = https_server.endpoint("HV-A")
    with pytest.raises(AuthenticationError):
        RunspacePool(connect(ep, password="wrong")).open()
    with pytest.raises(AuthenticationError):
        RunspacePool(connect(ep, username="someone")).open()


@pytest.mark.parametrize("user_form", ["{domain}\\{user}", "{user}", "{user}@{domain}"])
def test_ntlm_with_message_encryption(ntlm_server: LabServer, user_form: str) -> None:
    ep = ntlm_server.endpoint("HV-A")
    domain, user = ep.username.split("\\")
    wsman = connect(ep, username=user_form.format(domain=domain, user=user))
    assert wsman.transport.wrap_required
    with RunspacePool(wsman) as rp:
        ps = run(rp, ("Get-VM", {"Count": 30}), ("Select-Object", {"Property": ["Name", "State"]}))
        assert len(ps.output) == 30


def test_ntlm_auth_modes_ntlm_and_negotiate(ntlm_server: LabServer) -> None:
    ep = ntlm_server.endpoint("HV-B")
    with RunspacePool(connect(ep, auth="ntlm")) as rp:
        assert len(run(rp, ("Get-VM", {})).output) == 1


def test_ntlm_over_https(fake_lab: FakeLab, lab_dir: Path) -> None:
    server = LabServer(fake_lab, https=True, auth="negotiate", data_dir=lab_dir)
    server.start()
    try:
        wsman = connect(server.endpoint("HV-A"))
        assert not wsman.transport.wrap_required  # TLS protects the messages
        with RunspacePool(wsman) as rp:
            assert len(run(rp, ("Get-VM", {})).output) == 1
        # A client that wants message encryption on top of TLS gets it too.
        with RunspacePool(connect(server.endpoint("HV-B"), encryption="always")) as rp:
            assert len(run(rp, ("Get-VM", {})).output) == 1
    finally:
        server.stop()


def test_ntlm_with_a_wrong_password_is_refused(ntlm_server: LabServer) -> None:
    ep = ntlm_server.endpoint("HV-A")
    with pytest.raises(AuthenticationError):
        RunspacePool(connect(ep, password="wrong")).open()


def test_ntlm_refuses_unencrypted_soap_over_http(ntlm_server: LabServer) -> None:
    ep = ntlm_server.endpoint("HV-A")
    with pytest.raises(AuthenticationError):
        RunspacePool(connect(ep, encryption="never")).open()


def test_ntlm_user_file_does_not_leak_into_the_environment(ntlm_server: LabServer) -> None:
    before = os.environ.get("NTLM_USER_FILE")
    with RunspacePool(connect(ntlm_server.endpoint("HV-A"))) as rp:
        run(rp, ("Get-VM", {}))
    assert os.environ.get("NTLM_USER_FILE") == before


def test_credentials_and_ca_are_reused(https_server: LabServer, fake_lab: FakeLab, lab_dir: Path) -> None:
    first = https_server.endpoint("HV-A")
    again = LabServer(fake_lab, https=True, auth="basic", data_dir=lab_dir)
    again.start()
    try:
        second = again.endpoint("HV-A")
        assert second.password == first.password
        assert second.ca_file == first.ca_file
        # A client that trusted the CA before still connects to the restarted lab.
        with RunspacePool(connect(second)) as rp:
            assert len(run(rp, ("Get-VM", {})).output) == 1
    finally:
        again.stop()
    secrets_ = [lab_dir / "credentials.json", lab_dir / "ca-key.pem"]
    if os.name == "posix":
        assert all(p.stat().st_mode & 0o077 == 0 for p in secrets_)


def test_password_is_not_in_the_endpoint_repr(https_server: LabServer) -> None:
    ep = https_server.endpoint("HV-A")
    assert ep.password not in repr(ep)


def test_a_silent_tls_client_blocks_nobody(fake_lab: FakeLab, lab_dir: Path) -> None:
    import socket
    import time

    server = LabServer(fake_lab, https=True, auth="basic", data_dir=lab_dir)
    server.start()
    ep = server.endpoint("HV-A")
    silent = socket.create_connection((ep.host, ep.port))
    silent.settimeout(5)
    try:
        with RunspacePool(connect(ep)) as rp:
            assert len(run(rp, ("Get-VM", {})).output) == 1
        start = time.monotonic()
        server.stop()
        assert time.monotonic() - start < 2
        # The half-open handshake was cut when the server stopped.
        assert silent.recv(1) == b""
    finally:
        silent.close()
        server.stop()
