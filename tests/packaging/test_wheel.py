"""A wheel built from the checkout holds everything hvgui needs at run time.

Icons and compiled translations are generated into the package by packaging/assets.py (./dev runs
it); the lab's cmdlet syntax and demo scenario are package data. A user who installs the wheel has
no checkout beside it, so nothing may be read from the source tree.
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_wheel_ships_icons_translations_and_lab_data(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "assets.py")], check=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        cwd=tmp_path,
    )
    (wheel,) = tmp_path.glob("hvgui-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    icons = {p.name for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert icons and {f"hvgui/resources/icons/{name}" for name in icons} <= names
    assert {"hvgui/i18n/hvgui_de.qm", "hvgui/i18n/hvgui_en.qm"} <= names
    assert "hvgui/lab/data/hyperv-cmdlets.json" in names
    assert "hvgui/lab/scenarios/demo.toml" in names
    assert not any("tests/" in n or n.endswith(".ts") for n in names)
