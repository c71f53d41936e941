"""The file formats as Pydantic models: catalogue, assessment and ``spbe.yaml``.

Every model is strict (no ``"3"`` -> 3, no ``yes`` -> 1), forbids unknown keys (a typo such as
``levle:`` is an error) and is frozen. Rules that need another file (a level inside the
catalogue's scale, an indicator id that exists) are checked later, with locations.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from fractions import Fraction
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

_FRACTION = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(?:/\s*([0-9]+(?:\.[0-9]+)?)\s*)?", re.ASCII)


def _exact_number(value: Any) -> Fraction:
    """A weight or bound read exactly: 1.30, 13, or a fraction written as text, "20/6"."""
    if isinstance(value, int) and not isinstance(value, bool):
        return Fraction(value)
    if isinstance(value, Decimal) and value.is_finite():
        return Fraction(value)
    if isinstance(value, str):
        match = _FRACTION.fullmatch(value)
        if match and (match.group(2) is None or Fraction(match.group(2)) != 0):
            top = Fraction(match.group(1))
            return top / Fraction(match.group(2)) if match.group(2) else top
    raise PydanticCustomError("spbe_number", "expected a number or a fraction such as 20/6")


ExactNumber = Annotated[
    Fraction,
    PlainValidator(_exact_number),
    WithJsonSchema({"type": ["number", "string"]}),
]


class Value(Fraction):
    """An indicator value as written: exact, and whether it was written as a whole number.

    A whole-level catalogue (59/2020, 5/2018) accepts only ``written == "int"``; a catalogue of
    values (Pemdi 2026) also takes ``2.5``, ``1.26`` or ``"7/6"``. Arithmetic gives plain
    ``Fraction``s, so no float ever enters a score.
    """

    __slots__ = ("written",)
    written: str  # "int", "decimal" (2.50) or "text" ("7/6", "2.5" quoted)


def _value(value: Any, info: ValidationInfo) -> Value:
    """A level as written. With ``{"decimal": False}`` in the validation context (a whole-level
    catalogue), only a whole number written as one passes: ``3.5``, ``3.0`` and ``"3"`` are
    refused exactly as a plain integer field refuses them."""
    whole = isinstance(info.context, dict) and info.context.get("decimal") is False
    if whole and (not isinstance(value, int) or isinstance(value, bool)):
        raise PydanticCustomError("int_type", "Input should be a valid integer")
    if isinstance(value, int) and not isinstance(value, bool):
        found, written = Fraction(value), "int"
    elif isinstance(value, Decimal) and value.is_finite():
        found, written = Fraction(value), "decimal"
    else:
        exact = None
        if isinstance(value, str):
            match = _FRACTION.fullmatch(value)
            if match and (match.group(2) is None or Fraction(match.group(2)) != 0):
                top = Fraction(match.group(1))
                exact = top / Fraction(match.group(2)) if match.group(2) else top
        if exact is None:
            raise PydanticCustomError("spbe_value", "expected a level, a decimal or a fraction")
        found, written = exact, "text"
    result = Value(found)
    result.written = written
    return result


LevelValue = Annotated[
    Value,
    PlainValidator(_value),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^\s*\d+(\.\d+)?\s*(/\s*\d+(\.\d+)?\s*)?$"},
            ]
        }
    ),
]
Text = Annotated[str, Field(min_length=1, max_length=20_000)]
Id = Annotated[str, Field(min_length=1, max_length=64)]


class Strict(BaseModel):
    model_config = ConfigDict(
        strict=True,
        extra="forbid",
        frozen=True,
        hide_input_in_errors=True,
        arbitrary_types_allowed=True,
    )


# --- catalogue ------------------------------------------------------------------------------


class LevelDef(Strict):
    level: int
    name: Text
    description: Text | None = None
    # other names the same level goes by (Pemdi 2026: the assessors' slides and the regulation's
    # tables name the levels differently)
    aliases: Annotated[list[Text], Field(max_length=10)] = Field(default_factory=list)


class ScaleDef(Strict):
    name: Text
    levels: Annotated[list[LevelDef], Field(min_length=1, max_length=50)]


class PredikatBand(Strict):
    name: Text
    min: ExactNumber
    max: ExactNumber


class RangeDef(Strict):
    """A criterion for a range of values (Pemdi 2026: "2,51-3,50"), as a source writes it."""

    min: ExactNumber
    max: ExactNumber
    criterion: Text
    evidence: Text | None = None


class ConversionStep(Strict):
    """Raw index values ``raw_min``..``raw_max`` map onto indicator values ``min``..``max``."""

    raw_min: ExactNumber
    raw_max: ExactNumber
    min: ExactNumber
    max: ExactNumber


class ExternalDef(Strict):
    """An indicator valued from another agency's index (Pemdi 2026: SDI, SJIG, EPSS)."""

    agency: Text
    index: Text
    raw_min: ExactNumber | None = None
    raw_max: ExactNumber | None = None
    conversion: Annotated[list[ConversionStep], Field(max_length=20)] = Field(default_factory=list)
    conversion_source: Text | None = None


