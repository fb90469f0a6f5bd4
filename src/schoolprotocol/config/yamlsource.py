"""Read a hand-edited YAML file safely, keeping where every value stood.

PyYAML composes the node tree (safe loader, so no Python tags are ever
constructed); we then walk the nodes ourselves. That walk is where the rules
for school users live: duplicate keys are errors (PyYAML keeps the last one
silently), unknown tags are refused, alias expansion is bounded, and plain
scalars stay the text the user typed, so `06...` or `no` never turn into an
octal number or a boolean behind their back. The schema decides types.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from .chars import describe, first_invisible
from .problems import InputError, Problem

MAX_BYTES = 256 * 1024
MAX_NODES = 20_000
MAX_DEPTH = 40

Path_ = tuple[str | int, ...]

#: libyaml's loader when PyYAML was built with it (about 14 times faster), else the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE

_STANDARD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_STANDARD + t for t in ("str", "int", "float", "bool", "null", "timestamp")}
#: Null is decided by the tag the loader resolved (`~`, `null`, nothing at all), never by the
#: scalar's style: libyaml reports a plain scalar's style as '' and the pure-Python loader as None,
#: so a style test read `naam: ~` as the text "~" with one loader and as empty with the other.
_NULL_TAG = _STANDARD + "null"


@dataclass(frozen=True)
class Source:
    """Plain data from a YAML file plus the line of every key and list item."""

    path: Path
    data: Any
    lines: dict[Path_, int]
    #: Problems in the file's structure (a key twice, a refused tag) that did not stop the reading.
    problems: tuple[Problem, ...] = ()
    #: Where those problems are, so a check of the data does not report the same place again.
    problem_paths: frozenset[Path_] = frozenset()
    #: Keys that were written but left empty (`naam:`, `naam: ~`, `naam: ""`).
    empty: frozenset[Path_] = frozenset()

    def line_of(self, where: Path_) -> int | None:
        """The line of `where`, or of its nearest ancestor that exists."""
        for end in range(len(where), -1, -1):
            line = self.lines.get(tuple(where[:end]))
            if line is not None:
                return line
        return None


def read_yaml(path: Path, *, what: str = "configuratie", max_bytes: int = MAX_BYTES,
              keep_going: bool = False) -> Source:
    """Load `path` or raise `InputError` with every problem found in it.

    With `keep_going`, problems that still leave readable data (a key written twice, a refused
    tag) are returned in `Source.problems` instead, so the caller can report them together with
    every other mistake in the file.
    """
    text = _read_text(path, what, max_bytes)
    tabs = _tab_problems(path, text)
    if tabs:
        raise InputError(tabs)
    hidden = _NON_PRINTABLE.search(text)
    if hidden:
        raise InputError([Problem(
            path, "Het bestand bevat een onzichtbaar stuurteken dat in YAML niet mag "
            "(vaak meegekopieerd uit een webpagina of tekstverwerker).",
            line=text[: hidden.start()].count("\n") + 1, found=f"teken nummer {ord(hidden.group()):#06x}",
            hint="Typ de regel opnieuw in.")])
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        raise InputError([_unclosed_quote(path, text, err) or _syntax_problem(path, err)]) from None
    except yaml.YAMLError as err:  # pragma: no cover - PyYAML marks nearly everything
        raise InputError([Problem(path, f"Het bestand is geen geldige YAML ({err}).")]) from None
    finally:
        loader.dispose()
    if root is None:
        raise InputError([Problem(path, f"Het bestand is leeg: er staat geen {what} in.",
                                  hint="Begin met het voorbeeld school_config.yml uit het project.")])
    walker = _Walker(path)
    data = walker.value(root, ())
    if walker.problems and not (keep_going and not walker.too_many):
        raise InputError(walker.problems)
    return Source(path, data, walker.lines, tuple(walker.problems), frozenset(walker.problem_paths),
                  frozenset(walker.empty))


def _read_text(path: Path, what: str, max_bytes: int) -> str:
    if not path.exists():
        raise InputError([Problem(path, f"Het bestand met de {what} bestaat niet.",
                                  hint=f"Verwacht op: {path}")])
    if not path.is_file():
        raise InputError([Problem(path, "Dit is geen bestand (maar bijvoorbeeld een map).")])
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError([Problem(
            path, "Het bestand is te groot om een configuratie te zijn.",
            found=f"{size // 1024} kB", allowed=f"hoogstens {max_bytes // 1024} kB")])
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError([Problem(
            path, "Het bestand is niet opgeslagen als UTF-8 (bijvoorbeeld een é of ë uit een oud Word- of Windows-bestand).",
            line=line, hint="Sla het bestand op als UTF-8; elke moderne editor kan dat.")]) from None


def _tab_problems(path: Path, text: str) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent and line.strip() and not line.lstrip().startswith("#"):
            problems.append(Problem(
                path, "Deze regel springt in met een tab. YAML staat alleen spaties toe.",
                line=number, hint="Vervang de tab door spaties (twee per niveau)."))
    return problems


_SYNTAX_HINTS = [
    ("found character '\\t'", "Er staat een tab-teken; YAML staat alleen spaties toe.", "Vervang de tab door spaties."),
    ("mapping values are not allowed", "Er staat een dubbele punt op een plek waar dat niet kan.",
     "Staat er een ':' in een waarde? Zet de hele waarde dan tussen aanhalingstekens."),
    ("could not find expected ':'", "Er ontbreekt een dubbele punt na een veldnaam.",
     "Schrijf een veld als 'naam: waarde'."),
    ("expected <block end>", "De inspringing klopt niet.",
     "Velden die bij elkaar horen, beginnen precies even ver naar rechts."),
    ("found undefined alias", "Er staat een verwijzing (*) naar een anker (&) dat niet bestaat.", None),
    ("found unexpected end of stream", "Een aanhalingsteken wordt geopend maar niet gesloten.",
     "Sluit elke waarde die met \" of ' begint met hetzelfde teken."),
    ("expected a single document", "Het bestand bevat meer dan één document (een tweede '---').",
     "Gebruik één document per bestand."),
    ("found character '@' that cannot start any token", "Een waarde mag niet met @ beginnen.",
     "Zet de waarde tussen aanhalingstekens."),
    ("found character '`' that cannot start any token", "Een waarde mag niet met ` beginnen.",
     "Zet de waarde tussen aanhalingstekens."),
]


def _syntax_problem(path: Path, err: yaml.MarkedYAMLError) -> Problem:
    mark = err.problem_mark or err.context_mark
    detail = f"{err.context or ''} {err.problem or ''}".strip()
    message, hint = "De YAML-opmaak klopt hier niet.", "Vergelijk de regel met het voorbeeld in school_config.yml."
    for needle, text, tip in _SYNTAX_HINTS:
        if needle in detail:
            message, hint = text, tip or hint
            break
    return Problem(path, message, line=mark.line + 1 if mark else None,
                   column=mark.column + 1 if mark else None,
                   found=f"(YAML meldt: {detail})" if detail else None, hint=hint)


_OPENS_QUOTE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s#'"][^:#]*:\s+|-\s+)?(["'])(.*)$""")


