"""Output folders that are provably ours, and output that appears whole or not at all.

Every output folder the build makes carries a marker file listing the files
the build wrote. A target is replaced only if it does not exist, is empty, or
carries our marker for the same kind of output; the project, its sources, the
home folder and files are never targets. Files someone added to a marked
folder later are carried over into the new version, never thrown away.

Every build writes into fresh stage folders (hidden, beside the target; for a
batch beside the batch's root, never inside a published folder) and swaps the
finished folders in at the end, all or none. A stage is locked while its
build runs; a stage whose lock is free was left by a killed run and is
removed by the next run.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import fcntl
import json
import os
import re
import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from .errors import OutputFolderError, SwapError
from .paths import PROJECT as ROOT

MARKER = ".schoolprotocol-uitvoer.json"
STAGE_PREFIX = ".schoolprotocol-bouw-"
_LOCK = "slot"
#: Stage folders of older versions (no lock): removed when older than this many seconds.
_STALE_AFTER = 600
#: The project's sources: never an output folder, never inside one, never holding one.
SOURCES = ("content", "overrides", "src", "data", "school", "tests", "macros", "schema", "configurator",
           "tools", "benchmarks", "voorbeelden", "run", ".git", ".venv", "mkdocs.yml", "school_config.yml",
           "pyproject.toml", "requirements.lock", "README.md")
KINDS = {
    "openbaar": "de openbare site",
    "intern": "de personeelsversie",
    "batch-openbaar": "de openbare sites van een batch",
    "batch-intern": "de personeelsversies van een batch",
}

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _libc_renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


_renameat2 = _libc_renameat2()


def exchange(new: Path, target: Path) -> Path | None:
    """Put `new` at `target`; return where the old target now is (or None).

    On Linux the swap is one atomic step (renameat2 with RENAME_EXCHANGE), so
    a reader never sees a missing or half-written folder; elsewhere two renames.
    """
    if not target.exists():
        os.rename(new, target)
        return None
    if _renameat2 is not None:
        if _renameat2(_AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(target), _RENAME_EXCHANGE) == 0:
            return new  # `new` now holds the old output
    old = new.with_name(new.name + ".oud")
    os.rename(target, old)
    try:
        os.rename(new, target)
    except OSError:
        os.rename(old, target)
        raise
    return old


# --- the marker -------------------------------------------------------------------------------------------------

def read_marker(folder: Path) -> dict | None:
    """The marker of an earlier build in `folder`, or None if the folder is not ours."""
    try:
        data = json.loads((Path(folder) / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("gemaakt_door") != "schoolprotocol" or data.get("soort") not in KINDS:
        return None
    if not isinstance(data.get("bestanden", []), list):
        return None
    return data


def _files(folder: Path) -> list[str]:
    """Every file (and symbolic link) under `folder`, relative, sorted; the marker itself left out."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                  if (p.is_symlink() or not p.is_dir()) and p != folder / MARKER)


def write_marker(folder: Path, kind: str, files: list[str] | None = None) -> None:
    """Mark `folder` as ours; `files` (default: everything in it) are the files the build wrote."""
    data = {"gemaakt_door": "schoolprotocol", "soort": kind,
            "uitleg": "Deze map is gemaakt door schoolprotocol. De volgende build vervangt de bestanden hieronder; "
                      "andere bestanden in deze map neemt hij over.",
            "bestanden": _files(folder) if files is None else files}
    (folder / MARKER).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def previous_files(folder: Path) -> list[str]:
    marker = read_marker(folder)
    return [str(f) for f in marker.get("bestanden", [])] if marker else []


# --- which folders may be output --------------------------------------------------------------------------------

