"""Letters and conversation guides: pages of the staff site with a copy button, and Word files.

Every check opens the real output: the .docx files with python-docx, one of
them converted by LibreOffice and read back as PDF, the pages in the built
staff site, and the copy button in a real Chromium. The Word files are made
from the built pages (issue 14: one road from content to paper).
"""

from __future__ import annotations

import functools
import re
import shutil
import subprocess
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from io import BytesIO
from pathlib import Path
from urllib.parse import urljoin, urlparse

import docx
import pytest
from docx.enum.text import WD_COLOR_INDEX
from PIL import Image
from pypdf import PdfReader

from conftest import EXAMPLE, Built, write_school, example_data
from privacy_oracle import internal_values
from schoolprotocol import pipeline
from schoolprotocol.audience import Reader
from schoolprotocol.config import InputError, load_school
from schoolprotocol.letters import htmltree
from schoolprotocol.facts import facts_for
from schoolprotocol.letters.blanks import PATTERN, blank_macro
from schoolprotocol.letters.document import word_document
from schoolprotocol.letters.step import house_style, letter_docx
from schoolprotocol.pages import content_pages

PAGES = [page for page in content_pages() if page.word]
SLUGS = [page.slug for page in PAGES]
#: Texts staff send or publish (issue 14): letters to parents, the website and social media, the press.
OUTSIDE = {"brief-ouders-klas", "brief-alle-ouders", "bericht-website", "pers"}
SECTORS = ("po", "vo", "mbo")
LEAKS = ("{{", "}}", "{%", "%}", "{#", "None", "&#", "&amp;", "&lt;", "&gt;", "Undefined")
ADDRESS = re.compile(r" \((?:https?://)?[\w-]+(?:\.[\w-]+)+[^()\s]*\)")


# -- reading the output ------------------------------------------------------------------------------

def staff_docx(built: Built, slug: str) -> Path:
    return built.intern / "brieven" / f"{slug}.docx"


def body_text(path: Path) -> str:
    return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)


def all_text(path: Path) -> str:
    """Body, header and footer, as Word shows them."""
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for section in document.sections:
        for part in (section.header, section.footer):
            parts += [p.text for p in part.paragraphs]
            parts += [cell.text for table in part.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def highlighted_spans(path: Path) -> tuple[list[tuple[str, bool]], str]:
    """(text, highlighted) per run, and the whole text, paragraph by paragraph."""
    runs = []
    for paragraph in docx.Document(str(path)).paragraphs:
        for run in paragraph.iter_inner_content():
            if hasattr(run, "runs"):  # a hyperlink holds runs of its own
                runs += [(r.text, r.font.highlight_color == WD_COLOR_INDEX.YELLOW) for r in run.runs]
            else:
                runs.append((run.text, run.font.highlight_color == WD_COLOR_INDEX.YELLOW))
        runs.append(("\n", False))
    return runs, "".join(text for text, _ in runs)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.replace("\u2610", ""))


# -- the files exist, for both audiences -----------------------------------------------------------

def test_there_are_seven_letter_pages_each_a_word_file_for_staff_only(example_build):
    assert SLUGS == sorted(["brief-ouders-klas", "brief-alle-ouders", "bericht-website", "pers",
                            "gesprek-klas", "gesprek-slachtoffer", "notitie-collega"])
    for slug in SLUGS:
        assert staff_docx(example_build, slug).is_file()
        copy = example_build.intern / "site" / "downloads" / "brieven" / f"{slug}.docx"
        assert copy.read_bytes() == staff_docx(example_build, slug).read_bytes()
    assert not list(example_build.site.rglob("*.docx")), "letters are staff material (issue 15)"
    assert not list(example_build.site.rglob("intern*")), "staff files must stay out of the public site"


# -- filled in, blanks marked, nothing left over ---------------------------------------------------------

