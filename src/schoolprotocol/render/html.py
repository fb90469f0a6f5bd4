"""Small HTML pieces that pages use through macros: contacts, phone links, links.

They take escaped values (`Safe`) and build inline HTML that is valid inside
a Markdown paragraph, a list item or a table cell. Nothing here knows MkDocs.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import nh3
from babel.dates import format_date
from markdown import Markdown

from ..config.types import tel_uri
from .escape import Ns, Safe, attr, md_text


def tel(number: Any) -> str:
    """A phone number as a link a phone can dial."""
    if not number:
        return ""
    return f'<a class="tel" href="{attr(tel_uri(_raw(number)))}">{md_text(number)}</a>'


def mail(address: Any) -> str:
    if not address:
        return ""
    return f'<a href="mailto:{attr(address)}">{md_text(address)}</a>'


def link(url: Any, text: Any = None) -> str:
    """A link whose address was validated (https, http, mailto, tel) at load time.

    On paper the address is printed after the text (print CSS uses `data-url`).
    """
    if not url:
        return md_text(text) if text else ""
    label = md_text(text) if text else md_text(_display_url(_raw(url)))
    return f'<a href="{attr(url)}">{label}</a>'


def datum(value: date | None) -> str:
    """A date the Dutch way: 15 augustus 2026."""
    if value is None:
        return ""
    return format_date(value, format="long", locale="nl")


def hoofdletter(value: Any) -> str:
    """First letter upper case, the rest untouched ("SLB'er" stays "SLB'er")."""
    text = str(value)
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1:]
        if char == "&":  # starts with an escaped character: leave as is
            return text
    return text


def kleine_letter(value: Any) -> str:
    """'Zorgcoördinator' becomes 'zorgcoördinator' in a sentence, 'SLB'er' stays."""
    text = str(value)
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


_OPMAAK_TAGS = {"p", "strong", "em", "ul", "ol", "li", "a", "br"}
_md = Markdown(extensions=[], output_format="html")


def opmaak(value: Any) -> str:
    """A field the schema marks as formatted: simple Markdown, cleaned, on one line.

    Raw HTML is escaped before Markdown sees it, the result is cleaned by nh3
    (links only to https, http, mailto, tel), and it is written on a single
    line so no Markdown or snippet syntax can start after it.
    """
    if not value:
        return ""
    _md.reset()
    rendered = _md.convert(markdown_source(_raw(value)))
    clean = nh3.clean(rendered, tags=_OPMAAK_TAGS, attributes={"a": {"href"}},
                      url_schemes=LINK_SCHEMES, link_rel="noopener")
    return f'<div class="opmaak">{one_line(clean)}</div>'


#: Where a link in a school's own text may go (besides the site's own pages, see `eigen.py`).
LINK_SCHEMES = {"https", "http", "mailto", "tel"}


def markdown_source(raw: str) -> str:
    """A school's Markdown with raw HTML and template braces made into plain text, before Markdown reads it."""
    raw = raw.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return raw.replace("{", "&#123;").replace("}", "&#125;")


def one_line(clean: str) -> str:
    """Cleaned HTML on one line, its text with Markdown characters escaped: inert wherever a page puts it."""
    return _MARKUP_OR_ENTITY.sub(lambda m: m.group(0) if m.group(1) else _md_escape(m.group(0)),
                                 " ".join(clean.split()))


#: Tags and entities stay as they are; any other run of text gets its Markdown characters escaped.
_MARKUP_OR_ENTITY = re.compile(r"(<[^>]*>|&[#a-zA-Z0-9]+;)|[^<&]+")
_MD_CHARS = re.compile(r"[*_\[\]\-|:#`~=^{}!]")


def _md_escape(text: str) -> str:
    return _MD_CHARS.sub(lambda m: f"&#{ord(m.group())};", text)


def _raw(value: Any) -> str:
    return value.raw if isinstance(value, Safe) else str(value)


def _display_url(url: str) -> str:
    for prefix in ("https://", "http://", "mailto:", "tel:"):
        if url.startswith(prefix):
            url = url[len(prefix):]
            break
    return url.rstrip("/")


