"""A password given to hvgui appears nowhere: not in files, log output or exception texts."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from hvgui.core import paths
from hvgui.core.logging import setup_logging
from hvgui.core.profiles import ProfileStore
from hvgui.core.secrets import SecretStore
from hvgui.hyperv.commands import Cmd, Pipeline
from hvgui.hyperv.errors import HvError
from hvgui.lab.wire import LabServer
from hvgui.remoting import HostSession
from tests.core.memory_keyring import MemoryKeyring
from tests.remoting.conftest import FAST, A, profile, run

GET_VM = Pipeline.of(Cmd.of("Get-VM"))


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def texts_of(exc: BaseException) -> list[str]:
    """What any reporter could show of an exception: its texts and those of everything it wraps."""
    out: list[str] = []
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        e = todo.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        out += [str(e), repr(e), repr(vars(e)) if hasattr(e, "__dict__") else ""]
        todo += [c for c in (e.__cause__, e.__context__) if c is not None]
    return out


def test_the_password_is_nowhere(
    https_server: LabServer,
    ntlm_server: LabServer,
    caplog: pytest.LogCaptureFixture,
    restore_logging: None,
) -> None:
    setup_logging(logging.DEBUG)
    # Wire libraries are quiet by default; open them up too, to see what they would say.
    for name in ("", "pypsrp", "spnego", "urllib3", "hvgui"):
        caplog.set_level(logging.DEBUG, logger=name)
    errors: list[BaseException] = []
    sessions: list[HostSession] = []
    passwords: list[str] = []

    async def scenario() -> None:
        for server in (https_server, ntlm_server):
            ep = server.endpoint(A)
            wrong = "Wr0ng-" + ep.password[::-1]
            passwords.extend([ep.password, wrong])
            good = HostSession(profile(ep), ep.password, timeouts=FAST)
            bad = HostSession(profile(ep), wrong, timeouts=FAST)
            untrusted = HostSession(profile(ep, ca_file=""), ep.password, timeouts=FAST)
            sessions.extend([good, bad, untrusted])
            assert len(await good.run_one(GET_VM)) == 2
            for s in (bad, untrusted, good):
                try:
                    if s is good:  # one-shot: the connection breaks mid-command
                        server.faults(A).drop_next_receive = True
                    await s.run_one(GET_VM)
                except HvError as exc:
                    errors.append(exc)
                finally:
                    await s.close()

    run(scenario())
    # https: wrong password, untrusted, dropped; http+ntlm: wrong password, dropped.
    assert [type(e).__name__ for e in errors] == [
        "AuthenticationFailed",
        "CertificateUntrusted",
        "ConnectionLost",
        "AuthenticationFailed",
        "ConnectionLost",
    ]

    ep = https_server.endpoint(A)
    store = ProfileStore()
    store.save([profile(ep, save_password=True)])
    secrets = SecretStore(MemoryKeyring())
    secrets.set(ep.name, ep.username, ep.password)
    assert secrets.get(ep.name, ep.username) == ep.password

    forms = set(passwords)
    for pw in passwords:
        for user in (ep.username, ntlm_server.endpoint(A).username):
            forms.add(base64.b64encode(f"{user}:{pw}".encode()).decode())
    home = Path(paths.config_dir()).parent
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.name == "hvgui.log" for p in files) and any(p.name == "connections.json" for p in files)
    log_text = caplog.text + "".join(r.getMessage() for r in caplog.records)
    assert any(r.name.startswith("pypsrp") for r in caplog.records), "wire logging was not captured"
    exception_texts = [t for exc in errors for t in texts_of(exc)]
    for form in forms:
        for p in files:
            assert form not in p.read_text(encoding="utf-8", errors="replace"), p
        assert form not in log_text
        assert not [t for t in exception_texts if form in t]
        assert not [s for s in sessions if form in repr(s)]
