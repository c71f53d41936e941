"""``spbe catalogue check|list|show`` and ``spbe convert`` (thin: the work is in the library)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.formats import ConvertFormat
from spbe_cli.cli.core import (
    EXIT_DATA,
    LangOption,
    StageOption,
    app,
    fail,
    guarded,
    notice_provisional,
    report_problems,
    require,
    start,
)
from spbe_cli.domain.stage import Stage
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import has_errors, problem

if TYPE_CHECKING:  # annotations of helpers only; commands keep runtime types
    from spbe_cli.model.catalogue import Catalogue, Indicator

catalogue_app = typer.Typer(no_args_is_help=True)
app.add_typer(catalogue_app, name="catalogue")


@catalogue_app.command("check")
@guarded
def catalogue_check(
    files: Annotated[list[str], typer.Argument(show_default=False)],
    lang: LangOption = None,
) -> None:
    """Check a catalogue's integrity: unique ids, weights, scales, criteria, predikat bands. (Its
    help: ``help.catalogue_check``.)"""
    from spbe_cli.model.catalogue import known_catalogues, load_catalogue

    language = start(lang).lang
    problems = []
    for ref in files:
        path = _checked_file(ref)
        if path is None:
            known = ", ".join(known_catalogues())
            problems.append(problem(ref, 0, 0, "X007", catalogue=ref, known=known))
            continue
        catalogue, found = load_catalogue(path)
        problems += found
        if catalogue is not None:
            sys.stdout.write(_soundness(ref, catalogue, language) + "\n")
    report_problems(problems, language)
    if has_errors(problems):
        raise typer.Exit(EXIT_DATA)


def _checked_file(ref: str) -> Path | None:
    """The file ``check`` reads for ``ref``: the file as given when there is one, else what
    ``show`` reads (a bundled catalogue's id, ``pemdi-2026``, or a path named as a file, which
    may then be missing); None for an id no bundled catalogue has."""
    from spbe_cli.model.catalogue import locate_catalogue

    given = Path(ref)
    if os.path.lexists(given):
        return given
    return locate_catalogue(ref, Path.cwd())


def _soundness(ref: str, catalogue: Catalogue, lang: Lang) -> str:
    """``katalog spbe-2020 utuh (4 domain, 8 aspek, 47 indikator, tingkat 1-5)``; a framework
    without domains (Pemdi 2026: aspects only) counts no domain."""
    counts = {
        "path": ref,
        "id": catalogue.id,
        "aspects": len(list(catalogue.aspects)),
        "indicators": len(catalogue.indicators),
        "low": catalogue.low,
        "high": catalogue.high,
    }
    if not catalogue.has_domains:
        return message("catalogue_ok_aspects", lang, **counts)
    return message("catalogue_ok", lang, domains=len(catalogue.domains), **counts)


@catalogue_app.command("list")
@guarded
def catalogue_list(lang: LangOption = None) -> None:
    """List the bundled catalogues. (Its help: ``help.catalogue_list``.)"""
    from spbe_cli.model.catalogue import known_catalogues, load_catalogue, locate_catalogue

    language = start(lang).lang
    for ident in known_catalogues():
        path = locate_catalogue(ident, Path.cwd())
        assert path is not None
        catalogue, _ = load_catalogue(path)
        if catalogue is None:
            continue
        status = "" if catalogue.status == "official" else f" [{catalogue.status}]"
        sys.stdout.write(
            f"{catalogue.id:<12} {catalogue.title}{status} · "
            + message(
                "catalogue_counts",
                language,
                indicators=len(catalogue.indicators),
                low=catalogue.low,
                high=catalogue.high,
            )
            + "\n"
        )


@catalogue_app.command("show")
@guarded
def catalogue_show(
    ref: Annotated[str, typer.Argument(show_default=False)],
    indicator: Annotated[
        str | None,
        typer.Option("--indicator", "-i", show_default=False),
    ] = None,
    lang: LangOption = None,
) -> None:
    """Show a catalogue's structure, or one indicator with the criteria of every level. (Its help:
    ``help.catalogue_show``.)"""
    from spbe_cli.model.catalogue import load_catalogue, locate_catalogue

    language = start(lang).lang
    path = locate_catalogue(ref, Path.cwd())
    if path is None or not path.is_file():
        raise UsageProblem(message("X007", language, catalogue=ref, known="spbe catalogue list"))
    catalogue, problems = load_catalogue(path)
    report_problems(problems, language)
    if catalogue is None:
        fail(message("not_scored", language))
    if indicator is None:
        out = _structure(catalogue, language)
    else:
        found = catalogue.indicators.get(indicator.strip().upper())
        if found is None:
            raise UsageProblem(
                message("X001", language, indicator=indicator, catalogue=catalogue.id, hint="")
            )
        out = _indicator(found, catalogue, language)
    sys.stdout.write("\n".join(out) + "\n")


def _structure(catalogue: Catalogue, lang: Lang) -> list[str]:
    """The catalogue's domains, aspects and indicators with their weights."""
    from spbe_cli.domain.numbers import fmt

    out = [f"{catalogue.id}: {catalogue.title} ({catalogue.regulation})"]
    # a framework without domains (Pemdi 2026) lists its aspects at the top
    pad = "  " if catalogue.has_domains else ""
    for d in catalogue.domains:
        if catalogue.has_domains:
            out.append(f"{d.id} {d.name} ({fmt(d.weight, lang)} %)")
        for a in d.aspects:
            out.append(f"{pad}{a.id} {a.name} ({fmt(a.weight, lang)} %)")
            out += [f"{pad}  {i.id} {i.name} ({fmt(i.weight, lang)} %)" for i in a.indicators]
    return out


