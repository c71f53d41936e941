"""``spbe init``, ``spbe new``, ``spbe schema`` and ``spbe export`` (thin: the work is in
spbe_cli.scaffold.files, spbe_cli.model.editor_schema and spbe_cli.render.export)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import CsvDialect, ExportFormat
from spbe_cli.cli.core import (
    LangOption,
    OutputOption,
    RepoOption,
    Show,
    app,
    fail,
    guarded,
    report_problems,
    require,
    start,
)
from spbe_cli.problems.messages import Lang, current_lang, message
from spbe_cli.problems.problem import display_path, has_errors

if TYPE_CHECKING:
    from spbe_cli.model.catalogue import Catalogue


def _catalogue_or_usage(ref: str, base: Path) -> Catalogue:
    from spbe_cli.model.catalogue import known_catalogues, load_catalogue, locate_catalogue

    path = locate_catalogue(ref, base)
    if path is None or not path.is_file():
        raise UsageProblem(
            "--catalogue: "
            + message("X007", current_lang(), catalogue=ref, known=", ".join(known_catalogues()))
        )
    catalogue, problems = load_catalogue(path)
    if catalogue is None:
        report_problems(problems, current_lang())
        fail(message("not_scored", current_lang()))
    return catalogue


# The longer options of `spbe init`, declared once here.
FrameworkOption = Annotated[
    str | None,
    typer.Option("--catalogue", show_default=False),
]
PackageOption = Annotated[
    str | None,
    typer.Option("--package", show_default=False),
]


@app.command()
@guarded
def init(
    directory: Annotated[Path, typer.Argument()] = Path(),
    instansi: Annotated[
        str,
        typer.Option("--instansi", show_default=False),
    ] = "",
    year: Annotated[
        int | None,
        typer.Option("--year", show_default=False),
    ] = None,
    catalogue: FrameworkOption = None,
    force: Annotated[
        bool,
        typer.Option("--force"),
    ] = False,
    package: PackageOption = None,
    lang: LangOption = None,
) -> None:
    """Set up an assessments repository: spbe.yaml with units and their indicators, one file per
    unit, a JSON Schema for editors, GitHub/GitLab CI, pre-commit, CODEOWNERS and a README. (Its
    help: ``help.init``.)"""
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.model.catalogue import framework_of_year
    from spbe_cli.scaffold.files import scaffold

    language = start(lang).lang
    _check_init(instansi, package, language)
    _check_year(year, language)
    when = year if year is not None else dt.date.today().year
    chosen = _catalogue_or_usage(catalogue or framework_of_year(when), Path.cwd())
    files = scaffold(instansi.strip(), when, chosen, package and package.strip())
    targets, conflicts = _init_targets(files, directory, force)
    if conflicts and not force:
        fail(message("init_conflicts", language, files=", ".join(conflicts)))
    try:
        write_files(targets, creating_inputs=True)
    except (OutputError, OSError) as exc:
        fail(str(exc))
    sys.stderr.write(
        message("init_done", language, path=display_path(directory), count=len(targets)) + "\n"
    )


def _check_year(year: int | None, lang: Lang) -> None:
    """--year is a year folder's name: four digits (the one year rule of the layout)."""
    if year is not None and not 1000 <= year <= 9999:
        raise UsageProblem("--year: " + message("year_not_four_digits", lang, year=year))


def _check_init(instansi: str, package: str | None, lang: Lang) -> None:
    """A name for the instansi, and a package pinned the way CI can install it."""
    from spbe_cli.scaffold.files import PACKAGE_PATTERN

    if not instansi.strip():
        raise UsageProblem("--instansi: " + message("S001", lang, key="instansi"))
    if package is not None and not PACKAGE_PATTERN.match(package.strip()):
        raise UsageProblem(message("init_bad_package", lang, package=package))


