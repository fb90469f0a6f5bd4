"""`schoolprotocol`: the commands a school leader runs. Messages in Dutch, never a traceback."""

from __future__ import annotations

import argparse
import contextlib
import errno
import logging
import os
import sys
from pathlib import Path

from .config.problems import InputError
from .errors import (EXIT_BUILD, EXIT_INPUT, EXIT_OK, EXIT_USAGE, EngineError, OutputFolderError, SwapError,
                     write_crash_log)

# Each command imports what it needs inside its function: `check` loads no generator, WeasyPrint or python-docx
# (tests/test_imports.py holds it to that).

UNCHANGED = "De vorige versie van de site is niet veranderd."


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="schoolprotocol",
        description="Maak het protocol 'online verspreiding van ongewenste beelden' voor uw school.")
    sub = parser.add_subparsers(dest="command", metavar="opdracht")

    new = sub.add_parser("nieuw", help="maak een nieuwe map voor uw school: configuratie, logo, uitleg en workflows")
    new.add_argument("map", type=Path, help="de nieuwe map (bestaat nog niet, of is leeg)")
    new.add_argument("--sector", required=True, choices=["po", "vo", "mbo"],
                     help="po (basisschool), vo (voortgezet onderwijs) of mbo")

    check = sub.add_parser("check", help="controleer school_config.yml (en de gegevensbestanden) zonder te bouwen")
    check.add_argument("--config", type=Path, default=Path("school_config.yml"), help="configuratiebestand (standaard: school_config.yml)")

    build = sub.add_parser("build", help="controleer en bouw de site en de PDF's")
    build.add_argument("--config", type=Path, default=Path("school_config.yml"), help="configuratiebestand (standaard: school_config.yml)")
    build.add_argument("--site", type=Path, default=Path("site"), help="map voor de openbare site (standaard: site): nieuw, leeg of door een eerdere build gemaakt")
    build.add_argument("--intern", type=Path, default=Path("intern"),
                       help="map voor de personeelsversie met namen en directe nummers (standaard: intern; nooit publiceren; "
                            "niet in de openbare map)")
    build.add_argument("--alleen-site", action="store_true", help="bouw alleen de sites, zonder PDF's en Word-bestanden")
    build.add_argument("--niet-streng", dest="strict", action="store_false",
                       help="bouw ook als MkDocs waarschuwt (bijvoorbeeld over een kapotte link)")

    serve = sub.add_parser("serve", help="bekijk de openbare site in uw browser terwijl u werkt (bouwt opnieuw bij elke "
                           "wijziging)")
    serve.add_argument("--config", type=Path, default=Path("school_config.yml"), help="configuratiebestand (standaard: school_config.yml)")
    serve.add_argument("--adres", default="127.0.0.1:8000", metavar="HOST:POORT",
                       help="waar de voorbeeldweergave te zien is (standaard: 127.0.0.1:8000)")

    batch = sub.add_parser("batch", help="bouw alle scholen uit een map met configuraties (een heel bestuur)")
    batch.add_argument("map", type=Path, nargs="?", default=Path("scholen"), help="map met één .yml per school (standaard: scholen)")
    batch.add_argument("--uit", type=Path, default=Path("dist"), help="map voor de openbare sites, één submap per school (standaard: dist)")
    batch.add_argument("--intern", type=Path, default=Path("intern"), help="map voor de personeelsversies (standaard: intern; nooit publiceren)")
    batch.add_argument("--workers", type=int, default=max(1, min(4, os.cpu_count() or 1)), help="aantal processen tegelijk")
    batch.add_argument("--force", action="store_true", help="bouw ook scholen waaraan niets veranderd is")
    batch.add_argument("--shard", default=None, metavar="K/N", help="bouw alleen deel K van N (voor CI-runners die samen een grote batch bouwen)")
    batch.add_argument("--alleen-site", action="store_true", help="bouw alleen de sites, zonder PDF's en Word-bestanden")
    batch.add_argument("--alleen-index", action="store_true",
                       help="bouw niets; maak alleen de overzichtspagina van alle scholen die al een site hebben")

    gen = sub.add_parser("genereer", help="maak het JSON-schema, de configuratie-uitleg in de README en het formulier van "
                         "de configurator opnieuw")
    gen.add_argument("--controleer", action="store_true", help="verander niets; meld alleen of de bestanden verouderd zijn")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    _quiet_logging()
    try:
        return _run(args)
    except InputError as err:
        print(f"{err}\n\nEr is niets gebouwd of veranderd.", file=sys.stderr)
        return EXIT_INPUT
    except OutputFolderError as err:
        print(f"{err}\n\nEr is niets gebouwd of veranderd.", file=sys.stderr)
        return EXIT_USAGE
    except SwapError as err:
        print(err, file=sys.stderr)
        return EXIT_BUILD
    except EngineError as err:
        print(f"{err}\n\n{UNCHANGED}", file=sys.stderr)
        return EXIT_BUILD
    except OSError as err:
        if err.errno == errno.ENOSPC:
            reason = "De schijf is vol; maak ruimte vrij en bouw opnieuw."
        else:
            reason = f"Kon een bestand niet lezen of schrijven: {err.strerror or err}" + (f" ({err.filename})." if err.filename else ".")
        print(f"{reason}\n{UNCHANGED}", file=sys.stderr)
        return EXIT_BUILD
    except KeyboardInterrupt:
        print(f"Gestopt. {UNCHANGED}", file=sys.stderr)
        return 130
    except Exception as err:  # noqa: BLE001 - the one place that turns any surprise into a message and a log
        return _crashed(err, argv if argv is not None else sys.argv[1:], args.command)


