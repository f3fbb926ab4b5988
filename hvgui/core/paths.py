"""Where hvgui keeps its files: the platform's per-user directories, or one root for tests.

HVGUI_HOME replaces all of them with subdirectories of one folder, so a test run (or a portable
install) never touches the user's real configuration. The functions only name directories; whoever
writes a file creates its directory.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "hvgui"
HOME_ENV = "HVGUI_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "config"
    # appauthor=False: on Windows the path would otherwise gain an extra "hvgui\hvgui" level.
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "log"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
