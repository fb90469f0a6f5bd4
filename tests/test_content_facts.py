"""The facts behind the content: glossary tooltips, organisations, the law page, sector words.

Everything is checked on real output: the three sector builds of the example
school (po, vo, mbo) and, for the stale-data warning, a real build with a
copy of the data files in a temporary folder.
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from conftest import school_with
from schoolprotocol import pipeline
from schoolprotocol.config.problems import InputError
from schoolprotocol.config.types import tel_uri
from schoolprotocol.facts import DATA_DIR, load_facts

FACTS = load_facts()
SECTORS = ("po", "vo", "mbo")
#: Content A's pages reference these keys (organisaties.x); they must stay.
REQUIRED_ORGANISATIONS = ("politie", "offlimits", "kindertelefoon", "113", "veilig_thuis", "school_en_veiligheid", "halt")


# --- reading running text with its tooltips --------------------------------------------------------

_INLINE = {"a", "abbr", "strong", "em", "span", "small", "b", "i", "sup", "sub", "mark", "kbd", "br"}
#: Not running text: code, the school's own formatted or contact text (escaped values, where the
#: abbreviation extension cannot reach), heading permalinks, phone links, and links that show an address.
_SKIP_NAMES = {"code", "pre", "script", "style", "svg"}
_SKIP_CLASSES = {"opmaak", "contact", "headerlink", "tel"}
_ADDRESS = re.compile(r"^(?:\S+\.[a-z]{2,}\S*|\S+@\S+)$")


def running_text(article: Tag) -> tuple[str, dict[tuple[int, int], str]]:
    """The article's readable text, and where each `<abbr>` sits in it (with its title)."""
    parts: list[str] = []
    spans: dict[tuple[int, int], str] = {}
    length = 0

    def add(text: str) -> None:
        nonlocal length
        parts.append(text)
        length += len(text)

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                add(str(child))
                continue
            classes = set(child.get("class") or [])
            if (child.name in _SKIP_NAMES or classes & _SKIP_CLASSES
                    or (child.name == "a" and _ADDRESS.match(child.get_text(strip=True)))):
                add("\n")
                continue
            if child.name == "abbr":
                start = length
                add(child.get_text())
                spans[(start, length)] = child.get("title", "")
                continue
            walk(child)
            if child.name not in _INLINE:
                add("\n")

    walk(article)
    return "".join(parts), spans


_OWNER = {word.lower(): begrip for begrip in FACTS.begrippen for word in begrip.woorden}
_ANY_TERM = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_OWNER, key=len, reverse=True)) + r")\b",
                       re.IGNORECASE)


def missing_tooltips(article: Tag, sector: str) -> list[str]:
    """Each glossary word in running text (any capitalisation) that is not exactly one tooltip with its sector's text.

    A word of an entry that is not for this sector (`sectoren`) is reported too: that page names a term the
    sector's glossary does not explain.
    """
    here = {b.term: b for b in FACTS.begrippen_voor(sector)}
    text, spans = running_text(article)
    problems = []
    for match in _ANY_TERM.finditer(text):
        begrip = _OWNER[match.group().lower()]
        where = text[max(0, match.start() - 30):match.end() + 30].replace("\n", " ")
        title = spans.get((match.start(), match.end()))
        if begrip.term not in here:
            problems.append(f"'{match.group()}' staat in de tekst, maar '{begrip.term}' is geen begrip voor {sector}: …{where}…")
        elif title is None:
            problems.append(f"'{match.group()}' zonder uitleg (voeg de schrijfwijze toe aan '{begrip.term}'?): …{where}…")
        elif title != here[begrip.term].kort:
            problems.append(f"'{match.group()}' heeft de uitleg van een ander begrip of een andere sector: …{where}…")
    return problems


def pages(built) -> list[tuple[str, Path]]:
    return [(str(p.parent.relative_to(built.site)), p) for p in sorted(built.site.rglob("index.html"))]


def article_of(path: Path) -> Tag:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").find("article")


# --- glossary --------------------------------------------------------------------------------------


@pytest.mark.parametrize("sector", SECTORS)
def test_every_glossary_word_in_running_text_has_its_tooltip(sector_builds, sector):
    built = sector_builds[sector]
    problems = {name: missing_tooltips(article_of(path), sector) for name, path in pages(built)}
    problems = {name: found for name, found in problems.items() if found}
    assert not problems, problems


