"""Config values are text: HTML, Markdown and Jinja in a value come out literally, never interpreted."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from bs4 import BeautifulSoup

from conftest import build_school, example_data, write_school
from hostile import _resolve
from schoolprotocol.config import InputError, load_school
from schoolprotocol.reference import json_schema
from schoolprotocol.render.escape import Safe
from schoolprotocol.render.html import opmaak

SNIPPETS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "**vet** en _schuin_",
    "[klik](javascript:alert(1))",
    "{{ 7*7 }}",
    "{% if true %}ja{% endif %}",
    "| a | b |",
    '--8<-- "mkdocs.yml"',
    "*[HTML]: afkorting",
    ":smile: ==mark== ~~weg~~ ^^in^^",
    "&amp; &lt;b&gt; \\*",
    "<a href=https://kwaad.example>link</a>",
    "`code` {: .klasse }",
]
STARTS = ["# Kop ", "1. ", "- ", "> ", "    ", "=== ", "!!! note "]


def payload(index: int, limit: int) -> str:
    start = STARTS[index % len(STARTS)]
    body = f"{start}ZQ{index}Z {SNIPPETS[index % len(SNIPPETS)]} {SNIPPETS[(index + 5) % len(SNIPPETS)]}"
    return body[:limit]


def text_fields(data: Any, node: dict, schema: dict, path: tuple = ()) -> Iterator[tuple[tuple, dict]]:
    """Paths in `data` whose schema says: free text (no pattern, format or fixed choices)."""
    node = _resolve(schema, node)
    if isinstance(data, dict):
        for key, value in data.items():
            if key in node.get("properties", {}):
                yield from text_fields(value, node["properties"][key], schema, path + (key,))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from text_fields(value, node.get("items", {}), schema, path + (index,))
    elif isinstance(data, str) and node.get("type") == "string" and not (
            {"pattern", "format", "enum", "const"} & node.keys()) and path[-1] != "logo" and not node.get("x-opmaak"):
        yield path, node


def set_at(data: Any, path: tuple, value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    schema = json_schema()
    data = example_data()
    payloads = {}
    for index, (path, node) in enumerate(text_fields(data, schema, schema)):
        value = payload(index, min(node.get("maxLength", 160), 160))
        set_at(data, path, value)
        payloads[f"ZQ{index}Z"] = value
    folder = tmp_path_factory.mktemp("hostile")
    built = build_school(write_school(folder / "in", data), folder / "out")
    return built, payloads, data


def _folded(text: str) -> str:
    return " ".join(text.split())


def _pages(built) -> Iterator[tuple[Path, BeautifulSoup]]:
    for root in (built.site, built.intern / "site"):
        for path in sorted(root.rglob("*.html")):
            yield path, BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_the_hostile_config_is_valid_and_touches_many_fields(hostile_build):
    built, payloads, _ = hostile_build
    assert len(payloads) >= 40
    load_school(built.config)


def test_no_markup_from_a_value_becomes_an_element(hostile_build):
    built, _, _ = hostile_build
    for path, soup in _pages(built):
        for script in soup.find_all("script"):
            assert "alert(" not in (script.string or ""), path
        for element in soup.find_all(True):
            handlers = [a for a in element.attrs if a.lower().startswith("on")]
            assert not handlers, (path, element.name, handlers)
            href = str(element.get("href", ""))
            assert not href.lower().startswith("javascript:"), path
            assert "kwaad.example" not in href, path
        assert not soup.find("img", src="x"), path


def test_every_value_shown_is_shown_literally(hostile_build):
    built, payloads, _ = hostile_build
    shown = set()
    for path, soup in _pages(built):
        text = _folded(soup.get_text(" "))
        for marker, value in payloads.items():
            if marker in text:
                shown.add(marker)
                assert _folded(value) in text, (path, value)
    # the start page, the steps and the footer show a good share of the config
    assert len(shown) >= 12, sorted(shown)


def test_values_do_not_create_headings_lists_tables_or_formatting(hostile_build):
    built, payloads, _ = hostile_build
    for path, soup in _pages(built):
        for tag in soup.find_all(["h1", "h2", "h3", "h4", "li", "td", "th", "strong", "em", "code", "blockquote",
                                  "abbr", "mark", "del"]):
            own = tag.get_text(" ")
            for marker, value in payloads.items():
                if marker in own and tag.name in ("h1", "h2", "h3", "h4", "td", "th", "blockquote", "code"):
                    assert _folded(value) in _folded(own), (path, tag.name, value)
            assert not (tag.name in ("strong", "em") and own.strip() in ("vet", "schuin")), path


def test_title_and_header_show_the_name_literally(hostile_build):
    built, payloads, data = hostile_build
    soup = built.page()
    name = data["school"]["naam"]
    assert soup.title.get_text() == _folded(name)
    assert _folded(soup.select_one(".md-header__topic").get_text(" ")) == _folded(name)


def test_search_index_holds_no_live_markup(hostile_build):
    built, _, _ = hostile_build
    index = json.loads((built.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    for doc in index["docs"]:
        for field in ("title", "text"):
            assert not re.search(r"<(script|img|a )", doc.get(field, ""), re.I), doc["location"]


@pytest.mark.snel
def test_formatted_fields_allow_simple_markdown_but_no_html():
    raw = ("Melden kan **anoniem**. Lees [de uitleg](https://www.voorbeeldcollege.example/uitleg/).\n\n"
           "- een\n- twee\n\n"
           "<script>alert(1)</script> [boos](javascript:alert(1)) <img src=x onerror=alert(1)> {{ 7*7 }}\n"
           '--8<-- "mkdocs.yml"\n*[HTML]: x')
    out = opmaak(Safe(raw))
    assert "\n" not in out, "one line, so nothing after it can start a Markdown block"
    block = BeautifulSoup(out, "html.parser").select_one("div.opmaak")
    assert block.find("strong").get_text() == "anoniem"
    assert block.find("a", href="https://www.voorbeeldcollege.example/uitleg/")
    assert [li.get_text() for li in block.find_all("li")] == ["een", "twee"]
    assert not block.find("script") and not block.find("img")
    assert not block.find("a", href=re.compile("^javascript", re.I))
    text = block.get_text(" ")
    assert "<script>alert(1)</script>" in text and "{{ 7*7 }}" in text
    assert '--8<-- "mkdocs.yml"' in " ".join(text.split())


@pytest.mark.snel
def test_formatted_fields_are_marked_in_the_schema():
    schema = json_schema()
    kanaal = schema["$defs"]["Meldkanaal"]["properties"]["toelichting"]
    option = [o for o in kanaal["anyOf"] if o.get("type") == "string"][0]
    assert option["x-opmaak"] is True and option["contentMediaType"] == "text/markdown"
    naam = schema["$defs"]["School"]["properties"]["naam"]
    assert naam["x-opmaak"] is False


@pytest.mark.snel
@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd",
                                 "ftp://example.org/x", "vbscript:msgbox(1)", "//kwaad.example/x"])
def test_links_allow_only_https_http_mailto_tel(tmp_path, url):
    data = example_data()
    data["documenten"]["pestprotocol"] = url
    with pytest.raises(InputError) as caught:
        load_school(write_school(tmp_path, data))
    [problem] = caught.value.problems
    assert problem.field == "documenten.pestprotocol"
    assert "https://, http://, mailto:, tel:" in problem.message


# --- the same on paper: PDFs and Word files ------------------------------------------------------

def _squeezed(text: str) -> str:
    """Text with whitespace and hyphens removed: line breaks and hyphenation on paper do not count."""
    return re.sub(r"[\s\-\u2010\u2011\u00ad]", "", text)


def _documents(built) -> list[Path]:
    found = sorted([*built.site.rglob("*.pdf"), *built.intern.glob("*.pdf"), *built.site.rglob("*.docx"),
                    *built.intern.glob("brieven/*.docx")])
    # 3 public and 3 staff PDFs; the 7 letters as Word files for staff (letters are staff material, issue 15)
    assert len([p for p in found if p.suffix == ".pdf"]) == 6 and len([p for p in found if p.suffix == ".docx"]) >= 7
    return found


_PAGE_NUMBER = re.compile(r"Pagina \d+ van \d+")
#: Running header and footer lines per page (a long school name or chapter title wraps to two lines each).
_EDGE = 4


def _without_page_chrome(text: str) -> str:
    """A value that runs over a page break has the running footer and header in between: drop the
    lines at the top and bottom of a page that repeat on other pages (school, chapter, version,
    "Personeelsversie") and the page numbers, so the two halves of the value meet again."""
    pages = [[line for line in page.split("\n") if line.strip()] for page in text.split("\f")]
    edges = [line for lines in pages for line in (*lines[:_EDGE], *lines[-_EDGE:])]
    repeated = {line for line in set(edges) if edges.count(line) > 1}
    kept = []
    for lines in pages:
        top = 0
        while top < min(_EDGE, len(lines)) and lines[top] in repeated:
            top += 1
        bottom = len(lines)
        while bottom > top and len(lines) - bottom < _EDGE and (lines[bottom - 1] in repeated
                                                             or _PAGE_NUMBER.search(lines[bottom - 1])):
            bottom -= 1
        kept.append("\n".join(lines[top:bottom]))
    return "\n".join(kept)


def _shows(value: str, text: str) -> bool:
    """The value stands in the text whole: as printed, or with page chrome stepped over."""
    return _squeezed(value) in _squeezed(text) or _squeezed(value) in _squeezed(_without_page_chrome(text))


def _document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        import subprocess
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
    from docx import Document
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        parts += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    return "\n".join(parts)


def _link_targets(path: Path) -> list[str]:
    """Where the links of a PDF or Word file lead."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        targets = []
        for page in PdfReader(path).pages:
            for annotation in page.get("/Annots") or []:
                action = annotation.get_object().get("/A") or {}
                targets += [str(action[key]) for key in ("/URI", "/JS") if key in action]
        return targets
    import zipfile
    with zipfile.ZipFile(path) as archive:
        rels = " ".join(archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".rels"))
    return re.findall(r'Target="([^"]+)"', rels)


