"""The printed outputs, read back from the PDFs: protocol, incident card, incident form."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from conftest import EXAMPLE, ROOT, copy_build, school_with, write_school
from privacy_oracle import internal_values, pdf_string_objects
from schoolprotocol.audience import Audience
from schoolprotocol.config import load_school
from schoolprotocol.facts import load_facts
from schoolprotocol.paper import PUBLIC_PDFS, STAFF_PDFS
from schoolprotocol.paper.documents import card_pdf, form_pdf, protocol_html
from schoolprotocol.paper.printdata import HELP_KEYS, print_data
from schoolprotocol.paper.render import pdf_from_html, render
from schoolprotocol.paper.site_pages import is_tool_page, read_site, reading_order
from schoolprotocol.pipeline import check

# --- reading PDFs back ------------------------------------------------------------------------


def pdf_text(path: Path, first: int | None = None, last: int | None = None, *, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        args.append("-layout")
    if first:
        args += ["-f", str(first)]
    if last:
        args += ["-l", str(last)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_texts(path: Path, *, layout: bool = False) -> list[str]:
    """The text of each page, as `pdf_text(path, n, n)` gives it (ending in a form feed), from one run of
    pdftotext over the whole file: it ends every page with a form feed (one run per page parsed the
    whole PDF again for each page)."""
    pages = pdf_text(path, layout=layout).split("\f")
    assert pages[-1] == "" and len(pages) - 1 == len(PdfReader(path).pages), path
    return [page + "\f" for page in pages[:-1]]


_HYPHEN_END = re.compile(r"[-\u2010\u00ad]$")
_PAGE_NUMBER = re.compile(r"^Pagina \d+ van \d+$")
_CHAPTER = re.compile(r"^\d+ \S")
_FOOTER = re.compile(r"^(?:Versie\b.*|Pagina \d+ van \d+|Personeelsversie\b.*)$")


def _join_over_page_breaks(text: str) -> str:
    """A word hyphenated on the last line of a page continues on the next page, after the running
    footer (with "Pagina N van M") and the running header (school, chapter). Put that page chrome
    before the broken line, so the two halves meet again."""
    pages = text.split("\f")
    firsts = [next((line for line in page.split("\n") if line.strip()), "") for page in pages]
    running_head = max(set(firsts), key=firsts.count) if firsts else ""
    for i in range(len(pages) - 1):
        lines = pages[i].split("\n")
        filled = [j for j, line in enumerate(lines) if line.strip()]
        broken = [j for j in filled if _HYPHEN_END.search(lines[j].rstrip())]
        if not broken:
            continue
        last = broken[-1]
        footer = [lines[j] for j in filled if j > last]
        if not any(_PAGE_NUMBER.match(line.strip()) for line in footer) \
                or not all(_FOOTER.match(line.strip()) for line in footer):
            continue  # the hyphen is not on the page's last line of text
        following = pages[i + 1].split("\n")
        filled_next = [j for j, line in enumerate(following) if line.strip()]
        if len(filled_next) < 3 or following[filled_next[0]] != running_head \
                or not _CHAPTER.match(following[filled_next[1]].strip()):
            continue  # no running header (school, chapter) to step over
        header = [following[j] for j in filled_next[:2]]
        start = last  # the chrome goes before a line that does not continue a hyphenated word
        while filled.index(start) > 0 and _HYPHEN_END.search(lines[filled[filled.index(start) - 1]].rstrip()):
            start = filled[filled.index(start) - 1]
        pages[i] = "\n".join([*lines[:start], *footer, *header, *lines[start:last + 1]])
        pages[i + 1] = "\n".join(following[filled_next[1] + 1:])
    return "\n".join(pages)


def unbroken(text: str) -> str:
    """Undo hyphenation at line ends (WeasyPrint hyphenates Dutch words), also over a page break,
    then fold whitespace."""
    text = re.sub(r"[-\u2010\u00ad]\s*\n\s*", "", _join_over_page_breaks(text))
    return " ".join(text.split())


def words(text: str) -> list[str]:
    """Comparable words: case, hyphens and punctuation folded away."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[-\u2010\u2011\u00ad]", "", text)
    return re.findall(r"[\w@]+", text)


def all_strings(path: Path) -> str:
    """Every string object in the PDF (metadata, bookmarks, links, form fields, tags), plus XMP."""
    return "\n".join(pdf_string_objects(PdfReader(path)))


