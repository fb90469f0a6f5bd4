"""Issue 12, points 11-14: the law page, parent evenings, public numbers in a crisis, and seams.

Checked in the built output of every sector (public site and staff site), because that is what a
parent, a pupil or a school's lawyer reads.
"""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, Built, readable, section
from schoolprotocol.facts import load_facts

SECTORS = ["po", "vo", "mbo"]


def _article(built: Built, name: str, *, staff: bool = False) -> str:
    return readable(built.page(name, staff=staff).find("article"))


def _pages(built: Built, *, staff: bool = False):
    root = built.intern / "site" if staff else built.site
    for path in sorted(root.rglob("index.html")):
        name = str(path.parent.relative_to(root))
        if name.startswith(("beheer", "search", "assets")):
            continue
        article = built.page("" if name == "." else name, staff=staff).find("article")
        if article is not None:
            yield name, readable(article)


# --- point 11: the law page cites the law in force ------------------------------------------------

#: (anchor of the section, article as the law numbers it since 1 July 2024)
LAW_PAGE = [
    ("seksuele-beelden-van-kinderen", "252"),
    ("beelden-zonder-toestemming", "254ba"),
    ("seksuele-intimidatie", "429ter"),
    ("bedreiging", "285"),
    ("belaging", "285b"),
]


@pytest.mark.parametrize("sector", SECTORS)
def test_law_page_cites_the_articles_in_force_on_wetten_overheid_nl(sector_builds, sector):
    page = sector_builds[sector].page("wet")
    for anchor, article in LAW_PAGE:
        heading = page.find(id=anchor)
        assert heading is not None, f"{sector}: no section #{anchor}"
        links = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            links += [a["href"] for a in sibling.select("a.bron")]
        wanted = f"https://wetten.overheid.nl/jci1.3:c:BWBR0001854&artikel={article}"
        assert wanted in links, f"{sector} #{anchor}: no link to article {article} on wetten.overheid.nl"
    text = _article(sector_builds[sector], "wet")
    assert "artikel 429ter" in text and "artikel 285 " in text and "artikel 254ba" in text
    assert "139h" in text  # the old number is named once, so a reader of older guidance finds the new one
    # press items and aggregators are no longer sources of the law page
    hrefs = [a["href"] for a in page.find("article").select("a[href]")]
    for host in ("nos.nl", "nu.nl", "security.nl", "nederlanddigitaal.nl", "metelkaartrekkenwedegrens.nl"):
        assert not any(host in href for href in hrefs), f"{sector}: law page still cites {host}"


@pytest.mark.parametrize("sector", SECTORS)
def test_law_page_explains_complaint_offences(sector_builds, sector):
    section = sector_builds[sector].page("wet").find(id="klachtdelict")
    assert section is not None
    text = " ".join(readable(s) for s in section.find_next_siblings() if s.name != "h2")
    text = text.split(" Doxing")[0]
    assert "Belediging, smaad, laster en belaging zijn klachtdelicten" in text
    assert "jonger dan 16" in text and "ouders" in text
    assert "De school kan die klacht niet in zijn of haar plaats indienen" in text


@pytest.mark.snel
def test_every_article_number_lives_in_the_data_file():
    """The law page spells out no article number itself: it reads them through wetsbron()/wetsartikel()."""
    text = (ROOT / "content" / "wet.md").read_text(encoding="utf-8")
    numbers = re.findall(r"\bartikel (\d+[a-z]*)", text)
    # only the old numbers, named on purpose so readers of older guidance find the new article
    assert set(numbers) <= {"240b", "139h"}, numbers
    assert "wetten.overheid.nl/BWBR" not in text
    data = yaml.safe_load((ROOT / "data" / "wetten.yml").read_text(encoding="utf-8"))
    for key in ("beelden_zonder_toestemming", "seksuele_intimidatie", "bedreiging", "klachtdelict_belediging"):
        assert key in data and data[key]["artikel"]["link"].startswith("https://wetten.overheid.nl/")
    # a number that was not checked against the text of the law is flagged and announced by the build
    assert data["beelden_zonder_toestemming"]["artikel"]["onzeker"] is True
    assert any("254ba" in notice for notice in load_facts().unverified("vo"))


@pytest.mark.parametrize("sector", SECTORS)
def test_no_statistic_from_an_aggregator_site(sector_builds, sector):
    html = sector_builds[sector].all_html()
    assert "welingelichtekringen" not in html
    assert "een kwart van de scholen" not in _article(sector_builds[sector], "nieuw")