@pytest.mark.snel
def test_the_check_finds_a_word_without_tooltip():
    """The tooltip check itself: plain, half-wrapped and wrongly wrapped words are all reported."""
    sexting = {b.term: b for b in FACTS.begrippen_voor("vo")}["sexting"]
    html = (f'<article><p>Over SEXTING. Over shame-<abbr title="{sexting.kort}">sexting</abbr>.'
            f' Over <abbr title="iets anders">sexting</abbr>. Over <abbr title="{sexting.kort}">sexting</abbr>.</p>'
            f'<div class="opmaak">sexting van de school zelf</div></article>')
    found = missing_tooltips(BeautifulSoup(html, "html.parser").find("article"), "vo")
    assert len(found) == 3
    assert "SEXTING" in found[0] and "shame-sexting" in found[1] and "ander begrip" in found[2]


@pytest.mark.parametrize("sector", SECTORS)
def test_glossary_page_has_every_term_of_the_sector_under_its_anchor(sector_builds, sector):
    page = sector_builds[sector].page("begrippen")
    begrippen = FACTS.begrippen_voor(sector)
    for begrip in begrippen:
        heading = page.find(id=begrip.anker)
        assert heading is not None and heading.name == "h2", begrip.term
        assert heading.get_text().replace("¶", "").strip().lower() == begrip.term
        text = " ".join(heading.find_next_sibling("p").get_text().split())
        assert text == " ".join(begrip.uitleg.split())
    assert len(page.select("article h2")) == len(begrippen)
    links = [a["href"] for a in page.select("article a[href^='#']") if "headerlink" not in a.get("class", [])]
    assert links and all(page.find(id=href[1:]) is not None for href in links)  # 'Zie ook' stays within the sector


@pytest.mark.snel
def test_glossary_anchor_is_the_term_with_hyphens():
    assert {b.term: b.anker for b in FACTS.begrippen}["trusted flagger"] == "trusted-flagger"
    assert all(re.fullmatch(r"[a-zà-ÿ0-9-]+", b.anker) for b in FACTS.begrippen)


@pytest.mark.snel
def test_source_terms_are_in_the_glossary():
    terms = {b.term for b in FACTS.begrippen_voor("vo")}
    words = {w.lower() for b in FACTS.begrippen_voor("vo") for w in b.woorden}
    assert {"sociale media", "videoplatform", "beeldpesten", "sexting", "shame-sexting", "slut-shaming",
            "victim-blaming", "exposing", "expose-account", "cyberbaiting", "meme", "meme-account", "hate-account",
            "snitching", "ramptoerisme", "slachtoffervideo", "grooming", "trusted flagger", "sextortion", "deepnude",
            "seksueel kindermisbruikmateriaal", "doxing", "sexchatting"} <= terms
    assert {"expose-accounts", "slachtoffervideo's", "blaming the victim", "kinderporno", "memes"} <= words


def _data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA_DIR, folder)
    return folder


@pytest.mark.snel
def test_a_word_under_two_terms_is_refused_in_dutch(tmp_path):
    folder = _data_copy(tmp_path)
    items = yaml.safe_load((folder / "begrippen.yml").read_text(encoding="utf-8"))
    items[1]["varianten"].append("sexting")
    (folder / "begrippen.yml").write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_facts(folder)
    assert "staat bij twee begrippen" in str(err.value)


@pytest.mark.snel
def test_markup_in_a_glossary_text_is_refused_in_dutch(tmp_path):
    folder = _data_copy(tmp_path)
    items = yaml.safe_load((folder / "begrippen.yml").read_text(encoding="utf-8"))
    items[0]["uitleg"] = "Dit is **vet** en <b>ook</b>."
    (folder / "begrippen.yml").write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_facts(folder)
    assert "opmaakteken" in str(err.value) and "begrippen.yml" in str(err.value)
    assert "Deze waarde klopt niet" not in str(err.value)  # the reason is the message, not a technical tip


# --- organisations ---------------------------------------------------------------------------------


@pytest.mark.snel
def test_required_organisations_exist():
    assert set(REQUIRED_ORGANISATIONS) <= set(FACTS.organisaties)


