"""Build what the package needs at run time from sources kept outside hvgui/.

    python packaging/assets.py    # run by ./dev before the tests and the demo, and before a wheel

- translations/*.ts -> hvgui/i18n/*.qm (packaging/i18n.py compile)
- resources/icons/*.svg -> hvgui/resources/icons/ (setuptools ships package data only from inside
  the package; the top-level resources/ folder stays the one to edit)

Both outputs are generated, ignored by git, and listed as package data in pyproject.toml;
tests/packaging/test_wheel.py builds a wheel and checks that they are in it.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import i18n  # noqa: E402  (packaging/ is not a package)

ICONS_SOURCE = ROOT / "resources" / "icons"
ICONS_TARGET = ROOT / "hvgui" / "resources" / "icons"


def copy_icons() -> None:
    if ICONS_TARGET.exists():
        shutil.rmtree(ICONS_TARGET)  # an icon removed from resources/ must not linger in the package
    shutil.copytree(ICONS_SOURCE, ICONS_TARGET)


def main() -> None:
    i18n.compile_all()
    copy_icons()


if __name__ == "__main__":
    main()