@pytest.mark.parametrize("sector", SECTORS)
def test_every_docx_is_filled_in_and_every_blank_is_marked(sector_builds, sector):
    built, audience = sector_builds[sector], "intern"
    known = set(facts_for().invulvelden)
    for slug in SLUGS:
        page = built.article(f"personeel/{slug}", staff=True)
        for leak in LEAKS:
            assert leak not in page, f"page {slug} ({sector}, {audience}) contains {leak!r}"
        path = staff_docx(built, slug)
        text = all_text(path)
        assert "Het Voorbeeld College" in text, slug
        for leak in LEAKS:
            assert leak not in text, f"{slug} ({sector}, {audience}) contains {leak!r}"
        runs, body = highlighted_spans(path)
        blanks = PATTERN.findall(body)
        assert blanks, f"{slug} has no blank at all"
        assert set(blanks) <= known, f"{slug}: unknown blanks {set(blanks) - known}"
        # each character of each blank is highlighted, and nothing else is
        flags = [flag for chunk, flag in runs for _ in chunk]
        inside = [False] * len(body)
        for match in PATTERN.finditer(body):
            inside[match.start():match.end()] = [True] * (match.end() - match.start())
        wrong = {body[i] for i in range(len(body)) if inside[i] != flags[i]}
        assert not wrong, f"{slug} ({sector}): highlight does not match the blanks exactly"


def test_blanks_on_the_page_are_highlighted_marks(example_build):
    for slug in SLUGS:
        page = example_build.page(f"personeel/{slug}", staff=True)
        for block in page.select("article .brief"):
            marks = block.select("mark.invulveld")
            assert len(PATTERN.findall(block.get_text())) == len(marks), slug
            assert all(PATTERN.fullmatch(m.get_text()) for m in marks)
        for mark in page.select("mark.invulveld"):
            mark.decompose()
        unmarked = [b for b in PATTERN.findall(page.get_text(" ")) if b in facts_for().invulvelden]
        assert not unmarked, f"{slug}: blank outside a mark (title, table of contents?): {unmarked}"


def test_checklists_have_a_box_per_item_on_the_page_and_in_word(example_build):
    for slug in ("gesprek-klas", "gesprek-slachtoffer"):
        article = example_build.page(f"personeel/{slug}", staff=True).find("article")
        assert not article.find("input"), "no unlabelled form fields on the page"
        items = article.select(".afvinklijst > ul > li")
        boxes = [p for p in docx.Document(str(staff_docx(example_build, slug))).paragraphs
                 if p.text.startswith("\u2610 ")]
        assert len(items) == len(boxes) > 5
    css = (example_build.intern / "site" / "assets" / "stylesheets" / "brieven.css").read_text()
    assert ".afvinklijst > ul > li::before" in css


@pytest.mark.snel
def test_an_unknown_blank_stops_the_build():
    invullen = blank_macro(facts_for().invulvelden)
    assert invullen("datum") == '<mark class="invulveld">&#91;datum&#93;</mark>'
    with pytest.raises(ValueError, match="onbekend invulveld 'datm'"):
        invullen("datm")


# -- privacy: roles in public, names and direct numbers for staff --------------------------------------

def test_each_letter_declares_who_reads_it():
    assert {page.slug for page in PAGES if page.reader is Reader.OUTSIDE} == OUTSIDE
    assert {page.reader for page in PAGES if page.slug not in OUTSIDE} == {Reader.STAFF}


