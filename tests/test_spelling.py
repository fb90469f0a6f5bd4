"""A Dutch spell check over the text of every built page, public and staff, for po, vo and mbo.

Stray text (a test marker such as 'WijzigingXYZ'), typos and leftover template words fail here.
The checker is Debian's hunspell with the nl dictionary (`apt-get install hunspell hunspell-nl`;
`./run test` installs them). Words the dictionary does not know but that are right (terms from the
guidance, names of organisations) stand in tests/woordenlijst.txt; the school's own values (its
name, people, places) come from the config that was built, so any school's words pass.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, Built, readable

SECTORS = ["po", "vo", "mbo"]
WORDLIST = ROOT / "tests" / "woordenlijst.txt"

#: Web and mail addresses and file names are not words.
_ADDRESS = re.compile(
    r"https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|net|org|eu|example|yml|yaml|html|pdf|docx)\b", re.IGNORECASE)
#: Punctuation around a word; inside a word only the hyphen and the apostrophe stay (foto's, hate-account).
_EDGE = "\"'‘’“”«»()[]{}.,:;!?…*·–—-/|<>=+&%$§#¶"


def words(text: str) -> list[str]:
    """The words of a text as a reader sees them; numbers, article numbers and addresses left out."""
    found = []
    for raw in re.split(r"[\s/]+", _ADDRESS.sub(" ", text)):
        word = raw.strip(_EDGE)
        if word and not any(ch.isdigit() for ch in word):
            found.append(word)
    return found


def _hunspell() -> str:
    path = shutil.which("hunspell")
    if path is None or not (Path("/usr/share/hunspell/nl.dic").exists() or Path("/usr/share/hunspell/nl_NL.dic").exists()):
        pytest.fail("hunspell met het Nederlandse woordenboek ontbreekt (apt-get install hunspell hunspell-nl; "
                    "./run test installeert ze)", pytrace=False)
    return path


def unknown_to_hunspell(candidates: set[str]) -> set[str]:
    """The words the nl dictionary does not know."""
    if not candidates:
        return set()
    result = subprocess.run([_hunspell(), "-d", "nl", "-l", "-i", "utf-8"], input="\n".join(sorted(candidates)),
                            capture_output=True, text=True, timeout=120, check=True)
    return {line for line in result.stdout.splitlines() if line}


def wordlist() -> set[str]:
    lines = (line.split("#", 1)[0].strip() for line in WORDLIST.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def _accepted(word: str, allowed: set[str]) -> bool:
    """In the list as written, or a listed lower-case word with a capital (start of a sentence)."""
    return word in allowed or word[:1].lower() + word[1:] in allowed


def misspelled(text_words: list[str], allowed: set[str]) -> set[str]:
    """Words that neither hunspell-nl nor the list knows; a compound with hyphens passes when each part does."""
    bad = {w for w in unknown_to_hunspell(set(text_words)) if not _accepted(w, allowed)}
    compounds = {w for w in bad if "-" in w.strip("-")}
    parts = {part for w in compounds for part in w.split("-") if part}
    bad_parts = {p for p in unknown_to_hunspell(parts) if not _accepted(p, allowed)}
    return {w for w in bad if w not in compounds or any(p in bad_parts for p in w.split("-") if p)}


def config_words(config: Path) -> set[str]:
    """Every word the school typed in its config: names, places, titles. Those are the school's to spell."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.update(words(value))
            found.update(part for w in words(value) for part in w.split("-") if part)

    walk(yaml.safe_load(config.read_text(encoding="utf-8")))
    return found


def page_words(built: Built) -> dict[str, list[str]]:
    """The visible text of every HTML page of both sites, as words, per page."""
    pages = {}
    for label, root in (("openbaar", built.site), ("intern", built.intern / "site")):
        for path in sorted(root.rglob("*.html")):
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            for tag in soup(["script", "style", "template", "svg"]):
                tag.decompose()
            # Blocks apart, inline elements (a tooltip inside a link) together, as on screen.
            pages[f"{label}/{path.relative_to(root)}"] = words(readable(soup.body or soup))
    return pages


# --- the checker itself --------------------------------------------------------------------------

@pytest.mark.snel
def test_the_checker_catches_a_marker_a_typo_and_template_words():
    allowed = wordlist()
    text = "Dit protocol helpt de school. Er staat een protocl en WijzigingXYZ leerlign TODO"
    bad = misspelled(words(text), allowed)
    assert {"WijzigingXYZ", "protocl", "leerlign", "TODO"} <= bad, bad
    assert not misspelled(words("Een deepnude van een leerling gaat rond in een groepsapp. Eén medewerker "
                                "belt de vertrouwensinspecteur; het expose-account is gemeld bij Offlimits."), allowed)


def test_the_word_list_holds_only_words_the_dictionary_does_not_know():
    """A word hunspell-nl already knows does not belong in the list; the list stays short and honest."""
    listed = wordlist()
    unknown = unknown_to_hunspell(listed)  # one run: hunspell -l judges every line (word) on its own
    known = {w for w in listed if w not in unknown}
    assert not known, f"staan al in hunspell-nl, haal ze uit tests/woordenlijst.txt: {sorted(known)}"


# --- every built page ------------------------------------------------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_every_page_of_both_sites_is_spelled_right(sector_builds, sector):
    built = sector_builds[sector]
    allowed = wordlist() | config_words(built.config)
    pages = page_words(built)
    assert len(pages) >= 34, sorted(pages)  # both sites, all pages (staff material on the staff site only)
    every = [w for page in pages.values() for w in page]
    bad = misspelled(every, allowed)
    where = {w: sorted(p for p, ws in pages.items() if w in ws)[:3] for w in sorted(bad)}
    assert not bad, f"{sector}: onbekende woorden (tikfout? of zet een echt woord in tests/woordenlijst.txt): {where}"
