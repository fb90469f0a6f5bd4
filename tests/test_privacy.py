"""No internal value reaches a public output or a document meant for people outside the school.

The oracle (`privacy_oracle`) reads each config with plain `yaml.safe_load` and applies the
config's own `openbaar` marks itself; it imports no project code, so a leak in the audience
view cannot also drop out of the list of values to look for. The search reads every file of a
full build: every page, the search index, the sitemap, the PDFs' text, form fields and
metadata, and every part of the Word files.

Which staff files may show internal values is this test's own list, from who reads them
(issue 14): the staff site, the staff PDFs, and the guides and notes for colleagues. Anything
else in the staff output counts as made for outside the school, so a new document is checked
as such until someone adds it here.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, build_school, example_data, school_with, write_school
from privacy_oracle import (
    DETAILS, by_kind, describe, file_readings, files_under, find_leaks, internal_secrets, national_digits, persons,
    phone_notations, phone_pattern, read_config,
)

#: Staff-only outputs inside the staff folder (relative paths); everything else there goes outside the school.
STAFF_PDFS = {"protocol-intern.pdf", "incidentkaart-intern.pdf", "incidentformulier-intern.pdf"}
STAFF_LETTERS = {"gesprek-klas", "gesprek-slachtoffer", "notitie-collega"}
#: Letters to parents, the text for the website and social media, the press statement.
OUTSIDE_LETTERS = {"brief-ouders-klas", "brief-alle-ouders", "bericht-website", "pers"}

SECTOR_EXAMPLES = {f"voorbeelden/{s}": ROOT / "voorbeelden" / f"{s}.yml" for s in ("po", "vo", "mbo")}
CONFIGS = ["school_config", *SECTOR_EXAMPLES, "alles-intern"]


def everything_internal(data: dict) -> None:
    """The example with every `openbaar` mark removed and the numbers typed the way schools type them.

    So the oracle holds a value of every kind even where the example makes it public (the
    functional e-mail addresses), and the build has to print numbers in its own notation.
    A name with a particle, an apostrophe and letters outside ASCII tests escaping on the way.
    """
    people = data["personen"]
    for person in [*people.values(), data["politie"]["contactpersoon"]]:
        person.pop("openbaar", None)
    people["vertrouwenspersoon"]["telefoon"] = "+31 (0)6-1234 5678"
    people["zorgcoordinator"]["telefoon"] = "(030) 123 45 02"
    people["schoolleiding"]["telefoon"] = "0031 30 1234501"
    people["externe_vertrouwenspersoon"]["telefoon"] = "06-23456789"
    people["externe_vertrouwenspersoon"]["naam"] = "Zoë van 't Hek-Öztürk"
    people["crisiscommunicatie"]["telefoon"] = "+31645678901"
    data["politie"]["contactpersoon"]["telefoon"] = "06 567 890 12"


@pytest.fixture(scope="session")
def privacy_builds(tmp_path_factory):
    cache: dict[str, object] = {}

    def get(name: str, request) -> object:
        if name not in cache:
            if name == "school_config":
                cache[name] = request.getfixturevalue("example_build")
            elif name in SECTOR_EXAMPLES:  # the run's shared builds of voorbeelden/ (a copy of each config)
                cache[name] = request.getfixturevalue("voorbeeld_builds")[name.removeprefix("voorbeelden/")]
            else:
                folder = tmp_path_factory.mktemp(name)
                cache[name] = build_school(school_with(folder / "in", everything_internal), folder / "out")
        return cache[name]
    return get


@pytest.fixture(params=CONFIGS)
def built(request, privacy_builds):
    return privacy_builds(request.param, request)


def secrets_of(built) -> list:
    return internal_secrets(read_config(built.config))


def staff_only(relative: Path) -> bool:
    """May this file in the staff output show internal values? By the test's own list, not the code's."""
    if relative.suffix == ".docx":
        return relative.stem in STAFF_LETTERS
    if relative.suffix == ".pdf":
        return relative.as_posix() in STAFF_PDFS
    if relative.parts[:2] == ("site", "personeel") and relative.parent.name in OUTSIDE_LETTERS:
        return False  # the staff site's page of a letter to parents: staff copy its text into the letter
    return relative.parts[0] == "site"  # the staff site: pages, search index, sitemap


def staff_files(built) -> tuple[list[Path], list[Path]]:
    """(staff-only files, files for outside the school) in the staff output."""
    files = files_under(built.intern)
    inside = [p for p in files if staff_only(p.relative_to(built.intern))]
    return inside, [p for p in files if p not in inside]


# --- the oracle itself -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", CONFIGS)
def test_the_oracle_finds_internal_values_of_every_kind(name, tmp_path):
    if name == "school_config":
        raw = read_config(EXAMPLE)
    elif name in SECTOR_EXAMPLES:
        raw = read_config(SECTOR_EXAMPLES[name])
    else:
        raw = read_config(school_with(tmp_path, everything_internal))
    kinds = by_kind(internal_secrets(raw))
    print(name, {kind: len(values) for kind, values in sorted(kinds.items())})
    for kind in DETAILS:
        assert kinds.get(kind), f"{name}: no internal {kind} to look for"
    assert len(kinds["naam"]) >= 7 and len(kinds["telefoon"]) >= 7


def test_the_oracle_reads_the_marks_of_the_example():
    kinds = by_kind(internal_secrets(read_config(EXAMPLE)))
    assert "Samir Benali" in kinds["naam"] and "06 12345678" in kinds["telefoon"]
    assert "m.devries@voorbeeldcollege.example" in kinds["email"]
    # marked openbaar: not internal
    assert "vertrouwenspersoon@voorbeeldcollege.example" not in kinds["email"]
    assert "pers@voorbeeldcollege.example" not in kinds["email"]
    assert not {"030 123 4567", "info@voorbeeldcollege.example"} & {v for vs in kinds.values() for v in vs}


def test_a_value_the_config_also_shows_publicly_is_not_internal(tmp_path):
    """Without any mark the confidential adviser's address is internal for the person, but the
    config publishes it as a report channel: the oracle leaves it out instead of demanding the impossible."""
    raw = read_config(school_with(tmp_path, everything_internal))
    emails = by_kind(internal_secrets(raw))["email"]
    assert "vertrouwenspersoon@voorbeeldcollege.example" not in emails
    assert {"pers@voorbeeldcollege.example", "socialemedia@voorbeeldcollege.example"} <= set(emails)


def test_a_phone_number_is_found_in_every_notation():
    for typed in ("06 12345678", "+31 (0)6-1234 5678", "0031612345678", "06-12 34 56 78"):
        assert national_digits(typed) == "0612345678"
        pattern = phone_pattern(typed)
        for written in phone_notations("0612345678"):
            assert pattern.search(f"bel {written} nu"), (typed, written)
        for other in ("06 123456789", "106 12345678", "06 12345679", "0612 3456 7"):
            assert not pattern.search(f"bel {other} nu"), (typed, other)
    assert phone_pattern("030 123 4501").search("tel:+31301234501")


def test_every_person_in_the_schema_is_a_person_to_the_oracle():
    """The oracle knows where persons are without the project's code; the generated JSON Schema
    (data, not code) tells whether a new kind of person appeared that the oracle would miss."""
    schema = json.loads((ROOT / "schema" / "school_config.schema.json").read_text(encoding="utf-8"))
    person_defs = {"#/$defs/Persoon", "#/$defs/SocialeMediaFunctionaris"}
    found: list[str] = []

    def refs(node: dict) -> list[str]:
        return [n["$ref"] for n in [node, *node.get("anyOf", []), *node.get("allOf", [])] if "$ref" in n]

    def walk(node: dict, path: str, depth: int = 0) -> None:
        for key, prop in (node.get("properties") or {}).items():
            where = f"{path}.{key}" if path else key
            for ref in refs(prop):
                if ref in person_defs:
                    found.append(where)
                elif depth < 4:
                    walk(schema["$defs"][ref.rsplit("/", 1)[1]], where, depth + 1)
            if prop.get("type") == "array" and isinstance(prop.get("items"), dict):
                assert not set(refs(prop["items"])) & person_defs, f"a list of persons at {where}"

    walk(schema, "")
    assert len(found) >= 8
    unseen = [where for where in found if not (where == "politie.contactpersoon"
                                               or (where.startswith("personen.") and where.count(".") == 1))]
    assert unseen == [], "persons the oracle (privacy_oracle.persons) does not look at"
    assert {where for where, _ in persons(example_data())} == set(found)  # the example fills in every person


# --- the builds -----------------------------------------------------------------------------------------------

def test_no_internal_value_anywhere_in_the_public_output(built):
    secrets = secrets_of(built)
    files = files_under(built.site)
    names = {p.name for p in files}
    assert {"index.html", "search_index.json", "sitemap.xml", "sitemap.xml.gz", "protocol.pdf",
            "incidentkaart.pdf", "incidentformulier.pdf"} <= names
    assert not [p for p in files if p.suffix == ".docx"]  # letters are staff material (issue 15)
    leaks = find_leaks(secrets, files)
    assert not leaks, describe(leaks, built.site)


def test_documents_for_outside_the_school_hold_no_internal_value_in_the_staff_output(built):
    _, outside = staff_files(built)
    letters = {p.stem for p in outside if p.suffix == ".docx"}
    assert letters == OUTSIDE_LETTERS, "a letter that is in neither list: add it to STAFF_LETTERS or OUTSIDE_LETTERS"
    assert len([p for p in outside if p.suffix == ".docx"]) == 2 * len(OUTSIDE_LETTERS)  # intern/brieven and the staff site
    pages = {p.parent.name for p in outside if p.name == "index.html"}
    assert pages == OUTSIDE_LETTERS  # their pages on the staff site are for outside readers too
    leaks = find_leaks(secrets_of(built), outside)
    assert not leaks, describe(leaks, built.intern)


def test_staff_output_shows_every_internal_value(built):
    """What the public output hides, the staff output has: nothing internal is simply lost
    (and the search can see the values at all)."""
    inside, _ = staff_files(built)
    assert {p.name for p in inside} >= STAFF_PDFS | {f"{slug}.docx" for slug in STAFF_LETTERS}
    secrets = secrets_of(built)
    found = find_leaks(secrets, inside)
    missing = [f"{s.kind} {s.value!r} ({s.where})" for s in secrets
               if f"{s.kind} {s.value!r} ({s.where})" not in found]
    assert missing == []


def test_nothing_internal_is_written_into_the_public_folder_by_any_step(example_build):
    """The staff output lives outside site/, so publishing site/ cannot publish it."""
    site, intern = example_build.site.resolve(), example_build.intern.resolve()
    assert site not in intern.parents and intern not in site.parents


def test_marking_a_detail_public_shows_it_and_only_it(tmp_path):
    def change(d):
        d["personen"]["zorgcoordinator"]["openbaar"] = ["naam"]
        d["personen"]["zorgcoordinator"]["naam"] = "Zora Zorgvuldig-Xyzzy"
        d["personen"]["zorgcoordinator"]["telefoon"] = "06 98765432"
    config = school_with(tmp_path / "in", change)
    kinds = by_kind(internal_secrets(read_config(config)))
    assert "Zora Zorgvuldig-Xyzzy" not in kinds["naam"] and "06 98765432" in kinds["telefoon"]
    built = build_school(config, tmp_path / "out", documents=False)
    files = files_under(built.site)
    leaks = find_leaks(internal_secrets(read_config(config)), files)
    assert not leaks, describe(leaks, built.site)
    shown = internal_secrets({"personen": {"x": {"naam": "Zora Zorgvuldig-Xyzzy"}}})
    assert find_leaks(shown, files), "the public name is on the public site"


def test_public_view_falls_back_to_the_school_for_hidden_routes():
    from schoolprotocol.audience import Audience, contact_for
    from schoolprotocol.config import load_school

    config = load_school(EXAMPLE).config
    public = contact_for(config.personen.zorgcoordinator, Audience.PUBLIC)
    assert public.naam is public.telefoon is public.email is None
    assert public.via_school and public.functie == "Zorgcoördinator"
    staff = contact_for(config.personen.zorgcoordinator, Audience.STAFF)
    assert staff.naam == "Peter Bakker" and staff.telefoon == "030 123 4502"


# --- the search cannot go blind ------------------------------------------------------------------------------

SECRETS = internal_secrets({"personen": {"x": {"naam": "Zoë van 't Hek", "telefoon": "06 12345678",
                                               "email": "z.hek@school.example"}}})


def _found(path: Path) -> set[str]:
    return {label.split(" ", 1)[0] for label in find_leaks(SECRETS, [path])}


def test_the_search_reads_pages_index_and_sitemap(tmp_path):
    page = tmp_path / "index.html"
    page.write_text('<p><strong>Zo&euml;</strong> van &#39;t Hek, <a href="tel:+31612345678">bel</a>, '
                    '<a href="mailto:z.hek&#64;school.example">mail</a></p>', encoding="utf-8")
    assert _found(page) == {"naam", "naamdeel", "telefoon", "email"}
    index = tmp_path / "search_index.json"
    index.write_text(json.dumps({"docs": [{"text": "Zo\u00eb van 't Hek: 06-1234 5678"}]}), encoding="utf-8")
    assert _found(index) == {"naam", "naamdeel", "telefoon"}
    import gzip
    sitemap = tmp_path / "sitemap.xml.gz"
    sitemap.write_bytes(gzip.compress(b"<loc>https://x.example/z.hek%40school.example/</loc>"))
    assert _found(sitemap) == {"email"}
    clean = tmp_path / "schoon.html"
    clean.write_text("<p>Bel de school: 030 123 4567, of 06 12345670.</p>", encoding="utf-8")
    assert _found(clean) == set()


def test_the_search_reads_pdf_text_form_fields_and_metadata(tmp_path):
    import weasyprint

    def pdf(name: str, html: str, forms: bool = False) -> Path:
        path = tmp_path / name
        weasyprint.HTML(string=html).write_pdf(path, pdf_forms=forms)
        return path

    assert _found(pdf("tekst.pdf", "<p>Bel Zoë van 't Hek op 030 123 4501.</p>")) == {"naam", "naamdeel"}
    assert "telefoon" in _found(pdf("nummer.pdf", "<p>Bel (06) 1234-5678.</p>"))
    meta = pdf("meta.pdf", "<html><head><title>Z.HEK@school.example</title>"
                           "<meta name=author content=\"Zoë van 't Hek\"></head><body><p>Leeg</p></body></html>")
    assert _found(meta) == {"naam", "naamdeel", "email"}
    form = pdf("formulier.pdf", '<form><input name="wie" value="06 12345678"></form>', forms=True)
    assert _found(form) == {"telefoon"}
    link = pdf("link.pdf", '<p><a href="tel:+31612345678">de school</a></p>')
    assert _found(link) == {"telefoon"}


def test_the_search_reads_every_part_of_a_word_file(tmp_path):
    import docx

    document = docx.Document()
    paragraph = document.add_paragraph("Met vriendelijke groet, ")
    paragraph.add_run("Zoë van ")
    paragraph.add_run("'t Hek").bold = True  # the name over two runs
    body = tmp_path / "brief.docx"
    document.save(body)
    assert _found(body) == {"naam", "naamdeel"}
    document = docx.Document()
    document.core_properties.author = "z.hek@school.example"
    document.sections[0].footer.paragraphs[0].text = "06-12 34 56 78"
    parts = tmp_path / "delen.docx"
    document.save(parts)
    assert _found(parts) == {"email", "telefoon"}
    assert all(isinstance(text, str) for text in file_readings(parts))


def test_a_leak_planted_in_the_public_view_is_found(tmp_path, monkeypatch):
    """Make the public view show the confidential adviser's mobile number: the search must find it
    on the pages and in the search index (it tests the search, not the code)."""
    from schoolprotocol import audience

    real = audience.contact_for

    def leaky(person, view):
        contact = real(person, view)
        if person.telefoon == "06 12345678":
            return audience.Contact(contact.functie, contact.naam, person.telefoon, contact.email,
                                    contact.bereikbaar, contact.via_school, contact.taken)
        return contact

    monkeypatch.setattr(audience, "contact_for", leaky)
    built = build_school(write_school(tmp_path / "in"), tmp_path / "out", documents=False)
    leaks = find_leaks(internal_secrets(read_config(built.config)), files_under(built.site))
    label = "telefoon '06 12345678' (personen.vertrouwenspersoon.telefoon)"
    assert set(leaks) == {label}
    where = {Path(hit.split(" [")[0]).name for hit in leaks[label]}
    assert {"index.html", "search_index.json"} <= where
