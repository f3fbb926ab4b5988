"""Only a build hook; the project's metadata is in pyproject.toml.

Building the package (a wheel, or `pip install .` from a checkout) first compiles the translations
and copies the icons into it (packaging/assets.py), so that nothing is missing for a user who has
no checkout. It runs as a subprocess: this project's packaging/ folder must not shadow the
`packaging` library that setuptools itself imports.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildWithAssets(build_py):
    def run(self) -> None:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "assets.py")], check=True)
        # setuptools may have listed the package data before the assets existed.
        self.data_files = self._get_data_files()
        super().run()


setup(cmdclass={"build_py": BuildWithAssets})
