"""The first steps of a case, the same everywhere (issue 12, points 4-8 and the steps part of 12).

- The site's box 'Eerst dit', the incident card and the form take their steps from one source,
  data/stappen.yml: every action of that box is on the card and the form, word for word.
- The first minutes of a real case: a sexual image of a minor means calling the police now; an image
  on your own phone is not forwarded; nobody confronts the suspected sender before the police has
  advised; the parents of a minor victim are involved in step 1, and victim and parents are asked
  what they want.
- One text on informing parents, with sources, on every page that speaks about it.
- The URL hotline is the Meldpunt Kinderporno; Stop it Now, the Fraudehelpdesk and Stop Online
  Shaming are in the data and in the steps; "gratis" only with a free call.
- mbo deepnudes: what applies to minors and what to adults.

The expected step texts are read from the data file (through the same loader), not written here.
"""

from __future__ import annotations

import re

import pytest
import yaml

from conftest import ROOT, Built, readable
from conftest import section as _section
from outputs import _text_of
from schoolprotocol.facts import load_facts

SECTORS = ["po", "vo", "mbo"]
AUDIENCES = [False, True]
STEPS = yaml.safe_load((ROOT / "data" / "stappen.yml").read_text(encoding="utf-8"))


def _squash(text: str) -> str:
    """Text without any whitespace or hyphenation marks: PDF line breaks and hyphens fall away."""
    return re.sub(r"[\s\u2010\u00ad]", "", text)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _page(built: Built, name: str, *, staff: bool = False) -> str:
    return readable(built.page(name, staff=staff).find("article"))


def _first_box_items(built: Built, staff: bool) -> list[str]:
    """The actions in the box 'Eerst dit', without the site-only 'read more' links."""
    box = built.page("calamiteiten", staff=staff).select_one(".noodblok")
    items = []
    for li in box.find_all("li"):
        for link in li.find_all("a", href=re.compile(r"^#")):
            link.decompose()
        items.append(readable(li).rstrip(" ."))
    return items


def _paper(built: Built, staff: bool) -> dict[str, str]:
    if staff:
        paths = {"kaart": built.intern / "incidentkaart-intern.pdf", "formulier": built.intern / "incidentformulier-intern.pdf"}
    else:
        paths = {"kaart": built.site / "downloads" / "incidentkaart.pdf",
                 "formulier": built.site / "downloads" / "incidentformulier.pdf"}
    return {name: _text_of(path) for name, path in paths.items()}


# --- point 7: card, form and site say the same, from one source ----------------------------------

@pytest.mark.parametrize("staff", AUDIENCES, ids=["openbaar", "intern"])
@pytest.mark.parametrize("sector", SECTORS)
def test_card_and_form_carry_the_first_box_of_the_site_word_for_word(sector_builds, sector, staff):
    built = sector_builds[sector]
    items = _first_box_items(built, staff)
    assert len(items) == len(STEPS["eerst"]), "the box on the site is not the list in data/stappen.yml"
    for item, source in zip(items, STEPS["eerst"]):
        # in the same order as the data: the opening words of each data text start the site's item
        opening = re.sub(r"<[^>]+>", "", source["tekst"].split("{")[0]).split()[:4]
        if not source["tekst"].lstrip().startswith("{%"):
            assert " ".join(item.split()[:len(opening)]) == " ".join(opening), (item, source["tekst"])
    for name, text in _paper(built, staff).items():
        squashed = _squash(text)
        for item in items:
            assert _squash(item) in squashed, f"{sector} {name}: missing the site's first step '{item}'"


@pytest.mark.parametrize("sector", SECTORS)
def test_paper_has_no_weaker_wording_than_the_site(sector_builds, sector):
    built = sector_builds[sector]
    for staff in AUDIENCES:
        for name, text in _paper(built, staff).items():
            flat = " ".join(text.split())
            assert "dezelfde dag" not in flat, f"{sector} {name}"
            assert "Misschien strafbaar" not in flat, f"{sector} {name}"
            assert "meteen" in flat and "vandaag nog" in flat, f"{sector} {name}"


@pytest.mark.snel
def test_the_steps_live_in_one_data_file_read_by_site_and_paper():
    assert {"eerst", "handelen", "communiceren", "ouders_informeren"} <= set(STEPS)
    assert load_facts().stappen is not None
    template = (ROOT / "src" / "schoolprotocol" / "paper" / "templates" / "_stappen.html.j2").read_text(encoding="utf-8")
    assert 'stappen("eerst"' in template and "{% set s1" not in template  # no own copy of the actions
    assert "stappen('eerst')" in (ROOT / "content" / "calamiteiten.md").read_text(encoding="utf-8")


# --- point 8: the first minutes ----------------------------------------------------------------------