# --- point 12: the prevention page names organisations for a parent evening -------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_prevention_page_lists_organisations_for_parent_evenings(sector_builds, sector):
    item = next(li for li in sector_builds[sector].page("preventiebeleid").select("article li")
                if "ouderavond" in li.get_text() and li.find("ul"))
    links = {a.get_text(" ", strip=True): a["href"] for a in item.find("ul").select("a[href]")}
    facts = load_facts()
    expected = {org.naam: key for key, org in facts.organisaties.items() if org.voorlichting and sector in org.sectoren}
    assert len(expected) >= 2
    assert any("Helpwanted" in name for name in expected)  # the source names Helpwanted for parent evenings
    for name, key in expected.items():
        assert links.get(name, "").endswith(f"hulp/#{key}"), f"{sector}: {name} not listed with a link to the help page"


# --- point 13: public numbers in a crisis ----------------------------------------------------------

def _roles_and_switchboard():
    from conftest import example_data
    data = example_data()
    functions = [p["functie"] for p in data["personen"].values()] + [data["politie"]["contactpersoon"]["functie"]]
    return [f.lower() for f in functions], data["school"]["telefoon"]


@pytest.mark.parametrize("sector", SECTORS)
def test_public_site_gives_the_police_number_next_to_the_wijkagent(sector_builds, sector):
    built = sector_builds[sector]
    steps = _article(built, "calamiteiten")
    assert "Bel de wijkagent: de politie op 0900-8844, vraag naar de wijkagent." in steps
    assert "Overleg met de wijkagent (de politie op 0900-8844, vraag naar de wijkagent)" in steps
    assert "Wijkagent — politie: 0900-8844, vraag naar de wijkagent" in _article(built, "")
    # legal review, finding 8: never the school's switchboard as a way to reach the police
    _, switchboard = _roles_and_switchboard()
    for page in ("calamiteiten", "checklist", ""):
        text = " ".join(_article(built, page).split())
        assert not re.search(r"(?:wijkagent|politie)[^.]{0,60}" + re.escape(switchboard), text, re.I), page
    # the staff site keeps the direct number
    from conftest import example_data
    direct = example_data()["politie"]["contactpersoon"]["telefoon"]
    assert direct in _article(built, "calamiteiten", staff=True)


@pytest.mark.parametrize("sector", SECTORS)
def test_public_site_never_shows_the_switchboard_as_a_roles_own_number(sector_builds, sector):
    roles, switchboard = _roles_and_switchboard()
    own = re.compile(r"(?:" + "|".join(re.escape(r) for r in roles) + r")\)?\s*[:,(]\s*" + re.escape(switchboard), re.I)
    for name, text in _pages(sector_builds[sector]):
        match = own.search(text)
        assert match is None, f"{sector}/{name}: '{match.group(0)}' shows the switchboard as the role's own number"
    steps = _article(sector_builds[sector], "calamiteiten")
    # two roles in one sentence: 'via de school' once
    assert f"de zorgcoördinator of de rector (via de school: {switchboard})" in steps or sector != "vo"


# --- point 14: no seams from templates, legally right glossary --------------------------------------

def _seams():
    from conftest import example_data
    channels = [c["naam"] for c in example_data()["meldkanalen"]]
    return [
        (re.compile(r"\(\s*\("), "two opening brackets"),
        (re.compile(r"\)\s*\)"), "two closing brackets"),
        (re.compile(r"\b(\w+(?: \w+){0,2}), \1\b"), "the same words twice ('de woordvoerder, de woordvoerder')"),
        (re.compile(r"\b(\w{3,}) \1\b"), "a word twice in a row"),
        (re.compile(r"\bMR\)?\s*[:|]?\s*(?:ja|nee)\b"), "a yes/no value from the config ('MR: ja')"),
        (re.compile(r"\w: via de school:"), "two colons in a row ('de woordvoerder: via de school:')"),
        *[(re.compile(r"\bvia \W*" + re.escape(name)), f"a channel's name as a place ('via {name}')") for name in channels],
    ]


@pytest.mark.parametrize("staff", [False, True], ids=["openbaar", "intern"])
@pytest.mark.parametrize("sector", SECTORS)
def test_no_template_seams_on_any_page(sector_builds, sector, staff):
    seams = _seams()
    pages = list(_pages(sector_builds[sector], staff=staff))
    assert len(pages) >= 13  # the public site has no staff material (issue 15)
    for name, text in pages:
        for pattern, what in seams:
            match = pattern.search(text)
            assert match is None, f"{sector}/{name}: {what}: …{text[max(0, match.start() - 40):match.end() + 20]}…"
    over = _article(sector_builds[sector], "over", staff=staff)
    assert ("hebben ingestemd" if sector == "mbo" else "heeft ingestemd") in over


