"""``spbe evidence status`` output: evidence items by status and unit."""

from __future__ import annotations

import json
from collections.abc import Sequence

from spbe_cli.base.formats import OutputChoice
from spbe_cli.engine.items import ItemRow
from spbe_cli.model.models import Evidence
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.console import text_console
from spbe_cli.render.document import Document, markdown
from spbe_cli.render.registry import Registry

_COLUMNS = (
    "items_status", "col_unit", "col_indicator", "items_code", "col_level", "items_reason",
    "items_note",
)  # fmt: skip


def verdict_text(e: Evidence, lang: Lang) -> str:
    """An item's latest verdict as people read it (``revisi (dokumen): belum diunggah - note``);
    "" when no stage gave one. The workbook and the site show it beside the item."""
    latest = e.latest()
    if latest is None:
        return ""
    stage, verdict = latest
    text = f"{message(f'item_{verdict.status}', lang)} ({stage})"
    if verdict.reason:
        text += ": " + message(f"item_reason_{verdict.reason}", lang)
    return text + (f" - {verdict.note}" if verdict.note else "")


def _status(row: ItemRow, lang: Lang) -> str:
    text = message(f"item_{row.status}", lang)
    return f"{text} ({row.stage})" if row.stage else text


def _cells(row: ItemRow, lang: Lang) -> list[str]:
    unit = row.unit if row.role == "lead" else f"{row.unit} ({message('item_support', lang)})"
    reason = message(f"item_reason_{row.reason}", lang) if row.reason else ""
    level = str(row.level) if row.level is not None else "-"
    return [_status(row, lang), unit, row.indicator, row.id, level, reason, row.note]


def _summary(rows: Sequence[ItemRow], lang: Lang) -> str:
    count = {s: sum(1 for r in rows if r.status == s) for s in ("revisi", "belum_dinilai")}
    accepted = len(rows) - count["revisi"] - count["belum_dinilai"]
    return message(
        "items_summary",
        lang,
        total=len(rows),
        revisi=count["revisi"],
        pending=count["belum_dinilai"],
        accepted=accepted,
    )


def items_json(rows: Sequence[ItemRow]) -> str:
    doc = {
        "format": 1,
        "items": [
            {
                "unit": r.unit,
                "role": r.role,
                "indicator": r.indicator,
                "id": r.id,
                "level": r.level,
                "title": r.title,
                "stage": r.stage or None,
                "status": r.status,
                "reason": r.reason or None,
                "note": r.note or None,
                "source": r.where,
            }
            for r in rows
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def items_markdown(rows: Sequence[ItemRow], lang: Lang) -> str:
    doc = Document(message("items_title", lang)).paragraph(_summary(rows, lang))
    if rows:
        doc.table(
            [message(c, lang) for c in _COLUMNS],
            "lllllll",
            [_cells(r, lang) for r in rows],
        )
    return markdown(doc)


def items_table(
    rows: Sequence[ItemRow], lang: Lang, *, width: int | None = None, color: bool = False
) -> str:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    console, buffer = text_console(width, color)
    console.print(Text(message("items_title", lang), style="bold"))
    console.print(_summary(rows, lang))
    if rows:
        table = Table(box=box.SIMPLE_HEAD)
        for column in _COLUMNS:
            table.add_column(message(column, lang))
        for r in rows:
            table.add_row(*_cells(r, lang), style="bold" if r.status == "revisi" else None)
        console.print(table)
    return buffer.getvalue()


ITEMS: Registry[OutputChoice, Sequence[ItemRow], str] = Registry("items", OutputChoice)
ITEMS.add(OutputChoice.table)(
    lambda rows, c: items_table(rows, c.lang, width=c.width, color=c.color)
)
ITEMS.add(OutputChoice.json)(lambda rows, c: items_json(rows))
ITEMS.add(OutputChoice.md)(lambda rows, c: items_markdown(rows, c.lang))