def _unclosed_quote(path: Path, text: str, err: yaml.MarkedYAMLError) -> Problem | None:
    """A quote left open makes PyYAML complain lines later; point at the line that opened it."""
    mark = err.problem_mark or err.context_mark
    last = mark.line + 1 if mark else len(text.splitlines())
    for number, line in enumerate(text.splitlines()[:last], start=1):
        match = _OPENS_QUOTE.match(line)
        if not match or line.lstrip().startswith("#"):
            continue
        quote, rest = match.groups()
        closed = rest.replace("''", "") if quote == "'" else re.sub(r'\\.', "", rest)
        if quote not in closed:
            return Problem(path, "Een aanhalingsteken wordt op deze regel geopend maar niet gesloten.",
                           line=number, found=line.strip(),
                           hint=f"Sluit de waarde af met {quote}, of haal het aanhalingsteken weg.")
    return None


class _Walker:
    """Turns composed nodes into plain data, collecting problems on the way."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lines: dict[Path_, int] = {}
        self.problems: list[Problem] = []
        self.problem_paths: set[Path_] = set()
        self.empty: set[Path_] = set()
        self.count = 0
        self.too_many = False

    def value(self, node: Node, where: Path_, depth: int = 0) -> Any:
        self.count += 1
        if self.count > MAX_NODES or depth > MAX_DEPTH:
            if not self.too_many:
                self.too_many = True
                self.problems.append(Problem(
                    self.path, "Het bestand is te groot of te diep genest om een configuratie te zijn "
                    "(bijvoorbeeld door ankers (&) en verwijzingen (*) die zichzelf steeds herhalen).",
                    line=node.start_mark.line + 1, hint="Schrijf de waarden gewoon uit, zonder ankers."))
            return None
        if not _tag_ok(node):
            self.problems.append(Problem(
                self.path, "Dit YAML-label (tag) is niet toegestaan; een configuratie bevat alleen tekst, lijsten en groepen.",
                line=node.start_mark.line + 1, field=_dotted(where), found=node.tag,
                hint="Haal het label (het deel dat met ! begint) weg."))
            self.problem_paths.add(where)
            return None
        if isinstance(node, ScalarNode):
            value = self._scalar(node)
            hidden = first_invisible(value) if isinstance(value, str) else None
            if hidden is not None:
                self.problems.append(Problem(
                    self.path, f"Hier staat een onzichtbaar teken: {describe(hidden)}. Zulke tekens komen vaak mee "
                    "als u tekst kopieert uit een webpagina of tekstverwerker, en maken bijvoorbeeld een "
                    "e-mailadres of link onbruikbaar.",
                    line=node.start_mark.line + 1, field=_dotted(where), found=describe(hidden),
                    hint="Typ de waarde opnieuw in, of haal het teken weg in een editor die het laat zien."))
                self.problem_paths.add(where)
            if value is None or (isinstance(value, str) and not value.strip()):
                self.empty.add(where)
            return value
        if isinstance(node, SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                self.lines.setdefault(where + (index,), item.start_mark.line + 1)
                items.append(self.value(item, where + (index,), depth + 1))
            return items
        if isinstance(node, MappingNode):
            return self._mapping(node, where, depth)
        return None  # pragma: no cover - PyYAML has only three node kinds

    def _scalar(self, node: ScalarNode) -> Any:
        if node.tag == _NULL_TAG:
            return None
        return node.value

    def _mapping(self, node: MappingNode, where: Path_, depth: int) -> dict[str, Any]:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            if key_node.tag == _STANDARD + "merge":
                merged = self.value(value_node, where, depth + 1)
                if isinstance(merged, dict):
                    for key, val in merged.items():
                        result.setdefault(key, val)
                continue
            if not isinstance(key_node, ScalarNode):
                self.problems.append(Problem(
                    self.path, "Een veldnaam moet gewone tekst zijn.", line=key_node.start_mark.line + 1,
                    field=_dotted(where)))
                continue
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in first_line:
                self.problems.append(Problem(
                    self.path, f"Het veld '{key}' staat hier twee keer. Alleen de laatste zou tellen; "
                    "daarom weigeren we het bestand.",
                    line=line, field=_dotted(where + (key,)),
                    hint=f"Het eerste staat op regel {first_line[key]}. Haal één van de twee weg."))
                self.problem_paths.add(where + (key,))
                continue
            first_line[key] = line
            self.lines[where + (key,)] = line
            result[key] = self.value(value_node, where + (key,), depth + 1)
        return result


def _tag_ok(node: Node) -> bool:
    if isinstance(node, ScalarNode):
        return node.tag in _SCALAR_TAGS
    if isinstance(node, SequenceNode):
        return node.tag == _STANDARD + "seq"
    return node.tag == _STANDARD + "map"


def _dotted(where: Path_) -> str:
    out = ""
    for part in where:
        out += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


dotted = _dotted