@pytest.mark.parametrize("staff", AUDIENCES, ids=["openbaar", "intern"])
@pytest.mark.parametrize("sector", SECTORS)
def test_first_box_covers_the_first_minutes_of_a_real_case(sector_builds, sector, staff):
    built = sector_builds[sector]
    box = " ".join(_first_box_items(built, staff))
    police = load_facts().organisaties["politie"].telefoon
    # a sexual image of a minor: call the police now, the wijkagent or the police's own number
    assert "onder de 18? Bel dan nu de politie" in box and "wijkagent" in box
    assert _digits(police) in _digits(box)
    # someone sent you the image: possession is a crime (art. 252 Sr), so no open-ended keeping:
    # show nobody (not the school leader either), ask the police today, delete if no answer that day
    assert "Heeft iemand u het beeld gestuurd? Dan heeft u niets fout gedaan." in box
    assert "stuur het niet door en laat het niemand zien, ook de schoolleiding niet" in box
    assert "Bel vandaag nog de politie" in box and "of u het meteen moet wissen" in box
    assert "Geen antwoord die dag? Wis het dan, ook uit de prullenbak en de back-up." in box
    assert "wanneer u het kreeg en wanneer u het wiste" in box
    assert "eigen telefoon" not in box and "als de politie zegt hoe" not in box
    # do not confront the suspected sender before the police has advised
    assert "nog niet aan" in box and "advies van de politie" in box
    # the parents of a minor victim in step 1, and what victim (and parents) want
    assert "jonger dan 18? Betrek de" in box and "vandaag nog" in box
    assert "wat zij willen" in box or "wat hij of zij wil" in box
    if sector == "mbo":
        assert "18 of ouder? Vraag dan eerst of de student wil dat de ouders het horen" in box
    else:
        assert "Vraag het slachtoffer en de" in box


def test_protocol_pdf_carries_the_first_box(sector_builds):
    text = _squash(_text_of(sector_builds["vo"].site / "downloads" / "protocol.pdf"))
    for item in _first_box_items(sector_builds["vo"], False):
        assert _squash(item) in text, item


# --- point 6: one text on informing parents --------------------------------------------------------

def _parents_text(text: str) -> str:
    start = text.index("Tot 18 jaar staat")
    end = text.index("Volg dan de meldcode", start)
    return text[start:text.index(".", end) + 1]


@pytest.mark.parametrize("sector", SECTORS)
def test_parents_rules_are_one_text_on_steps_checklist_and_conversation_guide(sector_builds, sector):
    built = sector_builds[sector]
    for staff in AUDIENCES:
        steps = _parents_text(_section(built, "calamiteiten", "ouders", staff=staff))
        checklist = _parents_text(_page(built, "checklist", staff=staff))
        assert steps == checklist, f"{sector}: steps and checklist differ"
    guide = _parents_text(_page(built, "personeel/gesprek-slachtoffer", staff=True))
    assert guide == _parents_text(_section(built, "calamiteiten", "ouders", staff=True))
    letter = " ".join(_text_of(built.intern / "brieven" / "gesprek-slachtoffer.docx").split())
    assert "Tot 18 jaar staat" in letter and "Volg dan de meldcode" in letter
    assert "gezag" in steps and "1:245" in steps
    assert "))" not in steps.replace(" ", "")  # no article in brackets inside brackets (legal review, finding 1)
    # legal review, finding 4: no 'always, at any age' for adults; no UAVG art. 5 (consent under 16) here
    assert "op elke leeftijd" not in steps and "UAVG" not in steps
    if sector != "po":
        assert "16 of 17 jaar? Dan bespreekt de school eerst met de" in steps and "wat de ouders horen en hoe" in steps
        assert ("18 of ouder, dan licht de school de ouders alleen in met toestemming van de" in steps
                and "zonder toestemming alleen bij direct gevaar voor leven of gezondheid" in steps)
        assert "artikel 6 lid 1 onder d van de Algemene verordening gegevensbescherming (AVG)" in steps
    for page in ("calamiteiten", "checklist"):
        old = _page(built, page)
        assert "jonger dan 16? Dan hebben de ouders recht op informatie" not in old
        assert "jonger dan 16: altijd" not in old


@pytest.mark.snel
def test_parents_rules_have_sources_in_the_law_data():
    wetten = load_facts().wetten
    for key in ("ouderlijk_gezag", "avg_vitaal_belang"):
        rule = wetten[key]
        assert rule.bron.startswith("https://") and rule.gecontroleerd_op and rule.nagekeken


# --- point 4: hotlines named right, new organisations, 'gratis' -------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_the_url_hotline_is_the_meldpunt_kinderporno(sector_builds, sector):
    built = sector_builds[sector]
    for staff in AUDIENCES:
        section = _section(built, "calamiteiten", "melden-misbruik", staff=staff)
        assert "Meldpunt Kinderporno" in section and "meldpunt van Helpwanted" not in section
        heading = built.page("calamiteiten", staff=staff).find(id="melden-misbruik")
        links = [a["href"] for a in heading.find_next("ul").find_all("a") if "Meldpunt" in a.get_text()]
        assert links and all(h.endswith("#meldpunt_kinderporno") for h in links), links
        about = _page(built, "over", staff=staff)
        assert "Helpwanted, het Meldpunt Kinderporno en Stop it Now nu bij Offlimits" in about
        assert "onder Helpwanted (Offlimits)" not in about
    assert "meldpunt van Helpwanted" not in built.all_html()


