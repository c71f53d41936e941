"""``spbe score <repository>``: the index of every year, each under its own catalogue."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.domain.numbers import json_number, round_half_up, rounded, shown
from spbe_cli.engine.evaluate import YearScore
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import display_path
from spbe_cli.render.console import text_console
from spbe_cli.render.document import Document, markdown
from spbe_cli.render.registry import Registry
from spbe_cli.repository.layout import is_year


def trend_json(years: Sequence[YearScore]) -> str:
    rows: list[dict[str, Any]] = []
    for y in years:
        s = y.score
        if s is None:
            rows.append({"folder": display_path(y.folder), "year": _year(y), "scored": False})
            continue
        rows.append(
            {
                "folder": display_path(y.folder),
                "year": s.year,
                "scored": True,
                "catalogue": s.catalogue.id,
                "stage": s.stage,
                "index": json_number(s.index),
                "index_rounded": json_number(s.index_rounded),
                "predikat": s.predikat,
                "complete": s.complete,
                "domains": [
                    {
                        "id": d.domain.id,
                        "name": d.domain.name,
                        "index_rounded": json_number(rounded(d.index)),
                    }
                    for d in s.domains
                ],
            }
        )
    return json.dumps({"format": 1, "years": rows}, ensure_ascii=False, indent=2) + "\n"


def trend_csv(years: Sequence[YearScore]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["year", "catalogue", "stage", "index", "index_rounded", "predikat", "complete"]
    )
    for y in years:
        s = y.score
        if s is None:
            writer.writerow([_year(y), "", "", "", "", "", ""])
            continue
        writer.writerow(
            [
                s.year,
                s.catalogue.id,
                s.stage,
                repr(json_number(s.index)),
                str(round_half_up(s.index)),
                s.predikat,
                "yes" if s.complete else "no",
            ]
        )
    return out.getvalue()


_COLUMNS = ("year", "catalogue", "index_title", "predikat", "trend_domains", "trend_change")


def _rows(years: Sequence[YearScore], lang: Lang) -> list[list[str]]:
    """One row per year: the index (``*`` when incomplete), its domains and the change."""
    rows = []
    previous = None
    for y in years:
        s = y.score
        if s is None:
            rows.append([str(_year(y)), "-", "-", message("trend_errors", lang), "", ""])
            continue
        domains = "  ".join(f"{d.domain.id} {shown(d.index, lang)}" for d in s.domains)
        change = ""
        if previous is not None:
            delta = s.index_rounded - previous
            change = ("+" if delta > 0 else "") + shown(delta, lang)
        note = "" if s.complete else " *"
        rows.append(
            [str(s.year), s.catalogue.id, shown(s.index, lang) + note, s.predikat, domains, change]
        )
        previous = s.index_rounded
    return rows


def _incomplete(years: Sequence[YearScore]) -> bool:
    return any(y.score is not None and not y.score.complete for y in years)


def trend_table(
    years: Sequence[YearScore], lang: Lang, *, width: int | None = None, color: bool = False
) -> str:
    from rich import box
    from rich.table import Table

    console, buffer = text_console(width, color)
    table = Table(box=box.SIMPLE_HEAD, title=message("trend_title", lang), title_justify="left")
    for column in _COLUMNS:
        table.add_column(
            message(column, lang),
            justify="right" if column in ("index_title", "trend_change") else "left",
        )
    for row in _rows(years, lang):
        table.add_row(*row)
    console.print(table)
    if _incomplete(years):
        console.print(message("trend_incomplete", lang))
    return buffer.getvalue()


def trend_markdown(years: Sequence[YearScore], lang: Lang) -> str:
    doc = Document(message("trend_title", lang))
    doc.table([message(c, lang) for c in _COLUMNS], "llrllr", _rows(years, lang))
    if _incomplete(years):
        doc.paragraph(message("trend_incomplete", lang))
    return markdown(doc)


def _year(y: YearScore) -> int | str:
    return int(y.folder.name) if is_year(y.folder.name) else y.folder.name


TREND: Registry[ScoreFormat, list[YearScore], str] = Registry("trend", ScoreFormat)
TREND.add(ScoreFormat.table)(
    lambda years, c: trend_table(years, c.lang, width=c.width, color=c.color)
)
TREND.add(ScoreFormat.json)(lambda years, c: trend_json(years))
TREND.add(ScoreFormat.csv)(lambda years, c: trend_csv(years))
TREND.add(ScoreFormat.md)(lambda years, c: trend_markdown(years, c.lang))
