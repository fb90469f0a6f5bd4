"""The school's own text (`eigen/` next to the config): at its place on both sites and in the PDF, inert, checked.

One school folder with additions at two places (and one for staff only), a page for everyone,
a page for staff and a page full of hostile Markdown is built once, with its documents.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from conftest import EXAMPLE, Built, build_school, readable, write_school
from outputs import pdf_text
from schoolprotocol.audience import Audience
from schoolprotocol.eigen import NONE, load_eigen, page_key, places, relative, render_additions, to_html
from schoolprotocol.pages import content_pages
from schoolprotocol.paths import CONTENT, README

OUDERS = """Op **onze school** is er elke dinsdag van 8.30 tot 9.00 uur een inloopuur voor ouders (INLOOPUUR-ZQ1).
Zie ook [hulp voor ouders](hulp.md#voor-ouders) en [onze sportdag](van-onze-school/sportdag.md).
"""
STAP_1 = """## Bel eerst de conciërge

De conciërge sluit het lokaal af (CONCIERGE-ZQ2). Het [stappenplan van stap 2](calamiteiten.md#stap-2) volgt.
"""
HULP_INTERN = """---
lezer: intern
---
Het directe nummer van de schoolmaatschappelijk werker staat in de map op de teamkamer (TEAMKAMER-ZQ3).
"""
SPORTDAG = """---
titel: Onze sportdag
---
# Foto's op de sportdag

Op de sportdag maken alleen de fotografen van school foto's (SPORTDAG-ZQ4). Lees ook [voor ouders](/ouders/).
"""
TEAM = """---
titel: Afspraken in het team
lezer: intern
---
Elke maandag bespreekt het zorgteam lopende zaken (ZORGTEAM-ZQ5).
"""
HOSTILE = """---
titel: Vijandig <script>alert(1)</script>
---
Tekst <script>alert(1)</script> en <img src=x onerror=alert(2)> en {{ 7*7 }} en {% raw %}.

<div onclick="alert(3)">
<iframe src="javascript:alert(4)"></iframe>
</div>

<style>body{display:none}</style>

[klik](https://example.org/ "titel") en <a href="javascript:alert(5)">a</a> en <svg onload=alert(6)>

{: onclick="alert(7)" }

!!! note "<b onmouseover=alert(8)>x</b>"
    inhoud
"""


def _school(folder: Path, files: dict[str, str] | None = None) -> Path:
    config = write_school(folder)
    for name, text in (files or {}).items():
        path = folder / "eigen" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return config


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Built:
    folder = tmp_path_factory.mktemp("eigen")
    config = _school(folder / "in", {"ouders.md": OUDERS, "stappenplan-stap-1.md": STAP_1, "hulp.md": HULP_INTERN,
                                    "paginas/sportdag.md": SPORTDAG, "paginas/team.md": TEAM,
                                    "paginas/vijandig.md": HOSTILE})
    return build_school(config, folder / "out")


def _box(soup: BeautifulSoup, place: str):
    return soup.find("div", attrs={"data-eigen": place})


def _next_heading_after(node) -> str:
    heading = node.find_previous(["h2", "h3"])
    return heading.get("id") if heading is not None else ""


# ---------------------------------------------------------------- on the sites

@pytest.mark.parametrize("staff", [False, True])
def test_additions_stand_at_their_place_marked_as_the_schools_own(built, staff):
    ouders = built.page("ouders", staff=staff)
    box = _box(ouders, "ouders")
    assert box is not None and "INLOOPUUR-ZQ1" in readable(box)
    assert readable(box.find(class_="admonition-title")) == "Eigen tekst van Het Voorbeeld College"
    assert _next_heading_after(box) == "wat-doet-de-school"  # after "Wat doet de school?"
    assert box.find_next("h2").get("id") == "kind-heeft-doorgestuurd"
    # a link to a page of the site goes to that page from here
    hrefs = [a["href"] for a in box.find_all("a")]
    assert hrefs == ["../hulp/#voor-ouders", "../van-onze-school/sportdag/"]

    stappen = built.page("calamiteiten", staff=staff)
    box = _box(stappen, "stappenplan-stap-1")
    assert box is not None and "CONCIERGE-ZQ2" in readable(box)
    assert box.find_next("h2").get("id") == "stap-2"  # at the end of step 1
    assert box.find("h4") is not None and not box.find(["h1", "h2", "h3"])  # a heading in a box is a small one
    assert [a["href"] for a in box.find_all("a")] == ["#stap-2"]


def test_staff_additions_and_pages_only_on_the_staff_site(built):
    assert _box(built.page("hulp"), "hulp") is None
    assert "TEAMKAMER-ZQ3" in readable(_box(built.page("hulp", staff=True), "hulp"))
    assert not (built.site / "van-onze-school" / "team").exists()
    assert "ZORGTEAM-ZQ5" in built.article("van-onze-school/team", staff=True)
    public = built.all_html() + (built.site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "TEAMKAMER-ZQ3" not in public and "ZORGTEAM-ZQ5" not in public


@pytest.mark.parametrize("staff", [False, True])
def test_own_pages_are_in_the_menu_under_van_onze_school(built, staff):
    soup = built.page("", staff=staff)
    nav = soup.select_one("nav.md-nav--primary")
    section = next(item for item in nav.select("li.md-nav__item--nested")
                   if readable(item.find(class_="md-nav__link")) == "Van onze school")
    titles = [readable(a) for a in section.select("a.md-nav__link")]
    assert "Onze sportdag" in titles
    assert ("Afspraken in het team" in titles) is staff
    page = built.page("van-onze-school/sportdag", staff=staff)
    assert readable(page.find("h1")).startswith("Onze sportdag")
    assert "SPORTDAG-ZQ4" in built.article("van-onze-school/sportdag", staff=staff)
    assert readable(page.select_one(".eigen-tekst__herkomst")) == "Eigen tekst van Het Voorbeeld College"
    assert page.find("h2") is not None  # '#' in an own page is a section of the page
    assert [a["href"] for a in page.select(".eigen-pagina a")] == ["../../ouders/"]


def test_the_pdfs_hold_the_schools_text_marked_as_its_own(built):
    def text(path: Path) -> str:
        return " ".join(pdf_text(path).replace("-\n", "-").split())  # a marker may break after its hyphen

    public = text(built.site / "downloads" / "protocol.pdf")
    staff = text(built.intern / "protocol-intern.pdf")
    for whole in (public, staff):
        for marker in ("INLOOPUUR-ZQ1", "CONCIERGE-ZQ2", "SPORTDAG-ZQ4"):
            at = whole.index(marker)
            assert "Eigen tekst van Het Voorbeeld College" in whole[max(0, at - 300):at], marker
    assert "TEAMKAMER-ZQ3" in staff and "ZORGTEAM-ZQ5" in staff
    assert "TEAMKAMER-ZQ3" not in public and "ZORGTEAM-ZQ5" not in public
    # at its place: the addition to step 1 comes before step 2 in the paper protocol too
    for whole in (public, staff):
        assert "Stap 2: onderneem actie" in whole[whole.index("CONCIERGE-ZQ2"):][:400]


# ---------------------------------------------------------------- hostile Markdown

def _hostile_html(built: Built, staff: bool) -> str:
    root = built.intern / "site" if staff else built.site
    return (root / "van-onze-school" / "vijandig" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("staff", [False, True])
def test_hostile_markdown_comes_out_as_text(built, staff):
    soup = BeautifulSoup(_hostile_html(built, staff), "html.parser")
    article = soup.find("article")
    assert not article.find(["script", "img", "iframe", "svg", "style", "b"])
    assert not [(tag.name, attr) for tag in soup.find_all(True) for attr in tag.attrs if attr.lower().startswith("on")]
    assert not [a["href"] for a in soup.find_all("a", href=True) if "javascript:" in a["href"].lower()]
    shown = readable(article)
    assert "<script>alert(1)</script>" in shown and "<img src=x onerror=alert(2)>" in shown  # shown, not run
    assert "{{ 7*7 }}" in shown and "49" not in shown  # no template runs on the school's text
    assert readable(soup.find("h1")).startswith("Vijandig <script>")
    assert "<script>alert(1)</script>" not in _hostile_html(built, staff).split("<article", 1)[1]


def test_hostile_markdown_runs_nothing_in_chromium(built, chromium):
    page = chromium.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        for path in (built.site / "van-onze-school" / "vijandig" / "index.html", built.site / "ouders" / "index.html"):
            page.goto(path.as_uri())
            page.wait_for_timeout(300)
            page.mouse.move(300, 300)
            found = page.evaluate("""() => [...document.querySelectorAll('article *')]
                .flatMap(el => [...el.attributes].filter(a => /^on/i.test(a.name)).map(a => el.tagName + ' ' + a.name))""")
            assert found == [], found
    finally:
        page.close()
    assert dialogs == []


@pytest.mark.snel
@pytest.mark.parametrize("markdown", ["[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](data:text/html,x)",
                                      "<javascript:alert(1)>", "[x](<javascript:alert(1)>)", "[x][a]\n\n[a]: javascript:alert(1)",
                                      "[x](vbscript:msgbox)"])
def test_a_link_with_another_scheme_never_becomes_a_link(markdown):
    """Even past `check` (which refuses these), the renderer keeps no such link."""
    html = to_html(markdown, "ouders/", {})
    soup = BeautifulSoup(html, "html.parser")
    assert not [a.get("href") for a in soup.find_all("a") if a.get("href") and not a["href"].startswith("http")]
    assert "<script" not in html


@pytest.mark.snel
def test_an_unknown_site_link_past_check_keeps_only_its_text():
    soup = BeautifulSoup(to_html("[x](geheim.md) en [y](https://example.org)", "ouders/", {}), "html.parser")
    assert [a.get("href") for a in soup.find_all("a")] == [None, "https://example.org"]


# ---------------------------------------------------------------- check

def _check(cli, folder: Path, files: dict[str, str]):
    config = _school(folder, files)
    return cli("check", "--config", config)


@pytest.mark.snel
def test_check_refuses_an_unknown_place_naming_the_file_and_the_places(cli, tmp_path):
    result = _check(cli, tmp_path, {"oudrs.md": "Tekst."})
    assert result.code != 0
    output = result.out + result.err
    assert "eigen/oudrs.md" in output and "Deze plek bestaat niet in het protocol" in output
    assert "ouders.md (pagina ouders.md" in output and "stappenplan-stap-1.md" in output
    assert "Traceback" not in output


@pytest.mark.snel
@pytest.mark.parametrize("link, message", [
    ("ouderz.md", "pagina die niet op de site staat"),
    ("van-onze-school/bestaat-niet.md", "pagina die niet op de site staat"),
    ("javascript:alert(1)", "gaat niet naar een webadres"),
    ("personeel/pers.md", "alleen op de personeelssite"),
])
def test_check_refuses_a_broken_link_with_file_and_line(cli, tmp_path, link, message):
    result = _check(cli, tmp_path, {"paginas/info.md": f"---\ntitel: Info\n---\nRegel een.\n\nZie [dit]({link}).\n"})
    assert result.code != 0
    output = result.out + result.err
    assert "eigen/paginas/info.md, regel 6" in output and message in output, output
    assert "Traceback" not in output


@pytest.mark.snel
def test_check_accepts_links_to_pages_as_a_school_writes_them(cli, tmp_path):
    result = _check(cli, tmp_path, {
        "ouders.md": "[a](hulp.md) [b](hulp/) [c](/hulp/#voor-ouders) [d](../calamiteiten/) [e](index.md) [f](#tips)",
        "paginas/info.md": "---\ntitel: Info\nlezer: intern\n---\n[g](personeel/pers.md) [h](mailto:a@b.nl) [i](tel:0301234567)\n"})
    assert result.code == 0, result.out + result.err


@pytest.mark.snel
@pytest.mark.parametrize("files, message", [
    ({"paginas/info.md": "Geen kop."}, "heeft een titel"),
    ({"paginas/Info Pagina.md": "---\ntitel: x\n---\n"}, "kleine letters"),
    ({"ouders.md": "---\nlezer: iedereen\n---\nx"}, "Onbekende lezer"),
    ({"ouders.md": "---\nkleur: rood\n---\nx"}, "Dit veld kennen we niet"),
    ({"logo.png": "x"}, "alleen tekstbestanden"),
    ({"ouders.md": "Kijk:\n\n![logo](https://example.org/logo.png)"}, "Een afbeelding kan (nog) niet"),
])
def test_check_explains_other_mistakes(cli, tmp_path, files, message):
    result = _check(cli, tmp_path, files)
    assert result.code != 0 and message in result.out + result.err, result.out + result.err


# ---------------------------------------------------------------- one source of truth, and no eigen/

@pytest.mark.snel
def test_places_come_from_the_content_and_the_readme_lists_them():
    found = places()
    assert len(found) >= 6
    for name, place in found.items():
        text = (CONTENT / place.page).read_text(encoding="utf-8")
        assert text.count(f"eigen_tekst('{name}')") == 1
    readme = README.read_text(encoding="utf-8")
    assert set(re.findall(r"`eigen/([a-z0-9-]+)\.md`", readme)) == set(found), "README: the list of places"


@pytest.mark.snel
def test_no_eigen_folder_adds_nothing(tmp_path):
    assert load_eigen(tmp_path / "eigen", content_pages()) is NONE
    assert render_additions(NONE, Audience.PUBLIC, "School") == {}


@pytest.mark.snel
@pytest.mark.parametrize("target, key", [("ouders.md", ("ouders/", "")), ("/ouders/#tips", ("ouders/", "tips")),
                                         ("../hulp", ("hulp/", "")), ("index.md", ("", "")), ("/", ("", "")),
                                         ("personeel/index.md", ("personeel/", ""))])
def test_page_key(target, key):
    assert page_key(target) == key


@pytest.mark.snel
def test_relative_links_between_directory_urls():
    assert relative("ouders/", "hulp/#x") == "../hulp/#x"
    assert relative("van-onze-school/a/", "") == "../../"
    assert relative("", "ouders/") == "ouders/"
    assert relative("van-onze-school/a/", "van-onze-school/b/") == "../b/"


def test_a_school_without_eigen_builds_as_before(tmp_path):
    built = build_school(write_school(tmp_path / "in"), tmp_path / "out", documents=False)
    for root in (built.site, built.intern):
        for path in root.rglob("*.html"):
            html = path.read_text(encoding="utf-8")
            assert "eigen-tekst" not in html and "Van onze school" not in html, path
    assert not (built.site / "van-onze-school").exists()
    ouders = built.page("ouders")
    after = ouders.find(id="wat-doet-de-school").find_next_siblings()
    # the place leaves nothing behind: no empty box or paragraph before the next section
    blocks = [node for node in after[: [n.name for n in after].index("h2")]]
    assert all(readable(node) for node in blocks)
