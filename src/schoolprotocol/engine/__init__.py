"""The site generator behind a small interface: the only package that knows MkDocs and Material.

Everything else calls these names; a test fails when another module imports
`mkdocs`, `material`, `mkdocs_macros` or `pymdownx`. The page adapter
(`macros/` at the project's top level, where `mkdocs.yml` finds it) is the
one other place. A move to another generator (see ARCHITECTURE.md, Zensical)
replaces this package and that adapter.

- `build_site`: one site for one audience into a folder the caller stages.
- `fix_theme_markup`: the build step that repairs the theme's HTML and adds the CSP.
- `preload`: import the generator before a batch forks its workers.
- `install`: keep compiled templates (`jinjacache`) in the generator; the page adapter calls it.
- `serve_site`: a live preview of the public site (the generator's own development server).
"""

from __future__ import annotations

from ..errors import EngineError
from .build import apply_theme, build_site, clean_stale_settings, handed_over, install
from .markup import fix_theme_markup
from .serve import PREVIEW_MARKER, serve_site

__all__ = ["EngineError", "PREVIEW_MARKER", "apply_theme", "build_site", "clean_stale_settings", "fix_theme_markup",
           "handed_over", "install", "preload", "serve_site"]


def preload() -> None:
    """Import the generator once, so forked workers do not each pay for it."""
    import material  # noqa: F401
    import mkdocs.commands.build  # noqa: F401
    import mkdocs_macros.plugin  # noqa: F401
    import pymdownx.details  # noqa: F401
