"""Everything generated from the schema: JSON Schema file and the config reference.

Generated, committed, and checked by a test, so the schema, the editor hints
and the README can never disagree.
"""

from __future__ import annotations

import json
from typing import Any

from .config.schema import SchoolConfig

SCHEMA_ID = "https://schoolprotocol.example/schema/school_config.schema.json"
BEGIN = "<!-- config-referentie:begin (gemaakt door 'schoolprotocol genereer'; niet met de hand bewerken) -->"
END = "<!-- config-referentie:eind -->"


def json_schema() -> dict[str, Any]:
    schema = SchoolConfig.model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    if "$ref" in node:
        return schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _nullable(node: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    options = node.get("anyOf")
    if options and any(o.get("type") == "null" for o in options):
        rest = [o for o in options if o.get("type") != "null"]
        if len(rest) == 1:
            merged = {**rest[0], **{k: v for k, v in node.items() if k not in ("anyOf", "default")}}
            return merged, True
    return node, False


def _kind(schema: dict[str, Any], node: dict[str, Any]) -> str:
    if "enum" in node:
        return "een van: " + ", ".join(f"`{v}`" for v in node["enum"])
    if "const" in node:
        return f"`{node['const']}`"
    if node.get("type") == "array":
        item = _resolve(schema, node.get("items", {}))
        inner = "groep" if item.get("type") == "object" else _kind(schema, item)
        return f"lijst van {inner}"
    if "$ref" in node or node.get("type") == "object":
        return "groep"
    formats = {"email": "e-mailadres", "date": "datum (jjjj-mm-dd)", "uri": "webadres"}
    special = {"telefoon": "telefoonnummer", "kleur": "kleur (#rrggbb)"}
    if node.get("x-formaat") in special:
        return special[node["x-formaat"]]
    if node.get("format") in formats:
        kind = formats[node["format"]]
        if node.get("format") == "uri" and str(node.get("pattern", "")).startswith("^https://"):
            kind += " (https://)"
        elif node.get("format") == "uri":
            kind += " (https://, http://, mailto: of tel:)"
        return kind
    if node.get("type") == "boolean":
        return "ja/nee"
    if node.get("x-opmaak"):
        return "tekst met eenvoudige opmaak"
    if node.get("type") == "string":
        return f"tekst (max. {node['maxLength']})" if "maxLength" in node else "tekst"
    return node.get("type", "")


def _rows(schema: dict[str, Any], node: dict[str, Any], prefix: str, out: list[tuple[str, ...]]) -> None:
    node = _resolve(schema, node)
    required = set(node.get("required", []))
    for name, prop in node.get("properties", {}).items():
        prop, nullable = _nullable(prop)
        path = f"{prefix}.{name}" if prefix else name
        target = _resolve(schema, prop)
        description = (prop.get("description") or target.get("description") or "").replace("|", "\\|").replace("\n", " ")
        title = prop.get("title") or target.get("title") or name
        must = "ja" if name in required else "nee"
        out.append((f"`{path}`", title, _kind(schema, prop), must, description))
        if target.get("type") == "object" or "properties" in target:
            _rows(schema, target, path, out)
        elif prop.get("type") == "array":
            item = _resolve(schema, prop.get("items", {}))
            if "properties" in item:
                _rows(schema, item, f"{path}[]", out)


def reference_markdown() -> str:
    schema = json_schema()
    rows: list[tuple[str, ...]] = []
    _rows(schema, schema, "", rows)
    lines = ["| veld | betekenis | soort | verplicht | toelichting |", "|---|---|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def with_reference(readme: str) -> str:
    """`readme` with the part between the markers replaced by the current reference."""
    start, end = readme.index(BEGIN) + len(BEGIN), readme.index(END)
    return readme[:start] + "\n\n" + reference_markdown() + "\n" + readme[end:]
