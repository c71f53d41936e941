"""``spbe evidence lock``, ``spbe diff`` and ``spbe plan`` (thin: the work is in the library)."""

from __future__ import annotations

import os
import shutil
import sys
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import OutputChoice
from spbe_cli.cli.app import (
    LangOption,
    app,
    fail,
    guarded,
    parse_target,
    report_problems,
)
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import Lang, message, resolve_lang
from spbe_cli.problems.problem import Problem, display_path, has_errors

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.engine.planner import Effort
    from spbe_cli.source.yamlsrc import KeyPath

evidence_app = typer.Typer(
    help="Data dukung: kunci berkas yang sudah dinilai.", no_args_is_help=True
)
app.add_typer(evidence_app, name="evidence")


def _terminal() -> tuple[int | None, bool]:
    tty = sys.stdout.isatty()
    return (
        shutil.get_terminal_size().columns if tty else None,
        tty and "NO_COLOR" not in os.environ,
    )


@evidence_app.command("lock")
@guarded
def evidence_lock(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Akar repositori (bawaan: repositori di sekitar folder kerja).", show_default=False
        ),
    ] = None,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune",
            help="Hapus dari kunci berkas yang tidak dirujuk tahun mana pun lagi (bawaan: tetap "
            "disimpan).",
        ),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Catat ukuran dan SHA-256 setiap berkas data dukung di spbe-evidence.lock.

    Mengunci satu tahun memperbarui berkas tahun itu dan menyimpan yang lain.

    Berkas penilaian tidak diubah. `spbe validate` lalu melaporkan data dukung yang berubah atau
    hilang sesudah dikunci, dan yang belum dikunci. Exit codes: 0 ditulis; 1 ada error.
    """
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.engine.lock import LOCK_NAME, lock_repositories, render_lock

    language = resolve_lang(lang.value if lang else None)
    updates, problems = lock_repositories(list(paths or []), prune=prune)
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


def _side(spec: str, stage: Stage, lang: Lang) -> tuple[object, list[Problem]]:
    """A score for one side of ``spbe diff``: a year folder, or ``REV:PATH`` from git."""
    from spbe_cli.engine.assessments import load_files, load_year
    from spbe_cli.engine.evaluate import score_stage
    from spbe_cli.engine.stages import load_stages
    from spbe_cli.repository.gitsrc import GitError, GitYear, git_problem, looks_like_git

    if looks_like_git(spec):
        try:
            year = GitYear(spec)
            repo, problems = year.repo()
            year_set, found = load_files(repo, year.files, reader=year.read)
        except GitError as exc:
            raise UsageProblem(git_problem(spec, exc, lang)) from None
        problems += found
        stages, found = load_stages(year_set, reader=year)
        problems += found
    else:
        loaded, problems = load_year([Path(spec)])
        if loaded is None:
            return None, problems
        year_set = loaded
        stages, found = load_stages(year_set)
        problems += found
    if year_set.catalogue is None or has_errors(problems) or not year_set.files:
        return None, problems
    return score_stage(year_set, stages, stage), problems


@app.command()
@guarded
def diff(
    old: Annotated[
        str,
        typer.Argument(
            help="Folder tahun atau REVISI:PATH git, mis. v2023:assessments/2023.",
            show_default=False,
        ),
    ],
    new: Annotated[
        str, typer.Argument(help="Folder tahun atau REVISI:PATH git.", show_default=False)
    ],
    fmt: Annotated[
        OutputChoice, typer.Option("--format", "-f", help="table, json atau md.")
    ] = OutputChoice.table,
    stage: Annotated[
        Stage | None,
        typer.Option(
            "--stage", help="Tahap yang dibandingkan (bawaan mandiri).", show_default=False
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Bandingkan dua penilaian: indeks, domain, aspek, dan setiap indikator (naik, turun, tetap,
    baru, hilang) beserta unitnya.

    Exit codes: 0 dibandingkan; 1 ada error di masukan; 2 salah pemakaian.
    """
    from spbe_cli.engine.diffing import compare, compare_across
    from spbe_cli.engine.scoring import Score
    from spbe_cli.render.diff import diff_json, diff_markdown, diff_table

    language = resolve_lang(lang.value if lang else None)
    chosen = stage or Stage.MANDIRI
    before, problems = _side(old, chosen, language)
    after, found = _side(new, chosen, language)
    report_problems(problems + found, language)
    if not isinstance(before, Score) or not isinstance(after, Score):
        fail(message("not_scored", language))
    if before.catalogue.id == after.catalogue.id:
        result = compare(before, after, old, new)
    else:
        result = compare_across(before, after, old, new)
    width, color = _terminal()
    renderers = {
        OutputChoice.json: lambda: diff_json(result),
        OutputChoice.md: lambda: diff_markdown(result, language),
        OutputChoice.table: lambda: diff_table(result, language, width=width, color=color),
    }
    sys.stdout.write(renderers[fmt]())


