"""The report's view model: every value formatted, every label translated, charts drawn.

Templates receive one ``ReportView`` as ``r`` and only loop and branch over it. Documented for
template authors in README ("Custom templates"): names here are a contract.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any

from spbe_cli.domain.numbers import rounded, shown
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.diffing import Movement, movement
from spbe_cli.engine.evaluate import OverClaim
from spbe_cli.engine.scoring import IndicatorResult, Score, target_gap
from spbe_cli.engine.yearview import OpenRecommendation, YearView
from spbe_cli.model.catalogue import Indicator
from spbe_cli.model.models import Answer, Evidence
from spbe_cli.problems.messages import Lang, counted, message
from spbe_cli.render.stages import over_claim_text
from spbe_cli.render.view import assessor_note_text, external_text, range_text, stage_note
from spbe_cli.report import charts
from spbe_cli.report.viewmodel import (
    GAIN_PLACES,
    AspectView,
    BandView,
    Change,
    DomainView,
    EvidenceView,
    IndicatorView,
    Meta,
    RecommendationView,
    ReportView,
    StageRow,
    SupportView,
    TrendRow,
    UnitView,
)
from spbe_cli.source.evidence import EvidenceRef, resolve_evidence

LABELS = tuple(f"r_{name}" for name in (
    "title", "unit_title", "generated", "catalogue", "regulation", "provisional", "index",
    "predikat", "target", "target_gap", "target_reached", "bands", "band_range", "charts",
    "radar_title", "radar_desc", "bars_title", "bars_desc", "series", "domains", "id", "name",
    "weight", "col_index", "indicators", "level", "unit", "gain", "change", "next_title",
    "next_level", "criterion_next", "criterion_now", "units", "explanation", "evidence",
    "no_explanation", "no_evidence", "missing", "none", "footer_catalogue", "footer_hash",
    "footer_commit", "footer_tool", "previous", "mean", "contribution", "count", "file",
    "all_at_top", "contents", "not_answered", "pending", "chart_text", "stages", "recommendations",
    "review", "external", "other_recommendations",
    "trend", "year", "stage_rows_note", "supports", "lead_unit", "assessor_notes",
))  # fmt: skip


def build_view(
    year: YearView,
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
    """The handout's view: every number the engine computed, selected and formatted."""
    score = year.score
    b = _Builder(year, lang, previous, link_base or Path.cwd())
    domains = b.domains()
    flat = tuple(i for d in domains for a in d.aspects for i in a.indicators)
    units = b.units(flat)
    threshold = math.ceil(target) if target is not None else 3  # level below which to push
    push = {r.indicator.id for r in score.indicators if r.next_level and r.level < threshold}
    radar_svg, bars_svg = b.charts(target)
    view = ReportView(
        lang=lang,
        t=b.t,
        **b.header(target),
        bands=b.bands(target),
        radar_svg=radar_svg,
        bars_svg=bars_svg,
        domains=domains,
        indicators=flat,
        next_steps=tuple(i for i in flat if i.id in push),
        next_steps_rule=b.next_rule(target, threshold),
        units=units,
        missing=tuple(i for i in flat if not i.answered),
        validation_note=_validation_note(errors, warnings, lang),
        **b.previous_year(),
        unit=next((u for u in units if u.unit == unit), None) if unit else None,
        meta=meta,
    )
    return _lifecycle(view, extras, lang) if extras is not None else view


def _validation_note(errors: int, warnings: int, lang: Lang) -> str:
    if errors or warnings:
        return message(
            "r_validation_note",
            lang,
            errors=counted("summary_errors", errors),
            warnings=counted("summary_warnings", warnings),
        )
    return message("r_validation_clean", lang)


