"""Connect to Server: inline validation, keyring availability, Test Connection against the lab over
HTTPS (CA file, certificate prompt and pinning, changed certificate, wrong password), OK, and German."""

from __future__ import annotations

import asyncio
import hashlib
import socket
import ssl
from collections.abc import Iterator

import pytest
import qasync
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from hvgui.core.profiles import ConnectionProfile
from hvgui.core.secrets import SecretStore
from hvgui.hyperv.commands import Pipeline
from hvgui.hyperv.errors import AuthenticationFailed, CertificateChanged
from hvgui.hyperv.model import PSData
from hvgui.lab.runtime import Lab
from hvgui.lab.wire import Endpoint, LabServer
from hvgui.ui import error_texts
from hvgui.ui.credentials import PasswordRequired
from hvgui.ui.dialogs.certificate import CertificatePrompt, format_fingerprint
from hvgui.ui.dialogs.connect import ConnectDialog, ask_connection
from tests.core.memory_keyring import MemoryKeyring
from tests.ui.dialog_helpers import (
    Language,
    drain,
    make_loop,
    open_dialog,
    run_until,
    shot,
    texts,
    untranslated,
)


@pytest.fixture(scope="module")
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    yield from make_loop(qapp)


@pytest.fixture(autouse=True)
def settle(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "loop" in request.fixturenames:
        drain(request.getfixturevalue("loop"))


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    server = LabServer(Lab.demo(), https=True, auth="basic", data_dir=tmp_path_factory.mktemp("lab"))
    server.start()
    yield server
    server.stop()


@pytest.fixture
def ep(lab: LabServer) -> Endpoint:
    return lab.endpoints()[0]


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    switch = Language(qapp)
    yield switch
    switch.reset()


def real_fingerprint(ep: Endpoint) -> str:
    """Read with the standard library, independently of hvgui.remoting.tls."""
    pem = ssl.get_server_certificate((ep.host, ep.port))
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def make(qtbot: QtBot, **kwargs: object) -> ConnectDialog:
    kwargs.setdefault("secrets", SecretStore(MemoryKeyring()))
    dialog = ConnectDialog(None, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def fill(dialog: ConnectDialog, ep: Endpoint, *, ca: bool = True, password: str | None = None) -> None:
    form = dialog._form
    form.host_edit.setText(ep.host)
    form.https_check.setChecked(True)
    form.port_edit.setText(str(ep.port))
    form.auth_combo.setCurrentIndex(form.auth_combo.findData("basic"))
    form.user_edit.setText(ep.username)
    form.password_edit.setText(ep.password if password is None else password)
    form.ca_edit.setText((ep.ca_file or "") if ca else "")
    form.name_edit.setText(ep.name)


def problem(dialog: ConnectDialog) -> str:
    label = dialog.findChild(QLabel, "problemLabel")
    assert label is not None
    return label.text() if label.isVisibleTo(dialog) else ""


def ok_enabled(dialog: ConnectDialog) -> bool:
    return dialog._ok_button.isEnabled()


def status(dialog: ConnectDialog) -> str:
    return dialog._status.text()


def click_test(dialog: ConnectDialog) -> None:
    dialog._test_button.click()


def prompt() -> CertificatePrompt | None:
    found = open_dialog(CertificatePrompt)
    assert found is None or isinstance(found, CertificatePrompt)
    return found


# Validation ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("host", "", "Enter the name or IP address of the server."),
        ("host", "https://hv01.contoso.com", "without http:// or https://"),
        ("host", "hv01/wsman", "without a path"),
        ("host", "hv 01", "must not contain spaces"),
        ("host", "admin@hv01", "User name field"),
        ("host", "hv01:5986", "in the Port field"),
        ("port", "0", "from 1 to 65535"),
        ("port", "70000", "from 1 to 65535"),
        ("port", "", "from 1 to 65535"),
        ("auth", "ntlm", "NTLM authentication needs a user name."),
        ("auth", "basic", "Basic authentication needs a user name."),
        ("name", "HV-A", "already in the list"),
        ("password", "", "Enter the password"),
    ],
)
def test_bad_input_blocks_ok_with_the_reason(qtbot: QtBot, field: str, value: str, reason: str) -> None:
    dialog = make(qtbot, taken_names=["hv-a"])
    form = dialog._form
    form.host_edit.setText("hv01.contoso.com")
    assert ok_enabled(dialog) and problem(dialog) == ""
    if field == "host":
        form.host_edit.setText(value)
    elif field == "port":
        form.port_edit.setText(value)
    elif field == "password":
        form.user_edit.setText("CONTOSO\\admin")
        form.password_edit.setText(value)
    elif field == "auth":
        form.auth_combo.setCurrentIndex(form.auth_combo.findData(value))
    else:
        form.name_edit.setText(value)
    assert not ok_enabled(dialog)
    assert not dialog._test_button.isEnabled()
    assert reason in problem(dialog)


