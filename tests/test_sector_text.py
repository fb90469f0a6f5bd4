"""Issue 12, points 9, 10 and 15: text that fits the sector, and examples that start a school off right.

po: a pupils' page for children of 4 to 12 and a po framing of sexting (under 12 not prosecutable,
Halt from 12). mbo: right articles and agreement after word substitution, and help for adult students.
Examples: one config per sector that passes `check` cleanly and builds; `check` notes another sector's words.
"""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, Built, build_stderr, readable, write_school

EXAMPLES = ROOT / "voorbeelden"
SECTORS = ("po", "vo", "mbo")
SECTOR_NOTICE = "Bedoelt u het zo, dan kunt u deze melding negeren."


def every_page(built: Built) -> str:
    """The readable text of every page, public and staff."""
    from bs4 import BeautifulSoup

    texts = []
    for root in (built.site, built.intern / "site"):
        for path in sorted(root.rglob("index.html")):
            article = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("article")
            if article is not None:
                texts.append(readable(article))
    return "\n".join(texts)


# --- point 9: po ------------------------------------------------------------------------------------

def test_po_pupils_page_is_written_for_children(sector_builds):
    page = sector_builds["po"].article("leerlingen")
    for text in ("Deze pagina is voor kinderen.", "Vertel het aan een grote mens.", "juf of meester",
                 "Je krijgt geen straf omdat je het vertelt.", "De Kindertelefoon", "Dit soort geheimen mag je altijd verklappen."):
        assert text in page
    for teen in ("sextortion", "Veel jongeren", "screenshot", "link erbij", "cloud"):
        assert teen not in page, teen


def test_older_pupils_keep_their_own_page(sector_builds):
    for sector in ("vo", "mbo"):
        page = sector_builds[sector].article("leerlingen")
        assert "sextortion" in page and "Deze pagina is voor kinderen." not in page


def test_po_frames_sexting_for_primary_school_and_says_who_can_be_prosecuted(sector_builds):
    intro = sector_builds["po"].article("inleiding")
    assert "Sexting en kinderen" in intro
    assert "naaktfoto's en seksuele filmpjes passen niet bij kinderen van 4 tot 12 jaar" in intro
    assert "Een kind onder de 12 kan niet worden vervolgd (artikel 486 Wetboek van Strafvordering)" in intro
    assert "Halt" in intro
    assert "doen iets wat bij hun leeftijd past" not in intro
    parents = sector_builds["po"].article("ouders")
    assert "Een kind dat nog geen 12 jaar is, kan niet worden vervolgd" in parents
    assert "artikel 486 Wetboek van Strafvordering" in parents
    link = sector_builds["po"].page("ouders").find("a", string="artikel 486 Wetboek van Strafvordering")
    assert link["href"].startswith("https://wetten.overheid.nl/") and "BWBR0001903" in link["href"]
    for sector in ("vo", "mbo"):
        assert "486" not in sector_builds[sector].article("inleiding")
        assert "Niet elke naaktfoto is een probleem" in sector_builds[sector].article("inleiding")


# --- point 10: mbo -----------------------------------------------------------------------------------

def test_mbo_words_agree_after_substitution(sector_builds):
    text = every_page(sector_builds["mbo"])
    for wrong in ("de studentenstatuut", "De studentenstatuut", "jaargenoten", "slachtoffer of zij het goed vinden"):
        assert wrong not in text, wrong
    assert "het studentenstatuut" in sector_builds["mbo"].article("preventiebeleid")
    assert "de schoolgids" in sector_builds["vo"].article("preventiebeleid")
    letter = sector_builds["mbo"].article("personeel/brief-ouders-klas", staff=True)
    assert "Vraag eerst aan het slachtoffer of hij of zij het goedvindt" in letter
    assert "of zij het goed vinden" in sector_builds["vo"].article("personeel/brief-ouders-klas", staff=True)


def test_mbo_pupils_page_offers_help_for_adults(sector_builds):
    page = sector_builds["mbo"].article("leerlingen")
    for org in ("Slachtofferhulp Nederland", "Centrum Seksueel Geweld", "0800-0188", "MIND Korrelatie"):
        assert org in page, org
    assert "De Kindertelefoon, als je jonger bent dan 18" in page
    assert "volwassene" not in page
    prevention = sector_builds["mbo"].article("preventiebeleid")
    assert "volwassene die je vertrouwt" not in prevention and "iemand van school" in prevention
    vo = sector_builds["vo"].article("leerlingen")
    assert "MIND Korrelatie" not in vo and "Vertel het aan je mentor of aan de vertrouwenspersoon" in vo
    assert "MIND Korrelatie" in sector_builds["mbo"].article("hulp")
    assert "MIND Korrelatie" not in sector_builds["po"].article("hulp")