@pytest.mark.snel
@pytest.mark.parametrize("sector", SECTORS)
def test_glossary_says_a_sexual_image_of_a_minor_is_abuse_material_from_the_start(sector):
    facts = load_facts()
    term = next(b for b in facts.begrippen_voor(sector) if b.term == "seksueel kindermisbruikmateriaal")
    assert "vanaf het begin" in term.uitleg
    assert "zodra een ander" not in term.uitleg


# --- review by parents, pupils and a lawyer (2026-12) ---------------------------------------------

#: Promises of secrecy a school cannot keep: parents of a minor, the board and the police may have to know.
SECRECY_PROMISES = [
    "zegt je naam tegen niemand anders",
    "vertelt je naam aan niemand door",
    "blijft tussen jou en de vertrouwenspersoon",
    "maakt de school nooit bekend",
    "nooit aan anderen wie iets heeft gemeld",
    "je naam blijft geheim",
]


@pytest.mark.parametrize("sector", SECTORS)
def test_no_secrecy_the_school_cannot_keep(sector_builds, sector):
    built = sector_builds[sector]
    for name, text in _pages(built):
        for promise in SECRECY_PROMISES:
            assert promise not in text, f"{sector}/{name}: promises '{promise}'"
    pupils = _article(built, "leerlingen")
    assert "Bijna altijd vertellen we je dat eerst." in pupils
    assert "het schoolbestuur of de politie" in pupils
    assert "In de vakantie kan het langer duren." in pupils
    assert "niet wie iets heeft gemeld" in _article(built, "preventiebeleid")
    adult = "Ben je 18 of ouder? Dan vertellen we je ouders niets zonder jouw toestemming"
    assert (adult in pupils) == (sector == "mbo"), f"{sector}: the 18+ rule on parents"


@pytest.mark.parametrize("sector", ["vo", "mbo"])
def test_sharing_an_adults_sexual_image_is_also_punishable(sector_builds, sector):
    pupils = _article(sector_builds[sector], "leerlingen")
    assert "zonder toestemming is strafbaar, ook als die persoon 18 of ouder is" in pupils
    assert "ook als het beeld nep is" in pupils
    assert "Bij iemand onder de 18 is ook bewaren of een screenshot maken strafbaar." in pupils
    assert "Een naaktfoto van iemand onder de 18 doorsturen" not in pupils


def _student_hotlines(built: Built) -> list[str]:
    heading = built.page("hulp").find(id="voor-leerlingen")
    names = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        if sibling.name == "h3":
            names.append(readable(sibling).replace("¶", "").strip())
    return names


def test_mbo_help_page_puts_hotlines_for_adults_before_the_kindertelefoon(sector_builds):
    names = _student_hotlines(sector_builds["mbo"])
    first = ["Helpwanted (Offlimits)", "Slachtofferhulp Nederland", "MIND Korrelatie", "Centrum Seksueel Geweld",
             "De Kindertelefoon"]
    assert names[:5] == first, names
    text = _article(sector_builds["mbo"], "hulp")
    assert "Als je jonger bent dan 18." in text
    assert "Als je 18 of ouder bent" in text and "ouder dan 18" not in text
    assert "als je jonger bent dan 18 ook bij de Kindertelefoon" in text


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_help_page_keeps_the_kindertelefoon_first_for_minors(sector_builds, sector):
    assert _student_hotlines(sector_builds[sector])[0] == "De Kindertelefoon"


def test_po_children_walk_up_to_a_person_instead_of_calling(sector_builds):
    built = sector_builds["po"]
    pupils = _article(built, "leerlingen")
    assert "Loop naar je juf of meester, in de klas of in de pauze. Je mag vragen of jullie even apart praten." in pupils
    assert "Vraag je juf, meester of ouders om je naar de vertrouwenspersoon te brengen." in pupils
    assert "Je zegt wie je bent. Bel" not in pupils
    assert "Mail vertrouwenspersoon@" not in pupils
    assert "030 123 4567" in _article(built, "preventiebeleid")


@pytest.mark.parametrize("sector", ["vo", "mbo"])
def test_older_pupils_may_walk_in_or_call(sector_builds, sector):
    pupils = _article(sector_builds[sector], "leerlingen")
    assert "Loop binnen bij de vertrouwenspersoon, of mail" in pupils
    assert "of bel 030 123 4567" in pupils



EDITORS_NOTES = ["In de bronnen heet dit", "In de bron uit 2015", "Over de naam:", "konden vaststellen",
                 "bronnen van dit protocol"]