class _Builder:
    """The sections of a handout view, from one score (and last year's, when there is one)."""

    def __init__(self, year: YearView, lang: Lang, previous: Score | None, base: Path) -> None:
        year_set, score = year.year_set, year.score
        self.year_set, self.score, self.lang, self.previous = year_set, score, lang, previous
        self.notes = year.assessor_notes
        self.base = base
        self.t = {key[2:]: message(key, lang) for key in LABELS}
        c = score.catalogue
        self.t["index"] = c.index_title(lang)  # "Indeks Pemdi", not "Indeks SPBE"
        self.t["provisional"] = c.notice(lang)  # what is verified and what is not
        self.t["title"] = message("r_title", lang, framework=c.framework)
        self.t["unit_title"] = message("r_unit_title", lang, framework=c.framework)
        if not c.has_domains:  # the bars are per aspect in a framework without domains
            self.t["domains"] = message("r_domains_aspects", lang)
            self.t["bars_title"] = message("r_bars_title_aspects", lang)
            self.t["bars_desc"] = message("r_bars_desc_aspects", lang)
        units = year_set.units
        self.answers = {i: a for u in units for i, a in u.assessment.indicators.items()}
        self.refs = {i: r for u in units for i, r in u.evidence.items()}
        self.before = _values(previous) if previous is not None else {}
        self.prev_levels = {i.indicator.id: i for i in previous.indicators} if previous else {}

    def num(self, value: Fraction | int, places: int = 2) -> str:
        return shown(Fraction(value), self.lang, places)

    def change(self, now: Fraction, key: str) -> Change | None:
        if self.previous is None:
            return None
        return self.shown(movement(now, self.before.get(key)))

    def shown(self, m: Movement) -> Change:
        label = message(f"r_dir_{m.direction}", self.lang)
        if m.before is None:
            return Change("new", label, "", "")
        sign = "+" if m.change > 0 else ""
        text = self.num(m.change)
        return Change(m.direction, label, self.num(m.before), sign + text if m.change else "")

    def header(self, target: Fraction | None) -> dict[str, Any]:
        s, c = self.score, self.score.catalogue
        gap = target_gap(s, target)
        incomplete = message("incomplete_note", self.lang, count=len(s.missing))
        return {
            "instansi": s.instansi or "-",
            "year": str(s.year) if s.year is not None else "-",
            "catalogue_id": c.id,
            "catalogue_title": c.title,
            "regulation": c.regulation,
            "provisional": c.provisional,
            "has_domains": c.has_domains,
            "stage_note": stage_note(s, self.lang) or "",
            "index": self.num(s.index),
            "predikat": s.predikat,
            "complete": s.complete,
            "incomplete_note": "" if s.complete else incomplete,
            "target": self.num(target) if target is not None else "",
            "target_predikat": c.predikat(rounded(target)) if target is not None else "",
            "target_gap": self.num(gap) if gap is not None else "",
            "total_weight": self.num(c.total_weight),
        }

    def indicator(self, r: IndicatorResult) -> IndicatorView:
        ind, nxt = r.indicator, r.next_level
        answer = self.answers.get(ind.id)
        before = self.prev_levels.get(ind.id)
        last = before.value if before is not None and before.answered else None
        root = self.year_set.repo.root
        now, upcoming = ind.criteria_for(r.value)
        step = nxt  # the next step (``Indicator.step_after``), as every output names it
        return IndicatorView(
            id=ind.id,
            name=ind.name,
            level=ind.text(r.value, self.lang),
            level_name=ind.name_at(r.value),
            answered=r.answered,
            unit=r.unit or "",
            weight=self.num(ind.weight),
            gain=self.num(r.next_gain, GAIN_PLACES) if r.next_gain is not None else "",
            next_level=ind.text(step, self.lang) if step is not None else "",
            next_level_name=ind.name_at(step) if step is not None else "",
            criterion=now[0],
            next_criterion=upcoming[0] if step is not None else "",
            explanation=(answer.explanation or "") if answer else "",
            evidence=_evidence(answer, self.refs.get(ind.id, ()), root, self.base),
            change=self.value_change(r, last) if self.previous is not None else None,
            external=external_text(r, self.lang),
            pending=r.pending,
            review=review_text(answer, ind, self.lang) if answer is not None else "",
            criterion_range=range_text(ind, r.value, self.lang),
            next_criterion_range=range_text(ind, step, self.lang),
            assessor_notes=tuple(
                assessor_note_text(ind, n, self.lang) for n in self.notes.get(ind.id, ())
            ),
        )

    def value_change(self, r: IndicatorResult, last: Fraction | None) -> Change:
        """An indicator's value against last year's, in the indicator's own notation."""
        m = movement(r.value, last, exact=True)
        label = message(f"r_dir_{m.direction}", self.lang)
        if m.before is None:
            return Change("new", label, "", "")
        text = r.indicator.text
        delta = ("+" if m.change > 0 else "") + text(m.change, self.lang) if m.change else ""
        return Change(m.direction, label, text(m.before, self.lang), delta)

    def domains(self) -> tuple[DomainView, ...]:
        return tuple(
            DomainView(
                d.domain.id,
                d.domain.name,
                self.num(d.domain.weight),
                self.num(d.index),
                self.change(d.index, d.domain.id),
                tuple(
                    AspectView(
                        a.aspect.id,
                        a.aspect.name,
                        self.num(a.aspect.weight),
                        self.num(a.index),
                        self.change(a.index, a.aspect.id),
                        tuple(self.indicator(i) for i in a.indicators),
                    )
                    for a in d.aspects
                ),
            )
            for d in self.score.domains
        )

    def units(self, flat: tuple[IndicatorView, ...]) -> tuple[UnitView, ...]:
        registry = {
            u.assessment.unit: u.assessment.name or _registry(self.year_set, u.assessment.unit)
            for u in self.year_set.units
        }
        return tuple(
            UnitView(
                u.unit,
                u.name or registry.get(u.unit) or "",
                u.file,
                str(len(u.indicators)),
                self.num(u.mean_level) if u.mean_level is not None else "-",
                self.num(u.contribution, GAIN_PLACES),
                tuple(i for i in flat if i.unit == u.unit and i.answered),
                supports=self.supports(u.unit, flat),
            )
            for u in self.score.units
        )

    def supports(self, unit: str, flat: tuple[IndicatorView, ...]) -> tuple[SupportView, ...]:
        """The parts ``unit`` gives to indicators other units lead, in catalogue order."""
        found = next((u for u in self.year_set.units if u.assessment.unit == unit), None)
        if found is None or not found.assessment.supports:
            return ()
        root = self.year_set.repo.root
        views = []
        for i in flat:
            part = found.assessment.supports.get(i.id)
            if part is None:
                continue
            refs = tuple(resolve_evidence(root, e.path, e.url) for e in part.evidence)
            views.append(
                SupportView(
                    i.id,
                    i.name,
                    i.unit,
                    part.explanation or "",
                    _items(part.evidence, refs, root, self.base),
                )
            )
        return tuple(views)

    def bands(self, target: Fraction | None) -> tuple[BandView, ...]:
        c = self.score.catalogue
        top = max(b.max for b in c.bands)
        aimed = c.predikat(rounded(target)) if target is not None else None
        return tuple(
            BandView(
                f"{self.num(b.min)} – "
                f"{self.num(b.max) if b.max == top else '< ' + self.num(b.max)}",
                b.name,
                b.name == self.score.predikat,
                b.name == aimed,
            )
            for b in c.bands
        )

    def charts(self, target: Fraction | None) -> tuple[str, str]:
        s, c, t = self.score, self.score.catalogue, self.t
        aimed = float(target) if target is not None else None
        label = f"{t['target']} {self.num(target)}" if target is not None else ""
        aspects = [a for d in s.domains for a in d.aspects]
        radar = charts.radar(
            [charts.Point(a.aspect.id, float(a.index), self.num(a.index)) for a in aspects],
            low=c.low,
            high=c.high,
            title=t["radar_title"],
            desc=t["radar_desc"],
            series=f"{t['series']} {s.year or ''}".strip(),
            target=aimed,
            target_label=label,
        )
        if c.has_domains:
            points = [
                charts.Point(d.domain.id, float(d.index), self.num(d.index)) for d in s.domains
            ]
            names = [d.domain.name for d in s.domains]
        else:  # a framework without domains: one bar per aspect
            points = [charts.Point(a.aspect.id, float(a.index), self.num(a.index)) for a in aspects]
            names = [a.aspect.name for a in aspects]
        bars = charts.bars(
            points,
            names,
            low=c.low,
            high=c.high,
            title=t["bars_title"],
            desc=t["bars_desc"],
            target=aimed,
            target_label=label,
        )
        return radar, bars

    def next_rule(self, target: Fraction | None, threshold: int) -> str:
        key = "r_next_rule_target" if target is not None else "r_next_rule_default"
        shown_target = self.num(target) if target is not None else ""
        return message(key, self.lang, level=threshold, target=shown_target)

    def previous_year(self) -> dict[str, Any]:
        p = self.previous
        if p is None:
            return {"previous_year": "", "change_title": "", "index_change": None}
        return {
            "previous_year": str(p.year) if p.year else "",
            "change_title": message("r_change_title", self.lang, year=p.year),
            "index_change": self.change(self.score.index, "__index__"),
        }


