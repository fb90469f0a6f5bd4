"""Staff review (findings 1-7): the doubt rule before a screenshot, who records a sexual image, one
rule for wiping, adult students informed themselves, expose accounts with sexual images, po groups
1-4 and the class blank, and the law page. Real builds: site, staff site, incident card and form."""

from __future__ import annotations

import re

import pytest

from conftest import readable
from conftest import section as _section
from outputs import _text_of

SECTORS = ["po", "vo", "mbo"]
AUDIENCES = [False, True]


def _squash(text: str) -> str:
    return re.sub(r"[\s\u2010\u00ad]", "", text)


def _page(built, name, *, staff=False) -> str:
    return readable(built.page(name, staff=staff).find("article"))


def _paper(built, staff) -> dict[str, str]:
    if staff:
        paths = {"kaart": built.intern / "incidentkaart-intern.pdf",
                 "formulier": built.intern / "incidentformulier-intern.pdf"}
    else:
        paths = {"kaart": built.site / "downloads" / "incidentkaart.pdf",
                 "formulier": built.site / "downloads" / "incidentformulier.pdf"}
    return {name: _squash(_text_of(path)) for name, path in paths.items()}


@pytest.mark.parametrize("sector", SECTORS)
def test_doubt_rule_comes_before_any_screenshot(sector_builds, sector):
    built = sector_builds[sector]
    for staff in AUDIENCES:
        evidence = _section(built, "calamiteiten", "bewijs", staff=staff)
        other = evidence.split("Bij andere beelden", 1)[1]
        doubt, screenshot = other.index("(deels) naakt of in ondergoed"), other.index("Maak dan een schermafbeelding")
        assert doubt < screenshot
        assert "kleedkamer, een douche of een toilet" in other
        assert "Alleen een beeld waarop zeker niets seksueels te zien is" in other
        checklist = _page(built, "checklist", staff=staff)
        assert "Bij twijfel behandeld als seksueel beeld" in checklist
        for name, text in _paper(built, staff).items():
            assert _squash("ook niet bij twijfel (bloot, ondergoed, kleedkamer, douche of wc)") in text, name
            assert _squash("Een schermafbeelding alleen als er zeker niets seksueels op staat.") in text, name


@pytest.mark.parametrize("sector", SECTORS)
def test_only_police_or_hotline_record_a_sexual_image(sector_builds, sector):
    for staff in AUDIENCES:
        box = readable(sector_builds[sector].page("calamiteiten", staff=staff).find(id="nooit-bewaren"))
        assert "Het beeld zelf leggen alleen de politie of een meldpunt vast." in box
        assert "mag het slachtoffer zelf bewijs bewaren" in box
        assert "Dan maakt het slachtoffer geen schermafbeelding van het beeld zelf." in box
        assert "Helpwanted" in box
        assert "politie, een meldpunt of het slachtoffer vast" not in box


@pytest.mark.parametrize("sector", SECTORS)
def test_one_wipe_rule_everywhere(sector_builds, sector):
    built = sector_builds[sector]
    for staff in AUDIENCES:
        steps = _page(built, "calamiteiten", staff=staff)
        assert "Zeg dat iedereen de beelden van zijn telefoon moet verwijderen" not in steps
        assert "Staat er zeker niets seksueels op de beelden? Zeg dan dat iedereen ze meteen van zijn telefoon wist." in steps
        assert "Vraag dan pas om te wissen als de school met de politie heeft overlegd." in steps
        for name, text in _paper(built, staff).items():
            assert _squash("anders pas na overleg met de politie. Of u dat") in text, name
            assert _squash("Vraag de beelden te wissen en niet door te sturen, nadat") not in text, name
            assert _squash("Wissen: meteen als er zeker niets seksueels op staat (eerst vastleggen)") in text, name
    klas = _page(built, "personeel/brief-ouders-klas", staff=True)
    assert "Laat ze dan samen wissen" not in klas
    assert "Kijk er zelf niet naar." in klas
    assert "De school laat u snel weten of en hoe ze gewist moeten worden; dat overleggen we eerst met de politie." in klas
    alle = _page(built, "personeel/brief-alle-ouders", staff=True)
    assert "Wis ze dan" not in alle and "Kijk er zelf niet naar." in alle
    assert "dat overleggen we eerst met de politie" in alle


@pytest.mark.parametrize("sector", ["vo", "mbo"])
def test_adult_students_are_informed_themselves(sector_builds, sector):
    text = _section(sector_builds[sector], "calamiteiten", "ouders")
    assert "18 of ouder? Dan informeert u niet de ouders, maar de" in text
    assert "alleen als die" in text and "daarmee instemt" in text


def test_po_has_no_adult_rule_in_informing(sector_builds):
    assert "18 of ouder? Dan informeert u niet de ouders" not in _section(sector_builds["po"], "calamiteiten", "ouders")


@pytest.mark.parametrize("sector", SECTORS)
def test_expose_account_with_sexual_images_waits_for_police(sector_builds, sector):
    text = _section(sector_builds[sector], "calamiteiten", "expose")
    first = text.index("Staan er seksuele beelden op het account? Wacht dan eerst op het advies van de politie")
    assert first < text.index("Spreek die persoon dan aan")
    assert "Weet u wie achter het account zit? Spreek die persoon aan" not in text


def test_po_groups_one_to_four_and_class_blank(sector_builds):
    po = _page(sector_builds["po"], "personeel/gesprek-klas", staff=True)
    assert "In groep 1 tot en met 4" in po and "juf of meester" in po
    assert "back-up in de cloud" not in po
    assert "Leidraad voor de groepsleerkracht van [groep]." in po
    assert "[klas/groep]" not in po
    vo = _page(sector_builds["vo"], "personeel/gesprek-klas", staff=True)
    assert "In groep 1 tot en met 4" not in vo and "back-up in de cloud" in vo and "[klas]" in vo
    letter = _page(sector_builds["po"], "personeel/brief-ouders-klas", staff=True)
    assert "beelden die rondgaan in [groep]" in letter
    assert "[klas of opleidingsgroep]" in _page(sector_builds["mbo"], "personeel/brief-ouders-klas", staff=True)


@pytest.mark.parametrize("sector", SECTORS)
def test_law_page_review(sector_builds, sector):
    law = _page(sector_builds[sector], "wet")
    assert "Werkt de medewerker op een openbare school en gebeurde het tijdens het werk? Dan is soms geen klacht nodig." in law
    assert "Vraag het de politie." in law
    assert "Daarvoor moet wel bekend zijn wie de beelden online heeft gezet" not in law
    assert "De rechter kan dan het platform bevelen om de beelden te verwijderen, of om te zeggen wie ze heeft geplaatst." in law
    assert "Stiekem filmen in een kleedkamer, douche of toilet" in law and "139f" in law
    assert "dreigen met bijvoorbeeld geweld" not in law and "iemand zwaar mishandelen" in law
    note = "Deze regels gaan vooral over jongeren van 12 jaar en ouder."
    assert (law.count(note) == 2) if sector == "po" else (note not in law)


@pytest.mark.parametrize("sector", ["vo", "mbo"])
def test_informing_parents_of_an_adult_names_its_ground(sector_builds, sector):
    text = _section(sector_builds[sector], "calamiteiten", "ouders")
    # art. 9 lid 2 onder c AVG (vital interest for special data) may only hold when the person cannot
    # consent: the text does not lean on it, and names the ground it has (art. 6 lid 1 onder d)
    assert "artikel 6 lid 1 onder d" in text and "artikel 9" not in text
