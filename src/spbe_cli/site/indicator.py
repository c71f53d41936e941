"""An indicator page's parts: its criteria, its values per stage year by year (table and
chart), its lead and supporting units, and each year's notes: the lead unit's explanation and
evidence, the supporting units' parts, the internal review and the recommendations."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import UnitFile, YearSet
from spbe_cli.engine.scoring import IndicatorResult, Score
from spbe_cli.model.catalogue import Catalogue, Indicator
from spbe_cli.model.models import Answer
from spbe_cli.render.view import assessor_note_text
from spbe_cli.report import charts
from spbe_cli.site.collect import YearData
from spbe_cli.site.formatting import Formatter
from spbe_cli.site.names import unit_page, year_page


def criteria(ind: Indicator) -> list[dict[str, Any]]:
    """Every level of the scale with its name and what it requires."""
    found = []
    for level in ind.scale.levels:
        text, asked = ind.criterion_at(level.value)
        found.append({"level": str(level.value), "name": level.name, "text": text, "asked": asked})
    return found


def aspect_label(c: Catalogue, ind: Indicator) -> str:
    aspect = next((a for a in c.aspects if a.id == ind.aspect_id), None)
    return f"{aspect.id} · {aspect.name}" if aspect else ind.aspect_id


def stage_names(years: list[YearData]) -> list[str]:
    """Every stage any of the years has, in the order they first appear."""
    names: list[str] = []
    for y in years:
        for s in y.prepared.stage_scores:  # type: ignore[union-attr]
            if str(s) not in names:
                names.append(str(s))
    return names


def _lead(ys: YearSet, ident: str) -> UnitFile | None:
    """The unit whose file answers the indicator."""
    return next((u for u in ys.units if ident in u.assessment.indicators), None)


class IndicatorHistory:
    """One indicator through the years of its catalogue."""

    def __init__(self, fmt: Formatter, ind: Indicator, years: list[YearData]) -> None:
        self.fmt, self.ind, self.years = fmt, ind, years
        self.stages = stage_names(years)

    # --- values per stage, and the chart of the accepted stage's -----------------------------

    def history(self) -> tuple[list[dict[str, Any]], list[charts.Point]]:
        rows, points = [], []
        for y in self.years:
            row, value = self.year_values(y)
            rows.append(row)
            if value is not None:
                points.append(charts.Point(str(y.year), float(value), self.fmt.num(value)))
        return rows, points

    def year_values(self, y: YearData) -> tuple[dict[str, Any], Fraction | None]:
        """A year's row (a cell per stage) and the value the chart follows: the accepted
        stage's, when it has one."""
        assert y.prepared is not None
        cells = {}
        last_value: Fraction | None = None
        accepted = y.opened.stages.accepted(y.prepared.year_set)
        for s, sc in y.prepared.stage_scores.items():
            r = next(r for r in sc.indicators if r.indicator.id == self.ind.id)
            cells[str(s)] = self.cell(s, sc, r)
            if s is accepted and (r.answered or r.external is not None):
                last_value = r.value
        row = {
            "year": str(y.year),
            "href": year_page(y.year),
            "cells": [cells.get(s, "") for s in self.stages],
        }
        return row, last_value

    def cell(self, s: Stage, sc: Score, r: IndicatorResult) -> str:
        """The value at a stage; in brackets where the stage had none and fell back."""
        text = self.fmt.value(r)
        fell = dict(sc.fell_back)
        return f"({text})" if self.ind.id in fell and s is not Stage.MANDIRI else text

    def chart(self, points: list[charts.Point]) -> str:
        if not points:
            return ""
        return charts.trend(
            points,
            low=self.ind.scale.low,
            high=self.ind.scale.high,
            title=self.fmt.t["history_chart"],
            desc=self.fmt.t["history_chart"],
        )

    # --- who answers it ----------------------------------------------------------------------

    def owners(self) -> tuple[str, list[str]]:
        """The lead unit (by file, else by the registry, else the one of an earlier year) and
        the supporting units, as of the latest year."""
        owner, supporters = "", []
        for y in self.years:
            ys = y.prepared.year_set  # type: ignore[union-attr]
            lead = _lead(ys, self.ind.id)
            owner = lead.assessment.unit if lead else (ys.lead_of(self.ind.id) or owner)
            supporters = [
                u.assessment.unit for u in ys.units if self.ind.id in u.assessment.supports
            ]
        return owner, supporters

    # --- each year's notes -------------------------------------------------------------------

    def notes(self) -> list[dict[str, Any]]:
        """Each year's notes, the latest first."""
        return list(reversed([self.note(y) for y in self.years]))

    def note(self, y: YearData) -> dict[str, Any]:
        assert y.prepared is not None
        ys = y.prepared.year_set
        lead = _lead(ys, self.ind.id)
        answer = lead.assessment.indicators[self.ind.id] if lead else None
        supports = self.supports(ys)
        return {
            "year": str(y.year),
            "href": year_page(y.year),
            "unit": lead.assessment.unit if lead else "",
            "unit_href": unit_page(lead.assessment.unit) if lead else "",
            "explanation": (answer.explanation or "") if answer else "",
            "evidence": [self.fmt.evidence(e) for e in answer.evidence] if answer else [],
            "supports": supports,
            "review": self.review(answer),
            "assessor_notes": [
                assessor_note_text(self.ind, n, self.fmt.lang)
                for n in y.prepared.year_view.assessor_notes.get(self.ind.id, ())
            ],
            "recommendations": self.recommendations(y),
        }

    def supports(self, ys: YearSet) -> list[dict[str, Any]]:
        """The supporting units' parts: explanation and evidence."""
        return [self.part(u) for u in ys.units if self.ind.id in u.assessment.supports]

    def part(self, u: UnitFile) -> dict[str, Any]:
        part = u.assessment.supports[self.ind.id]
        return {
            "unit": u.assessment.unit,
            "href": unit_page(u.assessment.unit),
            "explanation": part.explanation or "",
            "evidence": [self.fmt.evidence(e) for e in part.evidence],
        }

    def review(self, answer: Answer | None) -> dict[str, str] | None:
        """The internal review of the lead unit's answer."""
        if answer is None or answer.review is None:
            return None
        rv = answer.review
        return {
            "status": rv.status,
            "level": self.ind.text(rv.level, self.fmt.lang) if rv.level is not None else "",
            "note": rv.note or "",
            "by": rv.by or "",
            "date": rv.date.isoformat() if rv.date else "",
        }

    def recommendations(self, y: YearData) -> list[dict[str, str]]:
        return [
            {"stage": str(stage), "text": rec.text, "status": rec.status,
             "follow_up": rec.follow_up or ""}
            for stage, file in y.opened.stages.files.items()
            for rec in file.result.rekomendasi
            if rec.indicator == self.ind.id
        ]  # fmt: skip
