"""A school board in one command: isolation between schools, failures, skipping and sharding."""

from __future__ import annotations

import functools
import shutil
from dataclasses import asdict
from pathlib import Path

import pytest
import yaml

from conftest import ROOT, example_data, shared_once
from outputs import file_texts, leaks
from schoolprotocol.audience import Audience
from schoolprotocol.batch import SchoolResult, Shard, Status, discover, run, write_index

SCHOOLS = {
    "de-wilg": dict(naam="Basisschool De Wilg", sector="po", telefoon="0111 111111", kleur="#115511",
                    vp="Wilma Wilgenboom", vp_tel="06 11111111"),
    "het-anker": dict(naam="Het Anker Lyceum", sector="vo", telefoon="0222 222222", kleur="#222288",
                      vp="Anton Ankerman", vp_tel="06 22222222"),
    "roc-kompas": dict(naam="ROC Kompas", sector="mbo", telefoon="0333 333333", kleur="#883333",
                       vp="Kees Kompasnaald", vp_tel="06 33333333"),
}


#: The own text (`scholen/<naam>/eigen/ouders.md`) of one school of the board: it must reach that
#: school's site, PDF and staff site, and no other school's output.
OWN_TEXT = {"de-wilg": "Op De Wilg kunt u ook terecht bij juf Merel van groep acht"}


#: The board's outputs as text, read once per test process: the PDFs' text extraction is most of the cost,
#: and the board (a shared build) does not change after it is made.
board_texts = functools.cache(file_texts)


def write_own_text(configs: Path, slug: str, text: str) -> Path:
    own = configs / slug / "eigen"
    own.mkdir(parents=True, exist_ok=True)
    (own / "ouders.md").write_text(text + ".\n", encoding="utf-8")
    return own / "ouders.md"


