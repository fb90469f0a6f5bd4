"""One flow (issue 14, point 1): the config is read and checked once per build, and every
page gets what the pipeline computed.

The oracle is the operating system's view: Python's audit hook sees every `open` of the
config file, whatever module does it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from conftest import write_school

_watched: dict[str, list[str]] = {}


def _audit(event: str, args: tuple) -> None:
    if event == "open" and _watched and isinstance(args[0], (str, Path)):
        path = str(Path(args[0]).resolve()) if not str(args[0]).startswith("/proc") else str(args[0])
        if path in _watched:
            _watched[path].append(path)


sys.addaudithook(_audit)  # cannot be removed; it only counts while a test watches a path


def test_a_build_reads_the_config_once(cli, tmp_path):
    config = write_school(tmp_path / "in")
    _watched[str(config.resolve())] = []
    try:
        result = cli("build", "--config", config, "--site", tmp_path / "site", "--intern", tmp_path / "intern",
                     "--alleen-site")
        opens = len(_watched[str(config.resolve())])
    finally:
        _watched.clear()
    assert result.code == 0, result.err
    assert opens == 1, f"the config was read {opens} times"
    # the notices (unchecked facts) are printed once each, not once per site
    notices = [line for line in result.err.splitlines() if line.startswith("Let op:")]
    assert notices and len(notices) == len(set(notices))