def _values(score: Score) -> dict[str, Fraction]:
    """Every domain's and aspect's index, and the index itself, by id."""
    found = {"__index__": score.index}
    for d in score.domains:
        found[d.domain.id] = d.index
        found.update((a.aspect.id, a.index) for a in d.aspects)
    return found


@dataclass
class Extras:
    """What the lifecycle adds to a handout: stages, recommendations, the trend."""

    stage_scores: dict[Stage, Score]
    over: list[OverClaim]
    recommendations: list[OpenRecommendation]
    trend: list[Score]
    skipped: list[int] = field(default_factory=list)  # earlier years with errors, left out


def review_text(answer: Answer, indicator: Indicator, lang: Lang) -> str:
    """The internal review of an answer on one line: "revisi, nilai 2,50: <note> (by)"."""
    review = answer.review
    if review is None:
        return ""
    level = (
        message("r_review_level", lang, level=indicator.text(review.level, lang))
        if review.level is not None
        else ""
    )
    by = ", ".join(
        x for x in (review.by or "", review.date.isoformat() if review.date else "") if x
    )
    # the note as written, line breaks kept: pages show it as text, escaped by their template
    note = f": {review.note}" if review.note else ""
    return f"{review.status}{level}{note}{f' ({by})' if by else ''}"