def write_board(folder: Path, schools: dict = SCHOOLS) -> Path:
    configs = folder / "scholen"
    configs.mkdir(parents=True)
    shutil.copy(ROOT / "school" / "logo.svg", configs / "logo.svg")
    for slug, s in schools.items():
        data = example_data()
        data["school"].update(naam=s["naam"], sector=s["sector"], telefoon=s["telefoon"], logo="logo.svg")
        data["school"]["kleuren"]["primair"] = s["kleur"]
        data["personen"]["vertrouwenspersoon"].update(naam=s["vp"], telefoon=s["vp_tel"])
        data.pop("termen", None)
        (configs / f"{slug}.yml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return configs


@pytest.fixture(scope="session")
def board(tmp_path_factory):
    """The three schools and a broken config, with documents: built once per run, also with several
    pytest-xdist workers (the tests that read it are read-only)."""
    def make(folder: Path):
        configs = write_board(folder)
        for slug, text in OWN_TEXT.items():
            write_own_text(configs, slug, text)
        (configs / "kapot.yml").write_text("school:\n  naam: [\n", encoding="utf-8")
        results = run(discover(configs), folder / "dist", folder / "intern", workers=2)
        write_index(discover(configs), folder / "dist", folder / "intern")
        return folder, configs, {r.slug: r for r in results}

    def dump(made):
        folder, configs, results = made
        return [str(folder), str(configs), [asdict(r) for r in results.values()]]

    def load(data):
        folder, configs, results = data
        return Path(folder), Path(configs), {r["slug"]: SchoolResult(**{**r, "status": Status(r["status"])})
                                             for r in results}
    return shared_once(tmp_path_factory, "bestuur", make, dump=dump, load=load)


def test_each_good_school_is_built_and_the_bad_one_fails_alone(board):
    folder, _, results = board
    assert {s: r.status for s, r in results.items()} == {
        "de-wilg": Status.BUILT, "het-anker": Status.BUILT, "roc-kompas": Status.BUILT, "kapot": Status.FAILED}
    assert "kapot.yml, regel" in results["kapot"].message
    for slug in SCHOOLS:
        assert (folder / "dist" / slug / "index.html").is_file()
        assert (folder / "intern" / slug / "site" / "index.html").is_file()


def test_no_value_of_one_school_appears_in_another_schools_output(board):
    folder, _, _ = board
    for slug, school in SCHOOLS.items():
        own = [school["naam"], school["telefoon"], school["kleur"], school["vp"], school["vp_tel"]]
        others = [v for other, s in SCHOOLS.items() if other != slug
                  for v in (s["naam"], s["telefoon"], s["kleur"], s["vp"], s["vp_tel"])]
        public, staff = board_texts(folder / "dist" / slug), board_texts(folder / "intern" / slug)
        for root, texts in ((folder / "dist" / slug, public), (folder / "intern" / slug, staff)):
            assert leaks(others, texts) == {}, (slug, root)
        assert set(leaks(own, staff)) == set(own)
        assert leaks([school["vp"], school["vp_tel"]], public) == {}


def test_each_schools_own_text_reaches_its_own_outputs_only(board):
    folder, _, _ = board
    for slug, text in OWN_TEXT.items():
        public = board_texts(folder / "dist" / slug)
        assert text in (folder / "dist" / slug / "ouders" / "index.html").read_text(encoding="utf-8")
        assert text in (folder / "intern" / slug / "site" / "ouders" / "index.html").read_text(encoding="utf-8")
        pdfs = [path for path in public if path.suffix == ".pdf"]
        assert pdfs and any(text in " ".join(public[path].split()) for path in pdfs), "own text in the public PDF"
        for other in SCHOOLS:
            if other != slug:
                assert leaks([text], board_texts(folder / "dist" / other)) == {}, other
                assert leaks([text], board_texts(folder / "intern" / other)) == {}, other


def test_sector_words_follow_each_school(board):
    folder, _, _ = board
    assert "Voor studenten" in (folder / "dist" / "roc-kompas" / "leerlingen" / "index.html").read_text()
    assert "Voor leerlingen" in (folder / "dist" / "de-wilg" / "leerlingen" / "index.html").read_text()


def test_index_lists_the_built_schools_only(board):
    folder, _, _ = board
    index = (folder / "dist" / "index.html").read_text(encoding="utf-8")
    for slug, school in SCHOOLS.items():
        assert f'href="{slug}/"' in index and school["naam"] in index
    assert "kapot" not in index
    assert "3 scholen" in index


def test_unchanged_schools_are_skipped_and_changed_ones_rebuilt(tmp_path):
    configs = write_board(tmp_path, {k: SCHOOLS[k] for k in ("de-wilg", "het-anker")})
    dist, intern = tmp_path / "dist", tmp_path / "intern"
    first = run(discover(configs), dist, intern, workers=1, documents=False)
    assert [r.status for r in first] == [Status.BUILT, Status.BUILT]

    again = run(discover(configs), dist, intern, workers=1, documents=False)
    assert [r.status for r in again] == [Status.SKIPPED, Status.SKIPPED]

    own = write_own_text(configs, "de-wilg", "Vraag op De Wilg naar meester Ruben")  # own text counts as a change
    with_own = run(discover(configs), dist, intern, workers=1, documents=False)
    assert [r.status for r in with_own] == [Status.BUILT, Status.SKIPPED]
    assert "Vraag op De Wilg naar meester Ruben" in (dist / "de-wilg" / "ouders" / "index.html").read_text()
    own.write_text("Vraag op De Wilg naar juf Fatima.\n", encoding="utf-8")
    assert [r.status for r in run(discover(configs), dist, intern, workers=1, documents=False)] == [
        Status.BUILT, Status.SKIPPED]
    assert "juf Fatima" in (dist / "de-wilg" / "ouders" / "index.html").read_text()

    anker = configs / "het-anker.yml"
    anker.write_text(anker.read_text().replace("Het Anker Lyceum", "Het Nieuwe Anker"), encoding="utf-8")
    shutil.rmtree(dist / "de-wilg")
    changed = run(discover(configs), dist, intern, workers=1, documents=False)
    assert [r.status for r in changed] == [Status.BUILT, Status.BUILT]
    assert "Het Nieuwe Anker" in (dist / "het-anker" / "index.html").read_text()

    forced = run(discover(configs), dist, intern, workers=1, force=True, documents=False)
    assert [r.status for r in forced] == [Status.BUILT, Status.BUILT]


def test_a_failed_rebuild_keeps_the_schools_previous_site(tmp_path):
    configs = write_board(tmp_path, {"de-wilg": SCHOOLS["de-wilg"]})
    dist, intern = tmp_path / "dist", tmp_path / "intern"
    run(discover(configs), dist, intern, workers=1, documents=False)
    before = (dist / "de-wilg" / "index.html").read_bytes()
    (configs / "de-wilg.yml").write_text("school: [\n", encoding="utf-8")
    [result] = run(discover(configs), dist, intern, workers=1, documents=False)
    assert result.status is Status.FAILED
    assert (dist / "de-wilg" / "index.html").read_bytes() == before
    assert write_index(discover(configs), dist, intern) == 1
    assert "Basisschool De Wilg" in (dist / "index.html").read_text()


@pytest.mark.snel
def test_shards_split_the_board_without_overlap_and_stay_put():
    names = [f"school-{i:03d}" for i in range(200)]
    shards = [Shard(k, 4) for k in range(1, 5)]
    parts = [{n for n in names if s.holds(n)} for s in shards]
    assert set().union(*parts) == set(names)
    assert sum(len(p) for p in parts) == len(names)
    assert all(30 <= len(p) <= 70 for p in parts)
    more = names + [f"nieuw-{i}" for i in range(50)]
    assert [{n for n in more if s.holds(n) and n in names} for s in shards] == parts


@pytest.mark.snel
@pytest.mark.parametrize("text", ["0/3", "4/3", "a/b", "1-3", "3"])
def test_bad_shard_is_a_usage_error(text, cli, tmp_path):
    with pytest.raises(ValueError):
        Shard.parse(text)
    result = cli("batch", tmp_path, "--shard", text)
    assert result.code == 2 and "K/N" in result.err


def test_cli_batch_with_a_shard_builds_only_its_part(tmp_path, cli):
    configs = write_board(tmp_path)
    mine = [p.stem for p in discover(configs, Shard(1, 2))]
    result = cli("batch", configs, "--uit", tmp_path / "dist", "--intern", tmp_path / "intern", "--shard", "1/2",
                 "--workers", "1", "--alleen-site")
    assert result.code == 0, result.err
    built = sorted(p.name for p in (tmp_path / "dist").iterdir() if p.is_dir())
    assert built == sorted(mine)
    assert f"{len(mine)} gebouwd, 0 overgeslagen, 0 mislukt" in result.out
    assert not (tmp_path / "dist" / "index.html").exists(), "a shard does not claim the whole board's index"

    other = cli("batch", configs, "--uit", tmp_path / "dist", "--intern", tmp_path / "intern", "--shard", "2/2",
                "--workers", "1", "--alleen-site")
    assert other.code == 0
    merged = cli("batch", configs, "--uit", tmp_path / "dist", "--intern", tmp_path / "intern", "--alleen-index")
    assert merged.code == 0 and "3 scholen" in merged.out
    index = (tmp_path / "dist" / "index.html").read_text()
    assert all(school["naam"] in index for school in SCHOOLS.values())


@pytest.mark.snel
def test_cli_batch_reports_failures_in_its_exit_status(tmp_path, cli):
    configs = tmp_path / "scholen"
    configs.mkdir()
    (configs / "Foute Naam.yml").write_text("school: {}\n", encoding="utf-8")
    result = cli("batch", configs, "--uit", tmp_path / "dist", "--intern", tmp_path / "intern", "--workers", "1")
    assert result.code == 1
    assert "geen geldige schoolnaam" in result.err


@pytest.mark.snel
def test_an_eigen_folder_shared_by_the_whole_board_is_refused_before_anything_is_built(tmp_path, cli):
    """`scholen/eigen/` would be every school's own text; the board is told where each school's goes."""
    configs = write_board(tmp_path, {"de-wilg": SCHOOLS["de-wilg"]})
    (configs / "eigen").mkdir()
    (configs / "eigen" / "ouders.md").write_text("Alleen voor De Wilg.\n", encoding="utf-8")
    result = cli("batch", configs, "--uit", tmp_path / "dist", "--intern", tmp_path / "intern", "--workers", "1")
    assert result.code == 1
    assert str(configs / "eigen") in result.err and str(configs / "de-regenboog" / "eigen") in result.err
    assert "Traceback" not in result.err
    assert not (tmp_path / "dist").exists() and not (tmp_path / "intern").exists()


@pytest.mark.snel
def test_x_yml_and_x_yaml_both_fail_naming_both_files(tmp_path):
    configs = write_board(tmp_path, {"de-wilg": SCHOOLS["de-wilg"]})
    twin = configs / "de-wilg.yaml"
    twin.write_bytes((configs / "de-wilg.yml").read_bytes())
    results = run(discover(configs), tmp_path / "dist", tmp_path / "intern", workers=1, documents=False)
    assert [r.status for r in results] == [Status.FAILED, Status.FAILED]
    for result in results:
        assert "de-wilg.yml" in result.message and "de-wilg.yaml" in result.message
    assert {r.slug for r in results} == {"de-wilg.yml", "de-wilg.yaml"}, "the report tells the two apart"
    assert not (tmp_path / "dist" / "de-wilg").exists()


@pytest.mark.snel
@pytest.mark.parametrize("name", ["de-wilg\n", "de-wilg\r", "De-Wilg", "-wilg", "de wilg"])
def test_a_school_name_must_match_the_whole_pattern(tmp_path, name):
    from schoolprotocol.batch import build_one

    config = tmp_path / f"{name}.yml"
    config.write_text("school: {}\n", encoding="utf-8")
    result = build_one(config, tmp_path / "dist", tmp_path / "intern", "project", None, force=True)
    assert result.status is Status.FAILED
    assert "geen geldige schoolnaam" in result.message


@pytest.mark.snel
def test_one_schools_unexpected_error_fails_only_that_school_with_a_log(tmp_path, monkeypatch):
    import tempfile

    from schoolprotocol import pipeline

    logs = tmp_path / "tijdelijk"
    logs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(logs))

    def surprise(*args, **kwargs):
        raise ZeroDivisionError("onvoorzien")
    monkeypatch.setattr(pipeline, "build", surprise)
    configs = write_board(tmp_path, {"de-wilg": SCHOOLS["de-wilg"]})
    [result] = run(discover(configs), tmp_path / "dist", tmp_path / "intern", workers=1, documents=False)
    assert result.status is Status.FAILED
    assert "onverwachts" in result.message and "onvoorzien" in result.message
    [log] = logs.glob("schoolprotocol-fout-*.log")
    assert str(log) in result.message and "Traceback" in log.read_text(encoding="utf-8")