def test_documents_show_every_value_literally(hostile_build):
    built, payloads, _ = hostile_build
    shown = set()
    for path in _documents(built):
        text = _document_text(path)
        squeezed = _squeezed(text)
        for marker, value in payloads.items():
            if marker in squeezed:
                shown.add(marker)
                assert _shows(value, text), (path.name, value)
    assert len(shown) >= 12, sorted(shown)


def test_documents_hold_no_link_or_script_from_a_value(hostile_build):
    built, _, _ = hostile_build
    for path in _documents(built):
        for target in _link_targets(path):
            assert not target.lower().startswith(("javascript:", "vbscript:", "data:")), (path.name, target)
            assert "kwaad.example" not in target, (path.name, target)
        if path.suffix == ".pdf":
            assert b"/JavaScript" not in path.read_bytes() and b"/JS " not in path.read_bytes(), path.name


# --- addresses: nothing in a link can close an attribute; the form and the build agree ------------

#: The issue's example: it passed the old check (scheme, host, no spaces) and landed raw in every page.
SITE_URL_ATTACK = 'https://x.example/"><script>alert(3)</script>'


@pytest.mark.snel
@pytest.mark.parametrize("path, value", [
    (("school", "protocol_url"), SITE_URL_ATTACK),
    (("school", "protocol_url"), "https://x.example/p/?a=1"),
    (("school", "protocol_url"), "https://x.example/p'/"),
    (("school", "website"), SITE_URL_ATTACK),
    (("documenten", "pestprotocol"), "https://x.example/a<b"),
    (("documenten", "pestprotocol"), "https://x.example/`{x}`"),
    (("documenten", "pestprotocol"), "mailto:a<b>@x.nl"),
    (("documenten", "pestprotocol"), "mailto:info@school.nl?subject=x"),
    (("documenten", "pestprotocol"), "tel:030 123 4567"),
    (("documenten", "pestprotocol"), "tel:bel-ons"),
    (("school", "email"), '"a"<b>@x.nl'),
])
def test_addresses_that_could_become_markup_are_refused_in_dutch(tmp_path, path, value):
    data = example_data()
    set_at(data, path, value)
    with pytest.raises(InputError) as caught:
        load_school(write_school(tmp_path, data))
    [problem] = caught.value.problems
    assert problem.field == ".".join(path)
    assert any(word in problem.message for word in ("adres", "webadres", "e-mailadres", "cijfers")), problem.message


