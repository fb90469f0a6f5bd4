"""The school's colours as theme variables that keep text readable (WCAG AA).

A school picks its house colours for looks; we derive the shades Material
needs so that text on the header and links in the text reach a contrast of
at least 4.5:1, in the light and in the dark scheme.
"""

from __future__ import annotations

import colorsys

WHITE = "#ffffff"
BLACK = "#000000"
#: Material's slate background: hsla(225, 15%, 14%) (its default --md-hue is 225deg),
#: as Chromium renders it.
SLATE_BG = "#1e2129"
SLATE_TEXT = "#e2e4e9"
AA = 4.5
#: What we aim for: a hair above AA, so that rounding in the browser (blended,
#: semi-transparent backgrounds) never drops a colour just below 4.5:1.
TARGET = 4.6
#: How strongly the accent tints the emergency block (`.noodblok`); the "1a" alpha in theme_css.
TINT = 0x1a / 255


def _rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def _hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def luminance(hex_colour: str) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (channel(c) for c in _rgb(hex_colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white, whichever reads better on `background`."""
    return WHITE if contrast(WHITE, background) >= contrast(BLACK, background) else BLACK


def mix(colour: str, background: str, alpha: float) -> str:
    """`colour` at opacity `alpha` painted over `background`, as the browser shows it."""
    return _hex(tuple(alpha * c + (1 - alpha) * b for c, b in zip(_rgb(colour), _rgb(background))))


def readable_on(colour: str, background: str, *more: str, minimum: float = TARGET) -> str:
    """`colour` made lighter or darker, in small steps, until it reaches `minimum` on every background.

    The backgrounds must all be light or all be dark (the first one decides).
    """
    backgrounds = (background, *more)

    def worst(candidate: str) -> float:
        return min(contrast(candidate, bg) for bg in backgrounds)

    if worst(colour) >= minimum:
        return colour
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    darker = luminance(background) > 0.5
    step = -0.01 if darker else 0.01
    while 0.0 <= lightness <= 1.0:
        lightness += step
        candidate = _hex(colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness)), s))
        if worst(candidate) >= minimum:
            return candidate
    return BLACK if darker else WHITE


def _shade(colour: str, amount: float) -> str:
    h, lightness, s = colorsys.rgb_to_hls(*_rgb(colour))
    return _hex(colorsys.hls_to_rgb(h, max(0.0, min(1.0, lightness + amount)), s))


def theme_css(primary: str, accent: str) -> str:
    """CSS custom properties for Material's `custom` palette, light and dark."""
    header = primary if contrast(primary, text_on(primary)) >= AA else readable_on(primary, WHITE)
    on_header = text_on(header)
    accent_light = readable_on(accent, WHITE)
    accent_dark = readable_on(accent, SLATE_BG)
    # Links also sit in the emergency block, whose background the accent tints.
    link_light = readable_on(primary, WHITE, mix(accent_light, WHITE, TINT))
    link_dark = readable_on(primary, SLATE_BG, mix(accent_dark, SLATE_BG, TINT))
    return (
        ":root{"
        f"--md-primary-fg-color:{header};"
        f"--md-primary-fg-color--light:{_shade(header, 0.12)};"
        f"--md-primary-fg-color--dark:{_shade(header, -0.12)};"
        f"--md-primary-bg-color:{on_header};"
        f"--md-primary-bg-color--light:{on_header}b3;"
        f"--md-accent-fg-color:{accent_light};"
        f"--md-accent-fg-color--transparent:{accent_light}1a;"
        f"--md-accent-bg-color:{text_on(accent_light)};"
        f"--md-typeset-a-color:{link_light};"
        f"--school-primair:{primary};--school-accent:{accent};"
        # The light shades stay reachable in the dark scheme, for parts with a light design of their own.
        f"--school-link-licht:{link_light};--school-accent-licht:{accent_light};"
        "}"
        "[data-md-color-scheme=slate]{"
        f"--md-typeset-a-color:{link_dark};"
        f"--md-accent-fg-color:{accent_dark};"
        f"--md-accent-fg-color--transparent:{accent_dark}1a;"
        f"--md-accent-bg-color:{text_on(accent_dark)};"
        "}"
    )