@pytest.mark.parametrize("sector", SECTORS)
def test_stop_it_now_and_fraudehelpdesk_are_on_the_help_page(sector_builds, sector):
    page = sector_builds[sector].page("hulp")
    facts = load_facts()
    fraude = page.find(id="fraudehelpdesk")
    assert fraude is not None
    assert _digits(facts.organisaties["fraudehelpdesk"].telefoon) in _digits(_page(sector_builds[sector], "hulp"))
    assert (page.find(id="stop_it_now") is not None) == (sector != "po")
    nieuw = _page(sector_builds[sector], "nieuw")
    assert "Fraudehelpdesk" in nieuw
    if sector == "mbo":
        assert "volwassen student" in nieuw


@pytest.mark.snel
def test_new_organisations_have_source_date_and_an_uncertain_number_is_announced():
    facts = load_facts()
    for key in ("stop_it_now", "fraudehelpdesk", "stop_online_shaming", "meldpunt_kinderporno"):
        org = facts.organisaties[key]
        assert org.bron.startswith("https://") and org.gecontroleerd_op
    flagged = " ".join(facts.unverified_numbers("vo"))
    for org in facts.organisaties.values():
        if org.onzeker and "vo" in org.sectoren:
            assert org.naam in flagged


def test_gratis_only_where_the_call_is_free(sector_builds):
    facts = load_facts()
    helpwanted = facts.organisaties["offlimits"]
    assert "gratis" not in (helpwanted.telefoon_toelichting or "") and "gratis" not in helpwanted.wat
    for key, org in facts.organisaties.items():
        note = org.telefoon_toelichting or ""
        if org.telefoon and "gratis" in note and not any(w in note for w in ("betaald", "belkosten")):
            assert org.telefoon.startswith(("0800", "113")), f"{key}: 'gratis' with a number that costs money"
    for sector in SECTORS:
        pupils = _page(sector_builds[sector], "leerlingen")
        assert "helpt gratis" not in pupils and "Dat kan, gratis en zonder je naam" not in pupils
        card = " ".join(_text_of(sector_builds[sector].site / "downloads" / "incidentkaart.pdf").split())
        number = helpwanted.telefoon
        after = card[card.index(number) + len(number):][:40]
        assert "gratis" not in after, after


# --- point 12 (steps): Stop Online Shaming for other images ----------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_stop_online_shaming_is_in_the_steps_for_non_sexual_images(sector_builds, sector):
    built = sector_builds[sector]
    name = load_facts().organisaties["stop_online_shaming"].naam
    for staff in AUDIENCES:
        section = _section(built, "calamiteiten", "trusted-flagger", staff=staff)
        assert name in section and "niets seksueels" in section
        assert name in _page(built, "checklist", staff=staff)
        for text in _paper(built, staff).values():
            assert _squash(name) in _squash(text)


# --- point 5: mbo deepnudes ---------------------------------------------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_deepnudes_minors_and_adults_apart(sector_builds, sector):
    for staff in AUDIENCES:
        text = _page(sector_builds[sector], "nieuw", staff=staff)
        assert "precies zoals een echt naaktbeeld van een kind" not in text
        assert "jonger dan 18?** " not in text
        assert "Voor elke deepnude geldt: niemand bewaart" in text
        assert "jonger dan 18? Dan telt een deepnude voor de wet als seksueel beeld van een kind" in text
        adults = "18 of ouder? Dan is het geen beeld van een kind"
        if sector == "mbo":
            assert adults in text and "254ba" in text and "ook als het nep is of met AI is gemaakt" in text
        else:
            assert adults not in text
    protocol = " ".join(_text_of(sector_builds["mbo"].site / "downloads" / "protocol.pdf").split())
    if sector == "mbo":
        assert "254ba" in protocol


@pytest.mark.parametrize("sector", SECTORS)
def test_classmates_are_asked_to_delete_only_after_the_police_was_consulted(sector_builds, sector):
    """Legal review, finding 5: no group-wide 'please delete' before the police has advised."""
    built = sector_builds[sector]
    for staff in AUDIENCES:
        texts = _paper(built, staff)  # step 3 of the card and the form
        for name, text in texts.items():
            flat = _squash(text)
            assert _squash("anders pas na overleg met de politie.") in flat, name
            assert _squash("meteen als er zeker niets seksueels op staat (eerst vastleggen)") in flat, name
            assert _squash("Of u dat in de hele groep bespreekt, spreekt u af met het slachtoffer") in flat, name
            assert _squash("als het slachtoffer dat goed vindt") not in flat, name
