"""MkDocs hooks (`hooks:` in mkdocs.yml): what has to be in place before any plugin sets itself up.

mkdocs-macros asks git twelve questions while it sets itself up, before it loads the page
adapter (`macros/__init__.py`); `on_startup` comes earlier, so a plain `mkdocs build` or
`mkdocs serve` gets the engine's settings (`schoolprotocol.engine.install`: compiled
templates kept, no questions to git) from its first build on, as `schoolprotocol build` does.
"""

from __future__ import annotations

from schoolprotocol.engine import install


def on_startup(*, command: str, dirty: bool) -> None:
    install()