def check_target(target: Path, kind: str, sources: Iterable[Path] = ()) -> Path:
    """Return `target` resolved, or raise `OutputFolderError` if the build may not make or replace it.

    Refused: the root of the disk, the home folder, the project (or a folder above it), a source folder of the
    project or anything inside one, a folder holding one of `sources` (the config, the logo), a file, a
    non-empty folder without our marker, and a marked folder holding another kind of output.
    """
    shown = Path(target)
    target = shown.expanduser().resolve()
    what = KINDS[kind]
    new_folder = "Kies een nieuwe of lege map, bijvoorbeeld 'site' en 'intern' naast uw school_config.yml."

    def refuse(why: str, todo: str = new_folder) -> None:
        name = f"'{shown}'" if str(shown) == str(target) else f"'{shown}' ({target})"
        raise OutputFolderError(f"De map {name} kan niet worden gebruikt voor {what}: {why}\n{todo}")

    try:
        home: Path | None = Path.home().resolve()
    except (RuntimeError, KeyError):  # no home folder known
        home = None
    here = Path.cwd().resolve()
    if target == Path(target.anchor):
        refuse("dat is de hoofdmap van de schijf. De build vervangt de hele map.")
    if home is not None and (target == home or target in home.parents):
        refuse("dat is uw thuismap (of een map daarboven). De build vervangt de hele map.")
    if target == ROOT or target in ROOT.parents:
        refuse("daarin staat het project zelf (de teksten, het thema, de code). De build vervangt de hele map.")
    if target == here or target in here.parents:
        refuse("dat is de map waarin u nu werkt (of een map daarboven). De build vervangt de hele map.",
               "Kies een map daarin, bijvoorbeeld 'site' en 'intern'.")
    extra = [Path(s).resolve() for s in sources if Path(s).exists()]
    for source in (*(ROOT / name for name in SOURCES), *extra):
        if target == source or source in target.parents:
            refuse(f"dat is een bronmap of bronbestand van het project ({source}), of een map daarin.")
        if target in source.parents:
            refuse(f"daarin staat een bron van de build ({source}). De build vervangt de hele map.")
    if target.exists() and not target.is_dir():
        refuse("dat is een bestand, geen map. De build zou het bestand vervangen door een map.",
               "Kies de naam van een map, niet van een bestand.")
    if not target.is_dir():
        return target
    entries = sorted(p.name for p in target.iterdir())
    if not entries:
        return target
    marker = read_marker(target)
    if marker is None:
        examples = ", ".join(entries[:3]) + (", ..." if len(entries) > 3 else "")
        count = "1 bestand of map" if len(entries) == 1 else f"{len(entries)} bestanden of mappen"
        refuse(f"de map is niet leeg ({count}: {examples}) en is niet door een "
               f"eerdere build gemaakt (het bestand {MARKER} ontbreekt). De build vervangt de hele map en zou "
               "die bestanden weggooien.",
               new_folder + " Staat hier een site van een oudere versie van schoolprotocol, verwijder de map dan "
               "zelf één keer; daarna vervangt de build hem steeds zonder vragen.")
    if marker["soort"] != kind:
        refuse(f"daarin staat {KINDS[marker['soort']]} van een eerdere build.",
               "Kies een andere map, of verwijder deze map zelf als u hem echt wilt vervangen.")
    return target


def check_apart(public: Path, staff: Path, public_option: str = "--site", staff_option: str = "--intern") -> None:
    """The staff output is never inside the public output (it would be published), nor the other way round."""
    public, staff = Path(public).resolve(), Path(staff).resolve()
    if staff == public or public in staff.parents:
        raise OutputFolderError(
            f"De interne map mag niet in de openbare site staan. {staff_option} {staff} ligt in {public_option} "
            f"{public}, en alles daarin wordt gepubliceerd.\nKies een map buiten de site, zoals 'intern'.")
    if staff in public.parents:
        raise OutputFolderError(
            f"De openbare site mag niet in de interne map staan. {public_option} {public} ligt in {staff_option} "
            f"{staff}.\nKies twee mappen naast elkaar, zoals 'site' en 'intern'.")


def claim_root(root: Path, kind: str, sources: Iterable[Path] = ()) -> Path:
    """A batch's root folder: checked, made if needed, and marked (it is never replaced as a whole)."""
    root = check_target(root, kind, sources)
    root.mkdir(parents=True, exist_ok=True)
    if read_marker(root) is None:
        data = {"gemaakt_door": "schoolprotocol", "soort": kind,
                "uitleg": "Deze map is gemaakt door 'schoolprotocol batch'; elke school heeft een eigen submap."}
        (root / MARKER).write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return root


# --- stages ---------------------------------------------------------------------------------------------------

class _Stage:
    """A hidden folder beside the target, locked for as long as this process builds in it."""

    def __init__(self, parent: Path) -> None:
        parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(tempfile.mkdtemp(prefix=STAGE_PREFIX, dir=parent))
        # lock first, then give the lock file its name: a cleaner never sees an unlocked lock file of a live stage
        self._lock = open(self.path / f".{_LOCK}", "w")
        fcntl.flock(self._lock, fcntl.LOCK_EX)
        os.rename(self.path / f".{_LOCK}", self.path / _LOCK)
        self.new = self.path / "nieuw"

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        self._lock.close()


