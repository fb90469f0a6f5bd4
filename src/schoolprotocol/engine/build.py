"""The MkDocs build behind one function: build a site for one config and audience.

Only this package (and the `macros/` adapter) imports MkDocs, so a move to
another generator replaces the package, not the pipeline.
Per-school settings go through a small in-memory file with `INHERIT:
mkdocs.yml`, because keyword overrides to `load_config` replace whole
sections (`extra`, `theme`) instead of merging them.
"""

from __future__ import annotations

import functools
import io
import logging
import os
import sys
import uuid
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any, Mapping, Sequence

import yaml

from .. import paths
from ..audience import Audience
from ..errors import EngineError
from .search import tune_search_index
from .fonts import copy_fonts


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def install() -> None:
    """Keep compiled templates (`jinjacache`) in MkDocs' theme and in mkdocs-macros; once per process.

    MkDocs makes a new Jinja environment for every build and compiles every Material template
    again; mkdocs-macros compiles every page's Markdown as a template. Both now go through the
    process's and the disk's cache of compiled templates. And mkdocs-macros no longer asks git.
    Called by `build_site` and `serve_site`, and by `macros/hooks.py` before the plugins set
    themselves up, so a plain `mkdocs build` or `mkdocs serve` gets the same.
    """
    import mkdocs.theme
    import mkdocs_macros.context
    import mkdocs_macros.plugin

    from ..jinjacache import TEMPLATES, Environment

    if getattr(mkdocs.theme.Theme.get_env, "_schoolprotocol", False):
        return
    original = mkdocs.theme.Theme.get_env

    def get_env(theme):
        env = original(theme)
        env.bytecode_cache = TEMPLATES
        env.loader = theme_loader(env.loader.searchpath)
        return env

    get_env._schoolprotocol = True  # type: ignore[attr-defined]
    mkdocs.theme.Theme.get_env = get_env
    # mkdocs-macros makes its environment with the name it imported: ours compiles each page once
    mkdocs_macros.plugin.Environment = Environment
    # mkdocs-macros asks git twelve questions on every build (twelve processes: a tenth of a second, more on a
    # busy machine) for its `git` variable. No page uses it, and a build must not depend on the folder's
    # history (equal input, equal bytes): it gets the answer mkdocs-macros gives outside a repository.
    mkdocs_macros.context.get_git_info = _outside_git


def theme_loader(searchpath: Sequence[str]) -> Any:
    """The theme's templates, as MkDocs' own loader finds them; listed without hidden folders and files.

    On every build MkDocs lists every file of the theme to copy its static files, and drops each name
    with a part that starts with a dot (its patterns `.*` and `*/.*`). Material keeps 14,348 icons in
    `.icons`: walking and then filtering them was a fifth of a site build in a batch (0.18 s). Left out
    of the list only: templates, icons included, are still found by name.
    """
    return _theme_loader_class()(searchpath)


@functools.cache
def _theme_loader_class() -> type:
    import jinja2  # not at import time: `check` imports this package and needs no Jinja

    class ThemeLoader(jinja2.FileSystemLoader):
        def list_templates(self) -> list[str]:
            found = set()
            for root in self.searchpath:
                for folder, subfolders, files in os.walk(root, followlinks=self.followlinks):
                    subfolders[:] = [name for name in subfolders if not name.startswith(".")]
                    found.update(os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
                                 for name in files if not name.startswith("."))
            return sorted(found)

    return ThemeLoader


#: What mkdocs-macros' `git` variable holds outside a git repository (its `get_git_info`).
_GIT_KEYS = ("short_commit", "commit", "tag", "short_tag", "author", "author_email", "committer", "committer_email",
             "date_ISO", "message", "raw", "root_dir")


def _outside_git() -> dict[str, Any]:
    return {"status": False, "date": None, **dict.fromkeys(_GIT_KEYS, "")}


