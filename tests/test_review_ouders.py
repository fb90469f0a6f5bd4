"""Review by a parent and a lawyer: the parents' page, the start page, the po introduction and the examples.

The parents' page starts with what a parent in a hurry does; evidence is kept without the nude image;
the school asks the police for advice about a sexual image of a child and decides about a report with
the parents. The start page sends parents and pupils to their own steps. Adults decide themselves:
a staff member who is the victim, and a pupil of 18 or older about informing the parents.
The example configurations promise nothing the school cannot keep.
"""

from __future__ import annotations

import pytest

from conftest import Built

SECTORS = ("po", "vo", "mbo")


@pytest.fixture
def example_builds(voorbeeld_builds) -> dict[str, Built]:
    """The three example schools from voorbeelden/: the run's shared builds (conftest.py)."""
    return voorbeeld_builds


# --- findings 1 to 6: the parents' page ---------------------------------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_parents_page_starts_with_what_to_do_now(sector_builds, sector):
    page = sector_builds[sector].page("ouders")
    text = sector_builds[sector].article("ouders")
    assert text.index("Gaan er beelden van uw kind rond? Begin hier.") < text.index("Is het uw kind overkomen?")
    headings = [h.get_text(" ", strip=True).rstrip("¶").strip() for h in page.find("article").find_all("h2")]
    order = ["Is het uw kind overkomen?", "Is de school dicht?", "Wat doet de school?",
             "Heeft uw kind beelden doorgestuurd?", "Veilig online: tips voor thuis"]
    assert [h for h in headings if h in order] == order, headings
    assert page.find(id="is-het-uw-kind-overkomen") is not None
    assert page.find(id="kind-heeft-doorgestuurd") is not None


@pytest.mark.parametrize("sector", SECTORS)
def test_parents_keep_evidence_without_the_nude_image(sector_builds, sector):
    text = sector_builds[sector].article("ouders")
    for sentence in ("Bewaar bewijs, maar geen naaktbeeld.",
                     "Screenshots van berichten en dreigementen mogen.",
                     "Maak geen screenshot van het naaktbeeld zelf en stuur het naar niemand door, ook niet naar de school of de politie.",
                     "Vraag uw kind om de chat, de groep of het account nog niet te verwijderen",
                     "Open het niet nog een keer en stuur het niet door.",
                     "Bel de politie op 0900-8844 en vraag of u het nu al moet wissen."):
        assert sentence in text, sentence
    assert "ook u niet" not in text


@pytest.mark.parametrize("sector", SECTORS)
def test_parents_do_not_contact_the_other_family_or_the_group_app(sector_builds, sector):
    text = sector_builds[sector].article("ouders")
    assert "Spreek ook het andere kind of zijn of haar ouders niet zelf aan, ook niet via een app." in text
    assert "Zet niets in de app van de ouders van de" in text
    assert "Zo wordt niemand gewaarschuwd voordat de politie heeft gekeken, en blijft uw kind onherkenbaar." in text


@pytest.mark.parametrize("sector", SECTORS)
def test_parents_step_for_sextortion(sector_builds, sector):
    text = sector_builds[sector].article("ouders")
    step = text[text.index("Wordt uw kind afgeperst?"):text.index("Neem contact op met school.")]
    for part in ("Betaal niet", "Uw kind reageert niet meer, maar verwijdert het gesprek niet.",
                 "van de dreigementen en van het profiel", "niet van het naaktbeeld", "0900-8844", "Helpwanted"):
        assert part in step, part


@pytest.mark.parametrize("sector", SECTORS)
def test_school_asks_police_advice_and_decides_about_a_report_with_parents(sector_builds, sector):
    text = sector_builds[sector].article("ouders")
    school = text[text.index("Wat doet de school?"):text.index("Heeft uw kind beelden doorgestuurd?")]
    assert "Dan vraagt de school altijd meteen advies aan de politie, meestal aan de wijkagent." in school
    assert "U hoort het eerst van ons" in school
    assert "Samen met u besluiten we of er aangifte komt." in school


@pytest.mark.parametrize("sector", SECTORS)
def test_child_who_forwarded_stops_and_waits_for_the_school(sector_builds, sector):
    text = sector_builds[sector].article("ouders")
    part = text[text.index("Heeft uw kind beelden doorgestuurd?"):]
    for sentence in ("Zorg dat uw kind niets meer doorstuurt.", "Kijk zelf niet naar de beelden.",
                     "Bel de school vandaag nog.",
                     "De school overlegt met de politie, en u hoort dezelfde dag nog wanneer uw kind alles kan wissen."):
        assert sentence in part, sentence
    assert "Laat het de beelden overal verwijderen" not in text