def _run(args: argparse.Namespace) -> int:
    if args.command == "check":
        return _check(args)
    if args.command == "build":
        return _build(args)
    if args.command == "genereer":
        return _generate(args)
    if args.command == "batch":
        return _batch(args)
    if args.command == "nieuw":
        return _new(args)
    if args.command == "serve":
        return _serve(args)
    return EXIT_USAGE


def _crashed(err: Exception, argv: list[str], command: str) -> int:
    """An error nobody foresaw: a Dutch message, the traceback in a log file (never on screen), exit 3."""
    try:
        log = write_crash_log(err, [str(a) for a in argv])
        where = f"Het logboek staat in {log}; stuur dat bestand mee als u om hulp vraagt."
    except OSError:
        where = "Er kon geen logboek worden geschreven (de tijdelijke map is niet beschikbaar)."
    state = {"build": UNCHANGED, "check": "Er is niets veranderd.",
             "batch": "Een school die al klaar was, is bijgewerkt; de andere scholen zijn niet veranderd."}
    print(f"Er ging iets onverwachts mis ({type(err).__name__}: {err}).\n{state.get(command, '')}\n{where}",
          file=sys.stderr)
    return EXIT_BUILD


def _quiet_logging() -> None:
    """Show our own notices plainly; MkDocs only when it warns."""
    ours = logging.getLogger("schoolprotocol")
    ours.handlers[:] = [_plain_handler()]
    ours.propagate = False
    mkdocs = logging.getLogger("mkdocs")
    mkdocs.setLevel(logging.WARNING)
    if not mkdocs.handlers:
        handler = _plain_handler()
        handler.setFormatter(logging.Formatter("MkDocs meldt: %(message)s"))
        mkdocs.addHandler(handler)
        mkdocs.propagate = False


def _plain_handler() -> logging.Handler:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    handler.setLevel(logging.WARNING)
    return handler


