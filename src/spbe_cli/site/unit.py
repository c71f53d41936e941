"""A unit page's parts: which units have a page and from which year, the indicators a unit
leads or supports (values per stage, the next requirement, its explanation and evidence), and
the open recommendations it owns."""

from __future__ import annotations

from typing import Any

from spbe_cli.engine.assessments import UnitFile, YearSet
from spbe_cli.engine.scoring import IndicatorResult
from spbe_cli.engine.yearview import open_recommendations as engine_open
from spbe_cli.model.catalogue import Indicator
from spbe_cli.model.models import Answer, Contribution
from spbe_cli.problems.messages import Lang
from spbe_cli.render.view import assessor_note_text
from spbe_cli.report.view import review_text
from spbe_cli.site.collect import Collected, YearData
from spbe_cli.site.formatting import Formatter
from spbe_cli.site.names import indicator_page


def unit_years(data: Collected) -> tuple[dict[str, YearData], dict[str, str]]:
    """Each unit's latest year (a unit only in the registry: the latest year) and its name."""
    latest_of: dict[str, YearData] = {}
    names: dict[str, str] = {}
    for y in data.usable:
        ys = y.prepared.year_set  # type: ignore[union-attr]
        for u in ys.units:
            latest_of[u.assessment.unit] = y
            names[u.assessment.unit] = u.assessment.name or names.get(u.assessment.unit, "")
    for unit, info in data.repo.config.units.items():
        names.setdefault(unit, info.name or "")
        if unit not in latest_of and data.latest is not None:
            latest_of[unit] = data.latest
    return latest_of, names


def roles(ys: YearSet, unit: str, file: UnitFile | None) -> tuple[set[str], set[str]]:
    """What ``unit`` leads and what it only supports, from its file and from the registry."""
    registry = ys.roles(unit)
    lead = set(file.assessment.indicators) if file else set()
    lead |= set(registry.indicators) if registry else set()
    support = set(file.assessment.supports) if file else set()
    support |= set(registry.supports) if registry else set()
    return lead, support - lead


class UnitRows:
    """The indicators a unit leads or supports in one year, in catalogue order."""

    def __init__(self, fmt: Formatter, unit: str, y: YearData) -> None:
        assert y.prepared is not None
        ys: YearSet = y.prepared.year_set
        self.fmt = fmt
        self.catalogue = y.prepared.score.catalogue
        self.stages = y.prepared.stage_scores
        self.shown = {r.indicator.id: r for r in y.prepared.score.indicators}
        self.assessor_notes = y.prepared.year_view.assessor_notes
        self.by_stage = {
            s: {r.indicator.id: r for r in sc.indicators} for s, sc in self.stages.items()
        }
        self.file = next((u for u in ys.units if u.assessment.unit == unit), None)
        self.lead, self.support = roles(ys, unit, self.file)

    def rows(self) -> list[dict[str, Any]]:
        return [
            self.row(ident, ind)
            for ident, ind in self.catalogue.indicators.items()
            if ident in self.lead or ident in self.support
        ]

    def row(self, ident: str, ind: Indicator) -> dict[str, Any]:
        role = "lead" if ident in self.lead else "support"
        own = self.answer(ident) if role == "lead" else self.part(ident)
        by_stage = self.by_stage
        current = self.shown.get(ident)  # the stage every output shows: the latest present
        return {
            "id": ident,
            "name": ind.name,
            "href": indicator_page(self.catalogue.id, ident),
            "role": self.fmt.t[f"role_{role}"],
            "levels": [
                self.fmt.value(by_stage[s][ident]) if ident in by_stage[s] else "-"
                for s in self.stages
            ],
            "next": next_requirement(ind, current, self.fmt.lang) if role == "lead" else "",
            "explanation": own.explanation if own else None,
            "evidence": [self.fmt.evidence(e) for e in own.evidence] if own else [],
            **self.notes(ident, ind, role),
        }

    def notes(self, ident: str, ind: Indicator, role: str) -> dict[str, Any]:
        """The internal review of the lead unit's answer and the external assessors' notes,
        as the handout writes them."""
        if role != "lead":
            return {"review": "", "assessor_notes": []}
        answer, lang = self.answer(ident), self.fmt.lang
        return {
            "review": review_text(answer, ind, lang) if answer is not None else "",
            "assessor_notes": [
                assessor_note_text(ind, n, lang) for n in self.assessor_notes.get(ident, ())
            ],
        }

    def answer(self, ident: str) -> Answer | None:
        return self.file.assessment.indicators.get(ident) if self.file else None

    def part(self, ident: str) -> Contribution | None:
        return self.file.assessment.supports.get(ident) if self.file else None


def next_requirement(ind: Indicator, r: IndicatorResult | None, lang: Lang) -> str:
    """The criterion of the next level, for a unit's own (not external) indicator."""
    if r is None or ind.external is not None:
        return ""
    found = ind.next_requirement(r.value if r.answered else None)
    if found is None or not found[1]:
        return ""
    level, text = found
    return f"{ind.text(level, lang)} ({ind.name_at(level)}): {text}"


def open_recommendations(data: Collected, y: YearData, unit: str) -> list[dict[str, str]]:
    """The open recommendations ``unit`` owns in year ``y`` (the engine's one rule: this year's
    and earlier years' under the same catalogue, owned by the unit they name or else by the
    unit leading the indicator)."""
    assert y.prepared is not None
    catalogue = y.prepared.score.catalogue.id
    views = [o.prepared.year_view for o in data.usable if o.prepared is not None]
    # owned as of the catalogue's latest year, whichever year the unit's page shows: one
    # owner for each recommendation on the whole site
    current = max((v for v in views if v.catalogue.id == catalogue), key=lambda v: v.year or 0)
    return [
        {
            "year": str(rec.year),
            "stage": str(rec.stage),
            "indicator": rec.indicator,
            "href": indicator_page(catalogue, rec.indicator),
            "text": rec.text,
        }
        for rec in engine_open(current, views)
        if rec.owner == unit
    ]
