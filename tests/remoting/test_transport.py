"""The environment's proxy and CA-bundle settings still count, though read once per session.

requests re-read them on every request; hvgui's sessions read them when the connection is built
(remoting/transport.py). These tests set them before a session connects and check that they were
obeyed: a CA bundle named only by REQUESTS_CA_BUNDLE is trusted, a proxy that does not exist is
used (and fails), and NO_PROXY exempts the host from it.
"""

from __future__ import annotations

import pytest

from hvgui.hyperv.commands import Cmd, Pipeline
from hvgui.hyperv.errors import HvError
from hvgui.lab.wire import LabServer
from hvgui.remoting import HostSession
from tests.remoting.conftest import FAST, A, profile, run

GET_VM = Pipeline.of(Cmd.of("Get-VM"))
PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*PROXY_VARS, "NO_PROXY", "no_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)


def reads_vms(server: LabServer, **changes: object) -> bool:
    ep = server.endpoint(A)
    session = HostSession(profile(ep, **changes), ep.password, timeouts=FAST)

    async def scenario() -> bool:
        try:
            return bool(await session.run_one(GET_VM))
        finally:
            await session.close()

    return run(scenario())


def test_a_ca_bundle_named_by_the_environment_is_trusted(
    https_server: LabServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca_file = https_server.endpoint(A).ca_file
    assert ca_file
    with pytest.raises(HvError):
        reads_vms(https_server, ca_file="")  # the system's trust does not know the lab's CA
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", ca_file)
    assert reads_vms(https_server, ca_file="")


def test_a_proxy_from_the_environment_is_used_and_no_proxy_exempts_the_host(
    https_server: LabServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(HvError):
        reads_vms(https_server)
    monkeypatch.setenv("NO_PROXY", https_server.endpoint(A).host)
    assert reads_vms(https_server)
