"""mkdocs-macros adapter: hands the core's page context to the Markdown pages.

Thin on purpose. Everything it passes on comes from `schoolprotocol.context`,
which does not know MkDocs; moving to another engine means rewriting only
this file and `mkdocs.yml`. It must stay cheap and free of side effects
beyond the config it is handed, because some engines call it for every page.
"""

from __future__ import annotations

import logging
import weakref
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

from schoolprotocol.audience import Audience, Reader
from schoolprotocol.config import InputError, load_school
from schoolprotocol.context import SiteContext, build_context
from schoolprotocol.engine import apply_theme, handed_over, install
from schoolprotocol.facts import facts_for

log = logging.getLogger("schoolprotocol")

#: Per build (one mkdocs-macros environment): the build's audience and the context per view. Held weakly:
#: a batch builds hundreds of sites in one process, and each build's contexts must go with its environment
#: (a plain dict by `id(env)` kept every school's contexts alive, about 2 MB per school).
_contexts: weakref.WeakKeyDictionary[Any, tuple[Audience, dict[Audience, SiteContext]]] = weakref.WeakKeyDictionary()


def define_env(env) -> None:
    """Hand the pages what the pipeline computed; only a plain `mkdocs build` or `serve` computes it here."""
    install()  # compiled templates are kept (schoolprotocol.jinjacache); before the page environment is made
    settings = dict(env.conf["extra"].get("schoolprotocol") or {})
    handed = handed_over(settings.get("token"))
    audience, contexts = handed if handed is not None else _load(env, settings)
    _contexts[env] = (audience, contexts)
    context = contexts[audience]
    env.variables.update(context.variables)
    for name, function in context.macros.items():
        env.macro(function, name)
    for name, function in context.filters.items():
        env.filter(function, name)


def _load(env, settings: dict) -> tuple[Audience, dict[Audience, SiteContext]]:
    """Without `schoolprotocol build`: read and check the config, and set what the pipeline would."""
    here = Path(env.conf.get("config_file_path") or "mkdocs.yml").resolve().parent
    config_path = (here / settings.get("config", "school_config.yml")).resolve()
    try:
        audience = Audience(settings.get("lezer", Audience.PUBLIC.value))
        school = load_school(config_path)
        facts = facts_for()
    except InputError as err:
        raise PluginError(f"De configuratie klopt niet; er is niets gebouwd.\n\n{err}") from None
    except ValueError:
        raise PluginError("extra.schoolprotocol.lezer moet 'openbaar' of 'intern' zijn.") from None
    # Pages for readers outside the school (front matter `lezer: buiten_school`: letters to parents,
    # the website text, the press statement) get the public view, also on the staff site.
    contexts = {view: build_context(school, facts, view) for view in {audience, Audience.PUBLIC}}  # only the views it can need
    apply_theme(env.conf, contexts[audience].theme)
    abbr = env.conf["mdx_configs"].setdefault("abbr", {})
    if "glossary" not in abbr:
        abbr["glossary"] = contexts[audience].tooltips
    for notice in (*contexts[audience].notices, *facts.stale(date.today())):
        log.warning(notice)
    return audience, contexts


def on_pre_page_macros(env) -> None:
    """Give the page the view of its reader: never more than the build's, less for outside readers."""
    audience, contexts = _contexts[env]
    lezer = (env.page.meta or {}).get("lezer")
    try:
        view = Reader(lezer).view if lezer and audience is Audience.STAFF else audience
    except ValueError:
        allowed = ", ".join(reader.value for reader in Reader)
        raise PluginError(f"{env.page.file.src_path}: 'lezer: {lezer}' bestaat niet; kies uit {allowed}.") from None
    env.variables.update(contexts[view].variables)
    env.variables.update(contexts[view].macros)
