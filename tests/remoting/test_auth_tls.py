"""Credentials and certificates: wrong password, untrusted, pinned and changed certificates."""

from __future__ import annotations

import pytest

from hvgui.hyperv.commands import Cmd, Pipeline
from hvgui.hyperv.errors import AuthenticationFailed, CertificateChanged, CertificateUntrusted, HvError
from hvgui.lab.wire import LabServer
from hvgui.remoting import HostSession, fetch_certificate_fingerprint
from tests.remoting.conftest import FAST, A, B, profile, run, server_fingerprint

GET_VM = Pipeline.of(Cmd.of("Get-VM"))


def attempt(s: HostSession) -> HvError | int:
    """The error of connecting and listing VMs, or the number of VMs."""

    async def scenario() -> HvError | int:
        try:
            return len(await s.run_one(GET_VM))
        except HvError as exc:
            return exc
        finally:
            await s.close()

    return run(scenario())


def test_wrong_password_is_authentication_failed(server: LabServer) -> None:
    ep = server.endpoint(A)
    error = attempt(HostSession(profile(ep), "not-" + ep.password, timeouts=FAST))
    assert isinstance(error, AuthenticationFailed) and error.host == A
    assert ep.username in error.detail


def test_unknown_user_is_authentication_failed(server: LabServer) -> None:
    ep = server.endpoint(A)
    error = attempt(HostSession(profile(ep, username="LAB\\nobody"), ep.password, timeouts=FAST))
    assert isinstance(error, AuthenticationFailed)


def test_certificate_from_an_unknown_ca_is_untrusted_with_its_fingerprint(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    error = attempt(HostSession(profile(ep, ca_file=""), ep.password, timeouts=FAST))
    assert isinstance(error, CertificateUntrusted)
    assert error.fingerprint == server_fingerprint(ep)
    assert "certificate verify failed" in error.detail


def test_the_lab_ca_makes_the_certificate_trusted(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    assert ep.ca_file
    assert attempt(HostSession(profile(ep), ep.password, timeouts=FAST)) == 2


def test_a_pinned_certificate_is_accepted_without_any_ca(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    pinned = profile(ep, ca_file="").with_pin(server_fingerprint(ep))
    assert attempt(HostSession(pinned, ep.password, timeouts=FAST)) == 2


def test_pinning_accepts_the_usual_notation(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    fp = server_fingerprint(ep).upper()
    with_colons = ":".join(fp[i : i + 2] for i in range(0, len(fp), 2))
    pinned = profile(ep, ca_file="").with_pin(with_colons)
    assert pinned.pinned_sha256 == fp.lower()
    assert attempt(HostSession(pinned, ep.password, timeouts=FAST)) == 2


def test_a_different_certificate_than_the_pinned_one_is_refused(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    # Host B's certificate is valid under the lab CA, but it is not the one trusted for this host.
    other = server_fingerprint(https_server.endpoint(B))
    pinned = profile(ep).with_pin(other)
    error = attempt(HostSession(pinned, ep.password, timeouts=FAST))
    assert isinstance(error, CertificateChanged)
    assert error.expected == other
    assert error.actual == server_fingerprint(ep)


def test_fetch_certificate_fingerprint_reads_without_validation(https_server: LabServer) -> None:
    ep = https_server.endpoint(B)
    assert fetch_certificate_fingerprint(ep.host, ep.port, 2.0) == server_fingerprint(ep)

    async def via_session() -> str:
        s = HostSession(profile(ep, ca_file=""), ep.password, timeouts=FAST)
        try:
            return await s.certificate_fingerprint()
        finally:
            await s.close()

    assert run(via_session()) == server_fingerprint(ep)


def test_fetching_a_fingerprint_from_a_dead_port_is_an_hv_error(https_server: LabServer) -> None:
    ep = https_server.endpoint(A)
    with pytest.raises(OSError):
        fetch_certificate_fingerprint(ep.host, 1, 1.0)
    s = HostSession(profile(ep, port=1), ep.password, timeouts=FAST)
    with pytest.raises(HvError):
        s.fetch_certificate_fingerprint()
