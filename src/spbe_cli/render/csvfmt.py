"""``spbe score --format csv``: one row per indicator, in catalogue order."""

from __future__ import annotations

import csv
import io

from spbe_cli.base.safetext import csv_cell
from spbe_cli.domain.numbers import json_number
from spbe_cli.engine.scoring import Score

COLUMNS = ("id", "name", "domain", "aspect", "weight", "level", "unit", "source")


def render_csv(score: Score) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(_rows(score))
    return out.getvalue()


def render_csv_many(scores: list[Score]) -> str:
    """One table for several years or instansi: ``instansi`` and ``year`` before the columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("instansi", "year", *COLUMNS))
    for score in scores:
        writer.writerows([csv_cell(score.instansi or ""), score.year, *row] for row in _rows(score))
    return out.getvalue()


def _rows(score: Score) -> list[list[object]]:
    return [
        [
            csv_cell(value)
            for value in (
                r.indicator.id,
                r.indicator.name,
                r.indicator.domain_id,
                r.indicator.aspect_id,
                repr(json_number(r.indicator.weight)),
                r.level if r.answered else "",
                r.unit or "",
                r.source or "",
            )
        ]
        for r in score.indicators
    ]
