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

from pydantic import BaseModel, ConfigDict, Field, PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

_FRACTION = re.compile(r"\s*(\d+(?:\.\d+)?)\s*(?:/\s*(\d+(?:\.\d+)?)\s*)?")


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


class ScaleDef(Strict):
    name: Text
    levels: Annotated[list[LevelDef], Field(min_length=1, max_length=50)]


class PredikatBand(Strict):
    name: Text
    min: ExactNumber
    max: ExactNumber


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


class CatalogueDef(Strict):
    format: Literal[1] = 1
    id: Id
    title: Text
    regulation: Text
    version: Text | None = None
    status: Literal["official", "provisional"] = "official"
    sources: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)
    notes: Text | None = None
    scales: Annotated[dict[Id, ScaleDef], Field(min_length=1, max_length=50)]
    predikat: Annotated[list[PredikatBand], Field(min_length=1, max_length=50)]
    domains: Annotated[list[DomainDef], Field(min_length=1, max_length=100)]


# --- assessment -----------------------------------------------------------------------------


class Evidence(Strict):
    title: Text
    path: Text | None = None
    url: Text | None = None
    date: dt.date | None = None  # the document's date (age check for periodic reviews)
    level: int | None = None  # the level this evidence supports (cumulative levels, `bukti`)


class Review(Strict):
    """The internal assessors' verdict on one answer (Tim Asesor Internal)."""

    status: Literal["diterima", "revisi"]
    level: int | None = None  # the level they accept or propose; none: the claim as it stands
    note: Text | None = None
    by: Text | None = None
    date: dt.date | None = None


class ExternalValue(Strict):
    """A value taken from another agency's evaluation (catalogue indicators with an
    ``external_source``), instead of a self-assessed level."""

    value: ExactNumber
    source: Text
    date: dt.date | None = None


class Answer(Strict):
    level: int | None  # null: not filled in yet ("belum diisi"), or an external value below
    explanation: Text | None = None
    evidence: Annotated[list[Evidence], Field(max_length=200)] = Field(default_factory=list)
    review: Review | None = None
    external: ExternalValue | None = None


class Assessment(Strict):
    unit: Id
    name: Text | None = None
    year: int
    catalogue: Text | None = None
    indicators: Annotated[dict[Id, Answer], Field(max_length=1000)]


# --- external results: assessments/<year>/_<stage>.yaml -----------------------------------

ExternalStage = Literal["dokumen", "interviu", "visitasi", "final"]


class StageValue(Strict):
    level: int
    note: Text | None = None


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


# --- spbe.yaml ------------------------------------------------------------------------------


class UnitInfo(Strict):
    name: Text
    indicators: Annotated[list[Id], Field(max_length=1000)] = Field(default_factory=list)
    owners: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)


class RepoConfig(Strict):
    instansi: Text | None = None
    catalogue: Text | None = None
    target: ExactNumber | None = None  # target index for handouts (`spbe report --target`)
    # evidence older than this, for indicators whose criteria ask for periodic review, is flagged
    evidence_max_age_months: Annotated[int, Field(ge=1, le=600)] = 24
    units: Annotated[dict[Id, UnitInfo], Field(max_length=500)] = Field(default_factory=dict)
    # reviewers of every unit file (CODEOWNERS), e.g. the Tim Asesor Internal's forge team
    assessors: Annotated[list[Text], Field(max_length=100)] = Field(default_factory=list)
