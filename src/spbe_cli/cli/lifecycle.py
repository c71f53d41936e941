"""``spbe evidence lock``, ``spbe diff`` and ``spbe plan`` (thin: the work is in the library)."""

from __future__ import annotations

import contextlib
import sys
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import OutputChoice
from spbe_cli.cli.core import (
    LangOption,
    Show,
    StageOption,
    TableFormatOption,
    YearFolderArgument,
    app,
    fail,
    guarded,
    report_problems,
    require,
    start,
)
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.targets import parse_target
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import display_path, has_errors

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.engine.scoring import Score
    from spbe_cli.model.catalogue import Catalogue
    from spbe_cli.render.registry import Context

evidence_app = typer.Typer(no_args_is_help=True)
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("status")
@guarded
def evidence_status(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(show_default=False),
    ] = None,
    fmt: TableFormatOption = OutputChoice.table,
    lang: LangOption = None,
) -> None:
    """Evidence items by status and unit: the ones sent back (revisi) with their reason, the ones
    not (Its help: ``help.evidence_status``.)"""
    from spbe_cli.app.workspace import open_year
    from spbe_cli.engine.items import item_rows
    from spbe_cli.render.items import ITEMS
    from spbe_cli.repository.discovery import latest_year

    context = start(lang)
    if not paths:
        newest = latest_year(Path.cwd())
        if newest is None:
            raise UsageProblem(message("X008", context.lang, where=display_path(Path.cwd())))
        paths = [newest]
    year_set = require(open_year(paths), context, Show.ERRORS)
    sys.stdout.write(ITEMS.render(item_rows(year_set), fmt, context))


@evidence_app.command("lock")
@guarded
def evidence_lock(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(show_default=False),
    ] = None,
    prune: Annotated[
        bool,
        typer.Option("--prune"),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Record the size and SHA-256 of every evidence file in spbe-evidence.lock. (Its help:
    ``help.evidence_lock``.)"""
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.engine.lock import LOCK_NAME, GuardError, lock_repositories, render_lock

    language = start(lang).lang
    with contextlib.ExitStack() as held:  # from reading each lock until the new one is written
        try:
            updates, problems = lock_repositories(list(paths or []), prune=prune, held=held)
        except GuardError as exc:
            fail(message("output_failed", language, path=exc.path, detail=exc.detail))
        report_problems(problems, language)
        if has_errors(problems):
            fail(message("not_scored", language))
        try:
            write_files(
                {u.root / LOCK_NAME: render_lock(u.files).encode() for u in updates},
                creating_inputs=True,
            )
        except OutputError as exc:
            fail(str(exc))
    for u in updates:
        sys.stderr.write(
            message(
                "evidence_locked",
                language,
                path=display_path(u.root / LOCK_NAME),
                count=len(u.files),
                added=u.added,
                changed=u.changed,
                removed=u.removed,
            )
            + "\n"
        )
        if u.unused:
            sys.stderr.write(message("evidence_unused", language, count=u.unused) + "\n")


def _side(spec: str, stage: Stage, context: Context) -> Score:
    """A score for one side of ``spbe diff``: a year folder, or ``REV:PATH`` from git."""
    from spbe_cli.app.workspace import open_spec
    from spbe_cli.repository.gitsrc import GitError, git_problem

    try:
        year = open_spec(spec)
    except GitError as exc:
        raise UsageProblem(git_problem(spec, exc, context.lang)) from None
    from spbe_cli.engine.yearview import view_year

    require(year, context)
    return view_year(year, stage).score


@app.command()
@guarded
def diff(
    old: Annotated[
        str,
        typer.Argument(show_default=False),
    ],
    new: Annotated[str, typer.Argument(show_default=False)],
    fmt: TableFormatOption = OutputChoice.table,
    stage: StageOption = None,
    lang: LangOption = None,
) -> None:
    """Compare two assessments: index, domains, aspects, and every indicator (up, down, unchanged,
    new, gone) with its unit. (Its help: ``help.diff``.)"""
    from spbe_cli.engine.diffing import compare, compare_across
    from spbe_cli.render.diff import DIFF

    context = start(lang)
    chosen = stage or Stage.MANDIRI
    before = _side(old, chosen, context)
    after = _side(new, chosen, context)
    same = before.catalogue.id == after.catalogue.id
    result = (compare if same else compare_across)(before, after, old, new)
    sys.stdout.write(DIFF.render(result, fmt, context))


# The longer options of `spbe plan`, declared once here.
ExcludeOption = Annotated[
    list[str] | None,
    typer.Option("--exclude", show_default=False),
]
EffortOption = Annotated[
    Path | None,
    typer.Option("--effort", show_default=False),
]


@app.command()
@guarded
def plan(
    path: YearFolderArgument,
    target: Annotated[str | None, typer.Option("--target", show_default=False)] = None,
    predikat: Annotated[
        str | None,
        typer.Option("--predikat", show_default=False),
    ] = None,
    stage: StageOption = None,
    max_step: Annotated[
        int,
        typer.Option("--max-step", min=1),
    ] = 1,
    exclude: ExcludeOption = None,
    effort: EffortOption = None,
    fmt: TableFormatOption = OutputChoice.table,
    lang: LangOption = None,
) -> None:
    """The cheapest plan to reach a target index or predikat: which indicators rise to which level,
    what each adds to the index, and the criteria of the new level. (Its help: ``help.plan``.)"""
    from spbe_cli.app.workspace import open_year
    from spbe_cli.engine.planner import StagePlan, load_effort, make_plan
    from spbe_cli.engine.yearview import view_year
    from spbe_cli.render.plan import PLAN

    context = start(lang)
    language = context.lang
    if (target is None) == (predikat is None):
        raise UsageProblem("--target / --predikat: " + message("plan_one_target", language))
    costs, found = load_effort(effort)
    year = open_year([path])
    year.problems += found
    year_set = require(year, context)
    catalogue = year_set.catalogue
    assert catalogue is not None
    goal = _goal(target, predikat, catalogue, language)
    skip = _excluded(exclude or [], catalogue, language)
    shown = view_year(year, stage)  # by default the latest stage present
    result = make_plan(shown.score, goal, max_step=max_step, exclude=skip, effort=costs)
    sys.stdout.write(PLAN.render(StagePlan(result, catalogue, shown.stage), fmt, context))


def _excluded(exclude: list[str], catalogue: Catalogue, lang: Lang) -> set[str]:
    """The ids of ``--exclude`` (repeated or comma-separated); an unknown one is a usage error."""
    skip = {i.strip().upper() for item in exclude for i in item.split(",") if i.strip()}
    unknown = sorted(skip - set(catalogue.indicators))
    if unknown:
        raise UsageProblem(message("unknown_indicators", lang, ids=", ".join(unknown)))
    return skip


def _goal(target: str | None, predikat: str | None, catalogue: Catalogue, lang: Lang) -> Fraction:
    if predikat is not None:
        for band in catalogue.bands:
            if band.name.casefold() == predikat.strip().casefold():
                return band.min
        names = ", ".join(b.name for b in catalogue.bands)
        raise UsageProblem(
            "--predikat: " + message("unknown_predikat", lang, name=predikat, names=names)
        )
    assert target is not None
    return parse_target(target, catalogue.low, catalogue.high, lang)