def _init_targets(
    files: dict[str, str], directory: Path, force: bool
) -> tuple[dict[Path, bytes], list[str]]:
    """Where each file goes, and the files that exist already: skipped, or with ``--force``
    written beside them (never over them)."""
    from spbe_cli.scaffold.files import beside

    targets: dict[Path, bytes] = {}
    conflicts = []
    for relative, text in files.items():
        path = directory / relative
        if path.exists() or path.is_symlink():
            conflicts.append(relative)
            if not force:
                continue
            path = beside(directory, relative)
            if path.exists():
                continue
        targets[path] = text.encode()
    return targets, conflicts


@app.command()
@guarded
def new(
    unit: Annotated[str, typer.Argument(show_default=False)],
    year: Annotated[int, typer.Option("--year", show_default=False)],
    repo: RepoOption = Path(),
    lang: LangOption = None,
) -> None:
    """A unit file for a new year: last year's answers carried over and marked for review, or its
    indicator list from spbe.yaml. (Its help: ``help.new``.)"""
    from spbe_cli.app.output import write_files
    from spbe_cli.model.catalogue import framework_of_year
    from spbe_cli.repository.discovery import linked_out
    from spbe_cli.repository.layout import find_repo, kept_in
    from spbe_cli.scaffold.newyear import NoRoles, UnitExists, UnknownUnit, new_unit_file

    language = start(lang).lang
    _check_year(year, language)
    if not repo.is_dir():
        raise UsageProblem(message("new_no_repo", language, path=repo))
    config, problems = find_repo(repo)
    report_problems(problems, language)
    if has_errors(problems):
        fail(message("not_scored", language))
    catalogue = _catalogue_or_usage(config.config.catalogue or framework_of_year(year), config.root)
    try:
        made = new_unit_file(config, unit, year, catalogue)
    except UnitExists as exc:
        fail(message("new_exists", language, path=display_path(exc.path)))
    except UnknownUnit:
        raise UsageProblem(message("new_unknown_unit", language, unit=unit)) from None
    except NoRoles as exc:
        raise UsageProblem(
            message("new_no_roles", language, unit=unit, catalogue=exc.catalogue, year=year)
        ) from None
    report_problems(made.problems, language)
    if made.text is None:
        fail(message("not_scored", language))
    target, text = made.target, made.text
    if os.path.lexists(target.parent) and not kept_in(target.parent):  # the one year rule
        report_problems([linked_out(target.parent)], language)
        fail(message("new_not_written", language, path=display_path(target)))
    how = (
        message("new_carried", language, year=year - 1)
        if made.carried
        else message("new_fresh", language)
    )
    write_files({target: text.encode()}, creating_inputs=True)
    sys.stderr.write(message("new_done", language, path=display_path(target), how=how) + "\n")


