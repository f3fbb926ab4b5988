"""German is complete, the .ts files match the sources, and placeholders survive translation."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations"


def messages(lang: str) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) for every message; numerus forms count separately."""
    out = []
    for ctx in ET.parse(TS / f"hvgui_{lang}.ts").getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            assert tr is not None
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out.append((name, msg.findtext("source") or "", forms if tr.get("type") != "unfinished" else []))
    return out


def test_lupdate_leaves_the_ts_files_unchanged() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "i18n.py"), "check"], capture_output=True
    )
    assert result.returncode == 0, result.stderr.decode()


def test_every_german_text_is_translated() -> None:
    unfinished = [(ctx, src) for ctx, src, forms in messages("de") if not forms or not all(forms)]
    assert unfinished == []


@pytest.mark.parametrize("lang", ["de"])
def test_placeholders_match(lang: str) -> None:
    def marks(text: str) -> list[str]:
        return sorted(re.findall(r"%(?:n|\d+)", text))

    wrong = [
        (ctx, src, form)
        for ctx, src, forms in messages(lang)
        for form in forms
        if marks(form) != marks(src) and not ("%n" in src and marks(form) == marks(src.replace("%n", "")))
    ]
    assert wrong == []


def test_no_german_text_is_left_in_english() -> None:
    # A translation equal to its English source is suspicious unless the word is the same in German.
    same_in_german = {
        "Normal", "Failover…", "%1 s", "%1 min", "%1 h %2 min", "Status", "Status:", "Name", "Host", "Host:",
        "Hosts", "Server", "Failover:", "Generation:", "&Details",
    }  # fmt: skip
    untranslated = [
        (ctx, src)
        for ctx, src, forms in messages("de")
        if forms and forms[0] == src and src not in same_in_german
    ]
    assert untranslated == []
