"""What the pages' context must survive in any engine (issue 14, point 4).

Zensical deep-copies the page variables; MkDocs does not. A read-only namespace
that recursed on a half-made copy stopped a Zensical build (RecursionError).
"""

from __future__ import annotations

import copy

import pytest

from schoolprotocol.render.escape import Ns

pytestmark = pytest.mark.snel


def test_page_namespace_survives_copy_and_stays_strict():
    inner = Ns({"naam": "Mentor"}, "personen.mentor")
    outer = Ns({"mentor": inner}, "personen")
    for copied in (copy.copy(outer), copy.deepcopy(outer), copy.deepcopy({"personen": outer})["personen"]):
        assert copied.mentor.naam == "Mentor" and copied["mentor"]["naam"] == "Mentor"
    with pytest.raises(AttributeError, match="'personen' heeft geen veld 'leraar'"):
        outer.leraar
    assert not hasattr(outer, "__setstate__")
