"""A year page's parts: the score tree (domains, aspects, indicators), the recommendations of
every stage, and the plan to the target."""

from __future__ import annotations

from typing import Any

from spbe_cli.engine.planner import Raise, make_plan
from spbe_cli.engine.scoring import IndicatorResult, Score
from spbe_cli.model.catalogue import Catalogue
from spbe_cli.problems.messages import message
from spbe_cli.site.collect import YearData
from spbe_cli.site.formatting import Formatter
from spbe_cli.site.names import indicator_page, unit_page


def score_rows(fmt: Formatter, score: Score) -> list[dict[str, str]]:
    """The score tree flattened in catalogue order; domain rows only where the catalogue has
    domains."""
    c = score.catalogue
    rows = []
    for d in score.domains:
        if c.has_domains:
            rows.append(
                {"kind": "domain", "id": d.domain.id, "name": d.domain.name,
                 "weight": fmt.num(d.domain.weight), "index": fmt.num(d.index)}
            )  # fmt: skip
        for a in d.aspects:
            rows.append(
                {"kind": "aspect", "id": a.aspect.id, "name": a.aspect.name,
                 "weight": fmt.num(a.aspect.weight), "index": fmt.num(a.index)}
            )  # fmt: skip
            rows += [_indicator_row(fmt, c, r) for r in a.indicators]
    return rows


def _indicator_row(fmt: Formatter, c: Catalogue, r: IndicatorResult) -> dict[str, str]:
    return {
        "kind": "indicator",
        "id": r.indicator.id,
        "name": r.indicator.name,
        "href": indicator_page(c.id, r.indicator.id),
        "weight": fmt.num(r.indicator.weight),
        "index": fmt.value(r),
        "level_name": r.level_name if r.answered else "",
        "unit": r.unit or "",
        "unit_href": unit_page(r.unit) if r.unit else "",
    }


def recommendations(y: YearData, c: Catalogue) -> list[dict[str, str]]:
    """Every stage's recommendations; a link only to an indicator the catalogue has."""
    return [
        {
            "stage": str(stage),
            "indicator": rec.indicator,
            "href": indicator_page(c.id, rec.indicator) if rec.indicator in c.indicators else "",
            "text": rec.text,
            "status": rec.status,
            "follow_up": rec.follow_up or "",
        }
        for stage, file in y.opened.stages.files.items()
        for rec in file.result.rekomendasi
    ]


def plan(fmt: Formatter, y: YearData) -> dict[str, Any]:
    """The fewest level raises from the accepted stage to the target, or why there are none."""
    start = y.accepted
    if y.target is None or start is None:
        return {"title": "", "note": message("s_plan_none", fmt.lang), "steps": []}
    result = make_plan(start, y.target)
    title = message("s_plan", fmt.lang, target=fmt.num(y.target))
    if not result.reachable:
        note = message("s_plan_unreachable", fmt.lang, best=fmt.num(result.best))
    elif not result.raises:
        note = message("s_plan_reached", fmt.lang)
    else:
        note = ""
    c = start.catalogue
    steps = [_step(fmt, c, r) for r in result.raises]
    return {"title": title, "note": note, "steps": steps, "end": fmt.num(result.end)}


def _step(fmt: Formatter, c: Catalogue, r: Raise) -> dict[str, str]:
    return {
        "id": r.indicator.id,
        "name": r.indicator.name,
        "href": indicator_page(c.id, r.indicator.id),
        "unit": r.unit,
        "from": fmt.num(r.from_level)
        if r.from_level.denominator != 1
        else str(r.from_level.numerator),
        "to": str(r.to_level),
        "gain": "+" + fmt.num(r.gain, 4),
    }