@pytest.mark.parametrize("sector", SECTORS)
def test_help_page_has_no_editors_notes_or_other_sectors(sector_builds, sector):
    text = _article(sector_builds[sector], "hulp")
    for note in EDITORS_NOTES:
        assert note not in text, f"{sector}: editors' note '{note}'"
    assert "Eerdere naam: Mediawijzer.net" in text
    assert "Meldknop.nl en hetstoptbijjou.nl staan hier niet meer in." in text
    assert "Als u, een medewerker of een andere volwassene zo'n afpersmail krijgt." in text
    if sector != "mbo":
        assert "volwassen student" not in text



@pytest.mark.parametrize("sector", SECTORS)
def test_kindertelefoon_age_and_veilig_thuis_number_written_one_way(sector_builds, sector):
    for name, text in _pages(sector_builds[sector]):
        assert "voor iedereen tot 18 jaar" not in text, f"{sector}/{name}"
        assert "0800-2000" not in text, f"{sector}/{name}: Veilig Thuis is written 0800 2000, as the config writes it"
    if sector == "vo":
        assert "van 8 tot 18 jaar" in _article(sector_builds[sector], "leerlingen")


def test_po_sextortion_advice_fits_children_and_their_adults(sector_builds):
    text = _article(sector_builds["po"], "nieuw")
    assert "stuur niets, betaal niets en vertel het meteen aan je ouders of je juf of meester." in text
    assert "Jij hebt niets fout gedaan." in text
    assert "Maak geen screenshots van de beelden zelf" in text
    assert "Bel de politie op 0900-8844" in text
    assert "Maak screenshots van de chat" not in text
    assert "Maak screenshots van de chat" in _article(sector_builds["vo"], "nieuw")


@pytest.mark.parametrize("sector", SECTORS)
def test_parents_know_whom_to_call_when_the_school_is_closed(sector_builds, sector):
    text = section(sector_builds[sector], "ouders", "school-dicht")
    assert "Is de school dicht?" in text
    assert "Bel bij gevaar 112" in text
    assert "politie op 0900-8844" in text
    assert "Helpwanted" in text and "020 261 52 75" in text
    assert "Bel de school daarna op de eerstvolgende schooldag." in text


@pytest.mark.parametrize("sector", SECTORS)
def test_pupils_wipe_a_sexual_image_of_a_minor_only_after_the_police_has_advised(sector_builds, sector):
    note = _article(sector_builds[sector], "personeel/notitie-collega", staff=True)
    assert "Wis ze overal: uit de chat" not in note.split("Voor u:")[0]
    assert "pas na overleg met de politie" in note
    assert "Dan legt de school ze eerst vast, en moeten ze daarna meteen overal weg." in note
    guide = _article(sector_builds[sector], "personeel/gesprek-klas", staff=True)
    assert "Vraag dan pas om te wissen als de school met de politie heeft overlegd." in guide
    assert "heeft de school de beelden vastgelegd? Dan geeft u de opdracht meteen." in guide
    assert "ze vandaag wist" not in guide


@pytest.mark.parametrize("sector", SECTORS)
def test_incident_file_says_who_may_see_it_how_long_it_is_kept_and_whom_to_ask(sector_builds, sector):
    for staff in (False, True):
        text = _article(sector_builds[sector], "calamiteiten", staff=staff)
        assert "en wie het incident afhandelt, mogen het dossier zien." in text
        assert "bijzondere en strafrechtelijke persoonsgegevens in (artikel 9 en 10 AVG)" in text
        assert "apart en afgesloten" in text
        assert "bewaartermijn uit het privacybeleid van het bestuur" in text
        assert "functionaris gegevensbescherming (FG) van het bestuur" in text
    form = (ROOT / "src/schoolprotocol/paper/templates/incidentformulier.html.j2").read_text(encoding="utf-8")
    assert "functionaris gegevensbescherming (FG)" in form and "artikel 9 en 10 AVG" in form


def test_po_suspension_and_expulsion_follow_the_wpo(sector_builds):
    text = _article(sector_builds["po"], "schoolregels")
    assert "Een schorsing duurt hooguit één week." in text
    assert "namens het bestuur" in text and "meldt het bestuur dat aan de inspectie" in text
    assert "pas als een andere school het kind wil toelaten" in text and "acht weken" not in text
    links = [a["href"] for a in sector_builds["po"].page("schoolregels").select("a.bron")]
    assert any("BWBR0003420&artikel=40c" in link for link in links)
    for sector in ("vo", "mbo"):
        assert "Een schorsing duurt hooguit één week." not in _article(sector_builds[sector], "schoolregels")


