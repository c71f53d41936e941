"""``spbe report``: the meeting handouts (thin: the work is in spbe_cli.report)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import ReportFormat
from spbe_cli.base.lang import Lang
from spbe_cli.cli.core import (
    LangOption,
    OutputOption,
    Show,
    StageOption,
    TargetOption,
    TemplatesOption,
    app,
    fail,
    guarded,
    require,
    start,
)
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import display_path

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.report.build import Prepared
    from spbe_cli.report.handout import Request


# The options of `spbe report`, declared once here.
ReportPath = Annotated[
    Path | None,
    typer.Argument(show_default=False),
]
ReportFormatOption = Annotated[ReportFormat, typer.Option("--format", "-f")]
ReportUnit = Annotated[
    str | None,
    typer.Option("--unit", show_default=False),
]


@app.command()
@guarded
def report(
    path: ReportPath = None,
    fmt: ReportFormatOption = ReportFormat.html,
    output: OutputOption = None,
    unit: ReportUnit = None,
    target: TargetOption = None,
    stage: StageOption = None,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Make a meeting handout in HTML, Markdown or PDF from one year's assessment. (Its help:
    ``help.report``.)"""
    from spbe_cli.app.workspace import open_year
    from spbe_cli.engine.targets import resolve_target
    from spbe_cli.report.build import prepare
    from spbe_cli.report.handout import Request

    context = start(lang)
    year = open_year([path if path is not None else _latest(context.lang)])
    require(year, context, Show.ERRORS)
    prepared = prepare(year, stage)
    c = prepared.score.catalogue
    configured = prepared.year_set.repo.config.target
    goal = resolve_target(target, configured, c.low, c.high, context.lang)
    _handout(prepared, Request(fmt, output, unit, goal, templates, context.lang))


def _handout(prepared: Prepared, request: Request) -> None:
    """Make the handout, then write it: to stdout, or all its files (none when it fails)."""
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.report.build import sweep_charts
    from spbe_cli.report.handout import HandoutError, make_handout

    try:
        handout = make_handout(prepared, request)
    except HandoutError as exc:
        fail(str(exc))
    if handout.output is None:
        sys.stdout.write(handout.text)
        return
    try:
        write_files(handout.files, inputs=handout.inputs, roots=[prepared.year_set.repo.root])
    except OutputError as exc:
        fail(str(exc))
    if request.fmt is ReportFormat.md:
        sweep_charts(handout.output, handout.inputs, prepared.year_set.repo.root)
    written = message("r_written", request.lang, path=display_path(handout.output))
    sys.stderr.write(written + "\n")


def _latest(lang: Lang) -> Path:
    """The newest year folder of the repository around the working folder: what CI reports,
    whatever the year (no year written into the job)."""
    from spbe_cli.repository.discovery import latest_year

    newest = latest_year(Path.cwd())
    if newest is None:
        raise UsageProblem(message("X008", lang, where=display_path(Path.cwd())))
    return newest
