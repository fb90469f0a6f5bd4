"""Blanks: what only the incident can tell, marked so nobody sends a letter half filled in.

The known blanks live in `data/invulvelden.yml`. A page writes
`{{ invullen('datum') }}`; the site shows `[datum]` highlighted, the Word
file shows it with a yellow highlight. A name that is not in the list
stops the build, so the tests can check every `[...]` against one list.
"""

from __future__ import annotations

import re

from typing import Callable, Mapping

#: The class the site and the Word converter look for.
CSS_CLASS = "invulveld"
#: A blank as it reads in the text of a page or a Word file.
PATTERN = re.compile(r"\[([^\[\]]+)\]")


def blank_macro(known: Mapping[str, str]) -> Callable[[str], str]:
    """The pages' `invullen` macro for the blanks `check` read (`Facts.invulvelden`)."""

    def invullen(naam: str) -> str:
        """A marked blank, e.g. `[datum]`. Brackets are escaped so Markdown never reads a link."""
        if naam not in known:
            raise ValueError(f"onbekend invulveld '{naam}'; bekend zijn: {', '.join(sorted(known))} "
                             "(data/invulvelden.yml)")
        return f'<mark class="{CSS_CLASS}">&#91;{naam}&#93;</mark>'

    return invullen
