"""A letter page (as HTML) becomes a Word file in the school's house style.

Headings, paragraphs, bullet and numbered lists, check boxes, quotes, bold
and italic text, links and marked blanks are carried over; parts of the page
marked `alleen-site` (how to use the letter) stay on the site. The header
holds the logo and the school's name, the footer its contact details.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, replace
from datetime import date, datetime
from io import BytesIO
from typing import Callable, Iterable

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph

from ..render.colours import word_colours
from .blanks import CSS_CLASS as BLANK_CLASS
from .htmltree import Element

SITE_ONLY = "alleen-site"
#: A list to tick off: on the site a box drawn by CSS, in Word a box character.
CHECKLIST = "afvinklijst"
FONT = "Arial"
LANGUAGE = "nl-NL"
CHECKBOX = "\u2610 "
#: A task-list box as the paper reader draws it (`paper.site_pages`).
CHECKBOX_MARK = "vakje"
GREY = RGBColor(0x55, 0x55, 0x55)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 4, "h6": 4}


@dataclass(frozen=True)
class House:
    """What the school looks like on paper."""

    name: str
    primary: str
    accent: str
    contact_line: str
    address_lines: tuple[str, ...]
    logo_png: bytes | None


@dataclass(frozen=True)
class _Style:
    bold: bool = False
    italic: bool = False
    blank: bool = False
    href: str | None = None


@dataclass(frozen=True)
class _Piece:
    text: str
    style: _Style
    line_break: bool = False


def word_document(content: Element, *, title: str, house: House, link: Callable[[str], str | None],
                  dated: date, letter: bool = False) -> bytes:
    """The Word file as bytes. `link` turns an href of the page into an address for paper (or None).

    `dated` stamps the file (properties and zip entries), so the same input
    gives the same bytes. For a `letter` the greeting and the signature stay
    together on one page.
    """
    writer = _Writer(house, link)
    writer.blocks(content.children, level=0)
    if letter:
        for paragraph in writer.doc.paragraphs[-3:-1]:
            paragraph.paragraph_format.keep_with_next = True
    return writer.save(title, dated)


class _Writer:
    def __init__(self, house: House, link: Callable[[str], str | None]) -> None:
        self.house = house
        self.link = link
        self.doc = Document()
        colours = word_colours(house.primary)
        self.heading_colour = RGBColor.from_string(colours.heading.lstrip("#").upper())
        self.link_colour = RGBColor.from_string(colours.link.lstrip("#").upper())
        self._styles()
        self._page()
        self._first_paragraph = True

    # -- set-up ----------------------------------------------------------------------------------

    def _styles(self) -> None:
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(11)
        normal.paragraph_format.space_after = Pt(5)
        normal.paragraph_format.line_spacing = 1.1
        _set_fonts(normal.element, FONT)
        _set_language(normal.element)
        for name, size in (("Heading 1", 16), ("Heading 2", 13), ("Heading 3", 11.5), ("Heading 4", 11)):
            style = styles[name]
            style.font.name = FONT
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.italic = False
            style.font.color.rgb = self.heading_colour
            style.paragraph_format.space_before = Pt(14 if size > 12 else 10)
            style.paragraph_format.space_after = Pt(4)
            _set_fonts(style.element, FONT)
        quote = styles["Quote"]
        quote.font.italic = True
        quote.font.color.rgb = RGBColor(0x33, 0x33, 0x33)
        quote.paragraph_format.left_indent = Cm(0.8)

    def _page(self) -> None:
        section = self.doc.sections[0]
        section.page_width, section.page_height = Cm(21), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.3)
        section.top_margin, section.bottom_margin = Cm(2.2), Cm(2)
        section.header_distance = section.footer_distance = Cm(1)

        header = section.header
        table = header.add_table(rows=1, cols=2, width=section.page_width - section.left_margin - section.right_margin)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        logo_cell, name_cell = table.rows[0].cells
        logo_cell.width, name_cell.width = Cm(3), Cm(13.4)
        logo_paragraph = logo_cell.paragraphs[0]
        if self.house.logo_png:
            logo_paragraph.add_run().add_picture(BytesIO(self.house.logo_png), height=Cm(1.6))
        name = name_cell.paragraphs[0]
        name.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        run = name.add_run(self.house.name)
        run.bold = True
        run.font.size = Pt(14)
        run.font.color.rgb = self.heading_colour
        for line in self.house.address_lines:
            detail = name_cell.add_paragraph()
            detail.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            detail.paragraph_format.space_after = Pt(0)
            small = detail.add_run(line)
            small.font.size, small.font.color.rgb = Pt(9), GREY
        rule = header.paragraphs[0]
        rule.paragraph_format.space_after = Pt(0)
        header._element.remove(rule._p)
        header._element.append(rule._p)  # the coloured line sits under the table
        _bottom_border(rule, self.house.accent)

        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        text = footer.add_run(self.house.contact_line + "  ·  pagina ")
        text.font.size, text.font.color.rgb = Pt(8.5), GREY
        _page_number(footer)

    def save(self, title: str, dated: date) -> bytes:
        props = self.doc.core_properties
        props.title = title
        props.author = props.last_modified_by = self.house.name
        props.language = LANGUAGE
        props.comments = "Gemaakt met schoolprotocol uit het protocol van de school."
        props.created = props.modified = datetime(dated.year, dated.month, dated.day)
        package_rels = self.doc.part.package.rels
        for key in [k for k, rel in package_rels.items() if rel.reltype == RT.THUMBNAIL]:
            del package_rels[key]  # the template's picture of another document
        out = BytesIO()
        self.doc.save(out)
        return _same_stamp(out.getvalue(), dated)

    # -- blocks ----------------------------------------------------------------------------------

    def blocks(self, nodes: Iterable[Element | str], level: int, *, quote: bool = False, boxed: bool = False,
               checklist: bool = False) -> None:
        loose: list[Element | str] = []

        def flush() -> None:
            if any(isinstance(n, Element) or n.strip() for n in loose):
                self.paragraph(loose, quote=quote, boxed=boxed)
            loose.clear()

        for node in nodes:
            if isinstance(node, str) or node.tag not in _BLOCK_TAGS:
                loose.append(node)
                continue
            flush()
            if SITE_ONLY in node.classes:
                continue
            self.block(node, level, quote=quote, boxed=boxed, checklist=checklist)
        flush()

    def block(self, node: Element, level: int, *, quote: bool, boxed: bool, checklist: bool = False) -> None:
        tag = node.tag
        if tag in HEADINGS:
            self.heading(node)
        elif tag == "p":
            if "admonition-title" in node.classes:
                self.paragraph(node.children, bold=True, boxed=boxed)
            else:
                self.paragraph(node.children, quote=quote, boxed=boxed)
        elif tag in ("ul", "ol"):
            self.list(node, level, checklist=checklist)
        elif tag == "blockquote":
            self.blocks(node.children, level, quote=True, boxed=boxed)
        elif tag == "div" and "admonition" in node.classes or tag == "details":
            self.blocks(node.children, level, quote=quote, boxed=True)
        elif tag == "dd":
            start = len(self.doc.paragraphs)
            self.blocks(node.children, level, quote=quote, boxed=boxed)
            for paragraph in self.doc.paragraphs[start:]:
                paragraph.paragraph_format.left_indent = Cm(0.6)
        elif tag == "table":
            self.table(node)
        elif tag == "hr":
            return
        else:  # div, section, dl and friends: their content counts
            self.blocks(node.children, level, quote=quote, boxed=boxed, checklist=CHECKLIST in node.classes)

    def heading(self, node: Element) -> None:
        paragraph = self.doc.add_heading(level=HEADINGS[node.tag])
        self._inline(paragraph, _pieces(node.children, _Style()))
        self._first_paragraph = False

    def paragraph(self, nodes: Iterable[Element | str], *, style: str | None = None, quote: bool = False,
                  boxed: bool = False, bold: bool = False, prefix: str = "") -> Paragraph:
        paragraph = self.doc.add_paragraph(style=style or ("Quote" if quote else None))
        if boxed:
            _left_border(paragraph, self.house.accent)
        if prefix:
            paragraph.add_run(prefix)
        self._inline(paragraph, _pieces(nodes, _Style(bold=bold)))
        return paragraph

    def list(self, node: Element, level: int, *, checklist: bool = False) -> None:
        ordered = node.tag == "ol"
        tasks = checklist or "task-list" in node.classes
        depth = min(level, 2)
        style = ("List Number" if ordered else "List Bullet") + ("" if depth == 0 else f" {depth + 1}")
        num_id = None
        for item in node.children:
            if not isinstance(item, Element) or item.tag != "li":
                continue
            inline, rest = _split_item(item)
            if tasks:
                checkbox = checklist or any(c.tag == "input" or CHECKBOX_MARK in c.classes for c in item.iter())
                paragraph = self.paragraph(inline, style=f"List Continue{'' if depth == 0 else f' {depth + 1}'}",
                                           prefix=CHECKBOX if checkbox else "")
            else:
                paragraph = self.paragraph(inline, style=style)
                if ordered:
                    num_id = num_id or _new_numbering(self.doc, paragraph)
                    _use_numbering(paragraph, num_id)
            for child in rest:
                if isinstance(child, Element) and child.tag in ("ul", "ol"):
                    self.list(child, level + 1)
                elif isinstance(child, Element) and child.tag == "p":
                    self.paragraph(child.children, style=f"List Continue{'' if depth == 0 else f' {depth + 1}'}")
                else:
                    self.blocks([child], level + 1)

    def table(self, node: Element) -> None:
        rows = [row for row in node.iter() if row.tag == "tr"]
        if not rows:
            return
        width = max(len([c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]) for row in rows)
        table = self.doc.add_table(rows=len(rows), cols=width)
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            cells = [c for c in row.children if isinstance(c, Element) and c.tag in ("td", "th")]
            for c, cell in enumerate(cells):
                paragraph = table.cell(r, c).paragraphs[0]
                self._inline(paragraph, _pieces(cell.children, _Style(bold=cell.tag == "th")))

    # -- inline ----------------------------------------------------------------------------------

    def _inline(self, paragraph: Paragraph, pieces: list[_Piece]) -> None:
        for piece in _tidy(pieces):
            if piece.line_break:
                paragraph.add_run().add_break()
                continue
            href = piece.style.href
            address = self.link(href) if href else None
            if address and not address.startswith("#"):
                self._hyperlink(paragraph, piece, address)
                if address.startswith("http") and _bare(address) not in _bare(piece.text):
                    self._run(paragraph, replace(piece, text=f" ({_bare(address)})", style=_Style()))
            else:
                self._run(paragraph, piece)

    def _run(self, paragraph: Paragraph, piece: _Piece):
        run = paragraph.add_run(piece.text)
        run.bold = piece.style.bold or None
        run.italic = piece.style.italic or None
        if piece.style.blank:
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
            run.bold = True
        return run

    def _hyperlink(self, paragraph: Paragraph, piece: _Piece, address: str) -> None:
        rel = paragraph.part.relate_to(address, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        run = self._run(paragraph, piece)
        run.font.color.rgb = self.link_colour
        run.font.underline = True
        run._r.getparent().remove(run._r)
        link.append(run._r)
        paragraph._p.append(link)


_BLOCK_TAGS = {"p", "ul", "ol", "blockquote", "div", "details", "table", "hr", "section", "dl", "dd", "dt",
               *HEADINGS}


def _split_item(item: Element) -> tuple[list[Element | str], list[Element | str]]:
    """A list item's own text (up to its first block) and the blocks after it."""
    inline: list[Element | str] = []
    rest: list[Element | str] = []
    for child in item.children:
        if rest or (isinstance(child, Element) and child.tag in _BLOCK_TAGS):
            if not rest and isinstance(child, Element) and child.tag == "p" and not _has_text(inline):
                inline.extend(child.children)  # a "loose" list wraps its text in <p>
                continue
            rest.append(child)
        else:
            inline.append(child)
    return inline, rest


