"""What ``spbe import`` would change (or changed): a table, JSON or Markdown, per indicator."""

from __future__ import annotations

import json

from spbe_cli.base.formats import OutputChoice
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.problems import as_json
from spbe_cli.sheet.work import Change, Plan

JSON_FORMAT = 1


def _kind(change: Change, lang: Lang) -> str:
    return message(f"imp_{change.kind}", lang)


def render_changes(
    plan: Plan, fmt: OutputChoice, lang: Lang, width: int | None = None, color: bool = False
) -> str:
    if fmt is OutputChoice.json:
        problems = json.loads(as_json(plan.problems, [], lang))["problems"]
        doc = {
            "format": JSON_FORMAT,
            "ok": plan.ok,
            "changes": [
                {
                    "workbook": c.workbook,
                    "file": c.file,
                    "unit": c.unit,
                    "indicator": c.indicator,
                    "change": c.kind,
                    "before": c.before,
                    "after": c.after,
                    "cell": c.cell,
                }
                for c in plan.changes
            ],
            "unchanged": [{"workbook": w, "file": f} for w, f in plan.unchanged],
            "forced": plan.forced,
            "problems": problems,
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    if not plan.changes:
        return ""
    heads = [
        message(k, lang)
        for k in ("imp_col_unit", "imp_col_indicator", "imp_col_change", "imp_col_before",
                  "imp_col_after", "imp_col_cell")
    ]  # fmt: skip
    rows = [[c.unit, c.indicator, _kind(c, lang), c.before, c.after, c.cell] for c in plan.changes]
    if fmt is OutputChoice.md:
        from spbe_cli.render.markdown import md_cell

        lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
        lines += ["| " + " | ".join(md_cell(v) for v in row) + " |" for row in rows]
        return "\n".join(lines) + "\n"
    return _table(heads, rows, width, color)


def _table(heads: list[str], rows: list[list[str]], width: int | None, color: bool) -> str:
    from rich.table import Table

    from spbe_cli.render.console import text_console

    table = Table(show_lines=True)
    for head in heads:
        table.add_column(head, overflow="fold")
    for row in rows:
        table.add_row(*row)
    console, buffer = text_console(width, color)
    console.print(table)
    return buffer.getvalue()