class IndicatorDef(Strict):
    id: Id
    number: int | None = None
    name: Text
    weight: ExactNumber | None = None
    scale: Id | None = None
    question: Text | None = None
    criteria: Annotated[dict[int, Text], Field(max_length=50)] = Field(default_factory=dict)
    note: Text | None = None
    # the agency whose index supplies this indicator's value, when answers may take it
    external_source: Text | None = None
    external: ExternalDef | None = None
    ranges: Annotated[list[RangeDef], Field(max_length=20)] = Field(default_factory=list)


class AspectDef(Strict):
    id: Id
    name: Text
    weight: ExactNumber
    scale: Id | None = None
    indicators: Annotated[list[IndicatorDef], Field(max_length=1000)]


class DomainDef(Strict):
    id: Id
    name: Text
    weight: ExactNumber
    aspects: Annotated[list[AspectDef], Field(max_length=200)]


CataloguePart = Literal[
    "structure", "weights", "formula", "predikat", "level_names", "criteria", "conversion"
]


class Verification(Strict):
    """Which parts of a catalogue rest on several agreeing sources and which are provisional."""

    verified: Annotated[list[CataloguePart], Field(max_length=10)] = Field(default_factory=list)
    provisional: Annotated[list[CataloguePart], Field(max_length=10)] = Field(default_factory=list)


class CatalogueDef(Strict):
    format: Literal[1] = 1
    id: Id
    title: Text
    regulation: Text
    version: Text | None = None
    # "partial": some parts verified, the others provisional, as `verification` lists them
    status: Literal["official", "provisional", "partial"] = "official"
    verification: Verification | None = None
    sources: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)
    notes: Text | None = None
    # "levels": whole levels only (59/2020, 5/2018); "decimal": values such as 2.5 or 7/6 in the
    # self-assessment too (Pemdi 2026). External stages may always hold decimal values.
    values: Literal["levels", "decimal"] = "levels"
    # what the index is called in outputs ("Indeks Pemdi"); default: the Indeks SPBE wording
    index_name: Text | None = None
    # what the assessment is of, in titles ("Pemerintah Digital"); default: SPBE
    framework_name: Text | None = None
    # where the criteria by value range (`ranges`) come from
    criteria_source: Text | None = None
    scales: Annotated[dict[Id, ScaleDef], Field(min_length=1, max_length=50)]
    predikat: Annotated[list[PredikatBand], Field(min_length=1, max_length=50)]
    # a framework with domains lists them; one without (Pemdi 2026) lists its aspects instead
    domains: Annotated[list[DomainDef], Field(min_length=1, max_length=100)] | None = None
    aspects: Annotated[list[AspectDef], Field(min_length=1, max_length=200)] | None = None


# --- assessment -----------------------------------------------------------------------------


ItemStage = Literal["review", "dokumen", "interviu", "visitasi", "final"]
ITEM_STAGES: tuple[str, ...] = ("review", "dokumen", "interviu", "visitasi", "final")


class ItemStatus(Strict):
    """The assessors' verdict on one evidence item (butir) at one stage."""

    status: Literal["diterima", "revisi"]
    reason: Literal["tidak_tepat", "belum_diunggah", "ditolak_otomatis"] | None = None
    note: Text | None = None


class Evidence(Strict):
    title: Text
    path: Text | None = None
    url: Text | None = None
    date: dt.date | None = None  # the document's date (age check for periodic reviews)
    level: int | None = None  # the level this evidence supports (cumulative levels, `bukti`)
    # an evidence item (butir): its code in the national application, e.g. PG_04_01
    id: Id | None = None
    unit: Id | None = None  # the unit that supplied it, when not the file's own
    status: Annotated[dict[ItemStage, ItemStatus], Field(max_length=5)] = Field(
        default_factory=dict
    )

    def latest(self) -> tuple[str, ItemStatus] | None:
        """The status at the latest stage that gave one."""
        for stage in reversed(ITEM_STAGES):
            if stage in self.status:
                return stage, self.status[stage]
        return None


class Review(Strict):
    """The internal assessors' verdict on one answer (Tim Asesor Internal)."""

    status: Literal["diterima", "revisi"]
    level: LevelValue | None = None  # the level they accept or propose; none: the claim
    note: Text | None = None
    by: Text | None = None
    date: dt.date | None = None


