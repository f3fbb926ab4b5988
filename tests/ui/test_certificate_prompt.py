"""The certificate prompt: readable fingerprints, trust returns the pin, a changed certificate is refused."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from hvgui.core.profiles import ConnectionProfile
from hvgui.hyperv.errors import CertificateChanged, CertificateUntrusted
from hvgui.ui.dialogs.certificate import HOST_COMMANDS, CertificatePrompt, ask_certificate, format_fingerprint
from tests.ui.dialog_helpers import Language, make_loop, open_dialog, shot, texts, untranslated

FP = "3f" * 16 + "a0" * 16
OTHER = "c4" * 32


@pytest.fixture(scope="module")
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    yield from make_loop(qapp)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Language]:
    switch = Language(qapp)
    yield switch
    switch.reset()


def untrusted(qtbot: QtBot, fingerprint: str = FP) -> CertificatePrompt:
    prompt = CertificatePrompt(None, "hv01.contoso.com:5986", CertificateUntrusted("HV01", "", fingerprint))
    qtbot.addWidget(prompt)
    prompt.show()
    return prompt


def changed(qtbot: QtBot, actual: str = OTHER) -> CertificatePrompt:
    error = CertificateChanged("HV01", "", expected=FP, actual=actual)
    prompt = CertificatePrompt(None, "hv01.contoso.com:5986", error)
    qtbot.addWidget(prompt)
    prompt.show()
    return prompt


def test_fingerprint_is_grouped_in_pairs_on_two_lines() -> None:
    text = format_fingerprint(FP)
    first, second = text.split("\n")
    assert first == ":".join(["3F"] * 16)
    assert second == ":".join(["A0"] * 16)
    # Text copied from another tool (colons, spaces, any case) reads the same.
    assert format_fingerprint(text.lower().replace("\n", " ")) == text


def test_trusting_returns_the_pin_for_the_profile(qtbot: QtBot) -> None:
    prompt = untrusted(qtbot)
    label = prompt.findChild(QLabel, "fingerprint")
    assert label is not None and label.text() == format_fingerprint(FP)
    assert not prompt.findChild(QLabel, "actualFingerprint").isVisibleTo(prompt)  # type: ignore[union-attr]
    trust = prompt.findChild(QPushButton, "trustButton")
    assert trust is not None
    trust.click()
    assert prompt.result() == CertificatePrompt.DialogCode.Accepted.value
    assert prompt.pin() == FP
    assert ConnectionProfile("HV01", "hv01").with_pin(prompt.pin()).pinned_sha256 == FP


def test_enter_does_not_trust(qtbot: QtBot) -> None:
    prompt = untrusted(qtbot)
    buttons = prompt.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.isDefault()
    qtbot.keyClick(prompt, Qt.Key.Key_Return)
    assert prompt.pin() == ""


def test_cancel_pins_nothing(qtbot: QtBot) -> None:
    prompt = untrusted(qtbot)
    prompt.reject()
    assert prompt.pin() == ""


def test_changed_certificate_is_refused_with_both_fingerprints(qtbot: QtBot) -> None:
    prompt = changed(qtbot)
    assert prompt.changed
    assert prompt.findChild(QPushButton, "trustButton") is None
    buttons = prompt.findChild(QDialogButtonBox)
    assert buttons is not None
    assert [buttons.standardButton(b) for b in buttons.buttons()] == [QDialogButtonBox.StandardButton.Close]
    expected = prompt.findChild(QLabel, "fingerprint")
    actual = prompt.findChild(QLabel, "actualFingerprint")
    assert expected is not None and expected.text() == format_fingerprint(FP)
    assert actual is not None and actual.text() == format_fingerprint(OTHER)
    words = " ".join(texts(prompt).values())
    assert "remove the server from hvgui and add it again" in words
    prompt.reject()
    assert prompt.pin() == ""


def test_changed_certificate_that_could_not_be_read(qtbot: QtBot) -> None:
    prompt = changed(qtbot, actual="")
    actual = prompt.findChild(QLabel, "actualFingerprint")
    assert actual is not None and actual.text() == "(could not be read)"


def test_the_host_commands_compute_a_sha256_of_the_listener_certificate(qtbot: QtBot) -> None:
    prompt = untrusted(qtbot)
    commands = prompt.findChild(QPlainTextEdit, "hostCommands")
    assert commands is not None and commands.toPlainText() == HOST_COMMANDS
    assert "winrm enumerate winrm/config/listener" in HOST_COMMANDS
    assert "SHA256" in HOST_COMMANDS and "RawData" in HOST_COMMANDS


def test_ask_certificate_awaits_the_choice(qtbot: QtBot, loop: qasync.QEventLoop) -> None:
    async def trust() -> str | None:
        task = asyncio.ensure_future(ask_certificate(None, "hv01:5986", CertificateUntrusted("HV01", "", FP)))
        while (prompt := open_dialog(CertificatePrompt)) is None:
            await asyncio.sleep(0.01)
        button = prompt.findChild(QPushButton, "trustButton")
        assert button is not None
        button.click()
        return await task

    async def refuse() -> str | None:
        error = CertificateChanged("HV01", "", expected=FP, actual=OTHER)
        task = asyncio.ensure_future(ask_certificate(None, "hv01:5986", error))
        while (prompt := open_dialog(CertificatePrompt)) is None:
            await asyncio.sleep(0.01)
        prompt.reject()
        return await task

    assert loop.run_until_complete(asyncio.wait_for(trust(), 10)) == FP
    assert loop.run_until_complete(asyncio.wait_for(refuse(), 10)) is None


def test_german_prompts_have_no_english_left(qtbot: QtBot, language: Language) -> None:
    english = [texts(untrusted(qtbot)), texts(changed(qtbot))]
    shot(untrusted(qtbot), "certificate-untrusted-en")
    shot(changed(qtbot), "certificate-changed-en")
    language.use("de")
    prompts = [untrusted(qtbot), changed(qtbot)]
    german = [texts(p) for p in prompts]
    shot(prompts[0], "certificate-untrusted-de")
    shot(prompts[1], "certificate-changed-de")
    left = [text for en, de in zip(english, german, strict=True) for text in untranslated(en, de)]
    assert left == []
    assert prompts[0].windowTitle() == "Zertifikat"
