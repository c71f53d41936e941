"""``spbe sheet`` and ``spbe import``: a unit's fill-in workbook out, and back into its YAML file
(thin: the work is in spbe_cli.sheet)."""

from __future__ import annotations

import re
import sys
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
    notice_provisional,
    report_problems,
    start,
)
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import Severity, display_path, has_errors
from spbe_cli.render.registry import Context

if TYPE_CHECKING:
    from spbe_cli.engine.assessments import UnitFile, YearSet
    from spbe_cli.repository.layout import Repo
    from spbe_cli.sheet.apply import Plan


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _year_of(repo_path: Path, year: int | None, lang: Lang) -> tuple[Repo, Path]:
    from spbe_cli.repository.discovery import latest_year
    from spbe_cli.repository.layout import ASSESSMENTS, find_repo

    repo, problems = find_repo(repo_path)
    report_problems(problems, lang)
    if has_errors(problems):
        fail(message("not_scored", lang))
    if year is None:
        found = latest_year(repo_path)
        if found is None:
            raise UsageProblem(message("sheet_no_year", lang, path=display_path(repo.root)))
        return repo, found
    for base in (repo.root / ASSESSMENTS, repo.root):
        if (base / str(year)).is_dir():
            return repo, base / str(year)
    raise UsageProblem(message("sheet_no_year", lang, path=f"{display_path(repo.root)} ({year})"))


def _last_year(repo: Repo, folder: Path, unit: str, catalogue: str) -> object:
    """Last year's answers of ``unit`` when they were given on the same catalogue."""
    from spbe_cli.engine.assessments import load_files

    previous = folder.parent / str(int(folder.name) - 1)
    candidates = [previous / f"{unit}.yaml", previous / f"{unit}.yml"]
    found = next((p for p in candidates if p.is_file()), None)
    if found is None:
        return None
    year_set, _ = load_files(repo, [found])
    if year_set.catalogue is None or year_set.catalogue.id != catalogue or not year_set.units:
        return None
    return year_set.units[0].assessment


@app.command()
@guarded
def sheet(
    unit: Annotated[
        str | None,
        typer.Argument(help="Kode unit, mis. bappeda (atau --all).", show_default=False),
    ] = None,
    year: Annotated[
        int | None,
        typer.Option("--year", help="Tahun (bawaan: tahun terbaru).", show_default=False),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Berkas hasil (bawaan: <instansi>-<tahun>-<unit>.xlsx); dengan --all: folder "
            "(bawaan: isian-<tahun>).",
            show_default=False,
        ),
    ] = None,
    all_units: Annotated[
        bool, typer.Option("--all", help="Satu buku kerja untuk setiap unit.")
    ] = False,
    repo: Annotated[
        Path, typer.Option("--repo", help="Akar repositori (bawaan: folder kerja).")
    ] = Path(),
    lang: LangOption = None,
) -> None:
    """Buku kerja isian (.xlsx) untuk satu unit: tingkat dengan daftar pilihan, penjelasan, data
    dukung, dan kriteria tiap tingkat. Unit mengisinya di Excel atau LibreOffice; `spbe import`
    membawanya kembali ke berkas YAML.

    Exit codes: 0 ditulis; 1 berkas unit bermasalah; 2 salah pemakaian.
    """
    from spbe_cli.app.output import OutputError, write_files
    from spbe_cli.engine.assessments import load_files
    from spbe_cli.repository.layout import unit_files
    from spbe_cli.sheet.build import build_workbook
    from spbe_cli.sheet.model import unit_sheet
    from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, read_regular

    context = start(lang)
    language = context.lang
    if (unit is None) == (not all_units):
        raise UsageProblem(message("sheet_unit_or_all", language))
    root, folder = _year_of(repo, year, language)
    files = unit_files(folder)
    chosen = files if all_units else [p for p in files if p.stem == unit]
    if not chosen:
        target = folder / f"{unit}.yaml"
        raise UsageProblem(
            message(
                "sheet_no_file", language, path=display_path(target), unit=unit, year=folder.name
            )
        )
    year_set, problems = load_files(root, files)
    shown = {display_path(p) for p in chosen}
    mine = [
        p for p in problems if p.path in shown or (p.severity is Severity.ERROR and p.line == 0)
    ]
    report_problems(mine, language)
    if year_set.catalogue is None or has_errors(mine):
        fail(message("not_scored", language))
    notice_provisional([year_set.catalogue] if year_set.catalogue.status != "official" else [])
    books: dict[Path, bytes] = {}
    counts: dict[Path, tuple[int, int]] = {}
    instansi = _slug(year_set.repo.config.instansi or "spbe") or "spbe"
    base = output if all_units and output is not None else Path(f"isian-{folder.name}")
    for path in chosen:
        unit_file = _unit_file(year_set, path)
        if unit_file is None:
            fail(message("not_scored", language))
        raw = read_regular(path, DEFAULT_MAX_BYTES)
        last = _last_year(root, folder, unit_file.assessment.unit, year_set.catalogue.id)
        view = unit_sheet(year_set, unit_file, raw, last)  # type: ignore[arg-type]
        if not view.rows:
            if not all_units:
                fail(message("sheet_nothing", language, unit=view.unit, year=view.year))
            continue
        name = f"{instansi}-{view.year}-{_slug(view.unit) or 'unit'}.xlsx"
        target = base / name if all_units else (output or Path(name))
        books[target] = build_workbook(view, language)
        counts[target] = (len(view.rows), len(view.evidence))
    try:
        write_files(books, inputs=year_set.inputs(), roots=[root.root])
    except OutputError as exc:
        fail(str(exc))
    for target, (rows, evidence) in counts.items():
        sys.stderr.write(
            message(
                "sheet_written", language, path=display_path(target), rows=rows, evidence=evidence
            )
            + "\n"
        )


def _unit_file(year_set: YearSet, path: Path) -> UnitFile | None:
    return next((u for u in year_set.units if u.src.path == path), None)


@app.command("import")
@guarded
def import_(
    files: Annotated[
        list[Path],
        typer.Argument(help="Buku kerja isian (.xlsx) dari `spbe sheet`.", show_default=False),
    ],
    apply: Annotated[
        bool, typer.Option("--apply", help="Tulis perubahan ke berkas YAML unit.")
    ] = False,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help="Terima buku kerja walau berkas YAML berubah sejak buku kerja dibuat (isian "
            "buku kerja menang; perbedaannya ditampilkan).",
        ),
    ] = False,
    fmt: Annotated[
        OutputChoice, typer.Option("--format", "-f", help="Perubahan sebagai table, json atau md.")
    ] = OutputChoice.table,
    repo: Annotated[
        Path, typer.Option("--repo", help="Akar repositori (bawaan: folder kerja).")
    ] = Path(),
    lang: LangOption = None,
) -> None:
    """Bawa isian buku kerja kembali ke berkas YAML unit. Tanpa --apply: hanya tampilkan
    perubahannya per indikator. Setiap sel diperiksa dengan aturan `spbe validate`; bila ada
    masalah tidak ada berkas yang diubah. Hanya nilai yang berubah yang ditulis; komentar dan
    bagian lain berkas tetap sama persis.

    Exit codes: 0 dapat diterapkan (atau sudah diterapkan); 1 ada masalah, tidak ada yang
    ditulis; 2 salah pemakaian.
    """
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
    from spbe_cli.sheet.show import render_changes

    text = render_changes(plan, fmt, context.lang, context.width, context.color)
    if text:
        sys.stdout.write(text)