@app.command()
@guarded
def plan(
    path: Annotated[
        Path, typer.Argument(help="Folder tahun, mis. assessments/2023.", show_default=False)
    ],
    target: Annotated[
        str | None, typer.Option("--target", help="Target indeks, mis. 3.50.", show_default=False)
    ] = None,
    predikat: Annotated[
        str | None,
        typer.Option(
            "--predikat", help='Target berupa predikat, mis. "Sangat Baik".', show_default=False
        ),
    ] = None,
    stage: Annotated[
        Stage | None,
        typer.Option(
            "--stage",
            help="Tahap awal (bawaan: final bila ada, lalu review, lalu mandiri).",
            show_default=False,
        ),
    ] = None,
    max_step: Annotated[
        int,
        typer.Option(
            "--max-step", min=1, help="Berapa tingkat paling banyak satu indikator boleh naik."
        ),
    ] = 1,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude",
            help="Indikator yang tidak boleh dinaikkan, mis. I45,I46.",
            show_default=False,
        ),
    ] = None,
    effort: Annotated[
        Path | None,
        typer.Option(
            "--effort",
            help="YAML biaya per kenaikan tingkat (bawaan: setiap kenaikan sama).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        OutputChoice, typer.Option("--format", "-f", help="table, json atau md.")
    ] = OutputChoice.table,
    lang: LangOption = None,
) -> None:
    """Rencana termurah untuk mencapai target indeks atau predikat: indikator mana naik ke
    tingkat berapa, berapa tambahan indeksnya, dan kriteria tingkat barunya.

    Exit codes: 0 rencana dibuat (termasuk bila target tidak dapat dicapai: dikatakan jelas);
    1 ada error di masukan; 2 salah pemakaian.
    """
    from spbe_cli.engine.assessments import load_year
    from spbe_cli.engine.evaluate import score_stage
    from spbe_cli.engine.planner import make_plan
    from spbe_cli.engine.stages import load_stages
    from spbe_cli.render.plan import plan_json, plan_markdown, plan_table

    language = resolve_lang(lang.value if lang else None)
    if (target is None) == (predikat is None):
        raise UsageProblem("--target / --predikat: " + message("plan_one_target", language))
    year_set, problems = load_year([path])
    if year_set is not None and year_set.catalogue is not None:
        stages, found = load_stages(year_set)
        problems += found
    costs, found = _effort(effort)
    problems += found
    report_problems(problems, language)
    if year_set is None or year_set.catalogue is None or has_errors(problems):
        fail(message("not_scored", language))
    catalogue = year_set.catalogue
    goal = _goal(target, predikat, catalogue, language)
    skip = {i.strip().upper() for item in exclude or [] for i in item.split(",") if i.strip()}
    unknown = sorted(skip - set(catalogue.indicators))
    if unknown:
        raise UsageProblem(message("unknown_indicators", language, ids=", ".join(unknown)))
    start = stage or stages.accepted(year_set)
    result = make_plan(
        score_stage(year_set, stages, start), goal, max_step=max_step, exclude=skip, effort=costs
    )
    width, color = _terminal()
    renderers = {
        OutputChoice.json: lambda: plan_json(result, catalogue, start),
        OutputChoice.md: lambda: plan_markdown(result, catalogue, start, language),
        OutputChoice.table: lambda: plan_table(
            result, catalogue, start, language, width=width, color=color
        ),
    }
    sys.stdout.write(renderers[fmt]())


def _goal(target: str | None, predikat: str | None, catalogue: object, lang: Lang) -> Fraction:
    from spbe_cli.model.catalogue import Catalogue

    assert isinstance(catalogue, Catalogue)
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


def _effort(path: Path | None) -> tuple[Effort | None, list[Problem]]:
    """The effort table of ``--effort FILE``: every cost located and positive."""
    from spbe_cli.engine.planner import Effort
    from spbe_cli.model.models import EffortFile
    from spbe_cli.model.schema import check_model
    from spbe_cli.problems.problem import problem
    from spbe_cli.source.yamlsrc import read_yaml

    if path is None:
        return Effort(), []
    src = read_yaml(path)
    if not src.usable:
        return None, src.problems
    model, problems = check_model(EffortFile, src)
    if model is None:
        return None, src.problems + problems
    per_indicator: dict[str, Fraction] = {}
    per_level: dict[tuple[str, int], Fraction] = {}
    costs: list[tuple[KeyPath, Fraction]] = [(("default",), model.default)]
    for ident, cost in model.indicators.items():
        if isinstance(cost, dict):
            for level, value in cost.items():
                per_level[(ident, level)] = value
                costs.append((("indicators", ident, level), value))
        else:
            per_indicator[ident] = cost
            costs.append((("indicators", ident), cost))
    for where, value in costs:
        if value <= 0:
            line, col = src.pos(where)
            problems.append(problem(path, line, col, "S004", key=str(where[-1]), detail="> 0"))
    return Effort(model.default, per_indicator, per_level), src.problems + problems