def clean_leftovers(parent: Path) -> list[Path]:
    """Remove stage folders in `parent` that killed runs left behind; a running build's stage stays."""
    removed: list[Path] = []
    if not Path(parent).is_dir():
        return removed
    now = time.time()
    for stage in Path(parent).glob(STAGE_PREFIX + "*"):
        if stage.is_symlink() or not stage.is_dir():
            continue
        try:
            handle = open(stage / _LOCK, "r")
        except FileNotFoundError:
            if now - stage.stat().st_mtime < _STALE_AFTER:
                continue  # just made; its lock follows in a moment
        else:
            with handle:
                try:
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # a build is running in it
                shutil.rmtree(stage, ignore_errors=True)
                removed.append(stage)
                continue
        shutil.rmtree(stage, ignore_errors=True)
        removed.append(stage)
    for stage in Path(parent).glob(".build-*"):  # stages of older versions: folders 0-<name>, 1-<name>
        if stage.is_symlink() or not stage.is_dir() or now - stage.stat().st_mtime < _STALE_AFTER:
            continue
        if all(re.fullmatch(r"\d+-.+(\.oud)?", p.name) for p in stage.iterdir()):
            shutil.rmtree(stage, ignore_errors=True)
            removed.append(stage)
    return removed


def _carry_over(target: Path, new: Path) -> list[str]:
    """Copy files someone added to our `target` since the last build into `new`; return their names."""
    marker = read_marker(target) if target.is_dir() else None
    if marker is None:
        return []
    ours = set(previous_files(target))
    carried = []
    for name in _files(target):
        if name in ours:
            continue
        source, destination = target / name, new / name
        if destination.exists() or destination.is_symlink():
            raise OutputFolderError(
                f"In de map {target} staat het bestand '{name}', dat niet door een eerdere build is gemaakt. "
                "De nieuwe build maakt een bestand met dezelfde naam en zou het overschrijven.\n"
                "Verplaats of hernoem dat bestand en bouw opnieuw. De vorige versie is niet veranderd.")
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, destination, follow_symlinks=False)
        carried.append(name)
    return carried


def _swap_all(pairs: list[tuple[Path, Path]], names: list[str]) -> None:
    """Exchange every `(new, target)`; if one fails, put back the ones already done and say what is where."""
    done: list[tuple[Path, Path, Path | None]] = []
    for (new, target), name in zip(pairs, names):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            old = exchange(new, target)
        except OSError as err:
            reason = f"{err.strerror or err}"
            failed_back = []
            for done_new, done_target, done_old in reversed(done):
                try:  # the new output goes back to where it was made, the old one to its place
                    if done_old is None:
                        os.rename(done_target, done_new)
                    elif done_old == done_new:  # an atomic exchange: exchange again
                        exchange(done_new, done_target)
                    else:
                        os.rename(done_target, done_new)
                        os.rename(done_old, done_target)
                except OSError:
                    failed_back.append(done_target)
            if not done:
                raise SwapError(f"{name.capitalize()} kon niet worden neergezet in {target}: {reason}.\n"
                                "Er is niets vervangen: de vorige versie staat er nog.") from None
            if failed_back:
                raise SwapError(
                    f"{name.capitalize()} kon niet worden neergezet in {target}: {reason}.\n"
                    f"Let op: in {', '.join(map(str, failed_back))} staat al de nieuwe versie, in {target} nog de "
                    "vorige. Los de oorzaak op en bouw opnieuw.") from None
            raise SwapError(f"{name.capitalize()} kon niet worden neergezet in {target}: {reason}.\n"
                            f"Daarom is ook de nieuwe versie in {', '.join(str(d[1]) for d in done)} teruggezet: "
                            "beide mappen zijn zoals ze waren.") from None
        done.append((new, target, old))


@contextmanager
def staged(targets: list[tuple[Path, str]], *, stage_parents: list[Path] | None = None,
           carried: list[str] | None = None) -> Iterator[list[Path]]:
    """Yield one empty folder per `(target, kind)`; if the body succeeds, mark them and swap them all in.

    Each stage lives in `stage_parents[i]` (default: beside its target), so the exchange stays on one disk.
    Files someone added to a marked target are carried over (their names are appended to `carried`).
    """
    resolved = [(Path(t).resolve(), kind) for t, kind in targets]
    parents = stage_parents or [t.parent for t, _ in resolved]
    stages: list[_Stage] = []
    try:
        for parent in parents:
            clean_leftovers(Path(parent))
            stages.append(_Stage(Path(parent)))
        for stage in stages:
            stage.new.mkdir()
        yield [stage.new for stage in stages]
        for stage, (target, kind) in zip(stages, resolved):
            files = _files(stage.new)
            moved = _carry_over(target, stage.new)
            if carried is not None:
                carried.extend(f"{target.name}/{name}" for name in moved)
            write_marker(stage.new, kind, files)
        _swap_all([(stage.new, target) for stage, (target, _) in zip(stages, resolved)],
                  [KINDS[kind] for _, kind in resolved])
    finally:
        for stage in stages:
            stage.remove()


def write_if_changed(path: Path, text: str) -> bool:
    """Atomically replace a generated file, and only when its content changes."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    os.chmod(tmp, 0o644)  # mkstemp makes files private; generated files are ordinary project files
    os.replace(tmp, path)
    return True
