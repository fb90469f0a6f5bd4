"""Build hook: the national text, theme, data and settings go into the wheel, at `schoolprotocol/project/`.

They stay at the top level of the repository (the layout `mkdocs.yml` expects). Only a real wheel
gets copies: an editable install (`./run`) reads them from the checkout, so a copy could never go
stale there. `schoolprotocol.paths` finds either.
"""

from __future__ import annotations

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: repository path -> path inside the wheel
PROJECT_FILES = {
    "content": "schoolprotocol/project/content",
    "overrides": "schoolprotocol/project/overrides",
    "data": "schoolprotocol/project/data",
    "macros/__init__.py": "schoolprotocol/project/macros/__init__.py",
    "macros/hooks.py": "schoolprotocol/project/macros/hooks.py",
    "mkdocs.yml": "schoolprotocol/project/mkdocs.yml",
    "schema": "schoolprotocol/project/schema",
    # where `schoolprotocol nieuw` starts a school's config
    "voorbeelden/po.yml": "schoolprotocol/project/voorbeelden/po.yml",
    "voorbeelden/vo.yml": "schoolprotocol/project/voorbeelden/vo.yml",
    "voorbeelden/mbo.yml": "schoolprotocol/project/voorbeelden/mbo.yml",
}


class ProjectFilesHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name == "wheel" and version == "standard":
            build_data["force_include"].update(PROJECT_FILES)
