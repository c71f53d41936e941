"""The ``spbe`` command line. Thin: parse, call the library, render, write, pick the exit code.

Exit codes (a contract; scripts depend on them):
0 done; 1 the inputs have errors (located problems on stderr); 2 usage error;
3 internal error (one line and a hint; ``--debug`` shows the traceback); 130 interrupted.
Heavy modules (pydantic, rich, jinja2) are imported inside the commands, so ``--help`` is fast.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import wraps
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec

import typer

from spbe_cli import __version__
from spbe_cli.formats import LangChoice, ProblemFormat, ReportFormat, ScoreFormat
from spbe_cli.i18n import Lang, message, resolve_lang
from spbe_cli.problems import Problem, Severity, display_path, has_errors, sort_problems

EXIT_OK, EXIT_DATA, EXIT_USAGE, EXIT_INTERNAL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

app = typer.Typer(
    name="spbe",
    help="Penilaian mandiri Indeks SPBE sebagai kode: skor, validasi dan bahan rapat dari berkas "
    "YAML.\n\nExit codes: 0 ok, 1 data errors, 2 usage, 3 internal error, 130 interrupted.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}

LangOption = Annotated[
    LangChoice | None,
    typer.Option(
        "--lang", help="Bahasa keluaran: id (default) atau en. Juga: SPBE_LANG.", show_default=False
    ),
]


P = ParamSpec("P")


class UsageProblem(Exception):
    """A wrong option value found inside a command: exit 2, like Typer's own usage errors."""


