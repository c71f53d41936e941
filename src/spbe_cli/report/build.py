"""Gather what a handout needs (score, last year's score, checks, provenance) and render it."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

from spbe_cli import __version__
from spbe_cli.app.workspace import Year, open_year
from spbe_cli.domain.stage import Stage
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.checks import check_year
from spbe_cli.engine.evaluate import OverClaim
from spbe_cli.engine.lock import load_lock
from spbe_cli.engine.scoring import Score
from spbe_cli.engine.stages import Stages
from spbe_cli.engine.yearview import OpenRecommendation, YearView, open_recommendations, view_year
from spbe_cli.problems.messages import Lang
from spbe_cli.problems.problem import Problem, Severity
from spbe_cli.render.markdown import environment
from spbe_cli.report.view import Extras, build_view
from spbe_cli.report.viewmodel import Meta, ReportView
from spbe_cli.repository.discovery import name_of
from spbe_cli.repository.gitsrc import commit_of
from spbe_cli.repository.layout import is_year, year_folders

MONTHS = {
    "id": (
        "Januari",
        "Februari",
        "Maret",
        "April",
        "Mei",
        "Juni",
        "Juli",
        "Agustus",
        "September",
        "Oktober",
        "November",
        "Desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


class Opened:
    """Years opened and viewed once per process, and file digests read once: the site makes a
    handout's material for every year, and each needs the years before it."""

    def __init__(self) -> None:
        self._views: dict[Path, YearView | None] = {}
        self._digests: dict[Path, bytes] = {}

    def add(self, folder: Path, view: YearView) -> None:
        self._views[folder.resolve()] = view

    def view(self, folder: Path) -> YearView | None:
        """``folder``'s view at its latest stage; None when it cannot be scored."""
        key = folder.resolve()
        if key not in self._views:
            opened = open_year([folder])
            self._views[key] = view_year(opened) if opened.usable else None
        return self._views[key]

    def digest(self, path: Path) -> bytes:
        """sha256 of a file's bytes."""
        if path not in self._digests:
            self._digests[path] = hashlib.sha256(path.read_bytes()).digest()
        return self._digests[path]


@dataclass
class Prepared:
    """A handout's material: the view of its year, with what the other years add."""

    year_view: YearView
    problems: list[Problem]
    inputs: list[Path]  # every file the handout is made from (never to be overwritten)
    previous: Score | None = None  # last year's, under the same catalogue
    recommendations: list[OpenRecommendation] = field(default_factory=list)
    trend: list[Score] = field(default_factory=list)  # every year of the repository, in order
    skipped: list[int] = field(default_factory=list)  # earlier years that cannot be scored
    opened: Opened = field(default_factory=Opened)

    @property
    def year_set(self) -> YearSet:
        return self.year_view.year_set

    @property
    def score(self) -> Score:
        return self.year_view.score

    @property
    def stages(self) -> Stages:
        return self.year_view.stages

    @property
    def stage_scores(self) -> dict[Stage, Score]:
        return self.year_view.by_stage

    @property
    def over(self) -> list[OverClaim]:
        return self.year_view.over


def prepare(year: Year, stage: Stage | None = None, opened: Opened | None = None) -> Prepared:
    """The handout's material for an opened, usable year: its view at ``stage`` (default: the
    latest stage present, the one that counts now), the checks of the whole year, and the other
    years beside it (each at its own latest stage, from ``opened`` when given)."""
    shown = view_year(year, stage)
    year_set, stages, problems = shown.year_set, shown.stages, list(year.problems)
    assert year_set.catalogue is not None
    lock, found = load_lock(year_set.repo.root)
    problems += found
    problems += check_year(year_set, whole_year=True, allow_partial=False, lock=lock)
    inputs = [
        *year_set.files,
        year_set.catalogue.path,
        *(f.src.path for f in stages.files.values()),
    ]
    if year_set.repo.config_src is not None:
        inputs.append(year_set.repo.config_src.path)
    prepared = Prepared(shown, problems, inputs, opened=opened or Opened())
    folder = year_set.files[0].parent
    if year_set.year is not None and is_year(name_of(folder)):
        _other_years(prepared, folder, year_set.year)
    return prepared


def _other_years(prepared: Prepared, folder: Path, year: int) -> None:
    """Last year's score (same catalogue), the trend, and open recommendations up to now."""
    shown = prepared.year_view
    views = [shown]
    for other in year_folders(folder.parent):
        number = int(other.name)
        if number > year:
            continue
        if number == year:
            prepared.trend.append(shown.score)
            continue
        earlier = prepared.opened.view(other)
        if earlier is None:
            prepared.skipped.append(number)
            continue
        views.append(earlier)
        prepared.trend.append(earlier.score)
        prepared.inputs += [
            *earlier.year_set.files,
            *(f.src.path for f in earlier.stages.files.values()),
        ]
        if number == year - 1 and earlier.catalogue.id == shown.catalogue.id:
            prepared.previous = earlier.score
    prepared.recommendations = open_recommendations(shown, views)


