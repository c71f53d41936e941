"""What ``spbe import`` would change (or changed): a table, JSON or Markdown, per indicator."""

from __future__ import annotations

import json

from spbe_cli.base.formats import OutputChoice
from spbe_cli.problems.messages import Lang, message
from spbe_cli.render.problems import as_json
from spbe_cli.render.registry import Registry
from spbe_cli.sheet.work import Change, Plan

JSON_FORMAT = 1


def _kind(change: Change, lang: Lang) -> str:
    return message(f"imp_{change.kind}", lang)


def changes_json(plan: Plan, lang: Lang) -> str:
    """The plan for a machine: every change, the unchanged workbooks, the problems (always,
    also when there is nothing to change or the import is refused)."""
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


def _heads(lang: Lang) -> list[str]:
    return [
        message(k, lang)
        for k in ("imp_col_unit", "imp_col_indicator", "imp_col_change", "imp_col_before",
                  "imp_col_after", "imp_col_cell")
    ]  # fmt: skip


def _rows(plan: Plan, lang: Lang) -> list[list[str]]:
    return [[c.unit, c.indicator, _kind(c, lang), c.before, c.after, c.cell] for c in plan.changes]


def changes_markdown(plan: Plan, lang: Lang) -> str:
    """A Markdown table of the changes; nothing when there are none."""
    if not plan.changes:
        return ""
    from spbe_cli.render.markdown import md_cell

    heads = _heads(lang)
    lines = ["| " + " | ".join(heads) + " |", "|" + "---|" * len(heads)]
    lines += ["| " + " | ".join(md_cell(v) for v in row) + " |" for row in _rows(plan, lang)]
    return "\n".join(lines) + "\n"


def changes_table(plan: Plan, lang: Lang, *, width: int | None = None, color: bool = False) -> str:
    """A terminal table of the changes; nothing when there are none."""
    if not plan.changes:
        return ""
    return _table(_heads(lang), _rows(plan, lang), width, color)


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


CHANGES: Registry[OutputChoice, Plan, str] = Registry("changes", OutputChoice)
CHANGES.add(OutputChoice.table)(
    lambda plan, c: changes_table(plan, c.lang, width=c.width, color=c.color)
)
CHANGES.add(OutputChoice.json)(lambda plan, c: changes_json(plan, c.lang))
CHANGES.add(OutputChoice.md)(lambda plan, c: changes_markdown(plan, c.lang))