@pytest.mark.snel
def test_every_organisation_has_a_source_and_a_check_date():
    for key, org in FACTS.organisaties.items():
        assert org.bron.startswith("https://"), key
        assert org.gecontroleerd_op <= date.today(), f"{key}: controledatum ligt in de toekomst"
        assert all(extra.startswith("https://") for extra in org.meer_bronnen), key


def _age_organisation(folder: Path, key: str, checked: date) -> None:
    path = folder / "organisaties.yml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data[key]["gecontroleerd_op"] = checked
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.snel
def test_stale_rule_is_one_year(tmp_path):
    folder = _data_copy(tmp_path)
    today = date(2030, 6, 1)
    _age_organisation(folder, "halt", today - timedelta(days=365))
    assert not [n for n in load_facts(folder).stale(today) if "Halt" in n]
    _age_organisation(folder, "halt", today - timedelta(days=366))
    assert [n for n in load_facts(folder).stale(today) if "Halt" in n]


def test_build_warns_in_dutch_for_an_organisation_not_checked_for_a_year(tmp_path, monkeypatch, cli):
    folder = _data_copy(tmp_path)
    old = date.today() - timedelta(days=400)
    _age_organisation(folder, "kindertelefoon", old)
    monkeypatch.setattr(pipeline, "load_facts", lambda: load_facts(folder))
    config = school_with(tmp_path / "in", lambda d: None)

    result = cli("build", "--config", config, "--site", tmp_path / "site", "--intern", tmp_path / "intern",
                 "--alleen-site")

    assert result.code == 0, result.err
    assert "Let op: de gegevens van De Kindertelefoon" in result.err
    assert "meer dan een jaar geleden" in result.err and old.isoformat() in result.err
    assert "Controleer ze bij https://" in result.err
    assert "Helpwanted" not in result.err  # only the stale entry is named


@pytest.mark.parametrize("sector", SECTORS)
def test_help_page_has_each_organisation_under_its_key_with_dialable_numbers(sector_builds, sector):
    page = sector_builds[sector].page("hulp")
    for key, org in FACTS.organisaties.items():
        heading = page.find(id=key)
        if sector not in org.sectoren:
            assert heading is None, key
            continue
        assert heading is not None and heading.name == "h3", key
        section = []
        for sibling in heading.find_next_siblings():
            if sibling.name in ("h2", "h3"):
                break
            section.append(sibling)
        hrefs = [a["href"] for part in section for a in part.select("a[href]")]
        numbers = [org.telefoon, *(extra.nummer for extra in org.extra_telefoons)] if org.telefoon else []
        if org.onzeker:  # an unchecked number is not on the public site
            numbers = []
        for number in numbers:
            assert tel_uri(number) in hrefs, (key, number)
        assert org.website in hrefs and org.bron not in hrefs or org.bron == org.website, key  # bron: staff only
        group = heading.find_previous("h2")
        expected = {"leerlingen": "voor-leerlingen", "ouders": "voor-ouders", "school": "voor-de-school"}[org.voor[0]]
        if sector == "po" and org.voor[0] == "leerlingen" and key != "kindertelefoon":
            expected = "voor-ouders"  # po: children see a grown-up and the Kindertelefoon; the rest is for parents
        assert group["id"] == expected, key


def test_short_and_service_numbers_dial_as_written(example_build):
    hrefs = [a["href"] for a in example_build.page("hulp").select("article a.tel")]
    assert "tel:113" in hrefs and "tel:112" in hrefs and "tel:08000432" in hrefs
    assert "tel:+31113" not in hrefs
    assert tel_uri("030 123 4567") == "tel:+31301234567"


def test_organisations_that_were_left_out_are_named_on_the_help_page(example_build):
    text = example_build.article("hulp")
    assert "Meldknop.nl" in text and "hetstoptbijjou.nl" in text
    assert "Helpwanted en het Meldpunt Kinderporno horen nu bij Offlimits" in text


# --- law page --------------------------------------------------------------------------------------

_OFFICIAL = re.compile(r"^https://(?:wetten\.overheid\.nl|www\.om\.nl|www\.rijksoverheid\.nl|autoriteitpersoonsgegevens\.nl)/")


