"""`spbe validate` and `spbe explain`: located problems for people and for CI."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import ProblemFormat
from spbe_cli.cli.core import (
    EXIT_DATA,
    EXIT_OK,
    LangOption,
    app,
    guarded,
    notice_provisional,
    progress,
    start,
)
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import has_errors, sort_problems

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.render.problems import Findings
    from spbe_cli.render.registry import Context


ProblemFormatOption = Annotated[
    ProblemFormat,
    typer.Option("--format", "-f"),
]


@app.command()
@guarded
def validate(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(show_default=False),
    ] = None,
    fmt: ProblemFormatOption = ProblemFormat.auto,
    allow_partial: Annotated[
        bool,
        typer.Option("--allow-partial"),
    ] = False,
    strict: Annotated[bool, typer.Option("--strict")] = False,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", show_default=False),
    ] = None,
    max_size: Annotated[int, typer.Option("--max-size", min=1)] = 5 * 1024 * 1024,
    lang: LangOption = None,
) -> None:
    """Check assessment files: YAML syntax, content, across files and evidence. (Its help:
    ``help.validate``.)"""
    from spbe_cli.engine.validate import validate as run
    from spbe_cli.render.problems import Findings

    context = start(lang)
    skip = _skip_codes(ignore or [], context.lang)
    with progress(context.lang) as advance:
        report = run(
            list(paths or []), allow_partial=allow_partial, max_bytes=max_size, progress=advance
        )
    notice_provisional(c for c in report.catalogues if c.provisional)
    problems = [p for p in sort_problems(report.problems) if p.code not in skip]
    _show(Findings(problems, report.files, strict), _chosen(fmt), context)
    failing = has_errors(problems) or (strict and bool(problems))
    raise typer.Exit(EXIT_DATA if failing else EXIT_OK)


def _skip_codes(ignore: list[str], lang: Lang) -> set[str]:
    """The codes of ``--ignore`` (repeated or comma-separated); an unknown one is a usage error."""
    from spbe_cli.problems.rules import RULES

    skip = {code.strip().upper() for item in ignore for code in item.split(",") if code}
    unknown = sorted(skip - set(RULES))
    if unknown:
        raise UsageProblem(message("unknown_codes", lang, codes=", ".join(unknown)))
    return skip


def _chosen(fmt: ProblemFormat) -> ProblemFormat:
    """``auto``: GitHub annotations under GitHub Actions, plain text otherwise."""
    if fmt is not ProblemFormat.auto:
        return fmt
    if os.environ.get("GITHUB_ACTIONS") == "true":
        return ProblemFormat.github
    return ProblemFormat.text


def _show(findings: Findings, chosen: ProblemFormat, context: Context) -> None:
    """The problems to stdout (colour only in text); under GitHub Actions also the job summary."""
    from spbe_cli.render.problems import PROBLEMS, github_summary

    colored = replace(context, color=context.color and chosen is ProblemFormat.text)
    sys.stdout.write(PROBLEMS.render(findings, chosen, colored))
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if chosen is ProblemFormat.github and summary_file:
        with Path(summary_file).open("a", encoding="utf-8") as handle:
            handle.write(github_summary(findings.problems, findings.files, context.lang))


@app.command()
@guarded
def explain(
    code: Annotated[str, typer.Argument()],
    lang: LangOption = None,
) -> None:
    """Explain the rule behind a problem code. (Its help: ``help.explain``.)"""
    from spbe_cli.problems.rules import RULES

    language = start(lang).lang
    rule = RULES.get(code.strip().upper())
    if rule is None:
        raise UsageProblem(
            message("unknown_code", language, code=code, codes=", ".join(sorted(RULES)))
        )
    severity = message(f"severity_{rule.severity.value}", language)
    sys.stdout.write(f"{rule.code} ({severity}): {rule.title[language]}\n\n{rule.text[language]}\n")
