"""Pydantic's validation errors, retold in Dutch with the line they came from."""

from __future__ import annotations

import difflib
import types
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from .problems import Problem, short
from .yamlsource import Source, dotted

_DATE_HINT = "Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2027-08-31."


def problems_from(error: ValidationError, source: Source, model: type[BaseModel]) -> list[Problem]:
    return [_one(item, source, model) for item in error.errors(include_url=False)]


def _one(item: dict[str, Any], source: Source, model: type[BaseModel]) -> Problem:
    loc = tuple(item["loc"])
    kind = item["type"]
    ctx = item.get("ctx") or {}
    found = item.get("input")
    line = source.line_of(loc)
    field = dotted(loc)
    make = lambda message, **kw: Problem(source.path, message, line=line, field=field, **kw)  # noqa: E731

    if kind == "missing":
        if loc in source.empty:
            return make("Dit veld is leeg, maar het is verplicht.", hint=_describe(model, loc))
        return make("Dit verplichte veld ontbreekt.", hint=_describe(model, loc))
    if found is None and kind not in _OWN_KINDS:
        # an empty item in a list (`- ` or `- ~`): there is no key to leave out
        return make("Hier staat niets, maar er hoort een waarde te staan.",
                    hint="Vul het in, of haal de regel weg.")
    if kind == "extra_forbidden":
        known = _fields_at(model, loc[:-1])
        guess = difflib.get_close_matches(str(loc[-1]), known, n=1, cutoff=0.6)
        hint = f"Bedoelde u '{guess[0]}'?" if guess else None
        return make(f"Onbekend veld '{loc[-1]}'.", allowed=", ".join(known) or None, hint=hint)
    if kind in ("string_type", "str_type"):
        return make("Hier hoort tekst te staan.", found=short(found))
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return make("Hier hoort een groep velden te staan (op de regels eronder, verder ingesprongen).",
                    found=short(found), hint=_describe(model, loc))
    if kind == "list_type":
        return make("Hier hoort een lijst te staan: regels die met '- ' beginnen.", found=short(found))
    if kind == "literal_error":
        return make("Deze waarde is niet toegestaan.", found=short(found),
                    allowed=str(ctx.get("expected", "")).replace("' or '", "' of '"))
    if kind == "string_too_short":
        return make("Dit veld is leeg.", hint="Vul het in, of haal de regel weg als het veld niet verplicht is.")
    if kind == "string_too_long":
        return make("Deze tekst is te lang.", found=f"{len(str(found))} tekens",
                    allowed=f"hoogstens {ctx.get('max_length')} tekens")
    if kind == "too_short":
        return make("Deze lijst is te kort.", found=f"{ctx.get('actual_length')} item(s)",
                    allowed=f"minstens {ctx.get('min_length')}")
    if kind == "too_long":
        return make("Deze lijst is te lang.", found=f"{ctx.get('actual_length')} items",
                    allowed=f"hoogstens {ctx.get('max_length')}")
    if kind.startswith("date_") or kind.startswith("datetime_"):
        return make("Dit is geen geldige datum.", found=short(found), hint=_DATE_HINT)
    if kind.startswith("bool_"):
        return make("Hier hoort ja of nee te staan.", found=short(found), allowed="ja, nee")
    if kind in ("int_parsing", "int_type", "float_parsing"):
        return make("Hier hoort een getal te staan.", found=short(found))
    if kind == "datum_bereik":
        from .types import DATE_RANGE_TEXT
        return make(item["msg"], found=short(found), allowed=DATE_RANGE_TEXT)
    if kind in _OWN_KINDS or item.get("msg", "").startswith(("Dit ", "De ", "Een ", "Er ", "Na ", "Bij ", "Vul ")):
        return make(item["msg"], found=short(found) if not isinstance(found, dict) else None)
    return make("Deze waarde klopt niet.", found=short(found), hint=f"(technisch: {item.get('msg')})")


_OWN_KINDS = {"telefoon", "email", "link", "link_schema", "kleur", "onzichtbaar_teken", "opmaakteken", "openbaar_leeg",
              "openbaar_dubbel", "meldkanaal_leeg", "evaluatie_voor_vaststelling"}


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or part not in current.model_fields:
            return None
        current = _inner(current.model_fields[part].annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _inner(annotation: Any) -> Any:
    """The model inside `X | None`, `list[X]` and `Annotated[X, ...]`."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (list, tuple):
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if len(args) == 1 else annotation
            if len(args) != 1:
                return annotation
        else:
            return annotation


def _fields_at(model: type[BaseModel], loc: tuple) -> list[str]:
    found = _model_at(model, loc)
    return list(found.model_fields) if found else []


def _describe(model: type[BaseModel], loc: tuple) -> str | None:
    parent = _model_at(model, loc[:-1]) if loc else None
    if parent is None or not loc or loc[-1] not in parent.model_fields:
        return None
    info = parent.model_fields[loc[-1]]
    nested = _model_at(model, loc)
    parts = [info.title or str(loc[-1])]
    if info.description:
        parts.append(info.description)
    if nested is not None:
        required = [name for name, f in nested.model_fields.items() if f.is_required()]
        if required:
            parts.append("Verplichte velden: " + ", ".join(required) + ".")
    return " — ".join(parts)