class People:
    """Phrases about the people in the protocol, as one audience may see them."""

    def __init__(self, personen: Ns, politie: Ns, school: Ns, terms: Any, politie_telefoon: Any = None) -> None:
        self.personen, self.politie, self.school, self.terms = personen, politie, school, terms
        #: The police's public number (0900-8844), shown next to the wijkagent when the direct number is internal.
        self.politie_telefoon = politie_telefoon

    def get(self, rol: str) -> Ns:
        rol = _raw(rol)  # a role from the config arrives escaped ('_' as a character reference)
        if rol == "mentor":
            return Ns({"functie": Safe(f"{_raw(self.terms.mentor)} van de {_raw(self.terms.leerling)}"),
                       "naam": None, "telefoon": None, "email": None, "bereikbaar": None,
                       "via_school": True, "taken": []}, "mentor")
        if rol == "wijkagent":
            return self.politie.contactpersoon
        person = getattr(self.personen, rol, None) if rol in self.personen else None
        if person is None:
            raise AttributeError(f"onbekende of niet ingevulde rol '{rol}'")
        return person

    def wie(self, rol: str) -> str:
        """'de vertrouwenspersoon' in public; 'de vertrouwenspersoon (Fatima el Amrani)' for staff."""
        person = self.get(rol)
        phrase = f"de {kleine_letter(person.functie)}"
        return f"{phrase} ({person.naam})" if person.naam else phrase

    def contact(self, rol_or_person: Any) -> str:
        """Function, name and how to reach them; the school's number when details are internal."""
        person = self.get(rol_or_person) if isinstance(rol_or_person, str) else rol_or_person
        parts = [f"<strong>{person.functie}</strong>"]
        if person.naam:
            parts.append(str(person.naam))
        routes = [r for r in (tel(person.telefoon), mail(person.email)) if r]
        police = self._is_police(person)
        if police and not person.telefoon and self.politie_telefoon:
            routes.insert(0, f"politie: {tel(self.politie_telefoon)}, vraag naar de {kleine_letter(person.functie)}")
        if person.via_school and not (police and self.politie_telefoon):  # nobody calls the school to reach the police
            school_routes = [r for r in (tel(self.school.telefoon), mail(self.school.email)) if r not in routes]
            if school_routes:
                routes.append("via de school: " + " of ".join(school_routes))
        text = ", ".join(parts)
        if routes:
            text += " — " + ", ".join(routes)
        if person.bereikbaar:
            text += f" ({person.bereikbaar})"
        return f'<span class="contact">{text}</span>'

    def contacten(self, *rollen: str) -> str:
        """A contact list (Markdown) that names the school's number once, then each role.

        A role shows its own details only where this audience may see them; a role without
        any is reached through the school, which the opening line already says. The police
        contact gets the police's number, never the school's.
        """
        people = [self.get(rol) for rol in rollen]
        school = [r for r in (tel(self.school.telefoon), mail(self.school.email)) if r]
        lines = []
        if school:
            ask = any(not (p.telefoon or p.email) and not self._is_police(p) for p in people)
            lead = "Bereikbaar via de school" if ask else "Algemeen contact van de school"
            lines += [f"{lead}: {' of '.join(school)}", ""]
        for person in people:
            text = f"<strong>{person.functie}</strong>" + (f", {person.naam}" if person.naam else "")
            routes = [r for r in (tel(person.telefoon), mail(person.email)) if r]
            if self._is_police(person) and not person.telefoon and self.politie_telefoon:
                routes.insert(0, f"politie: {tel(self.politie_telefoon)}, vraag naar de {kleine_letter(person.functie)}")
            if routes:
                text += " — " + ", ".join(routes)
            if person.bereikbaar:
                text += f" ({person.bereikbaar})"
            lines.append(f'- <span class="contact">{text}</span>')
        return "\n".join(lines)

    def bel(self, *rollen: str) -> str:
        """The number to call for one or more roles, as it may be shown to this audience.

        A role's own number when it may be shown. Otherwise the school's number, said plainly:
        "via de school: 030 ...", once for all the roles in one call. For the wijkagent without a
        public number: the police's public number and whom to ask for, never the school's number,
        so nobody calls the school to reach the police.
        """
        people = [self.get(rol) for rol in rollen]
        shown = [p for p in people if p.telefoon]
        hidden = [p for p in people if not p.telefoon]
        police = [p for p in hidden if self._is_police(p)] if self.politie_telefoon else []
        hidden = [p for p in hidden if not any(p is q for q in police)]
        parts = [f"de politie op {tel(self.politie_telefoon)}, vraag naar de {kleine_letter(p.functie)}" for p in police]
        if len(people) > 1 and shown:
            parts[:0] = [f"{kleine_letter(p.functie)}: {tel(p.telefoon)}" for p in shown]
        elif shown:
            return tel(shown[0].telefoon)
        if hidden and self.school.telefoon:
            school = f"via de school: {tel(self.school.telefoon)}"
            if len(people) > 1 and shown:
                school = ", ".join(kleine_letter(p.functie) for p in hidden) + " " + school
            parts.append(school)
        if len(parts) == 2 and not shown:  # two ways to reach someone: "A, of B" ("A; of B" after the police's)
            return ("; of " if police else ", of ").join(parts)
        return ", ".join(parts)

    def _is_police(self, person: Any) -> bool:
        return person is self.politie.contactpersoon
