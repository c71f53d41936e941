"""What a command works on, from the repository layout: ``spbe.yaml``, ``assessments/`` and year
folders, never from "there is a YAML file here"."""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from spbe_cli.problems.messages import Msg
from spbe_cli.problems.problem import Problem, display_path, problem
from spbe_cli.repository.layout import (
    ASSESSMENTS,
    CONFIG_NAME,
    Repo,
    find_repo,
    holder,
    is_year,
    kept_in,
    look_alike_year,
    looks_like_root,
    near_stage_file,
    repo_years,
    stray_files,
    unit_files,
    year_folders,
    year_like,
)


@dataclass
class Target:
    """One year of one repository: all its unit files, or only the files named."""

    repo: Repo
    files: list[Path]
    whole_year: bool


def targets(paths: list[Path]) -> Iterator[tuple[Target | None, list[Problem]]]:
    """What to check, from the repository layout: ``spbe.yaml``, ``assessments/`` and year
    folders, never from "there is a YAML file here". No path: the repository around the working
    folder (walking up to ``spbe.yaml``), every year."""
    scanned: set[Path] = set()
    for target, problems in _targets(paths):
        if target is not None and target.repo.config_src is not None:
            root = target.repo.root
            if root not in scanned:
                scanned.add(root)
                yield None, data_problems(root, root)
        yield target, problems


def _targets(paths: list[Path]) -> Iterator[tuple[Target | None, list[Problem]]]:
    if not paths:
        yield from _repo_targets(Path.cwd(), walk_up=True)
        return
    singles: dict[Path, list[Path]] = {}
    for path in paths:
        if not os.path.lexists(path):
            yield None, [problem(path, 0, 0, "X010", where=display_path(path))]
        elif not path.is_dir():
            if path.name == CONFIG_NAME:
                yield from _repo_targets(path.parent)
            else:
                singles.setdefault(path.parent, []).append(path)
        elif looks_like_root(path):
            yield from _repo_targets(path)
        else:
            yield _year_target(path)
    for folder, files in singles.items():
        repo, problems = find_repo(folder)
        yield Target(repo, sorted(files), whole_year=False), problems


def _year_target(
    folder: Path, repo: Repo | None = None, *, listed: bool = False
) -> tuple[Target, list[Problem]]:
    """One year folder; ``listed`` when ``year_folders`` gave it (a year that stays in its
    repository: nothing to ask again)."""
    problems: list[Problem] = []
    if repo is None:
        repo, problems = find_repo(folder)
        if repo.config_src is None:  # else the whole repository is scanned once (targets)
            problems += data_problems(folder, folder)
    if not listed and not is_year(name_of(folder)):
        problems.append(not_a_year(folder))
    elif not listed and not kept_in(folder):
        problems.append(linked_out(folder))
        return Target(repo, [], whole_year=True), problems
    problems += [stray(p) for p in stray_files(folder)]
    files = unit_files(folder)
    if not files:  # as every command that scores it will say (stage files alone score nothing)
        problems.append(problem(folder, 0, 0, "X008", where=display_path(folder)))
    return Target(repo, files, whole_year=True), problems


def stray(path: Path) -> Problem:
    """X020 at a file in a year folder that nothing reads, with the stage file its name most
    likely meant (``_dokuman.yaml``: did you mean `_dokumen.yaml`?)."""
    meant = near_stage_file(path.name)
    hint = Msg.of("did_you_mean", options=f"`{meant}`") if meant else Msg.of("empty")
    return problem(path, 0, 0, "X020", name=path.name, hint=hint)


def visible(text: str) -> str:
    """``text`` with every character that does not show (zero-width, format, combining and
    odd spaces) written as ``\\u200b``: a look-alike name is shown as what it really is."""
    return "".join(
        c if c == " " or unicodedata.category(c)[0] not in "CZM" else f"\\u{ord(c):04x}"
        for c in text
    )


def name_of(folder: Path) -> str:
    """A folder's own name, also when it is given as ``.`` or ``..``."""
    return folder.name if folder.name not in ("", ".", "..") else folder.resolve().name


def linked_out(year: Path) -> Problem:
    """Y015 for a year folder whose link leads out of its repository folder; X031 for one
    that leads to another year's folder inside it."""
    real = Path(os.path.realpath(year))
    if real.is_relative_to(Path(os.path.realpath(holder(year)))):
        return problem(year, 0, 0, "X031", folder=display_path(year), target=real.name)
    return problem(year, 0, 0, "Y015", root=display_path(holder(year)))


def not_a_year(folder: Path) -> Problem:
    """X029 for a name that passes for a year (``２０２３``, ``2023\\n``), else X019."""
    year = look_alike_year(name_of(folder))
    if year is not None:
        return problem(folder, 0, 0, "X029", folder=visible(display_path(folder)), year=year)
    return problem(folder, 0, 0, "X019", folder=display_path(folder))


