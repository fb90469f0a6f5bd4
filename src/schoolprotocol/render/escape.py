"""Config values are text: make them come out literally in Markdown and HTML.

mkdocs-macros does not escape, and its output is then read as Markdown (with
extensions such as tables, abbreviations and snippets) and HTML. We replace
every character any of those could read as syntax by a numeric character
reference. Browsers, the search index and WeasyPrint show the character;
Markdown passes the reference through untouched. Whitespace is folded so a
value can never end a list item or start a new block.
"""

from __future__ import annotations

import html
import re
from datetime import date
from typing import Any

_SYNTAX = re.compile(r"[\\`*_{}\[\]()#+\-.!|<>&\"'~^=:$%@]")


class Safe(str):
    """Text already escaped for Markdown and HTML; `.raw` keeps the original value."""

    raw: str

    def __new__(cls, raw: str) -> "Safe":
        folded = " ".join(str(raw).split())
        obj = super().__new__(cls, _SYNTAX.sub(lambda m: f"&#{ord(m.group())};", folded))
        obj.raw = str(raw)
        return obj

    def __html__(self) -> str:  # markupsafe protocol: already safe
        return str(self)


def md_text(value: Any) -> Safe:
    return value if isinstance(value, Safe) else Safe(str(value))


def attr(value: Any) -> str:
    """A value for inside an HTML attribute (href, title), quoted by the caller."""
    raw = value.raw if isinstance(value, Safe) else str(value)
    return html.escape(raw, quote=True)


class Ns:
    """Read-only attribute access to escaped data; unknown names fail loudly.

    Jinja turns an AttributeError into Undefined, and with `on_undefined:
    strict` a typo in a page then stops the build.
    """

    __slots__ = ("_items", "_where")

    def __init__(self, items: dict[str, Any], where: str = "") -> None:
        object.__setattr__(self, "_items", items)
        object.__setattr__(self, "_where", where)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in Ns.__slots__:
            # protocol lookups (copy, pickle) and a half-made copy must not recurse into _items
            raise AttributeError(name)
        try:
            return self._items[name]
        except KeyError:
            raise AttributeError(f"'{self._where or 'waarde'}' heeft geen veld '{name}'") from None

    def __getitem__(self, name: str) -> Any:
        return self.__getattr__(name)

    def __copy__(self) -> "Ns":
        return self  # read-only: a copy would be the same

    def __deepcopy__(self, memo: dict) -> "Ns":
        return self  # some engines deep-copy the page variables

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("read-only")

    def __iter__(self):
        return iter(self._items)

    def items(self):
        return self._items.items()

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __repr__(self) -> str:
        return f"Ns({self._where})"


def escape_tree(value: Any, where: str = "") -> Any:
    """Plain data (dicts, lists, dataclasses) to escaped, read-only data for templates."""
    if isinstance(value, (str,)) and not isinstance(value, Safe):
        return Safe(value)
    if isinstance(value, (Safe, bool, int, float, date)) or value is None:
        return value
    if isinstance(value, dict):
        return Ns({str(k): escape_tree(v, f"{where}.{k}" if where else str(k)) for k, v in value.items()}, where)
    if isinstance(value, (list, tuple)):
        return [escape_tree(v, f"{where}[{i}]") for i, v in enumerate(value)]
    if hasattr(value, "__dataclass_fields__"):
        return Ns({k: escape_tree(getattr(value, k), f"{where}.{k}") for k in value.__dataclass_fields__}, where)
    if hasattr(value, "value") and isinstance(getattr(value, "value"), str):  # enums
        return Safe(value.value)
    raise TypeError(f"cannot hand {type(value).__name__} to a template")
