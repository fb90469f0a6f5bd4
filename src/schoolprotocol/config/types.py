"""Value types of the school configuration, each with its rule in one place.

Every rule is a JSON-Schema pattern or format as well as Python, so editors
(yaml-language-server) and the browser configurator check exactly what the
build checks. Messages are Dutch; `translate.py` turns them into problems.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated
from urllib.parse import urlsplit

import phonenumbers
from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints
from pydantic_core import PydanticCustomError

from .chars import describe, first_invisible

#: For the form, which cannot name the character: the Python message names it (see `_no_control`).
INVISIBLE_MESSAGE = ("De tekst bevat een onzichtbaar teken (bijvoorbeeld meegekopieerd uit een webpagina of "
                     "tekstverwerker). Typ de tekst opnieuw in.")


def _no_control(value: str) -> str:
    char = first_invisible(value)
    if char is not None:
        raise PydanticCustomError(
            "onzichtbaar_teken", "De tekst bevat een onzichtbaar teken: {teken} (bijvoorbeeld meegekopieerd uit een "
            "webpagina of tekstverwerker). Typ de tekst opnieuw in.", {"teken": describe(char)})
    return value


def _single_line(value: str) -> str:
    return " ".join(value.split())


def _text(max_length: int, *, multiline: bool = False, extra: dict | None = None):
    schema: dict = {"x-opmaak": False}
    schema.update(extra or {})
    validators = [AfterValidator(_no_control)]  # first: a line separator is refused, not folded into a space
    if not multiline:
        validators.append(AfterValidator(_single_line))
    return Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=max_length),
        *validators,
        Field(json_schema_extra=schema),
    ]


def tekst(max_length: int) -> object:
    """One line of plain text of at most `max_length` characters."""
    return _text(max_length)


#: One line of plain text: names, titles, short descriptions. Shown literally.
Tekst = _text(160)
#: A longer plain text (several sentences). Shown literally; no formatting.
LangeTekst = _text(1200, multiline=True)
#: Text that may hold simple Markdown (bold, italics, lists, links). Cleaned before use.
Opmaaktekst = _text(4000, multiline=True, extra={"x-opmaak": True, "contentMediaType": "text/markdown"})

# --- phone numbers ---------------------------------------------------------

#: Between the digits a school may type spaces, hyphens, dots, slashes and brackets, as in
#: `+31 (0)73 - 629 29 29`, `(073) 614 44 44` or `06-12 34 56 78`: every notation people use.
_SEP = r"[ .\-/()]*"
PHONE_PATTERN = (
    rf"^{_SEP}(?:(?:(?:\+|00){_SEP}3{_SEP}1{_SEP}(?:0{_SEP})?|0{_SEP})[1-9](?:{_SEP}[0-9]){{8}}"
    rf"|0{_SEP}[89]{_SEP}0{_SEP}0(?:{_SEP}[0-9]){{4,7}}){_SEP}$"
)
_PHONE = re.compile(PHONE_PATTERN)


def _phone(value: str) -> str:
    value = value.strip()
    if not _PHONE.match(value):
        raise PydanticCustomError(
            "telefoon", "Dit is geen Nederlands telefoonnummer van 10 cijfers (of een 0800-/0900-nummer).")
    return format_phone(value)


def _national_digits(value: str) -> str:
    """'+31 (0)73 - 629 29 29' -> '0736292929': the number as dialled inside the Netherlands."""
    digits = re.sub(r"[^0-9+]", "", value)
    for prefix in ("+31", "0031"):
        if digits.startswith(prefix):
            rest = digits[len(prefix):]
            return rest if rest.startswith("0") else "0" + rest
    return digits


def format_phone(value: str) -> str:
    """One national notation, whatever the school typed: '030 123 4567', '073 629 2929', '06 12345678'."""
    digits = _national_digits(value)
    try:
        number = phonenumbers.parse(digits, "NL")
    except phonenumbers.NumberParseException:
        number = None
    if number is not None:
        formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        if re.sub(r"[^0-9]", "", formatted) == digits:  # the library keeps every digit: use its grouping
            return formatted
    # A range the library does not know (yet): group it the usual Dutch way, keeping every digit.
    if re.fullmatch(r"0[89]00[0-9]+", digits) or digits.startswith("06"):
        return f"{digits[:4]} {digits[4:]}" if digits[1] != "6" else f"{digits[:2]} {digits[2:]}"
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


#: Short numbers (112, 113) and 0800/0900 service numbers only work dialled as written, inside the Netherlands.
_NATIONAL_ONLY = re.compile(r"1[0-9]{2,5}|0[89]00[0-9]{4,7}")


def tel_uri(value: str) -> str:
    """`tel:` address in international form, so a phone dials it from anywhere.

    Short and 0800/0900 numbers have no international form: `+31113` reaches nobody.
    """
    digits = re.sub(r"[^0-9+]", "", value)
    if _NATIONAL_ONLY.fullmatch(digits):
        return "tel:" + digits
    try:
        number = phonenumbers.parse(value.replace("(0)", ""), "NL")
        return "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    except phonenumbers.NumberParseException:
        return "tel:" + re.sub(r"[^0-9+]", "", value)


Telefoon = Annotated[
    str,
    BeforeValidator(lambda v: str(v) if isinstance(v, int) else v),
    AfterValidator(_phone),
    Field(json_schema_extra={"pattern": PHONE_PATTERN, "x-formaat": "telefoon"}, examples=["030 123 4567"]),
]

# --- e-mail ----------------------------------------------------------------

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$"
_EMAIL = re.compile(EMAIL_PATTERN)


def _email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value) or ".." in value or len(value) > 254:
        raise PydanticCustomError("email", "Dit is geen geldig e-mailadres (zoals naam@school.nl).")
    return value


Email = Annotated[str, AfterValidator(_email),
                  Field(json_schema_extra={"format": "email", "pattern": EMAIL_PATTERN}, examples=["info@school.nl"])]

# --- web addresses ---------------------------------------------------------

LINK_SCHEMES = ("https", "http", "mailto", "tel")
LINK_PATTERN = r"^(?:https?://[^\s/$.?#][^\s]*|mailto:[^\s@]+@[^\s@]+|tel:\+?[0-9][0-9 -]{2,})$"
HTTPS_PATTERN = r"^https://[^\s/$.?#][^\s]*$"


def _link(value: str, schemes: tuple[str, ...] = LINK_SCHEMES) -> str:
    value = value.strip()
    scheme = urlsplit(value).scheme.lower() if ":" in value else ""
    if scheme not in schemes:
        allowed = ", ".join(f"{s}://" if s.startswith("http") else f"{s}:" for s in schemes)
        raise PydanticCustomError(
            "link_schema", "Dit adres begint niet met een toegestane soort ({allowed}).", {"allowed": allowed})
    if scheme in ("http", "https") and not urlsplit(value).netloc:
        raise PydanticCustomError("link", "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/.")
    if re.search(r"\s", value):
        raise PydanticCustomError("link", "Een webadres mag geen spaties bevatten.")
    return value


Link = Annotated[str, AfterValidator(_link),
                 Field(json_schema_extra={"pattern": LINK_PATTERN, "format": "uri"},
                       examples=["https://www.school.nl/documenten/pestprotocol.pdf"])]
HttpsLink = Annotated[str, AfterValidator(lambda v: _link(v, ("https",))),
                      Field(json_schema_extra={"pattern": HTTPS_PATTERN, "format": "uri"},
                            examples=["https://www.school.nl/"])]

# --- colours ---------------------------------------------------------------

COLOUR_PATTERN = r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"


def _colour(value: str) -> str:
    value = value.strip()
    if not re.match(COLOUR_PATTERN, value):
        raise PydanticCustomError("kleur", "Een kleur schrijft u als # met zes tekens 0-9/a-f, zoals #1d4f91.")
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.lower()


Kleur = Annotated[str, AfterValidator(_colour),
                  Field(json_schema_extra={"pattern": COLOUR_PATTERN, "x-formaat": "kleur"}, examples=["#1d4f91"])]

# --- dates -----------------------------------------------------------------

#: The years a date in a school's protocol can sensibly have. Outside them a date is a typo
#: (2206 for 2026), and PDF, Word and zip files cannot all store it.
FIRST_YEAR, LAST_YEAR = 2000, 2099
DATE_PATTERN = r"^20[0-9]{2}-[0-9]{2}-[0-9]{2}$"
DATE_RANGE_TEXT = f"een datum van {FIRST_YEAR}-01-01 tot en met {LAST_YEAR}-12-31"


def _date_in_range(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise PydanticCustomError(
            "datum_bereik", "Dit jaartal kan niet kloppen: een datum hier ligt in de jaren {first} tot en met {last}. "
            "Is het jaartal verkeerd getypt?", {"first": FIRST_YEAR, "last": LAST_YEAR})
    return value


Datum = Annotated[date, AfterValidator(_date_in_range),
                  Field(json_schema_extra={"pattern": DATE_PATTERN}, examples=["2027-08-31"])]

# --- yes/no ----------------------------------------------------------------


def _yes_no(value: object) -> object:
    if isinstance(value, str) and value.strip().lower() in ("ja", "nee"):
        return value.strip().lower() == "ja"
    return value


JaNee = Annotated[bool, BeforeValidator(_yes_no)]
