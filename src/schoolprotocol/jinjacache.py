"""Compiled Jinja templates, kept for the process and on disk: compiling was a third of a site build.

Every build compiles the same templates again: MkDocs makes a new Jinja environment per build
(about forty theme templates), mkdocs-macros compiles every page's Markdown as a template, and
the steps texts and print templates are templates too. Compiling is pure work on unchanged
input, so its result is kept:

- in memory, for the rest of the process (a build makes two sites; a batch many more);
- in a folder on disk, for the next process, when `SCHOOLPROTOCOL_CACHE` names one (`folder()`).

Nothing goes to disk unless asked: a build writes nothing outside the school's folder and the
output folders (not in the home folder, not in the temporary folder), and nothing into the
source tree. So a school's build keeps compiled templates for as long as the process runs (both
sites of one build share them). The test suite, which builds hundreds of sites, points
`SCHOOLPROTOCOL_CACHE` at a folder of its own (tests/conftest.py); so can a developer.

A kept template is used only for the same source and the same way of compiling: the key holds
the source's hash, the environment's syntax and options, the filters and tests it knows (the
optimizer may call a filter on constant arguments while compiling), and the versions of Python
and Jinja. Anything else compiles as before. Reading or writing the folder never fails a build:
a folder that cannot be written just keeps nothing.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import tempfile
import weakref
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.bccache import Bucket, BytecodeCache, bc_magic

CACHE_ENV = "SCHOOLPROTOCOL_CACHE"
#: Entries on disk, and in memory, before the oldest half is removed (`mkdocs serve` adds one per page edit).
MAX_FILES = 4000
MAX_IN_MEMORY = 2000
_OFF = {"uit", "off", "0", "nee", "no", "false"}


def folder() -> Path | None:
    """Where compiled templates are kept between processes (`SCHOOLPROTOCOL_CACHE`); None: only in memory."""
    chosen = (os.environ.get(CACHE_ENV) or "").strip()
    if not chosen or chosen.lower() in _OFF:
        return None
    return Path(chosen).expanduser() / "jinja"


#: Filters and tests already described, by the function itself: held weakly, because mkdocs-macros makes new
#: filter functions for every build (closures over that build's plugin, config and pages); a plain dict kept
#: every build of a batch alive (about 3 MB per school).
_IDS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


def _value_id(value: Any) -> str:
    """A value a filter closes over: its repr, or its type where the repr is only an address
    (mkdocs-macros' own filters close over the plugin object, which is new in every build)."""
    text = repr(value)
    return type(value).__qualname__ if " at 0x" in text else text[:200]


def _callable_id(function: Any, depth: int = 0) -> str:
    """A filter or test as text that is the same in every process for the same behaviour.

    Its name, how Jinja passes it arguments, and its code and the values it closes over: the
    optimizer may call it on constant arguments while compiling, so its result can be inside the
    compiled template. Something whose text would differ per process (an address in a repr) only
    makes the template compile again, never reuses a wrong one; an object whose repr is only its
    address counts by its type.
    """
    try:
        return _IDS[function]
    except (KeyError, TypeError):
        pass
    inner = getattr(function, "__func__", function)
    code = getattr(inner, "__code__", None)
    parts = [f"{getattr(inner, '__module__', '')}.{getattr(inner, '__qualname__', type(inner).__qualname__)}",
             str(getattr(inner, "jinja_pass_arg", ""))]
    if isinstance(code, CodeType):
        parts.append(hashlib.sha256(marshal.dumps(code)).hexdigest()[:16])
        for cell in getattr(inner, "__closure__", None) or ():
            try:
                value = cell.cell_contents
            except ValueError:  # an empty cell
                parts.append("-")
                continue
            parts.append(_callable_id(value, depth + 1) if callable(value) and depth < 3 else _value_id(value))
    else:
        parts.append(_value_id(inner))
    text = "|".join(parts)
    if depth:
        return text
    try:
        _IDS[function] = text
    except TypeError:
        pass
    return text


def fingerprint(env: jinja2.Environment, name: str | None) -> str:
    """Everything besides the source that decides what `env.compile` makes of a template called `name`."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    finalize = _callable_id(env.finalize) if env.finalize is not None else ""
    parts = [
        jinja2.__version__, sys.implementation.cache_tag or sys.version, type(env).__qualname__,
        repr((env.block_start_string, env.block_end_string, env.variable_start_string, env.variable_end_string,
              env.comment_start_string, env.comment_end_string, env.line_statement_prefix, env.line_comment_prefix,
              env.trim_blocks, env.lstrip_blocks, env.newline_sequence, env.keep_trailing_newline,
              env.optimized, env.is_async, bool(autoescape), finalize)),
        ",".join(sorted(f"{k}={type(v).__module__}.{type(v).__qualname__}" for k, v in env.extensions.items())),
        ",".join(sorted(f"{k}={_callable_id(v)}" for k, v in env.filters.items())),
        ",".join(sorted(f"{k}={_callable_id(v)}" for k, v in env.tests.items())),
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()


class CompiledTemplates(BytecodeCache):
    """Jinja's bytecode cache, in memory for the process and in `folder()` across processes.

    Used for templates from a loader (the theme, the print templates) as `bytecode_cache`, and
    for templates from a string through `compile_string`. Jinja's own bucket checks the magic
    (Python and bytecode version) and the source's checksum, so a changed template compiles again.
    """

    def __init__(self, directory: Path | None | bool = True) -> None:
        """`directory`: the folder; True: `folder()`, looked up when the disk is first needed."""
        self._chosen = directory
        self.memory: dict[str, bytes] = {}
        self._pruned = False

    @property
    def _directory(self) -> Path | None:
        if self._chosen is True:
            self._chosen = folder() or False
        return self._chosen or None

    # -- Jinja's interface (loader templates) ------------------------------------------------------
    def get_bucket(self, environment: jinja2.Environment, name: str, filename: str | None, source: str) -> Bucket:
        key = hashlib.sha256(f"{fingerprint(environment, name)}\x00{name}\x00{filename}".encode("utf-8")).hexdigest()
        bucket = Bucket(environment, key, self.get_source_checksum(source))
        self.load_bytecode(bucket)
        return bucket

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self.memory.get(bucket.key)
        if data is None:
            data = self._read(bucket.key)
            if data is not None:
                self.memory[bucket.key] = data
        if data is not None:
            bucket.bytecode_from_string(data)  # a wrong magic or checksum leaves the bucket empty

    def dump_bytecode(self, bucket: Bucket) -> None:
        data = bucket.bytecode_to_string()
        if len(self.memory) >= MAX_IN_MEMORY:
            for key in list(self.memory)[: MAX_IN_MEMORY // 2]:
                del self.memory[key]
        self.memory[bucket.key] = data
        self._write(bucket.key, data)

    # -- templates from a string -----------------------------------------------------------------
    def compile_string(self, env: jinja2.Environment, source: str) -> CodeType:
        """`env.compile(source)` for `env.from_string`, kept like a loader template."""
        checksum = self.get_source_checksum(source)
        key = hashlib.sha256(f"{fingerprint(env, None)}\x00<string>\x00{checksum}".encode("utf-8")).hexdigest()
        bucket = Bucket(env, key, checksum)
        self.load_bytecode(bucket)
        if bucket.code is None:
            bucket.code = jinja2.Environment.compile(env, source)
            self.dump_bytecode(bucket)
        return bucket.code

    # -- the folder --------------------------------------------------------------------------------
    def _read(self, key: str) -> bytes | None:
        if self._directory is None:
            return None
        try:
            data = (self._directory / key).read_bytes()
        except OSError:
            return None
        return data if data.startswith(bc_magic) else None

    def _write(self, key: str, data: bytes) -> None:
        if self._directory is None:
            return
        try:
            self._directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            handle, temporary = tempfile.mkstemp(dir=self._directory, prefix=".tmp-")
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, self._directory / key)  # whole or not at all, also with parallel builds
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            if not self._pruned:
                self._pruned = True
                self._prune()
        except OSError:
            pass  # read-only home, full disk: the build goes on without keeping this template

    def _prune(self) -> None:
        entries = []
        for path in self._directory.iterdir():
            try:
                entries.append((path.stat().st_mtime, path))
            except OSError:
                continue
        if len(entries) > MAX_FILES:
            for _, path in sorted(entries)[: len(entries) // 2]:
                path.unlink(missing_ok=True)

    def clear(self) -> None:
        self.memory.clear()


#: One cache for the whole process.
TEMPLATES = CompiledTemplates()


class Environment(jinja2.Environment):
    """A Jinja environment whose templates, from a loader or a string, are compiled once (see the module)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("bytecode_cache", TEMPLATES)
        super().__init__(*args, **kwargs)

    def compile(self, source: Any, name: str | None = None, filename: str | None = None, raw: bool = False,
                defer_init: bool = False) -> Any:
        if isinstance(source, str) and name is None and filename is None and not raw and not defer_init \
                and isinstance(self.bytecode_cache, CompiledTemplates):
            return self.bytecode_cache.compile_string(self, source)
        return super().compile(source, name, filename, raw, defer_init)