def guarded(command: Callable[P, None]) -> Callable[P, None]:
    """Give every command the same exits: 130 on Ctrl-C, 3 with one line on a bug."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        lang = resolve_lang(None)
        try:
            command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except UsageProblem as exc:
            sys.stderr.write(f"spbe: {exc}\n")
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            sys.stderr.write(message("interrupted", lang) + "\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # The reader went away (``spbe score ... | head``): stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_OK) from None
        except Exception as exc:
            if _state["debug"]:
                raise
            sys.stderr.write(
                message("internal_error", lang, error=f"{type(exc).__name__}: {exc}") + "\n"
            )
            raise typer.Exit(EXIT_INTERNAL) from None

    return run


def _version(value: bool) -> None:
    if value:
        typer.echo(f"spbe {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Tampilkan versi lalu keluar."
        ),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Tampilkan traceback bila terjadi kesalahan internal.")
    ] = False,
) -> None:
    """Penilaian mandiri Indeks SPBE sebagai kode."""
    _state["debug"] = debug


@app.command()
@guarded
def score(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Folder tahun (mis. assessments/2023) atau daftar berkas unit.", show_default=False
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
    lang: LangOption = None,
) -> None:
    """Hitung Indeks SPBE, indeks domain dan aspek, serta predikat dari penilaian satu tahun.

    Exit codes: 0 dihitung; 1 ada error di berkas masukan (dicetak ke stderr); 2 salah pemakaian.
    """
    from spbe_cli.assessments import load_year
    from spbe_cli.render import render_score
    from spbe_cli.scoring import UnitInput
    from spbe_cli.scoring import score as compute

    language = resolve_lang(lang.value if lang else None)
    _check_catalogue_option(catalogue, language)
    year_set, problems = load_year(paths, catalogue)
    _report(problems, language)
    if year_set is None or year_set.catalogue is None or has_errors(problems):
        _fail(message("not_scored", language))
    units = [
        UnitInput(u.assessment.unit, u.assessment.name or _registry_name(year_set, u), u.src.shown)
        for u in year_set.units
    ]
    result = compute(
        year_set.catalogue, year_set.answers, units, year_set.repo.config.instansi, year_set.year
    )
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else None
    color = tty and "NO_COLOR" not in os.environ
    sys.stdout.write(render_score(result, fmt, language, width=width, color=color))


@app.command()
@guarded
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Berkas unit, folder tahun atau akar repositori. Tanpa path: repositori di "
            "sekitar folder kerja (semua tahun).",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        ProblemFormat,
        typer.Option(
            "--format",
            "-f",
            help="auto (GitHub Actions bila terdeteksi, teks bila tidak), text, github, gitlab, "
            "junit, sarif atau json.",
        ),
    ] = ProblemFormat.auto,
    allow_partial: Annotated[
        bool,
        typer.Option(
            "--allow-partial", help="Indikator yang belum dijawab menjadi peringatan, bukan error."
        ),
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Peringatan juga membuat exit code 1.")
    ] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option(
            "--ignore",
            help="Abaikan kode masalah ini (boleh diulang atau dipisah koma, mis. X003,C008).",
            show_default=False,
        ),
    ] = None,
    max_size: Annotated[
        int, typer.Option("--max-size", help="Batas ukuran satu berkas, dalam byte.", min=1)
    ] = 5 * 1024 * 1024,
    lang: LangOption = None,
) -> None:
    """Periksa berkas penilaian: sintaks YAML, isi, antar-berkas dan data dukung.

    Exit codes: 0 bersih (peringatan boleh); 1 ada error (atau peringatan dengan --strict);
    2 salah pemakaian; 3 kesalahan internal.
    """
    from spbe_cli.render.problems import github_summary, render_problems
    from spbe_cli.rules import RULES
    from spbe_cli.validate import validate as run

    language = resolve_lang(lang.value if lang else None)
    skip = {code.strip().upper() for item in ignore or [] for code in item.split(",") if code}
    unknown = sorted(skip - set(RULES))
    if unknown:
        raise UsageProblem(f"--ignore: {', '.join(unknown)}?")
    report = run(list(paths or []), allow_partial=allow_partial, max_bytes=max_size)
    problems = [p for p in sort_problems(report.problems) if p.code not in skip]
    chosen = fmt
    if chosen is ProblemFormat.auto:
        chosen = (
            ProblemFormat.github
            if os.environ.get("GITHUB_ACTIONS") == "true"
            else ProblemFormat.text
        )
    color = chosen is ProblemFormat.text and sys.stdout.isatty() and "NO_COLOR" not in os.environ
    sys.stdout.write(
        render_problems(problems, report.files, chosen, language, strict=strict, color=color)
    )
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if chosen is ProblemFormat.github and summary_file:
        with Path(summary_file).open("a", encoding="utf-8") as handle:
            handle.write(github_summary(problems, report.files, language))
    failing = has_errors(problems) or (strict and bool(problems))
    raise typer.Exit(EXIT_DATA if failing else EXIT_OK)


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

    from spbe_cli.output import OutputError, find_chromium, html_to_pdf, write_files
    from spbe_cli.report.build import default_name, prepare, render, view

    language = resolve_lang(lang.value if lang else None)
    prepared, problems = prepare(path)
    if prepared is None:
        _report([p for p in problems if p.severity is Severity.ERROR], language)
        _fail(message("not_scored", language))
    catalogue = prepared.score.catalogue
    goal = _target(target, prepared.year_set.repo.config.target, catalogue.low, catalogue.high)
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
    if output is None and fmt is ReportFormat.pdf:
        output = Path.cwd() / "_"  # named below, once the view knows instansi and year
    overrides = [
        p
        for p in (templates, prepared.year_set.repo.root / "templates")
        if p is not None and p.is_dir()
    ]
    link_base = output.parent if output is not None else Path.cwd()
    r = view(prepared, lang=language, target=goal, unit=unit, link_base=link_base)
    if output is not None and output.name == "_":
        output = output.with_name(default_name(r, "pdf"))
    files: dict[Path, bytes] = {}
    try:
        if fmt is ReportFormat.md and output is not None:
            stem = output.name.removesuffix(output.suffix) if output.suffix else output.name
            charts = {"radar": f"{stem}-aspek.svg", "bars": f"{stem}-domain.svg"}
            files[output.with_name(charts["radar"])] = r.radar_svg.encode()
            files[output.with_name(charts["bars"])] = r.bars_svg.encode()
            text = render(r, "md", overrides=overrides, charts=charts)
        else:
            text = render(
                r,
                "html" if fmt is not ReportFormat.md else "md",
                overrides=overrides,
                charts={"radar": "", "bars": ""},
            )
    except jinja2.TemplateError as exc:
        _fail(_template_problem(exc))
    if output is None:
        sys.stdout.write(text)
        return
    if fmt is ReportFormat.pdf:
        browser = find_chromium()
        if browser is None:
            _fail(message("r_pdf_missing", language))
        try:
            files[output] = html_to_pdf(text, browser)
        except OutputError as exc:
            _fail(message("r_pdf_failed", language, detail=exc))
    else:
        files[output] = text.encode()
    inputs = {p.resolve() for p in prepared.inputs}
    for target_path in files:
        if target_path.resolve() in inputs:
            raise UsageProblem(message("r_output_is_input", language, path=target_path))
    try:
        write_files(files)
    except OutputError as exc:
        _fail(str(exc))
    sys.stderr.write(message("r_written", language, path=display_path(output)) + "\n")


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
    option: str | None, configured: Fraction | None, low: int, high: int
) -> Fraction | None:
    """``--target 3.50`` (or ``3,50``), else spbe.yaml's ``target:``; within the scale."""
    value = configured
    if option is not None:
        try:
            value = Fraction(Decimal(option.strip().replace(",", ".")))
        except (InvalidOperation, ValueError):
            raise UsageProblem(f"--target: {option!r}?") from None
    if value is not None and not low <= value <= high:
        raise UsageProblem(f"--target: {low}..{high}")
    return value