def _indicator(found: Indicator, catalogue: Catalogue, lang: Lang) -> list[str]:
    """One indicator: its place, question, the criteria of every level or range, and notes."""
    from spbe_cli.domain.numbers import fmt, shown

    weight = fmt(found.weight, lang)
    place = f"{found.aspect_id}, {found.domain_id}" if catalogue.has_domains else found.aspect_id
    out = [f"{found.id} {found.name} ({weight} %, {place})"]
    if found.question:
        out.append(found.question)
    for level in found.scale.levels:
        text = found.criteria.get(level.value, "")
        alias = f" ({', '.join(level.aliases)})" if level.aliases else ""
        out.append(f"  {level.value} {level.name}{alias}: {text}".rstrip(": "))
    for r in found.ranges:
        span = f"{shown(r.min, lang)}-{shown(r.max, lang)}"
        evidence = f" [{r.evidence}]" if r.evidence else ""
        out.append(f"  {span}: {r.criterion}{evidence}")
    if found.ranges and catalogue.criteria_source:
        out.append(f"  * {message('criteria_source', lang)}: {catalogue.criteria_source}")
    if found.note:
        out.append(f"  * {found.note}")
    return out + _external(found, lang)


def _external(found: Indicator, lang: Lang) -> list[str]:
    """Another agency's index behind the indicator, and how its raw figure converts."""
    from spbe_cli.domain.numbers import fmt

    ext = found.external
    if ext is None:
        return []
    out = [f"  * {message('external_index', lang)}: {ext.index} ({ext.agency})"]
    for c in ext.conversion:
        raw = f"{fmt(c.raw_min, lang)}-{fmt(c.raw_max, lang)}"
        out.append(f"    {raw} -> {fmt(c.min, lang)}-{fmt(c.max, lang)}")
    return out


@app.command()
@guarded
def convert(
    path: Annotated[Path, typer.Argument(show_default=False)],
    to: Annotated[str, typer.Option("--to", show_default=False)],
    fmt: Annotated[ConvertFormat, typer.Option("--format", "-f")] = (ConvertFormat.table),
    stage: StageOption = None,
    lang: LangOption = None,
) -> None:
    """An ESTIMATE of the answers under another catalogue through a crosswalk, for trends across
    regulations. (Its help: ``help.convert``.)"""
    from spbe_cli.app.workspace import open_year
    from spbe_cli.engine.crosswalk import Estimated, estimate, find_crosswalk, target_catalogue
    from spbe_cli.engine.scoring import score
    from spbe_cli.render.convert import CONVERT

    context = start(lang)
    language = context.lang
    target, problems = target_catalogue(to, Path.cwd())
    if target is None and not problems:
        raise UsageProblem(
            "--to: " + message("X007", language, catalogue=to, known="spbe catalogue list")
        )
    report_problems(problems, language)
    year = open_year([path])
    require(year, context)
    if target is None or has_errors(problems):
        fail(message("not_scored", language))
    notice_provisional([target] if target.provisional else [])
    from spbe_cli.engine.yearview import view_year

    source = view_year(year, stage or Stage.MANDIRI).score
    walk, found = find_crosswalk(source.catalogue, target)
    report_problems(found, language)
    if walk is None:
        fail(message("no_crosswalk", language, source=source.catalogue.id, target=target.id))
    result = estimate(source, walk, target)
    estimated = score(
        target, result.answers, (), source.instansi, source.year, estimated_from=source.catalogue.id
    )
    count = len(result.unmapped)
    sys.stderr.write(
        message(
            "estimate_notice", language, source=source.catalogue.id, target=target.id, count=count
        )
        + "\n"
    )
    sys.stdout.write(CONVERT.render(Estimated(estimated, result, walk), fmt, context))
