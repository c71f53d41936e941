"""``spbe score --stages``: every stage side by side, with over-claims marked."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.domain.numbers import exact_decimal, json_number, rounded, shown
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.evaluate import OverClaim, StageComparison
from spbe_cli.engine.scoring import AspectResult, Score
from spbe_cli.model.catalogue import Indicator
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.console import text_console
from spbe_cli.render.document import Document, markdown, strong
from spbe_cli.render.registry import Registry


def _levels(scores: Mapping[Stage, Score]) -> dict[str, dict[str, tuple[Fraction, bool]]]:
    """indicator -> stage -> (value, value set at that stage itself)."""
    table: dict[str, dict[str, tuple[Fraction, bool]]] = {}
    for stage, result in scores.items():
        fell = dict(result.fell_back)
        for r in result.indicators:
            own = r.answered and r.indicator.id not in fell
            table.setdefault(r.indicator.id, {})[stage] = (r.value, own)
    return table


def _json_level(value: Fraction) -> int | float:
    """A whole level stays a JSON integer (as always); a decimal value is its exact decimal."""
    return value.numerator if value.denominator == 1 else json_number(value)


def _csv_level(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else str(exact_decimal(value))


def over_claim_text(claim: OverClaim, indicator: Indicator, lang: Lang) -> str:
    """ "klaim 3,00 > diterima 2,50": both values in the indicator's notation."""
    claimed, accepted = indicator.text(claim.claimed, lang), indicator.text(claim.accepted, lang)
    return message("over_claim", lang, claimed=claimed, accepted=accepted)


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
                "levels": {s: _json_level(levels[r.indicator.id][s][0]) for s in scores},
                "own_value": {s: levels[r.indicator.id][s][1] for s in scores},
                "over_claim": r.indicator.id in flagged,
            }
            for r in first.indicators
        ],
        "over_claims": [
            {
                "id": o.indicator,
                "unit": o.unit,
                "claimed": json_number(Fraction(o.claimed)),
                "accepted": json_number(Fraction(o.accepted)),
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
                *(_csv_level(levels[r.indicator.id][s][0]) for s in scores),
                "yes" if r.indicator.id in flagged else "",
            ]
        )
    return out.getvalue()


def _summary_rows(scores: Mapping[Stage, Score], lang: Lang) -> list[list[str]]:
    """The index, predikat, domains and aspects at every stage (one column per stage)."""
    first = next(iter(scores.values()))
    rows = [
        [
            first.catalogue.index_title(lang),
            *(shown(r.index, lang) for r in scores.values()),
        ],
        [message("predikat", lang), *(r.predikat for r in scores.values())],
    ]
    for n, d in enumerate(first.domains):
        if first.catalogue.has_domains:
            rows.append([d.domain.id, *(shown(r.domains[n].index, lang) for r in scores.values())])
        offset = sum(len(x.aspects) for x in first.domains[:n])
        for k, a in enumerate(d.aspects):
            cells = (shown(_aspects(r)[offset + k].index, lang) for r in scores.values())
            pad = "  " if first.catalogue.has_domains else ""
            rows.append([f"{pad}{a.aspect.id}", *cells])
    return rows


def _level_rows(
    scores: Mapping[Stage, Score], over: Sequence[OverClaim], lang: Lang
) -> list[tuple[list[str], bool]]:
    """Each indicator's level at every stage ("(2)": carried from an earlier stage), and the
    over-claim note; the flag marks an over-claim."""
    levels = _levels(scores)
    flagged = {o.indicator: o for o in over}
    rows = []
    for r in next(iter(scores.values())).indicators:
        cells = []
        for stage in scores:
            value, own = levels[r.indicator.id][stage]
            text = r.indicator.text(value, lang)
            cells.append(text if own else f"({text})")
        claim = flagged.get(r.indicator.id)
        note = over_claim_text(claim, r.indicator, lang) if claim else ""
        rows.append(([r.indicator.id, r.unit or "-", *cells, note], claim is not None))
    return rows


def _title(scores: Mapping[Stage, Score], lang: Lang) -> str:
    first = next(iter(scores.values()))
    year = f"{message('year', lang)} {first.year}"
    return f"{first.instansi or '-'}  ·  {year}  ·  {message('stages_title', lang)}"


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
    console.print(Text(_title(scores, lang), style="bold"))
    summary = Table(
        box=box.SIMPLE_HEAD, title=message("stages_indices", lang), title_justify="left"
    )
    summary.add_column(message("col_id", lang))
    for stage in scores:
        summary.add_column(stage, justify="right")
    for n, row in enumerate(_summary_rows(scores, lang)):
        summary.add_row(*row, style="bold" if n == 0 else None)
    console.print(summary)
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
    for cells, flagged in _level_rows(scores, over, lang):
        table.add_row(*cells, style="bold" if flagged else None)
    console.print(table)
    console.print(Text(message("over_claims_count", lang, count=len(over)), style="bold"))
    return buffer.getvalue()


def stages_markdown(scores: Mapping[Stage, Score], over: Sequence[OverClaim], lang: Lang) -> str:
    stages = [s.value for s in scores]
    doc = Document(_title(scores, lang)).heading(message("stages_indices", lang))
    rows = _summary_rows(scores, lang)
    doc.table(
        [message("col_id", lang), *stages],
        "l" + "r" * len(stages),
        [[strong(c) for c in rows[0]], *([c.strip() for c in row] for row in rows[1:])],
    )
    doc.heading(message("stages_levels", lang))
    doc.table(
        [message("col_indicator", lang), message("col_unit", lang), *stages, ""],
        "ll" + "r" * len(stages) + "l",
        [
            [strong(c) for c in cells] if flagged else cells
            for cells, flagged in _level_rows(scores, over, lang)
        ],
    )
    doc.paragraph(message("stages_caption", lang))
    return markdown(doc.paragraph(message("over_claims_count", lang, count=len(over))))


def _aspects(score: Score) -> list[AspectResult]:
    return [a for d in score.domains for a in d.aspects]


STAGES: Registry[ScoreFormat, StageComparison, str] = Registry("stages", ScoreFormat)
STAGES.add(ScoreFormat.table)(
    lambda r, c: stages_table(r.scores, r.over, c.lang, width=c.width, color=c.color)
)
STAGES.add(ScoreFormat.json)(lambda r, c: stages_json(r.scores, r.over))
STAGES.add(ScoreFormat.csv)(lambda r, c: stages_csv(r.scores, r.over))
STAGES.add(ScoreFormat.md)(lambda r, c: stages_markdown(r.scores, r.over, c.lang))