@app.command()
@guarded
def explain(
    code: Annotated[str, typer.Argument(help="Kode masalah, mis. Y002 atau C005.")],
    lang: LangOption = None,
) -> None:
    """Jelaskan aturan di balik sebuah kode masalah."""
    from spbe_cli.rules import RULES

    language = resolve_lang(lang.value if lang else None)
    rule = RULES.get(code.strip().upper())
    if rule is None:
        raise UsageProblem(
            message("unknown_code", language, code=code, codes=", ".join(sorted(RULES)))
        )
    severity = message(f"severity_{rule.severity.value}", language)
    sys.stdout.write(f"{rule.code} ({severity}): {rule.title[language]}\n\n{rule.text[language]}\n")


def _check_catalogue_option(ref: str | None, lang: Lang) -> None:
    """An unknown ``--catalogue`` is a usage error (exit 2), not a data error."""
    if ref is None:
        return
    from spbe_cli.catalogue import known_catalogues, locate_catalogue

    path = locate_catalogue(ref, Path.cwd())
    if path is None or not path.is_file():
        known = ", ".join(known_catalogues())
        raise UsageProblem("--catalogue: " + message("X007", lang, catalogue=ref, known=known))


def _registry_name(year_set: object, unit: object) -> str | None:
    from spbe_cli.assessments import UnitFile, YearSet

    assert isinstance(year_set, YearSet) and isinstance(unit, UnitFile)
    info = year_set.repo.config.units.get(unit.assessment.unit)
    return info.name if info else None


def _report(problems: Sequence[Problem], lang: Lang) -> None:
    """Problems go to stderr, sorted, with a count; the payload alone goes to stdout."""
    found = sort_problems(problems)
    if not found:
        return
    for item in found:
        sys.stderr.write(item.render(lang) + "\n")
    errors = sum(1 for p in found if p.severity is Severity.ERROR)
    sys.stderr.write(
        message("summary_problems", lang, errors=errors, warnings=len(found) - errors) + "\n"
    )


def _fail(text: str, code: int = EXIT_DATA) -> NoReturn:
    sys.stderr.write(text + "\n")
    raise typer.Exit(code)


def main() -> None:
    """Console entry point."""
    app()