def _check(args: argparse.Namespace) -> int:
    from .pipeline import check

    checked = check(args.config)
    for notice in checked.notices:
        print(notice, file=sys.stderr)
    school = checked.school.config.school
    print(f"{args.config}: in orde. {school.naam} ({school.sector}).")
    return EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from .pipeline import build

    with _own_scratch():
        checked = build(args.config, args.site, args.intern, strict=args.strict, documents=not args.alleen_site)
    for notice in checked.notices:
        print(notice, file=sys.stderr)
    print(f"Klaar: de site van {checked.school.config.school.naam} staat in {args.site}/ (openbaar); "
          f"de personeelsversie staat in {args.intern}/ (niet publiceren).")
    return EXIT_OK


def _new(args: argparse.Namespace) -> int:
    from .newschool import KIND, create

    made = create(args.map, args.sector)
    print(f"De map {made.folder} is klaar voor een {KIND[made.sector]} ({made.sector}):")
    print("  school_config.yml   de gegevens van uw school (nu een voorbeeld: vervang ze door die van uw school)")
    print("  school/logo.svg     een tijdelijk logo (vervang het door uw eigen logo)")
    print("  README.md           wat u nu doet, stap voor stap")
    print("  .gitignore          houdt site/ en intern/ buiten versiebeheer")
    print("  .github/workflows/protocol.yml en .gitlab-ci.yml   bouwen en publiceren op GitHub of GitLab Pages")
    print(f"\nVolgende stap:\n  cd {made.folder}\n  schoolprotocol check\n  schoolprotocol serve")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from .eigen import folder_for
    from .engine import serve_site
    from .pages import public_exclusions
    from .pipeline import check

    host, _, port = args.adres.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        print(f"'{args.adres}' is geen adres met een poort. Schrijf het als host:poort, bijvoorbeeld 127.0.0.1:8000.",
              file=sys.stderr)
        return EXIT_USAGE
    checked = check(args.config)  # a wrong config stops here, with every problem and its line
    for notice in checked.notices:
        print(notice, file=sys.stderr)
    logo = (checked.school.path.parent / checked.school.config.school.logo).parent
    preview = checked.school.path.parent / ".schoolprotocol-voorbeeld"
    own = folder_for(args.config)

    unused = [checked]  # the first build uses the check made above

    def prepare():
        """On every change: the school checked again, own text included, as `build` does."""
        now = unused.pop() if unused else check(args.config)
        return now.contexts, public_exclusions(now.pages)

    def ready(url: str) -> None:
        shown = os.path.relpath(own) if own.is_relative_to(Path.cwd()) else str(own)
        own_text = f", uw eigen tekst in {shown}/" if own.is_dir() else ""
        print(f"De voorbeeldweergave van {checked.school.config.school.naam} staat op {url}\n"
              f"Elke keer dat u {args.config}{own_text} of het logo opslaat, wordt de site opnieuw gebouwd. "
              "Stoppen: Ctrl+C.", flush=True)

    import signal

    def stop(signum, frame):  # a terminal closing or a service manager: stop as with Ctrl+C, and clean up
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, stop)
    # Ctrl+C stops the preview even when it was started from a script or a background job, whose
    # shell makes the process ignore SIGINT (then Python would not turn it into KeyboardInterrupt).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    serve_site(args.config, preview, prepare=prepare, host=host, port=int(port), watch=[logo, own], on_ready=ready)
    print("Gestopt. De voorbeeldweergave is weggehaald; site/ en intern/ zijn niet veranderd.")
    return EXIT_OK


@contextlib.contextmanager
def _own_scratch():
    """Temporary files of the libraries go into one folder that is removed at the end.

    WeasyPrint keeps a font folder per PDF (`weasyprint-*` in the system's temporary folder) and does not
    always remove it before the process ends; this way a build leaves nothing behind outside its output.
    """
    import tempfile

    previous = tempfile.tempdir
    with tempfile.TemporaryDirectory(prefix="schoolprotocol-tijdelijk-") as scratch:
        tempfile.tempdir = scratch
        try:
            yield
        finally:
            tempfile.tempdir = previous