#: (field, value): valid and invalid samples of each kind of address, written by hand.
ADDRESS_SAMPLES = {
    ("documenten", "pestprotocol"): [
        "https://www.school.nl/", "http://school.nl/a?b=1#c", "https://x.nl/'onmouseover='a'", "https://x.nl/%22%3E",
        "https://", "https://.x", "https:x", "HTTPS://x.nl", "https://x.nl/a b", SITE_URL_ATTACK, "https://x.nl/{a}",
        "https://x.nl/a|b", "https://x.nl/a\\b", "https://x.nl/a^b", "https://x.nl/`", "javascript:alert(1)",
        "ftp://x.nl", "www.school.nl", "tel:+31301234567", "tel:0301234567", "tel:112", "tel:030 123 4567",
        "tel:030-1234567", "tel:+", "tel:abc", "tel:12", "mailto:info@school.nl", "mailto:o'neil@school.nl",
        "mailto:x", "mailto:a@b", "mailto:a..b@x.nl", "mailto:info@school.nl?subject=x", "mailto:<a>@x.nl",
        "mailto:a b@x.nl",
    ],
    ("school", "website"): ["https://www.school.nl/", "http://www.school.nl/", "https://x.nl/a\"b", "https://x.nl/?q=1"],
    ("school", "protocol_url"): [
        "https://www.school.nl/protocol/", "https://x.nl", "https://x.nl:8443/p/", "https://x.nl/?a", "https://x.nl/#a",
        "https://x.nl/a'b", "http://x.nl/", "https://x.nl/%27/", "https://-x.nl/", SITE_URL_ATTACK,
    ],
    ("school", "email"): [
        "info@school.nl", "o'neil@school.nl", "a+b@sub.school.nl", "a..b@x.nl", "x@y", "a b@x.nl", '"a"@x.nl',
        "a<b@x.nl", "a@-x.nl", "a@x-.nl", "a{b@x.nl", "a@x.n", "a@x.nl.", "@x.nl", "a@@x.nl",
        "a" * 65 + "@x.nl", "a@" + "b" * 250 + ".nl",
    ],
    ("school", "telefoon"): ["030 123 4567", "+31 (0)30-123 4567", "0800 2000", "12", "030 123 45678"],
}

