"""The glossary per sector: its page, its tooltips, its texts, and a build that writes nothing into the project.

Read in real builds of the example school as po, vo and mbo (`sector_builds`), the way a parent
of a 9-year-old, a pupil or a student sees them: the glossary page and the `<abbr title>` tooltips.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup

from conftest import ROOT, build_school, readable, school_with
from schoolprotocol.config.problems import InputError
from schoolprotocol.facts import DATA_DIR, load_facts

FACTS = load_facts()
SECTORS = ("po", "vo", "mbo")

#: Words for teenagers (and for a secondary school's staff) that a primary school's glossary must not use.
TEEN_PHRASES = (
    "hoort het voor veel jongeren bij het ontdekken van seksualiteit",
    "Jongeren vertellen vaak niet",
    "docent",
    "verkering",
    "lhbtiq-jongeren",
    "andere jongeren",
    "Veel jongens",
)


def _by_term(sector: str):
    return {b.term: b for b in FACTS.begrippen_voor(sector)}


def _titles(built) -> dict[str, set[str]]:
    """Every tooltip on every page of the public site: word -> the titles it has."""
    found: dict[str, set[str]] = {}
    for path in built.site.rglob("index.html"):
        for abbr in BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select("article abbr[title]"):
            found.setdefault(abbr.get_text(), set()).add(abbr["title"])
    return found


# --- the texts ------------------------------------------------------------------------------------


def test_po_glossary_page_and_tooltips_speak_to_a_primary_school(sector_builds):
    built = sector_builds["po"]
    page = readable(built.page("begrippen").find("article"))
    titles = " ".join(t for found in _titles(built).values() for t in found)
    for phrase in TEEN_PHRASES:
        assert phrase not in page, f"po-begrippenpagina: '{phrase}'"
        assert phrase not in titles, f"po-tooltip: '{phrase}'"
    po = _by_term("po")
    assert " ".join(po["sexting"].uitleg.split()) in page
    assert "Een kind onder de 12 kan daarvoor niet worden vervolgd." in page
    assert "Kinderen vertellen vaak niet" in page
    # a content page: the tooltip carries the po text
    inleiding = built.page("inleiding")
    cyberbaiting = inleiding.find("abbr", string="cyberbaiting")
    assert cyberbaiting is not None and cyberbaiting["title"] == po["cyberbaiting"].kort
    assert "leraar" in cyberbaiting["title"] and "docent" not in cyberbaiting["title"]


def test_vo_keeps_its_texts(sector_builds):
    page = readable(sector_builds["vo"].page("begrippen").find("article"))
    assert "hoort het voor veel jongeren bij het ontdekken van seksualiteit" in page
    assert "Jongeren vertellen vaak niet" in page
    vo = _by_term("vo")
    cyberbaiting = sector_builds["vo"].page("inleiding").find("abbr", string="cyberbaiting")
    assert cyberbaiting["title"] == vo["cyberbaiting"].kort == ("Een docent expres uitlokken tot hij of zij boos "
                                                               "wordt, en dat filmen en online zetten.")


def test_mbo_speaks_to_students_many_of_them_adults():
    mbo = _by_term("mbo")
    assert "Studenten vertellen vaak niet" in mbo["snitching"].uitleg
    assert "onder de 18" in mbo["sexting"].uitleg and "volwassenen" in mbo["sexting"].uitleg
    assert "verkering" not in mbo["beeldpesten"].uitleg


@pytest.mark.parametrize("sector", SECTORS)
def test_the_law_is_right_in_every_sector(sector):
    """A sexual image of a minor is abuse material from the moment it is made; in po: no prosecution under 12."""
    here = _by_term(sector)
    assert "vanaf het begin" in here["seksueel kindermisbruikmateriaal"].uitleg
    if sector == "po":
        assert "onder de 12 kan daarvoor niet worden vervolgd" in here["sexting"].uitleg
        assert "Een seksueel beeld van een kind is vanaf het begin seksueel kindermisbruikmateriaal" in here["sexting"].uitleg


# --- which terms, tooltips and links a sector has --------------------------------------------------


def test_a_term_limited_to_some_sectors_is_not_on_another_sectors_site(sector_builds):
    limited = [b for b in FACTS.begrippen if set(b.sectoren) != set(SECTORS)]
    assert any(b.term == "slut-shaming" for b in limited)
    for begrip in limited:
        for sector in SECTORS:
            built = sector_builds[sector]
            page = built.page("begrippen")
            on_page = page.find(id=begrip.anker) is not None
            tooltip = any(word in _titles(built) for word in begrip.woorden)
            linked = page.select_one(f'article a[href="#{begrip.anker}"]') is not None
            if sector in begrip.sectoren:
                assert on_page, (begrip.term, sector)
            else:
                assert not (on_page or tooltip or linked), (begrip.term, sector)


@pytest.mark.parametrize("sector", SECTORS)
def test_tooltips_on_a_normal_page_and_on_the_glossary_page(sector_builds, sector):
    built = sector_builds[sector]
    here = _by_term(sector)
    index = built.page("").select("article abbr[title]")
    assert any(a.get_text().lower() == "sociale media" and a["title"] == here["sociale media"].kort for a in index)
    glossary = built.page("begrippen")
    heading = glossary.find(id="shame-sexting")
    abbr = heading.find("abbr")  # a hyphenated word, in its own heading
    assert abbr is not None and abbr.get_text() == "Shame-sexting" and abbr["title"] == here["shame-sexting"].kort
    text = heading.find_next_sibling("p")
    assert text.find("abbr", string="sexting-misbruik")["title"] == here["shame-sexting"].kort


# --- the loader -----------------------------------------------------------------------------------


def _load_with(tmp_path: Path, change) -> None:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    items = yaml.safe_load((folder / "begrippen.yml").read_text(encoding="utf-8"))
    change({item["term"]: item for item in items})
    (folder / "begrippen.yml").write_text(yaml.safe_dump(items, allow_unicode=True, sort_keys=False), encoding="utf-8")
    load_facts(folder)


def test_a_text_per_sector_must_cover_every_sector_of_the_term(tmp_path):
    with pytest.raises(InputError) as err:
        _load_with(tmp_path, lambda t: t["meme"].__setitem__("uitleg", {"po": "Een plaatje.", "vo": "Een plaatje."}))
    message = str(err.value)
    assert "ontbreekt: mbo" in message and "uitleg" in message and "regel" in message


def test_a_text_for_a_sector_the_term_is_not_for_is_refused(tmp_path):
    def change(terms):
        terms["meme"]["sectoren"] = ["vo", "mbo"]
        terms["meme"]["kort"] = {"po": "Een plaatje.", "vo": "Een plaatje.", "mbo": "Een plaatje."}
    with pytest.raises(InputError) as err:
        _load_with(tmp_path, change)
    assert "geldt alleen voor vo, mbo" in str(err.value)


def test_a_text_that_is_neither_one_text_nor_one_per_sector_is_refused(tmp_path):
    with pytest.raises(InputError) as err:
        _load_with(tmp_path, lambda t: t["meme"].__setitem__("kort", ["Een plaatje."]))
    assert "één tekst in voor alle sectoren, of een tekst per sector" in str(err.value)


def test_see_also_drops_a_term_the_sector_lacks():
    po = _by_term("po")
    assert "slut-shaming" not in po
    assert "slut-shaming" not in po["victim-blaming"].zie_ook
    assert "slut-shaming" in _by_term("vo")["victim-blaming"].zie_ook


# --- nothing generated in the project ---------------------------------------------------------------


def _status() -> str:
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout


def _po(data) -> None:
    data["school"]["sector"] = "po"
    data.pop("termen", None)


def test_a_build_writes_nothing_into_the_project(tmp_path):
    before = _status()
    config = school_with(tmp_path / "in", _po)
    build_school(config, tmp_path / "out", documents=False)
    assert not (ROOT / "includes").exists()
    assert _status() == before
