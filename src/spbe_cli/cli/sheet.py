"""``spbe sheet`` and ``spbe import``: a unit's fill-in workbook out, and back into its YAML file
(thin: the work is in spbe_cli.sheet)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import OutputChoice
from spbe_cli.cli.core import (
    LangOption,
    OutputOption,
    RepoOption,
    app,
    fail,
    guarded,
    notice_provisional,
    report_problems,
    start,
)
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import display_path, has_errors
from spbe_cli.render.registry import Context

if TYPE_CHECKING:
    from spbe_cli.sheet.apply import Plan


@app.command()
@guarded
def sheet(
    unit: Annotated[
        str | None,
        typer.Argument(show_default=False),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", show_default=False),
    ] = None,
    output: OutputOption = None,
    all_units: Annotated[bool, typer.Option("--all")] = False,
    repo: RepoOption = Path(),
    lang: LangOption = None,
) -> None:
    """A fill-in workbook (.xlsx) for one unit: the level with a drop-down list, the explanation,
    the evidence, and the criteria of every level. The unit fills it in Excel or LibreOffice;
    `spbe import` brings it back into the YAML file. (Its help: ``help.sheet``.)"""
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.sheet.make import make_sheets

    context = start(lang)
    language = context.lang
    if (unit is None) == (not all_units):
        raise UsageProblem(message("sheet_unit_or_all", language))
    made = make_sheets(repo, None if all_units else unit, year, output, language)
    report_problems(made.problems, language)
    year_set = made.year_set
    if year_set is None or year_set.catalogue is None or has_errors(made.problems):
        fail(message("not_scored", language))
    if year_set.catalogue.provisional:
        notice_provisional([year_set.catalogue])
    try:
        write_files(made.books, inputs=year_set.inputs(), roots=[year_set.repo.root])
    except OutputError as exc:
        fail(str(exc))
    for target, (rows, evidence) in made.counts.items():
        shown = display_path(target)
        sys.stderr.write(
            message("sheet_written", language, path=shown, rows=rows, evidence=evidence) + "\n"
        )


@app.command("import")
@guarded
def import_(
    files: Annotated[
        list[Path],
        typer.Argument(show_default=False),
    ],
    apply: Annotated[bool, typer.Option("--apply")] = False,
    force: Annotated[
        bool,
        typer.Option("--force"),
    ] = False,
    fmt: Annotated[OutputChoice, typer.Option("--format", "-f")] = OutputChoice.table,
    repo: RepoOption = Path(),
    lang: LangOption = None,
) -> None:
    """Bring a filled workbook back into the unit's YAML file. Without --apply: only show what
    changes, per indicator. Every cell is checked by the rules of `spbe validate`; when there is
    a problem no file is changed. Only the values that changed are written; comments and the rest
    of the file stay exactly as they were. (Its help: ``help.import``.)"""
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.sheet.apply import imported, plan_import

    context = start(lang)
    language = context.lang
    plan = plan_import(files, repo, force=force, lang=language)
    report_problems(plan.problems, language)
    for forced in plan.forced:
        sys.stderr.write(message("imp_forced", language, file=forced) + "\n")
    if not plan.ok:
        if fmt is OutputChoice.json:
            _show(plan, fmt, context)
        fail(message("imp_refused", language))
    _show(plan, fmt, context)
    for workbook, file in plan.unchanged:
        sys.stderr.write(message("imp_none", language, workbook=workbook, file=file) + "\n")
    if not apply:
        if plan.changes:
            sys.stderr.write(message("imp_dry", language, count=len(plan.changes)) + "\n")
        return
    try:
        write_files(plan.writes, creating_inputs=True)
    except OutputError as exc:
        fail(str(exc))
    for file, count in imported(plan.changes).items():
        sys.stderr.write(message("imp_applied", language, file=file, count=count) + "\n")


def _show(plan: Plan, fmt: OutputChoice, context: Context) -> None:
    from spbe_cli.sheet.show import CHANGES

    text = CHANGES.render(plan, fmt, context)
    if text:
        sys.stdout.write(text)
