"""The one entry point that opens what a command works on.

A year comes from a folder, from unit files, or from a git revision (``REV:PATH``); a
repository is every year folder in it. What is opened carries its answers, its stages, every
problem found on the way and the catalogue it is scored under, so a command never repeats
"load the year, load its stages, collect the problems".
"""

from __future__ import annotations

import os
from pathlib import Path

from spbe_cli.base.errors import UsageProblem
from spbe_cli.base.lang import Lang
from spbe_cli.engine.assessments import expand
from spbe_cli.engine.evaluate import several_years
from spbe_cli.engine.opening import Year, open_files
from spbe_cli.engine.stages import Stages
from spbe_cli.problems.messages import message
from spbe_cli.problems.problem import display_path, has_errors
from spbe_cli.repository.discovery import latest_year, name_of, not_a_year
from spbe_cli.repository.layout import find_repo, is_year, repo_years, year_folder


def year_path(path: Path, cwd: Path | None = None) -> Path:
    """What a command's year argument names: the path as given, or, for a bare year that is
    no file or folder here (``spbe score 2026`` at the top of a repository), that year's
    folder in the repository around ``cwd``; as given when there is none."""
    text = str(path)
    if os.path.lexists(path) or not is_year(text) or os.sep in text:
        return path
    repo, _ = find_repo(cwd or Path.cwd())
    return year_folder(repo, int(text)) or path


def year_argument(path: Path | None, lang: Lang) -> Path:
    """The year folder a command that works on one year is given (``spbe document``,
    ``spbe snapshot``): a folder as given, a bare year of the repository here
    (:func:`year_path`), none: the repository's latest year. A bare year the repository lacks,
    or no year at all, is a usage error naming what there is."""
    here = Path.cwd()
    if path is None:
        newest = latest_year(here)
        if newest is None:
            raise UsageProblem(message("X008", lang, where=display_path(here)))
        return newest
    found = year_path(path, here)
    if found is path and not os.path.lexists(path) and is_year(str(path)):
        years = ", ".join(str(y) for y in sorted(repo_years(find_repo(here)[0]))) or "-"
        raise UsageProblem(message("year_not_in_repo", lang, year=path, years=years))
    return found


def open_year(paths: list[Path], catalogue: str | None = None) -> Year:
    """A year folder (or a bare year of the repository here, :func:`year_path`), or unit
    files of one year, with its stage files."""
    paths = [year_path(p) for p in paths]
    files, problems = expand(paths)
    shown = " ".join(str(p) for p in paths)
    if problems:
        return Year(None, problems=problems, source=shown)
    repo, problems = find_repo(files[0])
    problems += [not_a_year(p) for p in paths if p.is_dir() and not is_year(name_of(p))]
    year = open_files(repo, files, catalogue=catalogue, source=shown)
    year.problems[:0] = problems
    if has_errors(year.problems):
        year.stages = Stages()
    return year


def open_spec(spec: str, cwd: Path | None = None) -> Year:
    """A year folder, or ``REV:PATH`` read from git (raises ``GitError``); a git path is taken
    from ``cwd`` (default: the working folder)."""
    from spbe_cli.repository.gitsrc import GitYear, looks_like_git

    if not looks_like_git(spec):
        return open_year([Path(spec)])
    year = GitYear(spec, cwd)
    repo, problems = year.repo()
    opened = open_files(repo, year.files, checked=True, reader=year, source=spec)
    opened.problems[:0] = problems
    return opened


def open_repository(path: Path) -> list[Year]:
    """Every year folder of a repository root (or of its ``assessments/``); [] for a path that
    is not a repository of years."""
    return [open_year([folder]) for folder in several_years(path)]


__all__ = ["Year", "open_repository", "open_spec", "open_year", "year_argument", "year_path"]