class ExternalValue(Strict):
    """A value taken from another agency's evaluation (catalogue indicators with an
    external index), instead of a self-assessed level: the raw index, where it came from and
    the value used. Without ``value`` the indicator is still pending (counts as the lowest
    level), and ``spbe`` proposes one from the catalogue's conversion table where it has one."""

    value: ExactNumber | None = None
    raw: ExactNumber | None = None  # the other agency's own figure, e.g. SDI 58.3
    source: Text  # the agency (and the index)
    year: Annotated[int, Field(ge=2000, le=2100)] | None = None
    document: Text | None = None
    url: Text | None = None
    date: dt.date | None = None


def _value_alias(data: Any) -> Any:
    """``value:`` is another name for ``level:``; both given is reported with a location."""
    if isinstance(data, dict) and "value" in data and "level" not in data:
        data = {("level" if k == "value" else k): v for k, v in data.items()}
    return data


class Answer(Strict):
    level: LevelValue | None  # null: not filled in yet ("belum diisi"), or an external value
    value: LevelValue | None = None  # only kept when `level` is given too (an error)
    explanation: Text | None = None
    evidence: Annotated[list[Evidence], Field(max_length=200)] = Field(default_factory=list)
    review: Review | None = None
    external: ExternalValue | None = None

    _alias = model_validator(mode="before")(_value_alias)


class Contribution(Strict):
    """A supporting unit's part of an indicator it does not lead: explanation and evidence,
    never the level (only the lead unit sets it)."""

    explanation: Text | None = None
    evidence: Annotated[list[Evidence], Field(max_length=200)] = Field(default_factory=list)
    level: LevelValue | None = None  # refused with a location (X023) when given


class Assessment(Strict):
    unit: Id
    name: Text | None = None
    year: int
    catalogue: Text | None = None
    indicators: Annotated[dict[Id, Answer], Field(max_length=1000)]
    # indicators this unit supports but does not lead (several units per indicator)
    supports: Annotated[dict[Id, Contribution], Field(max_length=1000)] = Field(
        default_factory=dict
    )


# --- external results: assessments/<year>/_<stage>.yaml -----------------------------------

ExternalStage = Literal["dokumen", "interviu", "visitasi", "final"]


class StageValue(Strict):
    level: LevelValue  # external stages may always hold decimal values (1.26, 2.5, "7/6")
    value: LevelValue | None = None  # only kept when `level` is given too (an error)
    note: Text | None = None

    _alias = model_validator(mode="before")(_value_alias)


class Recommendation(Strict):
    indicator: Id
    text: Text
    unit: Id | None = None
    status: Literal["open", "closed"] = "open"
    follow_up: Text | None = None
    follow_up_date: dt.date | None = None


class StageResult(Strict):
    """One external stage's levels and recommendations (Tim Asesor Eksternal)."""

    stage: ExternalStage
    year: int
    assessor: Text | None = None
    date: dt.date | None = None
    indicators: Annotated[dict[Id, StageValue], Field(max_length=1000)] = Field(
        default_factory=dict
    )
    rekomendasi: Annotated[list[Recommendation], Field(max_length=1000)] = Field(
        default_factory=list
    )


# --- the evidence lock file -----------------------------------------------------------------


class LockedFile(Strict):
    size: int
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class EvidenceLock(Strict):
    format: Literal[1] = 1
    files: Annotated[dict[Text, LockedFile], Field(max_length=100_000)] = Field(
        default_factory=dict
    )


# --- spbe plan --effort FILE ----------------------------------------------------------------


class EffortFile(Strict):
    """What one level step costs (days, rupiah, any unit): per indicator, or per target level."""

    default: ExactNumber = Fraction(1)
    indicators: Annotated[
        dict[Id, ExactNumber | dict[int, ExactNumber]], Field(max_length=1000)
    ] = Field(default_factory=dict)


# --- crosswalks: indicators/crosswalks/<from>--<to>.yaml ------------------------------------


class CrosswalkEntry(Strict):
    model_config = ConfigDict(
        populate_by_name=True, strict=True, extra="forbid", frozen=True, hide_input_in_errors=True
    )

    sources: Annotated[list[Id], Field(alias="from", min_length=1, max_length=100)]
    basis: Literal["reference", "name"]


class CrosswalkDef(Strict):
    format: Literal[1] = 1
    source: Id = Field(alias="from")
    target: Id = Field(alias="to")
    status: Literal["official", "provisional"] = "official"
    sources: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)
    notes: Text | None = None
    map: Annotated[dict[Id, CrosswalkEntry], Field(max_length=1000)]


# --- indicators/frameworks/in-force.yaml: the framework of each year -----------------------


class InForce(Strict):
    model_config = ConfigDict(
        populate_by_name=True, strict=True, extra="forbid", frozen=True, hide_input_in_errors=True
    )

    start: int = Field(alias="from")
    end: int | None = Field(default=None, alias="to")
    catalogue: Id
    regulation: Text | None = None


