"""The report's view model: every value formatted, every label translated, charts drawn.

Templates receive one ``ReportView`` as ``r`` and only loop and branch over it. Documented for
template authors in README ("Custom templates"): names here are a contract.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any, Literal

from spbe_cli.domain.numbers import rounded, shown
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.evaluate import OverClaim
from spbe_cli.engine.scoring import IndicatorResult, Score
from spbe_cli.model.models import Answer, Recommendation
from spbe_cli.problems.messages import Lang, message
from spbe_cli.report import charts
from spbe_cli.source.evidence import EvidenceRef

GAIN_PLACES = 4
Direction = Literal["up", "down", "same", "new"]


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
class UnitView:
    unit: str
    name: str
    file: str
    count: str
    mean: str
    contribution: str
    indicators: tuple[IndicatorView, ...]
    recommendations: tuple[RecommendationView, ...] = ()  # open ones, from the external stages


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


LABELS = tuple(f"r_{name}" for name in (
    "title", "unit_title", "generated", "catalogue", "regulation", "provisional", "index",
    "predikat", "target", "target_gap", "target_reached", "bands", "band_range", "charts",
    "radar_title", "radar_desc", "bars_title", "bars_desc", "series", "domains", "id", "name",
    "weight", "col_index", "indicators", "level", "unit", "gain", "change", "next_title",
    "next_level", "criterion_next", "criterion_now", "units", "explanation", "evidence",
    "no_explanation", "no_evidence", "missing", "none", "footer_catalogue", "footer_hash",
    "footer_commit", "footer_tool", "previous", "mean", "contribution", "count", "file",
    "all_at_top", "contents", "not_answered", "chart_text", "stages", "recommendations",
    "trend", "year", "stage_rows_note",
))  # fmt: skip


def build_view(
    year_set: YearSet,
    score: Score,
    *,
    lang: Lang,
    meta: Meta,
    target: Fraction | None = None,
    previous: Score | None = None,
    warnings: int = 0,
    errors: int = 0,
    unit: str | None = None,
    link_base: Path | None = None,
    extras: Extras | None = None,
) -> ReportView:
    c = score.catalogue
    t = {key[2:]: message(key, lang) for key in LABELS}

    def num(value: Fraction | int, places: int = 2) -> str:
        return shown(Fraction(value), lang, places)

    answers = {
        ident: answer for u in year_set.units for ident, answer in u.assessment.indicators.items()
    }
    refs = {ident: r for u in year_set.units for ident, r in u.evidence.items()}
    names = {
        u.assessment.unit: u.assessment.name or _registry(year_set, u.assessment.unit)
        for u in year_set.units
    }
    prev_levels = {i.indicator.id: i for i in previous.indicators} if previous else {}
    base = link_base or Path.cwd()

    def change(now: Fraction, before: Fraction | None, new: bool = False) -> Change | None:
        if previous is None:
            return None
        if new or before is None:
            return Change("new", message("r_dir_new", lang), "", "")
        delta = rounded(now) - rounded(before)
        direction: Direction = "up" if delta > 0 else "down" if delta < 0 else "same"
        sign = "+" if delta > 0 else ""
        text = sign + num(delta) if delta else ""
        return Change(direction, message(f"r_dir_{direction}", lang), num(before), text)

    def indicator(r: IndicatorResult) -> IndicatorView:
        ind = r.indicator
        nxt = r.next_level
        answer = answers.get(ind.id)
        before = prev_levels.get(ind.id)
        return IndicatorView(
            id=ind.id,
            name=ind.name,
            level=str(r.level) if r.external is None else num(r.external),
            level_name=ind.scale.name_of(r.level),
            answered=r.answered,
            unit=r.unit or "",
            weight=num(ind.weight),
            gain=num(r.next_gain, GAIN_PLACES) if r.next_gain is not None else "",
            next_level=str(nxt) if nxt is not None else "",
            next_level_name=ind.scale.name_of(nxt) if nxt is not None else "",
            criterion=ind.criteria.get(r.level, ""),
            next_criterion=ind.criteria.get(nxt, "") if nxt is not None else "",
            explanation=(answer.explanation or "") if answer else "",
            evidence=_evidence(answer, refs.get(ind.id, ()), year_set.repo.root, base),
            change=_level_change(r, before, lang) if previous is not None else None,
        )

    prev_domains = {d.domain.id: d.index for d in previous.domains} if previous else {}
    prev_aspects = (
        {a.aspect.id: a.index for d in previous.domains for a in d.aspects} if previous else {}
    )
    domains = tuple(
        DomainView(
            d.domain.id,
            d.domain.name,
            num(d.domain.weight),
            num(d.index),
            change(d.index, prev_domains.get(d.domain.id)),
            tuple(
                AspectView(
                    a.aspect.id,
                    a.aspect.name,
                    num(a.aspect.weight),
                    num(a.index),
                    change(a.index, prev_aspects.get(a.aspect.id)),
                    tuple(indicator(i) for i in a.indicators),
                )
                for a in d.aspects
            ),
        )
        for d in score.domains
    )
    flat = tuple(i for d in domains for a in d.aspects for i in a.indicators)
    threshold = math.ceil(target) if target is not None else 3  # level below which to push
    next_steps = tuple(i for i in flat if i.next_level and int(i.level) < threshold)
    units = tuple(
        UnitView(
            u.unit,
            u.name or names.get(u.unit) or "",
            u.file,
            str(len(u.indicators)),
            num(u.mean_level) if u.mean_level is not None else "-",
            num(u.contribution, GAIN_PLACES),
            tuple(i for i in flat if i.unit == u.unit and i.answered),
        )
        for u in score.units
    )
    chosen = next((u for u in units if u.unit == unit), None) if unit else None
    top = max(b.max for b in c.bands)
    shown_index = score.index_rounded
    target_shown = num(target) if target is not None else ""
    gap = ""
    if target is not None and shown_index < target:
        gap = num(target - shown_index)
    bands = tuple(
        BandView(
            f"{num(b.min)} – {num(b.max) if b.max == top else '< ' + num(b.max)}",
            b.name,
            b.name == score.predikat,
            target is not None and b.name == c.predikat(rounded(target)),
        )
        for b in c.bands
    )
    aspects = [a for d in score.domains for a in d.aspects]
    target_f = float(target) if target is not None else None
    target_label = f"{t['target']} {target_shown}" if target is not None else ""
    radar_svg = charts.radar(
        [charts.Point(a.aspect.id, float(a.index), num(a.index)) for a in aspects],
        low=c.low,
        high=c.high,
        title=t["radar_title"],
        desc=t["radar_desc"],
        series=f"{t['series']} {score.year or ''}".strip(),
        target=target_f,
        target_label=target_label,
    )
    bars_svg = charts.bars(
        [charts.Point(d.domain.id, float(d.index), num(d.index)) for d in score.domains],
        [d.domain.name for d in score.domains],
        low=c.low,
        high=c.high,
        title=t["bars_title"],
        desc=t["bars_desc"],
        target=target_f,
        target_label=target_label,
    )
    rule_key = "r_next_rule_target" if target is not None else "r_next_rule_default"
    view = ReportView(
        lang=lang,
        t=t,
        instansi=score.instansi or "-",
        year=str(score.year) if score.year is not None else "-",
        catalogue_id=c.id,
        catalogue_title=c.title,
        regulation=c.regulation,
        provisional=c.status == "provisional",
        index=num(score.index),
        predikat=score.predikat,
        complete=score.complete,
        incomplete_note=""
        if score.complete
        else message("incomplete_note", lang, count=len(score.missing)),
        target=target_shown,
        target_predikat=c.predikat(rounded(target)) if target is not None else "",
        target_gap=gap,
        total_weight=num(c.total_weight),
        bands=bands,
        radar_svg=radar_svg,
        bars_svg=bars_svg,
        domains=domains,
        indicators=flat,
        next_steps=next_steps,
        next_steps_rule=message(rule_key, lang, level=threshold, target=target_shown)
        if target is not None
        else message(rule_key, lang, level=threshold, target=""),
        units=units,
        missing=tuple(i for i in flat if not i.answered),
        validation_note=message("r_validation_note", lang, errors=errors, warnings=warnings)
        if errors or warnings
        else message("r_validation_clean", lang),
        previous_year=str(previous.year) if previous is not None and previous.year else "",
        change_title=message("r_change_title", lang, year=previous.year)
        if previous is not None
        else "",
        index_change=change(score.index, previous.index if previous else None),
        unit=chosen,
        meta=meta,
    )
    return _lifecycle(view, extras, lang) if extras is not None else view


@dataclass
class Extras:
    """What the lifecycle adds to a handout: stages, recommendations, the trend."""

    stage_scores: dict[Stage, Score]
    over: list[OverClaim]
    recommendations: list[tuple[int, str, Recommendation]]
    trend: list[Score]


def _lifecycle(r: ReportView, extras: Extras, lang: Lang) -> ReportView:
    def num(value: Fraction) -> str:
        return shown(value, lang)

    from dataclasses import replace

    stages = extras.stage_scores
    changes: dict[str, Any] = {}
    if len(stages) > 1:
        over = {o.indicator: o for o in extras.over}
        first = next(iter(stages.values()))
        per_stage = {
            s: ({i.indicator.id: i for i in sc.indicators}, dict(sc.fell_back))
            for s, sc in stages.items()
        }
        rows = []
        for res in first.indicators:
            ident = res.indicator.id
            levels = []
            for s, (table, fell) in per_stage.items():
                level = table[ident].level
                levels.append(
                    str(level) if ident not in fell or s is Stage.MANDIRI else f"({level})"
                )
            plain = {lv.strip("()") for lv in levels}
            claim = over.get(ident)
            if len(plain) > 1 or claim:
                note = (
                    message("over_claim", lang, claimed=claim.claimed, accepted=claim.accepted)
                    if claim
                    else ""
                )
                rows.append(
                    StageRow(ident, res.indicator.name, res.unit or "", tuple(levels), note)
                )
        changes.update(
            stage_names=tuple(stages),
            stage_indices=tuple(f"{num(sc.index)} ({sc.predikat})" for sc in stages.values()),
            stage_rows=tuple(rows),
            over_claims_note=message("over_claims_count", lang, count=len(extras.over)),
        )
    recs: dict[str, list[RecommendationView]] = {}
    for year, stage, rec in extras.recommendations:
        owner = rec.unit or next(
            (u.unit for u in r.units for i in u.indicators if i.id == rec.indicator), ""
        )
        recs.setdefault(owner, []).append(
            RecommendationView(str(year), stage, rec.indicator, rec.text, rec.follow_up or "")
        )
    units = tuple(replace(u, recommendations=tuple(recs.get(u.unit, ()))) for u in r.units)
    chosen = next((u for u in units if r.unit and u.unit == r.unit.unit), None)
    changes.update(units=units, unit=chosen)
    if len(extras.trend) > 1:
        catalogue = extras.trend[-1].catalogue
        points = [charts.Point(str(s.year), float(s.index), num(s.index)) for s in extras.trend]
        thresholds = [
            (float(b.min), b.name)
            for b in catalogue.bands
            if catalogue.low < b.min < catalogue.high
        ]
        changes.update(
            trend=tuple(
                TrendRow(str(s.year), s.catalogue.id, num(s.index), s.predikat)
                for s in extras.trend
            ),
            trend_svg=charts.trend(
                points,
                low=catalogue.low,
                high=catalogue.high,
                title=message("r_trend_title", lang),
                desc=message("r_trend_desc", lang),
                thresholds=thresholds,
            ),
        )
    return replace(r, **changes)


def _registry(year_set: YearSet, unit: str) -> str:
    info = year_set.repo.config.units.get(unit)
    return info.name if info else ""


def _level_change(r: IndicatorResult, before: IndicatorResult | None, lang: Lang) -> Change:
    if before is None or not before.answered:
        return Change("new", message("r_dir_new", lang), "", "")
    delta = r.level - before.level
    direction: Direction = "up" if delta > 0 else "down" if delta < 0 else "same"
    return Change(
        direction,
        message(f"r_dir_{direction}", lang),
        str(before.level),
        f"{'+' if delta > 0 else ''}{delta}" if delta else "",
    )


def _evidence(
    answer: Answer | None, refs: tuple[EvidenceRef, ...], root: Path, base: Path
) -> tuple[EvidenceView, ...]:
    """Evidence as the handout shows it: a link only where the sandbox rule resolved a usable
    file or a real http(s) URL at load time."""
    if answer is None:
        return ()
    items = []
    for e, ref in zip(answer.evidence, refs, strict=True):
        if e.url is not None:
            items.append(EvidenceView(e.title, e.url, e.url if ref.url_ok else None))
        elif e.path is not None:
            items.append(EvidenceView(e.title, e.path, ref.href(root, base)))
        else:
            items.append(EvidenceView(e.title, "", None))
    return tuple(items)
