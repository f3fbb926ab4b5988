from __future__ import annotations

import json
import os
from dataclasses import asdict
from pathlib import Path

import pytest

from hvgui.core import profiles
from hvgui.core.profiles import ConnectionProfile, ProfileStore, normalize_fingerprint

FP = "ab" * 32


def test_effective_port_follows_the_scheme() -> None:
    assert ConnectionProfile("a", "a").effective_port() == 5986
    assert ConnectionProfile("a", "a", use_https=False).effective_port() == 5985
    assert ConnectionProfile("a", "a", port=15986).effective_port() == 15986


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"host": ""}, "host name"),
        ({"host": "  "}, "host name"),
        ({"host": "https://hv01"}, "not a host name"),
        ({"host": "bob@hv01"}, "not a host name"),
        ({"name": ""}, "name"),
        ({"port": 70000}, "65535"),
        ({"port": -1}, "65535"),
        ({"auth": "digest"}, "Unknown authentication"),
        ({"auth": "basic", "use_https": False}, "only allowed over HTTPS"),
        ({"pinned_sha256": "AB:CD"}, "64 hexadecimal"),
    ],
)
def test_validate_explains_what_is_wrong(changes: dict[str, object], message: str) -> None:
    profile = ConnectionProfile(**{"name": "HV01", "host": "hv01.example.com", **changes})  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        profile.validate()


def test_credssp_needs_its_package(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(profiles, "credssp_available", lambda: False)
    with pytest.raises(ValueError, match="requests-credssp"):
        ConnectionProfile("HV01", "hv01", auth="credssp").validate()
    monkeypatch.setattr(profiles, "credssp_available", lambda: True)
    ConnectionProfile("HV01", "hv01", auth="credssp").validate()


@pytest.mark.parametrize(
    "profile",
    [
        ConnectionProfile("HV01", "hv01.example.com"),
        ConnectionProfile("HV01", "10.0.0.5", port=5985, use_https=False, auth="ntlm", username="EX\\admin"),
        ConnectionProfile("HV01", "::1", auth="basic", ca_file="/etc/ca.pem", pinned_sha256=FP),
        ConnectionProfile("HV01", "hv01", auth="kerberos"),
    ],
)
def test_valid_profiles_pass(profile: ConnectionProfile) -> None:
    profile.validate()


def test_fingerprints_are_stored_in_one_form() -> None:
    shown = ":".join(FP.upper()[i : i + 2] for i in range(0, 64, 2))
    assert normalize_fingerprint(shown) == FP
    assert ConnectionProfile("a", "a").with_pin(shown).pinned_sha256 == FP


def test_save_then_load_round_trips(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "cfg")
    saved = [
        ConnectionProfile("HV01", "hv01", username="EX\\admin", save_password=True, pinned_sha256=FP),
        ConnectionProfile("Lab", "127.0.0.1", 5985, False, "ntlm", "LAB\\labadmin", ""),
    ]
    store.save(saved)
    assert store.load() == saved and store.problem is None
    assert os.listdir(tmp_path / "cfg") == ["connections.json"], "no temporary file is left behind"


def test_the_default_directory_is_the_config_dir(hvgui_home: Path) -> None:
    ProfileStore().save([ConnectionProfile("a", "a")])
    assert (hvgui_home / "config" / "connections.json").is_file()


def test_a_missing_file_is_no_problem(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    assert store.load() == [] and store.problem is None


def test_the_file_holds_no_password(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    store.save([ConnectionProfile("HV01", "hv01", username="bob", save_password=True)])
    document = json.loads((tmp_path / "connections.json").read_text(encoding="utf-8"))
    (entry,) = document["profiles"]
    assert not [key for key in entry if "pass" in key.lower() and key != "save_password"]
    assert set(entry) == set(asdict(ConnectionProfile("a", "a")))


def test_a_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore(tmp_path)
    old = [ConnectionProfile("old", "old")]
    store.save(old)

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.save([ConnectionProfile("new", "new")])
    monkeypatch.undo()
    assert store.load() == old
    assert os.listdir(tmp_path) == ["connections.json"]


@pytest.mark.parametrize(
    "content",
    [
        "{ not json",
        "[]",
        '{"profiles": {"name": "x"}}',
        '{"profiles": [{"name": "x"}]}',
        '{"profiles": [{"name": "x", "host": "h", "port": "5986"}]}',
        '{"profiles": [{"name": "x", "host": "h", "port": true}]}',
        '{"profiles": [42]}',
    ],
)
def test_a_damaged_file_is_set_aside_and_reported(tmp_path: Path, content: str) -> None:
    path = tmp_path / "connections.json"
    path.write_text(content, encoding="utf-8")
    store = ProfileStore(tmp_path)
    assert store.load() == []
    assert store.problem is not None and "damaged" in store.problem
    (aside,) = tmp_path.glob("connections.json.corrupt-*")
    assert aside.read_text(encoding="utf-8") == content
    assert str(aside) in store.problem
    assert not path.exists()
    # The next save writes a fresh file; the damaged one stays for the user.
    store.save([ConnectionProfile("a", "a")])
    assert store.load() == [ConnectionProfile("a", "a")] and store.problem is None
    assert aside.exists()


def test_damaged_files_never_overwrite_each_other(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path)
    for text in ("{1", "{2", "{3"):
        (tmp_path / "connections.json").write_text(text, encoding="utf-8")
        store.load()
    kept = sorted(p.read_text() for p in tmp_path.glob("connections.json.corrupt-*"))
    assert kept == ["{1", "{2", "{3"]


def test_non_utf8_file_is_damaged(tmp_path: Path) -> None:
    (tmp_path / "connections.json").write_bytes(b"\xff\xfe\x00garbage")
    store = ProfileStore(tmp_path)
    assert store.load() == [] and store.problem and "UTF-8" in store.problem


def test_keys_from_a_newer_version_are_ignored(tmp_path: Path) -> None:
    (tmp_path / "connections.json").write_text(
        json.dumps({"version": 2, "profiles": [{"name": "a", "host": "h", "colour": "blue"}]}),
        encoding="utf-8",
    )
    store = ProfileStore(tmp_path)
    assert store.load() == [ConnectionProfile("a", "h")] and store.problem is None