@app.command()
@guarded
def codeowners(
    repo: RepoOption = Path(),
    check: Annotated[
        bool,
        typer.Option("--check"),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Rebuild CODEOWNERS from `units:` (owners) and `assessors:` in spbe.yaml. (Its help:
    ``help.codeowners``.)"""
    from spbe_cli.app.output import write_files
    from spbe_cli.repository.codeowners import codeowners_of
    from spbe_cli.repository.layout import find_repo
    from spbe_cli.source.yamlsrc import read_regular

    language = start(lang).lang
    if not repo.is_dir():
        raise UsageProblem(message("new_no_repo", language, path=repo))
    found, problems = find_repo(repo)
    report_problems(problems, language)
    if found.config_src is None or has_errors(problems):
        fail(message("not_scored", language))
    target = found.root / "CODEOWNERS"
    text = codeowners_of(found.root, found.config)
    try:
        current: str | None = read_regular(target, 1 << 20).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        current = None  # missing, not a regular file, or not text: written anew
    shown = display_path(target)
    if current == text:
        sys.stderr.write(message("codeowners_current", language, path=shown) + "\n")
        return
    if check:
        fail(message("codeowners_stale", language, path=shown))
    write_files({target: text.encode()}, creating_inputs=True)
    sys.stderr.write(message("codeowners_written", language, path=shown) + "\n")


class SchemaKind(str, Enum):
    """The files a schema describes: unit files, or stage files (``_dokumen.yaml``, ...)."""

    unit = "unit"
    stage = "stage"


@app.command()
@guarded
def schema(
    catalogue: Annotated[
        str | None,
        typer.Option("--catalogue", show_default=False),
    ] = None,
    kind: Annotated[
        SchemaKind,
        typer.Option("--kind"),
    ] = SchemaKind.unit,
    output: OutputOption = None,
    repo: RepoOption = Path(),
    lang: LangOption = None,
) -> None:
    """JSON Schema (draft-07) of assessment files for editors: indicator names and criteria show
    under the cursor, values are limited to their scale. (Its help: ``help.schema``.)"""
    from spbe_cli.app.output import write_files
    from spbe_cli.model.editor_schema import render_schema, render_stage_schema

    context = start(lang)
    if catalogue is not None:
        chosen = _catalogue_or_usage(catalogue, Path.cwd())
    else:
        chosen = _repo_framework(repo, context.lang)
    render = render_stage_schema if kind is SchemaKind.stage else render_schema
    text = render(chosen, context.lang)
    if output is None:
        sys.stdout.write(text)
    else:
        write_files({output: text.encode()}, inputs=[chosen.path])


def _repo_framework(start_at: Path, lang: Lang) -> Catalogue:
    """The framework of the repository around ``start_at``, by the rule every command uses for
    a year: spbe.yaml's `catalogue:`, else the one in force in its latest year; without a
    year, spbe-2020. A catalogue it names but cannot be read is a located error (exit 1)."""
    from spbe_cli.engine.assessments import year_catalogue
    from spbe_cli.repository.layout import find_repo, repo_years

    if not start_at.is_dir():
        raise UsageProblem(message("new_no_repo", lang, path=start_at))
    found, problems = find_repo(start_at)
    years = repo_years(found)
    chosen, more = year_catalogue(found, [], None, max(years) if years else None)
    problems += more
    report_problems(problems, lang)
    if chosen is None or has_errors(problems):
        fail(message("schema_not_written", lang))
    return chosen


@app.command()
@guarded
def export(
    path: Annotated[Path, typer.Argument(show_default=False)],
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f"),
    ] = (ExportFormat.xlsx),
    output: OutputOption = None,
    csv_dialect: Annotated[
        CsvDialect | None,
        typer.Option("--csv-dialect", show_default=False),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Export one year's assessment: an Excel workbook, CSV, JSON, or text ready to paste into the
    national monev application (level, penjelasan, data dukung per indicator). (Its help:
    ``help.export``.)"""
    from spbe_cli.app.output import write_files
    from spbe_cli.app.workspace import open_year
    from spbe_cli.domain.stage import Stage
    from spbe_cli.engine.yearview import view_year
    from spbe_cli.render.export import EXPORT, Export, export_name, rows

    context = start(lang)
    year = open_year([path])
    year_set = require(year, context, Show.ERRORS)
    shown = view_year(year, Stage.MANDIRI)  # the self-assessment is what the application takes
    result, stages = shown.score, shown.by_stage
    dialect = csv_dialect or (CsvDialect.excel_id if context.lang == "id" else CsvDialect.rfc4180)
    data = Export(year_set, result, rows(year_set, result, stages, context.lang), dialect)
    inputs = [*year_set.inputs(), *(f.src.path for f in year.stages.files.values())]
    roots = [year_set.repo.root]
    payload = EXPORT.render(data, fmt, context)
    if fmt is ExportFormat.xlsx:
        target = output or Path(export_name(result))
        write_files({target: payload}, inputs=inputs, roots=roots)
        sys.stderr.write(message("r_written", context.lang, path=display_path(target)) + "\n")
        return
    if output is None:
        sys.stdout.write(payload.decode())
    else:
        write_files({output: payload}, inputs=inputs, roots=roots)
