"""Which characters a school's text may hold: one rule for the YAML reader, the schema and the form.

Invisible characters (Unicode categories Cf, Cc, Co, Cs, Zl and Zp: zero-width spaces, word
joiners, byte order marks, direction marks, private-use and control characters) come along
unseen when text is copied from a web page or a word processor. They break e-mail addresses
and links and make two equal-looking names differ, so they are refused, naming the character.
Tab and line breaks are ordinary and stay allowed.
"""

from __future__ import annotations

import sys
import unicodedata
from functools import lru_cache

INVISIBLE_CATEGORIES = frozenset({"Cf", "Cc", "Co", "Cs", "Zl", "Zp"})
ORDINARY = frozenset("\t\n\r")


def is_invisible(char: str) -> bool:
    return char not in ORDINARY and unicodedata.category(char) in INVISIBLE_CATEGORIES


_WITHOUT_ORDINARY = str.maketrans("", "", "".join(ORDINARY))


def first_invisible(text: str) -> str | None:
    # Every invisible category is one that str.isprintable() refuses (it also refuses unassigned code
    # points and spaces other than ' '), so printable text needs no look at each character: the data
    # files are read in a fraction of the time.
    if text.translate(_WITHOUT_ORDINARY).isprintable():
        return None
    return next((char for char in text if is_invisible(char)), None)


def describe(char: str) -> str:
    """'U+2060 (WORD JOINER)': the code a school can look up, and its official name."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else "")


@lru_cache(maxsize=1)
def invisible_class() -> str:
    """The same rule as a regular-expression class, for JSON Schema (ECMAScript with the u flag) and Python.

    Characters beyond U+FFFF are written literally: ECMAScript writes them \\u{...}, Python \\U...,
    and neither understands the other's escape.
    """
    ranges: list[tuple[int, int]] = []
    for code in range(sys.maxunicode + 1):
        if is_invisible(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))

    def one(code: int) -> str:
        return f"\\u{code:04X}" if code <= 0xFFFF else chr(code)

    parts = [one(a) if a == b else f"{one(a)}-{one(b)}" for a, b in ranges]
    return "[" + "".join(parts) + "]"