def _base_problems(base: Path, years: list[Path]) -> list[Problem]:
    """Folders in ``base`` that every command passes over: named like a year but not one
    (X029, X019), or a year folder linked out of ``base`` (Y015): one that ``year_folders``
    (``years``, of the same ``base``) left out for that."""
    kept = set(years)
    found = []
    for entry in sorted(base.iterdir()):
        if is_year(entry.name):
            if entry not in kept and entry.is_dir():
                found.append(linked_out(entry))
        elif (year_like(entry.name) or look_alike_year(entry.name)) and entry.is_dir():
            found.append(not_a_year(entry))
    return found


def _twin_years(years: list[Path]) -> list[Problem]:
    """X030 for each year that more than one folder gives."""
    first: dict[str, Path] = {}
    found = []
    for year in years:
        seen = first.setdefault(year.name, year)
        if seen is not year:
            shown = display_path(year)
            found.append(
                problem(year, 0, 0, "X030", year=year.name, folder=shown, other=display_path(seen))
            )
    return found


def _repo_targets(
    folder: Path, *, walk_up: bool = False
) -> Iterator[tuple[Target | None, list[Problem]]]:
    """Every year folder of the repository around ``folder`` (in ``assessments/`` or beside
    spbe.yaml), and every folder there that would otherwise pass unseen."""
    repo, problems = find_repo(folder)
    if walk_up and repo.config_src is None and is_year(folder.name):
        yield _year_target(folder)
        return
    bases = [folder, repo.root] if repo.config_src is not None else [folder]
    roots: dict[Path, Path] = {}
    for base in bases:
        for root in (base, base / ASSESSMENTS):
            if root.is_dir():
                roots.setdefault(root.resolve(), root)
    years: dict[Path, Path] = {}
    for root in roots.values():
        listed = year_folders(root)
        problems += _base_problems(root, listed)
        for year in listed:
            years.setdefault(year.resolve(), year)
    problems += _twin_years(list(years.values()))
    if not years:
        yield None, [*problems, problem(folder, 0, 0, "X008", where=display_path(folder))]
        return
    yield None, problems  # spbe.yaml's own problems and stray folders, once for the repository
    for year in sorted(years.values(), key=lambda p: p.name):
        in_repo = repo if repo.config_src is not None else None
        yield _year_target(year, in_repo, listed=True)


def latest_year(start: Path) -> Path | None:
    """The newest year folder of the repository around ``start`` (walking up to
    ``spbe.yaml``): the year a command works on when none is named."""
    repo, _ = find_repo(start)
    years = repo_years(repo)
    return years[max(years)] if years else None


def _git_dir(dirs: list[str], files: list[str]) -> bool:
    """A folder git would take for a git directory: ``HEAD`` with ``objects`` and ``refs``
    (git only asks that they exist, so files count too), or ``HEAD`` with ``commondir`` (a
    linked worktree's, whose objects live elsewhere)."""
    names = {*dirs, *files}
    return "HEAD" in names and ({"objects", "refs"} <= names or "commondir" in names)


def _git_name(name: str) -> bool:
    """``.git`` as a case-insensitive file system would read it (``.GIT``, ``.git.``)."""
    return name.casefold().rstrip(". ") == ".git"


def _git_names(names: set[str]) -> list[str]:
    """The names among ``names`` that ``_git_name`` takes for ``.git``, in order. Case folding
    goes character by character and no name holds ``/``: a folder of evidence files that
    never folds to ``.git`` anywhere is passed in one look."""
    if ".git" not in "/".join(names).casefold():
        return []
    return [n for n in sorted(names) if _git_name(n)]


# Folders at the top that hold no data: tools' folders, and where ``spbe init --force`` puts
# the new versions of files that exist (``spbe-baru/``, to compare and then delete).
_TOOL_FOLDERS = frozenset({".venv", "venv", "node_modules", ".tox", ".nox", "spbe-baru"})


def data_problems(top: Path, root: Path) -> list[Problem]:
    """Everything below ``top`` that must never be in a repository's data: a git directory
    (any ``.git`` entry, or a folder holding ``HEAD``, ``objects/`` and ``refs/``: X027) and a
    second ``spbe.yaml`` (X028; in a year folder it is X020's). The checkout's own ``.git`` at
    the top is left alone, and so are the tool folders a checkout keeps there (``.venv``,
    ``node_modules``: git never runs in them). One walk, links not followed; neither a git
    directory nor a folder holding one (another checkout) is entered."""
    found: list[Problem] = []
    for folder, dirs, files in os.walk(top):
        here = Path(folder)
        if here == top:
            dirs[:] = [d for d in dirs if d not in _TOOL_FOLDERS]
        if CONFIG_NAME in files and here != root and not is_year(here.name):
            config = here / CONFIG_NAME
            shown = display_path(config)
            found.append(problem(config, 0, 0, "X028", where=shown, root=display_path(root)))
        if _git_dir(dirs, files):
            found.append(problem(here, 0, 0, "X027", where=display_path(here)))
            dirs.clear()
            continue
        gits = _git_names({*dirs, *files})
        if here == top and ".git" in gits:
            gits.remove(".git")  # the checkout's own
        for name in gits:
            found.append(problem(here / name, 0, 0, "X027", where=display_path(here / name)))
        # a folder with a .git entry is another checkout: once said, nothing in it is ours
        dirs[:] = [] if gits else sorted(d for d in dirs if not _git_name(d))
    return found
