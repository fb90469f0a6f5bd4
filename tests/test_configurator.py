"""The browser configurator: a real Chromium fills in, loads and saves school_config.yml.

The page is opened as a local file (file://), the way a school leader opens it
without a server, and once inside the built Material site (over 127.0.0.1).
Every file it saves is checked by the Python validation and built into a site.
"""

from __future__ import annotations

import difflib
import functools
import http.server
import json
import re
import shutil
import subprocess
import threading
import zipfile
from pathlib import Path

import pytest
import yaml
from pydantic import TypeAdapter, ValidationError

from conftest import EXAMPLE, ROOT, build_school
from schoolprotocol.config import InputError, types
from schoolprotocol.formschema import FORM_SCRIPT, GLOBAL_NAME, STAPPEN, form_data, form_schema, form_script
from schoolprotocol.pipeline import check


PAGE_DIR = ROOT / "content" / "beheer"
PAGE = PAGE_DIR / "configurator.html"
BUNDLE = PAGE_DIR / "configurator.js"
CONFIGURATOR = ROOT / "configurator"
AXE = CONFIGURATOR / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP, PHONE = {"width": 1280, "height": 900}, {"width": 360, "height": 740}
LOCAL = ("file://", "blob:", "data:", "http://127.0.0.1:")


@pytest.fixture(scope="module")
def browser(chromium):
    return chromium


