"""Value types of the school configuration, each with its rule in one place.

Every rule is a JSON-Schema pattern or format as well as Python, so editors
(yaml-language-server) and the browser configurator check exactly what the
build checks. Messages are Dutch; `translate.py` turns them into problems.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated

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

#: One e-mail address: the characters of RFC 5322 before the @ (without ` { | } ^, which no school
#: uses and which a link would have to encode), a host name with a dot, nothing else. No two dots in a
#: row, at most 254 characters. The same text is the JSON-Schema pattern, so the form agrees.
_EMAIL_BODY = (r"(?=[^@]{1,64}@)(?!.*\.\.)[A-Za-z0-9.!#$%&'*+/=?_~-]+"
               r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}")
EMAIL_PATTERN = r"^(?=.{1,254}$)" + _EMAIL_BODY + "$"
_EMAIL = re.compile(EMAIL_PATTERN)


def _email(value: str) -> str:
    value = value.strip()
    if not _EMAIL.match(value):
        raise PydanticCustomError("email", "Dit is geen geldig e-mailadres (zoals naam@school.nl).")
    return value


Email = Annotated[str, AfterValidator(_email),
                  Field(json_schema_extra={"format": "email", "pattern": EMAIL_PATTERN}, examples=["info@school.nl"])]

# --- web addresses ---------------------------------------------------------
#
# An address reaches attributes (href, canonical link), the sitemap, PDFs and Word files.
# Characters that can never stand unencoded in a URL (RFC 3986) are refused, so no value
# can close an attribute or open a tag even where a theme forgets to escape.

#: Never allowed in an address: write them as %-codes.
URL_FORBIDDEN = '"<>`{}|\\^'
_FORBIDDEN_CLASS = '"<>`{}|\\\\^'  # inside [...] in a regular expression (Python and JavaScript)
_WEB = r"https?://[^\s/$.?#" + _FORBIDDEN_CLASS + r"][^\s" + _FORBIDDEN_CLASS + r"]*"
_WEB_HTTPS = r"https://[^\s/$.?#" + _FORBIDDEN_CLASS + r"][^\s" + _FORBIDDEN_CLASS + r"]*"
#: tel: digits only, optionally with + in front (what a phone dials).
_TEL = r"tel:\+?[0-9]{3,15}"
_MAILTO = r"mailto:(?=.{1,254}$)" + _EMAIL_BODY

LINK_SCHEMES = ("https", "http", "mailto", "tel")
LINK_PATTERN = rf"^(?:{_WEB}|{_MAILTO}|{_TEL})$"
HTTPS_PATTERN = rf"^{_WEB_HTTPS}$"
#: The site's own address: https, a host name, a path of plain characters; no query or fragment.
SITE_URL_PATTERN = (r"^https://[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?::[0-9]{1,5})?"
                    r"(?:/[A-Za-z0-9._~%/-]*)?$")

_MESSAGES = {
    "schema": "Dit adres begint niet met een toegestane soort ({allowed}).",
    "host": "Na 'https://' hoort een webadres te staan, zoals https://www.school.nl/.",
    "spatie": "Een webadres mag geen spaties bevatten.",
    "teken": ("Een webadres mag deze tekens niet bevatten: \" < > ` { } | \\ ^. "
              "Staan ze in het adres, schrijf ze dan als %-code (bijvoorbeeld %22 voor \")."),
    "mailto": "Na 'mailto:' hoort één geldig e-mailadres te staan, zoals mailto:info@school.nl.",
    "tel": "Na 'tel:' horen alleen cijfers te staan, eventueel met een + ervoor, zoals tel:+31301234567.",
    "vorm": "Dit is geen geldig webadres, zoals https://www.school.nl/pagina/.",
    "vraag": ("Het adres van de protocolsite heeft geen ? of # nodig: laat alles vanaf het ? of # weg, "
              "zoals https://www.school.nl/protocol/."),
    "site": ("Het adres van de protocolsite mag alleen letters, cijfers en - . _ ~ / bevatten "
             "(en %-codes), zoals https://www.school.nl/protocol/."),
}


def link_rules(schemes: tuple[str, ...], *, site: bool = False) -> list[tuple[str, str]]:
    """The rules of an address in the order they are checked: (regular expression a bad value matches, message).

    The Python check and the configurator's messages (formschema.py) both read this list,
    so they tell the school the same thing. The last rule, the whole pattern, decides.
    """
    web = "|".join(s for s in schemes if s.startswith("http"))
    allowed = ", ".join(f"{s}://" if s.startswith("http") else f"{s}:" for s in schemes)
    any_scheme = "|".join(schemes)
    rules = [(rf"^(?!(?:{any_scheme}):)", _MESSAGES["schema"].format(allowed=allowed))]
    if web:
        rules.append((rf"^(?:{web})://(?:$|[/$.?#])", _MESSAGES["host"]))
    rules.append((rf"^(?:{any_scheme}):.*\s", _MESSAGES["spatie"]))
    rules.append((rf"^(?:{any_scheme}):.*[{_FORBIDDEN_CLASS}]", _MESSAGES["teken"]))
    if site:
        rules.append((r"^https?:.*[?#]", _MESSAGES["vraag"]))
    if "mailto" in schemes:
        rules.append((r"^mailto:", _MESSAGES["mailto"]))
    if "tel" in schemes:
        rules.append((r"^tel:", _MESSAGES["tel"]))
    rules.append(("", _MESSAGES["site" if site else "vorm"]))
    return rules


def _link_check(pattern: str, schemes: tuple[str, ...], *, site: bool = False):
    whole = re.compile(pattern)
    rules = [(re.compile(rule), message) for rule, message in link_rules(schemes, site=site)]

    def check(value: str) -> str:
        value = value.strip()
        if whole.match(value):
            return value
        for rule, message in rules:
            if rule.search(value):
                kind = "link_schema" if rule is rules[0][0] else "link"
                raise PydanticCustomError(kind, message)
        raise AssertionError("the last rule matches every value")  # pragma: no cover
    return check


_check_link = _link_check(LINK_PATTERN, LINK_SCHEMES)
_check_https = _link_check(HTTPS_PATTERN, ("https",))
_check_site = _link_check(SITE_URL_PATTERN, ("https",), site=True)

Link = Annotated[str, AfterValidator(_check_link),
                 Field(json_schema_extra={"pattern": LINK_PATTERN, "format": "uri"},
                       examples=["https://www.school.nl/documenten/pestprotocol.pdf"])]
HttpsLink = Annotated[str, AfterValidator(_check_https),
                      Field(json_schema_extra={"pattern": HTTPS_PATTERN, "format": "uri"},
                            examples=["https://www.school.nl/"])]
#: The address of the protocol site itself: it goes into every page's canonical link, the sitemap and 404.html.
SiteUrl = Annotated[str, AfterValidator(_check_site),
                    Field(json_schema_extra={"pattern": SITE_URL_PATTERN, "format": "uri"},
                          examples=["https://www.school.nl/protocol-beelden/"])]

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