def stage_rows(
    stages: dict[Stage, Score], over: list[OverClaim], lang: Lang
) -> tuple[StageRow, ...]:
    """The indicators whose value differs between stages (or that claim more than the
    assessors accepted), each value in its indicator's notation; "(v)" where a stage has no
    value of its own and shows the one before it."""
    claims = {o.indicator: o for o in over}
    first = next(iter(stages.values()))
    per_stage = [
        (s, {i.indicator.id: i for i in sc.indicators}, dict(sc.fell_back))
        for s, sc in stages.items()
    ]
    rows = []
    for res in first.indicators:
        ind = res.indicator
        values = []
        for s, table, fell in per_stage:
            text = ind.text(table[ind.id].value, lang)
            values.append(text if ind.id not in fell or s is Stage.MANDIRI else f"({text})")
        claim = claims.get(ind.id)
        if len({v.strip("()") for v in values}) > 1 or claim:
            note = over_claim_text(claim, ind, lang) if claim else ""
            rows.append(StageRow(ind.id, ind.name, res.unit or "", tuple(values), note))
    return tuple(rows)


def _lifecycle(r: ReportView, extras: Extras, lang: Lang) -> ReportView:
    def num(value: Fraction) -> str:
        return shown(value, lang)

    from dataclasses import replace

    stages = extras.stage_scores
    changes: dict[str, Any] = {}
    if len(stages) > 1:
        changes.update(
            stage_names=tuple(stages),
            stage_indices=tuple(f"{num(sc.index)} ({sc.predikat})" for sc in stages.values()),
            stage_rows=stage_rows(stages, extras.over, lang),
            over_claims_note=message("over_claims_count", lang, count=len(extras.over)),
        )
    recs: dict[str, list[RecommendationView]] = {}
    for rec in extras.recommendations:
        recs.setdefault(rec.owner, []).append(
            RecommendationView(
                str(rec.year), str(rec.stage), rec.indicator, rec.text, rec.follow_up, rec.owner
            )
        )
    if extras.skipped:
        years = ", ".join(str(y) for y in extras.skipped)
        changes["skipped_note"] = message("r_skipped_years", lang, years=years)
    present = {u.unit for u in r.units}
    changes["other_recommendations"] = tuple(
        v for owner, found in recs.items() if owner not in present for v in found
    )
    units = tuple(replace(u, recommendations=tuple(recs.get(u.unit, ()))) for u in r.units)
    chosen = next((u for u in units if r.unit and u.unit == r.unit.unit), None)
    changes.update(units=units, unit=chosen)
    if len(extras.trend) > 1:
        changes.update(
            trend=tuple(
                TrendRow(str(s.year), s.catalogue.id, num(s.index), s.predikat)
                for s in extras.trend
            ),
            trend_svg=index_trend(
                extras.trend,
                lang,
                title=message("r_trend_title", lang),
                desc=message("r_trend_desc", lang),
            ),
        )
    return replace(r, **changes)


