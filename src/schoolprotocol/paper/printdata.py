"""What the print templates get to see, for one audience.

Built from the same page context as the site (`context.build_context`), so a
value reaches paper through the same audience view and the same escaping:
the public PDFs never receive an internal value, and every config value is
text. On top of that: colours for paper, help numbers, and the dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Callable

from markupsafe import Markup

from ..audience import Audience
from ..config.load import LoadedSchool
from ..context import SiteContext, build_context
from ..facts import Facts
from ..render.colours import paper_colours

#: Help numbers on the incident card, in this order, when the data file has them.
HELP_KEYS = ("politie", "veilig_thuis", "offlimits", "113", "kindertelefoon")


@dataclass(frozen=True)
class PrintData:
    audience: Audience
    variables: dict[str, Any]
    """Everything a page on the site sees (`school`, `personen`, `protocol`, `t`, macros as Markup ...)."""
    created: date
    """The only date in a PDF's metadata: when the protocol was adopted (from the config)."""
    facts: Facts

    @property
    def staff(self) -> bool:
        return self.audience is Audience.STAFF


def _markup(function: Callable[..., Any]) -> Callable[..., Any]:
    """Site macros return HTML strings; the print templates autoescape, so mark those as HTML."""
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        return Markup(result) if isinstance(result, str) else result
    wrapped.__name__ = function.__name__
    wrapped.__doc__ = function.__doc__
    return wrapped


def colours(primary: str, accent: str) -> dict[str, str]:
    """The school's colours for paper: readable text on white, and text on the colour bands."""
    return paper_colours(primary, accent).as_dict()


def help_numbers(facts: Facts, organisaties: Any, sector: str) -> list[Any]:
    """The organisations for the card: those of `HELP_KEYS` that the data file has for this sector."""
    return [organisaties[key] for key in HELP_KEYS
            if key in facts.organisaties and sector in facts.organisaties[key].sectoren]


def print_data(school: LoadedSchool, facts: Facts, audience: Audience,
               context: SiteContext | None = None) -> PrintData:
    """What the paper templates get; `context` is the build's page context for this view, if made already."""
    context = context or build_context(school, facts, audience)
    config = school.config
    variables = dict(context.variables)
    variables.update({name: _markup(function) for name, function in context.macros.items()})
    variables.update({
        "filters": context.filters,
        "kleuren": colours(config.school.kleuren.primair, config.school.kleuren.accent),
        "hulpnummers": help_numbers(facts, variables["organisaties"], config.school.sector),
        "intern": audience is Audience.STAFF,
        "vastgesteld_op": context.filters["datum"](config.beleid.vastgesteld_op),
        "volgende_evaluatie": context.filters["datum"](config.beleid.volgende_evaluatie),
        "site_url": config.school.protocol_url,
    })
    return PrintData(audience, variables, config.beleid.vastgesteld_op, facts)