@pytest.mark.snel
@pytest.mark.parametrize("head, line, field, found", [
    ("word: brief\n", 2, "lezer", None),  # a Word file without a reader: everyone would read it
    ("word: brief\nlezer: openbaar\n", 2, "lezer", None),
    ("word: brief\nlezer: ouders\n", 3, "lezer", "'ouders'"),
    ("word: boek\nlezer: intern\n", 2, "word", "'boek'"),
])
def test_a_wrong_page_declaration_is_refused_with_file_line_and_what_is_allowed(tmp_path, head, line, field, found):
    (tmp_path / "brief.md").write_text(f"---\n{head}---\n# Brief\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        content_pages(tmp_path)
    [problem] = caught.value.problems
    assert (problem.file.name, problem.line, problem.field, problem.found) == ("brief.md", line, field, found)
    assert problem.allowed and ("intern" in problem.allowed or "brief" in problem.allowed)
    assert f"brief.md, regel {line}, veld '{field}'" in str(caught.value)


def test_word_files_for_outside_the_school_hold_no_internal_value(example_build):
    hidden = internal_values(EXAMPLE)
    assert hidden
    staff_all = ""
    for slug in SLUGS:
        staff = staff_docx(example_build, slug)
        if slug in OUTSIDE:  # made from the public view, also in the staff folder
            leaked = [value for value in hidden if value in all_text(staff)]
            assert not leaked, f"{slug}.docx (buiten school) shows {leaked}"
        else:
            staff_all += all_text(staff)
    for value in ("Marieke de Vries", "030 123 4501", "Peter Bakker", "030 123 4502", "Samir Benali"):
        assert value in staff_all
    press = body_text(staff_docx(example_build, "pers"))
    assert "de woordvoerder, via de school: 030 123 4567 of pers@voorbeeldcollege.example" in press
    assert "Marieke de Vries" not in press


def test_letters_to_parents_ask_for_the_signers_name_also_in_the_staff_folder(example_build):
    staff = body_text(staff_docx(example_build, "brief-ouders-klas"))
    assert staff.rstrip().endswith("[naam]\nRector, Het Voorbeeld College")
    ending = docx.Document(str(staff_docx(example_build, "brief-ouders-klas"))).paragraphs[-3:]
    assert [p.paragraph_format.keep_with_next for p in ending] == [True, True, None]  # closing stays together


def _built_letter(folder: Path, data: dict, slug: str) -> Path:
    """The staff site of `data` built for real (no PDFs), then one page made into a Word file as the build does."""
    config = write_school(folder / "in", data)
    checked = pipeline.build(config, folder / "site", folder / "intern", documents=False)
    page = next(p for p in checked.pages if p.slug == slug)
    unpublished = {p.url for p in checked.pages if p.staff_only}
    target = folder / f"{slug}.docx"
    target.write_bytes(letter_docx(page, folder / "intern" / "site", checked.school, house_style(checked.school),
                                   unpublished))
    return target


def test_without_a_site_address_links_keep_their_text_and_values_come_out_literally(tmp_path):
    data = example_data()
    del data["school"]["protocol_url"]
    data["school"]["naam"] = "Sint-Jan & Zn. <College> *1* [A] {{x}}"
    data["personen"]["schoolleiding"]["functie"] = "Rector_a.i. (#1)"
    letter = all_text(_built_letter(tmp_path, data, "brief-ouders-klas"))
    assert "vindt u op de pagina Voor ouders. Organisaties" in " ".join(letter.split())
    assert "Rector_a.i. (#1), Sint-Jan & Zn. <College> *1* [A] {{x}}" in letter
    assert "&#" not in letter
    post = body_text(_built_letter(tmp_path / "post", data, "bericht-website"))
    assert "veilig internet: www.voorbeeldcollege.example. Vragen?" in " ".join(post.split())


# -- what the guidance asks of each text ------------------------------------------------------------------

def test_the_texts_say_what_the_guidance_asks(example_build):
    text = {slug: body_text(staff_docx(example_build, slug)) for slug in SLUGS}
    assert "ouders (protocol.voorbeeldcollege.example/ouders)" in text["bericht-website"]  # veilig-internet tips
    for letter in ("brief-ouders-klas", "brief-alle-ouders"):
        assert "Voor ouders (protocol.voorbeeldcollege.example/ouders)" in text[letter]
        assert "Hulp en melden (protocol.voorbeeldcollege.example/hulp)" in text[letter]
        assert "geen namen" in text[letter]
        assert "www.voorbeeldcollege.example/melden" in text[letter]  # the anonymous channel
    guide = text["gesprek-klas"]
    steps = [p.text for p in docx.Document(str(staff_docx(example_build, "gesprek-klas"))).paragraphs
             if p.style.name == "List Number"]
    assert len(steps) == 9
    order = [next(i for i, s in enumerate(steps) if key in s)
             for key in ("hoofdlijnen", "gevolgen zijn van doorsturen", "niet doorsturen, niet laten zien", "niet nog eens te straffen",
                         "zonder naam")]
    assert order == sorted(order)
    assert "Anoniem meldformulier (anoniem): www.voorbeeldcollege.example/melden" in guide
    # a link to another staff page keeps its text only: that page has no public address (issue 15)
    assert "(zie Brief aan de ouders van de klas)." in " ".join(guide.split())
    assert "protocol.voorbeeldcollege.example/personeel" not in "\n".join(text.values())
    victim = text["gesprek-slachtoffer"]
    for must in ('"Het is niet jouw schuld."', "open vragen", "sturende vragen", "masker", "Eén vaste contactpersoon",
                 "Wensen van de leerling"):
        assert must in victim
    assert "de woordvoerder" in text["notitie-collega"]
    # a pupil who forwarded the image is not told to wipe everything before the police has advised
    # (legal review, finding 5): stop, show nobody, the school says today what to do
    note = " ".join(text["notitie-collega"].split())
    assert ('"Goed dat je het vertelt. Stuur het niet verder en laat het niemand zien. Ik vertel het aan de '
            'zorgcoördinator; je hoort vandaag wat je moet doen."') in note
    assert "Het beste wat je nu kunt doen, is alles wissen" not in note


def test_numbered_lists_start_at_one_each(example_build):
    document = docx.Document(str(staff_docx(example_build, "pers")))
    ids = {p._p.pPr.numPr.numId.val for p in document.paragraphs if p.style.name == "List Number"}
    assert len(ids) == 1  # one list, one count
    guide = docx.Document(str(staff_docx(example_build, "gesprek-klas")))
    numbering = guide.part.numbering_part.element
    num_id = next(p._p.pPr.numPr.numId.val for p in guide.paragraphs if p.style.name == "List Number")
    num = numbering.num_having_numId(num_id)
    assert num.lvlOverride_lst[0].startOverride.val == 1


# -- sector words ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sector, titel, leerlingen, kind", [
    ("po", "Gesprek met de groep: leidraad voor de groepsleerkracht", "leerlingen", "uw kind"),
    ("vo", "Gesprek met de klas: leidraad voor de mentor", "leerlingen", "uw kind"),
    ("mbo", "Gesprek met de klas of opleidingsgroep: leidraad voor de SLB'er", "studenten", "uw zoon of dochter"),
])
def test_each_sector_gets_its_words(sector_builds, sector, titel, leerlingen, kind):
    built = sector_builds[sector]
    texts = {slug: body_text(staff_docx(built, slug)) for slug in SLUGS}
    assert texts["gesprek-klas"].splitlines()[0] == titel
    assert f"van alle {leerlingen}." in texts["pers"]
    assert kind in texts["brief-ouders-klas"] and kind in texts["brief-alle-ouders"]
    every = ADDRESS.sub("", "\n".join(texts.values()))  # page addresses such as /leerlingen stay
    if sector == "mbo":
        assert "leerling" not in every.lower()
        assert "SLB'er" in texts["brief-ouders-klas"]
    else:
        assert "student" not in every.lower()
        assert "SLB" not in every
    page = built.page("personeel/gesprek-klas", staff=True).find("h1").get_text(strip=True)
    assert page.startswith(titel)