def _has_text(nodes: list[Element | str]) -> bool:
    return any((n.strip() if isinstance(n, str) else n.text().strip()) for n in nodes)


def _pieces(nodes: Iterable[Element | str], style: _Style) -> list[_Piece]:
    pieces: list[_Piece] = []
    for node in nodes:
        if isinstance(node, str):
            pieces.append(_Piece(node, style))
            continue
        if SITE_ONLY in node.classes:
            continue
        tag = node.tag
        if tag == "br":
            pieces.append(_Piece("", style, line_break=True))
        elif tag == "input":
            continue  # check boxes are drawn by the list
        elif tag in ("strong", "b"):
            pieces += _pieces(node.children, replace(style, bold=True))
        elif tag in ("em", "i"):
            pieces += _pieces(node.children, replace(style, italic=True))
        elif tag == "mark" and BLANK_CLASS in node.classes:
            pieces += _pieces(node.children, replace(style, blank=True))
        elif tag == "a" and node.attrs.get("href"):
            pieces += _pieces(node.children, replace(style, href=node.attrs["href"]))
        else:  # span, abbr, code, label, mark ...: the text is what counts
            pieces += _pieces(node.children, style)
    return pieces


def _tidy(pieces: list[_Piece]) -> list[_Piece]:
    """Fold white space as a browser does: one space between words, none at the edges."""
    out: list[_Piece] = []
    space_before = True  # at the start of a paragraph, and after a line break
    for piece in pieces:
        if piece.line_break:
            if out and not out[-1].line_break:
                out[-1] = replace(out[-1], text=out[-1].text.rstrip())
            out.append(piece)
            space_before = True
            continue
        text = re.sub(r"\s+", " ", piece.text)
        if space_before:
            text = text.lstrip()
        if not text:
            continue
        space_before = text.endswith(" ")
        if out and not out[-1].line_break and out[-1].style == piece.style:
            out[-1] = replace(out[-1], text=out[-1].text + text)
        else:
            out.append(_Piece(text, piece.style))
    if out and not out[-1].line_break:
        out[-1] = replace(out[-1], text=out[-1].text.rstrip())
    return [p for p in out if p.line_break or p.text]