#: The configurator's check of one value (configurator/src/validate.js): the schema's pattern as ajv
#: compiles it (flag u), maxLength and `not`, and the first message rule that matches.
_FORM_CHECK = r"""
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(({node, value}) => {
  let ok = new RegExp(node.pattern, 'u').test(value);
  if (node.maxLength !== undefined && [...value].length > node.maxLength) ok = false;
  if (node.not && node.not.pattern && new RegExp(node.not.pattern, 'u').test(value)) ok = false;
  let message = null;
  if (!ok) {
    for (const [expression, text] of node['x-meldingen'] || []) {
      if (!expression || new RegExp(expression).test(String(value))) { message = text; break; }
    }
  }
  return {ok, message};
});
process.stdout.write(JSON.stringify(out));
"""


@pytest.mark.snel
def test_the_configurator_and_the_build_agree_on_every_address_sample():
    import shutil
    import subprocess

    from typing import Annotated

    from pydantic import TypeAdapter, ValidationError

    from schoolprotocol.config.schema import SchoolConfig
    from schoolprotocol.formschema import form_schema

    node_binary = shutil.which("node")
    assert node_binary, "node is needed for the configurator (npm) and this test"
    form = form_schema()
    cases, expected = [], []
    for path, samples in ADDRESS_SAMPLES.items():
        node = form
        for part in path:
            node = node["properties"][part]
        field = SchoolConfig.model_fields[path[0]].annotation.model_fields[path[1]]
        adapter = TypeAdapter(Annotated[(field.annotation, *field.metadata)] if field.metadata else field.annotation)
        for value in samples:
            try:
                adapter.validate_python(value)
                expected.append((path, value, True, None))
            except ValidationError as err:
                expected.append((path, value, False, err.errors()[0]["msg"]))
            cases.append({"node": node, "value": value})
    run = subprocess.run([node_binary, "-e", _FORM_CHECK], input=json.dumps(cases), capture_output=True, text=True,
                         check=True, timeout=60)
    answers = json.loads(run.stdout)
    disagree = [(path, value, ok, message, answer) for (path, value, ok, message), answer in zip(expected, answers)
                if answer["ok"] != ok or (not ok and answer["message"] != message)]
    assert not disagree, disagree
    # the samples test both sides of each rule
    assert {ok for _, _, ok, _ in expected} == {True, False}


