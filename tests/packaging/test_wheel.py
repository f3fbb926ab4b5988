"""A wheel built from a clean checkout holds everything hvgui needs at run time.

The build compiles the translations and copies the icons into the package (setup.py runs
packaging/assets.py); the lab's cmdlet syntax and demo scenario are package data. The checkout is
copied first, without anything generated, so the test proves the build makes them: a user who
installs the wheel has no checkout beside it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def clean_checkout(target: Path) -> Path:
    tracked = (
        subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True)
        .stdout.decode()
        .split("\0")
    )
    for name in filter(None, tracked):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def test_a_wheel_from_a_clean_checkout_ships_icons_translations_and_lab_data(tmp_path: Path) -> None:
    source = clean_checkout(tmp_path / "checkout")
    assert not (source / "hvgui" / "i18n" / "hvgui_de.qm").exists()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(source)],
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
    assert not any(n.startswith("tests/") or n.endswith(".ts") for n in names)
