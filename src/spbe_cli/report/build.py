"""Gather what a handout needs (score, last year's score, checks, provenance) and render it."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from spbe_cli import __version__
from spbe_cli.assessments import YearSet, load_year
from spbe_cli.checks import check_year
from spbe_cli.i18n import Lang
from spbe_cli.problems import Problem, Severity, has_errors
from spbe_cli.render.markdown import environment
from spbe_cli.repo import YEAR_FOLDER
from spbe_cli.report.view import Meta, ReportView, build_view
from spbe_cli.scoring import Score, UnitInput, score

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


@dataclass
class Prepared:
    year_set: YearSet
    score: Score
    previous: Score | None
    problems: list[Problem]
    inputs: list[Path]  # every file the handout is made from (never to be overwritten)


def score_year(year_set: YearSet) -> Score:
    assert year_set.catalogue is not None
    units = [
        UnitInput(
            u.assessment.unit,
            u.assessment.name or _unit_name(year_set, u.assessment.unit),
            u.src.shown,
        )
        for u in year_set.units
    ]
    return score(
        year_set.catalogue, year_set.answers, units, year_set.repo.config.instansi, year_set.year
    )


def _unit_name(year_set: YearSet, unit: str) -> str | None:
    info = year_set.repo.config.units.get(unit)
    return info.name if info else None


def prepare(path: Path) -> tuple[Prepared | None, list[Problem]]:
    """Load and score the year at ``path``, and the year before it when its folder exists."""
    year_set, problems = load_year([path])
    if year_set is None or year_set.catalogue is None or has_errors(problems):
        return None, problems
    problems += check_year(year_set, whole_year=True, allow_partial=False)
    current = score_year(year_set)
    inputs = [*year_set.files, year_set.catalogue.path]
    if year_set.repo.config_src is not None:
        inputs.append(year_set.repo.config_src.path)
    previous = None
    folder = year_set.files[0].parent
    if year_set.year is not None and YEAR_FOLDER.match(folder.name):
        before = folder.parent / str(year_set.year - 1)
        if before.is_dir():
            last, found = load_year([before])
            same = (
                last is not None
                and last.catalogue is not None
                and last.catalogue.id == year_set.catalogue.id
            )
            if last is not None and same and not has_errors(found):
                previous = score_year(last)
                inputs += last.files
    return Prepared(year_set, current, previous, problems, inputs), []


def meta(prepared: Prepared, lang: Lang) -> Meta:
    catalogue = prepared.score.catalogue
    return Meta(
        generated=_generated(lang),
        inputs_hash=inputs_hash(prepared.inputs, prepared.year_set.repo.root),
        commit=git_commit(prepared.year_set.repo.root),
        catalogue_version=catalogue.version or "",
        tool_version=__version__,
    )


def _generated(lang: Lang) -> str:
    """Today, or the date of ``SOURCE_DATE_EPOCH`` so that output can be reproduced."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        day = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc).date()
    else:
        day = dt.datetime.now(tz=dt.timezone.utc).date()
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def inputs_hash(files: list[Path], root: Path) -> str:
    """sha256 over the inputs' names (relative to the repository) and bytes."""
    digest = hashlib.sha256()
    for path in sorted(set(files), key=lambda p: _name(p, root)):
        digest.update(_name(path, root).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _name(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name  # a bundled catalogue lives outside the repository


def git_commit(root: Path) -> str:
    """The commit of the repository holding ``root`` ("+" when it has uncommitted changes)."""
    try:
        head = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--short=12", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if head.returncode != 0:
            return ""
        dirty = subprocess.run(
            ["git", "-C", str(root), "status", "--porcelain", "--", "."],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return ""
    return head.stdout.strip() + ("+" if dirty.stdout.strip() else "")


def view(
    prepared: Prepared, *, lang: Lang, target: Fraction | None, unit: str | None, link_base: Path
) -> ReportView:
    warnings = sum(1 for p in prepared.problems if p.severity is Severity.WARNING)
    errors = sum(1 for p in prepared.problems if p.severity is Severity.ERROR)
    return build_view(
        prepared.year_set,
        prepared.score,
        lang=lang,
        meta=meta(prepared, lang),
        target=target,
        previous=prepared.previous,
        warnings=warnings,
        errors=errors,
        unit=unit,
        link_base=link_base,
    )


def render(r: ReportView, kind: str, *, overrides: list[Path], charts: dict[str, str]) -> str:
    """``kind`` is ``html`` or ``md``; the one-unit handout when ``r.unit`` is set."""
    name = f"{'unit' if r.unit else 'report'}.{kind}.j2"
    return environment(overrides).get_template(name).render(r=r, charts=charts)


def default_name(r: ReportView, suffix: str) -> str:
    """``pemerintah-kabupaten-contoh-2023.pdf`` (``-<unit>`` for a unit handout)."""
    parts = [r.instansi, r.year] + ([r.unit.unit] if r.unit else [])
    slug = re.sub(r"[^a-z0-9]+", "-", "-".join(parts).lower()).strip("-") or "spbe"
    return f"{slug}.{suffix}"
