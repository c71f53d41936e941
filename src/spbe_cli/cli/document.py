"""``spbe document``: the documents an instansi signs (thin: the work is in
``spbe_cli.submission.document``)."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.lang import Lang
from spbe_cli.cli.core import (
    EXIT_DATA,
    LangOption,
    OutputOption,
    Show,
    StageOption,
    TemplatesOption,
    app,
    fail,
    guarded,
    report_problems,
    require,
    start,
)
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import display_path
from spbe_cli.submission.document_kind import DocumentKind

if TYPE_CHECKING:  # annotations of helpers only; the command keeps runtime types
    from spbe_cli.submission.document import Made

DocumentKindArgument = Annotated[
    DocumentKind,
    typer.Argument(show_default=False),
]
DocumentYear = Annotated[
    Path | None,
    typer.Argument(show_default=False),
]
DocumentUnit = Annotated[
    str | None,
    typer.Option("--unit", show_default=False),
]
DocumentDate = Annotated[
    str | None,
    typer.Option("--date", show_default=False),
]
DocumentNomor = Annotated[
    str | None,
    typer.Option("--nomor", show_default=False),
]


@app.command()
@guarded
def document(
    kind: DocumentKindArgument,
    path: DocumentYear = None,
    stage: StageOption = None,
    unit: DocumentUnit = None,
    date: DocumentDate = None,
    nomor: DocumentNomor = None,
    output: OutputOption = None,
    templates: TemplatesOption = None,
    lang: LangOption = None,
) -> None:
    """Make a document to sign (DOCX or PDF) from one year's assessment. (Its help:
    ``help.document``.)"""
    from spbe_cli.app.workspace import open_year, year_argument
    from spbe_cli.engine.yearview import view_year
    from spbe_cli.submission.document import DocumentFailed, Order, check_stage, make_document

    context = start(lang)
    check_stage(kind, stage, context.lang)
    day = _date(date, context.lang)
    year = open_year([year_argument(path, context.lang)])
    require(year, context, Show.ERRORS)
    shown = view_year(year, stage or Stage.MANDIRI)
    order = Order(kind, stage, unit, day, nomor, output, templates, context.lang)
    try:
        made = make_document(shown, order)
    except DocumentFailed as exc:
        report_problems(exc.problems, context.lang)
        if exc.text:
            fail(exc.text)
        raise typer.Exit(EXIT_DATA) from None
    report_problems(made.problems, context.lang)
    _write(made, shown.year_set.repo.root, context.lang)


def _write(made: Made, root: Path, lang: Lang) -> None:
    from spbe_cli.app.output import OutputError, write_files

    try:
        write_files({made.output: made.data}, inputs=made.inputs, roots=[root])
    except OutputError as exc:
        fail(str(exc))
    sys.stderr.write(message("r_written", lang, path=display_path(made.output)) + "\n")


def _date(text: str | None, lang: Lang) -> dt.date | None:
    """``--date YYYY-MM-DD``; a date of that form that does not exist (2026-02-29) says so."""
    if text is None:
        return None
    if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text.strip()):
        raise UsageProblem(message("doc_bad_date", lang, value=text))
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageProblem(message("doc_no_such_date", lang, value=text)) from None