class Visit:
    """One browser tab on the configurator that records every request it makes."""

    def __init__(self, browser, viewport=DESKTOP, url: str | None = None) -> None:
        self.context = browser.new_context(viewport=viewport, locale="nl-NL", accept_downloads=True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto(url or PAGE.as_uri())
        self.page.wait_for_selector("#root_school_naam")
        self.page.wait_for_load_state("networkidle")
        self.at_load = len(self.requests)

    def close(self) -> None:
        self.context.close()
        assert not self.errors, self.errors

    # --- keyboard only -------------------------------------------------------

    def focused(self) -> dict:
        return self.page.evaluate("""() => { const e = document.activeElement;
            return {id: e.id, tag: e.tagName, type: e.type || '', text: (e.innerText || e.value || '').trim()}; }""")

    def tab_to(self, matches, limit: int = 400) -> None:
        """Press Tab until the focused element matches; a person would do the same."""
        for _ in range(limit):
            self.page.keyboard.press("Tab")
            if matches(self.focused()):
                return
        raise AssertionError(f"Tab did not reach the element; last: {self.focused()}")

    def type_into(self, field_id: str, text: str) -> None:
        self.tab_to(lambda f: f["id"] == field_id)
        self.page.keyboard.type(text)

    def press_on(self, field_id: str, key: str) -> None:
        self.tab_to(lambda f: f["id"] == field_id)
        self.page.keyboard.press(key)

    def button(self, starts: str) -> None:
        self.tab_to(lambda f: f["tag"] == "BUTTON" and f["text"].startswith(starts))
        self.page.keyboard.press("Enter")

    def next_step(self) -> None:
        self.button("Volgende stap")

    def download(self, target: Path, *, keyboard: bool = True, button: str = "Alleen school_config.yml opslaan") -> str:
        with self.page.expect_download() as info:
            if keyboard:
                self.button(button)
            else:
                self.page.get_by_role("button", name=button).click()
        info.value.save_as(target)
        if target.suffix == ".zip":
            return info.value.suggested_filename
        return target.read_text(encoding="utf-8")

    def step(self, name: str) -> None:
        """Go to a step by its button; on a phone the steps are folded away under 'Alle stappen'."""
        folded = self.page.locator("details.spc-stappen-klein")
        if folded.count() and not folded.evaluate("d => d.open"):
            folded.locator("summary").click()
        self.page.get_by_role("button", name=re.compile(name)).first.click()

    # --- looking -------------------------------------------------------------

    def error_of(self, field_id: str) -> str:
        return self.page.locator(f"#{field_id}__error").inner_text().replace("Fout:", "").strip()

    def announced(self, expecting: str = "") -> str:
        """The live region's text once it holds `expecting` (or anything, if empty).

        Tabbing to a field passes others; a required one left empty is announced first,
        so a test waits for the message it expects instead of the first one that comes.
        """
        self.page.wait_for_function(
            "(expecting) => { const t = document.querySelector('[role=status][aria-live]').innerText;"
            " return t.length > 0 && t.includes(expecting); }", arg=expecting)
        return self.page.locator("[role=status][aria-live]").inner_text()

    def axe(self, selector: str | None = None) -> list[dict]:
        if not self.page.evaluate("() => !!window.axe"):
            # through the DevTools protocol: a <script> tag would be refused by the page's
            # Content-Security-Policy in the built site (no inline scripts but the theme's)
            self.page.evaluate("() => {\n" + AXE.read_text(encoding="utf-8") + "\n}")
        result = self.page.evaluate(
            "async (selector) => { const r = await axe.run(selector ? document.querySelector(selector) : document);"
            " return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})); }",
            selector)
        return result

    def left_the_machine(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(LOCAL)]

    def since_load(self) -> list[str]:
        """Requests after the page was loaded: typing, loading a file and saving make none (a save is a blob: link)."""
        return [url for url in self.requests[self.at_load:] if not url.startswith("blob:")]


@pytest.fixture
def visit(browser):
    opened: list[Visit] = []

    def open_(viewport=DESKTOP, url: str | None = None) -> Visit:
        opened.append(Visit(browser, viewport, url))
        return opened[-1]
    yield open_
    for v in opened:
        v.close()


def python_message(annotated, bad) -> str:
    try:
        TypeAdapter(annotated).validate_python(bad)
    except ValidationError as err:
        return err.errors()[0]["msg"]
    raise AssertionError(f"{bad!r} is valid for Python")


def school_folder(folder: Path, text: str) -> Path:
    """A saved config as a school has it: the file, with the logo next to it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "school", folder / "school", dirs_exist_ok=True)
    path = folder / "school_config.yml"
    path.write_text(text, encoding="utf-8")
    return path


# --- the form comes from the pydantic schema ------------------------------------


def _leaves(node: dict, path: tuple = ()):
    if node.get("type") == "object":
        for name, prop in node.get("properties", {}).items():
            yield from _leaves(prop, path + (name,))
    else:
        yield path, node


@pytest.mark.snel
def test_form_schema_is_form_ready_and_keeps_the_python_rules():
    schema = form_schema()
    text = json.dumps(schema)
    assert "$ref" not in text and '"anyOf"' not in text and '"type": "null"' not in text
    leaves = dict(_leaves(schema))
    phone = leaves[("school", "telefoon")]
    assert phone["pattern"] == types.PHONE_PATTERN
    assert phone["x-meldingen"] == [["", python_message(types.Telefoon, "12")]]
    assert leaves[("school", "kleuren", "primair")]["pattern"] == types.COLOUR_PATTERN
    assert leaves[("school", "website")]["pattern"] == types.HTTPS_PATTERN
    assert leaves[("beleid", "vastgesteld_op")]["format"] == "date"
    openbaar = leaves[("personen", "vertrouwenspersoon", "openbaar")]
    assert openbaar["uniqueItems"] is True and openbaar["items"]["enum"] == ["naam", "telefoon", "email"]
    # optional in Python = not required in the form (no 'or null' choice)
    assert "adres" not in schema["properties"]["school"]["required"]
    assert "externe_vertrouwenspersoon" not in schema["properties"]["personen"]["required"]
    # Python fills in the role's name when functie is empty, so the form does not require it
    assert "required" not in schema["properties"]["personen"]["properties"]["schoolleiding"]


@pytest.mark.snel
def test_link_messages_match_python_for_each_kind_of_mistake():
    links = dict(_leaves(form_schema()))
    for path, annotated in ((("school", "website"), types.HttpsLink),
                            (("documenten", "pestprotocol"), types.Link)):
        rules = links[path]["x-meldingen"]
        for bad in ("www.school.nl", "https://", "https://www.school.nl/mijn map", "ftp://x.nl"):
            chosen = next(message for expression, message in rules if not expression or re.search(expression, bad))
            assert chosen == python_message(annotated, bad), bad


@pytest.mark.snel
def test_every_field_belongs_to_exactly_one_step():
    data = form_data()
    for path, _ in _leaves(data["schema"]):
        owners = [s["id"] for s in data["stappen"]
                  if any(path[:len(p.split("."))] == tuple(p.split(".")) for p in s["paden"])
                  and not any(path[:len(z.split("."))] == tuple(z.split(".")) for z in s["zonder"])]
        assert len(owners) == 1, (path, owners)
    assert [s["id"] for s in data["stappen"]] == [s.id for s in STAPPEN]


@pytest.mark.snel
def test_form_script_is_a_plain_script_and_current():
    text = form_script()
    assert text.startswith("//") and f"window.{GLOBAL_NAME} = {{" in text
    assert "import " not in text and "export " not in text
    assert FORM_SCRIPT.read_text(encoding="utf-8") == text, "draai 'schoolprotocol genereer'"


def test_a_field_added_to_the_pydantic_schema_appears_in_the_form(tmp_path, visit, monkeypatch):
    from pydantic import Field, create_model

    from schoolprotocol import reference
    from schoolprotocol.config.schema import SchoolConfig

    extended = create_model("SchoolConfig", __base__=SchoolConfig,
                            evaluatieteam=(str | None, Field(None, title="Wie evalueert", description="Nieuw veld.")))
    monkeypatch.setattr(reference, "SchoolConfig", extended)
    folder = tmp_path / "pagina"
    shutil.copytree(PAGE_DIR, folder)
    (folder / "formulier.js").write_text(form_script(), encoding="utf-8")

    v = visit(url=(folder / "configurator.html").as_uri())
    v.page.get_by_role("button", name=re.compile("Wie evalueert")).click()
    field = v.page.get_by_role("textbox", name="Wie evalueert")
    field.fill("Het MT")
    assert field.get_attribute("aria-describedby").startswith("root_evaluatieteam__error")
    v.page.get_by_role("button", name=re.compile("Controleren en opslaan")).click()
    text = v.download(tmp_path / "uit.yml", keyboard=False)
    assert "evaluatieteam: Het MT" in text


# --- a new school, keyboard only -----------------------------------------------------


def fill_new_school(v: Visit) -> None:
    """Every required field of a new vo school, with Tab, typing, Space, arrows and Enter only.

    Dates are typed the Dutch way and web addresses without https://, as a school leader would.
    """
    t = v.type_into
    # 1 School
    t("root_school_naam", "Lyceum De Linde")
    t("root_school_korte_naam", "De Linde")
    v.press_on("root_school_sector-0", "ArrowDown")  # po -> vo (an arrow key selects the next radio button)
    t("root_school_plaats", "Amersfoort")
    v.next_step()
    # 2 Contact en website
    t("root_school_website", "www.delinde.example/")
    t("root_school_telefoon", "033 456 7890")
    t("root_school_email", "info@delinde.example")
    v.next_step()
    # 3-7 one person per step (functie left empty: Python fills in the role's name)
    people = {
        "schoolleiding": ("Anna de Boer", "033 456 7801", "a.deboer@delinde.example"),
        "vertrouwenspersoon": ("Youssef Amrani", "06 11122233", "vertrouwenspersoon@delinde.example"),
        "zorgcoordinator": ("Els Vermeer", "033 456 7802", "e.vermeer@delinde.example"),
        "socialemediafunctionaris": ("Tim Kok", "06 22233344", "socialemedia@delinde.example"),
        "woordvoerder": ("Anna de Boer", "033 456 7801", "pers@delinde.example"),
    }
    for role, (name, phone, mail) in people.items():
        t(f"root_personen_{role}_naam", name)
        t(f"root_personen_{role}_telefoon", phone)
        t(f"root_personen_{role}_email", mail)
        if role == "vertrouwenspersoon":
            v.press_on(f"root_personen_{role}_openbaar-2", " ")  # e-mail is public
        if role == "socialemediafunctionaris":
            t(f"root_personen_{role}_taken_0", "volgt wat er online over de school gezegd wordt")
        v.next_step()
    # 8 Politie
    t("root_politie_contactpersoon_naam", "Bas Hendriks")
    t("root_politie_contactpersoon_telefoon", "06 33344455")
    t("root_politie_afspraken_0", "De school belt de wijkagent bij beelden die strafbaar kunnen zijn.")
    v.next_step()
    # 9 Meldkanalen
    t("root_meldkanalen_0_naam", "Anoniem meldformulier")
    v.press_on("root_meldkanalen_0_soort-0", " ")  # anoniem
    t("root_meldkanalen_0_link", "www.delinde.example/melden/")
    v.next_step()
    # 10 Werkwijze: the defaults stay
    v.next_step()
    # 11 Route bij opschalen
    t("root_protocol_escalatie_0_titel", "Mentor")
    t("root_protocol_escalatie_0_rol", "Mentor")  # typing in a closed list box picks the option
    t("root_protocol_escalatie_1_titel", "Zorgcoördinator")
    t("root_protocol_escalatie_1_rol", "Zorg")
    v.button("Niveau toevoegen")
    t("root_protocol_escalatie_2_titel", "Schoolleiding")
    t("root_protocol_escalatie_2_rol", "Schoolleiding")
    v.next_step()
    # 12 Maatregelen
    t("root_protocol_sancties_0_maatregel", "Gesprek met de mentor")
    t("root_protocol_sancties_0_besluit", "mentor")
    t("root_protocol_sancties_1_maatregel", "Schorsing")
    t("root_protocol_sancties_1_besluit", "rector")
    v.next_step()
    # 13 Documenten
    for key in ("schoolveiligheidsplan", "pestprotocol", "socialemediaprotocol", "meldcode"):
        t(f"root_documenten_{key}", f"www.delinde.example/documenten/{key}.pdf")
    v.next_step()
    # 14 Sociale kaart: none
    v.next_step()
    # 15 Vaststelling en evaluatie
    t("root_beleid_vastgesteld_door", "Rector, na instemming van de MR")
    t("root_beleid_vastgesteld_op", "1-9-2026")
    t("root_beleid_versie", "1.0")
    t("root_beleid_volgende_evaluatie", "01-09-2027")
    v.press_on("root_beleid_instemming_mr", " ")
    v.next_step()
    # 16 Huisstijl: the logo file is chosen in the file dialog, the rest with the keyboard
    v.page.set_input_files("#spc-logo-kiezen", str(ROOT / "school" / "logo.svg"))
    t("root_school_kleuren_primair", "#2e6b30")
    t("root_school_kleuren_accent", "#8a3ffc")
    v.next_step()


def test_new_school_with_the_keyboard_only_saves_a_zip_that_checks_and_builds(tmp_path, visit):
    v = visit()
    fill_new_school(v)
    summary = v.page.locator(".spc-formulier").inner_text()
    assert "Alles is ingevuld zoals het moet" in summary, summary
    name = v.download(tmp_path / "download.zip", button="Zip-bestand opslaan")
    assert name == "schoolprotocol-de-linde.zip"
    # the confirmation is on screen, not only in the live region
    saved = v.page.locator(".spc-opgeslagen")
    assert saved.is_visible() and name in saved.inner_text() and "logo" in saved.inner_text()

    folder = tmp_path / "school"
    with zipfile.ZipFile(tmp_path / "download.zip") as archive:
        assert sorted(archive.namelist()) == ["school/logo.svg", "school_config.yml"]
        archive.extractall(folder)
    assert (folder / "school" / "logo.svg").read_bytes() == (ROOT / "school" / "logo.svg").read_bytes()
    config = folder / "school_config.yml"
    text = config.read_text(encoding="utf-8")
    assert "vastgesteld_op: 2026-09-01" in text and "volgende_evaluatie: 2027-09-01" in text
    assert "website: https://www.delinde.example/" in text

    checked = check(config)
    school = checked.school.config
    assert school.school.naam == "Lyceum De Linde" and school.school.sector == "vo"
    assert school.school.logo == "school/logo.svg"
    assert school.personen.vertrouwenspersoon.openbaar == ["email"]
    assert school.personen.schoolleiding.functie == "Schoolleiding"
    assert [level.rol for level in school.protocol.escalatie] == ["mentor", "zorgcoordinator", "schoolleiding"]
    assert str(school.beleid.vastgesteld_op) == "2026-09-01" and school.beleid.instemming_mr is True
    assert school.documenten.pestprotocol == "https://www.delinde.example/documenten/pestprotocol.pdf"

    built = build_school(config, tmp_path / "uit", documents=False)
    assert "Lyceum De Linde" in built.page().title.get_text()
    assert "vertrouwenspersoon@delinde.example" in built.article()
    assert "https://www.delinde.example/melden/" in built.all_html()
    assert "Youssef Amrani" not in built.all_html()  # internal by default
    assert "Youssef Amrani" in built.article("calamiteiten", staff=True) + built.article(staff=True)
    assert v.left_the_machine() == []
    assert v.at_load >= 3 and v.since_load() == []  # the recorder saw the page and its two scripts, then nothing


# --- kept in the browser, start again, focus ---------------------------------------


STORAGE_KEY = "schoolprotocol-configurator"


def stored(v: Visit):
    return v.page.evaluate("(key) => window.localStorage.getItem(key)", STORAGE_KEY)


def test_work_is_kept_across_a_reload_and_the_erase_button_clears_it(visit):
    v = visit()
    # up front: what to have ready and how long it takes (open on a first visit, folded when work comes back)
    ready = v.page.locator("details.spc-nodig")
    assert ready.evaluate("d => d.open") and "minuten" in ready.locator("summary").inner_text()
    for thing in ("telefoonnummers", "politie", "webadressen", "logo"):
        assert thing in ready.inner_text()
    v.type_into("root_school_naam", "Basisschool De Wilg")
    v.page.keyboard.press("Tab")
    v.step("2 Contact en website")
    v.page.wait_for_function("(key) => (localStorage.getItem(key) || '').includes('De Wilg')", arg=STORAGE_KEY)

    v.page.reload()
    v.page.wait_for_selector("#root_school_website")  # back on the step where the work stopped
    v.step("1 School")
    assert v.page.locator("#root_school_naam").input_value() == "Basisschool De Wilg"
    assert v.page.get_by_text("Uw browser bewaart het tussendoor").is_visible()
    assert not v.page.locator("details.spc-nodig").evaluate("d => d.open")

    v.button("Gegevens in deze browser wissen")
    dialog = v.page.locator("dialog[open]")
    assert "wissen" in dialog.inner_text()
    v.tab_to(lambda f: f["text"] == "Ja, wissen")
    v.page.keyboard.press("Enter")
    assert v.page.locator("dialog[open]").count() == 0
    assert v.page.locator("#root_school_naam").input_value() == ""
    assert stored(v) is None
    v.page.reload()
    v.page.wait_for_selector("#root_school_naam")
    assert v.page.locator("#root_school_naam").input_value() == ""
    assert stored(v) is None


def test_an_opened_file_is_kept_with_its_comments_across_a_reload(tmp_path, visit):
    v = visit()
    v.page.set_input_files("#spc-bestand-kiezen", str(EXAMPLE))
    v.announced(expecting="Alles is in orde")
    v.step("8 Politie")
    v.page.locator("#root_politie_contactpersoon_telefoon").fill("06 99988877")
    v.page.wait_for_function("(key) => (localStorage.getItem(key) || '').includes('06 99988877')", arg=STORAGE_KEY)
    v.page.reload()
    v.page.wait_for_selector("#root_politie_contactpersoon_telefoon")
    v.step("Controleren en opslaan")
    text = v.download(tmp_path / "school_config.yml", keyboard=False)
    before, after = EXAMPLE.read_text(encoding="utf-8").splitlines(), text.splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ['-    telefoon: "06 56789012"', '+    telefoon: "06 99988877"']


def test_start_again_asks_first_and_the_keyboard_answers(visit):
    v = visit()
    v.type_into("root_school_naam", "Het Baken")
    v.button("Opnieuw beginnen")
    dialog = v.page.locator("dialog[open]")
    assert dialog.count() == 1 and "Opnieuw beginnen met een leeg formulier?" in dialog.inner_text()
    assert v.focused()["text"] == "Nee, terug"  # the safe answer has the focus
    v.page.keyboard.press("Escape")  # Escape keeps everything
    assert v.page.locator("dialog[open]").count() == 0
    assert v.page.locator("#root_school_naam").input_value() == "Het Baken"
    assert v.focused()["text"].startswith("Opnieuw beginnen")  # back where the keyboard was

    v.page.keyboard.press("Enter")
    v.page.keyboard.press("Enter")  # "Nee, terug"
    assert v.page.locator("#root_school_naam").input_value() == "Het Baken"
    v.button("Opnieuw beginnen")
    v.page.keyboard.press("Tab")
    assert v.focused()["text"] == "Ja, opnieuw beginnen"
    v.page.keyboard.press("Enter")
    assert v.page.locator("dialog[open]").count() == 0
    assert v.page.locator("#root_school_naam").input_value() == ""
    assert v.focused()["id"] == "spc-stap-kop"


def test_focus_after_invullen_goes_to_the_new_field_not_to_weghalen(visit):
    v = visit()
    v.button("Invullen")  # the first optional group on step 1: Eigen woorden
    focused = v.focused()
    assert focused["tag"] == "INPUT" and focused["id"] == "root_termen_mentor", focused
    v.page.keyboard.type("coach")
    v.button("Weghalen")
    assert v.focused()["text"] == "Invullen"


def test_dutch_dates_and_bare_web_addresses_are_accepted_and_written_the_files_way(tmp_path, visit):
    v = visit()
    v.step("2 Contact en website")
    v.type_into("root_school_website", "www.school.nl")
    v.page.keyboard.press("Tab")
    assert v.page.locator("#root_school_website").input_value() == "https://www.school.nl"
    assert "https:// is ervoor gezet" in v.page.locator("#root_school_website__omgezet").inner_text()
    assert v.page.locator("#root_school_website__error").count() == 0
    v.step("15 Vaststelling")
    for field, typed, stored_as in (("root_beleid_vastgesteld_op", "12-3-2026", "2026-03-12"),
                                    ("root_beleid_volgende_evaluatie", "12-03-2027", "2027-03-12")):
        v.type_into(field, typed)
        v.page.keyboard.press("Tab")
        assert v.page.locator(f"#{field}").input_value() == stored_as
        assert v.page.locator(f"#{field}__omgezet").is_visible()
        assert v.page.locator(f"#{field}__error").count() == 0
    v.step("Controleren en opslaan")
    text = v.download(tmp_path / "school_config.yml", keyboard=False)
    data = yaml.safe_load(text)
    assert data["school"]["website"] == "https://www.school.nl"
    assert str(data["beleid"]["vastgesteld_op"]) == "2026-03-12"
    assert str(data["beleid"]["volgende_evaluatie"]) == "2027-03-12"
    points = v.page.locator(".spc-puntenlijst").inner_text()
    assert "datum" not in points.lower() and "Website" not in points


def _sector_words() -> dict:
    return yaml.safe_load((ROOT / "data" / "sectoren.yml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("sector", ["po", "vo"])
def test_role_names_follow_the_sector(visit, sector, tmp_path):
    words = _sector_words()[sector]
    other = _sector_words()["vo" if sector == "po" else "po"]
    v = visit()
    v.page.get_by_label(re.compile(rf"^{sector} \(")).check()
    v.step("5 Zorg")
    legend = v.page.locator("#root_personen_zorgcoordinator__title").inner_text()
    assert words["zorgcoordinator"].lower() in legend.lower(), legend
    v.step("10 Werkwijze")
    options = v.page.locator("#root_protocol_contact_slachtoffer_leerling option").all_inner_texts()
    assert any(words["mentor_voluit"].lower() in o.lower() for o in options), options
    assert any(words["zorgcoordinator"].lower() == o.lower() for o in options), options
    assert not any(o.lower().startswith(other["mentor_voluit"].lower()) for o in options), options
    assert not any(o.lower() == other["zorgcoordinator"].lower() for o in options), options
    # functie left empty: the file gets the sector's name for the role, so the built site says it too
    v.step("5 Zorg")
    v.page.locator("#root_personen_zorgcoordinator_naam").fill("Els Vermeer")
    v.step("Controleren en opslaan")
    text = v.download(tmp_path / "school_config.yml", keyboard=False)
    functie = yaml.safe_load(text)["personen"]["zorgcoordinator"].get("functie")
    if words["zorgcoordinator"] == "zorgcoördinator":
        assert functie is None  # Python's default name is already right
    else:
        assert functie.lower() == words["zorgcoordinator"].lower()


def test_no_step_asks_for_more_than_eight_fields(visit):
    v = visit()
    steps = v.page.locator(".spc-stap")
    counts = {}
    for index in range(steps.count() - 1):
        steps.nth(index).click()
        counts[steps.nth(index).inner_text()] = v.page.locator(".spc-formulier .spc-veld").count()
    assert len(counts) >= 10 and max(counts.values()) <= 8, counts  # a new school's form; a list grows as the school adds lines


# --- load, change one field, save ------------------------------------------------


def test_loaded_example_changes_only_the_edited_line_and_keeps_comments(tmp_path, visit):
    v = visit()
    v.page.set_input_files("#spc-bestand-kiezen", str(EXAMPLE))
    assert "Alles is in orde" in v.announced(expecting="Alles is in orde")
    v.page.get_by_role("button", name=re.compile("Politie")).click()
    field = v.page.locator("#root_politie_contactpersoon_telefoon")
    field.fill("06 99988877")
    v.page.get_by_role("button", name=re.compile("Controleren en opslaan")).click()
    text = v.download(tmp_path / "school_config.yml", keyboard=False)

    before, after = EXAMPLE.read_text(encoding="utf-8").splitlines(), text.splitlines()
    changed = [line for line in difflib.unified_diff(before, after, lineterm="", n=0)
               if line[:1] in "+-" and not line.startswith(("+++", "---"))]
    assert changed == ['-    telefoon: "06 56789012"', '+    telefoon: "06 99988877"']
    assert sum(1 for line in after if line.lstrip().startswith("#")) == sum(
        1 for line in before if line.lstrip().startswith("#"))

    config = school_folder(tmp_path / "school", text)
    assert check(config).school.config.politie.contactpersoon.telefoon == "06 99988877"
    assert v.left_the_machine() == []
    assert v.since_load() == []


def test_loaded_file_with_an_unknown_field_keeps_it_and_says_so(tmp_path, visit):
    source = EXAMPLE.read_text(encoding="utf-8").replace("  plaats: Utrecht\n", "  plaats: Utrecht\n  plaatss: Utrecht\n")
    path = tmp_path / "fout.yml"
    path.write_text(source, encoding="utf-8")
    v = visit()
    v.page.set_input_files("#spc-bestand-kiezen", str(path))
    assert "1 punt om te verbeteren" in v.announced(expecting="1 punt om te verbeteren")
    v.page.get_by_role("button", name=re.compile("Controleren en opslaan")).click()
    assert "Onbekend veld 'plaatss'" in v.page.locator(".spc-puntenlijst").inner_text()


# --- invalid values: the Python messages, announced --------------------------------


@pytest.mark.parametrize("field_id, bad, annotated", [
    ("root_school_telefoon", "030 12345", types.Telefoon),
    ("root_school_email", "info@school", types.Email),
    ("root_school_website", "http://www.school.nl/", types.HttpsLink),
    ("root_school_website", "https://www.school.nl/mijn school", types.HttpsLink),
])
def test_invalid_value_gets_the_python_message_and_is_announced(visit, field_id, bad, annotated):
    v = visit()
    v.step("2 Contact en website")
    v.type_into(field_id, bad)
    v.page.keyboard.press("Tab")
    expected = python_message(annotated, bad)
    assert v.error_of(field_id) == expected
    assert expected in v.announced(expecting=expected)
    field = v.page.locator(f"#{field_id}")
    assert field.get_attribute("aria-invalid") == "true"
    assert f"{field_id}__error" in field.get_attribute("aria-describedby")


def test_rules_across_fields_have_the_python_messages(tmp_path, visit):
    v = visit()
    v.page.set_input_files("#spc-bestand-kiezen", str(EXAMPLE))
    v.announced()
    page = v.page
    page.get_by_role("button", name="15 Vaststelling en evaluatie").click()
    page.locator("#root_beleid_volgende_evaluatie").fill("2026-08-01")
    page.locator("#root_beleid_volgende_evaluatie").blur()
    page.get_by_role("button", name="16 Huisstijl").click()
    page.locator("#root_school_kleuren_accent").fill("oranje")
    page.locator("#root_school_kleuren_accent").blur()
    page.get_by_role("button", name=re.compile("Controleren en opslaan")).click()
    points = page.locator(".spc-puntenlijst").inner_text()
    text = v.download(tmp_path / "fout.yml", keyboard=False)

    with pytest.raises(InputError) as err:
        check(school_folder(tmp_path / "school", text))
    python = {p.message for p in err.value.problems}
    assert python == {"De volgende evaluatie ligt niet na de datum van vaststelling.",
                      python_message(types.Kleur, "oranje")}
    for message in python:
        assert message in points


# --- accessibility ------------------------------------------------------------------


def _axe_every_step(v: Visit) -> dict[str, list]:
    found = {}
    steps = v.page.locator(".spc-stap")
    folded = v.page.locator("details.spc-stappen-klein")
    for index in range(steps.count()):
        if folded.count() and not folded.evaluate("d => d.open"):
            folded.locator("summary").click()
        steps.nth(index).click()
        v.page.wait_for_selector("#spc-stap-kop")
        violations = v.axe()
        if violations:
            found[steps.nth(index).inner_text()] = violations
    return found


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "telefoon"])
def test_axe_finds_nothing_on_any_step(visit, viewport):
    if not AXE.exists():
        pytest.skip("npm ci in configurator/ installs axe-core")
    v = visit(viewport)
    v.step("Controleren en opslaan")  # every error shown
    v.step("1 School")
    assert v.page.locator(".spc-fout").count() > 0
    assert _axe_every_step(v) == {}
    v.page.get_by_role("button", name="Opnieuw beginnen (leeg)").click()  # the question, open
    assert v.page.locator("dialog[open]").count() == 1
    assert v.axe() == []
    v.page.keyboard.press("Escape")
    v.page.set_input_files("#spc-bestand-kiezen", str(EXAMPLE))
    v.page.get_by_label("Personeel (intern)").check()
    assert _axe_every_step(v) == {}
    assert v.page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]


def test_every_field_has_a_label(visit):
    v = visit()
    v.page.set_input_files("#spc-bestand-kiezen", str(EXAMPLE))
    steps = v.page.locator(".spc-stap")
    for index in range(steps.count()):
        steps.nth(index).click()
        unlabelled = v.page.evaluate("""() => [...document.querySelectorAll('.spc input, .spc select, .spc textarea')]
            .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
            .map(e => e.id)""")
        assert unlabelled == [], steps.nth(index).inner_text()


# --- inside the built site ------------------------------------------------------------


@pytest.fixture(scope="module")
def served_site(example_build):
    built = example_build  # the shared build: served, never changed
    # the configurator is for whoever runs the site: on the staff site only (issue 15)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(built.intern / "site"))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield built, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_configurator_is_a_page_of_the_built_site(served_site, visit, tmp_path):
    built, url = served_site
    for name in ("configurator.js", "formulier.js", "configurator.html"):
        assert (built.intern / "site" / "beheer" / name).is_file()
        assert not (built.site / "beheer" / name).exists()
    assert built.page(staff=True).find("a", href="beheer/") is not None
    console_errors: list[str] = []
    v = visit(url=f"{url}/beheer/")
    v.page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    assert v.page.locator("h1").inner_text().startswith("Configurator")
    # The site's Content-Security-Policy forbids compiling code in the browser: the checks still run
    v.step("Controleren en opslaan")
    points = v.page.locator(".spc-puntenlijst").inner_text()
    assert "Naam van de school: Dit veld is verplicht." in points, points
    assert "kon niet worden gecontroleerd" not in points
    v.step("2 Contact en website")
    v.page.locator("#root_school_telefoon").fill("030 12345")
    v.page.locator("#root_school_telefoon").blur()
    assert v.error_of("root_school_telefoon") == python_message(types.Telefoon, "030 12345")
    assert console_errors == []
    v.page.set_input_files("#spc-bestand-kiezen", str(EXAMPLE))
    v.page.get_by_role("button", name=re.compile("Controleren en opslaan")).click()
    text = v.download(tmp_path / "school_config.yml", keyboard=False)
    assert text == EXAMPLE.read_text(encoding="utf-8")
    if AXE.exists():
        assert v.axe("#configurator") == []
    assert v.left_the_machine() == []


# --- the committed bundle ------------------------------------------------------------


@pytest.mark.snel
def test_bundle_is_one_plain_script():
    text = BUNDLE.read_text(encoding="utf-8")
    assert not re.search(r"^\s*(import|export)\s", text, re.M)
    assert "sourceMappingURL" not in text
    html = PAGE.read_text(encoding="utf-8")
    assert re.findall(r'<script src="([^"]+)"', html) == ["formulier.js", "configurator.js"]
    assert 'type="module"' not in html


@pytest.mark.skipif(shutil.which("npm") is None, reason="npm is not installed")
def test_fresh_npm_ci_and_build_give_the_committed_bundle(tmp_path):
    work = tmp_path / "configurator"
    work.mkdir()
    for name in ("package.json", "package-lock.json", "build.mjs"):
        shutil.copy(CONFIGURATOR / name, work / name)
    shutil.copytree(CONFIGURATOR / "src", work / "src")
    (tmp_path / "content" / "beheer").mkdir(parents=True)  # the checks are compiled from the generated form
    shutil.copy(FORM_SCRIPT, tmp_path / "content" / "beheer" / "formulier.js")
    run = lambda *cmd: subprocess.run(cmd, cwd=work, capture_output=True, text=True, timeout=300)  # noqa: E731
    installed = run("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error")
    assert installed.returncode == 0, installed.stderr
    out = tmp_path / "configurator.js"
    built = run("npm", "run", "build", "--", f"--out={out}")
    assert built.returncode == 0, built.stderr
    assert out.read_bytes() == BUNDLE.read_bytes(), "draai 'npm run build' in configurator/ en commit het resultaat"
