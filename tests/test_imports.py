"""`schoolprotocol check` is the inner loop of a school leader editing the config: it imports no build machinery.

Run in a fresh process (this test session has long imported everything), with this checkout's sources.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import EXAMPLE, ROOT

pytestmark = pytest.mark.snel

#: What a build needs and a check does not: the generator, its Markdown, the PDF and Word libraries.
BUILD_ONLY = ("weasyprint", "docx", "mkdocs", "material", "markdown", "mkdocs_macros", "pymdownx", "bs4",
              "pypdfium2")

_RUN_CHECK = """
import json, sys
from schoolprotocol.cli import main
code = main(["check", "--config", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _python(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)


def _build_only(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in BUILD_ONLY)


def test_check_imports_no_build_machinery():
    result = _python("-c", _RUN_CHECK, str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    modules = set(report["modules"])
    assert report["code"] == 0 and "in orde" in result.stdout
    assert "schoolprotocol.pipeline" in modules  # the check really ran its own path
    assert _build_only(modules) == [], "check imported what only a build needs"


def test_check_command_imports_no_build_machinery():
    """The same through `python -m schoolprotocol check`, read from `-X importtime`."""
    result = _python("-X", "importtime", "-m", "schoolprotocol", "check", "--config", str(EXAMPLE))
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[1].strip() for line in result.stderr.splitlines()
                if line.startswith("import time:") and "|" in line}
    assert "schoolprotocol.facts" in imported
    assert _build_only(imported) == []