def test_batch_stages_outside_the_published_root_and_cleans_up_killed_runs(tmp_path, monkeypatch):
    import os
    import time

    from schoolprotocol import pipeline
    from schoolprotocol.output import MARKER, STAGE_PREFIX

    configs = write_board(tmp_path, {"de-wilg": SCHOOLS["de-wilg"]})
    dist, intern = tmp_path / "dist", tmp_path / "intern"
    run(discover(configs), dist, intern, workers=1, documents=False)
    old_style = dist / ".build-oud"  # what older versions left inside dist/ when killed
    (old_style / "1-de-wilg" / "site").mkdir(parents=True)
    an_hour_ago = time.time() - 3600
    os.utime(old_style, (an_hour_ago, an_hour_ago))
    dead = tmp_path / f"{STAGE_PREFIX}dood"
    dead.mkdir()
    (dead / "slot").write_text("")
    stages = []

    def where(checked, public, staff):
        stages.extend([public, staff])
    monkeypatch.setattr(pipeline, "SITE_STEPS", (*pipeline.SITE_STEPS, where))

    [result] = run(discover(configs), dist, intern, workers=1, force=True, documents=False)

    assert result.status is Status.BUILT, result.message
    assert stages and all(dist.resolve() not in s.parents and intern.resolve() not in s.parents for s in stages)
    assert not old_style.exists() and not dead.exists()
    assert sorted(p.name for p in dist.iterdir()) == sorted([MARKER, "de-wilg"])


