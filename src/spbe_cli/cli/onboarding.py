"""``spbe init``, ``spbe new``, ``spbe schema`` and ``spbe export`` (thin: the work is in
spbe_cli.scaffold.files, spbe_cli.model.editor_schema and spbe_cli.render.export)."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import CsvDialect, ExportFormat
from spbe_cli.cli.app import (
    LangOption,
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
    typer.Option(
        "--catalogue",
        help="Id katalog (bawaan: kerangka yang berlaku pada tahun itu, mis. pemdi-2026 "
        "untuk 2026, spbe-2020 untuk 2020-2025).",
        show_default=False,
    ),
]
PackageOption = Annotated[
    str | None,
    typer.Option(
        "--package",
        help="Sumber spbe untuk CI, dipatok pada tag atau commit, mis. "
        '"spbe @ git+https://<forge>/<pemilik>/spbe@v0.1.0". Tanpa ini: variabel CI '
        "SPBE_PACKAGE.",
        show_default=False,
    ),
]


@app.command()
@guarded
def init(
    directory: Annotated[
        Path, typer.Argument(help="Folder repositori baru (bawaan: folder kerja).")
    ] = Path(),
    instansi: Annotated[
        str,
        typer.Option(
            "--instansi",
            help='Nama instansi, mis. "Pemerintah Kabupaten Contoh".',
            show_default=False,
        ),
    ] = "",
    year: Annotated[
        int | None,
        typer.Option("--year", help="Tahun penilaian (bawaan: tahun ini).", show_default=False),
    ] = None,
    catalogue: FrameworkOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Tulis versi baru berkas yang sudah ada ke folder spbe-baru/, tidak pernah "
            "menimpanya.",
        ),
    ] = False,
    package: PackageOption = None,
    lang: LangOption = None,
) -> None:
    """Siapkan repositori penilaian: spbe.yaml dengan unit dan indikatornya, satu berkas per
    unit, JSON Schema untuk editor, CI GitHub/GitLab, pre-commit, CODEOWNERS dan README.

    Tidak pernah menimpa berkas. Exit codes: 0 dibuat; 1 ada berkas yang sudah ada (tanpa
    --force); 2 salah pemakaian.
    """
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
    unit: Annotated[str, typer.Argument(help="Kode unit, mis. diskominfo.", show_default=False)],
    year: Annotated[int, typer.Option("--year", help="Tahun yang baru.", show_default=False)],
    repo: RepoOption = Path(),
    lang: LangOption = None,
) -> None:
    """Berkas unit untuk tahun baru: jawaban tahun lalu dibawa dan ditandai untuk ditinjau,
    atau daftar indikatornya dari spbe.yaml.

    Exit codes: 0 ditulis; 1 berkas sudah ada atau ada error; 2 salah pemakaian.
    """
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
        typer.Option("--check", help="Hanya periksa: exit 1 bila CODEOWNERS tidak sesuai."),
    ] = False,
    lang: LangOption = None,
) -> None:
    """Buat ulang CODEOWNERS dari `units:` (owners) dan `assessors:` di spbe.yaml.

    Pemilik berkas unit, pengaturan, hasil tahap, data dukung dan kuncinya. Exit codes: 0
    ditulis atau sudah sesuai; 1 tidak sesuai (dengan --check) atau spbe.yaml bermasalah; 2 salah
    pemakaian.
    """
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


@app.command()
@guarded
def schema(
    catalogue: Annotated[str, typer.Option("--catalogue", help="Id atau path katalog.")] = (
        "spbe-2020"
    ),
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Berkas hasil (bawaan: stdout).", show_default=False),
    ] = None,
    lang: LangOption = None,
) -> None:
    """JSON Schema (draft-07) berkas penilaian untuk editor: nama dan kriteria indikator muncul
    saat kursor di atasnya, tingkat dibatasi pada skalanya."""
    from spbe_cli.app.output import write_files
    from spbe_cli.model.editor_schema import render_schema

    context = start(lang)
    chosen = _catalogue_or_usage(catalogue, Path.cwd())
    text = render_schema(chosen, context.lang)
    if output is None:
        sys.stdout.write(text)
    else:
        write_files({output: text.encode()}, inputs=[chosen.path])


@app.command()
@guarded
def export(
    path: Annotated[Path, typer.Argument(help="Folder tahun.", show_default=False)],
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format", "-f", help="xlsx, csv, json atau portal (teks untuk aplikasi monev)."
        ),
    ] = (ExportFormat.xlsx),
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Berkas hasil (xlsx bawaan: <instansi>-<tahun>.xlsx).",
            show_default=False,
        ),
    ] = None,
    csv_dialect: Annotated[
        CsvDialect | None,
        typer.Option(
            "--csv-dialect",
            help="CSV untuk Excel berlokal Indonesia (excel-id: `;`, koma desimal, BOM UTF-8, "
            "CRLF) atau RFC 4180 (`,`, titik desimal). Bawaan: excel-id bila --lang id.",
            show_default=False,
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Ekspor penilaian satu tahun: buku kerja Excel, CSV, JSON, atau teks siap tempel ke
    aplikasi monev nasional (tingkat, penjelasan, data dukung per indikator).

    Exit codes: 0 ditulis; 1 ada error di masukan; 2 salah pemakaian.
    """
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