# --- finding 7: the start page ------------------------------------------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_start_page_sends_parents_and_pupils_to_their_steps(sector_builds, sector):
    choices = sector_builds[sector].page().select_one("nav.keuzes")  # one choice per reader, below the emergency block
    links = [(" ".join(a.get_text(" ").split()), a["href"]) for a in choices.find_all("a")]
    assert links[0] == ("Ouder of verzorger Gaan er beelden van uw kind rond? Wat u nu doet",
                        "ouders/#is-het-uw-kind-overkomen")
    assert links[1][0].endswith("Wat je nu doet") and links[1][1] == "leerlingen/"
    text = sector_builds[sector].article()
    for seam in ("zie zo meld je iets", "leest u bij voor wie en waar dit geldt"):
        assert seam not in text
    assert "Lees hoe u of je iets meldt" in text


# --- finding 8: po introduction -----------------------------------------------------------------------

def test_po_introduction_has_examples_for_children_and_a_careful_legal_line(sector_builds):
    po = sector_builds["po"].article("inleiding")
    assert "in de kleedkamer een foto van een groepsgenoot" in po
    assert "in een online spel om een foto van zijn of haar lijf" in po
    for old in ("Een verkering gaat uit", "make-up", "zorgen dat het beeld weg gaat"):
        assert old not in po, old
    assert "doen wat we kunnen om het beeld weg te krijgen" in po
    assert "kan voor de wet seksueel kindermisbruikmateriaal zijn" in po
    assert "Een onschuldige foto in bad is het niet" in po
    assert "we bewaren, sturen of tonen een naaktbeeld van een kind nooit" in po
    assert "Wie een naaktbeeld van een kind heeft of doorstuurt, doet iets strafbaars" not in po
    for sector in ("vo", "mbo"):
        assert "Een verkering gaat uit" in sector_builds[sector].article("inleiding")


# --- finding 9: a staff member who is the victim decides ----------------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_staff_victim_decides_about_police(sector_builds, sector):
    text = sector_builds[sector].article("nieuw")
    assert "De schoolleiding bespreekt met de medewerker of de politie erbij komt." in text
    assert "betrekt de schoolleiding de politie" not in text


# --- finding 10: pupils of 18 and older, another school -----------------------------------------------

@pytest.mark.parametrize("sector", ("vo", "mbo"))
def test_parents_of_adult_pupils_hear_of_a_measure_only_with_consent(sector_builds, sector):
    text = sector_builds[sector].article("schoolregels")
    assert "Bij een maatregel informeren we de ouders van een" in text
    assert "18 of ouder, dan alleen als hij of zij dat goedvindt." in text


@pytest.mark.parametrize("sector", SECTORS)
def test_other_school_only_in_consultation_and_with_little_data(sector_builds, sector):
    text = sector_builds[sector].article("schoolregels")
    assert "En we nemen contact op met die andere school, in overleg met het slachtoffer" in text
    assert "We geven niet meer gegevens door dan nodig." in text


def test_vo_example_talks_with_parents_only_under_18(example_builds):
    text = example_builds["vo"].article("schoolregels")
    assert "Gesprek met de leerling, en met de ouders als de leerling jonger is dan 18" in text
    assert "Gesprek met de leerling en de ouders" not in text


# --- findings 11 to 13: examples, over page and footer ------------------------------------------------

def test_mbo_over_page_agrees_with_itself(example_builds):
    text = example_builds["mbo"].article("over")
    assert "na instemming van de ondernemingsraad en de studentenraad" in text
    assert "De ondernemingsraad en de studentenraad hebben ingestemd." in text
    assert "advies van de studentenraad" not in text and "studentenraad heeft" not in text


def test_examples_escalate_straight_away(example_builds):
    mbo = example_builds["mbo"].article("calamiteiten", staff=True)
    assert "meldt het meteen aan de zorgcoördinator en spreekt met de student af wie het verder hoort" in mbo
    assert "ook als de student dat niet wil" in mbo
    assert "als de student dat goedvindt, de zorgcoördinator" not in mbo
    po = example_builds["po"].article("calamiteiten", staff=True)
    assert "meldt het meteen aan de intern begeleider en belt daarna, in overleg, de ouders" in po
    assert "belt de ouders en brengt de intern begeleider op de hoogte" not in po


@pytest.mark.parametrize("sector", SECTORS)
def test_example_reporting_promise_fits_the_confidants_days(example_builds, sector):
    text = example_builds[sector].article("preventiebeleid")
    assert "uiterlijk op de eerstvolgende werkdag van de vertrouwenspersoon" in text
    assert "binnen één schooldag" not in text


@pytest.mark.parametrize("sector", SECTORS)
def test_footer_names_the_board_in_a_sentence(example_builds, sector):
    footer = " ".join(example_builds[sector].page().select_one(".school-footer__beleid").get_text(" ").split())
    assert " door het " in footer, footer
    assert "door College" not in footer and "door Bestuur" not in footer
    over = example_builds[sector].article("over")
    assert "Vastgesteld door Het " in over