@pytest.mark.snel
def test_batch_refuses_the_public_root_inside_the_staff_root(tmp_path):
    from schoolprotocol.errors import OutputFolderError

    configs = write_board(tmp_path, {"de-wilg": SCHOOLS["de-wilg"]})
    with pytest.raises(OutputFolderError, match="mag niet in de interne map"):
        run(discover(configs), tmp_path / "intern" / "dist", tmp_path / "intern", workers=1, documents=False)
    assert not (tmp_path / "intern").exists()


def test_a_process_that_builds_school_after_school_lets_go_of_each_one(tmp_path, monkeypatch):
    """A batch builds hundreds of sites in one process: what a build computed (the checked data, the page
    contexts) must be freed when the build is over, or memory grows with every school (it did: about 2 MB per
    school, kept by the page adapter and by the compiled-template cache)."""
    import gc
    import weakref

    from schoolprotocol import pipeline

    used = []  # what the first build itself worked with, as the output steps receive it

    def watch(checked, public, staff):
        if not used:
            used.extend([weakref.ref(checked.facts), weakref.ref(checked.contexts[Audience.PUBLIC])])
    monkeypatch.setattr(pipeline, "SITE_STEPS", (*pipeline.SITE_STEPS, watch))
    for round_ in range(3):
        pipeline.build(ROOT / "school_config.yml", tmp_path / f"site{round_}", tmp_path / f"intern{round_}",
                       documents=False)
    # Data held only through a weak key (the page adapter's env) is freed one collection after its key:
    # collect until a collection finds nothing more. What is still held then is kept on purpose somewhere.
    for _ in range(10):
        if not gc.collect():
            break
    assert [ref() is None for ref in used] == [True, True], "the first build's data is still held"
