"""What must stay internal, read from the raw YAML, and a search for it in everything a build wrote.

The oracle imports no project code on purpose: it reads `school_config.yml` with plain
`yaml.safe_load` and applies the config's own marks (`openbaar` per person) itself, so a
leak in the audience view cannot also drop out of the list of values to look for.
Phone numbers are matched from their digits in every notation (national or international,
any grouping, `tel:`), because the build prints them in its own notation, not as typed.
The file readers look where a reader or a machine could find a value: page text and HTML,
the search index, the sitemap, PDF text (pdftotext), every string object of a PDF (form
fields, metadata, links, bookmarks, tags) and its XMP, and every part of a Word file.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import unquote

DETAILS = ("naam", "telefoon", "email")
#: Words inside a Dutch name that say nothing on their own ('de' in 'Marieke de Vries').
PARTICLES = {"de", "den", "der", "van", "von", "het", "'t", "ter", "ten", "te", "op", "in", "la", "le", "du", "da",
             "dos", "del", "'s", "el", "al", "bin", "ben"}
#: What may stand between two digits of a phone number: spaces, hyphens, dots, slashes, brackets.
_SEP = r"[\s\u00a0\u2010\u2011.\-/()]{0,3}"
#: What may stand between the words of a name: any white space, and a hyphenated line break.
_GAP = r"(?:[\s\u00a0]|&nbsp;)+"


@dataclass(frozen=True)
class Secret:
    kind: str
    """naam (a whole name), naamdeel (one word of it), telefoon or email."""
    value: str
    where: str
    """Where the YAML has it, like 'personen.vertrouwenspersoon.telefoon'."""
    pattern: re.Pattern = field(compare=False, repr=False)
    needles: tuple[str, ...] = field(compare=False, repr=False, default=())
    """Lower-case pieces any match must contain (digits only for a phone): a quick test before the pattern."""

    def found_in(self, text: str, lower: str, digits: str) -> re.Match | None:
        haystack = digits if self.kind == "telefoon" else lower
        if not all(needle in haystack for needle in self.needles):
            return None
        return self.pattern.search(text)


# --- the oracle: raw YAML in, internal values out -----------------------------------------------------------

def persons(raw: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every person in the raw config: the mappings under `personen`, and the police contact."""
    for role, person in (raw.get("personen") or {}).items():
        if isinstance(person, dict):
            yield f"personen.{role}", person
    contact = (raw.get("politie") or {}).get("contactpersoon")
    if isinstance(contact, dict):
        yield "politie.contactpersoon", contact


def national_digits(phone: str) -> str:
    """'+31 (0)6-1234 5678' -> '0612345678', worked out here from the digits, not by the project."""
    digits = re.sub(r"[^0-9+]", "", str(phone))
    for prefix in ("+31", "0031"):
        if digits.startswith(prefix):
            rest = digits[len(prefix):]
            return rest if rest.startswith("0") else "0" + rest
    return digits.lstrip("+")


def phone_pattern(phone: str) -> re.Pattern:
    """The number in any notation: 030 123 4567, 030-1234567, (030) 12 34 567, +31 30 123 4567,
    +31 (0)30 1234567, 0031301234567, tel:+31301234567, 0301234567; never inside a longer number."""
    national = national_digits(phone)
    subscriber = national[1:]
    local = _SEP.join(national)
    international = r"(?:\+|00)" + _SEP + "31" + _SEP + r"(?:\(?0\)?" + _SEP + ")?" + _SEP.join(subscriber)
    return re.compile(rf"(?<![0-9])(?:{local}|{international})(?![0-9])")


def phone_notations(phone: str) -> list[str]:
    """A few notations of one number as a person or the build might write it (to test the pattern)."""
    n = national_digits(phone)
    s = n[1:]
    return [n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:2]} {n[2:]}", f"{n[:4]} {n[4:]}", f"{n[:3]}-{n[3:]}",
            f"({n[:3]}) {n[3:5]} {n[5:7]} {n[7:]}", f"+31{s}", f"+31 {s[:2]} {s[2:5]} {s[5:]}", f"+31 (0){s}",
            f"0031{s}", f"tel:+31{s}", f"tel:{n}"]


