"""``spbe diff`` output: a terminal table, versioned JSON, or Markdown for a pull request."""

from __future__ import annotations

import json
from collections import Counter
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from spbe_cli.base.formats import OutputChoice
from spbe_cli.domain.numbers import json_number, shown
from spbe_cli.engine.diffing import Delta, Diff, IndicatorChange
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.console import text_console
from spbe_cli.render.document import Cell, Document, markdown, strong
from spbe_cli.render.registry import Registry

if TYPE_CHECKING:
    from rich.table import Table

ARROWS = {"naik": "▲", "turun": "▼", "tetap": "=", "baru": "＋", "hilang": "−"}


def _num(value: Fraction | None) -> float | None:
    return None if value is None else json_number(value)


def _delta(d: Delta) -> dict[str, Any]:
    return {
        "id": d.id,
        "name": d.name,
        "old": _num(d.old),
        "new": _num(d.new),
        "change_rounded": _num(d.change),
    }


def diff_json(diff: Diff) -> str:
    doc = {
        "format": 1,
        "old": {
            "label": diff.old_label,
            "year": diff.old.year,
            "catalogue": diff.old.catalogue.id,
            "index_rounded": json_number(diff.old.index_rounded),
            "predikat": diff.old.predikat,
        },
        "new": {
            "label": diff.new_label,
            "year": diff.new.year,
            "catalogue": diff.new.catalogue.id,
            "index_rounded": json_number(diff.new.index_rounded),
            "predikat": diff.new.predikat,
        },
        "same_catalogue": diff.same_catalogue,
        "estimated": diff.estimated,
        "index": _delta(diff.index),
        "domains": [_delta(d) for d in diff.domains],
        "aspects": [_delta(a) for a in diff.aspects],
        "indicators": [
            {
                "id": c.id,
                "name": c.name,
                "old": _value(c, c.old),
                "new": _value(c, c.new),
                "status": c.status,
                "unit": c.unit,
            }
            for c in diff.indicators
        ],
        "counts": dict(Counter(c.status for c in diff.indicators)),
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _change(d: Delta, lang: Lang) -> str:
    if not d.comparable:
        return message("trend_new_catalogue", lang)
    if d.change is None:
        return "-"
    return ("+" if d.change > 0 else "") + shown(d.change, lang)


def _index_title(diff: Diff, lang: Lang) -> str:
    """The index by its name; across a framework change, both names ("Indeks SPBE → Indeks
    Pemdi")."""
    old, new = diff.old.catalogue.index_title(lang), diff.new.catalogue.index_title(lang)
    return new if old == new else f"{old} → {new}"


def _value(c: IndicatorChange, value: Fraction | None) -> int | float | None:
    """A value in JSON: a whole level as an integer in a catalogue of levels, else the exact
    decimal (2.75)."""
    if value is None:
        return None
    if value.denominator == 1 and not c.indicator.decimal:
        return value.numerator
    return json_number(value)


def _level(c: IndicatorChange, value: Fraction | None, lang: Lang) -> str:
    return "-" if value is None else c.indicator.text(value, lang)


def _status(status: str, lang: Lang) -> str:
    return f"{ARROWS[status]} {message(f'diff_{status}', lang)}"


def diff_markdown(diff: Diff, lang: Lang) -> str:
    old, new = diff.old_label, diff.new_label
    doc = Document(message("diff_title", lang, old=old, new=new))
    rows: list[list[str | Cell]] = [
        [
            strong(_index_title(diff, lang)),
            f"{shown(diff.old.index, lang)} ({diff.old.predikat})",
            f"{shown(diff.new.index, lang)} ({diff.new.predikat})",
            strong(_change(diff.index, lang)),
        ]
    ]
    for d in (*diff.domains, *diff.aspects):
        before = shown(d.old, lang) if d.old is not None else "-"
        after = shown(d.new, lang) if d.new is not None else "-"
        rows.append([f"{d.id} {d.name}", before, after, _change(d, lang)])
    doc.table(["", old, new, message("trend_change", lang)], "lrrr", rows)
    if diff.estimated:
        source, target = diff.old.catalogue.id, diff.new.catalogue.id
        doc.note(message("diff_estimated", lang, source=source, target=target))
    if not diff.indicators:
        return markdown(doc.paragraph(message("diff_other_catalogue", lang)))
    doc.heading(message("col_indicator", lang))
    columns = ["col_indicator", "col_name", "", "", "trend_change", "col_unit"]
    header = [message(c, lang) if c else "" for c in columns]
    header[2:4] = [old, new]
    doc.table(
        header,
        "llrrll",
        [
            [
                c.id,
                c.name,
                _level(c, c.old, lang),
                _level(c, c.new, lang),
                _status(c.status, lang),
                c.unit or "-",
            ]
            for c in diff.indicators
        ],
    )
    return markdown(doc)


def diff_table(diff: Diff, lang: Lang, *, width: int | None = None, color: bool = False) -> str:
    console, buffer = text_console(width, color)
    console.print(_totals_table(diff, lang))
    if diff.estimated:
        console.print(
            message(
                "diff_estimated", lang, source=diff.old.catalogue.id, target=diff.new.catalogue.id
            ),
            style="bold",
        )
    if not diff.indicators:
        console.print(message("diff_other_catalogue", lang))
        return buffer.getvalue()
    console.print(_indicators_table(diff, lang))
    counts = Counter(c.status for c in diff.indicators)
    console.print(
        ", ".join(
            f"{_status(s, lang)}: {counts.get(s, 0)}"
            for s in ("naik", "turun", "tetap", "baru", "hilang")
        )
    )
    return buffer.getvalue()


def _titled_table(title: str, columns: tuple[tuple[str, bool], ...]) -> Table:
    """A table with a title on the left and ``(heading, right-aligned)`` columns."""
    from rich import box
    from rich.table import Table

    table = Table(box=box.SIMPLE_HEAD, title=title, title_justify="left")
    for column, right in columns:
        table.add_column(column, justify="right" if right else "left")
    return table


def _totals_table(diff: Diff, lang: Lang) -> Table:
    """The index, then each domain and aspect, before and after."""
    head = _titled_table(
        message("diff_title", lang, old=diff.old_label, new=diff.new_label),
        (
            (message("col_id", lang), False),
            (message("col_name", lang), False),
            (diff.old_label, True),
            (diff.new_label, True),
            (message("trend_change", lang), True),
        ),
    )
    head.add_row(
        "",
        _index_title(diff, lang),
        f"{shown(diff.old.index, lang)} {diff.old.predikat}",
        f"{shown(diff.new.index, lang)} {diff.new.predikat}",
        _change(diff.index, lang),
        style="bold",
    )
    for d in (*diff.domains, *diff.aspects):
        head.add_row(
            d.id,
            d.name,
            shown(d.old, lang) if d.old is not None else "-",
            shown(d.new, lang) if d.new is not None else "-",
            _change(d, lang),
        )
    return head


def _indicators_table(diff: Diff, lang: Lang) -> Table:
    """Every indicator's level before and after; changed ones in bold."""
    rows = _titled_table(
        message("col_indicator", lang),
        (
            (message("col_indicator", lang), False),
            (diff.old_label, True),
            (diff.new_label, True),
            (message("trend_change", lang), False),
            (message("col_unit", lang), False),
        ),
    )
    for c in diff.indicators:
        rows.add_row(
            c.id,
            _level(c, c.old, lang),
            _level(c, c.new, lang),
            _status(c.status, lang),
            c.unit or "-",
            style=None if c.status == "tetap" else "bold",
        )
    return rows


DIFF: Registry[OutputChoice, Diff, str] = Registry("diff", OutputChoice)
DIFF.add(OutputChoice.table)(lambda d, c: diff_table(d, c.lang, width=c.width, color=c.color))
DIFF.add(OutputChoice.json)(lambda d, c: diff_json(d))
DIFF.add(OutputChoice.md)(lambda d, c: diff_markdown(d, c.lang))
