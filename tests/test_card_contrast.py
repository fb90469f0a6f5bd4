"""The incident card in any school colours: every piece of text reaches 4.5:1 on what is behind it.

The card is laid out by WeasyPrint as in a build; the test walks WeasyPrint's layout tree and
takes, for each piece of text (list markers included), its colour and the nearest opaque
background behind it, and computes the WCAG contrast with its own formula.
"""

from __future__ import annotations

import pytest

from conftest import school_with
from schoolprotocol.audience import Audience
from schoolprotocol.paper.documents import card_html
from schoolprotocol.paper.printdata import print_data
from schoolprotocol.paper.render import render
from schoolprotocol.pipeline import check
from test_colours_contrast import PAIRS, ratio

AA = 4.5


def _hex(colour) -> str:
    """A WeasyPrint (tinycss2) colour as #rrggbb."""
    channels = colour.to("srgb").coordinates if hasattr(colour, "to") else (colour.red, colour.green, colour.blue)
    return "#" + "".join(f"{round(min(1, max(0, c)) * 255):02x}" for c in channels)


def text_colours(document) -> list[tuple[str, str, str]]:
    """(text, colour, background) for every text box of the laid-out card."""
    found = []

    def walk(box, background: str) -> None:
        colour = box.style["background_color"]
        if colour.alpha == 1:
            background = _hex(colour)
        elif colour.alpha > 0:
            raise AssertionError(f"semi-transparent background {colour} behind {box}")
        text = getattr(box, "text", None)
        if text and text.strip():
            assert box.style["color"].alpha == 1, f"semi-transparent text: {text!r}"
            found.append((text.strip(), _hex(box.style["color"]), background))
        for child in getattr(box, "children", ()):
            walk(child, background)

    for page in document.pages:
        walk(page._page_box, "#ffffff")  # noqa: SLF001 - WeasyPrint's layout tree; the paper is white
    return found


@pytest.mark.parametrize("audience", [Audience.PUBLIC, Audience.STAFF], ids=["openbaar", "intern"])
@pytest.mark.parametrize(("primary", "accent"), PAIRS, ids=[f"{p}-{a}" for p, a in PAIRS])
def test_card_text_reaches_contrast_in_school_colours(tmp_path, primary, accent, audience):
    def colours(data):
        data["school"]["kleuren"] = {"primair": primary, "accent": accent}
    checked = check(school_with(tmp_path, colours))
    document, _ = render(card_html(print_data(checked.school, checked.facts, audience)))
    texts = text_colours(document)
    assert len(texts) > 50 and any("112" in t for t, _, _ in texts)
    # The school's own colours really appear: the header band, and the alarm line in the accent.
    backgrounds = {bg for _, _, bg in texts}
    assert primary in backgrounds and accent in backgrounds
    low = [f"{text[:40]!r}: {fg} on {bg} = {ratio(fg, bg):.2f}:1" for text, fg, bg in texts if ratio(fg, bg) < AA]
    assert not low, "\n".join(low)