def name_pattern(name: str) -> re.Pattern:
    words = [re.escape(w) for w in str(name).split()]
    return re.compile(r"(?<!\w)" + _GAP.join(words) + r"(?!\w)", re.IGNORECASE)


def word_pattern(word: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)")


def email_pattern(address: str) -> re.Pattern:
    return re.compile(r"(?<![\w.+-])" + re.escape(str(address)) + r"(?![\w-])", re.IGNORECASE)


def _secrets_of(kind: str, value: Any, where: str) -> list[Secret]:
    value = unicodedata.normalize("NFC", str(value).strip())
    if kind == "telefoon":
        return [Secret("telefoon", value, where, phone_pattern(value), (national_digits(value)[1:],))]
    if kind == "email":
        return [Secret("email", value, where, email_pattern(value), (value.lower(),))]
    found = [Secret("naam", value, where, name_pattern(value), tuple(w.lower() for w in value.split()))]
    for word in value.split():
        if len(word) >= 3 and word.lower() not in PARTICLES:
            found.append(Secret("naamdeel", word, where, word_pattern(word), (word.lower(),)))
    return found


def _strings(node: Any, path: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _strings(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _strings(value, f"{path}[{index}]")
    elif node is not None:
        yield path, str(node)


def internal_secrets(raw: dict[str, Any]) -> list[Secret]:
    """Every internal detail of every person, as the config's own `openbaar` marks say.

    A detail is internal unless it is listed under the person's `openbaar`. A value the config
    also shows publicly somewhere else (another person's public detail, a report channel, the
    school's own number, a free text) is left out: the config itself publishes it.
    """
    candidates: list[Secret] = []
    internal_places: set[str] = set()
    for where, person in persons(raw):
        shown = set(person.get("openbaar") or [])
        for detail in DETAILS:
            if person.get(detail) is not None and detail not in shown:
                internal_places.add(f"{where}.{detail}")
                candidates += _secrets_of(detail, person[detail], f"{where}.{detail}")
    public = [unicodedata.normalize("NFC", text) for path, text in _strings(raw) if path not in internal_places]
    return sorted({s for s in candidates if not any(s.pattern.search(text) for text in public)},
                  key=lambda s: (s.kind, s.where, s.value))


def read_config(path: Path) -> dict[str, Any]:
    import yaml

    return yaml.safe_load(Path(path).read_text(encoding="utf-8"))


def internal_values(path: Path) -> list[str]:
    """The internal names, numbers and addresses of a config file, as typed there (for simple `in` checks)."""
    return sorted({s.value for s in internal_secrets(read_config(path)) if s.kind in DETAILS})


def by_kind(secrets: list[Secret]) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for secret in secrets:
        kinds.setdefault(secret.kind, [])
        if secret.value not in kinds[secret.kind]:
            kinds[secret.kind].append(secret.value)
    return kinds


# --- reading the output ----------------------------------------------------------------------------------------

def readings(text: str) -> list[str]:
    """A text as several readers get it: as written, entities decoded, tags gone, %-codes decoded."""
    decoded = html.unescape(text)
    joined = re.sub(r"<[^>]*>", "", decoded)          # <b>Marieke</b> de Vries: one text
    spaced = re.sub(r"<[^>]*>", " ", decoded)         # </p><p>: words apart
    out = [text, decoded, joined, spaced, unquote(decoded)]
    return list(dict.fromkeys(unicodedata.normalize("NFC", t.replace("\u00ad", "")) for t in out))


def _json_strings(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _json_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _json_strings(value)
    elif node is not None:
        yield str(node)


def pdf_string_objects(reader: Any) -> list[str]:
    """Every string object reachable from the PDF's trailer (metadata, bookmarks, links, form
    fields, tags), plus the XMP metadata stream."""
    from pypdf.generic import ByteStringObject, IndirectObject, StreamObject, TextStringObject

    strings: list[str] = []
    seen: set[tuple[int, int]] = set()

    def walk(node: Any) -> None:
        if isinstance(node, IndirectObject):
            key = (node.idnum, node.generation)
            if key in seen:
                return
            seen.add(key)
            node = node.get_object()
        if isinstance(node, StreamObject) and node.get("/Type") == "/Metadata":
            strings.append(node.get_data().decode("utf-8", "replace"))
        if isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
        elif isinstance(node, (TextStringObject, ByteStringObject)):
            strings.append(str(node))

    walk(reader.trailer)
    return strings


def pdf_readings(data: bytes, path: Path) -> list[str]:
    """Page text (pdftotext, hyphenated line ends joined) and every string object of the PDF, plus XMP."""
    from pypdf import PdfReader

    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    text = text.decode("utf-8", "replace")
    unhyphenated = re.sub(r"[-\u2010\u00ad]\s*\n\s*", "", text)
    reader = PdfReader(path)
    strings = pdf_string_objects(reader)
    fields = [str(f.get("/V", "")) for f in (reader.get_fields() or {}).values()]
    metadata = [str(v) for v in (reader.metadata or {}).values()]
    page_text = [unicodedata.normalize("NFC", t) for t in (text, unhyphenated)]
    return list(dict.fromkeys([*page_text, *readings("\n".join([*strings, *fields, *metadata]))]))


def docx_readings(path: Path) -> list[str]:
    """Every part of the Word file: XML as written, and as text with runs joined per paragraph."""
    parts: list[str] = []
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".xml", ".rels")):
                xml = data.decode("utf-8", "replace")
                paragraphs = re.sub(r"</w:p>|<w:br/>|<w:tab/>|<w:cr/>", "\n", xml)
                parts += readings(xml) + readings(paragraphs)
            else:
                parts.append(data.decode("latin-1"))
    return list(dict.fromkeys(parts))


def file_readings(path: Path) -> list[str]:
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if suffix == ".gz":
        data, suffix = gzip.decompress(data), Path(path.stem).suffix.lower()
    if suffix == ".pdf":
        return pdf_readings(data, path)
    if suffix == ".docx" or (suffix not in (".gz",) and zipfile.is_zipfile(path)):
        return docx_readings(path)
    text = data.decode("utf-8", "replace")
    if suffix == ".json":
        try:
            text += "\n" + "\n".join(_json_strings(json.loads(text)))
        except ValueError:
            pass
    if suffix in (".html", ".xml", ".json", ".js", ".css", ".txt", ".svg", ".md", ".yml", ".yaml", ".htm"):
        return readings(text)
    return [data.decode("latin-1")]


def find_leaks(secrets: list[Secret], paths: list[Path]) -> dict[str, list[str]]:
    """`{'telefoon 06 12345678 (personen.x.telefoon)': [files]}` for every secret found in any of `paths`."""
    found: dict[str, list[str]] = {}
    for path in paths:
        texts = [(text, text.lower(), re.sub(r"\D", "", text)) for text in file_readings(path)]
        for secret in secrets:
            match = next((m for t in texts for m in [secret.found_in(*t)] if m), None)
            if match:
                label = f"{secret.kind} {secret.value!r} ({secret.where})"
                found.setdefault(label, []).append(f"{path} [{match.group(0)!r}]")
    return found


def describe(leaks: dict[str, list[str]], root: Path) -> str:
    """The leaks as lines a person can read: each value, then the files (relative to `root`) and what matched."""
    lines = [f"{len(leaks)} internal value(s) found:"]
    for label, hits in leaks.items():
        shown = [hit.replace(f"{root}/", "") for hit in hits]
        lines.append(f"  {label}: {', '.join(shown)}")
    return "\n".join(lines)


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())
