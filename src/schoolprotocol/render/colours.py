"""The school's colours, made readable everywhere they are used (WCAG contrast).

A school picks its house colours for looks. From those two colours we derive
every colour that text or a link gets, for every background it sits on: the
site in its light and dark scheme, the PDFs (and the incident card), and the
Word letters. Each derived colour reaches at least 4.5:1 (WCAG AA) on each of
its backgrounds, and 7:1 (AAA) inside the emergency block (`.noodblok`).

A colour that is too light or too dark is moved in lightness only, in OKLCH
(a perceptual space): the hue stays, and the chroma stays as far as the sRGB
gamut allows, so a red stays a red and a blue a blue. A colour that already
reads well is used as it is. Backgrounds in the school's colour (the header,
the card's bands) keep the colour itself whenever black or white text on it
reaches the target, which is the case for almost every colour.
"""

from __future__ import annotations

import functools
import math
from dataclasses import asdict, dataclass

WHITE = "#ffffff"
BLACK = "#000000"
#: Material's slate background: hsla(225, 15%, 14%) (its default --md-hue is 225deg),
#: as Chromium renders it.
SLATE_BG = "#1e2129"
#: Material's slate text colour, hsla(225, 15%, 90%), drawn at SLATE_TEXT_ALPHA.
SLATE_TEXT = "#e2e4e9"
SLATE_TEXT_ALPHA = 0.82
#: Material's light text colour is black at 87% (#000000de).
LIGHT_TEXT_ALPHA = 0xde / 255
AA = 4.5
AAA = 7.0
#: What we aim for: a hair above the norm, so that rounding in the browser (blended,
#: semi-transparent backgrounds) never drops a colour just below it.
TARGET = 4.6
TARGET_EMERGENCY = 7.1
#: How strongly the accent tints a background (the "1a" alpha Material uses for its
#: `--md-accent-fg-color--transparent`, and our emergency block).
TINT = 0x1a / 255
#: Material's search box in the header on wide screens: black at 26% (#00000042) over the header.
SEARCH_SHADE = 0x42 / 255


# -- sRGB, WCAG -------------------------------------------------------------------------------------

def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _gamma(c: float) -> float:
    return c * 12.92 if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055


