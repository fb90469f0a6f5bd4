"""What the pages get to see: the school for one audience, escaped, plus words and facts.

Built from the validated config only. The MkDocs adapter (`macros/`) hands
this to mkdocs-macros; another engine would hand the same thing to its own
templates. Nothing here imports MkDocs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable

from markupsafe import Markup

from .audience import Audience, view
from .config.load import LoadedSchool
from .eigen import NONE, SECTION_TITLE, Eigen, place_macro, render_additions, render_pages
from .facts import Facts
from .glossary import glossary_page, tooltips
from .letters.blanks import blank_macro
from .render import html
from .render.colours import theme_css
from .render.escape import Ns, Safe, escape_tree
from .version import releases


class Terms(Ns):
    """Sector words; `t.Leerling` gives the word with a capital letter."""

    def __getattr__(self, name: str) -> Any:
        if name[:1].isupper() and name[:1].lower() + name[1:] in self._items:
            return Safe(html.hoofdletter(self._items[name[:1].lower() + name[1:]].raw))
        return super().__getattr__(name)


@dataclass(frozen=True)
class SiteContext:
    variables: dict[str, Any]
    macros: dict[str, Callable[..., Any]]
    filters: dict[str, Callable[..., Any]]
    theme: dict[str, Any] = field(default_factory=dict)
    notices: tuple[str, ...] = ()
    tooltips: dict[str, str] = field(default_factory=dict)
    """Word -> one-sentence explanation: the sector's glossary as the engine's tooltips (`glossary.tooltips`)."""
    search_words: dict[str, Any] = field(default_factory=dict)
    """Place in the site -> what readers type there (`data/zoekwoorden.yml`), for the engine's search index."""
    extra_pages: tuple[Any, ...] = ()
    """The school's own pages for this view (`eigen.GeneratedPage`: path and Markdown); the engine adds them."""
    extra_section: str = SECTION_TITLE
    """The menu section that lists `extra_pages`."""


def terms_for(school: LoadedSchool, facts: Facts) -> Terms:
    config = school.config
    words = getattr(facts.sectoren, config.school.sector).model_dump()
    if config.termen.mentor:
        words["mentor"] = words["mentor_voluit"] = config.termen.mentor
        words["mentoren"] = config.termen.mentoren or config.termen.mentor + "s"
    return Terms({k: (v if isinstance(v, bool) else Safe(v)) for k, v in words.items()}, "t")


def law_article(facts: Facts, sector: str) -> Callable[..., str]:
    """`wetsartikel('meldplicht')`: where a rule stands in this sector's law, as a link to the law.

    The article, the law and the link come from data/wetten.yml only, so a page never spells out
    an article number itself. `met_link=False` gives plain text (for a sentence on the incident card).
    """
    def wetsartikel(regel: str, met_link: bool = True) -> str:
        artikel = facts.wetten[regel].voor(sector)
        if alleen_wet(artikel):
            text = f"{artikel.lidwoord} {artikel.wet} ({artikel.wet_kort})"
        else:
            text = f"{artikel.artikel} van {artikel.lidwoord} {artikel.wet} ({artikel.wet_kort})"
        return html.link(Safe(artikel.link), Safe(text)) if met_link else str(Safe(text))
    return wetsartikel


#: Laws whose article numbers are shown even when `onzeker` is set: the numbering of the two codes
#: (Wetboek van Strafrecht, Burgerlijk Wetboek) is fairly well established, and the build's 'Let op'
#: notice still asks for a check. For any other law an unverified number is left out.
NUMMER_OOK_ONZEKER = frozenset({"Sr", "BW"})


def alleen_wet(artikel: Any) -> bool:
    """True when only the law may be named: its article number is unverified (`onzeker: true`)."""
    return bool(artikel.onzeker) and str(getattr(artikel.wet_kort, "raw", artikel.wet_kort)) not in NUMMER_OOK_ONZEKER


def law_source(facts: Facts, sector: str) -> Callable[..., str]:
    """`wetsbron('bedreiging')`: the source note after a statement, '(bron: artikel 285 Wetboek van Strafrecht)'.

    Markdown on purpose (macros run before Markdown), so the link gets the class `bron` like the
    other sources on the law page. The text and the link come from data/wetten.yml only.
    """
    def wetsbron(regel: str, lid: str = "") -> str:
        artikel = facts.wetten[regel].voor(sector)
        if alleen_wet(artikel):
            where = f"{artikel.wet}"
        else:
            where = f"{artikel.artikel}{', ' + lid + ',' if lid else ''} {artikel.wet}"
        return f"[bron: {html._md_escape(where)}, wetten.overheid.nl]({artikel.link}){{: .bron}}"
    return wetsbron


