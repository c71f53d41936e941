"""``spbe report``: the meeting handouts (thin: the work is in spbe_cli.report)."""

from __future__ import annotations

import sys
from fractions import Fraction
from pathlib import Path
from typing import Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import ReportFormat
from spbe_cli.cli.app import (
    LangOption,
    Show,
    app,
    fail,
    guarded,
    parse_target,
    require,
    start,
)
from spbe_cli.domain.numbers import fmt
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import display_path


@app.command()
@guarded
def report(
    path: Annotated[
        Path, typer.Argument(help="Folder tahun, mis. assessments/2023.", show_default=False)
    ],
    fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="html, md atau pdf.")] = (
        ReportFormat.html
    ),
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Berkas hasil. Tanpa ini: html/md ke stdout, pdf ke "
            "<instansi>-<tahun>.pdf di folder kerja.",
            show_default=False,
        ),
    ] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="Bahan satu unit saja (mis. diskominfo).", show_default=False),
    ] = None,
    target: Annotated[
        str | None,
        typer.Option(
            "--target",
            help="Target indeks, mis. 3.50 (juga `target:` di spbe.yaml).",
            show_default=False,
        ),
    ] = None,
    templates: Annotated[
        Path | None,
        typer.Option(
            "--templates", help="Folder templat pengganti (per nama berkas).", show_default=False
        ),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Buat bahan rapat (handout) HTML, Markdown atau PDF dari penilaian satu tahun.

    Exit codes: 0 ditulis; 1 ada error di masukan atau hasil tidak dapat dibuat (tidak ada
    berkas yang ditulis); 2 salah pemakaian.
    """
    import jinja2

    from spbe_cli.app.output import (
        OutputError,
        find_chromium,
        html_to_pdf,
        refuse_inputs,
        write_files,
    )
    from spbe_cli.app.workspace import open_year
    from spbe_cli.report.build import (
        chart_files,
        default_name,
        prepare,
        render,
        sweep_charts,
        view,
    )

    context = start(lang)
    language = context.lang
    year = open_year([path])
    require(year, context, Show.ERRORS)
    prepared = prepare(year)
    catalogue = prepared.score.catalogue
    goal = _target(
        target, prepared.year_set.repo.config.target, catalogue.low, catalogue.high, language
    )
    if unit is not None and unit not in {u.unit for u in prepared.score.units}:
        raise UsageProblem(
            "--unit: "
            + message(
                "r_unknown_unit",
                language,
                unit=unit,
                units=", ".join(u.unit for u in prepared.score.units),
            )
        )
    _check_suffix(output, fmt, language)
    auto_named = output is None and fmt is ReportFormat.pdf  # named once the view knows
    if templates is not None and not templates.is_dir():
        raise UsageProblem(message("r_no_templates", language, path=templates))
    overrides = [
        p
        for p in (templates, prepared.year_set.repo.root / "templates")
        if p is not None and p.is_dir()
    ]
    link_base = output.parent if output is not None else Path.cwd()
    r = view(prepared, lang=language, target=goal, unit=unit, link_base=link_base)
    if auto_named:
        output = Path.cwd() / default_name(r, "pdf")
    inputs = [*prepared.inputs, *prepared.year_set.inputs()]
    if output is not None:  # before any work: a PDF costs a browser run
        refuse_inputs([output], inputs=inputs, roots=[prepared.year_set.repo.root])
    files: dict[Path, bytes] = {}
    try:
        if fmt is ReportFormat.md and output is not None:
            charts = chart_files(output, {"aspek": r.radar_svg, "domain": r.bars_svg})
            files.update({output.with_name(n): svg.encode() for n, svg in charts.values()})
            names = {"radar": charts["aspek"][0], "bars": charts["domain"][0]}
            text = render(r, "md", overrides=overrides, charts=names)
        else:
            text = render(
                r,
                "html" if fmt is not ReportFormat.md else "md",
                overrides=overrides,
                charts={"radar": "", "bars": ""},
            )
    except jinja2.TemplateError as exc:
        fail(_template_problem(exc))
    if output is None:
        sys.stdout.write(text)
        return
    if fmt is ReportFormat.pdf:
        browser = find_chromium()
        if browser is None:
            fail(message("r_pdf_missing", language))
        try:
            files[output] = html_to_pdf(text, browser)
        except OutputError as exc:
            fail(message("r_pdf_failed", language, detail=exc))
    else:
        files[output] = text.encode()
    try:
        write_files(files, inputs=inputs, roots=[prepared.year_set.repo.root])
    except OutputError as exc:
        fail(str(exc))
    if fmt is ReportFormat.md:
        sweep_charts(output)
    sys.stderr.write(message("r_written", language, path=display_path(output)) + "\n")


SUFFIXES = {
    ReportFormat.html: (".html", ".htm"),
    ReportFormat.md: (".md", ".markdown"),
    ReportFormat.pdf: (".pdf",),
}


def _check_suffix(output: Path | None, fmt: ReportFormat, lang: Lang) -> None:
    """``--format pdf --output z.html`` would write a PDF that no browser opens as a page."""
    if output is None:
        return
    suffix = output.suffix.lower()
    if any(suffix in known for other, known in SUFFIXES.items() if other is not fmt):
        raise UsageProblem(
            message(
                "r_wrong_suffix",
                lang,
                path=output,
                fmt=fmt.value,
                expected=" / ".join(SUFFIXES[fmt]),
            )
        )


def _template_problem(exc: Exception) -> str:
    """``templat report.html.j2:12: ...``: the template line, for people who edit templates."""
    import traceback

    where = getattr(exc, "filename", None) or getattr(exc, "name", None) or ""
    line = getattr(exc, "lineno", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            where, line = frame.filename, frame.lineno
    shown = display_path(Path(where)) if where else "?"
    return f"templat {shown}{f':{line}' if line else ''}: {exc}"


def _target(
    option: str | None, configured: Fraction | None, low: int, high: int, lang: Lang
) -> Fraction | None:
    """``--target 3.50`` (or ``3,50``), else spbe.yaml's ``target:``; within the scale."""
    if option is not None:
        return parse_target(option, low, high, lang)
    if configured is not None and not low <= configured <= high:
        raise UsageProblem(
            message("target_out_of_range", lang, value=fmt(configured, lang), low=low, high=high)
        )
    return configured