def _batch(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .batch import Shard, Status, discover, run, shared_eigen_problem, write_index

    try:
        shard = Shard.parse(args.shard) if args.shard else None
    except ValueError as err:
        print(err, file=sys.stderr)
        return EXIT_USAGE
    if not args.map.is_dir():
        print(f"De map '{args.map}' bestaat niet. Zet daar één .yml-bestand per school.", file=sys.stderr)
        return EXIT_INPUT
    if args.alleen_index:
        from .output import check_apart, claim_root

        check_apart(args.uit, args.intern, "--uit", "--intern")
        claim_root(args.uit, "batch-openbaar", discover(args.map))
        count = write_index(discover(args.map), args.uit, args.intern)
        print(f"Overzicht met {count} scholen: {args.uit}/index.html")
        return EXIT_OK
    if problem := shared_eigen_problem(args.map):
        print(problem, file=sys.stderr)
        return EXIT_INPUT
    configs = discover(args.map, shard)
    if not configs:
        print(f"Geen scholen gevonden in '{args.map}' (verwacht: bestanden die eindigen op .yml).", file=sys.stderr)
        return EXIT_INPUT
    from .output import check_apart, check_target

    check_target(args.uit, "batch-openbaar", configs)  # before the progress bar: a refusal is the only output
    check_target(args.intern, "batch-intern", configs)
    check_apart(args.uit, args.intern, "--uit", "--intern")
    console = Console(stderr=True, highlight=False)
    colours = {Status.BUILT: "green", Status.SKIPPED: "cyan", Status.FAILED: "red"}
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("Scholen bouwen", total=len(configs))

        def report(result) -> None:
            progress.advance(task)
            first = escape(result.message.splitlines()[0]) if result.message else ""
            label = f"{result.status.value:<13}"
            console.print(f"[{colours[result.status]}]{label}[/] {result.slug:<32} {result.seconds:5.1f} s  {first}",
                          markup=True)

        results = run(configs, args.uit, args.intern, workers=args.workers, force=args.force,
                      documents=not args.alleen_site, on_result=report)
    if shard is None:
        write_index(configs, args.uit, args.intern)
    failed = [r for r in results if r.status is Status.FAILED]
    counts = {s: sum(r.status is s for r in results) for s in Status}
    print(f"{counts[Status.BUILT]} gebouwd, {counts[Status.SKIPPED]} overgeslagen, {counts[Status.FAILED]} mislukt. "
          f"Overzicht: {args.uit}/index.html")
    for result in failed:
        print(f"\n--- {result.slug} ---\n{result.message}", file=sys.stderr)
    return EXIT_INPUT if failed else EXIT_OK


def _generate(args: argparse.Namespace) -> int:
    from .paths import CHECKOUT, PROJECT as ROOT, README, SCHEMA_FILE

    if CHECKOUT is None:
        print("'genereer' is voor wie aan het project zelf werkt: het maakt bestanden in de broncode opnieuw. "
              "Het werkt alleen in een kopie van de repository, niet in een geïnstalleerd pakket.", file=sys.stderr)
        return EXIT_USAGE
    from .formschema import FORM_SCRIPT, form_script
    from .output import write_if_changed
    from .reference import json_schema_text, with_reference

    readme = README
    wanted = {
        SCHEMA_FILE: json_schema_text(),
        readme: with_reference(readme.read_text(encoding="utf-8")),
        FORM_SCRIPT: form_script(),
    }
    stale = [path for path, text in wanted.items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if args.controleer:
        for path in stale:
            print(f"Verouderd: {path.relative_to(ROOT)}. Draai 'schoolprotocol genereer'.", file=sys.stderr)
        return EXIT_INPUT if stale else EXIT_OK
    for path, text in wanted.items():
        if write_if_changed(path, text):
            print(f"Bijgewerkt: {path.relative_to(ROOT)}")
    return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
