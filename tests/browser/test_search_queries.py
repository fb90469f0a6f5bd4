"""Search that answers (issue 15): what parents, pupils and staff type leads to the page they need.

Each query is typed in the real search box of the public site of each sector's example
(`voorbeelden/po.yml`, `vo.yml`, `mbo.yml`), in Chromium. The expected pages come from what the
reader needs, not from what the search returns: every expected page must be among the first
three results (Material shows one result per page, in the order of its best part).

Run alone, this module prints a table: query, expected page, rank per sector.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from conftest import ROOT
from schoolprotocol.engine.search import location

from .conftest import DESKTOP, Visitor
from schoolprotocol.facts import load_facts

SECTORS = ("po", "vo", "mbo")
TOP = 3
SCHOOL_NUMBER = "<nummer van de school>"  # replaced by the school's number from its config

#: (query, expected pages (URL paths, '' is the start page), who types it and why that page).
QUERIES: list[tuple[str, tuple[str, ...], str]] = [
    ("wat moet ik doen", ("calamiteiten/", "ouders/", "leerlingen/"),
     "iedereen in paniek: het stappenplan (personeel), wat ouders en wat leerlingen nu doen"),
    ("112", ("hulp/",), "wanneer bel ik 112 en wanneer het gewone nummer van de politie"),
    ("113", ("hulp/",), "hulp bij gedachten aan zelfdoding"),
    (SCHOOL_NUMBER, ("",), "van wie is dit nummer: de contacten op de startpagina"),
    ("uitgelekte foto", ("leerlingen/",), "leerling van wie een foto rondgaat"),
    ("sexting", ("calamiteiten/",), "medewerker die het vakwoord kent: het stappenplan"),
    ("naaktfoto", ("leerlingen/",), "leerling: wat doe ik"),
    ("nudes", ("leerlingen/",), "leerling, spreektaal"),
    ("gelekt", ("leerlingen/",), "leerling, spreektaal"),
    ("chantage", ("nieuw/",), "afpersing met naaktbeelden (sextortion): wat moet je doen"),
    ("afpersing", ("nieuw/",), "idem, het gewone woord"),
    ("aangifte doen", ("hulp/",), "hoe bereik ik de politie voor een aangifte"),
    ("politie", ("hulp/",), "het nummer van de politie en wanneer je belt"),
    ("pesten", ("schoolregels/",), "hoe de school pesten aanpakt"),
    ("mijn kind", ("ouders/",), "ouder"),
    ("stappenplan", ("calamiteiten/",), "medewerker"),
    ("vertrouwenspersoon", ("leerlingen/",), "leerling: hoe bereik ik de vertrouwenspersoon"),
    ("anoniem melden", ("leerlingen/",), "leerling: melden zonder naam"),
    ("deepfake", ("nieuw/",), "nepnaaktbeelden"),
    ("foto laten verwijderen", ("calamiteiten/",), "hoe beelden offline gehaald worden"),
    # the letters and the press text are staff material (issue 15): the public site has the page that says so
    ("brief aan ouders", ("personeel/",), "medewerker die de brieven zoekt op de openbare site"),
    ("journalist", ("calamiteiten/",), "medewerker die door de pers wordt gebeld"),
    ("filmen in de klas", ("schoolregels/",), "mag dat: de regels over filmen"),
    ("is dat strafbaar", ("wet/",), "wat de wet zegt"),
    ("zelfmoord", ("hulp/",), "113"),
    ("kindertelefoon", ("hulp/",), "een hulplijn op naam"),
    ("vakantie", ("ouders/",), "ouder: de school is dicht, wat nu"),
    ("mijn kind heeft een foto doorgestuurd", ("ouders/",), "ouder van een kind dat zelf deelde"),
    ("meldplicht", ("calamiteiten/",), "medewerker: een collega is de dader"),
    ("checklist", ("checklist/",), "medewerker die wil afvinken"),
]


@pytest.fixture(scope="module")
def example_sites(voorbeeld_builds, serve) -> dict[str, object]:
    """Each sector's example: the public site of the run's shared build (conftest.py), served."""
    return {sector: serve(voorbeeld_builds[sector].site) for sector in SECTORS}


def school_number(sector: str) -> str:
    data = yaml.safe_load((ROOT / "voorbeelden" / f"{sector}.yml").read_text(encoding="utf-8"))
    return str(data["school"]["telefoon"])


def ranked(visitor, query: str) -> list[str]:
    """Type `query` in the search box; the URL paths of the result pages, best first."""
    # empty the box first and wait until the previous results are gone, so they are never read as these
    box = visitor.page.locator(".md-search__input")
    box.fill("")
    box.press("End")  # Material reacts to key-up
    visitor.page.wait_for_function(
        "() => !/overeenkomend|Geen/.test(document.querySelector('.md-search-result__meta').textContent)")
    visitor.search_for(query)
    links = visitor.page.locator(".md-search-result__item").evaluate_all(
        "items => items.map(li => li.querySelector('a.md-search-result__link').href)")
    base = urlsplit(visitor.site.url).path
    return [urlsplit(href).path.removeprefix(base) for href in links]


@pytest.fixture(scope="module")
def results(example_sites, browser) -> dict[str, dict[str, list[str]]]:
    """sector -> query -> result pages, for every query (one tab per sector, the search loaded once)."""
    found: dict[str, dict[str, list[str]]] = {}
    for sector, site in example_sites.items():
        context = browser.new_context(viewport=DESKTOP, reduced_motion="reduce", service_workers="block")
        try:
            visitor = Visitor(context, site)
            visitor.open()
            visitor.wait_for_search()
            found[sector] = {}
            for query, _, _ in QUERIES:
                typed = school_number(sector) if query == SCHOOL_NUMBER else query
                found[sector][query] = ranked(visitor, typed)
            assert not visitor.elsewhere, visitor.elsewhere
        finally:
            context.close()
    _print_table(found)
    return found


def _rank(pages: list[str], page: str) -> str:
    return str(pages.index(page) + 1) if page in pages else "-"


def _print_table(found: dict[str, dict[str, list[str]]]) -> None:
    rows = [("zoekvraag", "verwachte pagina", *SECTORS)]
    for query, expected, _ in QUERIES:
        for page in expected:
            rows.append((query, page or "(start)", *(_rank(found[s][query], page) for s in SECTORS)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    print("\n" + "\n".join(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)) for row in rows))


@pytest.mark.parametrize("sector", SECTORS)
@pytest.mark.parametrize("query,expected", [(q, e) for q, e, _ in QUERIES], ids=[q for q, _, _ in QUERIES])
def test_the_page_a_reader_needs_is_in_the_first_three(results, sector, query, expected):
    pages = results[sector][query]
    missing = [page or "(start)" for page in expected if page not in pages[:TOP]]
    assert not missing, f"'{query}' ({sector}): {missing} niet bij de eerste {TOP}; wel: {pages[:6]}"


def test_there_are_enough_real_queries():
    assert len(QUERIES) >= 20
    assert {"wat moet ik doen", "112", "113", "uitgelekte foto", "sexting"} <= {q for q, _, _ in QUERIES}


@pytest.mark.parametrize("sector", SECTORS)
def test_glossary_entries_rank_below_every_real_page(results, sector):
    """For every query, no page comes after the glossary page: it is last when it is found at all."""
    for query, pages in results[sector].items():
        if "begrippen/" in pages:
            assert pages[-1] == "begrippen/", f"'{query}' ({sector}): {pages}"


def test_every_place_in_the_search_words_exists_in_some_sector(example_sites):
    """A place in data/zoekwoorden.yml that no sector's site has is a typo (a heading may exist in one sector only)."""
    locations = set()
    for site in example_sites.values():
        for root in (Path(site.root), Path(site.root).parent / "intern" / "site"):  # staff material: staff site only
            index = json.loads((root / "search" / "search_index.json").read_text(encoding="utf-8"))
            locations |= {doc["location"] for doc in index["docs"]}
    unknown = [place for place in load_facts().zoekwoorden if location(place) not in locations]
    assert unknown == [], f"plekken in data/zoekwoorden.yml die geen site heeft: {unknown}"


@pytest.mark.parametrize("sector", SECTORS)
def test_the_search_words_are_never_shown(example_sites, visit, sector):
    """The words in data/zoekwoorden.yml steer the ranking; a reader never sees them in a result."""
    visitor = visit(example_sites[sector])
    visitor.open()
    visitor.wait_for_search()
    visitor.search_for("dickpic")  # only in the search words of the pupils' page
    shown = visitor.page.locator(".md-search-result__list").inner_text()
    assert "Voor" in shown and not re.search(r"dickpic|pikfoto|snitch", shown, re.IGNORECASE)