#: What the pipeline computed for each build in progress, by token: the page adapter (`macros/`)
#: takes it from here instead of reading and validating the config again.
_handed_over: dict[str, tuple[Audience, Mapping[Audience, Any]]] = {}


def handed_over(token: str | None) -> tuple[Audience, Mapping[Audience, Any]] | None:
    """The build's audience and its page context per view, if a pipeline started this build."""
    return _handed_over.get(token) if token else None


def _settings(config_path: Path, audience: Audience, site_dir: Path, downloads: bool, mkdocs_file: Path,
              token: str | None, exclude: Sequence[str] = ()) -> io.BytesIO:
    """The per-build MkDocs settings, in memory: nothing is written into the project.

    MkDocs resolves `INHERIT` and every relative path (docs_dir, custom_dir,
    the macros module) against the folder of the file it reads; the name given
    here puts that folder in the project root, where `mkdocs.yml` is.
    """
    settings = {
        "INHERIT": mkdocs_file.name,
        "site_dir": str(site_dir),
        # mkdocs.yml's watch list (for a plain `mkdocs serve` in a checkout) names files that an installed
        # package does not have; a build watches nothing (`engine.serve` sets its own list)
        "watch": [],
        # downloads: the PDFs are made after the site, so the pages may link to them
        "extra": {"schoolprotocol": {"config": str(config_path.resolve()), "lezer": audience.value,
                                     "downloads": downloads, **({"token": token} if token else {})}},
    }
    if exclude:
        settings["exclude_docs"] = "\n".join(exclude)
    handle = io.BytesIO(yaml.safe_dump(settings, allow_unicode=True).encode("utf-8"))
    handle.name = str(mkdocs_file.parent / f"{mkdocs_file.stem}-{audience.value}.yml")  # never written
    return handle


def clean_stale_settings(root: Path | None = None, older_than: float = 600) -> list[Path]:
    """Remove `.mkdocs-*.yml` files that older versions wrote into the project root and a killed run left."""
    import time

    removed = []
    for path in Path(root or paths.PROJECT).glob(".mkdocs-*.yml"):
        try:
            if time.time() - path.stat().st_mtime < older_than or "INHERIT:" not in path.read_text(encoding="utf-8"):
                continue
            path.unlink()
        except (OSError, UnicodeDecodeError):
            continue
        removed.append(path)
    return removed


def build_site(config_path: Path, site_dir: Path, audience: Audience = Audience.PUBLIC, *, strict: bool = True,
               build_date: date | None = None, downloads: bool = False,
               mkdocs_file: Path | None = None,
               contexts: Mapping[Audience, Any] | None = None, exclude: Sequence[str] = ()) -> list[str]:
    """Build into `site_dir` (which the caller stages); return MkDocs' warnings.

    `contexts`: the page context per view (`context.build_context`), computed once by the
    pipeline; its theme values become plain settings. Without it (a plain `mkdocs build`),
    the page adapter loads the config itself.

    `mkdocs_file`: the project's settings (default: the project's own, `paths.MKDOCS_FILE`);
    tests pass a copy of the project here.

    `downloads`: the caller makes the PDFs after the site, so the pages link to them.

    The context's `tooltips` (word -> explanation, the glossary of the school's sector) become
    the abbreviation extension's `glossary` option for this build only.

    `exclude`: pages and folders this site leaves out (gitignore-style patterns relative to the
    docs folder, e.g. the staff material on the public site); their menu entries go too.

    The context's `search_words` (place -> what readers type there, `data/zoekwoorden.yml`) go
    into the built search index (`search.tune_search_index`).

    `build_date` (the policy's adoption date) stands in for "now" wherever the
    generator would write a timestamp (sitemap), so equal input gives equal bytes.
    """
    from mkdocs.commands.build import build
    from mkdocs.exceptions import Abort, MkDocsException

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    install()
    collect = _Collect()
    mkdocs_log = logging.getLogger("mkdocs")
    mkdocs_log.addHandler(collect)
    previous_path = list(sys.path)  # mkdocs-macros adds the project folder on every build
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if build_date is not None:
        epoch = datetime.combine(build_date, time(), tzinfo=timezone.utc).timestamp()
        os.environ["SOURCE_DATE_EPOCH"] = str(int(epoch))
    token = None
    try:
        config, token = load(config_path, site_dir, audience, strict=strict, downloads=downloads,
                             mkdocs_file=mkdocs_file, contexts=contexts, exclude=exclude)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
        finish(site_dir, audience, contexts)
    except (Abort, MkDocsException) as err:
        detail = "\n".join(collect.messages) or str(err)
        raise EngineError(f"De site kon niet worden gebouwd.\n{detail}") from None
    except SystemExit as err:  # mkdocs-macros stops a page with a macro error this way
        detail = "\n".join(collect.messages) or f"code {err.code}"
        raise EngineError(f"Een pagina bevat een fout in een macro; de site is niet gebouwd.\n{detail}") from None
    finally:
        forget(token)
        sys.path[:] = previous_path
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
        mkdocs_log.removeHandler(collect)
    return collect.messages


