"""Search in Dutch, in the browser: what a reader types finds the pages that say it.

The protocol's text changes, so the expected pages come from the built pages
themselves: every page whose text has the word must be among the results.
"""

from __future__ import annotations

import json
import re
import shutil
from urllib.parse import urlsplit

import pytest

from conftest import Built


def pages_with(built: Built, word: str) -> set[str]:
    """URL paths ('', 'calamiteiten/') of public pages whose article text has a word starting with `word`."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}", re.IGNORECASE)
    found = set()
    for path in built.site.rglob("index.html"):
        name = path.parent.relative_to(built.site).as_posix()
        name = "" if name == "." else name + "/"
        if pattern.search(built.article(name.rstrip("/"))):
            found.add(name)
    return found


def search(visitor, query: str) -> set[str]:
    """Type `query` in the search box; return the URL paths of all result pages."""
    page = visitor.page
    visitor.open()
    visitor.wait_for_search()
    visitor.search_for(query)
    meta = page.locator(".md-search-result__meta").text_content()
    wanted = int(m.group(1)) if (m := re.search(r"(\d+) overeenkomend", meta)) else 0
    items = page.locator(".md-search-result__item")
    for _ in range(20):  # Material shows results in batches as the list scrolls
        if items.count() >= wanted:
            break
        page.locator(".md-search__scrollwrap").evaluate("el => el.scrollTo(0, el.scrollHeight)")
        page.wait_for_timeout(100)
    hrefs = page.locator(".md-search-result__item > .md-search-result__link").evaluate_all("els => els.map(a => a.href)")
    base = urlsplit(visitor.site.url).path
    return {urlsplit(href).path.removeprefix(base) for href in hrefs}


@pytest.fixture
def visitor(example_site, visit):
    return visit(example_site)


@pytest.mark.parametrize("word", ["sexting", "wijkagent", "verwijderen"])
def test_search_finds_every_page_that_has_the_word(word, example_build, visitor):
    expected = pages_with(example_build, word)
    assert expected, f"no page has '{word}' (content missing?)"
    found = search(visitor, word)
    assert expected <= found, f"not found: {sorted(expected - found)}"


def test_search_finds_the_calamity_page_for_removing_images(visitor):
    assert "calamiteiten/" in search(visitor, "verwijderen")


def test_search_stems_dutch_words(example_build, visitor):
    """The plural finds the pages with the singular: the Dutch stemmer is on."""
    index = json.loads((example_build.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == ["nl"] and "stemmer" in index["config"]["pipeline"]
    singular = pages_with(example_build, "wijkagent")
    assert singular <= search(visitor, "wijkagenten")


def test_search_finds_nothing_for_a_word_that_is_nowhere(visitor):
    assert search(visitor, "xylofoonles") == set()


def test_whole_words_find_their_other_forms(example_build, serve, visit, tmp_path):
    """Independent of the protocol's text: a search index of our own, searched by the real worker.
    Material adds a wildcard to each word typed; the stem must still match (see zoeken.js)."""
    site = tmp_path / "site"
    shutil.copytree(example_build.site, site)
    index_file = site / "search" / "search_index.json"
    index = json.loads(index_file.read_text(encoding="utf-8"))
    index["docs"] = [
        {"location": "a/", "title": "Beelden", "text": "De school laat de beelden verwijderen."},
        {"location": "b/", "title": "Politie", "text": "Bel de wijkagent."},
        {"location": "c/", "title": "Gedaan", "text": "Het bericht is verwijderd."},
    ]
    index_file.write_text(json.dumps(index), encoding="utf-8")
    visitor = visit(serve(site))
    assert search(visitor, "verwijderen") == {"a/"}
    assert search(visitor, "wijkagenten") == {"b/"}  # plural -> the page with the singular
    assert search(visitor, "verwijder") == {"a/", "c/"}  # typing ahead still finds both
