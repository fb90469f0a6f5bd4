"""Pages that are not files in the content folder: the school's own pages (`eigen/paginas/`).

They become pages of the build the way MkDocs makes any page: a `File` among the build's files,
here made from Markdown in memory (`File.generated`), so nothing is written into the project
or the school's folder. A small plugin object adds them in `on_files`; it is given to this
build's settings only (not `mkdocs.yml`), and the menu gets a section that lists them.
"""

from __future__ import annotations

from typing import Any, Sequence

from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

PLUGIN_NAME = "schoolprotocol-eigen"


class ExtraPages(BasePlugin):
    """Adds generated pages (anything with `src_uri` and `markdown`) to the build's files."""

    def __init__(self, pages: Sequence[Any]) -> None:
        super().__init__()
        self.pages = tuple(pages)

    def on_files(self, files: Files, *, config: Any) -> Files:
        for page in self.pages:
            if files.get_file_from_path(page.src_uri) is not None:
                files.remove(files.get_file_from_path(page.src_uri))  # never: the content has no such folder
            files.append(File.generated(config, page.src_uri, content=page.markdown))
        return files


def add_extra_pages(config: Any, pages: Sequence[Any], section: str) -> None:
    """Give this build the pages and a menu section with them, before the staff-only part of the menu."""
    if not pages:
        return
    config.plugins[PLUGIN_NAME] = ExtraPages(pages)
    entry = {section: [page.src_uri for page in pages]}
    nav = config["nav"]
    if nav is None:
        return  # no menu given: MkDocs lists every page itself
    position = next((i for i, item in enumerate(nav) if isinstance(item, dict)
                     and isinstance(next(iter(item.values())), list)), len(nav))
    nav.insert(position, entry)