def outline(path: Path) -> list[tuple[int, str, int]]:
    """Bookmarks as (level, title, page number starting at 1)."""
    reader = PdfReader(path)
    flat: list[tuple[int, str, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
            else:
                flat.append((level, item.title, reader.get_destination_page_number(item) + 1))

    walk(reader.outline, 1)
    return flat


def article_words(page: Path) -> list[str]:
    """The words of a built page's article, without the theme's chrome (¶ anchors, buttons)."""
    article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").find("article")
    for node in article.select("a.headerlink, .md-button"):
        node.decompose()
    for node in article.find_all(INLINE):
        node.unwrap()  # "www.meldpunt-<abbr>kinderporno</abbr>.nl" is one word
    article = BeautifulSoup(str(article), "html.parser")
    return words(article.get_text(" "))


INLINE = ["a", "abbr", "b", "strong", "i", "em", "span", "code", "small", "sup", "sub", "mark", "kbd", "q"]


def is_subsequence(needle: list[str], haystack: list[str]) -> tuple[bool, str]:
    """Every word of `needle`, in order and close together, in `haystack`.

    The haystack may hold more (heading numbers, running headers, printed addresses), but
    the words may not be picked from all over the document: the match must span at most
    twice the needle's length plus a margin. Every place where the first word occurs is
    tried as a start (a title also occurs in the contents).
    """
    if not needle:
        return True, ""
    starts = [i for i, word in enumerate(haystack) if word == needle[0]]
    missing = needle[0]
    for start in starts:
        position = start + 1
        for word in needle[1:]:
            try:
                position = haystack.index(word, position) + 1
            except ValueError:
                missing = word
                break
        else:
            if position - start <= 2 * len(needle) + 300:
                return True, ""
            missing = f"(spread over {position - start} words)"
    return False, missing


def pdfs(built, audience: Audience) -> dict[str, Path]:
    if audience is Audience.PUBLIC:
        return {key: built.site / name for key, name in PUBLIC_PDFS.items()}
    return {key: built.intern / name for key, name in STAFF_PDFS.items()}


def site_dir(built, audience: Audience) -> Path:
    return built.site if audience is Audience.PUBLIC else built.intern / "site"


BOTH = pytest.mark.parametrize("audience", [Audience.PUBLIC, Audience.STAFF], ids=["openbaar", "intern"])


# --- where the PDFs are ------------------------------------------------------------------------


def test_public_pdfs_are_in_the_site_and_staff_pdfs_outside_it(example_build):
    for path in pdfs(example_build, Audience.PUBLIC).values():
        assert path.is_file() and example_build.site in path.parents
        assert path.read_bytes().startswith(b"%PDF-")
    for path in pdfs(example_build, Audience.STAFF).values():
        assert path.is_file() and path.parent == example_build.intern
        assert example_build.site not in path.parents
    assert not list(example_build.site.rglob("*intern*.pdf"))


def test_the_site_links_to_its_pdfs_and_the_links_work(example_build):
    for audience, root in ((Audience.PUBLIC, example_build.site), (Audience.STAFF, example_build.intern / "site")):
        for page in (root / "index.html", root / "wet" / "index.html"):
            links = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(".downloads a")
            assert [a.get_text() for a in links] == ["het protocol", "de incidentkaart", "het incidentformulier"]
            targets = {(page.parent / a["href"]).resolve() for a in links}
            assert targets == {p.resolve() for p in pdfs(example_build, audience).values()}


def test_plain_mkdocs_build_has_no_download_links(tmp_path):
    """`mkdocs build` (or `serve`) makes no PDFs, so it must not link to them."""
    copy = tmp_path / "project"
    for name in ("content", "overrides", "macros", "data", "school"):
        shutil.copytree(ROOT / name, copy / name)
    for name in ("mkdocs.yml", "school_config.yml"):
        shutil.copy(ROOT / name, copy / name)
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=copy, capture_output=True,
                            text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert result.returncode == 0, result.stderr
    html = (copy / "site" / "index.html").read_text(encoding="utf-8")
    assert "Het Voorbeeld College" in html
    assert 'class="downloads"' not in html and ".pdf" not in html


# --- the protocol -------------------------------------------------------------------------------


@BOTH
def test_footer_counts_the_real_number_of_pages(example_build, audience):
    path = pdfs(example_build, audience)["protocol"]
    texts = page_texts(path)
    chapters = [p for p in read_site(site_dir(example_build, audience)) if p.role != "begrippen"]
    assert len(texts) >= len(chapters) + 3  # cover, contents, a page per chapter, glossary
    for number, text in enumerate(texts[1:], start=2):
        assert f"Pagina {number} van {len(texts)}" in text
    assert "Pagina" not in texts[0]  # the cover has no running header or footer


@BOTH
def test_cover_has_logo_school_title_version_and_adoption_date(example_build, audience):
    path = pdfs(example_build, audience)["protocol"]
    cover = unbroken(pdf_text(path, 1, 1))
    assert "Het Voorbeeld College" in cover
    assert "Protocol online verspreiding van ongewenste beelden" in cover
    assert "1.0" in cover and "1 september 2026" in cover and "1 september 2027" in cover
    assert "030 123 4567" in cover and "info@voorbeeldcollege.example" in cover
    assert "Logo van Het Voorbeeld College" in all_strings(path), "the logo is on the cover, with its alt text"
    assert ("Personeelsversie" in cover) is (audience is Audience.STAFF)


@BOTH
def test_running_header_has_school_and_chapter(example_build, audience):
    path = pdfs(example_build, audience)["protocol"]
    chapter = next(p for p in read_site(site_dir(example_build, audience)) if p.chapter)
    start = next(page for level, title, page in outline(path) if level == 1 and chapter.title in title)
    header = pdf_text(path, start, start, layout=True).splitlines()[0]
    assert "Het Voorbeeld College" in header
    assert f"{chapter.chapter} {chapter.title}"[:30] in " ".join(header.split())


def toc_entries(path: Path) -> list[tuple[str, int]]:
    """(title, page) from the contents page(s): the lines that end in a leader and a number."""
    reader = PdfReader(path)
    first_chapter = min(page for level, title, page in outline(path) if title != "Inhoud")
    entries = []
    pending = ""
    for line in pdf_text(path, 2, first_chapter - 1, layout=True).splitlines():
        match = re.match(r"^\s*(.*?)\s*(?:\. ?){3,}\s*(\d+)\s*$", line)
        if match:
            entries.append((" ".join((pending + " " + match.group(1)).split()), int(match.group(2))))
            pending = ""
        elif line.strip() and not line.startswith(("Het Voorbeeld College", "Versie")) and line.strip() != "Inhoud":
            pending += " " + line.strip()
    assert entries and all(1 <= page <= len(reader.pages) for _, page in entries)
    return entries


@BOTH
def test_every_contents_entry_points_to_its_heading_on_the_right_page(example_build, audience):
    path = pdfs(example_build, audience)["protocol"]
    entries = toc_entries(path)
    # the bookmarks come from where the headings were laid out, not from the contents page
    headings = [(" ".join(title.split()), page) for level, title, page in outline(path)
                if level <= 2 and title != "Inhoud"]
    assert entries == headings
    pages = page_texts(path, layout=True)
    texts = {}
    for title, page in entries:
        if page not in texts:
            lines = pages[page - 1].splitlines()
            texts[page] = " ".join(unbroken("\n".join(lines[1:])).split())  # below the running header
        assert title in texts[page], f"{title!r} is not on page {page}"


@BOTH
def test_contents_lists_every_chapter_and_section_numbered_as_on_the_site(example_build, audience):
    path = pdfs(example_build, audience)["protocol"]
    listed = [title for title, _ in toc_entries(path)]
    expected = []
    for page in read_site(site_dir(example_build, audience)):
        if page.role == "begrippen":
            continue
        expected.append(f"{page.chapter} {page.title}" if page.chapter else page.title)
        expected += [f"{h.number} {h.text}" if h.number else h.text for h in page.headings if h.level == 2]
    expected.append("Begrippen")
    assert listed == [" ".join(e.split()) for e in expected]


@BOTH
def test_bookmarks_follow_the_chapters(example_build, audience):
    marks = outline(pdfs(example_build, audience)["protocol"])
    top = [title for level, title, _ in marks if level == 1]
    chapters = [p for p in read_site(site_dir(example_build, audience)) if p.role != "begrippen"]
    assert top[0] == "Inhoud" and top[-1] == "Begrippen"
    assert top[1:-1] == [f"{p.chapter} {p.title}" if p.chapter else p.title for p in chapters]
    assert any(level == 2 for level, _, _ in marks)


@BOTH
def test_pdf_text_holds_every_word_of_every_page(example_build, audience):
    """Nothing dropped: each page's article, without theme chrome, reads in order in the PDF."""
    path = pdfs(example_build, audience)["protocol"]
    printed = words(unbroken(pdf_text(path)))
    root = site_dir(example_build, audience)
    order = reading_order(root)
    assert len(order) == len(list(root.rglob("index.html")))  # every page is reached
    for url in order:
        if is_tool_page(BeautifulSoup((root / url / "index.html").read_text(encoding="utf-8"), "html.parser")):
            continue  # an interactive tool (the configurator) is not printed
        page_words = article_words(root / url / "index.html")
        ok, missing = is_subsequence(page_words, printed)
        assert ok, f"page {url or '/'}: '{missing}' is missing from the PDF"


def test_glossary_is_at_the_back_from_the_data(example_build):
    path = pdfs(example_build, Audience.PUBLIC)["protocol"]
    start = next(page for level, title, page in outline(path) if level == 1 and title == "Begrippen")
    assert start == max(page for _, _, page in outline(path))  # the last chapter
    back = words(unbroken(pdf_text(path, start)))
    sector = load_school(example_build.config).config.school.sector
    for begrip in sorted(load_facts().begrippen_voor(sector), key=lambda b: b.term):
        assert is_subsequence(words(begrip.term + " " + begrip.uitleg), back)[0], begrip.term


@BOTH
def test_protocol_is_tagged_dutch_and_titled(example_build, audience):
    for path in pdfs(example_build, audience).values():
        reader = PdfReader(path)
        root = reader.trailer["/Root"]
        assert "/StructTreeRoot" in root, path.name
        assert root["/MarkInfo"]["/Marked"] is True or root["/MarkInfo"]["/Marked"] == True  # noqa: E712
        assert root["/Lang"] == "nl"
        assert "Het Voorbeeld College" in reader.metadata.title
        assert 'pdfuaid:part="1"' in all_strings(path)


def test_the_pdf_numbers_the_headings_and_the_web_page_does_not(example_build, chromium, tmp_path):
    """Chapter numbers help a printed handbook; on the web they read as documentation (issue 15)."""
    path = pdfs(example_build, Audience.PUBLIC)["protocol"]
    printed = unbroken(pdf_text(path))
    numbered = [p for p in read_site(example_build.site) if p.chapter]
    assert numbered, "the site has numbered chapters"
    for page in numbered:
        for heading in page.headings:
            assert f"{heading.number} {heading.text}" in printed
    # the site shows the same headings without numbers: print a page in Chromium and read them back
    page = next(p for p in numbered if any(h.level == 2 for h in p.headings))
    site_pdf = chromium_pdf(chromium, example_build.site / page.url / "index.html", tmp_path / "site.pdf")
    shown = unbroken(pdf_text(site_pdf)).replace("\u00a0", " ").replace("  ", " ")
    for heading in page.headings:
        assert heading.text in shown and f"{heading.number} {heading.text}" not in shown


def chromium_pdf(browser, page: Path, target: Path) -> Path:
    tab = browser.new_page()
    try:
        tab.goto(page.as_uri())
        tab.pdf(path=str(target))
    finally:
        tab.close()
    return target


# --- privacy ---------------------------------------------------------------------------------


def test_public_pdfs_hold_no_internal_value(example_build):
    secret = internal_values(EXAMPLE)
    assert secret
    for path in pdfs(example_build, Audience.PUBLIC).values():
        text = unbroken(pdf_text(path)) + "\n" + all_strings(path)
        leaked = [value for value in secret if value in text]
        assert not leaked, f"{path.name} shows {leaked}"


def test_staff_pdfs_show_the_internal_details(example_build):
    secret = internal_values(EXAMPLE)
    staff_root = example_build.intern / "site"
    staff_site = " ".join(example_build.article(url.rstrip("/"), staff=True) for url in reading_order(staff_root))
    protocol = unbroken(pdf_text(pdfs(example_build, Audience.STAFF)["protocol"]))
    shown = [value for value in secret if value in staff_site]
    assert shown
    assert [value for value in shown if value not in protocol] == []
    card = unbroken(pdf_text(pdfs(example_build, Audience.STAFF)["kaart"]))
    config = load_school(EXAMPLE).config
    for level in config.protocol.escalatie:
        person = getattr(config.personen, level.rol, None) if level.rol else None
        if person is not None:
            assert person.naam in card and person.telefoon in card
    assert config.politie.contactpersoon.naam in card and config.politie.contactpersoon.telefoon in card


# --- the incident card -------------------------------------------------------------------------


@BOTH
def test_card_is_one_page_with_steps_route_and_help_numbers(example_build, audience):
    path = pdfs(example_build, audience)["kaart"]
    assert len(PdfReader(path).pages) == 1
    text = unbroken(pdf_text(path))
    config = load_school(EXAMPLE).config
    for step in ("Eerst dit", "Handelen", "Communiceren"):
        assert step in text
    for level in config.protocol.escalatie:
        assert level.titel in text
    assert "112" in text and config.school.telefoon in text
    facts = load_facts()
    present = [facts.organisaties[key] for key in HELP_KEYS
               if key in facts.organisaties and config.school.sector in facts.organisaties[key].sectoren]
    assert present
    for org in present:
        assert org.naam in text
        assert (org.telefoon or "") in text


def extreme(data: dict) -> None:
    """The longest values the schema allows, six escalation levels, every role filled in."""
    def long(label: str) -> str:
        return (f"{label} Verantwoordelijkheidsgevoelcoördinator Schoolmaatschappelijkwerk " * 6)[:160].strip()
    data["school"]["naam"] = long("Stichting")
    for key, person in data["personen"].items():
        person["functie"], person["naam"] = long(f"Functie {key}"), long(f"Naam {key}")
    data["politie"]["contactpersoon"].update(functie=long("Wijkagent"), naam=long("Agent"))
    roles = ["mentor", "zorgcoordinator", "vertrouwenspersoon", "schoolleiding", "crisiscommunicatie", "wijkagent"]
    data["protocol"]["escalatie"] = [{"titel": long(f"Niveau{i}"), "rol": role, "wanneer": long(f"Wanneer{i}")}
                                     for i, role in enumerate(roles, 1)]
    data["beleid"]["versie"] = "versie-" + "9" * 13


def long_organisations(facts):
    orgs = {key: org.model_copy(update={"naam": (f"{org.naam} Landelijk Steunpunt " * 8)[:160].strip(),
                                        "telefoon_toelichting": ("gratis en anoniem, dag en nacht " * 5)[:160]})
            for key, org in facts.organisaties.items()}
    return dataclasses.replace(facts, organisaties=orgs)


@BOTH
def test_card_is_one_page_for_an_extreme_config(tmp_path, audience):
    config = school_with(tmp_path, extreme)
    checked = check(config)
    facts = long_organisations(checked.facts)
    data = print_data(checked.school, facts, audience)
    rendered = card_pdf(data)
    path = tmp_path / "kaart.pdf"
    path.write_bytes(rendered.pdf)
    assert rendered.pages == 1 and len(PdfReader(path).pages) == 1
    text = words(unbroken(pdf_text(path)))
    config_data = checked.school.config
    # nothing cut off: the last level, the last help number and the footer are all there
    last_level = config_data.protocol.escalatie[-1]
    assert is_subsequence(words(last_level.titel + " " + last_level.wanneer), text)[0]
    last_org = [facts.organisaties[k] for k in HELP_KEYS
                if k in facts.organisaties and config_data.school.sector in facts.organisaties[k].sectoren][-1]
    assert is_subsequence(words(last_org.naam), text)[0]
    assert is_subsequence(words("versie " + config_data.beleid.versie), text)[0]


def test_card_works_without_any_help_organisation(tmp_path):
    checked = check(EXAMPLE)
    facts = dataclasses.replace(checked.facts, organisaties={})
    rendered = card_pdf(print_data(checked.school, facts, Audience.PUBLIC))
    path = tmp_path / "kaart.pdf"
    path.write_bytes(rendered.pdf)
    assert rendered.pages == 1 and "Hulp en advies" in pdf_text(path)


def test_config_values_are_printed_literally(tmp_path):
    odd = "<b>Vet</b> & {{ 7*7 }} **ster** [x](javascript:alert(1))"

    def change(d):
        d["school"]["naam"] = odd
        d["protocol"]["escalatie"][0]["titel"] = "# Kop | pijp"
    checked = check(school_with(tmp_path, change))
    path = tmp_path / "kaart.pdf"
    path.write_bytes(card_pdf(print_data(checked.school, checked.facts, Audience.PUBLIC)).pdf)
    text = unbroken(pdf_text(path))
    assert odd in text and "# Kop | pijp" in text
    uris = [annot.get_object().get("/A", {}).get("/URI", "") for page in PdfReader(path).pages
            for annot in page.get("/Annots", [])]
    assert not any("javascript" in uri for uri in uris)  # no link made from it


# --- the incident form -------------------------------------------------------------------------


@BOTH
def test_form_has_its_fields(example_build, audience):
    path = pdfs(example_build, audience)["formulier"]
    fields = PdfReader(path).get_fields()
    kinds = {name: field.get("/FT") for name, field in fields.items()}
    for name in ("kenmerk", "datum_melding", "datum_incident", "ingevuld_door", "wat_gebeurd", "waar",
                 "slachtoffers", "makers", "anderen", "nazorg", "afspraken", "datum_vervolg",
                 "evaluatie_datum", "evaluatie_goed", "evaluatie_beter"):
        assert kinds.get(name) == "/Tx", name
    for name in ("wat_gebeurd", "slachtoffers", "evaluatie_goed"):
        assert int(fields[name].get("/Ff", 0)) & (1 << 12), f"{name} is multi-line"
    steps = [name for name in kinds if re.fullmatch(r"stap[123]_\d+", name)]
    assert {name[:5] for name in steps} == {"stap1", "stap2", "stap3"}
    assert all(kinds[name] == "/Btn" and kinds[f"{name}_wanneer"] == "/Tx" for name in steps)
    config = load_school(EXAMPLE).config
    informed = [name for name in kinds if name.startswith("informeerd_") and kinds[name] == "/Btn"]
    assert len(informed) >= len(config.protocol.escalatie) + 4
    assert all(kinds[f"{name}_datum"] == "/Tx" for name in informed)
    measures = [name for name in kinds if name.startswith("maatregel_")]
    assert len(measures) == len(config.protocol.sancties)
    assert all(field.get("/TU") for field in fields.values()), "every field has an accessible name"


def test_form_cover_page_asks_for_no_names(example_build):
    path = pdfs(example_build, Audience.STAFF)["formulier"]
    reader = PdfReader(path)
    first_page_fields = {annot.get_object()["/T"] for annot in reader.pages[0].get("/Annots", [])}
    assert "kenmerk" in first_page_fields
    assert not first_page_fields & {"slachtoffers", "makers", "anderen"}
    assert "geen namen" in unbroken(pdf_text(path, 1, 1))


# --- reproducible, offline, atomic -------------------------------------------------------------


def test_pdf_dates_come_from_the_config_not_the_clock(example_build):
    """Byte-identical PDFs on a rebuild: test_atomic.py compares every file of two builds."""
    meta = PdfReader(pdfs(example_build, Audience.PUBLIC)["protocol"]).metadata
    assert meta["/CreationDate"] == "D:20260901" and meta["/ModDate"] == "D:20260901"


def test_a_pdf_error_leaves_the_previous_output_untouched(example_build, tmp_path, cli, monkeypatch):
    config = write_school(tmp_path / "in")
    previous = copy_build(example_build, tmp_path)  # a full earlier build, with its PDFs and Word files
    site, intern = previous.site, previous.intern
    assert list(site.rglob("*.pdf")) and list(intern.glob("*.pdf"))
    snapshot = lambda: {p: p.read_bytes() for root in (site, intern) for p in root.rglob("*") if p.is_file()}  # noqa: E731
    before = snapshot()

    import weasyprint

    def broken(self, *args, **kwargs):
        raise RuntimeError("kapotte opmaak")
    monkeypatch.setattr(weasyprint.HTML, "render", broken)
    config.write_text(config.read_text(encoding="utf-8").replace("Het Voorbeeld College", "Het Andere College"),
                      encoding="utf-8")
    result = cli("build", "--config", config, "--site", site, "--intern", intern)

    assert result.code == 3
    assert "De PDF kon niet worden opgemaakt" in result.err and "Traceback" not in result.err
    assert snapshot() == before
    assert not list(tmp_path.glob(".schoolprotocol-bouw-*"))


def test_nothing_is_fetched_from_another_host_or_outside_the_allowed_folders(tmp_path):
    outside = tmp_path / "geheim.png"
    outside.write_bytes((ROOT / "school" / "logo.svg").read_bytes())
    html = (f'<html lang="nl"><title>t</title><body><img src="https://example.org/x.png">'
            f'<img src="{outside.as_uri()}"><p>tekst</p></body></html>')
    document, warnings = render(html)
    assert len(document.pages) == 1
    assert any("example.org" in w for w in warnings) and any("geheim.png" in w for w in warnings)


def test_example_documents_render_without_warnings(example_build):
    checked = check(EXAMPLE)
    data = print_data(checked.school, checked.facts, Audience.PUBLIC)
    html = protocol_html(read_site(example_build.site), data)
    _, warnings = render(html, roots=(example_build.site,))
    assert warnings == []
    assert form_pdf(data).pages >= 5


# --- a small site of our own: the cleaning and the link rules ----------------------------------


PAGE = """<!doctype html><html lang="nl"><head><title>{title}</title>{links}</head><body>
<nav class="md-nav">Navigatie die niet op papier hoort</nav>
<article class="md-content__inner md-typeset"><div class="hoofdstuk" data-pagina="{src}" {extra}>
{body}
</div></article></body></html>"""


def mini_site(root: Path) -> Path:
    pages = {
        "": ("Start", "index.md", "", '<h1 id="start">Start</h1><p>Welkom. <a class="md-button" href="a/">Knop</a></p>'),
        "a/": ("Alfa", "a.md", 'data-hoofdstuk="1"',
               '<h1 id="alfa">Alfa<a class="headerlink" href="#alfa">&para;</a></h1>'
               '<h2 id="een">Een</h2><p>Zie <a href="https://example.org/pad/">de bron</a>, '
               '<a href="https://example.org/">example.org</a>, <a href="../b/#twee">verder</a>, '
               '<a href="https://example.org/een/heel/lang/adres/dat/niet/op/een/regel/past/document.pdf">lang</a> en '
               '<abbr title="uitleg">AVG</abbr>.</p>'
               '<h3 id="sub">Sub</h3><ul class="task-list"><li class="task-list-item">'
               '<input type="checkbox" disabled checked> gedaan</li></ul>'
               '<details><summary>Meer</summary><p>Verborgen tekst.</p></details>'
               '<p><a href="javascript:alert(1)">stiekem</a></p>'),
        "b/": ("Bravo", "b.md", 'data-hoofdstuk="2"',
               '<h1 id="bravo">Bravo</h1><h2 id="twee">Twee</h2><h2 id="drie">Drie</h2><h3 id="x">X</h3>'),
        "begrippen/": ("Begrippen", "begrippen.md", 'data-rol="begrippen"',
                       '<h1 id="begrippen">Begrippen</h1><p>Uitleg vooraf.</p><dl><dt>Term</dt><dd>Uitleg</dd></dl>'),
    }
    following = {"": "a/", "a/": "../b/", "b/": "../begrippen/"}
    for url, (title, src, extra, body) in pages.items():
        links = f'<link rel="next" href="{following[url]}">' if url in following else ""
        folder = root / url
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "index.html").write_text(PAGE.format(title=title, links=links, src=src, extra=extra, body=body),
                                           encoding="utf-8")
    return root


@pytest.mark.snel
def test_pages_are_read_in_order_and_cleaned_for_paper(tmp_path):
    pages = read_site(mini_site(tmp_path / "site"), site_url="https://protocol.example/")
    assert [p.url for p in pages] == ["", "a/", "b/", "begrippen/"]
    start, alfa, bravo, glossary = pages
    assert "Knop" not in start.body and "Navigatie" not in start.body
    assert "¶" not in alfa.body and "headerlink" not in alfa.body and "<abbr" not in alfa.body
    assert [(h.number, h.text) for h in alfa.headings] == [("1", "Alfa"), ("1.1", "Een"), ("1.1.1", "Sub")]
    assert [(h.number, h.text) for h in bravo.headings] == [("2", "Bravo"), ("2.1", "Twee"), ("2.2", "Drie"),
                                                            ("2.2.1", "X")]
    assert start.headings[0].number is None
    soup = BeautifulSoup(alfa.body, "html.parser")
    outside = soup.find("a", string="de bron")
    assert outside["data-adres"] == "example.org/pad" and "met-adres" in outside["class"]
    assert "met-adres" not in (soup.find("a", string="example.org").get("class") or [])
    assert "lang-adres" in soup.find("a", string="lang")["class"]  # only a very long address may break anywhere
    assert "lang-adres" not in outside["class"]
    inside = soup.find("a", string="verder")
    assert inside["href"] == "#b--twee" and "verwijzing" in inside["class"] and inside["data-zie"] == "paragraaf 2.1"
    assert "javascript" not in alfa.body and "stiekem" in alfa.body
    assert "Verborgen tekst." in alfa.body and "<details" not in alfa.body
    assert 'class="vakje vakje--aan"' in alfa.body
    assert glossary.role == "begrippen"


def test_links_are_printed_with_their_address_or_page(tmp_path):
    site = mini_site(tmp_path / "site")
    checked = check(EXAMPLE)
    data = print_data(checked.school, checked.facts, Audience.PUBLIC)
    rendered = pdf_from_html(protocol_html(read_site(site), data), roots=(site,))
    path = tmp_path / "mini.pdf"
    path.write_bytes(rendered.pdf)
    text = unbroken(pdf_text(path))
    assert "de bron (example.org/pad)" in text
    assert "example.org (example.org)" not in text
    assert "verder (zie paragraaf 2.1)" in text  # the number as on the site, not a page number
    assert "Uitleg vooraf." in text  # the glossary page's own words stay, before the data glossary
    assert "Navigatie" not in text


def test_a_build_on_its_own_renders_the_same_pdfs(example_build, example_build_alone):
    """The command line alone renders public and staff PDFs in two processes (tests keep threads, so one):
    both ways give the same bytes."""
    alone = example_build_alone
    for audience in (Audience.PUBLIC, Audience.STAFF):
        for key, path in pdfs(example_build, audience).items():
            assert pdfs(alone, audience)[key].read_bytes() == path.read_bytes(), path.name


# -- the table of contents' dots in runs (paper/leaders.py, issue 17) ----------------------------

def _toc_pdf(joined: bool) -> bytes:
    import weasyprint
    from weasyprint.layout import inline

    from schoolprotocol.paper import leaders, render

    entries = "".join(f'<li><a href="#h{i}"><span class="nr">{i}</span>Hoofdstuk met een titel {i}</a></li>'
                      for i in range(1, 25))
    targets = "".join(f'<h2 id="h{i}" style="break-before: page">Hoofdstuk {i}</h2>' for i in range(1, 25))
    page = (f'<html lang="nl"><head><link rel="stylesheet" href="lettertype.css"><style>'
            f'body {{ font-family: "Atkinson Hyperlegible Next"; font-size: 10.5pt }} ol {{ list-style: none }}'
            f'a {{ display: block; color: inherit; text-decoration: none }}'
            f'a::after {{ content: leader(". ") target-counter(attr(href), page) }}'
            f'.nr {{ display: inline-block; min-width: 9mm }}</style></head>'
            f'<body><ol>{entries}</ol>{targets}</body></html>')
    original = inline.handle_leader
    try:
        if joined:
            assert leaders.install(), "leaders.py is not active for this WeasyPrint version"
        else:
            inline.handle_leader = getattr(original, "__wrapped__", original)
        document = weasyprint.HTML(string=page, base_url=render.TEMPLATES.as_uri() + "/",
                                   url_fetcher=render.LocalFetcher((render.TEMPLATES, render.FONTS))).render()
        return document.write_pdf()
    finally:
        inline.handle_leader = original


def test_the_joined_dots_print_like_weasyprints_own():
    """At 600 dpi the pages are the same to within a grey step or two (lower resolutions snap glyphs to
    whole pixels, which a shift of a hundredth of a point can tip either way)."""
    import pypdfium2
    from PIL import ImageChops

    pictures = []
    for joined in (False, True):
        pdf = pypdfium2.PdfDocument(_toc_pdf(joined))
        pictures.append((len(pdf), pdf[0].render(scale=600 / 72, grayscale=True).to_pil()))
    (pages_copies, copies), (pages_joined, joined) = pictures
    assert pages_copies == pages_joined
    assert copies.size == joined.size
    assert ImageChops.difference(copies, joined).point(lambda v: 255 if v > 32 else 0).getbbox() is None
    # and there are dots at all
    assert ImageChops.invert(copies).getbbox() is not None


def test_the_dots_are_joined_in_runs():
    import weasyprint

    from schoolprotocol.paper import leaders, render

    assert leaders.install()
    page = ('<p style="font-size: 10.5pt; width: 120mm"><a href="#x">Titel</a></p>'
            '<style>a::after { content: leader(". ") "12" }</style>')
    document = weasyprint.HTML(string=page, base_url=render.TEMPLATES.as_uri() + "/").render()
    texts = [box.text for box in document.pages[0]._page_box.descendants() if hasattr(box, "text")]
    dots = [text for text in texts if set(text) <= {".", " "} and text.strip()]
    assert sum(text.count(".") for text in dots) > 40, texts
    assert all(text.count(".") <= leaders.RUN for text in dots)
    assert len(dots) <= sum(text.count(".") for text in dots) // leaders.RUN + 2, texts
