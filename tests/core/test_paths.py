from __future__ import annotations

from pathlib import Path

import pytest

from hvgui.core import paths


def test_hvgui_home_holds_every_directory(hvgui_home: Path) -> None:
    assert paths.config_dir() == hvgui_home / "config"
    assert paths.data_dir() == hvgui_home / "data"
    assert paths.log_dir() == hvgui_home / "log"
    assert not hvgui_home.exists(), "naming a directory must not create it"


def test_without_hvgui_home_the_platform_directories_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("HVGUI_HOME")
    for directory in (paths.config_dir(), paths.data_dir(), paths.log_dir()):
        assert directory.is_absolute() and "hvgui" in directory.parts
