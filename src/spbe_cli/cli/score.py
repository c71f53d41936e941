"""`spbe score`: indices, domains, aspects and predikat of one year, several years or stages."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.cli.core import (
    EXIT_DATA,
    LangOption,
    Show,
    StageOption,
    app,
    check_catalogue_option,
    fail,
    guarded,
    require,
    settle,
    start,
)
from spbe_cli.domain.numbers import shown as shown_number
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import message
from spbe_cli.render.registry import Context

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spbe_cli.app.workspace import Year
    from spbe_cli.engine.scoring import Score


# The longer options of `spbe score`, declared once here.
CatalogueOverride = Annotated[
    str | None,
    typer.Option("--catalogue", show_default=False),
]


@app.command()
@guarded
def score(
    paths: Annotated[
        list[Path],
        typer.Argument(show_default=False),
    ],
    fmt: Annotated[
        ScoreFormat,
        typer.Option("--format", "-f"),
    ] = ScoreFormat.table,
    catalogue: CatalogueOverride = None,
    stage: StageOption = None,
    stages: Annotated[
        bool,
        typer.Option("--stages"),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Compute the index (SPBE or Pemdi, by the year's catalogue), the domain or aspect indices and
    the predikat of one year's assessment. (Its help: ``help.score``.)"""
    from spbe_cli.app.workspace import open_repository, open_year

    context = start(lang)
    check_catalogue_option(catalogue, context.lang)
    chosen = stage or Stage.MANDIRI
    if len(paths) > 1 and all(p.is_dir() for p in paths) and not stages:
        _score_many(paths, catalogue, chosen, fmt, context)
        return
    years = open_repository(paths[0]) if len(paths) == 1 and not stages else []
    if years:
        _trend(years, chosen, fmt, context)
        return
    _score_one(open_year(paths, catalogue), chosen, stages, fmt, context)


def _score_one(year: Year, stage: Stage, stages: bool, fmt: ScoreFormat, context: Context) -> None:
    """One year: its score at ``stage``, or all its stages side by side."""
    from spbe_cli.engine.yearview import view_year

    require(year, context)
    shown = view_year(year, stage)
    if stages:
        from spbe_cli.engine.evaluate import StageComparison
        from spbe_cli.render.stages import STAGES

        comparison = StageComparison(shown.by_stage, shown.over)
        sys.stdout.write(STAGES.render(comparison, fmt, context))
        return
    from spbe_cli.render.score import SCORE

    sys.stdout.write(SCORE.render(shown.score, fmt, context))
    if shown.stage is not shown.latest and shown.stage is not Stage.BUKTI:
        later = shown.now
        sys.stderr.write(
            message(
                "score_later_stage",
                context.lang,
                stage=shown.stage,
                latest=shown.latest,
                index=shown_number(later.index, context.lang),
                predikat=later.predikat,
            )
            + "\n"
        )


def _trend(years: list[Year], stage: Stage, fmt: ScoreFormat, context: Context) -> None:
    """Every year of a repository, each under its own catalogue; a year with errors is shown
    as such and the others are still scored."""
    from spbe_cli.engine.evaluate import YearScore
    from spbe_cli.engine.yearview import view_year
    from spbe_cli.render.trend import TREND

    results = []
    for year in years:
        scored = settle(year, context, Show.ERRORS)
        folder = Path(year.source)
        results.append(
            YearScore(folder, view_year(year, stage).score if scored else None, year.problems)
        )
    sys.stdout.write(TREND.render(results, fmt, context))
    if all(y.score is None for y in results):
        raise typer.Exit(EXIT_DATA)


def _score_many(
    paths: list[Path], catalogue: str | None, stage: Stage, fmt: ScoreFormat, context: Context
) -> None:
    """Several year folders (of one or many instansi) in one run: each opened, scored and
    written in turn, then let go (memory stays flat however many there are); the problems of
    those that cannot be scored on stderr (exit 1)."""
    from spbe_cli.app.workspace import open_year
    from spbe_cli.engine.yearview import view_year
    from spbe_cli.render.score import SCORES

    failed = []

    def scored() -> Iterator[Score]:
        for path in paths:
            year = open_year([path], catalogue)
            score = view_year(year, stage).score if settle(year, context, Show.ERRORS) else None
            del year  # only the score stays, and only until it is written
            if score is None:
                failed.append(path)
            else:
                yield score

    for piece in SCORES.stream(scored(), fmt, context):
        sys.stdout.write(piece)
    if failed:
        fail(message("not_scored_some", context.lang))
