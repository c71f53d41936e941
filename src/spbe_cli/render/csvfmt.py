"""``spbe score --format csv``: one row per indicator, in catalogue order.

``level`` is the whole level (the value's whole part) and ``value`` the exact value (``2.75``,
``7/3`` as ``2.3333333333``), as in the JSON document; a framework without domains (Pemdi
2026) has no ``domain`` column."""

from __future__ import annotations

import csv
import io

from spbe_cli.base.safetext import csv_cell
from spbe_cli.domain.numbers import json_number
from spbe_cli.engine.scoring import IndicatorResult, Score

COLUMNS = ("id", "name", "domain", "aspect", "weight", "level", "value", "unit", "source")


def columns(scores: list[Score]) -> tuple[str, ...]:
    if any(s.catalogue.has_domains for s in scores):
        return COLUMNS
    return tuple(c for c in COLUMNS if c != "domain")


def render_csv(score: Score) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = columns([score])
    writer.writerow(names)
    writer.writerows(_rows(score, names))
    return out.getvalue()


def render_csv_many(scores: list[Score]) -> str:
    """One table for several years or instansi: ``instansi`` and ``year`` before the columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    names = columns(scores)
    writer.writerow(("instansi", "year", *names))
    for score in scores:
        writer.writerows(
            [csv_cell(score.instansi or ""), score.year, *row] for row in _rows(score, names)
        )
    return out.getvalue()


def _rows(score: Score, names: tuple[str, ...]) -> list[list[object]]:
    return [[csv_cell(_cell(r, name)) for name in names] for r in score.indicators]


def _cell(r: IndicatorResult, name: str) -> object:
    ind = r.indicator
    shown = r.answered or r.pending
    cells: dict[str, object] = {
        "id": ind.id,
        "name": ind.name,
        "domain": ind.domain_id if ind.domain_id != "-" else "",
        "aspect": ind.aspect_id,
        "weight": repr(json_number(ind.weight)),
        "level": r.level if r.answered else "",
        "value": repr(json_number(r.value)) if shown else "",
        "unit": r.unit or "",
        "source": r.source or "",
    }
    return cells[name]