def _statements(page: BeautifulSoup) -> list[Tag]:
    """Paragraphs and list items after the first section heading, outside notes and tips."""
    article = page.find("article")
    first = article.find("h2")
    found = []
    for element in first.find_all_next(["p", "li"]):
        if element.find_parent(class_="admonition") or element.find_parent("article") is not article:
            continue
        if element.name == "p" and element.find_parent("li"):
            continue
        found.append(element)
    return found


def test_law_page_names_a_source_for_each_statement(example_build):
    page = example_build.page("wet")
    statements = _statements(page)
    assert len(statements) >= 15
    for statement in statements:
        sources = statement.select("a.bron")
        text = " ".join(statement.get_text().split())
        assert sources, f"geen bron bij: {text}"
        assert all(a["href"].startswith("https://") and a.get_text(strip=True) for a in sources), text
        if re.search(r"\bartikel\b", text):
            assert any(a["href"].startswith("https://wetten.overheid.nl/") for a in sources), text
    # every section leans on at least one law text or official page
    for heading in page.select("article h2"):
        section_sources = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            section_sources += [a["href"] for a in sibling.select("a.bron")]
        assert any(_OFFICIAL.match(href) for href in section_sources), heading.get_text()


def test_law_page_covers_the_current_rules(example_build):
    text = example_build.article("wet")
    for phrase in ("1 juli 2024", "artikel 252", "artikel 251", "sexchatting", "1 januari 2024", "artikel 285d",
                   "artikel 285b", "artikel 261", "artikel 262", "artikel 266", "artikel 6:162", "artikel 21 Auteurswet",
                   "Halt", "Pubers in beeld", "onder de 16"):
        assert phrase in text, phrase


# --- sector words on the pages for parents and pupils ----------------------------------------------


@pytest.mark.parametrize("sector, mentor, pupils, not_used", [
    ("po", "juf of meester", "leerlingen", r"\bstudent"),  # the po page is written for children
    ("vo", "mentor", "leerlingen", r"\bstudent"),
    ("mbo", "SLB'er", "studenten", r"\bleerling"),
])
def test_pupils_page_speaks_the_sectors_words(sector_builds, sector, mentor, pupils, not_used):
    built = sector_builds[sector]
    text = built.article("leerlingen")
    assert built.page("leerlingen").find("h1").get_text().replace("¶", "").strip() == f"Voor {pupils}"
    assert f"je {mentor}" in text
    assert not re.search(not_used, text), re.search(not_used, text)
    assert "Het is niet jouw schuld" in text
    assert not re.search(r"\bu\b|\buw\b", text), "de pagina voor leerlingen spreekt je aan, niet u"


@pytest.mark.parametrize("sector", SECTORS)
def test_parents_page_addresses_parents_and_knows_adult_students(sector_builds, sector):
    text = sector_builds[sector].article("ouders")
    assert "18 jaar of ouder" in text if sector == "mbo" else "18 jaar of ouder" not in text
    assert re.search(r"\buw kind\b", text)
    mentor = {"po": "groepsleerkracht", "vo": "mentor", "mbo": "SLB'er"}[sector]
    assert f"Bel de {mentor}" in text


def test_reporting_channels_of_the_school_are_on_the_pupils_page(example_build):
    page = example_build.page("leerlingen")
    section = page.find(id="melden-op-school")
    assert section is not None
    text = example_build.article("leerlingen")
    for channel in ("Anoniem meldformulier", "De vertrouwenspersoon", "Je mentor of de conciërge"):
        assert channel in text
    assert "Anoniem." in text and "je hoeft je naam niet te geven" not in text  # the toelichting says it once
    formatted = page.select("article div.opmaak strong")
    assert [s.get_text() for s in formatted] == ["geen naam"]


# --- no template syntax anywhere -------------------------------------------------------------------


@pytest.mark.parametrize("sector", SECTORS)
def test_no_macro_syntax_leaks_into_any_page(sector_builds, sector):
    built = sector_builds[sector]
    for root in (built.site, built.intern / "site"):
        for path in sorted(root.rglob("*.html")):
            soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
            article = soup.find("article")
            checked = [str(article) if article else "", soup.title.get_text() if soup.title else ""]
            for text in checked:
                for token in ("{{", "}}", "{%", "%}", "{#", "#}"):
                    assert token not in text, (path, token)