def load(config_path: Path, site_dir: Path, audience: Audience, *, strict: bool = True, downloads: bool = False,
         mkdocs_file: Path | None = None, contexts: Mapping[Audience, Any] | None = None,
         exclude: Sequence[str] = ()) -> tuple[Any, str | None]:
    """MkDocs' settings for one build, with what the pipeline computed; and the token the page adapter
    fetches the contexts with (`handed_over`; the caller calls `forget` with it after the build).

    Shared by `build_site` and the live preview (`serve.serve_site`), so a preview shows what a build makes.
    """
    from mkdocs.config import load_config

    from .extra_pages import add_extra_pages

    token = uuid.uuid4().hex if contexts is not None else None
    settings = _settings(config_path, audience, site_dir, downloads, mkdocs_file or paths.MKDOCS_FILE, token, exclude)
    config = load_config(config_file=settings, strict=strict)
    if exclude and config["nav"]:
        config["nav"] = _without(config["nav"], config["exclude_docs"])
    if contexts is not None:
        # set after loading: an INHERIT file replaces mkdocs.yml's whole list of extensions
        config.mdx_configs["abbr"] = {"glossary": dict(contexts[audience].tooltips)}
        apply_theme(config, contexts[audience].theme)
        # the school's own pages (eigen/paginas/), made in memory: a section of the menu
        add_extra_pages(config, contexts[audience].extra_pages, contexts[audience].extra_section)
        _handed_over[token] = (audience, contexts)
    return config, token


def finish(site_dir: Path, audience: Audience, contexts: Mapping[Audience, Any] | None) -> None:
    """What a built site gets after the generator: the search words, and the site's own typeface."""
    if contexts is not None:
        tune_search_index(site_dir, contexts[audience].search_words)
    copy_fonts(site_dir)  # from the PDF's fonts (engine/fonts.py)


def forget(token: str | None) -> None:
    """The build with this token is over: the page adapter no longer needs its contexts."""
    _handed_over.pop(token, None)


def _without(nav: list, spec: Any) -> list:
    """The menu without the pages `spec` (a pathspec) leaves out; a section left empty goes too."""
    kept = []
    for entry in nav:
        target = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(target, list):
            target = _without(target, spec)
            if target:
                kept.append({next(iter(entry)): target})
        elif not (isinstance(target, str) and "://" not in target and spec.match_file(target)):
            kept.append(entry)
    return kept


def apply_theme(conf: Any, theme: Mapping[str, Any]) -> None:
    """The school's name, address and look as the theme's settings (`extra.protocol` for our overrides)."""
    conf["site_name"] = theme["site_name"]
    if theme["site_url"]:
        conf["site_url"] = theme["site_url"].rstrip("/") + "/"
    conf["extra"]["protocol"] = theme

