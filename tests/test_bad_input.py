"""Each kind of bad input: a Dutch message with file and line, exit 1, no traceback, site untouched."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from conftest import EXAMPLE, ROOT, write_school
from schoolprotocol import pipeline
from schoolprotocol.config import InputError
from schoolprotocol.facts import load_facts

GOOD = EXAMPLE.read_text(encoding="utf-8")

ALIAS_BOMB = """a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
school: *f
"""


def _with_line(needle: str, new: str) -> str:
    return GOOD.replace(needle, new, 1)


def _line(needle: str) -> int:
    return next(i for i, line in enumerate(GOOD.splitlines(), start=1) if line.startswith(needle))


PLAATS, SECTOR = _line("  plaats: Utrecht"), _line("  sector: vo")


#: case -> (config text or bytes, expected phrase in the message, expected line or None)
CASES = {
    "leeg bestand": ("", "Het bestand is leeg", None),
    "alleen commentaar": ("# niets\n# ingevuld\n", "Het bestand is leeg", None),
    "aanhalingsteken niet gesloten": (_with_line("  plaats: Utrecht", '  plaats: "Utrecht'), "aanhalingsteken", PLAATS),
    "dubbele punt in waarde": (_with_line("  plaats: Utrecht", "  plaats: Utrecht: centrum"), "dubbele punt", PLAATS),
    "inspringing": (_with_line("  plaats: Utrecht", "    plaats: Utrecht"), "YAML", None),
    "tab": (_with_line("  plaats: Utrecht", "\tplaats: Utrecht"), "tab", PLAATS),
    "lijst bovenaan": ("- school\n- personen\n", "Bovenaan hoort een groep velden", 1),
    "lijst waar een groep hoort": (_with_line("  kleuren:\n", "  kleuren:\n    - blauw\n").replace(
        '    primair: "#1d4f91"\n', "", 1).replace("    # Hoofdkleur: kopbalk en links.\n", "", 1).replace(
        '    accent: "#c2410c"\n', "", 1).replace("    # Accentkleur: knoppen en markeringen.\n", "", 1),
        "Hier hoort een groep velden te staan", None),
    "verkeerd type": (_with_line("  plaats: Utrecht", "  plaats: [Utrecht, Zeist]"), "Hier hoort tekst te staan", PLAATS),
    "ongeldige waarde": (_with_line("  sector: vo", "  sector: hbo"), "niet toegestaan", SECTOR),
    "onbekend veld": (_with_line("  plaats: Utrecht", "  plaatss: Utrecht"), "Onbekend veld 'plaatss'", PLAATS),
    "dubbel veld": (_with_line("  plaats: Utrecht", "  plaats: Utrecht\n  plaats: Zeist"), "twee keer", PLAATS + 1),
    "python-tag": (_with_line("  plaats: Utrecht", "  plaats: !!python/object/apply:os.system [\"echo hack\"]"),
                   "label (tag) is niet toegestaan", PLAATS),
    "eigen tag": (_with_line("  plaats: Utrecht", "  plaats: !stad Utrecht"), "label (tag) is niet toegestaan", PLAATS),
    "geen utf-8": (_with_line("  plaats: Utrecht", "  plaats: Zuidbroek").encode("utf-8").replace(
        b"Zuidbroek", "Zuidbroek é".encode("latin-1")), "niet opgeslagen als UTF-8", PLAATS),
    "te groot": (GOOD + "# " + "x" * 300_000 + "\n", "te groot", None),
    "alias-bom": (ALIAS_BOMB, "te diep genest", None),
}


@pytest.fixture(scope="module")
def existing_site(tmp_path_factory):
    """A site built earlier, which no failing build may change."""
    out = tmp_path_factory.mktemp("bestaand")
    site, intern = out / "site", out / "intern"
    from schoolprotocol.cli import main
    assert main(["build", "--config", str(EXAMPLE), "--site", str(site), "--intern", str(intern), "--alleen-site"]) == 0
    return site, intern


def tree_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        digest.update(str(path.relative_to(folder)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
    return digest.hexdigest()


@pytest.mark.parametrize("case", list(CASES))
def test_bad_config_gives_a_clear_message_and_touches_nothing(case, tmp_path, cli, existing_site):
    content, phrase, line = CASES[case]
    config = write_school(tmp_path, text="")
    if isinstance(content, bytes):
        config.write_bytes(content)
    else:
        config.write_text(content, encoding="utf-8")
    site, intern = existing_site
    before = tree_hash(site), tree_hash(intern)

    result = cli("build", "--config", config, "--site", site, "--intern", intern)

    assert result.code == 1, result.err
    assert phrase in result.err, result.err
    assert "school_config.yml" in result.err
    if line is not None:
        assert f"regel {line}" in result.err, result.err
    assert "Traceback" not in result.err and "Error" not in result.err
    assert "Er is niets gebouwd of veranderd." in result.err
    assert (tree_hash(site), tree_hash(intern)) == before


@pytest.mark.snel
def test_missing_config(tmp_path, cli):
    result = cli("check", "--config", tmp_path / "bestaat-niet.yml")
    assert result.code == 1
    assert "Het bestand met de configuratie bestaat niet." in result.err


@pytest.mark.snel
def test_config_that_is_a_folder(tmp_path, cli):
    result = cli("check", "--config", tmp_path)
    assert result.code == 1
    assert "geen bestand" in result.err


@pytest.mark.snel
def test_python_tag_is_never_executed(tmp_path, cli):
    marker = tmp_path / "gehackt"
    text = _with_line("  plaats: Utrecht", f"  plaats: !!python/object/apply:os.system [\"touch {marker}\"]")
    cli("check", "--config", write_school(tmp_path / "in", text=text))
    assert not marker.exists()


@pytest.mark.parametrize("logo, phrase", [
    (None, "Het logo is niet gevonden."),
    (b"dit is geen plaatje", "geen afbeelding die we kunnen gebruiken"),
    (b"<svg><g></svg>", "geen afbeelding die we kunnen gebruiken"),
    (b"\x89PNG\r\n\x1a\n" + b"\0" * (250 * 1024), "Het logo is te groot."),
])
def test_bad_logo(tmp_path, cli, logo, phrase, existing_site):
    config = write_school(tmp_path, text=GOOD)
    target = tmp_path / "school" / "logo.svg"
    target.unlink()
    if logo is not None:
        target.write_bytes(logo)
    site, intern = existing_site
    before = tree_hash(site)
    result = cli("build", "--config", config, "--site", site, "--intern", intern)
    assert result.code == 1
    assert phrase in result.err
    assert f"regel {GOOD.splitlines().index('  logo: school/logo.svg') + 1}, veld 'school.logo'" in result.err
    assert tree_hash(site) == before


# --- the shared data files get the same treatment -------------------------------------------

DATA_CASES = {
    "syntax": ("organisaties.yml", lambda t: t.replace("  naam: Politie", '  naam: "Politie'), "aanhalingsteken"),
    "dubbel": ("organisaties.yml", lambda t: t.replace("  naam: Politie", "  naam: Politie\n  naam: Polis"), "twee keer"),
    "onbekend": ("organisaties.yml", lambda t: t.replace("  naam: Politie", "  naam: Politie\n  nam: x"), "Onbekend veld 'nam'"),
    "type": ("begrippen.yml", lambda t: t.replace("- term: sexting", "- term: [sexting]"), "Hier hoort tekst te staan"),
    "tag": ("begrippen.yml", lambda t: t.replace("- term: sexting", "- term: !!python/name:os.system"), "tag"),
    "tab": ("sectoren.yml", lambda t: t.replace("  leerling: leerling", "\tleerling: leerling", 1), "tab"),
    "ontbreekt": ("sectoren.yml", lambda t: t.replace("  leerling: leerling\n", "", 1), "Dit verplichte veld ontbreekt."),
    "link": ("organisaties.yml", lambda t: t.replace("  website: https://www.politie.nl/", "  website: javascript:alert(1)"),
             "toegestane soort"),
}


@pytest.mark.snel
@pytest.mark.parametrize("case", list(DATA_CASES))
def test_bad_data_files_are_reported_with_file_and_line(case, tmp_path, monkeypatch, cli):
    name, change, phrase = DATA_CASES[case]
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / name).write_text(change((data / name).read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_facts(data)
    [problem, *_] = caught.value.problems
    assert problem.file.name == name
    assert problem.line
    assert phrase in problem.render()

    monkeypatch.setattr(pipeline, "load_facts", lambda: load_facts(data))
    result = cli("check")
    assert result.code == 1 and name in result.err and "Traceback" not in result.err


@pytest.mark.snel
def test_data_file_not_utf8(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    (data / "begrippen.yml").write_bytes((data / "begrippen.yml").read_bytes() + "- term: café\n".encode("latin-1"))
    with pytest.raises(InputError) as caught:
        load_facts(data)
    assert "UTF-8" in caught.value.problems[0].message
