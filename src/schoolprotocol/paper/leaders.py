"""The dots of the table of contents in runs of eight instead of one box per dot.

The protocol's table of contents puts dots between a title and its page number
(`leader(". ")` in protocol.css). WeasyPrint makes the dots by copying the text box
of one ". " for every place on the line: about fifty boxes per line, six thousand in
a protocol, each drawn, tagged for PDF/UA and written on its own. That was a seventh
of all the work on a protocol PDF.

After WeasyPrint has placed those boxes, `handle_leader` puts one text box in the place
of every run of `RUN` neighbouring copies: the same ". " as many times, from where the
first of them started. The runs are counted from the right end of the line, as
WeasyPrint counts the places, so the dots of all lines stay in the same columns.
Not one text for the whole line: WeasyPrint writes each glyph's advance rounded to a
thousandth of the font size, and over fifty dots that rounding would move the last dots
by half a point; over eight it stays under a twentieth of a point (a tenth of a pixel at
600 dpi). If a joined run is not exactly as wide as its copies, the copies stay.

Only for the WeasyPrint this package pins (`install` checks the version and the function
it wraps); with another version the table of contents is made the ordinary way.
"""

from __future__ import annotations

import functools

#: The WeasyPrint versions whose leader code this was written against and tested with.
VERSIONS = ("70.0",)
#: Largest difference (CSS px) between a joined run and the copies it replaces.
TOLERANCE = 0.01
#: Copies of ". " joined into one text box.
RUN = 8


def install() -> bool:
    """Wrap WeasyPrint's leader step; True when it is (or already was) wrapped."""
    import weasyprint
    from weasyprint.layout import inline

    if getattr(inline.handle_leader, "_schoolprotocol", False):
        return True
    if weasyprint.__version__ not in VERSIONS:
        return False
    inline.handle_leader = _joined(inline.handle_leader)
    return True


def _joined(original):
    from weasyprint.layout.inline import split_text_box
    from weasyprint.layout.leader import leader_index

    @functools.wraps(original)
    def handle_leader(context, line, containing_block):
        original(context, line, containing_block)
        _, leader = leader_index(line)
        if leader is None or len(leader.children) < 2:
            return
        unit = leader.children[0]
        if unit.width <= 0 or any(box.text != unit.text for box in leader.children):
            return
        # WeasyPrint's places: k units of ". " from the right end of the line (k = 1, 2, ...)
        right = line.position_x + line.width
        runs: dict[int, list] = {}
        for box in leader.children:
            place = round((right - box.position_x) / unit.width)
            if abs(right - place * unit.width - box.position_x) > TOLERANCE:
                return  # not on WeasyPrint's grid: keep its copies
            runs.setdefault((place - 1) // RUN, []).append(box)
        joined_boxes = []
        for run in runs.values():
            run.sort(key=lambda box: box.position_x)
            joined_boxes.append(_join(context, run) if len(run) > 1 else run[0])
        if any(box is None for box in joined_boxes):
            return
        leader.children = tuple(sorted(joined_boxes, key=lambda box: box.position_x))

    def _join(context, run):
        first = run[0]
        width = first.width * len(run)
        if abs(run[-1].position_x + first.width - first.position_x - width) > TOLERANCE:
            return None  # not edge to edge
        joined, _, _ = split_text_box(context, first.copy_with_text(first.text * len(run)), float("inf"), 0)
        if joined is None or abs(joined.width - width) > TOLERANCE:
            return None  # shaped differently as one text
        joined.position_x, joined.position_y = first.position_x, first.position_y
        return joined

    handle_leader._schoolprotocol = True  # type: ignore[attr-defined]
    return handle_leader