def luminance(hex_colour: str) -> float:
    """WCAG 2 relative luminance."""
    r, g, b = (_linear(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on `background` (always at least 4.58:1)."""
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK


def mix(colour: str, background: str, alpha: float) -> str:
    """`colour` at opacity `alpha` painted over `background`, as the browser shows it."""
    return _hex(tuple(alpha * c + (1 - alpha) * b for c, b in zip(_rgb(colour), _rgb(background))))


# -- OKLab / OKLCH (Björn Ottosson's matrices) -------------------------------------------------------

def _oklab(hex_colour: str) -> tuple[float, float, float]:
    r, g, b = (_linear(c) for c in _rgb(hex_colour))
    l_ = (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b) ** (1 / 3)
    m_ = (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b) ** (1 / 3)
    s_ = (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b) ** (1 / 3)
    return (0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720603 * s_,
            1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
            0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_)


def _linear_from_oklab(lightness: float, a: float, b: float) -> tuple[float, float, float]:
    l_ = lightness + 0.3963377774 * a + 0.2158037573 * b
    m_ = lightness - 0.1055613458 * a - 0.0638541728 * b
    s_ = lightness - 0.0894841775 * a - 1.2914855480 * b
    l, m, s = l_ ** 3, m_ ** 3, s_ ** 3
    return (4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
            -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
            -0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s)


#: Below this chroma a colour is grey: its hue is rounding noise, so it stays grey.
GREY_CHROMA = 0.002


def oklch(hex_colour: str) -> tuple[float, float, float]:
    """Lightness (0-1), chroma and hue (degrees); a grey has chroma 0."""
    lightness, a, b = _oklab(hex_colour)
    chroma = math.hypot(a, b)
    if chroma < GREY_CHROMA:
        return lightness, 0.0, 0.0
    return lightness, chroma, math.degrees(math.atan2(b, a)) % 360


def from_oklch(lightness: float, chroma: float, hue: float) -> str:
    """The sRGB colour with this lightness and hue; chroma is reduced until it fits in sRGB."""
    lightness = max(0.0, min(1.0, lightness))
    angle = math.radians(hue)

    def linear(c: float) -> tuple[float, float, float]:
        return _linear_from_oklab(lightness, c * math.cos(angle), c * math.sin(angle))

    def inside(rgb: tuple[float, float, float]) -> bool:
        return all(-1e-6 <= v <= 1 + 1e-6 for v in rgb)

    if not inside(linear(chroma)):
        low, high = 0.0, chroma
        for _ in range(24):
            middle = (low + high) / 2
            low, high = (middle, high) if inside(linear(middle)) else (low, middle)
        chroma = low
    return _hex(tuple(_gamma(max(0.0, min(1.0, v))) for v in linear(chroma)))


# -- derived colours ---------------------------------------------------------------------------------

def readable_on(colour: str, background: str, *more: str, minimum: float = TARGET) -> str:
    """`colour` with the least change of OKLCH lightness that reaches `minimum` on every background.

    Hue (and chroma, as far as sRGB allows) stay. The backgrounds must all be light or all be
    dark (the first one decides whether the colour gets darker or lighter).
    """
    backgrounds = (background, *more)

    def worst(candidate: str) -> float:
        return min(contrast(candidate, bg) for bg in backgrounds)

    if worst(colour) >= minimum:
        return colour
    lightness, chroma, hue = oklch(colour)
    darker = contrast(BLACK, background) >= contrast(WHITE, background)
    end = 0.0 if darker else 1.0
    # Contrast grows as the lightness moves towards `end`: bisect for the smallest move that reaches it.
    near, far = lightness, end
    if worst(from_oklch(far, chroma, hue)) < minimum:
        return BLACK if darker else WHITE
    for _ in range(24):  # far below one step of 8-bit sRGB
        middle = (near + far) / 2
        if worst(from_oklch(middle, chroma, hue)) >= minimum:
            far = middle
        else:
            near = middle
    return from_oklch(far, chroma, hue)


def _lightness_change(a: str, b: str) -> float:
    return abs(oklch(a)[0] - oklch(b)[0])


def band(colour: str, minimum: float = TARGET) -> tuple[str, str]:
    """A background in the school's colour and the text on it: (background, black or white).

    The colour itself when black or white text on it reaches `minimum`; otherwise the colour
    made darker (for white text) or lighter (for black text), whichever changes it least.
    """
    if contrast(colour, text_on(colour)) >= minimum:
        return colour, text_on(colour)
    darker = readable_on(colour, WHITE, minimum=minimum)
    lighter = readable_on(colour, BLACK, minimum=minimum)
    if _lightness_change(colour, darker) <= _lightness_change(colour, lighter):
        return darker, WHITE
    return lighter, BLACK


def _alpha_on(colour: str, background: str, alpha: float, minimum: float = TARGET) -> float:
    """The smallest opacity from `alpha` up at which `colour` over `background` still reaches `minimum`."""
    while alpha < 1 and contrast(mix(colour, background, alpha), background) < minimum:
        alpha = min(1.0, alpha + 1 / 255)
    return alpha


@dataclass(frozen=True)
class Scheme:
    """The colours of one colour scheme of the site; all solid."""

    background: str
    text: str
    """Body text as Material draws it (semi-transparent), flattened onto `background`."""
    link: str
    """Links, on `background` and on `tint`."""
    accent: str
    """Hover and focus colour of links, search marks; on `background` and on `tint`."""
    on_accent: str
    """Text on an `accent` background (a hovered button)."""
    tint: str
    """Material's accent tint (hovered rows, search results) over `background`."""
    emergency: str
    """Background of the emergency block: the school's accent, lightly over `background`."""
    emergency_text: str
    emergency_link: str
    emergency_hover: str


@dataclass(frozen=True)
class SiteTheme:
    primary: str
    accent: str
    header: str
    """The header bar, the drawer's title and the primary button (text: `on_header`)."""
    on_header: str
    on_header_alpha: float
    """Opacity of the header's secondary text (search placeholder); readable on `header`."""
    search: str
    """The search box in the header on wide screens (Material: black at 26%, here always readable)."""
    emergency_button: str
    """The primary button inside the emergency block (text: `on_emergency_button`, 7:1)."""
    on_emergency_button: str
    emergency_button_hover: str
    on_emergency_button_hover: str
    light: Scheme
    dark: Scheme


def _scheme(primary: str, accent: str, background: str, text: str) -> Scheme:
    """Links from the primary colour, hover from the accent, both readable on the background and its tints."""
    # The tint is made from the accent itself, so a darker accent makes a darker tint: repeat until the
    # accent reads on the tint made from it (two rounds were not always enough: #dc2bb9 gave 4.49:1).
    accent_text = readable_on(accent, background)
    tint = mix(accent_text, background, TINT)
    for _ in range(12):
        if contrast(accent_text, tint) >= TARGET:
            break
        accent_text = readable_on(accent_text, background, tint)
        tint = mix(accent_text, background, TINT)
    emergency = mix(accent, background, TINT)
    return Scheme(
        background=background,
        text=text,
        link=readable_on(primary, background, tint),
        accent=accent_text,
        on_accent=text_on(accent_text),
        tint=tint,
        emergency=emergency,
        emergency_text=readable_on(text, emergency, minimum=TARGET_EMERGENCY),
        emergency_link=readable_on(primary, emergency, minimum=TARGET_EMERGENCY),
        emergency_hover=readable_on(accent, emergency, minimum=TARGET_EMERGENCY),
    )


@functools.lru_cache(maxsize=64)  # the same two colours for both sites, the PDFs and the letters
def site_theme(primary: str, accent: str) -> SiteTheme:
    header, on_header = band(primary)
    alpha = _alpha_on(on_header, header, 0xb3 / 255)
    search = mix(BLACK if on_header == WHITE else WHITE, header, SEARCH_SHADE)
    button, on_button = band(primary, TARGET_EMERGENCY)
    hover, on_hover = band(accent, TARGET_EMERGENCY)
    return SiteTheme(
        primary=primary, accent=accent,
        header=header, on_header=on_header, on_header_alpha=alpha, search=search,
        emergency_button=button, on_emergency_button=on_button,
        emergency_button_hover=hover, on_emergency_button_hover=on_hover,
        light=_scheme(primary, accent, WHITE, mix(BLACK, WHITE, LIGHT_TEXT_ALPHA)),
        dark=_scheme(primary, accent, SLATE_BG, mix(SLATE_TEXT, SLATE_BG, SLATE_TEXT_ALPHA)),
    )


def _shade(colour: str, amount: float) -> str:
    lightness, chroma, hue = oklch(colour)
    return from_oklch(lightness + amount, chroma, hue)


@functools.lru_cache(maxsize=64)
def theme_css(primary: str, accent: str) -> str:
    """CSS custom properties for Material's `custom` palette and our own rules, light and dark."""
    t = site_theme(primary, accent)

    def scheme(s: Scheme) -> str:
        return (
            f"--md-typeset-a-color:{s.link};"
            f"--md-accent-fg-color:{s.accent};"
            f"--md-accent-fg-color--transparent:{s.accent}1a;"
            f"--md-accent-bg-color:{s.on_accent};"
            f"--school-nood-bg:{s.emergency};"
            f"--school-nood-tekst:{s.emergency_text};"
            f"--school-nood-link:{s.emergency_link};"
            f"--school-nood-hover:{s.emergency_hover};"
        )
    # Material sets the link colour on `[data-md-color-scheme=default]` as well (to its primary
    # colour), so the light scheme's values go there too, not only on :root.
    return (
        ":root,[data-md-color-scheme=default]{"
        f"--md-primary-fg-color:{t.header};"
        f"--md-primary-fg-color--light:{_shade(t.header, 0.08)};"
        f"--md-primary-fg-color--dark:{_shade(t.header, -0.08)};"
        f"--md-primary-bg-color:{t.on_header};"
        f"--md-primary-bg-color--light:{t.on_header}{round(t.on_header_alpha * 255):02x};"
        f"--school-zoek-bg:{t.search};"
        f"--school-nood-knop:{t.emergency_button};--school-nood-knop-tekst:{t.on_emergency_button};"
        f"--school-nood-knop-hover:{t.emergency_button_hover};"
        f"--school-nood-knop-hover-tekst:{t.on_emergency_button_hover};"
        f"--school-primair:{primary};--school-accent:{accent};"
        + scheme(t.light) +
        # The light shades stay reachable in the dark scheme, for parts with a light design of their own.
        f"--school-link-licht:{t.light.link};--school-accent-licht:{t.light.accent};"
        "}"
        "[data-md-color-scheme=slate]{" + scheme(t.dark) + "}"
    )


# -- paper and Word ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PaperColours:
    """The school's colours for paper (white), with the names the print templates use."""

    primair: str
    accent: str
    band: str
    """Bands in the primary colour (card header, step numbers); text on it: `op_band`."""
    op_band: str
    kop: str
    """Headings and links on white."""
    accent_tekst: str
    """The accent as text (list markers) on white."""
    accent_band: str
    """Bands and lines in the accent colour (the card's alarm line); text on it: `op_accent`."""
    op_accent: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


@functools.lru_cache(maxsize=64)
def paper_colours(primary: str, accent: str) -> PaperColours:
    band_colour, on_band = band(primary)
    accent_band, on_accent = band(accent)
    return PaperColours(primair=primary, accent=accent, band=band_colour, op_band=on_band,
                        kop=readable_on(primary, WHITE), accent_tekst=readable_on(accent, WHITE),
                        accent_band=accent_band, op_accent=on_accent)


@dataclass(frozen=True)
class WordColours:
    heading: str
    link: str


@functools.lru_cache(maxsize=64)
def word_colours(primary: str) -> WordColours:
    """Headings and links in a letter (white paper): the school's primary colour, readable."""
    readable = readable_on(primary, WHITE)
    return WordColours(heading=readable, link=readable)
