"""Blanks: what only the incident can tell, marked so nobody sends a letter half filled in.

The known blanks live in `data/invulvelden.yml`. A page writes
`{{ invullen('datum') }}`; the site shows `[datum]` highlighted, the Word
file shows it with a yellow highlight. A name that is not in the list
stops the build, so the tests can check every `[...]` against one list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import RootModel, ValidationError

from ..config.problems import InputError
from ..config.translate import problems_from
from ..config.types import Tekst
from ..config.yamlsource import read_yaml
from ..facts import DATA_DIR

BLANKS_FILE = DATA_DIR / "invulvelden.yml"
#: The class the site and the Word converter look for.
CSS_CLASS = "invulveld"
#: A blank as it reads in the text of a page or a Word file.
PATTERN = re.compile(r"\[([^\[\]]+)\]")


class _Blanks(RootModel[dict[str, Tekst]]):
    pass


@lru_cache(maxsize=2)
def known_blanks(path: Path = BLANKS_FILE) -> dict[str, str]:
    """Name -> what to fill in. Read once per process."""
    source = read_yaml(path, what="lijst met invulvelden")
    try:
        return dict(_Blanks.model_validate(source.data).root)
    except ValidationError as err:
        raise InputError(problems_from(err, source, _Blanks)) from None


def invullen(naam: str) -> str:
    """A marked blank, e.g. `[datum]`. Brackets are escaped so Markdown never reads a link."""
    if naam not in known_blanks():
        known = ", ".join(sorted(known_blanks()))
        raise ValueError(f"onbekend invulveld '{naam}'; bekend zijn: {known} (data/invulvelden.yml)")
    return f'<mark class="{CSS_CLASS}">&#91;{naam}&#93;</mark>'
