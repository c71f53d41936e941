"""`spbe score`: indices, domains, aspects and predikat of one year, several years or stages."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.base.formats import ScoreFormat
from spbe_cli.cli.app import (
    EXIT_DATA,
    LangOption,
    app,
    check_catalogue_option,
    fail,
    guarded,
    report_problems,
)
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import Lang, message, resolve_lang
from spbe_cli.problems.problem import Severity, has_errors


@app.command()
@guarded
def score(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Folder tahun (mis. assessments/2023), beberapa folder tahun (satu atau banyak "
            "instansi, dihitung masing-masing), akar repositori (tren), atau daftar berkas unit.",
            show_default=False,
        ),
    ],
    fmt: Annotated[
        ScoreFormat,
        typer.Option(
            "--format", "-f", help="table (tampilan terminal), json, csv atau md (Markdown)."
        ),
    ] = ScoreFormat.table,
    catalogue: Annotated[
        str | None,
        typer.Option(
            "--catalogue",
            help="Id katalog (mis. spbe-2020) atau path berkas katalog; menggantikan "
            "yang tertulis di berkas dan spbe.yaml.",
            show_default=False,
        ),
    ] = None,
    stage: Annotated[
        Stage | None,
        typer.Option(
            "--stage",
            help="Tahap yang dihitung: mandiri (bawaan), review, dokumen, "
            "interviu, visitasi, final, atau bukti (tingkat yang didukung data dukung). "
            "Nilai yang belum ada memakai tahap sebelumnya.",
            show_default=False,
        ),
    ] = None,
    stages: Annotated[
        bool,
        typer.Option(
            "--stages",
            help="Semua tahap berdampingan, dengan klaim yang melebihi tingkat yang diterima.",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Hitung Indeks SPBE, indeks domain dan aspek, serta predikat dari penilaian satu tahun.

    Dengan akar repositori (beberapa folder tahun): indeks setiap tahun (tren).
    Exit codes: 0 dihitung; 1 ada error di berkas masukan (dicetak ke stderr); 2 salah pemakaian.
    """
    from spbe_cli.engine.assessments import load_year
    from spbe_cli.engine.evaluate import (
        over_claims,
        score_stage,
        several_years,
        stage_scores,
        trend,
    )
    from spbe_cli.engine.stages import load_stages
    from spbe_cli.render import render_score

    language = resolve_lang(lang.value if lang else None)
    check_catalogue_option(catalogue, language)
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else None
    color = tty and "NO_COLOR" not in os.environ
    chosen = stage or Stage.MANDIRI
    if len(paths) > 1 and all(p.is_dir() for p in paths) and not stages:
        _score_many(paths, catalogue, chosen, fmt, language, width, color)
        return
    years = several_years(paths[0]) if len(paths) == 1 and not stages else []
    if years:
        from spbe_cli.render.trend import trend_csv, trend_json, trend_table

        results = trend(years, chosen)
        for year in results:
            report_problems([p for p in year.problems if p.severity is Severity.ERROR], language)
        if fmt is ScoreFormat.json:
            sys.stdout.write(trend_json(results))
        elif fmt is ScoreFormat.csv:
            sys.stdout.write(trend_csv(results))
        else:
            sys.stdout.write(trend_table(results, language, width=width, color=color))
        if all(y.score is None for y in results):
            raise typer.Exit(EXIT_DATA)
        return
    year_set, problems = load_year(paths, catalogue)
    if year_set is not None and year_set.catalogue is not None:
        stage_data, found = load_stages(year_set)
        problems += found
    report_problems(problems, language)
    if year_set is None or year_set.catalogue is None or has_errors(problems):
        fail(message("not_scored", language))
    if stages:
        from spbe_cli.render.stages import stages_csv, stages_json, stages_table

        scores = stage_scores(year_set, stage_data)
        over = over_claims(year_set, stage_data)
        if fmt is ScoreFormat.json:
            sys.stdout.write(stages_json(scores, over))
        elif fmt is ScoreFormat.csv:
            sys.stdout.write(stages_csv(scores, over))
        else:
            sys.stdout.write(stages_table(scores, over, language, width=width, color=color))
        return
    result = score_stage(year_set, stage_data, chosen)
    sys.stdout.write(render_score(result, fmt, language, width=width, color=color))


def _score_many(
    folders: list[Path],
    catalogue: str | None,
    stage: Stage,
    fmt: ScoreFormat,
    lang: Lang,
    width: int | None,
    color: bool,
) -> None:
    """Several year folders (of one or many instansi) in one run: each scored on its own, the
    problems of those that cannot be scored on stderr (exit 1), the others printed."""
    from spbe_cli.engine.assessments import load_year
    from spbe_cli.engine.evaluate import score_stage
    from spbe_cli.engine.stages import load_stages
    from spbe_cli.render import render_scores

    scores = []
    failed = False
    for folder in folders:
        year_set, problems = load_year([folder], catalogue)
        if year_set is not None and year_set.catalogue is not None and not has_errors(problems):
            stage_data, found = load_stages(year_set)
            problems += found
        report_problems([p for p in problems if p.severity is Severity.ERROR], lang)
        if year_set is None or year_set.catalogue is None or has_errors(problems):
            failed = True
            continue
        scores.append(score_stage(year_set, stage_data, stage))
    if scores:
        sys.stdout.write(render_scores(scores, fmt, lang, width=width, color=color))
    if failed:
        fail(message("not_scored_some", lang))
