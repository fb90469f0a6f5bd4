"""Only public material on the public site (issue 15); the staff site keeps everything.

The list of staff material is the issue's, not the code's: the letters, the
texts staff send or publish, the guides, the colleague note and the
configurator. The test reads every file of the built public site, its search
index and its sitemap, and fails on any of them.
"""

from __future__ import annotations

import gzip
import json
import re

import pytest
from bs4 import BeautifulSoup

from conftest import Built

#: Staff material by its page address (issue 15, "Only public material on the public site").
STAFF_ONLY = ("personeel/brief-ouders-klas/", "personeel/brief-alle-ouders/", "personeel/bericht-website/",
              "personeel/pers/", "personeel/gesprek-klas/", "personeel/gesprek-slachtoffer/",
              "personeel/notitie-collega/", "beheer/")
#: What only these pages say (their titles and warnings), in any sector.
STAFF_WORDS = ("Vertrouwelijk: alleen voor medewerkers", "Kopieer de brief", "kernboodschappen", "configurator.js",
               "Checklist: gesprek met het slachtoffer")


def public_pages(built: Built) -> list[str]:
    """Every page of the public site by its address ('' for home, 'wet/', 'beheer/configurator.html')."""
    pages = []
    for path in sorted(built.site.rglob("*.html")):
        relative = path.relative_to(built.site).as_posix()
        pages.append(relative.removesuffix("index.html"))
    return pages


@pytest.mark.parametrize("sector", ["po", "vo", "mbo"])
def test_the_public_site_has_no_staff_page(sector_builds, sector):
    built = sector_builds[sector]
    pages = public_pages(built)
    assert "" in pages and "ouders/" in pages and "personeel/" in pages  # the site is there
    found = [page for page in pages if page.startswith(STAFF_ONLY)]
    assert found == [], f"staff material on the public site: {found}"
    assert not [p for p in built.site.rglob("*") if p.suffix in (".docx", ".js") and "beheer" in p.parts]
    assert not list(built.site.rglob("*.docx"))
    for path in built.site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        words = [w for w in STAFF_WORDS if w in text]
        assert not words, f"{path.relative_to(built.site)} says {words}"
        links = re.findall(r'href="([^"]*(?:personeel/(?:brief|bericht|pers|gesprek|notitie)|beheer/)[^"]*)"', text)
        assert not links, f"{path.relative_to(built.site)} links to staff pages: {links}"


@pytest.mark.parametrize("sector", ["po", "vo", "mbo"])
def test_search_index_and_sitemap_do_not_name_staff_pages(sector_builds, sector):
    site = sector_builds[sector].site
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "ouders/" in locations
    assert not [loc for loc in locations if loc.startswith(STAFF_ONLY)]
    for sitemap in ((site / "sitemap.xml").read_text(encoding="utf-8"),
                    gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode("utf-8")):
        assert "/ouders/" in sitemap
        assert not [page for page in STAFF_ONLY if f"/{page}" in sitemap]


@pytest.mark.parametrize("sector", ["po", "vo", "mbo"])
def test_the_staff_site_keeps_every_staff_page(sector_builds, sector):
    staff = sector_builds[sector].intern / "site"
    for page in STAFF_ONLY:
        assert (staff / page / "index.html").is_file(), page
    assert (staff / "beheer" / "configurator.html").is_file()


def test_the_public_staff_page_says_staff_have_their_own_version(sector_builds):
    for sector, built in sector_builds.items():
        text = " ".join(built.article("personeel").split())
        assert "eigen versie van dit protocol" in text, sector
        assert "Vraag de personeelsversie aan" in text, sector
        links = {a["href"] for a in built.page("personeel").find("article").find_all("a", href=True)}
        assert {"../calamiteiten/", "../ouders/", "../leerlingen/"} <= links, sector


def test_the_public_menu_has_no_group_for_managing_the_site(sector_builds):
    """A parent's menu is grouped by what readers do; "Beheer" (the configurator) is staff-only."""
    for sector, built in sector_builds.items():
        for site, expect_beheer in ((built.site, False), (built.intern / "site", True)):
            nav = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser").select_one(
                "nav.md-nav--primary")
            groups = [label.get_text(" ", strip=True) for label in nav.select(":scope > ul > li > label")]
            assert "Als het misgaat" in groups, (sector, groups)
            assert ("Beheer" in groups) is expect_beheer, (sector, site, groups)
            assert nav.find("a", href=re.compile(r"(^|/)wijzigingen/$")), "the changes page stays in the menu"


# --- contacts without repetition (issue 15) ------------------------------------------------------------

def _section(soup, anchor: str) -> str:
    """The text from a heading to the next heading of the same level."""
    heading = soup.find(id=anchor)
    parts = []
    for node in heading.find_next_siblings():
        if node.name == heading.name:
            break
        parts.append(node.get_text(" "))
    return " ".join(" ".join(parts).split())


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


ROLES = ("schoolleiding", "vertrouwenspersoon", "externe_vertrouwenspersoon", "zorgcoordinator",
         "socialemediafunctionaris")


def test_public_contacts_name_the_school_once_and_each_role_with_only_its_public_details(example_build):
    import yaml

    from conftest import EXAMPLE

    raw = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))  # the input, not the code's view of it
    school_phone = _digits(raw["school"]["telefoon"])
    for page, anchor in (("", "contacten"), ("hulp", "op-school")):
        block = _section(example_build.page(page), anchor)
        assert _digits(block).count(school_phone) == 1, (page, block)
        assert block.lower().count("via de school") <= 1  # said once, not after every role
        for role in ROLES:
            person = raw["personen"].get(role)
            if person is None or (page == "hulp" and role in ("schoolleiding", "externe_vertrouwenspersoon")):
                continue
            assert person["functie"] in block, (page, role)
            public = set(person.get("openbaar", []))
            for detail in ("naam", "telefoon", "email"):
                value = person.get(detail)
                if value is None:
                    continue
                shown = _digits(value) in _digits(block) if detail == "telefoon" else value in block
                assert shown == (detail in public), (page, role, detail)
    staff = _section(example_build.page(staff=True), "contacten")
    for role in ROLES:
        person = raw["personen"][role]
        assert person["naam"] in staff and _digits(person["telefoon"]) in _digits(staff), role
