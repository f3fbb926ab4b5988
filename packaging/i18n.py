"""Update the Qt Linguist sources and compile them (run by ./dev before tests and the demo).

    python packaging/i18n.py update    # lupdate: collect tr() texts into translations/*.ts
    python packaging/i18n.py compile   # lrelease: translations/*.ts -> hvgui/i18n/*.qm
    python packaging/i18n.py check     # fail if lupdate would change a .ts file

Uses the lupdate/lrelease that ship inside PySide6, so no system Qt is needed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("de", "en")
SOURCES = [ROOT / "hvgui" / "ui", ROOT / "hvgui" / "app.py"]
TS_DIR = ROOT / "translations"
QM_DIR = ROOT / "hvgui" / "i18n"


def tool(name: str) -> str:
    import PySide6

    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    bundled = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    return str(bundled)


def source_files() -> list[str]:
    files: list[Path] = []
    for src in SOURCES:
        files.extend(sorted(src.rglob("*.py")) if src.is_dir() else [src])
    return [str(f) for f in files if f.exists()]


def update(ts_dir: Path = TS_DIR) -> None:
    for lang in LANGUAGES:
        ts = ts_dir / f"hvgui_{lang}.ts"
        subprocess.run(
            [
                tool("lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-target-language",
                lang,
                *source_files(),
                "-ts",
                str(ts),
            ],
            check=True,
        )


def compile_all() -> None:
    QM_DIR.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run(
            [
                tool("lrelease"),
                "-silent",
                str(TS_DIR / f"hvgui_{lang}.ts"),
                "-qm",
                str(QM_DIR / f"hvgui_{lang}.qm"),
            ],
            check=True,
        )


def check() -> bool:
    """True when the committed .ts files already hold every text the sources use."""
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            shutil.copy(TS_DIR / f"hvgui_{lang}.ts", Path(tmp) / f"hvgui_{lang}.ts")
        update(Path(tmp))
        return all(
            (Path(tmp) / f"hvgui_{lang}.ts").read_bytes() == (TS_DIR / f"hvgui_{lang}.ts").read_bytes()
            for lang in LANGUAGES
        )


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        if not check():
            print("translations/*.ts are out of date: run python packaging/i18n.py update", file=sys.stderr)
            return 1
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