# --- point 15: examples and the sector-word notice --------------------------------------------------

@pytest.mark.snel
@pytest.mark.parametrize("sector", SECTORS)
def test_each_example_is_clean_for_its_sector(cli, sector):
    data = yaml.safe_load((EXAMPLES / f"{sector}.yml").read_text(encoding="utf-8"))
    assert data["school"]["sector"] == sector
    result = cli("check", "--config", EXAMPLES / f"{sector}.yml")  # in place: the logo path resolves there
    assert result.code == 0, result.err
    assert SECTOR_NOTICE not in result.err


@pytest.mark.parametrize("sector", SECTORS)
def test_each_example_builds(voorbeeld_builds, sector):
    """The run's shared build of the example (a copy with its logo folder, through the command line; the
    fixture asserts exit code 0), with no sector-word notice among what it printed."""
    built = voorbeeld_builds[sector]
    assert SECTOR_NOTICE not in build_stderr(built)
    text = every_page(built)
    if sector != "vo":
        for word in ("Rector", "rector", "brugklas"):
            assert word not in text, word
    # the school cannot promise to tell a pupil first in every case (danger, the meldplicht)
    promises = re.findall(r"(?<!bijna )altijd eerst(?! voor een gesprek)", text)
    assert promises == [] and "bijna altijd eerst" in text
    if sector == "po":
        _board_decides_heavy_measures(built.article("schoolregels"))


def _board_decides_heavy_measures(text: str) -> None:
    """Art. 40c and 40 WPO give suspension and expulsion to the board (bevoegd gezag); the po example must too."""
    parts = text.split("Wie besluit:")
    deciders = {measure.rsplit(". ", 1)[-1].strip(): rest.split(".")[0].strip() for measure, rest in zip(parts, parts[1:])}
    assert deciders["Schorsing van hooguit één week"].startswith("bestuur"), deciders
    assert deciders["Verwijdering van school"] == "bestuur", deciders


@pytest.mark.snel
def test_check_notes_another_sectors_words(cli, tmp_path):
    data = yaml.safe_load((EXAMPLES / "po.yml").read_text(encoding="utf-8"))
    data["personen"]["schoolleiding"]["functie"] = "Rector"
    data["personen"]["socialemediafunctionaris"]["taken"].append("helpt nieuwe brugklassers op weg")
    config = write_school(tmp_path, data)
    result = cli("check", "--config", config)
    assert result.code == 0  # a notice, not an error
    assert "Let op: 'Rector' hoort bij het vo, maar deze school is het po (primair onderwijs)." in result.err
    assert "personen.schoolleiding.functie (regel" in result.err
    assert "Gewoon in het po: directeur." in result.err
    assert "'brugklassers' hoort bij het vo" in result.err


@pytest.mark.snel
def test_check_notes_school_words_in_mbo_and_student_in_po(cli, tmp_path):
    mbo = yaml.safe_load((EXAMPLES / "mbo.yml").read_text(encoding="utf-8"))
    mbo["meldkanalen"][2]["naam"] = "Je juf of meester"
    mbo["protocol"]["sancties"][1]["maatregel"] = "Gesprek met de leerling in groep 8"
    result = cli("check", "--config", write_school(tmp_path / "mbo", mbo))
    assert "'juf', 'meester', 'groep 8' horen bij het po" in result.err or (
        "'juf'" in result.err and "'groep 8'" in result.err)
    assert "'leerling' hoort bij het po en het vo" in result.err
    po = yaml.safe_load((EXAMPLES / "po.yml").read_text(encoding="utf-8"))
    po["meldkanalen"][2]["naam"] = "Een student van de pabo"
    result = cli("check", "--config", write_school(tmp_path / "po", po))
    assert "'student' hoort bij het vo en het mbo" in result.err


@pytest.mark.snel
def test_a_word_in_an_address_or_a_fixed_choice_is_no_sector_word(cli, tmp_path):
    po = yaml.safe_load((EXAMPLES / "po.yml").read_text(encoding="utf-8"))
    po["school"]["website"] = "https://www.rector-brugklas.example/"
    po["protocol"]["contact_slachtoffer_leerling"] = "mentor"
    result = cli("check", "--config", write_school(tmp_path, po))
    assert result.code == 0 and SECTOR_NOTICE not in result.err