def index_trend(scores: Sequence[Score], lang: Lang, *, title: str, desc: str) -> str:
    """The index per year, one series per catalogue (the line breaks where it changes, as
    from SPBE 2025 to Pemdi 2026), each with its own predikat thresholds: the trend of the
    handout and of the site."""
    runs: list[list[Score]] = []
    for s in scores:
        if runs and runs[-1][-1].catalogue.id == s.catalogue.id:
            runs[-1].append(s)
        else:
            runs.append([s])
    series = []
    for run in runs:
        c = run[0].catalogue
        points = tuple(charts.Point(str(s.year), float(s.index), shown(s.index, lang)) for s in run)
        bands = tuple((float(b.min), b.name) for b in c.bands if c.low < b.min < c.high)
        series.append(charts.Series(c.index_title(lang), points, bands))
    low = min(s.catalogue.low for s in scores)
    high = max(s.catalogue.high for s in scores)
    return charts.trend(series, low=low, high=high, title=title, desc=desc)


def _registry(year_set: YearSet, unit: str) -> str:
    info = year_set.repo.config.units.get(unit)
    return info.name if info else ""


def _evidence(
    answer: Answer | None, refs: tuple[EvidenceRef, ...], root: Path, base: Path
) -> tuple[EvidenceView, ...]:
    """Evidence as the handout shows it: a link only where the sandbox rule resolved a usable
    file or a real http(s) URL at load time."""
    if answer is None:
        return ()
    return _items(answer.evidence, refs, root, base)


def _items(
    evidence: Sequence[Evidence], refs: tuple[EvidenceRef, ...], root: Path, base: Path
) -> tuple[EvidenceView, ...]:
    items = []
    for e, ref in zip(evidence, refs, strict=True):
        if e.url is not None:
            items.append(EvidenceView(e.title, e.url, e.url if ref.url_ok else None))
        elif e.path is not None:
            items.append(EvidenceView(e.title, e.path, ref.href(root, base)))
        else:
            items.append(EvidenceView(e.title, "", None))
    return tuple(items)
