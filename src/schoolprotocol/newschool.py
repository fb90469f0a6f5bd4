"""`schoolprotocol nieuw MAP --sector po|vo|mbo`: a school's own folder, ready to check, build and publish.

The folder holds only what the school writes itself: its config (the filled-in
example of its sector, with a header for this folder and the adopted text
version), a placeholder logo, a short README, a `.gitignore` that keeps the
output out of version control, and example workflows for GitHub Pages and
GitLab Pages. The national text stays in the installed package.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from .errors import OutputFolderError
from .paths import EXAMPLES, PACKAGE
from .version import text_version

TEMPLATES = PACKAGE / "school_template"
SECTORS = ("po", "vo", "mbo")
KIND = {"po": "basisschool", "vo": "school voor voortgezet onderwijs", "mbo": "mbo-school"}

#: Where each file of the new folder comes from: target -> template file name in `TEMPLATES`.
FILES = {
    "README.md": "README.md",
    ".gitignore": "gitignore.txt",
    "school/logo.svg": "logo.svg",
    ".github/workflows/protocol.yml": "github-workflow.yml",
    ".gitlab-ci.yml": "gitlab-ci.yml",
}

HEADER = """\
# Configuratie van het protocol 'Online verspreiding van ongewenste beelden' voor uw school.
#
# Hieronder staat een ingevuld voorbeeld van een verzonnen {kind}. Vervang alle gegevens door die van
# uw school. Boven elk veld staat wat erin hoort. Meer uitleg staat in README.md in deze map.
#
# Controleren:                schoolprotocol check
# Bekijken terwijl u werkt:   schoolprotocol serve   (en open http://127.0.0.1:8000/)
# Bouwen:                     schoolprotocol build   (site/ is openbaar; intern/ nooit publiceren)
#
# Spelregels: spring in met spaties (geen tabs); zet tekst met een dubbele punt erin tussen
# aanhalingstekens; een datum schrijft u als jaar-maand-dag (2027-08-31).
"""

TEXT_VERSION_LINES = """\
  # Welke versie van de landelijke tekst het bestuur heeft vastgesteld (tussen aanhalingstekens).
  # Is er een nieuwere versie geïnstalleerd, dan meldt 'schoolprotocol check' wat er veranderd is.
  tekstversie: "{version}"
"""


@dataclass(frozen=True)
class NewSchool:
    folder: Path
    sector: str
    files: tuple[str, ...]


def package_requirement() -> str:
    """What the workflows install: this very version of the package."""
    try:
        return f"schoolprotocol=={metadata.version('schoolprotocol')}"
    except metadata.PackageNotFoundError:  # running from a checkout without installing
        return "schoolprotocol"


def school_config(sector: str, version: str) -> str:
    """The sector's filled-in example with this folder's header and the adopted text version."""
    example = (EXAMPLES / f"{sector}.yml").read_text(encoding="utf-8")
    lines = example.splitlines(keepends=True)
    # the example's own header (how to copy it, where the schema is) ends at the first blank line
    body = "".join(lines[next(i for i, line in enumerate(lines) if not line.strip()):])
    match = re.search(r"^beleid:\n(?:[ \t]+.*\n|\n)*", body, flags=re.MULTILINE)
    if match is None:
        raise ValueError(f"voorbeelden/{sector}.yml has no 'beleid:' section")
    end = match.end()
    section = body[match.start():end].rstrip("\n") + "\n"
    rest = body[end:].lstrip("\n")
    body = body[:match.start()] + section + TEXT_VERSION_LINES.format(version=version) + ("\n" + rest if rest else "")
    return HEADER.format(kind=KIND[sector]) + body


def create(folder: Path, sector: str) -> NewSchool:
    """Make the school folder; refuse a folder that is not empty. Never overwrites a file."""
    if sector not in SECTORS:
        raise OutputFolderError(f"Onbekende sector '{sector}'. Kies po, vo of mbo.")
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise OutputFolderError(f"'{folder}' is een bestand, geen map. Kies de naam van een nieuwe map.")
    if folder.is_dir() and any(folder.iterdir()):
        raise OutputFolderError(
            f"De map '{folder}' is niet leeg. 'schoolprotocol nieuw' maakt alleen een nieuwe of lege map, zodat "
            "er nooit iets wordt overschreven. Kies een nieuwe naam, bijvoorbeeld: "
            f"schoolprotocol nieuw {folder.name}-protocol --sector {sector}")
    version = text_version()
    texts = {"school_config.yml": school_config(sector, version)}
    for target, template in FILES.items():
        text = (TEMPLATES / template).read_text(encoding="utf-8")
        texts[target] = text.replace("__PAKKET__", package_requirement()).replace("__SOORT__", KIND[sector])
    folder.mkdir(parents=True, exist_ok=True)
    for target, text in texts.items():
        path = folder / target
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8", newline="\n") as handle:  # "x": never overwrite
            handle.write(text)
    return NewSchool(folder, sector, tuple(texts))
