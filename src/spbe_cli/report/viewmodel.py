"""The handout's view models: every text and number already formatted, for the templates."""

from __future__ import annotations

from dataclasses import dataclass

from spbe_cli.base.lang import Lang
from spbe_cli.engine.diffing import Direction

GAIN_PLACES = 4


@dataclass(frozen=True)
class Change:
    """A value against last year's: ``previous`` and ``delta`` formatted, ``label`` translated."""

    direction: Direction
    label: str
    previous: str
    delta: str


@dataclass(frozen=True)
class EvidenceView:
    title: str
    text: str  # the url or the path as written
    href: str | None  # a link: the url, or the path relative to the handout


@dataclass(frozen=True)
class IndicatorView:
    id: str
    name: str
    level: str
    level_name: str
    answered: bool
    unit: str
    weight: str
    gain: str  # index gained by the next level, "" at the top
    next_level: str  # "" at the top
    next_level_name: str
    criterion: str  # the catalogue's text for the current level
    next_criterion: str  # and for the next one
    explanation: str
    evidence: tuple[EvidenceView, ...]
    change: Change | None
    external: str = ""  # where another agency's index value comes from, or that it is pending
    pending: bool = False  # waiting for that value: counted at the lowest level until it comes
    review: str = ""  # the internal assessors' verdict and note ("" when none)
    assessor_notes: tuple[str, ...] = ()  # the external assessors' notes, stage by stage
    criterion_range: str = ""  # "nilai 1,51-2,50": the range the criterion is from ("" per level)
    next_criterion_range: str = ""


@dataclass(frozen=True)
class AspectView:
    id: str
    name: str
    weight: str
    index: str
    change: Change | None
    indicators: tuple[IndicatorView, ...]


@dataclass(frozen=True)
class DomainView:
    id: str
    name: str
    weight: str
    index: str
    change: Change | None
    aspects: tuple[AspectView, ...]


@dataclass(frozen=True)
class BandView:
    range: str
    name: str
    current: bool
    target: bool


@dataclass(frozen=True)
class RecommendationView:
    year: str
    stage: str
    indicator: str
    text: str
    follow_up: str
    unit: str = ""  # the owner


@dataclass(frozen=True)
class StageRow:
    id: str
    name: str
    unit: str
    levels: tuple[str, ...]  # per stage in `ReportView.stage_names`; "(n)": from an earlier stage
    over_claim: str  # "" or the translated note ("klaim 3 > diterima 2")


@dataclass(frozen=True)
class TrendRow:
    year: str
    catalogue: str
    index: str
    predikat: str


@dataclass(frozen=True)
class SupportView:
    """What a supporting unit gives to an indicator another unit leads (Pemdi 2026)."""

    id: str
    name: str
    lead: str  # the unit that sets the level
    explanation: str
    evidence: tuple[EvidenceView, ...]


@dataclass(frozen=True)
class UnitView:
    unit: str
    name: str
    file: str
    count: str
    mean: str
    contribution: str
    indicators: tuple[IndicatorView, ...]
    recommendations: tuple[RecommendationView, ...] = ()  # open ones, from the external stages
    supports: tuple[SupportView, ...] = ()  # indicators it supports but does not lead


@dataclass(frozen=True)
class Meta:
    generated: str  # date, from SOURCE_DATE_EPOCH when set
    inputs_hash: str  # sha256 of the inputs, first 16 hex digits
    commit: str  # git commit of the assessments, "" outside git
    catalogue_version: str
    tool_version: str


@dataclass(frozen=True)
class ReportView:
    lang: Lang
    t: dict[str, str]  # every label of the handout, translated
    instansi: str
    year: str
    catalogue_id: str
    catalogue_title: str
    regulation: str
    provisional: bool
    index: str
    predikat: str
    complete: bool
    incomplete_note: str
    target: str  # "" when no target is set
    target_predikat: str
    target_gap: str  # index still needed to reach the target, "" when reached or unset
    total_weight: str  # the catalogue's total weight (100,00)
    bands: tuple[BandView, ...]
    radar_svg: str  # inline SVG (already escaped inside); mark safe in templates
    bars_svg: str
    domains: tuple[DomainView, ...]
    indicators: tuple[IndicatorView, ...]
    next_steps: tuple[IndicatorView, ...]
    next_steps_rule: str  # which indicators are listed and why
    units: tuple[UnitView, ...]
    missing: tuple[IndicatorView, ...]
    validation_note: str  # counts of `spbe validate` problems, with the pointer to run it
    previous_year: str  # "" when there is none
    change_title: str  # "Perubahan sejak 2022", "" without a previous year
    index_change: Change | None
    unit: UnitView | None  # the unit of a one-unit handout
    meta: Meta
    stage_names: tuple[str, ...] = ()  # the stages present, when there is more than one
    stage_indices: tuple[str, ...] = ()  # "2,78 (Baik)" per stage
    stage_rows: tuple[StageRow, ...] = ()  # indicators whose level differs between stages
    over_claims_note: str = ""
    trend: tuple[TrendRow, ...] = ()  # every year up to this one, when there are two or more
    trend_svg: str = ""
    has_domains: bool = True  # False: a framework of aspects only (Pemdi 2026)
    stage_note: str = ""  # the stage the values are from, when not the self-assessment
    # open recommendations owned by no unit with a file this year (each with its owner, if any)
    other_recommendations: tuple[RecommendationView, ...] = ()
    skipped_note: str = ""  # earlier years left out of the trend and comparisons (errors)
