"""Making a handout file: the checks before any work, the output name, the charts beside a
Markdown handout, and the PDF. The command only parses its options and writes the result."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from spbe_cli.app.output import (
    OutputError,
    UnsafePage,
    find_chromium,
    html_to_pdf,
    refuse_escapes,
    refuse_inputs,
)
from spbe_cli.app.printpage import Escape, openers
from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import ReportFormat
from spbe_cli.base.lang import Lang
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import display_path
from spbe_cli.render.registry import Context, Registry
from spbe_cli.report.build import (
    Prepared,
    chart_files,
    default_name,
    render,
    template_name,
    view,
)
from spbe_cli.report.viewmodel import ReportView


class HandoutError(Exception):
    """The handout cannot be made (a template error, no browser for the PDF); nothing is
    written."""


@dataclass(frozen=True)
class Request:
    fmt: ReportFormat
    output: Path | None
    unit: str | None
    target: Fraction | None
    templates: Path | None
    lang: Lang


@dataclass(frozen=True)
class Handout:
    text: str  # the handout itself (for stdout when there is no output file)
    output: Path | None  # where it goes, named when --format pdf has no --output
    files: dict[Path, bytes]  # everything to write: the handout and its charts
    inputs: list[Path]  # what must never be overwritten


def make_handout(prepared: Prepared, request: Request) -> Handout:
    lang, fmt, output = request.lang, request.fmt, request.output
    _check_options(prepared, request)
    root = prepared.year_set.repo.root
    overrides = [p for p in (request.templates, root / "templates") if p is not None and p.is_dir()]
    base = output.parent if output is not None else Path.cwd()
    r = view(prepared, lang=lang, target=request.target, unit=request.unit, link_base=base)
    if output is None and fmt is ReportFormat.pdf:
        output = Path.cwd() / default_name(r, "pdf")
    inputs = [*prepared.inputs, *prepared.year_set.inputs(), *overrides]  # templates in use
    if output is not None:  # before any work: a PDF costs a browser run
        refuse_inputs([output], inputs=inputs, roots=[root])
    files: dict[Path, bytes] = {}
    names = {"radar": "", "bars": ""}
    if fmt is ReportFormat.md and output is not None:
        charts = chart_files(output, {"aspek": r.radar_svg, "domain": r.bars_svg})
        files.update({output.with_name(n): svg.encode() for n, svg in charts.values()})
        names = {"radar": charts["aspek"][0], "bars": charts["domain"][0]}
    payload = HANDOUT.render(Page(r, overrides, names), fmt, Context(lang))
    if output is not None:
        files[output] = payload
    text = payload.decode("utf-8") if fmt is not ReportFormat.pdf else ""
    return Handout(text, output, files, inputs)


@dataclass(frozen=True)
class Page:
    """What a handout is rendered from: its view, the template folders in use and the names
    of the chart files beside a Markdown handout."""

    view: ReportView
    overrides: list[Path]
    charts: dict[str, str]


HANDOUT: Registry[ReportFormat, Page, bytes] = Registry("report", ReportFormat)


@HANDOUT.add(ReportFormat.html)
def _html(page: Page, context: Context) -> bytes:
    return _render(page.view, "html", page.overrides, page.charts).encode()


@HANDOUT.add(ReportFormat.md)
def _md(page: Page, context: Context) -> bytes:
    return _render(page.view, "md", page.overrides, page.charts).encode()


@HANDOUT.add(ReportFormat.pdf)
def _printed(page: Page, context: Context) -> bytes:
    text = _render(page.view, "html", page.overrides, page.charts)
    return _pdf(text, page.view, page.overrides)


def _check_options(prepared: Prepared, request: Request) -> None:
    units = [u.unit for u in prepared.score.units]
    if request.unit is not None and request.unit not in units:
        text = message("r_unknown_unit", request.lang, unit=request.unit, units=", ".join(units))
        raise UsageProblem("--unit: " + text)
    _check_suffix(request.output, request.fmt, request.lang)
    if request.templates is not None and not request.templates.is_dir():
        raise UsageProblem(message("r_no_templates", request.lang, path=request.templates))


def _render(r: ReportView, kind: str, overrides: list[Path], charts: dict[str, str]) -> str:
    import jinja2

    try:
        return render(r, kind, overrides=overrides, charts=charts)
    except jinja2.TemplateError as exc:
        raise HandoutError(template_problem(exc)) from None


def _pdf(text: str, r: ReportView, overrides: list[Path]) -> bytes:
    lang = r.lang
    try:  # before the browser: an unsafe page is refused wherever Chromium is missing too
        refuse_escapes(text)
    except UnsafePage as exc:
        raise HandoutError(_escape_problem(exc.escape, r, overrides)) from None
    browser = find_chromium()
    if browser is None:
        raise HandoutError(message("r_pdf_missing", lang))
    try:
        return html_to_pdf(text, browser)
    except OutputError as exc:
        raise HandoutError(message("r_pdf_failed", lang, detail=exc)) from None


def _escape_problem(escape: Escape, r: ReportView, overrides: list[Path]) -> str:
    """``templat templates/report.html.j2:7: ...``: the first line of the page's template that
    opens the element (none when an included template or the data did), and its place in the
    rendered page."""
    from spbe_cli.render.markdown import environment

    env = environment(overrides)
    name = template_name(r, "html")
    filename = env.get_template(name).filename or name
    try:
        source = Path(filename).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        source = ""
    line = next((n for tag, n, _ in openers(source) if tag.lower() == escape.tag), None)
    where = f"{display_path(Path(filename))}{f':{line}' if line else ''}"
    detail = message("r_pdf_escape", r.lang, tag=escape.tag, line=escape.line, column=escape.column)
    return f"templat {where}: {detail}"


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


def template_problem(exc: Exception) -> str:
    """``templat report.html.j2:12: ...``: the template line, for people who edit templates."""
    import traceback

    where = getattr(exc, "filename", None) or getattr(exc, "name", None) or ""
    line = getattr(exc, "lineno", None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename.endswith(".j2"):
            where, line = frame.filename, frame.lineno
    shown = display_path(Path(where)) if where else "?"
    return f"templat {shown}{f':{line}' if line else ''}: {exc}"