def steps_macro(facts: Facts, variables: dict[str, Any], macros: dict[str, Callable[..., Any]],
                filters: dict[str, Callable[..., Any]]) -> Callable[..., Any]:
    """`stappen('eerst')`: the actions of one part of the steps from data/stappen.yml, as HTML.

    The site's first box, the incident card and the form all call this, so their steps are one text.
    `papier=True` leaves out the 'read more' link to the page (the text itself stays the same).
    `stappen('ouders_informeren')` gives the one text about informing parents.
    """
    import functools

    import jinja2

    from .jinjacache import Environment

    env = Environment(undefined=jinja2.StrictUndefined, autoescape=False, keep_trailing_newline=False)
    env.filters.update(filters)
    template = functools.lru_cache(maxsize=None)(env.from_string)  # the site, the card and the form share one

    def render(text: str, papier: bool) -> Markup:
        return Markup(" ".join(template(text).render(**variables, **macros, papier=papier).split()))

    def stappen(deel: str, papier: bool = False) -> Any:
        data = facts.stappen
        if data is None:
            return []
        if deel == "ouders_informeren":
            return render(data.ouders_informeren, papier)
        out = []
        for stap in getattr(data, deel):
            text = render(stap.tekst, papier)
            if stap.lees_meer and not papier:
                text = Markup(f'{text} <a href="#{stap.lees_meer}">{Markup.escape(stap.lees_meer_tekst or "Lees meer")}</a>.')
            if text:
                out.append(text)
        return out
    return stappen


def build_context(school: LoadedSchool, facts: Facts, audience: Audience, eigen: Eigen = NONE) -> SiteContext:
    """`eigen`: the school's own text (`eigen.load_eigen`), already checked; rendered here for this view."""
    config = school.config
    data = escape_tree(view(config, audience))
    terms = terms_for(school, facts)
    politie_org = facts.organisaties.get("politie")
    people = html.People(data.personen, data.politie, data.school, terms,
                         Safe(politie_org.telefoon) if politie_org and politie_org.telefoon else None)
    organisaties = escape_tree({key: org.model_dump() for key, org in facts.organisaties.items()}, "organisaties")
    sector = config.school.sector
    begrippen = escape_tree([asdict(b) for b in facts.begrippen_voor(sector)], "begrippen")
    wetten = escape_tree({key: regel.model_dump() for key, regel in facts.wetten.items()}, "wetten")
    # the national text's versions, newest first (data/wijzigingen.yml): the footer, the PDFs, the changes page
    wijzigingen = escape_tree([release.model_dump() for release in releases()], "wijzigingen")
    # heading anchors of the changes page: digits and hyphens only (the version's pattern allows nothing else)
    versie_ankers = ["versie-" + release.versie.replace(".", "-") for release in releases()]

    variables = {
        "school": data.school,
        "personen": data.personen,
        "politie": data.politie,
        "protocol": data.protocol,
        "meldkanalen": data.meldkanalen,
        "documenten": data.documenten,
        "sociale_kaart": data.sociale_kaart,
        "beleid": data.beleid,
        "tekstversie": wijzigingen[0].versie,
        "wijzigingen": wijzigingen,
        "versie_ankers": versie_ankers,
        "t": terms,
        "sector": config.school.sector,
        "organisaties": organisaties,
        "begrippen": begrippen,
        "wetten": wetten,
        "openbaar": audience is Audience.PUBLIC,
        "logo": school.logo.data_uri,
        "invulvelden": escape_tree(facts.invulvelden, "invulvelden"),
    }
    macros = {
        "wie": people.wie,
        "contact": people.contact,
        "contacten": people.contacten,
        "bel": people.bel,
        "rol": people.get,
        "tel": html.tel,
        "mail": html.mail,
        "link": html.link,
        "opmaak": html.opmaak,
        "invullen": blank_macro(facts.invulvelden),
        "wetsartikel": law_article(facts, config.school.sector),
        "wetsbron": law_source(facts, config.school.sector),
        # the glossary page's list, as Markdown (see glossary.py)
        "begrippenlijst": lambda: glossary_page(facts, sector),
        # the school's own text at a named place (eigen/<plek>.md), a marked box or nothing
        "eigen_tekst": place_macro(render_additions(eigen, audience, config.school.naam)),
    }
    filters = {"datum": html.datum, "hoofdletter": html.hoofdletter, "kleine_letter": html.kleine_letter}
    macros["stappen"] = steps_macro(facts, variables, macros, filters)
    theme = {
        "site_name": Markup.escape(config.school.naam),
        "site_url": config.school.protocol_url,
        "css": Markup(theme_css(config.school.kleuren.primair, config.school.kleuren.accent)),
        "logo": school.logo.data_uri,
        "school": data.school,
        "beleid": data.beleid,
        "tekstversie": wijzigingen[0].versie,
        "audience": audience.value,
        "tel": Markup(html.tel(data.school.telefoon)),
        "mail": Markup(html.mail(data.school.email)),
        "vastgesteld_op": html.datum(config.beleid.vastgesteld_op),
        "volgende_evaluatie": html.datum(config.beleid.volgende_evaluatie),
    }
    return SiteContext(variables, macros, filters, theme, tuple(school.notices), tooltips(facts, sector),
                       dict(facts.zoekwoorden), render_pages(eigen, audience, config.school.naam))

