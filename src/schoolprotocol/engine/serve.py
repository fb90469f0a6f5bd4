"""A live preview of the public site: MkDocs' own development server, behind one function.

Like `mkdocs serve`, but with the school's config (not the project's), the
settings made in memory (`build.load`, as a build makes them), and the pages built
into a folder the caller names (inside the school's folder) instead of the system's
temporary folder. Every rebuild asks the caller for what the pipeline computes
(`prepare`: the checked school's page contexts, with the school's own text, and the
pages the public site leaves out), so the preview shows what `build` makes, own text,
typeface and search words included. A rebuild that fails (a wrong config, a broken
page) prints the reason in Dutch and keeps serving the last good version; MkDocs
would print a traceback.
"""

from __future__ import annotations

import errno
import logging
import os
import shutil
from pathlib import Path
from typing import Any, Callable, Mapping, Sequence

from .. import paths
from ..audience import Audience
from ..errors import EngineError
from .build import finish, forget, install, load

log = logging.getLogger("schoolprotocol")

#: A file in the preview folder that says it is ours, so a later preview may empty and remove it.
PREVIEW_MARKER = ".schoolprotocol-voorbeeld"


#: What the pipeline computes for one build: the page context per view, and the pages the public site leaves out.
Prepared = tuple[Mapping[Audience, Any], Sequence[str]]


def serve_site(config_path: Path, preview_dir: Path, *, prepare: Callable[[], Prepared] | None = None,
               host: str = "127.0.0.1", port: int = 8000, watch: Sequence[Path] = (),
               on_ready: Callable[[str], None] | None = None, on_error: Callable[[str], None] | None = None) -> None:
    """Build the public site into `preview_dir`, serve it on `host:port`, rebuild when a watched file changes.

    `prepare`: called before every build (`pipeline.check`: the school checked again, with its own text);
    an error it raises is shown as the reason, and the last good version stays. Without it (a plain
    preview of the national text) the page adapter reads the config itself.
    Runs until interrupted (Ctrl+C). `watch`: files and folders besides the config file (the logo's
    folder, the school's own text). In a source checkout the national text (`content/`, `overrides/`,
    `data/`) is watched too. `preview_dir` must be new or a preview folder made here before
    (`PREVIEW_MARKER`); it is removed at the end.
    """
    from mkdocs.commands.build import build
    from mkdocs.livereload import LiveReloadServer, _serve_url

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    install()
    config_path, preview_dir = Path(config_path).resolve(), Path(preview_dir).resolve()
    _claim(preview_dir)
    serve_url = _serve_url(host, port, "/")
    report = on_error or (lambda message: log.warning(message))

    def get_config() -> tuple[Any, Mapping[Audience, Any] | None, str | None]:
        contexts, exclude = prepare() if prepare else (None, ())
        config, token = load(config_path, preview_dir, Audience.PUBLIC, strict=False, contexts=contexts,
                             exclude=exclude)
        config.site_url = serve_url
        return config, contexts, token

    def builder(loaded: tuple[Any, Mapping[Audience, Any] | None, str | None] | None = None) -> None:
        # never raises: the server would print a traceback and stop refreshing
        from mkdocs.exceptions import Abort, MkDocsException

        token = None
        try:
            # only the first build gets what `get_config` made below; MkDocs calls `builder()` on every change,
            # which loads (and checks) again
            config, contexts, token = loaded or get_config()
        except Exception as err:  # noqa: BLE001 - `prepare`'s errors say in Dutch what is wrong, with file and line
            report(f"De voorbeeldweergave kon niet opnieuw worden gebouwd; u ziet de vorige versie.\n{err}")
            return
        try:
            build(config, serve_url=serve_url, dirty=False)
            finish(preview_dir, Audience.PUBLIC, contexts)
        except (Abort, MkDocsException) as err:
            report(f"De voorbeeldweergave kon niet opnieuw worden gebouwd; u ziet de vorige versie.\n{err}")
        except SystemExit as err:  # mkdocs-macros stops a page with a macro error this way
            report(f"Een pagina bevat een fout; u ziet de vorige versie (code {err.code}).")
        except Exception as err:  # noqa: BLE001 - the server keeps running; say what went wrong
            report(f"De voorbeeldweergave kon niet opnieuw worden gebouwd ({type(err).__name__}: {err}); "
                   "u ziet de vorige versie.")
        finally:
            forget(token)

    first = get_config()  # a wrong config stops here, before the server starts
    config = first[0]
    config.plugins.on_startup(command="serve", dirty=False)
    server = LiveReloadServer(builder=builder, host=host, port=port, root=str(preview_dir), mount_path="/")

    def error_page(code: int) -> bytes | None:
        page = preview_dir / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None

    server.error_handler = error_page
    try:
        builder(first)
        watched = [config_path, *watch]
        if paths.CHECKOUT is not None:  # someone writing the national text itself
            watched += [paths.CONTENT, paths.PROJECT / "overrides", paths.DATA]
        for item in dict.fromkeys(Path(p).resolve() for p in watched):
            if item.exists():
                server.watch(str(item))
        if on_ready:
            on_ready(serve_url)
        try:
            server.serve()
        except KeyboardInterrupt:
            pass
        except OSError as err:
            if err.errno == errno.EADDRINUSE:
                raise EngineError(f"Het adres {host}:{port} is al in gebruik (draait de voorbeeldweergave al?). "
                                  f"Kies een ander, bijvoorbeeld: --adres {host}:{port + 1}") from None
            raise
        finally:
            server.shutdown()
    finally:
        config.plugins.on_shutdown()
        shutil.rmtree(preview_dir, ignore_errors=True)


def _claim(preview_dir: Path) -> None:
    """Make `preview_dir` ours: new, empty, or marked by an earlier preview; refuse anything else."""
    from ..errors import OutputFolderError

    if preview_dir.exists() and not preview_dir.is_dir():
        raise OutputFolderError(f"{preview_dir} is een bestand; de voorbeeldweergave heeft daar een map nodig.")
    if preview_dir.is_dir() and any(preview_dir.iterdir()) and not (preview_dir / PREVIEW_MARKER).is_file():
        raise OutputFolderError(f"De map {preview_dir} bestaat al en is niet door de voorbeeldweergave gemaakt. "
                                "Haal haar weg of geef haar een andere naam.")
    preview_dir.mkdir(parents=True, exist_ok=True)
    (preview_dir / PREVIEW_MARKER).write_text("Voorbeeldweergave van schoolprotocol serve; wordt weggehaald.\n",
                                              encoding="utf-8")