class InForceTable(Strict):
    format: Literal[1] = 1
    years: Annotated[list[InForce], Field(min_length=1, max_length=100)]


# --- spbe.yaml ------------------------------------------------------------------------------


class UnitRoles(Strict):
    """What a unit leads (sets the level of) and supports (contributes evidence to)."""

    indicators: Annotated[list[Id], Field(max_length=1000)] = Field(default_factory=list)
    supports: Annotated[list[Id], Field(max_length=1000)] = Field(default_factory=list)


def _nip_refused(key: str, **args: object) -> PydanticCustomError:
    """A NIP refused, with the message that says why (``spbe_message``: ``model.schema``
    shows the message ``key`` with ``args``, never Pydantic's text)."""
    return PydanticCustomError("spbe_message", "{message}", {"message": key, **args})


def _nip(value: Any) -> str:
    """A NIP as written: 18 digits, quoted or not, or in its printed form with spaces
    ("19780101 200501 1 001"); kept as the 18 digits. The first 8 are a birth date (YYYYMMDD)
    and the next 6 a year and month (YYYYMM): an impossible one is a typing mistake."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise PydanticCustomError("string_type", "Input should be a valid string")
    digits = "".join(str(value).split())
    if not (digits.isascii() and digits.isdigit()):
        raise _nip_refused("detail_nip_digits")
    if len(digits) != 18:
        raise _nip_refused("detail_nip_length", count=len(digits))
    try:
        dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise _nip_refused("detail_nip_birth", value=digits[:8]) from None
    if not 1 <= int(digits[12:14]) <= 12:
        raise _nip_refused("detail_nip_month", value=digits[8:14])
    return digits


Nip = Annotated[str, PlainValidator(_nip), WithJsonSchema({"type": ["string", "integer"]})]


class Signatory(Strict):
    """Who signs a document of ``spbe document``, as its signature block prints them."""

    name: Text
    jabatan: Text | None = None  # the position, e.g. "Sekretaris Daerah"
    pangkat: Text | None = None  # rank and grade, e.g. "Pembina Utama Madya (IV/d)"
    nip: Nip | None = None  # 18 digits


class Signatories(Strict):
    ketua: Signatory | None = None  # Ketua Tim Asesor Internal
    koordinator: Signatory | None = None  # Koordinator SPBE / Pemerintah Digital (the Sekda)


DocumentKindName = Literal["berita-acara", "persetujuan-publikasi", "lembar-kerja", "catatan"]


class DocumentSettings(Strict):
    """``documents:``: what ``spbe document`` prints beside the data."""

    place: Text | None = None  # where documents are signed, e.g. "Kota Contoh"
    address: Text | None = None  # the letterhead's address line
    logo: Text | None = None  # a PNG or JPEG inside the repository, for the letterhead
    nomor: Annotated[dict[DocumentKindName, Text], Field(max_length=4)] = Field(
        default_factory=dict
    )
    signatories: Signatories = Field(default_factory=Signatories)


class UnitInfo(Strict):
    name: Text
    head: Signatory | None = None  # the unit head, who signs its worksheet (`spbe document`)
    # the indicators the unit leads, under the repository's default catalogue
    indicators: Annotated[list[Id], Field(max_length=1000)] = Field(default_factory=list)
    # indicators the unit contributes evidence to without leading them
    supports: Annotated[list[Id], Field(max_length=1000)] = Field(default_factory=list)
    owners: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)
    # the same under other catalogues: a repository holding 2025 (SPBE) and 2026 (Pemdi)
    catalogues: Annotated[dict[Id, UnitRoles], Field(max_length=20)] = Field(default_factory=dict)

    def roles(self, catalogue: str, default: str) -> UnitRoles | None:
        """The unit's roles under ``catalogue`` (``default``: the top-level lists); None when
        the registry says nothing about that catalogue."""
        if catalogue in self.catalogues:
            return self.catalogues[catalogue]
        if catalogue == default and (self.indicators or self.supports):
            return UnitRoles(indicators=self.indicators, supports=self.supports)
        return None


class RepoConfig(Strict):
    instansi: Text | None = None
    catalogue: Text | None = None
    target: ExactNumber | None = None  # target index for handouts (`spbe report --target`)
    # evidence older than this, for indicators whose criteria ask for periodic review, is flagged
    evidence_max_age_months: Annotated[int, Field(ge=1, le=600)] = 24
    units: Annotated[dict[Id, UnitInfo], Field(max_length=500)] = Field(default_factory=dict)
    # reviewers of every unit file (CODEOWNERS), e.g. the Tim Asesor Internal's forge team
    assessors: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)
    documents: DocumentSettings = Field(default_factory=DocumentSettings)  # `spbe document`
