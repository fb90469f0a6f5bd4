"""mkdocs-macros adapter: hands the core's page context to the Markdown pages.

Thin on purpose. Everything it passes on comes from `schoolprotocol.context`,
which does not know MkDocs; moving to another engine means rewriting only
this file and `mkdocs.yml`. It must stay cheap and free of side effects
beyond the config it is handed, because some engines call it for every page.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from mkdocs.exceptions import PluginError

from schoolprotocol.audience import Audience
from schoolprotocol.config import InputError, load_school
from schoolprotocol.context import build_context
from schoolprotocol.facts import facts_for
from schoolprotocol.glossary import tooltips

log = logging.getLogger("schoolprotocol")


def define_env(env) -> None:
    settings = dict(env.conf["extra"].get("schoolprotocol") or {})
    here = Path(env.conf["config_file_path"] or "mkdocs.yml").resolve().parent
    config_path = (here / settings.get("config", "school_config.yml")).resolve()
    try:
        audience = Audience(settings.get("doelgroep", Audience.PUBLIC.value))
        school = load_school(config_path)
        facts = facts_for()
    except InputError as err:
        raise PluginError(f"De configuratie klopt niet; er is niets gebouwd.\n\n{err}") from None
    except ValueError:
        raise PluginError("extra.schoolprotocol.doelgroep moet 'openbaar' of 'intern' zijn.") from None

    context = build_context(school, facts, audience)
    env.variables.update(context.variables)
    for name, function in context.macros.items():
        env.macro(function, name)
    for name, function in context.filters.items():
        env.filter(function, name)

    theme = context.theme
    env.conf["site_name"] = theme["site_name"]
    if theme["site_url"]:
        env.conf["site_url"] = theme["site_url"].rstrip("/") + "/"
    env.conf["extra"]["protocol"] = theme
    # `schoolprotocol build` sets the sector's tooltips itself; a plain `mkdocs build` or `mkdocs serve` gets them here
    abbr = env.conf["mdx_configs"].setdefault("abbr", {})
    if "glossary" not in abbr:
        abbr["glossary"] = tooltips(facts, school.config.school.sector)
    for notice in (*context.notices, *facts.stale(date.today())):
        log.warning(notice)

