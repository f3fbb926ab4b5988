from __future__ import annotations

import logging

import pytest
from keyring.backends import chainer, fail, null
from keyring.errors import KeyringError, KeyringLocked

from hvgui.core.secrets import SecretStore, SecretsUnavailable
from tests.core.memory_keyring import MemoryKeyring

PASSWORD = "Pa55-w0rd-never-shown"


def test_set_get_delete_with_a_working_keyring() -> None:
    backend = MemoryKeyring()
    store = SecretStore(backend)
    assert store.available()
    assert store.get("HV01", "EX\\admin") is None
    store.set("HV01", "EX\\admin", PASSWORD)
    assert store.get("HV01", "EX\\admin") == PASSWORD
    assert store.get("HV02", "EX\\admin") is None and store.get("HV01", "other") is None
    assert {service for service, _ in backend.items} == {"hvgui"}
    store.delete("HV01", "EX\\admin")
    assert store.get("HV01", "EX\\admin") is None
    store.delete("HV01", "EX\\admin")  # deleting what is not there is fine


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()])  # type: ignore[no-untyped-call]
def test_without_a_keyring_nothing_is_saved_and_the_user_can_be_told(backend: object) -> None:
    store = SecretStore(backend)
    assert not store.available()
    assert store.get("HV01", "bob") is None
    with pytest.raises(SecretsUnavailable) as info:
        store.set("HV01", "bob", PASSWORD)
    assert info.value.explanation and info.value.advice
    assert PASSWORD not in str(info.value)
    store.delete("HV01", "bob")


def test_an_empty_chainer_is_no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    assert not SecretStore(chainer.ChainerBackend()).available()  # type: ignore[no-untyped-call]


class BrokenKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError(f"cannot store {password}")  # a careless backend echoing the secret

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringError("dbus went away")


def test_a_failing_keyring_is_reported_without_the_password(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore(BrokenKeyring())
    assert store.get("HV01", "bob") is None
    with pytest.raises(SecretsUnavailable) as info:
        store.set("HV01", "bob", PASSWORD)
    assert PASSWORD not in str(info.value) and info.value.__cause__ is None
    assert info.value.__suppress_context__
    with pytest.raises(SecretsUnavailable):
        store.delete("HV01", "bob")
    assert PASSWORD not in caplog.text


def test_the_default_backend_is_keyrings_choice() -> None:
    assert isinstance(SecretStore().available(), bool)
