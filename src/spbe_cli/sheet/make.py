"""``spbe sheet``: which unit files of which year, and their workbooks, named and built."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from spbe_cli.base.errors import UsageProblem
from spbe_cli.engine.assessments import YearSet
from spbe_cli.engine.opening import open_files
from spbe_cli.model.models import Assessment
from spbe_cli.problems.messages import Lang, message
from spbe_cli.problems.problem import Problem, Severity, display_path, has_errors
from spbe_cli.repository.discovery import latest_year
from spbe_cli.repository.layout import Repo, find_repo, unit_files, year_folder
from spbe_cli.sheet.build import build_workbook
from spbe_cli.sheet.model import unit_sheet
from spbe_cli.source.yamlsrc import DEFAULT_MAX_BYTES, read_regular


@dataclass
class Made:
    """The workbooks to write (path -> bytes), what each holds, and the problems found; no
    workbook when a chosen unit file has errors."""

    problems: list[Problem] = field(default_factory=list)
    books: dict[Path, bytes] = field(default_factory=dict)
    counts: dict[Path, tuple[int, int]] = field(default_factory=dict)  # rows, evidence
    year_set: YearSet | None = None


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _folder(repo: Repo, start: Path, year: int | None, lang: Lang) -> Path:
    found = latest_year(start) if year is None else year_folder(repo, year)
    if found is None:
        where = display_path(repo.root) + (f" ({year})" if year is not None else "")
        raise UsageProblem(message("sheet_no_year", lang, path=where))
    return found


def _last_year(repo: Repo, folder: Path, unit: str, catalogue: str) -> Assessment | None:
    """Last year's answers of ``unit`` when they were given on the same catalogue."""
    previous = year_folder(repo, int(folder.name) - 1)
    found = next((p for p in unit_files(previous) if p.stem == unit), None) if previous else None
    if found is None:
        return None
    year_set = open_files(repo, [found], stages=False).year_set
    if year_set is None or year_set.catalogue is None or year_set.catalogue.id != catalogue:
        return None
    if not year_set.units:
        return None
    return year_set.units[0].assessment


def make_sheets(
    start: Path, unit: str | None, year: int | None, output: Path | None, lang: Lang
) -> Made:
    """The workbook of ``unit`` (``None``: of every unit) in ``year`` (default: the newest).
    ``output``: the file, or with every unit the folder (default ``isian-<year>``)."""
    made = Made()
    repo, made.problems = find_repo(start)
    if has_errors(made.problems):
        return made
    folder = _folder(repo, start, year, lang)
    files = unit_files(folder)
    chosen = files if unit is None else [p for p in files if p.stem == unit]
    if not chosen:
        target = display_path(folder / f"{unit}.yaml")
        raise UsageProblem(message("sheet_no_file", lang, path=target, unit=unit, year=folder.name))
    opened = open_files(repo, files, stages=False)
    year_set, problems = opened.year_set, opened.problems
    assert year_set is not None
    made.year_set = year_set
    shown = {display_path(p) for p in chosen}  # another unit's problems are not this sheet's
    made.problems += [
        p for p in problems if p.path in shown or (p.severity is Severity.ERROR and p.line == 0)
    ]
    catalogue = year_set.catalogue
    if catalogue is None or has_errors(made.problems):
        return made
    instansi = _slug(repo.config.instansi or "spbe") or "spbe"
    base = output if unit is None and output is not None else Path(f"isian-{folder.name}")
    for path in chosen:
        unit_file = next(u for u in year_set.units if u.src.path == path)
        raw = read_regular(path, DEFAULT_MAX_BYTES)
        last = _last_year(repo, folder, unit_file.assessment.unit, catalogue.id)
        view = unit_sheet(year_set, unit_file, raw, last, lang)
        if not view.rows:
            if unit is not None:
                raise UsageProblem(message("sheet_nothing", lang, unit=view.unit, year=view.year))
            continue  # a unit with nothing to fill in this year gets no workbook
        name = f"{instansi}-{view.year}-{_slug(view.unit) or 'unit'}.xlsx"
        book = base / name if unit is None else (output or Path(name))
        made.books[book] = build_workbook(view, lang)
        made.counts[book] = (len(view.rows), len(view.evidence))
    return made