def test_parents_are_involved_in_po_and_vo_and_only_where_applicable_in_mbo(sector_builds):
    for sector in ("po", "vo"):
        built = sector_builds[sector]
        assert "Vraag het slachtoffer en de ouders of het gesprek mag" in body_text(staff_docx(built, "gesprek-klas"))
        # the one parents text from data/stappen.yml (issue 12 point 6)
        assert "Tot 18 jaar staat een" in body_text(staff_docx(built, "gesprek-slachtoffer"))
        assert "18 jaar" not in built.article("personeel/brief-ouders-klas", staff=True)
    mbo = sector_builds["mbo"]
    guide = body_text(staff_docx(mbo, "gesprek-klas"))
    assert "Vraag het slachtoffer of het gesprek mag" in guide
    assert "Informeer ouders alleen als dat is afgesproken. Is de student 18 jaar of ouder" in guide
    # legal review, finding 4: 18+ only with consent, without it only at direct danger (art. 6 lid 1 onder d AVG)
    victim = " ".join(body_text(staff_docx(mbo, "gesprek-slachtoffer")).split())
    assert ("Is de student 18 of ouder, dan licht de school de ouders alleen in met toestemming van de student; "
            "zonder toestemming alleen bij direct gevaar voor leven of gezondheid.") in victim
    assert "artikel 6 lid 1 onder d" in victim and "op elke leeftijd" not in victim
    assert "alleen als de student dat goedvindt" in mbo.article("personeel/brief-ouders-klas", staff=True)


