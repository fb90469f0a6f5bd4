"""The school configuration: the single source of truth for what a school sets.

The JSON Schema in `schema/`, the reference in the README and the browser
configurator are all generated from these models. Field names are the Dutch
keys of `school_config.yml`; titles and descriptions are the help text users
see, so write them for a school leader, not a programmer.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from .types import Datum, Email, HttpsLink, JaNee, Kleur, Link, Opmaaktekst, SiteUrl, Telefoon, Tekst, tekst

Sector = Literal["po", "vo", "mbo"]
Detail = Literal["naam", "telefoon", "email"]

#: Roles a step of the protocol can point to. "mentor" is the pupil's own
#: mentor, SLB'er or groepsleerkracht (the sector decides the word).
Rol = Literal[
    "mentor", "schoolleiding", "vertrouwenspersoon", "externe_vertrouwenspersoon", "zorgcoordinator",
    "socialemediafunctionaris", "woordvoerder", "crisiscommunicatie", "wijkagent",
]


#: A version of the national text: year.month, like 2026.12 (see `schoolprotocol.version`).
TEKSTVERSIE_PATTERN = r"^20[0-9]{2}\.(0[1-9]|1[0-2])$"


def _version_not_number(value: Any) -> Any:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        raise PydanticCustomError("tekstversie_getal", (
            'Zet de versie tussen aanhalingstekens, zoals "2026.12". Zonder aanhalingstekens leest het bestand '
            "het als een getal (en wordt 2026.10 dan 2026.1)."))
    return value


def _version_format(value: str) -> str:
    if not re.match(TEKSTVERSIE_PATTERN, value):
        raise PydanticCustomError("tekstversie", 'Een versie van de tekst schrijft u als jaar.maand, zoals "2026.12".')
    return value


Tekstversie = Annotated[str, BeforeValidator(_version_not_number), AfterValidator(_version_format),
                        Field(json_schema_extra={"pattern": TEKSTVERSIE_PATTERN}, examples=["2026.12"])]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True,
                              use_attribute_docstrings=False)


class Persoon(Model):
    """Iemand met een rol in het protocol. Naam, telefoon en e-mail zijn standaard intern."""

    functie: Tekst = Field(title="Functie", description=(
        "De functie zoals iedereen die mag zien, bijvoorbeeld 'Vertrouwenspersoon' of 'Teamleider bovenbouw'. "
        "Laat u dit weg, dan gebruiken we de naam van de rol."))
    naam: Tekst | None = Field(None, title="Naam", description="Naam van de persoon. Standaard intern: alleen in de personeelsversie.")
    telefoon: Telefoon | None = Field(None, title="Telefoon", description="Direct nummer. Standaard intern.")
    email: Email | None = Field(None, title="E-mail", description=(
        "E-mailadres. Standaard intern. Is het een functioneel adres (zoals vertrouwenspersoon@school.nl), "
        "zet dan 'email' bij openbaar."))
    bereikbaar: Tekst | None = Field(None, title="Bereikbaar", description="Wanneer deze persoon bereikbaar is, bijvoorbeeld 'ma t/m do 8.30-16.30 uur'.")
    openbaar: list[Detail] = Field(default_factory=list, title="Openbaar", description=(
        "Welke gegevens op de openbare site en in de openbare PDF mogen staan: naam, telefoon en/of email. "
        "Wat hier niet staat, blijft intern; de openbare versie verwijst dan naar het algemene nummer van de school."),
        json_schema_extra={"uniqueItems": True})

    @model_validator(mode="after")
    def _openbaar_known(self) -> "Persoon":
        missing = [d for d in self.openbaar if getattr(self, d) is None]
        if missing:
            raise PydanticCustomError("openbaar_leeg", "Bij openbaar staat '{detail}', maar dat gegeven is niet ingevuld.",
                                      {"detail": missing[0]})
        if len(set(self.openbaar)) != len(self.openbaar):
            raise PydanticCustomError("openbaar_dubbel", "Bij openbaar staat een gegeven twee keer.")
        return self


class SocialeMediaFunctionaris(Persoon):
    taken: list[Tekst] = Field(min_length=1, title="Taken", description=(
        "De taken die de school deze persoon heeft gegeven, bijvoorbeeld 'geeft lessen over sociale media'."))


class Kleuren(Model):
    primair: Kleur = Field(title="Hoofdkleur", description="De huisstijlkleur van de school, voor de kopbalk en koppen.")
    accent: Kleur = Field(title="Accentkleur", description="Tweede kleur, voor knoppen en markeringen.")


class School(Model):
    naam: Tekst = Field(title="Naam van de school", examples=["Het Voorbeeld College"])
    korte_naam: tekst(40) = Field(title="Korte naam", description="Afkorting of roepnaam, voor kopregels en de PDF.")
    sector: Sector = Field(title="Sector", description=(
        "po = primair onderwijs, vo = voortgezet onderwijs, mbo = middelbaar beroepsonderwijs. "
        "Dit bepaalt de woorden (leerling of student, mentor of SLB'er) en de route bij opschalen."))
    plaats: Tekst = Field(title="Plaats")
    adres: Tekst | None = Field(None, title="Bezoekadres")
    bestuur: Tekst | None = Field(None, title="Schoolbestuur", description="Naam van het bevoegd gezag (de stichting of vereniging).")
    website: HttpsLink = Field(title="Website van de school")
    telefoon: Telefoon = Field(title="Algemeen telefoonnummer", description="Altijd openbaar. Hier komen vragen binnen als een persoon intern is.")
    email: Email = Field(title="Algemeen e-mailadres", description="Altijd openbaar; een functioneel adres zoals info@school.nl.")
    logo: Tekst = Field(title="Logo", description=(
        "Bestandsnaam van het logo (SVG, PNG of JPG, hoogstens 200 kB), vanaf de map van dit bestand. "
        "SVG is het scherpst en het kleinst."), examples=["school/logo.svg"])
    kleuren: Kleuren = Field(title="Kleuren")
    protocol_url: SiteUrl | None = Field(None, title="Adres van deze protocolsite", description=(
        "Waar de site komt te staan, bijvoorbeeld https://www.school.nl/protocol-beelden/. Nodig voor de sitemap en zoekmachines."))


class Termen(Model):
    """Eigen woorden van de school; wat leeg blijft, komt uit de sector."""

    mentor: Tekst | None = Field(None, title="Woord voor mentor", description=(
        "Hoe heet bij u de vaste begeleider van een leerling? Bijvoorbeeld 'mentor', 'coach', 'SLB'er' of 'groepsleerkracht'."))
    mentoren: Tekst | None = Field(None, title="Meervoud van dat woord", description="Bijvoorbeeld 'mentoren' of 'coaches'.")


class Personen(Model):
    schoolleiding: Persoon = Field(title="Schoolleiding", description="Wie eindverantwoordelijk is bij een incident (directeur, rector, locatieleider).")
    vertrouwenspersoon: Persoon = Field(title="Vertrouwenspersoon (intern)")
    externe_vertrouwenspersoon: Persoon | None = Field(None, title="Externe vertrouwenspersoon",
                                                       description="Vertrouwenspersoon van buiten de school, als u die heeft.")
    zorgcoordinator: Persoon = Field(title="Zorgcoördinator", description="Of intern begeleider (po), of coördinator studentenzaken (mbo).")
    socialemediafunctionaris: SocialeMediaFunctionaris = Field(title="Functionaris sociale media", description=(
        "Het vaste aanspreekpunt voor sociale media op school, met de taken die de school hem of haar gaf."))
    woordvoerder: Persoon = Field(title="Woordvoerder", description="Wie de school vertegenwoordigt tegenover de pers.")
    crisiscommunicatie: Persoon | None = Field(None, title="Crisiscommunicatie", description=(
        "Wie helpt bij communicatie in een crisis, bijvoorbeeld de communicatieadviseur van het bestuur of een extern bureau."))

    @model_validator(mode="before")
    @classmethod
    def _default_functie(cls, data: object) -> object:
        if isinstance(data, dict):
            data = dict(data)
            for key, value in data.items():
                if isinstance(value, dict) and not value.get("functie") and key in DEFAULT_FUNCTIE:
                    data[key] = {"functie": DEFAULT_FUNCTIE[key], **{k: v for k, v in value.items() if k != "functie"}}
        return data


DEFAULT_FUNCTIE = {
    "schoolleiding": "Schoolleiding",
    "vertrouwenspersoon": "Vertrouwenspersoon",
    "externe_vertrouwenspersoon": "Externe vertrouwenspersoon",
    "zorgcoordinator": "Zorgcoördinator",
    "socialemediafunctionaris": "Functionaris sociale media",
    "woordvoerder": "Woordvoerder",
    "crisiscommunicatie": "Crisiscommunicatie",
    "contactpersoon": "Wijkagent",
}


class Politie(Model):
    contactpersoon: Persoon = Field(title="Vaste contactpersoon bij de politie", description="Meestal de wijkagent of jeugdagent van de school.")
    afspraken: list[Tekst] = Field(min_length=1, title="Afspraken met de politie", description=(
        "Wat de school en de politie hebben afgesproken over online incidenten. Eén afspraak per regel."))
    afspraken_gemaakt_op: Datum | None = Field(None, title="Datum van de afspraken")

    @model_validator(mode="before")
    @classmethod
    def _default_functie(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("contactpersoon"), dict) and not data["contactpersoon"].get("functie"):
            data = {**data, "contactpersoon": {"functie": DEFAULT_FUNCTIE["contactpersoon"], **data["contactpersoon"]}}
        return data


class Escalatieniveau(Model):
    titel: Tekst = Field(title="Niveau", description="Bijvoorbeeld 'Mentor', 'Zorgcoördinator' of 'Zorgadviesteam'.")
    rol: Rol | None = Field(None, title="Rol", description="Welke persoon uit 'personen' hier handelt (voor naam en telefoon).")
    wanneer: Tekst | None = Field(None, title="Wanneer", description="Wanneer u naar dit niveau gaat.")


class Sanctie(Model):
    maatregel: Tekst = Field(title="Maatregel", examples=["Gesprek met de mentor"])
    besluit: Tekst = Field(title="Wie besluit", examples=["mentor"])
    toelichting: Tekst | None = Field(None, title="Toelichting")


class Protocol(Model):
    contact_slachtoffer_leerling: Rol = Field("mentor", title="Contactpersoon als een leerling slachtoffer is",
                                              description="Eén vaste persoon onderhoudt het contact met het slachtoffer en de ouders.")
    contact_slachtoffer_personeel: Rol = Field("vertrouwenspersoon", title="Contactpersoon als een medewerker slachtoffer is")
    beelden_verwijderen: Rol = Field("socialemediafunctionaris", title="Wie helpt beelden te laten verwijderen",
                                     description="Bij wie iemand terecht kan die wil dat een opname van school wordt verwijderd.")
    escalatie: list[Escalatieniveau] = Field(min_length=2, max_length=6, title="Route bij opschalen", description=(
        "De stappen van licht naar zwaar. In het mbo meestal SLB'er, zorgcoördinator, zorgadviesteam."))
    sancties: list[Sanctie] = Field(min_length=2, max_length=10, title="Maatregelen (van licht naar zwaar)",
                                    description="De ladder van maatregelen van de school, met wie erover besluit.")


class Meldkanaal(Model):
    naam: Tekst = Field(title="Naam", examples=["Anoniem meldformulier"])
    soort: Literal["anoniem", "vertrouwelijk", "open"] = Field(title="Soort", description=(
        "anoniem = de melder hoeft geen naam te geven; vertrouwelijk = de school kent de naam en vertelt die niet aan andere leerlingen of ouders; "
        "open = een gewone melding."))
    link: Link | None = Field(None, title="Link", description="Webadres, mailto: of tel:.")
    telefoon: Telefoon | None = Field(None, title="Telefoon")
    email: Email | None = Field(None, title="E-mail")
    toelichting: Opmaaktekst | None = Field(None, title="Toelichting", description="Hoe het werkt. Eenvoudige opmaak (vet, lijstjes, links) mag.")

    @model_validator(mode="after")
    def _reachable(self) -> "Meldkanaal":
        if not (self.link or self.telefoon or self.email):
            raise PydanticCustomError("meldkanaal_leeg", "Vul bij dit meldkanaal een link, telefoonnummer of e-mailadres in.")
        return self


class Antipestmethode(Model):
    naam: Tekst = Field(title="Naam van de methode", examples=["KiVa"])
    link: Link | None = Field(None, title="Link")


class Documenten(Model):
    schoolveiligheidsplan: Link = Field(title="Schoolveiligheidsplan")
    pestprotocol: Link = Field(title="Pestprotocol")
    socialemediaprotocol: Link = Field(title="Protocol sociale media")
    afstandsonderwijs: Link | None = Field(None, title="Regels voor lessen op afstand")
    meldcode: Link = Field(title="Meldcode huiselijk geweld en kindermishandeling")
    schoolgids: Link | None = Field(None, title="Schoolgids of studentenstatuut")
    klachtenregeling: Link | None = Field(None, title="Klachtenregeling")
    antipestmethode: Antipestmethode | None = Field(None, title="Antipestmethode")


class LokaalContact(Model):
    soort: Literal["wijkteam", "ggd", "veilig_thuis", "leerplicht", "jeugdarts", "schoolmaatschappelijk_werk",
                   "jeugdzorg", "overig"] = Field(title="Soort")
    naam: Tekst = Field(title="Naam", examples=["Wijkteam Utrecht-Oost"])
    telefoon: Telefoon | None = Field(None, title="Telefoon")
    email: Email | None = Field(None, title="E-mail")
    link: Link | None = Field(None, title="Website")
    toelichting: Tekst | None = Field(None, title="Waarvoor")


class Beleid(Model):
    vastgesteld_door: Tekst = Field(title="Vastgesteld door", examples=["het college van bestuur, na instemming van de MR"])
    vastgesteld_op: Datum = Field(title="Vastgesteld op")
    versie: tekst(20) = Field(title="Versie", examples=["1.0"])
    volgende_evaluatie: Datum = Field(title="Volgende evaluatie", description="Evalueer het protocol elk jaar; de build waarschuwt als deze datum voorbij is.")
    instemming_mr: JaNee = Field(False, title="Met instemming van de (G)MR")
    tekstversie: Tekstversie | None = Field(None, title="Versie van de landelijke tekst", description=(
        "Welke versie van de landelijke tekst het bestuur heeft vastgesteld, zoals \"2026.12\" (tussen "
        "aanhalingstekens). Staat onderaan elke pagina en in de PDF. Is er een nieuwere versie geïnstalleerd, dan "
        "meldt check wat er sindsdien veranderd is."))

    @model_validator(mode="after")
    def _order(self) -> "Beleid":
        if self.volgende_evaluatie <= self.vastgesteld_op:
            raise PydanticCustomError("evaluatie_voor_vaststelling",
                                      "De volgende evaluatie ligt niet na de datum van vaststelling.")
        return self


class SchoolConfig(Model):
    """Alles wat één school instelt. Zie school_config.yml voor een ingevuld voorbeeld."""

    school: School = Field(title="School")
    termen: Termen = Field(default_factory=Termen, title="Eigen woorden")
    personen: Personen = Field(title="Personen en rollen")
    politie: Politie = Field(title="Politie")
    protocol: Protocol = Field(title="Werkwijze bij een incident")
    meldkanalen: list[Meldkanaal] = Field(min_length=1, title="Meldkanalen", description=(
        "Hoe leerlingen, ouders en personeel iets kunnen melden. Minstens één kanaal is anoniem of vertrouwelijk."))
    documenten: Documenten = Field(title="Documenten van de school")
    sociale_kaart: list[LokaalContact] = Field(default_factory=list, title="Sociale kaart", description=(
        "Lokale organisaties waar de school mee samenwerkt: wijkteam, GGD, Veilig Thuis, leerplicht."))
    beleid: Beleid = Field(title="Vaststelling en evaluatie")

    def referenced_roles(self) -> list[str]:
        p = self.protocol
        roles = [p.contact_slachtoffer_leerling, p.contact_slachtoffer_personeel, p.beelden_verwijderen]
        roles += [level.rol for level in p.escalatie if level.rol]
        return roles
