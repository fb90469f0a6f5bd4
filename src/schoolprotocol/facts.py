"""Facts that change over time and are the same for every school.

Organisations, glossary terms, sector words and law articles live in
`data/*.yml`; each organisation and each law article carries the source it
was checked against and when. They are
read with the same safe loader and Dutch messages as a school's config.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, RootModel, TypeAdapter, ValidationError,
                      ValidationInfo, WrapValidator, computed_field, model_validator)
from pydantic_core import PydanticCustomError

from .config.problems import InputError
from .config.translate import problems_from
from .config.types import HttpsLink, JaNee, LangeTekst, Tekst
from .config.yamlsource import read_yaml
from .paths import DATA

DATA_DIR = DATA
STALE_AFTER_DAYS = 365
Sector = Literal["po", "vo", "mbo"]
SECTOREN: tuple[str, ...] = ("po", "vo", "mbo")

#: Help numbers include short numbers (112, 113) and 0800/0900 numbers.
HULPNUMMER_PATTERN = r"^(?:1[0-9]{2,5}|0[0-9]{3}[ -]?[0-9]{4,7}|0[0-9]{1,3}[ -]?[0-9]{3}[ -]?[0-9]{2,4}[ -]?[0-9]{0,4})$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Telefoonnummer(_Model):
    """A further number of an organisation (112 next to the police's 0900 number, 0800-0113 next to 113)."""

    nummer: str = Field(pattern=HULPNUMMER_PATTERN)
    toelichting: Tekst | None = None


class Organisatie(_Model):
    naam: Tekst
    wat: LangeTekst = Field(description="Wat de organisatie doet, in gewone taal.")
    wanneer: LangeTekst = Field(description="Wanneer je of u er terechtkunt.")
    voor: list[Literal["leerlingen", "ouders", "school"]] = Field(
        min_length=1, description="Voor wie; de eerste bepaalt onder welk kopje de organisatie op de hulppagina staat.")
    sectoren: list[Literal["po", "vo", "mbo"]] = Field(
        default_factory=lambda: ["po", "vo", "mbo"], min_length=1,
        description="Voor welke sectoren de organisatie er is; alleen die scholen tonen haar.")
    telefoon: str | None = Field(None, pattern=HULPNUMMER_PATTERN)
    telefoon_toelichting: Tekst | None = None
    extra_telefoons: list[Telefoonnummer] = Field(default_factory=list, description="Nog meer nummers, na het eerste.")
    website: HttpsLink
    chat: HttpsLink | None = None
    voorheen: Tekst | None = Field(None, description="Oude naam uit de bronnen, zodat lezers de organisatie herkennen.")
    voorlichting: Tekst | None = Field(
        None, description="Wat de organisatie biedt voor een ouderavond of studiedag; de preventiepagina noemt haar dan.")
    bron: HttpsLink = Field(description="Waar de gegevens zijn gecontroleerd.")
    meer_bronnen: list[HttpsLink] = Field(default_factory=list, description="Andere plaatsen waar een gegeven is nagekeken.")
    gecontroleerd_op: date
    onzeker: bool = Field(False, description="true: het telefoonnummer is niet bij de organisatie zelf nagekeken.")

    @model_validator(mode="after")
    def _numbers(self) -> "Organisatie":
        if self.telefoon is None and (self.telefoon_toelichting or self.extra_telefoons):
            raise PydanticCustomError("telefoon_ontbreekt",
                                      "Vul eerst 'telefoon' in; een toelichting of extra nummer hoort bij een hoofdnummer.")
        return self


#: Glossary text is printed as Markdown (so tooltips work inside it); it may hold no Markdown or HTML syntax.
_GEEN_OPMAAK = re.compile(r"[<>\[\]*_`|#{}\\]")


def _plain(value: str) -> str:
    if _GEEN_OPMAAK.search(value):
        raise PydanticCustomError(
            "opmaakteken", "Deze tekst bevat een opmaakteken (zoals een sterretje, liggend streepje, haakje [ ], accolade of < >); schrijf gewone zinnen.")
    return value


PlatteTekst = Annotated[Tekst, AfterValidator(_plain)]
PlatteLangeTekst = Annotated[LangeTekst, AfterValidator(_plain)]
#: A term is lower case (so its anchor is predictable): letters, digits, spaces and hyphens.
TERM_PATTERN = r"^[a-zà-ÿ0-9]+(?:[ -][a-zà-ÿ0-9]+)*$"
#: A variant is one way the word is written in running text; an apostrophe is allowed (slachtoffervideo's).
VARIANT_PATTERN = r"^[A-Za-zÀ-ÿ0-9]+(?:[ '-][A-Za-zÀ-ÿ0-9]+)*$"


def _one_or_per_sector(text: Any) -> Any:
    """One text for every sector the entry is for, or a mapping `po:`/`vo:`/`mbo:`; both end as a mapping.

    Checked by hand rather than as a union, so a mistake is reported once, at the field itself
    (a union reports it once for each of its forms). `sectoren` is checked before this field.
    """
    one = TypeAdapter(text)

    def check(value: Any, handler: Any, info: ValidationInfo) -> Any:
        if "sectoren" not in info.data:  # wrong itself; that is reported there
            return handler(value) if isinstance(value, dict) else {}
        sectors = info.data["sectoren"]
        if isinstance(value, str):
            try:
                checked = one.validate_python(value)
            except ValidationError as err:
                first = err.errors(include_url=False)[0]
                raise PydanticCustomError(first["type"], first["msg"], first.get("ctx")) from None
            return {sector: checked for sector in sectors}
        if not isinstance(value, dict):
            raise PydanticCustomError(
                "tekst_of_per_sector", "Vul één tekst in voor alle sectoren, of een tekst per sector (po:, vo: en mbo:).")
        texts = handler(value)
        missing = [s for s in sectors if s not in texts]
        if missing:
            raise PydanticCustomError("sector_ontbreekt", "Vul een tekst in voor elke sector waarvoor het begrip geldt; "
                                      "ontbreekt: {missing}.", {"missing": ", ".join(missing)})
        extra = [s for s in texts if s not in sectors]
        if extra:
            raise PydanticCustomError("sector_te_veel", "Er staat een tekst voor {extra}, maar het begrip geldt alleen "
                                      "voor {sectors} (zie 'sectoren').",
                                      {"extra": ", ".join(extra), "sectors": ", ".join(sectors)})
        return texts

    return Annotated[dict[Sector, text], WrapValidator(check)]


#: Glossary texts: one for every sector, or one per sector (a parent of a 9-year-old reads another text than a student).
PerSectorTekst = _one_or_per_sector(PlatteTekst)
PerSectorLangeTekst = _one_or_per_sector(PlatteLangeTekst)


@dataclass(frozen=True)
class SectorBegrip:
    """One glossary entry as one sector reads it: that sector's texts, and only links to entries it has."""

    term: str
    anker: str
    varianten: tuple[str, ...]
    kort: str
    uitleg: str
    zie_ook: tuple[str, ...]

    @property
    def woorden(self) -> tuple[str, ...]:
        """Every spelling that gets this term's tooltip."""
        return tuple(dict.fromkeys([self.term, *self.varianten]))


class Begrip(_Model):
    term: str = Field(pattern=TERM_PATTERN, max_length=60)
    varianten: list[Annotated[str, Field(pattern=VARIANT_PATTERN, max_length=60)]] = Field(
        default_factory=list, description="Andere schrijfwijzen (hoofdletter, meervoud) die ook een uitleg krijgen.")
    sectoren: list[Sector] = Field(
        default_factory=lambda: list(SECTOREN), min_length=1,
        description="Voor welke sectoren het begrip geldt; de andere scholen tonen het niet en geven geen uitleg.")
    uitleg: PerSectorLangeTekst = Field(description="Eén tekst, of per sector een tekst.")
    kort: PerSectorTekst = Field(description="Uitleg in één zin, voor de tooltip; één tekst of per sector.")
    zie_ook: list[str] = Field(default_factory=list, description="Andere termen uit deze lijst.")

    @computed_field  # type: ignore[prop-decorator]
    @property
    def anker(self) -> str:
        """The heading id on the glossary page: the term, spaces as hyphens."""
        return self.term.replace(" ", "-")

    @property
    def woorden(self) -> tuple[str, ...]:
        """Every spelling that gets this term's tooltip."""
        return tuple(dict.fromkeys([self.term, *self.varianten]))

    def voor(self, sector: str, terms: set[str] | frozenset[str]) -> SectorBegrip:
        """This entry in `sector`; `terms` are the terms that sector has (a link to another is left out)."""
        return SectorBegrip(self.term, self.anker, tuple(self.varianten), self.kort[sector], self.uitleg[sector],
                            tuple(t for t in self.zie_ook if t in terms))


class Sectortermen(_Model):
    sector_naam: Tekst
    leerling: Tekst
    leerlingen: Tekst
    kind: Tekst
    kinderen: Tekst
    mentor: Tekst
    mentoren: Tekst
    mentor_voluit: Tekst
    klas: Tekst
    klassen: Tekst
    klasgenoten: Tekst
    ouders: Tekst
    ouders_kort: Tekst
    zorgcoordinator: Tekst
    zorgteam: Tekst
    schoolgids: Tekst
    de_schoolgids: Tekst = Field(description="Met het juiste lidwoord: 'de schoolgids', 'het studentenstatuut'.")
    medezeggenschap: Tekst
    doelgroep: Tekst
    volwassen: JaNee


class _Organisaties(RootModel[dict[str, Organisatie]]):
    pass


#: A source may be an old http page; links a reader clicks (`link`) must be https.
BronLink = Annotated[str, Field(pattern=r"^https?://\S+$")]


class Wetsartikel(_Model):
    """Where a rule stands in the law of one sector."""

    wet: Tekst
    wet_kort: Tekst
    artikel: Tekst = Field(description="Zoals het in een zin staat: 'artikel 4a'.")
    link: HttpsLink
    onzeker: bool = Field(description="true: het artikelnummer is niet tegen de wettekst zelf nagekeken.")
    lidwoord: Literal["de", "het"] = Field("de", description="'het' voor het Burgerlijk Wetboek en het Wetboek van Strafrecht.")
    toelichting: LangeTekst | None = None


class Wetsregel(_Model):
    naam: Tekst
    wat: LangeTekst
    voorbeelden: LangeTekst | None = None
    sectoren: dict[Literal["po", "vo", "mbo"], Wetsartikel] | None = Field(
        None, description="Per sector een eigen artikel (zoals de meldplicht in WPO, WVO 2020 en WEB).")
    artikel: Wetsartikel | None = Field(
        None, description="Eén artikel voor alle sectoren (zoals het Wetboek van Strafrecht).")
    bron: BronLink
    meer_bronnen: list[BronLink] = Field(default_factory=list)
    nagekeken: LangeTekst = Field(description="Wat er in de bronnen is nagekeken, en wat niet.")
    gecontroleerd_op: date

    @model_validator(mode="after")
    def _alle_sectoren(self) -> "Wetsregel":
        if (self.sectoren is None) == (self.artikel is None):
            raise PydanticCustomError("artikel_of_sectoren",
                                      "Vul 'artikel' in (één artikel voor alle sectoren) of 'sectoren' (per sector), niet allebei.")
        if self.sectoren is None:
            return self
        missing = [s for s in ("po", "vo", "mbo") if s not in self.sectoren]
        if missing:
            raise PydanticCustomError("sector_ontbreekt", "Vul het artikel in voor elke sector; ontbreekt: {missing}.",
                                      {"missing": ", ".join(missing)})
        return self

    def voor(self, sector: str) -> Wetsartikel:
        """The article for one sector: its own, or the one that holds for all."""
        return self.artikel if self.artikel is not None else self.sectoren[sector]


class _Wetten(RootModel[dict[str, Wetsregel]]):
    pass


class Stap(_Model):
    """One action of the steps: Jinja text with the page macros (wie, bel, tel, wetsartikel ...), HTML allowed."""

    tekst: LangeTekst
    lees_meer: str | None = Field(None, pattern=r"^[a-z0-9-]+$", description="Anker op de pagina met het stappenplan.")
    lees_meer_tekst: Tekst | None = None


class Stappen(_Model):
    """The steps, once: the site's first box, and the incident card and form, read them all from here."""

    eerst: list[Stap] = Field(min_length=1, description="Het kader 'Eerst dit' op de site; stap 1 op kaart en formulier.")
    handelen: list[Stap] = Field(min_length=1)
    communiceren: list[Stap] = Field(min_length=1)
    ouders_informeren: LangeTekst = Field(description="De regels over het informeren van ouders, één tekst voor elke pagina.")


class _Begrippen(RootModel[list[Begrip]]):
    @model_validator(mode="after")
    def _consistent(self) -> "_Begrippen":
        owner: dict[str, str] = {}
        for begrip in self.root:
            for word in begrip.woorden:
                if word in owner and owner[word] != begrip.term:
                    raise PydanticCustomError(
                        "dubbel_woord", "Het woord '{word}' staat bij twee begrippen ('{a}' en '{b}'); een woord kan maar één uitleg hebben.",
                        {"word": word, "a": owner[word], "b": begrip.term})
                owner[word] = begrip.term
        terms = {b.term for b in self.root}
        for begrip in self.root:
            for other in begrip.zie_ook:
                if other not in terms:
                    raise PydanticCustomError(
                        "zie_ook_onbekend", "Bij '{term}' verwijst 'zie_ook' naar '{other}', maar dat begrip staat niet in de lijst.",
                        {"term": begrip.term, "other": other})
        return self


class Sectorwoord(_Model):
    """Words that belong to some sectors; `check` notes them in a config of another sector."""

    woorden: list[Annotated[str, Field(pattern=r"^[a-zà-ÿ0-9'’]+(?: [a-zà-ÿ0-9'’]+)*$", max_length=60)]] = Field(min_length=1)
    hoort_bij: list[Literal["po", "vo", "mbo"]] = Field(min_length=1)
    anders: dict[Literal["po", "vo", "mbo"], Tekst] = Field(default_factory=dict)


class _Invulvelden(RootModel[dict[Tekst, Tekst]]):
    """Blanks in the letters (`data/invulvelden.yml`): name -> what to fill in."""


class _Sectorwoorden(RootModel[list[Sectorwoord]]):
    pass


class _Sectoren(_Model):
    po: Sectortermen
    vo: Sectortermen
    mbo: Sectortermen


#: A place in the site: a page's file in content/ without '.md' (`index` is the start page), and optionally
#: '#' and the anchor of one heading on it (`calamiteiten#politie`).
PLEK_PATTERN = re.compile(r"^[a-z0-9-]+(?:/[a-z0-9-]+)*(?:#[a-z0-9_-]+)?$")
#: What a reader types: lower case words (digits for phone numbers), separated by spaces or hyphens.
ZOEKWOORD_PATTERN = re.compile(r"^[a-zà-ÿ0-9'’]+(?:[ -][a-zà-ÿ0-9'’]+)*$")


def _zoekwoord(value: str) -> str:
    if not ZOEKWOORD_PATTERN.match(value):
        raise PydanticCustomError(
            "zoekwoord", "Een zoekwoord is gewoon typwerk: kleine letters en cijfers, met spaties of streepjes ertussen "
            "(zoals 'naaktfoto gelekt'); geen hoofdletters, leestekens of opmaak.")
    return value


Zoekwoord = Annotated[str, Field(min_length=1, max_length=60), AfterValidator(_zoekwoord)]


class Zoekwoorden(_Model):
    """What readers type to find one page or one part of a page, and how high that place ranks."""

    waarom: LangeTekst = Field(description="Waarom lezers hier terecht moeten komen: één of twee zinnen.")
    woorden: list[Zoekwoord] = Field(default_factory=list, description="Wat lezers in het zoekvak typen.")
    gewicht: Literal["onderaan", "lager", "gewoon", "hoger"] = Field(
        "gewoon", description="onderaan: alleen als geen echte pagina het woord heeft (de begrippenlijst); "
                              "lager: teksten om te versturen (brieven); hoger: wat iemand nu moet doen, komt boven uitleg.")

    @model_validator(mode="after")
    def _says_something(self) -> "Zoekwoorden":
        if not self.woorden and self.gewicht == "gewoon":
            raise PydanticCustomError("zoekwoorden_leeg", "Vul 'woorden' in, of een ander 'gewicht' dan gewoon; "
                                      "anders doet deze plek niets.")
        return self


class _Zoekwoorden(RootModel[dict[str, Zoekwoorden]]):
    @model_validator(mode="after")
    def _places(self) -> "_Zoekwoorden":
        for plek in self.root:
            if not PLEK_PATTERN.match(plek):
                raise PydanticCustomError(
                    "plek", "De plek '{plek}' klopt niet. Schrijf de pagina zoals het bestand in content/ heet, zonder "
                    "'.md' (zoals 'ouders' of 'personeel/pers'), en eventueel '#' met het anker van een kopje "
                    "(zoals 'calamiteiten#politie').", {"plek": plek})
        return self


@dataclass(frozen=True)
class Facts:
    organisaties: dict[str, Organisatie]
    begrippen: tuple[Begrip, ...]
    sectoren: _Sectoren
    wetten: dict[str, Wetsregel] = dataclass_field(default_factory=dict)
    sectorwoorden: tuple[Sectorwoord, ...] = ()
    stappen: Stappen | None = None
    invulvelden: dict[str, str] = dataclass_field(default_factory=dict)
    """Blanks in the letters: name -> what to fill in (`letters.blanks`)."""
    #: place in the site -> what readers type there (`data/zoekwoorden.yml`), for the search index
    zoekwoorden: dict[str, Zoekwoorden] = dataclass_field(default_factory=dict)

    def begrippen_voor(self, sector: str) -> tuple[SectorBegrip, ...]:
        """The glossary of one sector: the entries for it, with its texts, in the order of the data file."""
        here = [b for b in self.begrippen if sector in b.sectoren]
        terms = frozenset(b.term for b in here)
        return tuple(b.voor(sector, terms) for b in here)

    def stale(self, today: date) -> list[str]:
        return [
            f"Let op: de gegevens van {org.naam} (data/organisaties.yml) zijn voor het laatst gecontroleerd op "
            f"{org.gecontroleerd_op.isoformat()}, meer dan een jaar geleden. Controleer ze bij {org.bron}."
            for org in self.organisaties.values()
            if (today - org.gecontroleerd_op).days > STALE_AFTER_DAYS
        ] + [
            f"Let op: '{regel.naam}' (data/wetten.yml) is voor het laatst gecontroleerd op "
            f"{regel.gecontroleerd_op.isoformat()}, meer dan een jaar geleden. Controleer het bij {regel.bron}."
            for regel in self.wetten.values()
            if (today - regel.gecontroleerd_op).days > STALE_AFTER_DAYS
        ]

    def unverified(self, sector: str) -> list[str]:
        """Article numbers for this sector that were not checked against the text of the law."""
        return [
            f"Let op: {artikel.artikel} {artikel.wet_kort} bij '{regel.naam}' (data/wetten.yml) is niet tegen de "
            f"wettekst nagekeken. Kijk het na op wetten.overheid.nl voordat het bestuur het protocol vaststelt."
            for regel in self.wetten.values()
            if (artikel := regel.voor(sector)).onzeker
        ]

    def unverified_numbers(self, sector: str) -> list[str]:
        """Phone numbers of organisations for this sector that were not checked at the organisation itself."""
        return [
            f"Let op: het telefoonnummer van {org.naam} (data/organisaties.yml) is niet bij de organisatie zelf "
            f"nagekeken. Controleer het bij {org.website} voordat het bestuur het protocol vaststelt."
            for org in self.organisaties.values()
            if org.onzeker and sector in org.sectoren
        ]


def _load(path: Path, model: type[BaseModel], what: str):
    source = read_yaml(path, what=what)
    try:
        return model.model_validate(source.data)
    except ValidationError as err:
        raise InputError(problems_from(err, source, model)) from None


def load_facts(data_dir: Path = DATA_DIR) -> Facts:
    """Read all data files; every problem in any of them is reported together."""
    problems = []
    loaded = {}
    for name, model, what in (("organisaties", _Organisaties, "organisaties"),
                              ("begrippen", _Begrippen, "begrippenlijst"),
                              ("sectoren", _Sectoren, "sectorwoorden"),
                              ("wetten", _Wetten, "wetsartikelen"),
                              ("sectorwoorden", _Sectorwoorden, "woorden per sector"),
                              ("stappen", Stappen, "stappen"),
                              ("invulvelden", _Invulvelden, "lijst met invulvelden"),
                              ("zoekwoorden", _Zoekwoorden, "zoekwoorden")):
        try:
            loaded[name] = _load(data_dir / f"{name}.yml", model, what)
        except InputError as err:
            problems.extend(err.problems)
    if problems:
        raise InputError(problems)
    begrippen = tuple(loaded["begrippen"].root)
    return Facts(loaded["organisaties"].root, begrippen, loaded["sectoren"], loaded["wetten"].root,
                 tuple(loaded["sectorwoorden"].root), loaded["stappen"], dict(loaded["invulvelden"].root),
                 loaded["zoekwoorden"].root)


@lru_cache(maxsize=4)
def cached_facts(data_dir: Path, stamp: tuple) -> Facts:
    return load_facts(data_dir)


def facts_for(data_dir: Path = DATA_DIR) -> Facts:
    """Load once per process while the files are unchanged (serve rebuilds, batch builds)."""
    files = sorted(data_dir.glob("*.yml"))
    stamp = tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files)
    return cached_facts(data_dir, stamp)