# -- the Word file says what the page says --------------------------------------------------------------

@pytest.mark.parametrize("slug", SLUGS)
def test_word_file_has_the_same_words_as_the_page(example_build, slug):
    article = example_build.page(f"personeel/{slug}", staff=True).find("article")
    for element in article.select(".alleen-site, .headerlink, .brief-download"):
        element.decompose()
    page_words = words(article.get_text(" "))
    word_words = words(ADDRESS.sub("", body_text(staff_docx(example_build, slug))))
    assert word_words == page_words


# -- house style: logo and colours ---------------------------------------------------------------------------

def test_docx_header_has_the_logo_as_png_and_headings_in_the_school_colour(example_build):
    document = docx.Document(str(staff_docx(example_build, "pers")))
    header = document.sections[0].header
    images = [rel.target_part.blob for rel in header.part.rels.values() if "image" in rel.reltype]
    assert len(images) == 1
    image = Image.open(BytesIO(images[0]))
    assert image.format == "PNG" and image.width == 600 and image.height == 600  # square SVG, drawn sharp
    assert image.getpixel((300, 450))[:3] == (0x1D, 0x4F, 0x91)  # the logo's own blue
    assert str(document.styles["Heading 1"].font.color.rgb) == "1D4F91"
    assert document.core_properties.title == "Verklaring en kernboodschappen voor de pers"


@pytest.mark.snel
def test_png_logo_is_used_as_it_is(tmp_path):
    data = example_data()
    folder = tmp_path / "in"
    write_school(folder, data)
    Image.new("RGB", (40, 20), (200, 30, 30)).save(folder / "school" / "logo.png")
    data["school"]["logo"] = "school/logo.png"
    data["school"]["kleuren"]["primair"] = "#0f766e"
    school = load_school(write_school(folder, data))
    house = house_style(school)
    assert house.logo_png == (folder / "school" / "logo.png").read_bytes()
    target = tmp_path / "pers.docx"
    target.write_bytes(word_document(htmltree.parse("<h1>Pers</h1><p>Tekst</p>"), title="Pers", house=house,
                                     link=lambda href: None, dated=school.config.beleid.vastgesteld_op))
    assert str(docx.Document(str(target)).styles["Heading 1"].font.color.rgb) == "0F766E"


# -- LibreOffice opens it ------------------------------------------------------------------------------------

