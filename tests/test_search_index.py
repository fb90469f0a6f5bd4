"""The search index step (engine/search.py) and its data file (data/zoekwoorden.yml), without a build.

The browser test (tests/browser/test_search_queries.py) checks what readers get; these check the
parts: where the words go, the weights, phone numbers, and Dutch errors for a wrong data file.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from schoolprotocol.config import InputError
from schoolprotocol.engine.search import FIELD, NUMBERS, WEIGHTS, location, phone_words, tune
from schoolprotocol.facts import DATA_DIR, Zoekwoorden, load_facts

pytestmark = pytest.mark.snel


def _index(*locations: str) -> dict:
    return {"config": {"lang": ["nl"], "fields": {"title": {"boost": 1000.0}}},
            "docs": [{"location": loc, "title": loc, "text": ""} for loc in locations]}


def test_a_place_is_the_content_file_and_anchor_as_the_site_addresses_it():
    assert location("index") == ""
    assert location("index#contacten") == "#contacten"
    assert location("ouders") == "ouders/"
    assert location("calamiteiten#politie") == "calamiteiten/#politie"
    assert location("personeel/pers") == "personeel/pers/"
    assert location("personeel/index") == "personeel/"


def test_words_go_to_their_own_place_and_the_weight_of_a_page_to_its_sections():
    index = _index("begrippen/", "begrippen/#sexting", "ouders/", "ouders/#school-dicht", "wet/")
    places = {
        "begrippen": Zoekwoorden(waarom="Uitleg.", gewicht="onderaan"),
        "ouders": Zoekwoorden(waarom="Ouders.", woorden=["mijn kind"]),
        "ouders#school-dicht": Zoekwoorden(waarom="Dicht.", woorden=["vakantie"], gewicht="hoger"),
    }
    docs = {doc["location"]: doc for doc in tune(index, places)["docs"]}
    assert index["config"]["fields"][FIELD]["boost"] > 0 and NUMBERS in index["config"]["fields"]
    assert docs["ouders/"][FIELD] == "mijn kind" and "boost" not in docs["ouders/"]
    assert docs["ouders/#school-dicht"][FIELD] == "vakantie" and docs["ouders/#school-dicht"]["boost"] == WEIGHTS["hoger"]
    assert docs["begrippen/#sexting"]["boost"] == docs["begrippen/"]["boost"] == WEIGHTS["onderaan"]
    assert FIELD not in docs["wet/"] and "boost" not in docs["wet/"]


def test_the_glossary_weight_puts_a_title_match_below_a_text_match():
    """Material's boosts: title 1000, text 1. The glossary's title match must score below one word of text."""
    assert 1000 * WEIGHTS["onderaan"] < 1
    assert WEIGHTS["onderaan"] < WEIGHTS["lager"] < WEIGHTS["gewoon"] < WEIGHTS["hoger"]


@pytest.mark.parametrize("text,words", [
    ("Bel de school: 030 123 4567.", ["0301234567", "030 1234567"]),
    ("politie: 0900-8844, vraag naar", ["09008844"]),
    ("Helpwanted: 020 261 52 75", ["0202615275", "020 2615275"]),
    ("mentor 06 12345678", ["0612345678", "06 12345678"]),
    ("Bel 112 of 113, ma t/m do 8.30-16.00 uur, sinds 2015-2021", []),
])
def test_phone_numbers_are_also_findable_typed_as_one_number(text, words):
    assert phone_words(text) == words


def test_the_project_search_words_load():
    words = load_facts().zoekwoorden
    assert words["begrippen"].gewicht == "onderaan"
    assert "wat moet ik doen" in words["calamiteiten"].woorden


def _data_with(tmp_path: Path, change) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    path = folder / "zoekwoorden.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.mark.parametrize("change,says", [
    (lambda d: d["ouders"]["woorden"].append("Naaktfoto!"), "Een zoekwoord is gewoon typwerk"),
    (lambda d: d.update({"Ouders.md": {"waarom": "x", "woorden": ["y"]}}), "De plek 'Ouders.md' klopt niet"),
    (lambda d: d["ouders"].pop("waarom"), "Dit verplichte veld ontbreekt"),
    (lambda d: d["ouders"].update({"gewicht": "heel hoog"}), "Deze waarde is niet toegestaan"),
    (lambda d: d.update({"wet": {"waarom": "Niets."}}), "Vul 'woorden' in"),
])
def test_a_wrong_search_words_file_is_refused_in_dutch(tmp_path, change, says):
    with pytest.raises(InputError) as err:
        load_facts(_data_with(tmp_path, change))
    assert says in str(err.value) and "zoekwoorden.yml" in str(err.value)
    assert "technisch" not in str(err.value)
