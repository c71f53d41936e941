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
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import wraps
from pathlib import Path
from typing import Annotated, NoReturn, ParamSpec

import typer

from spbe_cli import __version__
from spbe_cli.errors import UsageProblem
from spbe_cli.formats import LangChoice, ProblemFormat, ScoreFormat, StageChoice
from spbe_cli.i18n import Lang, current_lang, message, resolve_lang
from spbe_cli.problems import Problem, Severity, has_errors, sort_problems

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


def guarded(command: Callable[P, None]) -> Callable[P, None]:
    """Give every command the same exits: 130 on Ctrl-C, 3 with one line on a bug; and the
    provisional-catalogue notice once at the end."""

    @wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> None:
        _chosen_reset()
        try:
            command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except UsageProblem as exc:
            sys.stderr.write(f"spbe: {exc}\n")
            raise typer.Exit(EXIT_USAGE) from None
        except KeyboardInterrupt:
            sys.stderr.write(message("interrupted", current_lang()) + "\n")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # The reader went away (``spbe score ... | head``): stop quietly.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_OK) from None
        except Exception as exc:
            if _state["debug"]:
                raise
            sys.stderr.write(
                message("internal_error", current_lang(), error=f"{type(exc).__name__}: {exc}")
                + "\n"
            )
            raise typer.Exit(EXIT_INTERNAL) from None
        finally:
            _announce_provisional()

    return run


def _chosen_reset() -> None:
    from spbe_cli import i18n

    i18n.forget_choice()


def _announce_provisional() -> None:
    """A provisional catalogue's numbers are never taken for official ones: say so, once."""
    if "spbe_cli.catalogue" not in sys.modules:
        return
    from spbe_cli.catalogue import used_provisional

    for catalogue in used_provisional(clear=True):
        sys.stderr.write(
            message(
                "provisional_notice", current_lang(), catalogue=catalogue.id, title=catalogue.title
            )
            + "\n"
        )


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
    no_color: Annotated[
        bool, typer.Option("--no-color", help="Tanpa warna (sama dengan NO_COLOR=1).")
    ] = False,
) -> None:
    """Penilaian mandiri Indeks SPBE sebagai kode."""
    _state["debug"] = debug
    if no_color:
        os.environ["NO_COLOR"] = "1"  # honoured by every renderer and by rich


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
        StageChoice | None,
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
    from spbe_cli.assessments import load_year
    from spbe_cli.evaluate import over_claims, score_stage, several_years, stage_scores, trend
    from spbe_cli.render import render_score
    from spbe_cli.stages import load_stages

    language = resolve_lang(lang.value if lang else None)
    _check_catalogue_option(catalogue, language)
    tty = sys.stdout.isatty()
    width = shutil.get_terminal_size().columns if tty else None
    color = tty and "NO_COLOR" not in os.environ
    chosen = stage.value if stage else "mandiri"
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
    stage: str,
    fmt: ScoreFormat,
    lang: Lang,
    width: int | None,
    color: bool,
) -> None:
    """Several year folders (of one or many instansi) in one run: each scored on its own, the
    problems of those that cannot be scored on stderr (exit 1), the others printed."""
    from spbe_cli.assessments import load_year
    from spbe_cli.evaluate import score_stage
    from spbe_cli.render import render_scores
    from spbe_cli.stages import load_stages

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
        raise UsageProblem(message("unknown_codes", language, codes=", ".join(unknown)))
    with _progress(language) as advance:
        report = run(
            list(paths or []), allow_partial=allow_partial, max_bytes=max_size, progress=advance
        )
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


def parse_target(text: str, low: int, high: int, lang: Lang) -> Fraction:
    """``--target 3.50`` (or ``3,50``): an exact number within the scale, else a usage error
    that says what is wrong."""
    try:
        number = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite() or abs(number.adjusted()) > 3:
        raise UsageProblem(message("target_not_number", lang, value=text))
    value = Fraction(number)
    if not low <= value <= high:
        raise UsageProblem(message("target_out_of_range", lang, value=text, low=low, high=high))
    return value


def _check_catalogue_option(ref: str | None, lang: Lang) -> None:
    """An unknown ``--catalogue`` is a usage error (exit 2), not a data error."""
    if ref is None:
        return
    from spbe_cli.catalogue import known_catalogues, locate_catalogue

    path = locate_catalogue(ref, Path.cwd())
    if path is None or not path.is_file():
        known = ", ".join(known_catalogues())
        raise UsageProblem("--catalogue: " + message("X007", lang, catalogue=ref, known=known))


@contextmanager
def _progress(lang: Lang) -> Iterator[Callable[[int], None] | None]:
    """A progress line for long checks, only on an interactive terminal outside CI; it shows
    after a second, so short runs stay quiet."""
    if not sys.stderr.isatty() or os.environ.get("CI") or "NO_COLOR" in os.environ:
        yield None
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn(message("progress_files", lang) + " {task.completed}"),
        TimeElapsedColumn(),
        transient=True,
        console=Console(stderr=True),
    ) as bar:
        task = bar.add_task("", total=None, visible=False)
        started = time.monotonic()

        def advance(count: int) -> None:
            bar.update(task, advance=count, visible=time.monotonic() - started > 1.0)

        yield advance


def report_problems(problems: Sequence[Problem], lang: Lang) -> None:
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


def fail(text: str, code: int = EXIT_DATA) -> NoReturn:
    sys.stderr.write(text + "\n")
    raise typer.Exit(code)


def main() -> None:
    """Console entry point."""
    app()


# Commands that live in modules of their own register themselves on `app` when imported.
from spbe_cli import (  # noqa: E402, F401
    cli_catalogue,
    cli_lifecycle,
    cli_onboarding,
    cli_report,
)