def test_libreoffice_converts_a_letter_to_pdf_with_everything_on_one_page(example_build, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    assert office, "LibreOffice ontbreekt: ./run test installeert libreoffice-writer-nogui"
    source = staff_docx(example_build, "brief-ouders-klas")
    subprocess.run([office, f"-env:UserInstallation=file://{tmp_path}/profiel", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(source)], check=True, capture_output=True, timeout=180)
    reader = PdfReader(str(tmp_path / "brief-ouders-klas.pdf"))
    pages = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    text = " ".join(pages)
    assert "Het Voorbeeld College" in text
    assert "Onderwerp: beelden die rondgaan in [klas]" in text
    assert "Geef nooit de schuld aan wie op de beelden staat" in text
    signed = [i for i, page in enumerate(pages) if "[naam] Rector, Het Voorbeeld College" in page]
    greeting = [i for i, page in enumerate(pages) if "Met vriendelijke groet" in page]
    assert signed and signed == greeting, "greeting and signature must stay on one page"
    assert any(page.images for page in reader.pages), "the logo is in the PDF"


# -- the pages: download link and copy button ---------------------------------------------------------------

def test_download_link_on_each_page_points_to_the_word_file(example_build):
    staff, root = True, example_build.intern / "site"
    for slug in SLUGS:
        page = example_build.page(f"personeel/{slug}", staff=staff)
        link = page.select_one("article .brief-download a[download]")
        assert link is not None, slug
        assert link.find_previous("h1") is not None  # under the title
        target = urlparse(urljoin(f"http://x/personeel/{slug}/", link["href"])).path.lstrip("/")
        assert (root / target).is_file(), link["href"]
        assert ("personeelsversie" in link.get_text()) == (staff and slug not in OUTSIDE)
        note = " ".join(page.select_one("article .brief-download__uitleg").get_text(" ").split())
        assert ("alleen de functies en de openbare gegevens" in note) == (staff and slug in OUTSIDE)


def test_staff_section_is_in_the_navigation_and_its_texts_only_on_the_staff_site(example_build):
    staff = example_build.page(staff=True).select_one("nav.md-nav--primary").get_text(" ")
    assert "Voor medewerkers" in staff
    assert "Brief aan alle ouders" in staff
    public = example_build.page().select_one("nav.md-nav--primary").get_text(" ")
    assert "Voor medewerkers" in public  # the page that says staff have their own version
    assert "Brief aan alle ouders" not in public


def test_copy_script_and_styles_are_local(example_build):
    page = example_build.page("personeel/pers", staff=True)
    scripts = [s["src"] for s in page.find_all("script", src=True)]
    assert any(s.endswith("assets/javascripts/brieven.js") for s in scripts)
    assert all(not s.startswith(("http:", "https:", "//")) for s in scripts)
    assert (example_build.intern / "site" / "assets" / "javascripts" / "brieven.js").is_file()
    assert (example_build.intern / "site" / "assets" / "stylesheets" / "brieven.css").is_file()


@pytest.fixture
def served_site(example_build):
    handler = functools.partial(_QuietHandler, directory=str(example_build.intern / "site"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def test_copy_button_puts_the_letter_on_the_clipboard(served_site, chromium):
    context = chromium.new_context()
    try:
        context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served_site)
        page = context.new_page()
        page.goto(f"{served_site}/personeel/brief-ouders-klas/")
        button = page.get_by_role("button", name="Kopieer de brief")
        assert button.evaluate("b => b.tagName") == "BUTTON"
        button.focus()
        page.keyboard.press("Enter")
        status = page.get_by_role("status")
        status.filter(has_text="Gekopieerd").wait_for(timeout=5000)
        copied = page.evaluate("navigator.clipboard.readText()")

        page.goto(f"{served_site}/personeel/bericht-website/")
        labels = page.get_by_role("button").all_inner_texts()
        page.get_by_role("button", name="Kopieer de tekst voor sociale media").click()
        page.get_by_role("status").filter(has_text="Gekopieerd").wait_for(timeout=5000)
        post = page.evaluate("navigator.clipboard.readText()")

        page.goto(f"{served_site}/personeel/gesprek-slachtoffer/")
        page.get_by_role("button", name="Kopieer de checklist").click()
        page.get_by_role("status").filter(has_text="Gekopieerd").wait_for(timeout=5000)
        checklist = page.evaluate("navigator.clipboard.readText()")
    finally:
        context.close()
    assert copied.startswith("Utrecht, [datum]")
    assert "Onderwerp: beelden die rondgaan in [klas]" in copied
    assert "\n- Geef nooit de schuld aan wie op de beelden staat." in copied
    assert f"Voor ouders ({served_site.removeprefix('http://')}/ouders)" in copied
    assert copied.rstrip().endswith("[naam]\nRector, Het Voorbeeld College")
    assert "Voordat u deze brief verstuurt" not in copied and "Kopieer" not in copied
    assert "Kopieer het bericht voor de website" in labels and "Kopieer de tekst voor sociale media" in labels
    assert post.startswith("Er gaan beelden rond van iemand van Het Voorbeeld College.")
    assert "Update" not in post
    assert '\n\u2610 Zeg het hardop: "Het is niet jouw schuld."\n' in checklist
    assert '\n   - "Wat is er gebeurd?"' in checklist
