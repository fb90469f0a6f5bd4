"""No internal value reaches any public output; the staff output shows them all."""

from __future__ import annotations

from conftest import build_school, school_with
from outputs import file_texts, leaks
from schoolprotocol.audience import Audience, contact_for, internal_values
from schoolprotocol.config import load_school


def test_example_has_internal_values_to_protect(example_build):
    values = internal_values(load_school(example_build.config).config)
    assert len(values) >= 15
    assert "Samir Benali" in values and "06 12345678" in values


def test_no_internal_value_anywhere_in_the_public_site(example_build):
    values = internal_values(load_school(example_build.config).config)
    texts = file_texts(example_build.site)
    kinds = {p.name for p in texts}
    assert {"index.html", "search_index.json", "sitemap.xml", "sitemap.xml.gz"} <= kinds
    assert leaks(values, texts) == {}


def test_nothing_internal_is_written_into_the_public_folder_by_any_step(example_build):
    """The staff output lives outside site/, so publishing site/ cannot publish it."""
    site, intern = example_build.site.resolve(), example_build.intern.resolve()
    assert site not in intern.parents and intern not in site.parents


def test_marking_a_detail_public_shows_it_and_only_it(tmp_path):
    def change(d):
        d["personen"]["zorgcoordinator"]["openbaar"] = ["naam"]
        d["personen"]["zorgcoordinator"]["naam"] = "Zora Zorgvuldig-Xyzzy"
        d["personen"]["zorgcoordinator"]["telefoon"] = "06 98765432"
    built = build_school(school_with(tmp_path / "in", change), tmp_path / "out", documents=False)
    texts = file_texts(built.site)
    assert leaks(["Zora Zorgvuldig-Xyzzy"], texts)
    assert leaks(["06 98765432"], texts) == {}


def test_public_view_falls_back_to_the_school_for_hidden_routes():
    config = load_school(__import__("conftest").EXAMPLE).config
    public = contact_for(config.personen.zorgcoordinator, Audience.PUBLIC)
    assert public.naam is public.telefoon is public.email is None
    assert public.via_school and public.functie == "Zorgcoördinator"
    staff = contact_for(config.personen.zorgcoordinator, Audience.STAFF)
    assert staff.naam == "Peter Bakker" and staff.telefoon == "030 123 4502"


def test_staff_output_shows_every_internal_value(example_build):
    """What the public output hides, the staff output has: nothing internal is simply lost."""
    values = internal_values(load_school(example_build.config).config)
    texts = file_texts(example_build.intern)
    missing = [value for value in values if not leaks([value], texts)]
    assert missing == []
