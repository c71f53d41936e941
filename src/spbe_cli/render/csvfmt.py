"""``spbe score --format csv``: one row per indicator, in catalogue order."""

from __future__ import annotations

import csv
import io

from spbe_cli.numbers import json_number
from spbe_cli.scoring import Score

COLUMNS = ("id", "name", "domain", "aspect", "weight", "level", "unit", "source")


def render_csv(score: Score) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in score.indicators:
        writer.writerow(
            [
                r.indicator.id,
                r.indicator.name,
                r.indicator.domain_id,
                r.indicator.aspect_id,
                repr(json_number(r.indicator.weight)),
                r.level if r.answered else "",
                r.unit or "",
                r.source or "",
            ]
        )
    return out.getvalue()
