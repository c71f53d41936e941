"""``spbe score <repository>``: the index of every year, each under its own catalogue."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.domain.numbers import json_number, round_half_up, rounded, shown
from spbe_cli.engine.evaluate import YearScore
from spbe_cli.engine.scoring import Score
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import display_path
from spbe_cli.render.console import text_console
from spbe_cli.render.document import Document, markdown
from spbe_cli.render.registry import Registry
from spbe_cli.repository.layout import is_year


@dataclass(frozen=True)
class TrendChange:
    """A year's index against the previous scored year.

    Indices of different catalogues are not comparable (other indicators, weights, formula and
    predikat), so, as in the handout's trend chart, whose series break where the catalogue
    changes, ``delta`` is set only when the previous scored year has the same catalogue, and
    ``new_catalogue`` when it has another. Neither: the first scored year, or a year with errors.
    """

    delta: Fraction | None = None  # of the rounded indices, the numbers the reader sees
    new_catalogue: bool = False


def changes(years: Sequence[YearScore]) -> list[TrendChange]:
    """The change of every year (one per year, in order): the one rule for every format."""
    result = []
    previous: Score | None = None
    for y in years:
        s = y.score
        if s is None:
            result.append(TrendChange())
            continue
        if previous is None:
            result.append(TrendChange())
        elif previous.catalogue.id != s.catalogue.id:
            result.append(TrendChange(new_catalogue=True))
        else:
            result.append(TrendChange(delta=s.index_rounded - previous.index_rounded))
        previous = s
    return result


def _change_text(change: TrendChange, lang: Lang) -> str:
    if change.delta is not None:
        return ("+" if change.delta > 0 else "") + shown(change.delta, lang)
    return message("trend_new_catalogue", lang) if change.new_catalogue else ""


def trend_json(years: Sequence[YearScore]) -> str:
    rows: list[dict[str, Any]] = []
    for y, change in zip(years, changes(years), strict=True):
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
                "change": None if change.delta is None else json_number(change.delta),
            }
        )
    return json.dumps({"format": 1, "years": rows}, ensure_ascii=False, indent=2) + "\n"


def trend_csv(years: Sequence[YearScore]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["year", "catalogue", "stage", "index", "index_rounded", "predikat", "complete", "change"]
    )
    for y, change in zip(years, changes(years), strict=True):
        s = y.score
        if s is None:
            writer.writerow([_year(y), "", "", "", "", "", "", ""])
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
                "" if change.delta is None else str(round_half_up(change.delta)),
            ]
        )
    return out.getvalue()


# the index column is neutral: the years may be of several catalogues (SPBE, Pemdi), each
# row's catalogue column says which
_COLUMNS = ("year", "catalogue", "trend_index", "predikat", "trend_domains", "trend_change")
_PARTS_PER_LINE = 4  # in the terminal: a Pemdi row's 7 aspects as 4 + 3, as wide as 4 domains


def _rows(years: Sequence[YearScore], lang: Lang, *, lines: bool = False) -> list[list[str]]:
    """One row per year: the index (``*`` when incomplete), its domains (or aspects) and the
    change; with ``lines``, the domains in lines of a few, never an id apart from its index."""
    rows = []
    for y, change in zip(years, changes(years), strict=True):
        s = y.score
        if s is None:
            rows.append([str(_year(y)), "-", "-", message("trend_errors", lang), "", ""])
            continue
        parts = _parts(s, lang)
        groups = [parts[i : i + _PARTS_PER_LINE] for i in range(0, len(parts), _PARTS_PER_LINE)]
        note = "" if s.complete else " *"
        rows.append(
            [
                str(s.year),
                s.catalogue.id,
                shown(s.index, lang) + note,
                s.predikat,
                "\n".join("  ".join(g) for g in groups) if lines else "  ".join(parts),
                _change_text(change, lang),
            ]
        )
    return rows


def _parts(s: Score, lang: Lang) -> list[str]:
    """Each domain's index; each aspect's in a catalogue without domains (Pemdi 2026), whose
    one implicit domain is the index itself."""
    if s.catalogue.has_domains:
        return [f"{d.domain.id} {shown(d.index, lang)}" for d in s.domains]
    return [f"{a.aspect.id} {shown(a.index, lang)}" for d in s.domains for a in d.aspects]


def _headers(years: Sequence[YearScore], lang: Lang) -> list[str]:
    """The column titles; the domain column says "aspects" too when a catalogue has none."""
    kinds = {y.score.catalogue.has_domains for y in years if y.score is not None}
    parts = {frozenset({False}): "trend_aspects", frozenset({True, False}): "trend_domains_aspects"}
    key = parts.get(frozenset(kinds), "trend_domains")
    return [message(key if c == "trend_domains" else c, lang) for c in _COLUMNS]


def _incomplete(years: Sequence[YearScore]) -> bool:
    return any(y.score is not None and not y.score.complete for y in years)


def trend_table(
    years: Sequence[YearScore], lang: Lang, *, width: int | None = None, color: bool = False
) -> str:
    from rich import box
    from rich.table import Table

    console, buffer = text_console(width, color)
    table = Table(box=box.SIMPLE_HEAD, title=message("trend_title", lang), title_justify="left")
    for column, title in zip(_COLUMNS, _headers(years, lang), strict=True):
        table.add_column(
            title, justify="right" if column in ("trend_index", "trend_change") else "left"
        )
    for row in _rows(years, lang, lines=True):
        table.add_row(*row)
    console.print(table)
    if _incomplete(years):
        console.print(message("trend_incomplete", lang))
    return buffer.getvalue()


def trend_markdown(years: Sequence[YearScore], lang: Lang) -> str:
    doc = Document(message("trend_title", lang))
    doc.table(_headers(years, lang), "llrllr", _rows(years, lang))
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