def meta(prepared: Prepared, lang: Lang) -> Meta:
    catalogue = prepared.score.catalogue
    return Meta(
        generated=_generated(lang),
        inputs_hash=inputs_hash(
            prepared.inputs, prepared.year_set.repo.root, prepared.opened.digest
        ),
        commit=commit_of(prepared.year_set.repo.root),
        catalogue_version=catalogue.version or "",
        tool_version=__version__,
    )


def _generated(lang: Lang) -> str:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` so that output can be reproduced."""
    from spbe_cli.base.clock import source_date

    fixed = source_date()
    day = (fixed or dt.datetime.now(tz=dt.timezone.utc)).date()
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def inputs_hash(
    files: list[Path], root: Path, digest_of: Callable[[Path], bytes] | None = None
) -> str:
    """sha256 over the inputs' names (relative to the repository) and the sha256 of their
    bytes."""
    read = digest_of or (lambda p: hashlib.sha256(p.read_bytes()).digest())
    top = root.resolve()
    digest = hashlib.sha256()
    for name, path in sorted({_name(p, top): p for p in files}.items()):
        digest.update(name.encode() + b"\0")
        digest.update(read(path))
    return digest.hexdigest()[:16]


def _name(path: Path, top: Path) -> str:
    try:
        return path.resolve().relative_to(top).as_posix()
    except ValueError:
        return path.name  # a bundled catalogue lives outside the repository


def view(
    prepared: Prepared, *, lang: Lang, target: Fraction | None, unit: str | None, link_base: Path
) -> ReportView:
    warnings = sum(1 for p in prepared.problems if p.severity is Severity.WARNING)
    errors = sum(1 for p in prepared.problems if p.severity is Severity.ERROR)
    return build_view(
        prepared.year_view,
        lang=lang,
        meta=meta(prepared, lang),
        target=target,
        previous=prepared.previous,
        warnings=warnings,
        errors=errors,
        unit=unit,
        link_base=link_base,
        extras=Extras(
            prepared.stage_scores,
            prepared.over,
            prepared.recommendations,
            prepared.trend,
            prepared.skipped,
        ),
    )


def render(r: ReportView, kind: str, *, overrides: list[Path], charts: dict[str, str]) -> str:
    """``kind`` is ``html`` or ``md``; the one-unit handout when ``r.unit`` is set."""
    name = template_name(r, kind)
    return environment(overrides).get_template(name).render(r=r, charts=charts)


def template_name(r: ReportView, kind: str) -> str:
    return f"{'unit' if r.unit else 'report'}.{kind}.j2"


def default_name(r: ReportView, suffix: str) -> str:
    """``pemerintah-kabupaten-contoh-2023.pdf`` (``-<unit>`` for a unit handout)."""
    parts = [r.instansi, r.year] + ([r.unit.unit] if r.unit else [])
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-") or "spbe"
    return f"{slug}.{suffix}"


def chart_files(output: Path, charts: dict[str, str]) -> dict[str, tuple[str, str]]:
    """``handout-aspek-1a2b3c4d.svg``: each chart of a Markdown handout named by its content, so
    a new chart never replaces one that an older handout still shows. The handout is written
    after its charts: whenever a run stops, the handout on disk and its charts agree."""
    stem = output.name.removesuffix(output.suffix) if output.suffix else output.name
    named = {}
    for kind, svg in charts.items():
        digest = hashlib.sha256(svg.encode()).hexdigest()[:8]
        named[kind] = (f"{stem}-{kind}-{digest}.svg", svg)
    return named


def sweep_charts(output: Path, inputs: list[Path], root: Path) -> None:
    """Remove the charts of earlier versions of ``output`` that it no longer shows: files
    named as its charts are named, holding a chart as spbe draws it, and never an input
    (``inputs``, or anything the repository at ``root`` reads, evidence included)."""
    from spbe_cli.app.output import OutputIsInput, refuse_inputs

    stem = output.name.removesuffix(output.suffix) if output.suffix else output.name
    try:
        shown = output.read_text(encoding="utf-8")
        entries = list(output.parent.iterdir())
    except OSError:
        return
    pattern = re.compile(rf"^{re.escape(stem)}-(?:aspek|domain)-[0-9a-f]{{8}}\.svg$")
    for entry in entries:
        if not pattern.match(entry.name) or f"({entry.name})" in shown:
            continue
        try:
            refuse_inputs([entry], inputs=inputs, roots=[root])
            drawn = entry.read_bytes()[:4096]
        except (OutputIsInput, OSError):
            continue  # an input (an evidence file of that name) stays
        if drawn.startswith(b"<svg") and b'class="chart chart-' in drawn:
            with contextlib.suppress(OSError):
                entry.unlink()
