"""``spbe score --stages``: every stage side by side, with over-claims marked."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from typing import Any

from spbe_cli.domain.numbers import json_number, rounded, shown
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.evaluate import OverClaim
from spbe_cli.engine.scoring import Score
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.console import text_console


def _levels(scores: Mapping[Stage, Score]) -> dict[str, dict[str, tuple[int, bool]]]:
    """indicator -> stage -> (level, value set at that stage itself)."""
    table: dict[str, dict[str, tuple[int, bool]]] = {}
    for stage, result in scores.items():
        fell = dict(result.fell_back)
        for r in result.indicators:
            own = r.answered and r.indicator.id not in fell
            table.setdefault(r.indicator.id, {})[stage] = (r.level, own)
    return table


def stages_json(scores: Mapping[Stage, Score], over: Sequence[OverClaim]) -> str:
    first = next(iter(scores.values()))
    levels = _levels(scores)
    flagged = {o.indicator for o in over}

    doc: dict[str, Any] = {
        "format": 1,
        "instansi": first.instansi,
        "year": first.year,
        "catalogue": first.catalogue.id,
        "stages": list(scores),
        "index": {
            s: {
                "index": json_number(r.index),
                "index_rounded": json_number(r.index_rounded),
                "predikat": r.predikat,
            }
            for s, r in scores.items()
        },
        "domains": [
            {
                "id": d.domain.id,
                "index_rounded": {
                    s: json_number(rounded(r.domains[n].index)) for s, r in scores.items()
                },
            }
            for n, d in enumerate(first.domains)
        ],
        "aspects": [
            {
                "id": a.aspect.id,
                "index_rounded": {
                    s: json_number(rounded(list(_aspects(r))[n].index)) for s, r in scores.items()
                },
            }
            for n, a in enumerate(_aspects(first))
        ],
        "indicators": [
            {
                "id": r.indicator.id,
                "unit": r.unit,
                "levels": {s: levels[r.indicator.id][s][0] for s in scores},
                "own_value": {s: levels[r.indicator.id][s][1] for s in scores},
                "over_claim": r.indicator.id in flagged,
            }
            for r in first.indicators
        ],
        "over_claims": [
            {
                "id": o.indicator,
                "unit": o.unit,
                "claimed": o.claimed,
                "accepted": o.accepted,
                "stage": o.stage,
            }
            for o in over
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def stages_csv(scores: Mapping[Stage, Score], over: Sequence[OverClaim]) -> str:
    first = next(iter(scores.values()))
    levels = _levels(scores)
    flagged = {o.indicator for o in over}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["id", "unit", *scores, "over_claim"])
    for r in first.indicators:
        writer.writerow(
            [
                r.indicator.id,
                r.unit or "",
                *(levels[r.indicator.id][s][0] for s in scores),
                "yes" if r.indicator.id in flagged else "",
            ]
        )
    return out.getvalue()


def stages_table(
    scores: Mapping[Stage, Score],
    over: Sequence[OverClaim],
    lang: Lang,
    *,
    width: int | None = None,
    color: bool = False,
) -> str:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console, buffer = text_console(width, color)
    first = next(iter(scores.values()))
    console.print(
        Text(
            f"{first.instansi or '-'}  ·  {message('year', lang)} {first.year}  ·  "
            f"{message('stages_title', lang)}",
            style="bold",
        )
    )
    summary = Table(
        box=box.SIMPLE_HEAD, title=message("stages_indices", lang), title_justify="left"
    )
    summary.add_column(message("col_id", lang))
    for stage in scores:
        summary.add_column(stage, justify="right")
    summary.add_row(
        message("index_title", lang), *(shown(r.index, lang) for r in scores.values()), style="bold"
    )
    summary.add_row(message("predikat", lang), *(r.predikat for r in scores.values()))
    for n, d in enumerate(first.domains):
        summary.add_row(d.domain.id, *(shown(r.domains[n].index, lang) for r in scores.values()))
        offset = sum(len(x.aspects) for x in first.domains[:n])
        for k, a in enumerate(d.aspects):
            summary.add_row(
                f"  {a.aspect.id}",
                *(shown(list(_aspects(r))[offset + k].index, lang) for r in scores.values()),
            )
    console.print(summary)
    levels = _levels(scores)
    flagged = {o.indicator: o for o in over}
    table = Table(
        box=box.SIMPLE_HEAD,
        title=message("stages_levels", lang),
        title_justify="left",
        caption=message("stages_caption", lang),
        caption_justify="left",
    )
    table.add_column(message("col_indicator", lang))
    table.add_column(message("col_unit", lang))
    for stage in scores:
        table.add_column(stage, justify="right")
    table.add_column("")
    for r in first.indicators:
        cells = []
        for stage in scores:
            level, own = levels[r.indicator.id][stage]
            cells.append(str(level) if own else f"({level})")
        claim = flagged.get(r.indicator.id)
        note = (
            message("over_claim", lang, claimed=claim.claimed, accepted=claim.accepted)
            if claim
            else ""
        )
        table.add_row(r.indicator.id, r.unit or "-", *cells, note, style="bold" if claim else None)
    console.print(table)
    console.print(Text(message("over_claims_count", lang, count=len(over)), style="bold"))
    return buffer.getvalue()


def _aspects(score: Score) -> list[Any]:
    return [a for d in score.domains for a in d.aspects]
