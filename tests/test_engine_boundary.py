"""The generator stays behind its interface (issue 14, point 4).

Only `src/schoolprotocol/engine/` and the page adapter `macros/` may import
the generator's packages; everything else goes through `schoolprotocol.engine`.
And what the pages get must survive any engine: Zensical deep-copies the page
variables, and a read-only namespace that recursed on a half-made copy stopped
a Zensical build (RecursionError).
"""

from __future__ import annotations

import ast
import copy
from pathlib import Path

import pytest

from conftest import ROOT
from schoolprotocol.render.escape import Ns

pytestmark = pytest.mark.snel

#: The generator's packages (MkDocs, its theme, its plugins and Markdown extensions).
ENGINE_PACKAGES = {"mkdocs", "material", "mkdocs_macros", "pymdownx"}
ENGINE_PLACES = (ROOT / "src" / "schoolprotocol" / "engine", ROOT / "macros")


def engine_imports(path: Path) -> list[str]:
    """Every import in a Python file of one of the generator's packages, as 'line: module'."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        names = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names = [str(node.args[0].value)]
        found += [f"{node.lineno}: {name}" for name in names if name.split(".")[0] in ENGINE_PACKAGES]
    return found


def test_only_the_engine_package_and_the_page_adapter_import_the_generator():
    offenders = {}
    for path in sorted((ROOT / "src").rglob("*.py")):
        if any(place in path.parents for place in ENGINE_PLACES):
            continue
        if hits := engine_imports(path):
            offenders[str(path.relative_to(ROOT))] = hits
    assert offenders == {}, "import the generator only in src/schoolprotocol/engine/ (or macros/)"
    # the scan sees imports at all: the engine package itself has them
    assert engine_imports(ROOT / "src" / "schoolprotocol" / "engine" / "build.py")


def test_the_scan_finds_every_way_of_importing(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nimport mkdocs.config\nfrom material import plugins\n"
                      "def f():\n    import pymdownx.details\n    importlib.import_module('mkdocs_macros')\n"
                      "from .mkdocs import x\n", encoding="utf-8")
    assert [hit.split(": ")[1] for hit in engine_imports(sample)] == ["mkdocs.config", "material", "pymdownx.details",
                                                                      "mkdocs_macros"]


def test_page_namespace_survives_copy_and_stays_strict():
    inner = Ns({"naam": "Mentor"}, "personen.mentor")
    outer = Ns({"mentor": inner}, "personen")
    for copied in (copy.copy(outer), copy.deepcopy(outer), copy.deepcopy({"personen": outer})["personen"]):
        assert copied.mentor.naam == "Mentor" and copied["mentor"]["naam"] == "Mentor"
    with pytest.raises(AttributeError, match="'personen' heeft geen veld 'leraar'"):
        outer.leraar
    assert not hasattr(outer, "__setstate__")
