"""A school config with a hostile value in every string field the schema has.

Walks the JSON Schema of `SchoolConfig` (made by pydantic from config/schema.py)
over the example config, adds every optional string field the example leaves
out, and fills each one with the nastiest value its type still accepts:
markup, quotes, a closing </title>, entities and template syntax for free text;
quotes, ampersands and percent-codes for addresses; odd but valid characters
for e-mail addresses. Each value carries its own marker (ZQ<n>Z), so a value
that leaks is traceable to its field.

The payloads are written here, from what a school could type, not taken from
the code under test. Fields with a fixed form (phone numbers, colours, dates,
choices, the logo file) keep a valid value: there is nothing hostile to put in them.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from conftest import example_data
from schoolprotocol.reference import json_schema

#: Free text, longest first: the first that fits the field's maximum length is used.
TEXTS = (
    "ZQ{n}Z X<img src=x onerror=alert({n})>\"'</title><script>alert({n})</script>"
    "&amp;lt;b&amp;gt; {{{{ 7*7 }}}} ]]><!-- --> </textarea></style>",
    "ZQ{n}Z X<img src=x onerror=alert({n})>\"'</title><script>alert({n})</script>",
    "ZQ{n}Z<img src=x onerror=alert({n})>",
    "ZQ{n}Z<img src=x>\"'",
)
#: Text with simple Markdown allowed: the same, plus links and formatting that must not become live.
MARKDOWN = ("ZQ{n}Z **vet** <script>alert({n})</script> [klik](javascript:alert({n})) "
            "<img src=x onerror=alert({n})> \"'</title> <a href=https://kwaad.example>x</a>")
#: An e-mail address with every odd character an address may have before the @.
EMAIL = "ZQ{n}Z.o'neil&lt+x=1!#$%*/?~_-@x{n}.example"
#: A web address with quotes, entities, percent-codes, a query and a fragment (all valid in a URL).
LINK = "https://x{n}.example/ZQ{n}Z/'onmouseover='alert({n})'/&lt;b&gt;/%22%3E%3Cscript%3E?a='1'&b=2#'x'"
HTTP_LINK = "http://x{n}.example/ZQ{n}Z/'-alert({n})-'/&quot;"
MAILTO = "mailto:ZQ{n}Z.o'neil&amp+x@x{n}.example"
#: The site's own address: only a plain path is allowed, so the marker is all that is odd.
SITE_URL = "https://x{n}.example/ZQ{n}Z/pad-~_.%27%22/"
#: A valid phone number in its most unusual notation (no marker possible: digits only).
PHONE = "+31 (0)30-123 4567"


@dataclass
class Hostile:
    data: dict[str, Any]
    #: marker -> (dotted path, value)
    payloads: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: marker -> kind of field: 'tekst', 'opmaak', 'email', 'link' or 'site'
    kind: dict[str, str] = field(default_factory=dict)

    def value(self, marker: str) -> str:
        return self.payloads[marker][1]

    def kinds(self, *kinds: str) -> dict[str, str]:
        """marker -> value for the payloads of these kinds of field."""
        return {m: v for m, (_, v) in self.payloads.items() if self.kind[m] in kinds}


def _resolve(schema: dict, node: dict) -> dict:
    if "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    for option in node.get("anyOf", []):
        if option.get("type") != "null":
            return _resolve(schema, option)
    return node


def hostile_config() -> Hostile:
    from schoolprotocol.config import types
    from schoolprotocol.config.schema import TEKSTVERSIE_PATTERN

    schema = json_schema()
    result = Hostile(copy.deepcopy(example_data()))
    counter = [0]

    def payload(kind: str, template: str, path: tuple) -> str:
        counter[0] += 1
        n = counter[0]
        value = template.format(n=n)
        marker = f"ZQ{n}Z"
        if marker in value:
            result.payloads[marker] = (".".join(map(str, path)), value)
            result.kind[marker] = kind
        return value

    def leaf(node: dict, current: Any, path: tuple) -> Any:
        if node.get("type") != "string" or "enum" in node or "const" in node or path[-1] == "logo":
            return current
        pattern = node.get("pattern")
        if pattern == TEKSTVERSIE_PATTERN:
            return "2026.12"  # year.month: no character of a payload fits
        if node.get("format") == "date" or pattern in (types.PHONE_PATTERN, types.COLOUR_PATTERN):
            return PHONE if pattern == types.PHONE_PATTERN else current
        if pattern == types.EMAIL_PATTERN:
            return payload("email", EMAIL, path)
        if pattern == types.SITE_URL_PATTERN:
            return payload("site", SITE_URL, path)
        if pattern == types.HTTPS_PATTERN:
            return payload("link", LINK, path)
        if pattern == types.LINK_PATTERN:
            template = (LINK, HTTP_LINK, MAILTO)[counter[0] % 3]
            return payload("link", template, path)
        if node.get("x-opmaak") is True:
            return payload("opmaak", MARKDOWN, path)
        limit = node.get("maxLength", 10_000)
        for template in TEXTS:
            if len(template.format(n=counter[0] + 1)) <= limit:
                return payload("tekst", template, path)
        raise AssertionError(f"no payload fits {path} (max {limit})")

    def walk(node: dict, value: Any, path: tuple) -> Any:
        node = _resolve(schema, node)
        if node.get("type") == "object":
            value = dict(value or {})
            for name, prop in node.get("properties", {}).items():
                prop_node = _resolve(schema, prop)
                if name in value:
                    value[name] = walk(prop, value[name], path + (name,))
                elif prop_node.get("type") == "string":  # an optional string the example leaves out
                    filled = walk(prop, None, path + (name,))
                    if filled is not None:
                        value[name] = filled
            return value
        if node.get("type") == "array":
            return [walk(node.get("items", {}), item, path + (index,)) for index, item in enumerate(value or [])]
        if node.get("type") == "string" or value is None:
            return leaf(node, value, path)
        return value

    result.data = walk(schema, result.data, ())
    # A person's details shown on the public site too, so both sites show every kind of value.
    for key, person in result.data["personen"].items():
        if isinstance(person, dict) and key in ("schoolleiding", "zorgcoordinator", "woordvoerder"):
            person["openbaar"] = ["naam", "telefoon", "email"]
    return result