# --- every string field of the schema at once (tests/hostile.py), read without a browser ----------

@pytest.fixture(scope="module")
def every_field(tmp_path_factory):
    from hostile import hostile_config

    made = hostile_config()
    folder = tmp_path_factory.mktemp("elk-veld")
    return made, build_school(write_school(folder / "in", made.data), folder / "out")


def _site_pages(built) -> Iterator[tuple[str, Path, str]]:
    for audience, root in (("openbaar", built.site), ("intern", built.intern / "site")):
        for path in sorted(root.rglob("*.html")):
            yield audience, path, path.relative_to(root).as_posix().removesuffix("index.html")


def test_every_field_title_logo_canonical_and_policy_hold_text(every_field):
    from urllib.parse import urljoin

    made, built = every_field
    name = _folded(made.data["school"]["naam"])
    site_url = made.data["school"]["protocol_url"]
    seen = 0
    for audience, path, page in _site_pages(built):
        text = path.read_text(encoding="utf-8")
        soup = BeautifulSoup(text, "html.parser")
        where = (audience, page)
        assert not soup.find("img", src="x"), where
        assert not [s for s in soup.find_all("script") if "alert(" in (s.string or "")], where
        assert not [el.name for el in soup.find_all(True) if any(a.lower().startswith("on") for a in el.attrs)], where
        for marker, value in made.kinds("tekst", "opmaak").items():
            assert value not in text, (where, made.payloads[marker][0])
        policy = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert policy is not None, where
        script_src = policy["content"].split("script-src")[1].split(";")[0]
        assert "'unsafe-inline'" not in script_src and "'self'" in script_src, where
        if page == "beheer/configurator.html":
            continue
        seen += 1
        assert _folded(soup.title.get_text()) == name or _folded(soup.title.get_text()).endswith(" - " + name), where
        for logo in soup.select("a.md-logo"):
            assert "title" not in logo.attrs, where  # Material's tooltips would read it as HTML
            assert _folded(logo["aria-label"]) == name, where
        if page != "404.html":
            assert soup.find("link", rel="canonical")["href"] == urljoin(site_url, page), where
    assert seen >= 34  # both sites; the staff material is on the staff site only


def test_every_field_reaches_documents_as_text(every_field):
    made, built = every_field
    shown = set()
    texts = made.kinds("tekst")
    for path in _documents(built):
        text = _document_text(path)
        squeezed = _squeezed(text)
        for marker, value in texts.items():
            if marker in squeezed:
                shown.add(marker)
                assert _shows(value, text), (path.name, made.payloads[marker][0])
        for target in _link_targets(path):
            assert not target.lower().startswith(("javascript:", "vbscript:", "data:")), (path.name, target)
            assert not set('"<>`{}|\\^') & set(target), (path.name, target)
    assert len(shown) >= 12, sorted(shown)