def _same_stamp(data: bytes, dated: date) -> bytes:
    """The zip again, with one fixed time on every entry instead of the moment of saving."""
    stamp = (max(dated.year, 1980), dated.month, dated.day, 0, 0, 0)
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()


def _bare(url: str) -> str:
    return re.sub(r"^(https?://)", "", url).rstrip("/")


# -- raw WordprocessingML where python-docx has no API -----------------------------------------------

def _set_fonts(style_element, font: str) -> None:
    rpr = style_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), font)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)


def _set_language(style_element) -> None:
    rpr = style_element.get_or_add_rPr()
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)


#: The elements that follow w:pBdr inside w:pPr (ECMA-376, CT_PPrBase).
_AFTER_PBDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
               "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
               "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
               "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
               "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")


def _border(paragraph: Paragraph, side: str, colour: str, size: int, space: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    borders = ppr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        ppr.insert_element_before(borders, *_AFTER_PBDR)  # Word insists on the schema's order
    line = OxmlElement(f"w:{side}")
    line.set(qn("w:val"), "single")
    line.set(qn("w:sz"), str(size))
    line.set(qn("w:space"), str(space))
    line.set(qn("w:color"), colour.lstrip("#").upper())
    borders.append(line)


def _bottom_border(paragraph: Paragraph, colour: str) -> None:
    _border(paragraph, "bottom", colour, 12, 4)


def _left_border(paragraph: Paragraph, colour: str) -> None:
    _border(paragraph, "left", colour, 18, 8)
    paragraph.paragraph_format.left_indent = Cm(0.4)


def _page_number(paragraph: Paragraph) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "17")
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _new_numbering(doc, paragraph: Paragraph) -> int:
    """A fresh count for one numbered list: Word's list style would count on across the document."""
    numbering = doc.part.numbering_part.element
    style_num = paragraph.style.element.pPr.numPr.numId.val
    abstract = numbering.num_having_numId(style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def _use_numbering(paragraph: Paragraph, num_id: int) -> None:
    numpr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    numpr.get_or_add_ilvl().val = 0
    numpr.get_or_add_numId().val = num_id