def test_basic_needs_https_and_the_port_follows_the_scheme(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    form = dialog._form
    form.host_edit.setText("hv01")
    form.user_edit.setText("CONTOSO\\admin")
    form.password_edit.setText("secret")
    model = form.auth_combo.model()
    assert isinstance(model, QStandardItemModel)
    basic = model.item(form.auth_combo.findData("basic"))
    assert form.port_edit.text() == "5986" and basic.isEnabled()
    form.auth_combo.setCurrentIndex(form.auth_combo.findData("basic"))
    assert ok_enabled(dialog)

    form.https_check.setChecked(False)
    assert form.port_edit.text() == "5985"
    assert not basic.isEnabled()
    assert "only with HTTPS" in basic.toolTip()
    assert "allowed only with HTTPS" in problem(dialog) and not ok_enabled(dialog)
    assert not form.ca_edit.isEnabled()

    form.https_check.setChecked(True)
    assert basic.isEnabled() and ok_enabled(dialog)
    form.port_edit.setText("8443")  # a port the user chose stays
    form.https_check.setChecked(False)
    assert form.port_edit.text() == "8443"
    assert dialog.profile().port == 8443


def test_credssp_is_offered_only_with_its_package(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    form = dialog._form
    model = form.auth_combo.model()
    assert isinstance(model, QStandardItemModel)
    credssp = model.item(form.auth_combo.findData("credssp"))
    # requests-credssp is not a dependency of the test environment.
    assert not credssp.isEnabled()
    assert "requests-credssp" in credssp.text()


@pytest.mark.parametrize("secrets", [None, SecretStore(fail.Keyring())], ids=["none", "fail-backend"])
def test_save_password_is_disabled_without_a_keyring(qtbot: QtBot, secrets: SecretStore | None) -> None:
    dialog = make(qtbot, secrets=secrets)
    form = dialog._form
    form.host_edit.setText("hv01")
    form.user_edit.setText("CONTOSO\\admin")
    assert not form.save_check.isEnabled()
    note = form.findChild(QLabel, "saveNote")
    assert note is not None and note.isVisibleTo(dialog)
    assert "session only" in note.text()
    assert dialog.save_password() is False


def test_save_password_with_a_keyring(qtbot: QtBot) -> None:
    dialog = make(qtbot)
    form = dialog._form
    form.host_edit.setText("hv01")
    form.user_edit.setText("CONTOSO\\admin")
    form.password_edit.setText("secret")
    form.save_check.setChecked(True)
    note = form.findChild(QLabel, "saveNote")
    assert note is not None and not note.isVisibleTo(dialog)
    assert dialog.save_password() is True
    assert dialog.profile().save_password is True
    assert dialog.password() == "secret"


def test_initial_profile_fills_the_fields(qtbot: QtBot) -> None:
    initial = ConnectionProfile(
        "Munich",
        "hv01.contoso.com",
        port=0,
        use_https=True,
        auth="ntlm",
        username="CONTOSO\\admin",
        ca_file="/etc/ca.pem",
        pinned_sha256="ab" * 32,
        save_password=True,
    )
    dialog = make(qtbot, initial=initial, taken_names=["munich", "Berlin"])
    assert dialog.profile() == initial
    assert problem(dialog) == "Enter the password for this user name."
    assert dialog._form.password_edit.hasFocus() or not dialog.isActiveWindow()
    dialog._form.password_edit.setText("secret")
    assert ok_enabled(dialog)  # its own name is not taken
    dialog._form.name_edit.setText("berlin")
    assert "already in the list" in problem(dialog)
    dialog._form.name_edit.setText("Munich")
    dialog._form.host_edit.setText("hv02.contoso.com")  # another server: the pin no longer applies
    assert dialog.profile().pinned_sha256 == ""


# Test Connection against the lab ------------------------------------------------------------------


def test_test_connection_succeeds_with_the_ca_file(
    qtbot: QtBot, loop: qasync.QEventLoop, ep: Endpoint
) -> None:
    dialog = make(qtbot)
    fill(dialog, ep)
    with qtbot.waitSignal(dialog.connection_tested, timeout=0, raising=False) as blocker:
        click_test(dialog)
        run_until(
            loop,
            lambda: (
                dialog._status.busy_bar.isVisibleTo(dialog) and dialog._status.stop_button.isVisibleTo(dialog)
            ),
        )
        run_until(loop, lambda: blocker.signal_triggered)
    assert blocker.args == [True]
    assert "Connected" in status(dialog) and ep.fqdn in status(dialog)
    assert not dialog._status.busy_bar.isVisibleTo(dialog)
    shot(dialog, "connect-success-en")


def test_untrusted_certificate_is_shown_trusted_and_pinned(
    qtbot: QtBot, loop: qasync.QEventLoop, ep: Endpoint
) -> None:
    dialog = make(qtbot)
    fill(dialog, ep, ca=False)
    click_test(dialog)
    run_until(loop, prompt)
    shown = prompt()
    assert shown is not None and not shown.changed
    fingerprint = real_fingerprint(ep)
    label = shown.findChild(QLabel, "fingerprint")
    assert label is not None and label.text() == format_fingerprint(fingerprint)
    shot(shown, "certificate-untrusted-en")
    trust = shown.findChild(QPushButton, "trustButton")
    assert trust is not None
    trust.click()

    run_until(loop, lambda: "Connected" in status(dialog))
    assert dialog.profile().pinned_sha256 == fingerprint
    assert dialog._form.findChild(QLabel, "pinValue").isVisibleTo(dialog)  # type: ignore[union-attr]

    # The pinned profile connects again without asking.
    dialog._form.password_edit.setText(ep.password)
    click_test(dialog)
    run_until(loop, lambda: dialog._task is None and "Connected" in status(dialog))
    assert prompt() is None


def test_cancelling_the_prompt_pins_nothing(qtbot: QtBot, loop: qasync.QEventLoop, ep: Endpoint) -> None:
    dialog = make(qtbot)
    fill(dialog, ep, ca=False)
    click_test(dialog)
    run_until(loop, prompt)
    shown = prompt()
    assert shown is not None
    shown.reject()
    run_until(loop, lambda: dialog._task is None)
    assert dialog.profile().pinned_sha256 == ""
    assert "not trusted" in status(dialog)


def test_changed_certificate_is_refused(qtbot: QtBot, loop: qasync.QEventLoop, ep: Endpoint) -> None:
    stale = "0f" * 32
    initial = ConnectionProfile(
        ep.name, ep.host, port=ep.port, auth="basic", username=ep.username, pinned_sha256=stale
    )
    dialog = make(qtbot, initial=initial)
    dialog._form.password_edit.setText(ep.password)
    click_test(dialog)
    run_until(loop, prompt)
    shown = prompt()
    assert shown is not None and shown.changed
    assert shown.findChild(QPushButton, "trustButton") is None
    expected = shown.findChild(QLabel, "fingerprint")
    actual = shown.findChild(QLabel, "actualFingerprint")
    assert expected is not None and expected.text() == format_fingerprint(stale)
    assert actual is not None and actual.text() == format_fingerprint(real_fingerprint(ep))
    shot(shown, "certificate-changed-en")
    shown.reject()
    run_until(loop, lambda: dialog._task is None)
    assert error_texts.explanation(CertificateChanged("x")) in status(dialog)
    assert dialog.profile().pinned_sha256 == stale  # still the old pin: nothing was trusted

    # OK is refused the same way.
    dialog._buttons.accepted.emit()
    run_until(loop, prompt)
    prompt().reject()  # type: ignore[union-attr]
    run_until(loop, lambda: dialog._task is None)
    assert dialog.result() != ConnectDialog.DialogCode.Accepted.value and dialog.isVisible()


def test_wrong_password_is_explained(qtbot: QtBot, loop: qasync.QEventLoop, ep: Endpoint) -> None:
    dialog = make(qtbot)
    fill(dialog, ep, password="wrong")
    with qtbot.waitSignal(dialog.connection_tested, timeout=0, raising=False) as blocker:
        click_test(dialog)
        run_until(loop, lambda: blocker.signal_triggered)
    assert blocker.args == [False]
    assert error_texts.explanation(AuthenticationFailed("x")) in status(dialog)
    assert dialog._status.details_button.isVisibleTo(dialog)
    assert not dialog._status.details_edit.isVisibleTo(dialog)
    dialog._status.details_button.click()
    assert dialog._status.details_edit.isVisibleTo(dialog)
    assert "AuthenticationFailed" in dialog._status.details_edit.toPlainText()
    assert "wrong" not in dialog._status.details_edit.toPlainText()
    shot(dialog, "connect-wrong-password-en")


def test_ok_returns_the_profile_and_password(qtbot: QtBot, loop: qasync.QEventLoop, ep: Endpoint) -> None:
    secrets = SecretStore(MemoryKeyring())

    async def scenario() -> tuple[ConnectionProfile, str, bool] | None:
        task = asyncio.ensure_future(ask_connection(None, secrets=secrets))
        while (dialog := open_dialog(ConnectDialog)) is None:
            await asyncio.sleep(0.02)
        assert isinstance(dialog, ConnectDialog)
        fill(dialog, ep)
        dialog._form.save_check.setChecked(True)
        qtbot.mouseClick(dialog._ok_button, Qt.MouseButton.LeftButton)
        return await task

    result = loop.run_until_complete(asyncio.wait_for(scenario(), 20))
    assert result is not None
    profile, password, save = result
    assert (profile.host, profile.port, profile.auth, profile.name) == (ep.host, ep.port, "basic", ep.name)
    assert profile.ca_file == ep.ca_file and password == ep.password and save is True
    assert secrets._backend.items == {}  # type: ignore[attr-defined]  # saving is the caller's decision


def test_ok_on_an_unreachable_server_offers_to_add_it_anyway(qtbot: QtBot, loop: qasync.QEventLoop) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        free_port = sock.getsockname()[1]
    dialog = make(qtbot)
    form = dialog._form
    form.host_edit.setText("127.0.0.1")
    form.port_edit.setText(str(free_port))
    dialog._buttons.accepted.emit()
    run_until(loop, lambda: open_dialog(QMessageBox))
    box = open_dialog(QMessageBox)
    assert isinstance(box, QMessageBox)
    assert "Add it anyway?" in box.text()
    add = next(b for b in box.buttons() if "Add Anyway" in b.text())
    add.click()
    run_until(loop, lambda: not dialog.isVisible())
    assert dialog.result() == ConnectDialog.DialogCode.Accepted.value
    assert dialog.profile().port == free_port


class HangingSession:
    def __init__(self) -> None:
        self.closed = False

    async def connect(self) -> None:
        await asyncio.sleep(3600)

    async def run_one(self, pipeline: Pipeline) -> list[PSData]:
        raise AssertionError("not reached")

    async def close(self) -> None:
        self.closed = True


def test_stop_cancels_a_hanging_test(qtbot: QtBot, loop: qasync.QEventLoop) -> None:
    sessions: list[HangingSession] = []

    def factory(profile: ConnectionProfile, password: str) -> HangingSession:
        sessions.append(HangingSession())
        return sessions[-1]

    dialog = make(qtbot, session_factory=factory)
    dialog._form.host_edit.setText("hv01")
    click_test(dialog)
    run_until(loop, lambda: sessions)
    assert not dialog._form.isEnabled() and not ok_enabled(dialog)
    dialog._status.stop_button.click()
    run_until(loop, lambda: dialog._task is None and sessions[0].closed)
    assert status(dialog) == "Stopped."
    assert dialog._form.isEnabled() and ok_enabled(dialog)


# German -------------------------------------------------------------------------------------------


def test_german_dialog_has_no_english_left(qtbot: QtBot, language: Language) -> None:
    def states(dialog: ConnectDialog) -> list[dict[str, str]]:
        form = dialog._form
        found = [texts(dialog)]
        form.host_edit.setText("hv01.contoso.com")
        form.auth_combo.setCurrentIndex(form.auth_combo.findData("ntlm"))
        found.append(texts(dialog))  # problem: user name missing
        form.user_edit.setText("CONTOSO\\admin")
        form.https_check.setChecked(False)
        found.append(texts(dialog))
        dialog._status.show_error(PasswordRequired("hv01"))
        found.append(texts(dialog))
        dialog._status.show_message("", None)
        return found

    english_dialog = make(qtbot, secrets=None)
    english = states(english_dialog)
    shot(english_dialog, "connect-en")
    language.use("de")
    german_dialog = make(qtbot, secrets=None)
    german = states(german_dialog)
    shot(german_dialog, "connect-de")
    left = [
        text
        for en, de in zip(english, german, strict=True)
        for text in untranslated(en, de, ["hv01.contoso.com"])
    ]
    assert left == []
    assert german_dialog.windowTitle() == "Mit Server verbinden"
